import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { htmlBlocks, readArticle } from '../../main/import';
import { declaredHtmlCharset } from '../../main/import/html-charset';
import { hasFurnitureWord } from '../../main/import/page-furniture';

const fixtures = join(__dirname, '../fixtures/import');
const page = () => new Uint8Array(readFileSync(join(fixtures, 'ru-page.cp1251.html')));

const texts = (html: string) => htmlBlocks(html).map((b) => b.text);

describe('reading the saved page fixture (windows-1251, declared in <meta http-equiv>)', () => {
  it('honours the declared charset and reads the page as HTML', async () => {
    const article = await readArticle({ name: 'ru-page.cp1251.html', bytes: page() });
    expect(article.format).toBe('html');
    expect(article.encoding).toBe('windows-1251');
    expect(article.confidence).toBe(1);
  });

  it('gives every block in document order with its kind', async () => {
    const { blocks } = await readArticle({ name: 'ru-page.cp1251.html', bytes: page() });
    expect(blocks).toEqual([
      { text: 'Известия', kind: 'furniture' },
      { text: 'Политика', kind: 'furniture' },
      { text: 'Общество', kind: 'furniture' },
      { text: 'Мы используем файлы cookie.', kind: 'furniture' },
      { text: 'Понятно', kind: 'furniture' },
      { text: 'Мирошник: Украина наносит удары по объектам в России', kind: 'heading' },
      { text: 'Ежедневно — сотни атак' },
      {
        text: 'Украина еженедельно наносит 3,5\u00a0тыс. ударов по гражданским объектам в России, сообщил «Известиям» посол Родион Мирошник.',
      },
      { text: 'Фото: РИА Новости/Алексей Майшев', kind: 'caption' },
      {
        text: 'Одна из целей украинской армии — дамба в Белгородской области. По словам дипломата, Киев пытается оказать давление.',
      },
      { text: 'Саммит в Будапеште', kind: 'heading' },
      { text: 'Белый дом до сих пор не дает конкретики по саммиту.' },
      { text: 'ВКонтакте', kind: 'furniture' },
      { text: 'Telegram', kind: 'furniture' },
      { text: 'Читайте также', kind: 'furniture' },
      { text: 'Другая новость', kind: 'furniture' },
      { text: '© 2025 Известия. Все права защищены.', kind: 'furniture' },
    ]);
  });

  it('lets the user override the declared charset', async () => {
    const article = await readArticle({ name: 'ru-page.cp1251.html', bytes: page(), encoding: 'koi8-r' });
    expect(article.encoding).toBe('koi8-r');
    expect(article.blocks.map((b) => b.text)).not.toContain('Саммит в Будапеште');
  });
});

describe('charset of a web page', () => {
  const html = (meta: string, body: string) => `<!DOCTYPE html><html><head>${meta}</head><body><p>${body}</p></body></html>`;

  it('reads <meta charset> and the http-equiv form', () => {
    const ascii = (s: string) => new TextEncoder().encode(s);
    expect(declaredHtmlCharset(ascii(html('<meta charset="koi8-r">', '')))).toBe('koi8-r');
    expect(declaredHtmlCharset(ascii(html("<meta charset='CP1251'>", '')))).toBe('windows-1251');
    expect(declaredHtmlCharset(ascii(html('<meta http-equiv="content-type" content="text/html;charset=UTF-8">', '')))).toBe('utf-8');
    expect(declaredHtmlCharset(ascii(html('<!-- <meta charset="koi8-r"> -->', '')))).toBeNull();
    expect(declaredHtmlCharset(ascii(html('<meta charset="no-such-thing">', '')))).toBeNull();
    // As browsers do: Latin-1 labels mean windows-1252, and a readable "utf-16" label means UTF-8.
    expect(declaredHtmlCharset(ascii(html('<meta charset="iso-8859-1">', '')))).toBe('windows-1252');
    expect(declaredHtmlCharset(ascii(html('<meta charset="utf-16">', '')))).toBe('utf-8');
  });

  it('ignores a declaration after the first 1024 bytes', () => {
    const late = `<!DOCTYPE html><html><head><!--${'x'.repeat(1100)}--><meta charset="koi8-r">`;
    expect(declaredHtmlCharset(new TextEncoder().encode(late))).toBeNull();
  });

  it('decodes a KOI8-R page by its meta, where detection on the bytes alone is unsure', async () => {
    const bytes = new Uint8Array(iconv.encode(html('<meta charset="koi8-r">', 'Вкл'), 'koi8-r'));
    const article = await readArticle({ name: 'menu.html', bytes });
    expect(article.encoding).toBe('koi8-r');
    expect(article.blocks).toEqual([{ text: 'Вкл' }]);
  });

  it('lets a BOM win over the meta', async () => {
    const body = new TextEncoder().encode(html('<meta charset="windows-1251">', 'Привет'));
    const article = await readArticle({ name: 'p.html', bytes: Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) });
    expect(article.encoding).toBe('utf-8');
    expect(article.blocks).toEqual([{ text: 'Привет' }]);
  });

  it('detects the charset of a page that declares none', async () => {
    const bytes = new Uint8Array(iconv.encode(html('', 'Украина еженедельно наносит удары по объектам в России.'), 'koi8-r'));
    const article = await readArticle({ name: 'p.htm', bytes });
    expect(article.encoding).toBe('koi8-r');
    expect(article.blocks).toEqual([{ text: 'Украина еженедельно наносит удары по объектам в России.' }]);
  });

  it('detects the charset of a windows-1251 page that wrongly declares UTF-8', async () => {
    const bytes = new Uint8Array(iconv.encode(html('<meta charset="utf-8">', 'Привет, мир'), 'windows-1251'));
    const article = await readArticle({ name: 'p.html', bytes });
    expect(article.encoding).toBe('windows-1251');
    expect(article.blocks).toEqual([{ text: 'Привет, мир' }]);
  });

  it('reads a page re-saved as UTF-8 that kept its old windows-1251 meta as UTF-8', async () => {
    const bytes = new TextEncoder().encode(html('<meta charset="windows-1251">', 'Привет, мир'));
    const article = await readArticle({ name: 'p.html', bytes });
    expect(article.encoding).toBe('utf-8');
    expect(article.blocks).toEqual([{ text: 'Привет, мир' }]);
  });
});

