import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError, readArticle, type Encoding } from '../../main/import';

const fixtures = join(__dirname, '../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const SOURCE_LINES = readFileSync(join(fixtures, 'ru-article.utf8.txt'), 'utf8').split('\n').filter(Boolean);
const utf8 = (s: string) => new TextEncoder().encode(s);

async function importError(input: { name: string; bytes: Uint8Array }): Promise<ImportError> {
  const error = await readArticle(input).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('readArticle: text files in every encoding', () => {
  const cases: [string, Encoding][] = [
    ['ru-article.utf8.txt', 'utf-8'],
    ['ru-article.utf8-bom.txt', 'utf-8'],
    ['ru-article.utf16le-bom.txt', 'utf-16le'],
    ['ru-article.utf16be-bom.txt', 'utf-16be'],
    ['ru-article.cp1251.txt', 'windows-1251'],
    ['ru-article.koi8r.txt', 'koi8-r'],
    ['ru-article.cp866.txt', 'ibm866'],
  ];
  for (const [name, encoding] of cases) {
    it(`${name}: one block per line, ${encoding}`, async () => {
      const article = await readArticle({ name, bytes: fixture(name) });
      expect(article.format).toBe('txt');
      expect(article.encoding).toBe(encoding);
      expect(article.blocks).toEqual(SOURCE_LINES.map((text) => ({ text })));
    });
  }

  it('uses the encoding the user chose', async () => {
    const article = await readArticle({ name: 'ru.txt', bytes: fixture('ru-article.cp1251.txt'), encoding: 'ibm866' });
    expect(article.encoding).toBe('ibm866');
    expect(article.confidence).toBe(1);
    expect(article.blocks[0].text).not.toBe(SOURCE_LINES[0]);
  });
});

describe('readArticle: format by name and by content', () => {
  const page = '<!DOCTYPE html>\n<html><body><h1>Заголовок</h1><p>Абзац</p></body></html>';
  const expected = [{ text: 'Заголовок', kind: 'heading' }, { text: 'Абзац' }];

  it('reads .html and .htm as HTML', async () => {
    for (const name of ['page.html', 'PAGE.HTM']) {
      expect(await readArticle({ name, bytes: utf8(page) })).toMatchObject({ format: 'html', blocks: expected });
    }
  });

  it('reads a .txt, .md or nameless file that starts like a web page as HTML', async () => {
    for (const name of ['page.txt', 'page.md', 'page', 'page.dat']) {
      const article = await readArticle({ name, bytes: utf8(`\ufeff  <!-- saved -->\n${page}`) });
      expect(article.format).toBe('html');
      expect(article.blocks).toEqual(expected);
    }
    expect((await readArticle({ name: 'x.txt', bytes: utf8('<html lang="ru"><p>Да</p></html>') })).format).toBe('html');
  });

  it('keeps a text file that merely mentions a tag as text', async () => {
    const article = await readArticle({ name: 'note.txt', bytes: utf8('Вставьте <html> в начало.\nВторая строка') });
    expect(article.format).toBe('txt');
    expect(article.blocks).toEqual([{ text: 'Вставьте <html> в начало.' }, { text: 'Вторая строка' }]);
  });

  it('reads .md and .markdown as Markdown and unknown extensions as text', async () => {
    const md = '# Заголовок\n\nАбзац *с* выделением';
    expect(await readArticle({ name: 'a.markdown', bytes: utf8(md) })).toMatchObject({
      format: 'md',
      blocks: [{ text: 'Заголовок', kind: 'heading' }, { text: 'Абзац с выделением' }],
    });
    expect(await readArticle({ name: 'a.log', bytes: utf8(md) })).toMatchObject({
      format: 'txt',
      blocks: [{ text: '# Заголовок' }, { text: 'Абзац *с* выделением' }],
    });
  });
});

describe('readArticle: files it cannot read', () => {
  it('refuses an empty file', async () => {
    const error = await importError({ name: 'ru.txt', bytes: new Uint8Array() });
    expect(error.code).toBe('empty');
    expect(error.message).toBe('ru.txt: the file is empty');
    expect(error.fileName).toBe('ru.txt');
  });

  it('refuses a file of blank lines, and a page without text', async () => {
    expect((await importError({ name: 'blank.txt', bytes: utf8(' \r\n\t\n') })).code).toBe('empty');
    const scriptsOnly = '<!DOCTYPE html><html><head><title>x</title></head><body><script>1</script></body></html>';
    const error = await importError({ name: 'app.html', bytes: utf8(scriptsOnly) });
    expect(error.code).toBe('empty');
    expect(error.message).toBe('app.html: no text found in this HTML file');
  });

  it('refuses a PDF, whatever its name', async () => {
    const pdf = utf8('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj << /Type /Catalog >> endobj\n');
    for (const name of ['ru.pdf', 'ru.txt']) {
      const error = await importError({ name, bytes: pdf });
      expect(error.code).toBe('unsupported-format');
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: this is a PDF file`));
    }
  });

  it('refuses an old binary Word file with advice', async () => {
    const doc = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    const error = await importError({ name: 'ru.doc', bytes: doc });
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toContain('save it as .docx');
  });

  it('refuses binary noise', async () => {
    let seed = 12345;
    const noise = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    });
    for (const name of ['noise.bin', 'noise.txt', 'noise.html']) {
      const error = await importError({ name, bytes: noise });
      expect(error.code).toBe('unsupported-format');
      expect(error.message).toBe(`${name}: binary data, not text`);
    }
  });

  it('refuses text with embedded NUL bytes as binary', async () => {
    const bytes = Uint8Array.from([...utf8('Заголовок'), 0, 0, 0, 1, ...utf8('текст')]);
    expect((await importError({ name: 'x.txt', bytes })).code).toBe('unsupported-format');
  });
});
