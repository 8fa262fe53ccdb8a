import { describe, expect, it } from 'vitest';
import { readArticle, readPastedText, textBlocks } from '../../main/import';

describe('textBlocks', () => {
  it('gives each non-blank line as a block, trimmed, without kind', () => {
    expect(textBlocks('  Заголовок  \n\n\t\nПервый абзац.\nВторой абзац.\n')).toEqual([
      { text: 'Заголовок' },
      { text: 'Первый абзац.' },
      { text: 'Второй абзац.' },
    ]);
  });

  it('ends lines at CR, CRLF, vertical tab and form feed too', () => {
    expect(textBlocks('a\r\nb\rc\vd\fe').map((b) => b.text)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('readPastedText', () => {
  it('is plain text without an encoding', () => {
    expect(readPastedText('\ufeffПервый\r\n\r\nВторой')).toEqual({
      format: 'txt',
      encoding: null,
      confidence: 1,
      blocks: [{ text: 'Первый' }, { text: 'Второй' }],
    });
  });

  it('does not parse pasted markup', () => {
    expect(readPastedText('<p>Текст</p>').blocks).toEqual([{ text: '<p>Текст</p>' }]);
  });
});

describe('readArticle on .txt', () => {
  it('reads a windows-1251 text file line by line', async () => {
    const article = await readArticle({
      name: 'ru.txt',
      bytes: Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0d, 0x0a, 0x0d, 0x0a, 0xec, 0xe8, 0xf0]),
    });
    expect(article).toEqual({
      format: 'txt',
      encoding: 'windows-1251',
      confidence: expect.any(Number),
      blocks: [{ text: 'Привет' }, { text: 'мир' }],
    });
  });
});