describe('htmlBlocks', () => {
  it('drops script, style, noscript, template, svg and iframe content', () => {
    const html = `<body><p>до</p><script>var p = "<p>скрипт</p>";</script><style>p{}</style>
      <noscript>noscript</noscript><template><p>шаблон</p></template>
      <svg><text>svg</text></svg><iframe src="https://example.com">iframe</iframe><p>после</p></body>`;
    expect(texts(html)).toEqual(['до', 'после']);
  });

  it('collapses whitespace and decodes entities', () => {
    expect(texts('<p>  один\n\t два&nbsp;три &amp; &laquo;четыре&raquo; &#8212; &#x41;  </p>')).toEqual([
      'один два\u00a0три & «четыре» — A',
    ]);
  });

  it('removes soft hyphens and zero-width spaces', () => {
    expect(texts('<p>Бел&shy;город&#8203;ской</p>')).toEqual(['Белгородской']);
  });

  it('joins lines split by one <br> and splits paragraphs separated by two', () => {
    expect(texts('<p>первая строка<br>вторая строка</p>')).toEqual(['первая строка вторая строка']);
    expect(texts('<div>абзац один<br><br>\n<br>абзац два<br />\n<br/>абзац три</div>')).toEqual([
      'абзац один',
      'абзац два',
      'абзац три',
    ]);
  });

  it('keeps line breaks inside <pre>', () => {
    expect(texts('<pre>\nстрока 1\n  строка 2<br>строка 3\n</pre>')).toEqual(['строка 1\n  строка 2\nстрока 3']);
  });

  it('makes a block of text standing directly in a div, around nested blocks', () => {
    expect(texts('<div>начало <b>жирно</b><div>внутри</div>конец</div>')).toEqual(['начало жирно', 'внутри', 'конец']);
  });

  it('gives list items, table cells, blockquotes and definition terms a block each', () => {
    const html = `<ul><li>один</li><li>два<ul><li>вложенный</li></ul></li></ul>
      <table><caption>Таблица</caption><tr><th>Год</th><td>2025</td></tr></table>
      <blockquote>цитата</blockquote><dl><dt>термин</dt><dd>значение</dd></dl>`;
    expect(htmlBlocks(html)).toEqual([
      { text: 'один' },
      { text: 'два' },
      { text: 'вложенный' },
      { text: 'Таблица', kind: 'caption' },
      { text: 'Год' },
      { text: '2025' },
      { text: 'цитата' },
      { text: 'термин' },
      { text: 'значение' },
    ]);
  });

  it('marks h1–h6 as headings, even with markup inside', () => {
    expect(htmlBlocks('<h1>Главное <em>сегодня</em></h1><h6>Мелкий</h6>')).toEqual([
      { text: 'Главное сегодня', kind: 'heading' },
      { text: 'Мелкий', kind: 'heading' },
    ]);
  });

  it('treats a page header and footer as furniture but an article’s own header and footer as content', () => {
    const html = `<body><header><p>Сайт</p></header><article><header><h1>Заголовок</h1><p>Автор</p></header>
      <p>Текст</p><footer><p>Теги: политика</p></footer></article><footer>Подвал</footer></body>`;
    expect(htmlBlocks(html)).toEqual([
      { text: 'Сайт', kind: 'furniture' },
      { text: 'Заголовок', kind: 'heading' },
      { text: 'Автор' },
      { text: 'Текст' },
      { text: 'Теги: политика' },
      { text: 'Подвал', kind: 'furniture' },
    ]);
  });

  it('treats a bare page header that holds the h1 as the article’s header', () => {
    const html = `<body><header><h1>Заголовок статьи</h1><p>12 мая</p></header><p>Текст</p></body>`;
    expect(htmlBlocks(html)).toEqual([
      { text: 'Заголовок статьи', kind: 'heading' },
      { text: '12 мая' },
      { text: 'Текст' },
    ]);
  });

  it('classifies furniture by ARIA role, hidden state, tag and class or id, keeping it as blocks', () => {
    const html = `<div role="navigation">Разделы</div><div role="banner">Шапка</div><div role="contentinfo">Контакты</div>
      <div class="breadcrumbs">Главная</div><div id="socialLinks">Поделиться</div><div class="advert-box">Реклама</div>
      <div class="download">Скачать</div><div class="reader">Текст статьи</div>
      <div hidden>Скрыто</div><div style="display: none">Тоже скрыто</div><p>Нажмите <button>Ещё</button></p>`;
    expect(htmlBlocks(html)).toEqual([
      { text: 'Разделы', kind: 'furniture' },
      { text: 'Шапка', kind: 'furniture' },
      { text: 'Контакты', kind: 'furniture' },
      { text: 'Главная', kind: 'furniture' },
      { text: 'Поделиться', kind: 'furniture' },
      { text: 'Реклама', kind: 'furniture' },
      { text: 'Скачать' },
      { text: 'Текст статьи' },
      { text: 'Скрыто', kind: 'furniture' },
      { text: 'Тоже скрыто', kind: 'furniture' },
      { text: 'Нажмите' },
      { text: 'Ещё', kind: 'furniture' },
    ]);
  });

  it('does not let a menu-like class on a wrapper of the whole article make it furniture', () => {
    const html = `<body class="has-nav"><div class="page-with-menu"><h1>Заголовок</h1><p>Текст</p></div></body>`;
    expect(htmlBlocks(html)).toEqual([{ text: 'Заголовок', kind: 'heading' }, { text: 'Текст' }]);
  });

  it('reads a fragment without html or body', () => {
    expect(texts('Просто текст <b>жирный</b><p>абзац</p>')).toEqual(['Просто текст жирный', 'абзац']);
  });

  it('does not expand entities declared in a DOCTYPE and shows nothing of the declaration', () => {
    const html = `<!DOCTYPE html [<!ENTITY secret SYSTEM "file:///etc/passwd">]><html><body><p>до &secret; после</p></body></html>`;
    expect(texts(html)).toEqual(['до &secret; после']);
  });
});

