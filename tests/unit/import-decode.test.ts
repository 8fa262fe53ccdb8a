import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../main/import';

const fixtures = join(__dirname, '../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const SOURCE = readFileSync(join(fixtures, 'ru-article.utf8.txt'), 'utf8');

describe('decodeBytes', () => {
  it('uses the encoding it is given, with full confidence, even against detection', () => {
    const bytes = fixture('ru-article.cp1251.txt');
    const asKoi8 = decodeBytes(bytes, 'koi8-r');
    expect(asKoi8.encoding).toBe('koi8-r');
    expect(asKoi8.confidence).toBe(1);
    expect(asKoi8.text).toBe(iconv.decode(Buffer.from(bytes), 'koi8-r').replace(/\r\n/g, '\n'));
    expect(asKoi8.text).not.toBe(SOURCE);
  });

  it('detects when no encoding is given', () => {
    const decoded = decodeBytes(fixture('ru-article.koi8r.txt'));
    expect(decoded.encoding).toBe('koi8-r');
    expect(decoded.text).toBe(SOURCE);
  });

  for (const name of ['ru-article.utf8-bom.txt', 'ru-article.utf16le-bom.txt', 'ru-article.utf16be-bom.txt']) {
    it(`strips the BOM of ${name}`, () => {
      const decoded = decodeBytes(fixture(name));
      expect(decoded.text.charCodeAt(0)).not.toBe(0xfeff);
      expect(decoded.text).toBe(SOURCE);
    });
  }

  it('strips the BOM when the given encoding matches it', () => {
    expect(decodeBytes(fixture('ru-article.utf8-bom.txt'), 'utf-8').text).toBe(SOURCE);
    expect(decodeBytes(fixture('ru-article.utf16le-bom.txt'), 'utf-16le').text).toBe(SOURCE);
  });

  it('leaves a foreign BOM visible when the user forces another encoding', () => {
    // EF BB BF read as windows-1251 is the familiar "п»ї" that tells the user the choice was wrong.
    expect(decodeBytes(fixture('ru-article.utf8-bom.txt'), 'windows-1251').text.startsWith('п»ї')).toBe(true);
  });

  it('turns CRLF and lone CR into LF', () => {
    const bytes = new TextEncoder().encode('один\r\nдва\rтри\n\r\nчетыре');
    expect(decodeBytes(bytes).text).toBe('один\nдва\nтри\n\nчетыре');
    expect(decodeBytes(fixture('ru-article.cp1251.txt')).text).not.toContain('\r');
  });

  it('keeps U+FEFF inside the text (only a leading BOM is a BOM)', () => {
    const bytes = new TextEncoder().encode('a\ufeffb');
    expect(decodeBytes(bytes).text).toBe('a\ufeffb');
  });
});
