import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes, detectEncoding, ENCODINGS, type Encoding } from '../../main/import';
import { pickDetectorTop } from '../../main/import/detect-encoding';
import { encodingFromLabel } from '../../main/import/encodings';
import { russianLetterScore } from '../../main/import/russian-letter-score';

const fixtures = join(__dirname, '../fixtures/import');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const SOURCE = readFileSync(join(fixtures, 'ru-article.utf8.txt'), 'utf8');

const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding));

describe('detectEncoding on the article fixtures', () => {
  const cases: [string, Encoding, boolean][] = [
    ['ru-article.utf8.txt', 'utf-8', false],
    ['ru-article.utf8-bom.txt', 'utf-8', true],
    ['ru-article.utf16le-bom.txt', 'utf-16le', true],
    ['ru-article.utf16be-bom.txt', 'utf-16be', true],
    ['ru-article.cp1251.txt', 'windows-1251', false],
    ['ru-article.koi8r.txt', 'koi8-r', false],
    ['ru-article.cp866.txt', 'ibm866', false],
  ];
  for (const [name, encoding, bom] of cases) {
    it(`${name} is ${encoding}${bom ? ' with a BOM' : ''} and decodes to the source text`, () => {
      const bytes = fixture(name);
      const detected = detectEncoding(bytes);
      expect(detected.encoding).toBe(encoding);
      expect(detected.bom).toBe(bom);
      expect(detected.confidence).toBeGreaterThan(0.3);
      expect(decodeBytes(bytes).text).toBe(SOURCE);
    });
  }

  it('is sure of a BOM', () => {
    expect(detectEncoding(fixture('ru-article.utf16le-bom.txt')).confidence).toBe(1);
  });
});

describe('detectEncoding on short Russian texts', () => {
  const paragraph =
    'Украина еженедельно наносит удары по гражданским объектам в России.\nОб этом сообщил посол Родион Мирошник.';
  const headline = 'МИД РФ СООБЩИЛ О НОВЫХ УДАРАХ';

  for (const [label, encoding] of [
    ['windows-1251', 'windows-1251'],
    ['koi8-r', 'koi8-r'],
    ['cp866', 'ibm866'],
  ] as const) {
    it(`finds ${encoding} for a two-line paragraph`, () => {
      expect(detectEncoding(encode(paragraph, label)).encoding).toBe(encoding);
    });
    it(`finds ${encoding} for an all-capitals headline`, () => {
      expect(detectEncoding(encode(headline, label)).encoding).toBe(encoding);
    });
  }

  it('reads a single Russian word in windows-1251 as windows-1251', () => {
    expect(detectEncoding(encode('Реклама', 'windows-1251')).encoding).toBe('windows-1251');
  });

  it('reads windows-1251 typography (« » —), where it differs from MacCyrillic', () => {
    const text = 'Об этом сообщили «Известия» — со ссылкой на МИД.';
    const bytes = encode(text, 'windows-1251');
    expect(detectEncoding(bytes).encoding).toBe('windows-1251');
    expect(decodeBytes(bytes).text).toBe(text);
  });
});

describe('detectEncoding on other text', () => {
  it('calls pure ASCII UTF-8 with full confidence', () => {
    expect(detectEncoding(new TextEncoder().encode('Plain English text.\n'))).toEqual({
      encoding: 'utf-8',
      confidence: 1,
      bom: false,
    });
  });

  it('finds UTF-8 without a BOM', () => {
    const detected = detectEncoding(new TextEncoder().encode('Съешь же ещё этих мягких французских булок.'));
    expect(detected.encoding).toBe('utf-8');
    expect(detected.confidence).toBeGreaterThan(0.9);
  });

  it('finds UTF-16 without a BOM by its zero bytes, both byte orders', () => {
    const text = 'Мирошник сообщил "Известиям" о 3,5 тыс. ударов.\n';
    expect(detectEncoding(encode(text, 'utf-16le'))).toMatchObject({ encoding: 'utf-16le', bom: false });
    expect(detectEncoding(encode(text, 'utf-16be'))).toMatchObject({ encoding: 'utf-16be', bom: false });
    expect(detectEncoding(encode('English only, no BOM.', 'utf-16le')).encoding).toBe('utf-16le');
  });

  it('reads English with accents in windows-1252 as a Western encoding, not Cyrillic', () => {
    const text = 'The café’s naïve résumé — “quoted” in Zürich.';
    const detected = detectEncoding(encode(text, 'windows-1252'));
    expect(['windows-1252', 'iso-8859-1']).toContain(detected.encoding);
    expect(decodeBytes(encode(text, 'windows-1252'), 'windows-1252').text).toBe(text);
  });

  it('looks past a long ASCII start for the evidence', () => {
    const script = `<script>${'var a = 1;\n'.repeat(12_000)}</script>\n`;
    const bytes = encode(`${script}<p>Украина еженедельно наносит удары по гражданским объектам в России.</p>`, 'koi8-r');
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    expect(detectEncoding(bytes).encoding).toBe('koi8-r');
  });

  it('always answers with one of ENCODINGS', () => {
    let seed = 7;
    const noise = Uint8Array.from({ length: 500 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16);
    expect(ENCODINGS).toContain(detectEncoding(noise).encoding);
    expect(ENCODINGS).toContain(detectEncoding(new Uint8Array()).encoding);
  });
});

describe('pickDetectorTop', () => {
  it('gives a near tie among Cyrillic encodings to windows-1251', () => {
    expect(
      pickDetectorTop([
        { encoding: 'koi8-r', confidence: 0.3 },
        { encoding: 'windows-1251', confidence: 0.27 },
      ])?.encoding,
    ).toBe('windows-1251');
  });

  it('keeps a clear Cyrillic winner and any Western winner', () => {
    const koi8 = { encoding: 'koi8-r', confidence: 0.4 } as const;
    expect(pickDetectorTop([koi8, { encoding: 'windows-1251', confidence: 0.2 }])).toEqual(koi8);
    const western = { encoding: 'windows-1252', confidence: 0.06 } as const;
    expect(pickDetectorTop([western, { encoding: 'windows-1251', confidence: 0.05 }])).toEqual(western);
  });
});

describe('encodingFromLabel', () => {
  it('maps detector and charset names onto ours', () => {
    expect(encodingFromLabel('MacCyrillic')).toBe('windows-1251');
    expect(encodingFromLabel('CP1251')).toBe('windows-1251');
    expect(encodingFromLabel('KOI8-U')).toBe('koi8-r');
    expect(encodingFromLabel('IBM866')).toBe('ibm866');
    expect(encodingFromLabel('utf8')).toBe('utf-8');
    expect(encodingFromLabel('Shift_JIS')).toBeNull();
  });
});

describe('russianLetterScore', () => {
  it('scores the right reading far above the misdecoded ones', () => {
    const bytes = Buffer.from(encode(SOURCE, 'koi8-r'));
    const right = russianLetterScore(iconv.decode(bytes, 'koi8-r')).score;
    const asCp1251 = russianLetterScore(iconv.decode(bytes, 'windows-1251')).score;
    const asCp866 = russianLetterScore(iconv.decode(bytes, 'cp866')).score;
    expect(right).toBeGreaterThan(0.6);
    expect(asCp1251).toBeLessThan(right / 2);
    expect(asCp866).toBeLessThan(right / 2);
  });

  it('does not take accented Latin letters misread as Cyrillic for Russian', () => {
    expect(russianLetterScore('The cafй serves naпve rйsumйs').score).toBe(0);
  });
});