describe('hasFurnitureWord', () => {
  it('matches whole parts of class names only', () => {
    expect(hasFurnitureWord('article__share-buttons')).toBe(true);
    expect(hasFurnitureWord('cookieConsent')).toBe(true);
    expect(hasFurnitureWord('main_menu')).toBe(true);
    expect(hasFurnitureWord('ad')).toBe(true);
    expect(hasFurnitureWord('download header shadow')).toBe(false);
    expect(hasFurnitureWord('shared-content')).toBe(false);
  });
});

describe('safety', () => {
  afterEach(() => vi.restoreAllMocks());

  it('fetches nothing a page refers to', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network'));
    const html = `<!DOCTYPE html><html><head><base href="https://example.com/"><link rel="stylesheet" href="https://example.com/a.css">
      <script src="https://example.com/a.js"></script><meta http-equiv="refresh" content="0;url=https://example.com/"></head>
      <body onload="fetch('https://example.com/x')"><img src="https://example.com/i.png" onerror="fetch('/y')">
      <iframe src="https://example.com/f"></iframe><object data="https://example.com/o"></object><p>Текст</p></body></html>`;
    const article = await readArticle({ name: 'page.html', bytes: new TextEncoder().encode(html) });
    expect(article.blocks).toEqual([{ text: 'Текст' }]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
