import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownBlocks, readArticle } from '../../main/import';
import { plainInline } from '../../main/import/markdown-blocks';

const fixtures = join(__dirname, '../fixtures/import');

describe('the Markdown fixture', () => {
  it('gives headings, paragraphs, a caption, list items, a quote and a code block', async () => {
    const bytes = new Uint8Array(readFileSync(join(fixtures, 'ru-article.md')));
    const article = await readArticle({ name: 'ru-article.md', bytes });
    expect(article.format).toBe('md');
    expect(article.encoding).toBe('utf-8');
    expect(article.blocks).toEqual([
      { text: 'Мирошник: Украина наносит удары по объектам в России', kind: 'heading' },
      {
        text: 'Украина еженедельно наносит 3,5 тыс. ударов по гражданским объектам в России, сообщил «Известиям» посол Родион Мирошник.',
      },
      { text: 'Фото: РИА Новости/Алексей Майшев', kind: 'caption' },
      { text: 'Саммит в Будапеште', kind: 'heading' },
      { text: 'Москва ждет от Вашингтона:' },
      { text: 'соблюдения анкориджских договоренностей;' },
      { text: 'конкретики по саммиту.' },
      { text: 'Мы готовы к диалогу, — сказал дипломат.' },
      { text: 'код_оставить *как есть*' },
    ]);
  });
});

describe('markdownBlocks', () => {
  it('reads ATX headings with closing hashes and setext headings of both levels', () => {
    expect(markdownBlocks('## Раздел ##\n\nПервый\n===\n\nВторой\n---\n')).toEqual([
      { text: 'Раздел', kind: 'heading' },
      { text: 'Первый', kind: 'heading' },
      { text: 'Второй', kind: 'heading' },
    ]);
  });

  it('joins the lines of a paragraph and of a list item', () => {
    expect(markdownBlocks('строка один\nстрока два\n\n* пункт\n  продолжение\n+ ещё\n')).toEqual([
      { text: 'строка один строка два' },
      { text: 'пункт продолжение' },
      { text: 'ещё' },
    ]);
  });

  it('reads ordered lists and task lists, but not a year starting a paragraph line', () => {
    expect(markdownBlocks('1. первый\n2) второй\n- [x] сделано\n\nВ марте\n2024. года')).toEqual([
      { text: 'первый' },
      { text: 'второй' },
      { text: 'сделано' },
      { text: 'В марте 2024. года' },
    ]);
  });

  it('makes a caption of an image only when it has alt text', () => {
    expect(markdownBlocks('Текст ![Фото: ТАСС](a.jpg "t") дальше\n\n![](b.png)')).toEqual([
      { text: 'Текст дальше' },
      { text: 'Фото: ТАСС', kind: 'caption' },
    ]);
  });

  it('keeps fenced code verbatim, markup and line breaks included', () => {
    expect(markdownBlocks('~~~\n**не жирный**\n  отступ\n~~~\nпосле')).toEqual([
      { text: '**не жирный**\n  отступ' },
      { text: 'после' },
    ]);
  });

  it('reads table cells, skips rules, reference definitions, comments and front matter', () => {
    const md = '---\ntitle: Статья\n---\n<!-- черновик -->\n| Город | Дата |\n|:---|---:|\n| Москва | 1 мая |\n\n***\n\n[1]: https://example.com\n';
    expect(markdownBlocks(md)).toEqual([{ text: 'Город' }, { text: 'Дата' }, { text: 'Москва' }, { text: '1 мая' }]);
  });
});

describe('plainInline', () => {
  const plain = (s: string) => plainInline(s).text;

  it('removes emphasis and strikethrough but not lone asterisks or underscores inside words', () => {
    expect(plain('**жирный** и __тоже__, *курсив* и _тоже_, ~~зачёркнуто~~')).toBe('жирный и тоже, курсив и тоже, зачёркнуто');
    expect(plain('2 * 3 = 6 и snake_case_name')).toBe('2 * 3 = 6 и snake_case_name');
  });

  it('keeps link text, drops the address, and keeps autolinks as text', () => {
    expect(plain('[МИД](https://mid.ru "МИД") и [ТАСС][tass] <https://iz.ru/1>')).toBe('МИД и ТАСС https://iz.ru/1');
  });

  it('keeps code spans and escaped characters literally', () => {
    expect(plain('`a *b*` и \\*звёзды\\* и \\_x\\_')).toBe('a *b* и *звёзды* и _x_');
  });

  it('removes inline HTML tags and decodes entities', () => {
    expect(plain('<b>жирно</b>&nbsp;&laquo;цитата&raquo; &#8212; &amp;')).toBe('жирно\u00a0«цитата» — &');
  });
});
