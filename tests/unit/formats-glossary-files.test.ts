import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatCsvGlossary, parseCsvGlossary, parseGlossaryCsv } from '../../shared/formats/glossary-csv';
import { GLOSSARY_FORMATS, GlossaryFormatError, type ExchangeConcept, type ExchangeGlossary, type ExchangeTerm } from '../../shared/formats/glossary-exchange';
import { detectGlossaryFormat, formatGlossaryFile, GLOSSARY_FILE_TYPES, parseGlossaryFile } from '../../shared/formats/glossary-files';
import { fullGlossary } from '../fixtures/glossary/full-glossary';

const FIXTURE = join(__dirname, '..', 'fixtures', 'glossary', 'newsroom-sample.csv');
const SAMPLE = join(__dirname, '..', '..', '..', 'shared', 'samples', 'izvestia-strikes', 'glossary.csv');

const term = (lang: 'ru' | 'en', text: string, status: ExchangeTerm['status']): ExchangeTerm => ({ uuid: null, lang, text, status, caseSensitive: false, partOfSpeech: null, note: null });
const concept = (fields: Partial<ExchangeConcept>, ...terms: ExchangeTerm[]): ExchangeConcept => ({
  uuid: null,
  type: 'other',
  domain: null,
  note: null,
  createdAt: null,
  createdBy: null,
  updatedAt: null,
  updatedBy: null,
  ...fields,
  terms,
});
const glossaryOf = (...concepts: ExchangeConcept[]): ExchangeGlossary => ({ name: null, uuid: null, sourceLang: 'ru', targetLang: 'en', concepts });

function formatError(fn: () => unknown): GlossaryFormatError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GlossaryFormatError) return e;
    throw e;
  }
  throw new Error('no GlossaryFormatError was thrown');
}

describe('detecting the format of a glossary file', () => {
  const glossary = fullGlossary();

  it('goes by content before the name: TBX root, header row, tabs', () => {
    expect(detectGlossaryFormat('export.csv', formatGlossaryFile('tbx', glossary))).toBe('tbx');
    expect(detectGlossaryFormat('export.tbx', formatGlossaryFile('tbx2', glossary))).toBe('tbx2');
    expect(detectGlossaryFormat('glossary.txt', formatGlossaryFile('csv', glossary))).toBe('csv');
    expect(detectGlossaryFormat('glossary.csv', formatGlossaryFile('tsv', glossary))).toBe('tsv');
    expect(detectGlossaryFormat('x', '\uFEFF<?xml version="1.0"?>\n<!-- exported -->\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX"/>')).toBe('tbx2');
    expect(detectGlossaryFormat('x', '"Source";"Target"\r\nКиев;Kyiv\r\n')).toBe('csv');
  });

  it('falls back on the extension, and says so when it cannot tell', () => {
    expect(detectGlossaryFormat('list.CSV', 'Киев,Kyiv\n')).toBe('csv');
    expect(detectGlossaryFormat('list.utf8', 'Киев\n')).toBe('tsv');
    expect(formatError(() => detectGlossaryFormat('list.doc', 'Киев — Kyiv\n'))).toMatchObject({
      where: 'list.doc',
      reason: 'cannot tell the format: not TBX (XML), no "source,target" header row, no tab-separated columns',
    });
    expect(formatError(() => detectGlossaryFormat('terms.tbx', 'Киев Kyiv'))).toMatchObject({ reason: 'the file is named .tbx but is not XML' });
    expect(formatError(() => detectGlossaryFormat('a.xlf', '<?xml version="1.0"?><xliff version="2.0"/>')).reason).toMatch(/root is <xliff>/);
    expect(formatError(() => detectGlossaryFormat('empty.tbx', ' \n'))).toMatchObject({ where: 'empty.tbx', reason: 'the file is empty' });
  });
});

describe('the glossary file entry point', () => {
  it('has a file type for every format', () => {
    expect(Object.keys(GLOSSARY_FILE_TYPES).sort()).toEqual([...GLOSSARY_FORMATS].sort());
    for (const type of Object.values(GLOSSARY_FILE_TYPES)) {
      expect(type.extension).toMatch(/^[a-z0-9]+$/);
      expect(type.mime).toMatch(/^[a-z]+\/[\w.+-]+$/);
      expect(type.label.length).toBeGreaterThan(3);
    }
  });

  it('round-trips through every format, each keeping what it carries', () => {
    const glossary = fullGlossary();
    for (const format of GLOSSARY_FORMATS) {
      const back = parseGlossaryFile(format, formatGlossaryFile(format, glossary));
      expect(back.refused, format).toEqual([]);
      const russian = (g: ExchangeGlossary) => g.concepts.flatMap((c) => c.terms.filter((t) => t.lang === 'ru').map((t) => t.text)).sort();
      expect(russian(back.glossary), format).toEqual(russian(glossary));
      if (format === 'tbx' || format === 'tbx2') expect(back.glossary, format).toEqual(glossary);
    }
  });

  it('refuses text that was not UTF-8, saying where, and an empty file in any format', () => {
    const e = formatError(() => parseGlossaryFile('csv', 'source,target\r\nКиев,Kyiv\r\nХарьк\uFFFDв,Kharkiv\r\n'));
    expect(e.where).toBe('line 3, column 6');
    expect(e.reason).toMatch(/not valid UTF-8/);
    for (const format of GLOSSARY_FORMATS) expect(formatError(() => parseGlossaryFile(format, '\uFEFF  \r\n')).reason, format).toBe('the file is empty');
  });
});

describe('the newsroom CSV in the exchange shape', () => {
  it('reads the sample rows: types, several forbidden variants, notes; no ids or dates', () => {
    const { glossary, refused } = parseCsvGlossary(readFileSync(FIXTURE, 'utf8'));
    expect(refused).toEqual([]);
    expect(glossary.concepts).toHaveLength(readFileSync(FIXTURE, 'utf8').trim().split('\n').length - 1);
    expect(glossary.concepts[1]).toEqual(
      concept(
        { type: 'title', note: 'lower case unless before a name' },
        term('ru', 'посол по особым поручениям', 'preferred'),
        term('en', 'ambassador-at-large', 'preferred'),
        term('en', 'Ambassador-at-Large', 'forbidden'),
      ),
    );
    expect(glossary.concepts.find((c) => c.terms[0].text === 'клуб «Валдай»')?.terms.map((t) => t.text)).toEqual(['клуб «Валдай»', 'Valdai Discussion Club', 'Valdai Club']);
  });

  it('round-trips what it carries, with quotes, commas, line breaks, emoji and the extra columns', () => {
    const glossary = glossaryOf(
      concept(
        { type: 'place', note: 'house style, "since 2019"\nsecond line', domain: 'geography' },
        term('ru', 'Киев', 'preferred'),
        term('ru', 'Кiев', 'admitted'),
        term('en', 'Kyiv', 'preferred'),
        term('en', 'Kyiv city', 'admitted'),
        term('en', 'Kiev', 'forbidden'),
        term('en', 'Kyev', 'forbidden'),
      ),
      concept({ type: 'organization', note: "O'Brien & <Co> 🙂" }, term('ru', 'клуб «Валдай»', 'preferred'), term('en', '"Valdai" Discussion Club, Moscow', 'preferred')),
      concept({ type: 'person' }, term('ru', 'Джей Ди Вэнс', 'preferred'), term('en', 'Jay D. Vance', 'forbidden')),
      concept({ type: 'title' }, term('ru', 'ДСНВ\tсокр.', 'preferred'), term('en', 'New „START“', 'preferred')),
    );
    const text = formatCsvGlossary(glossary);
    expect(text.split('\r\n')[0]).toBe('source,target,type,forbidden,note,admitted,source_variants,domain');
    expect(parseCsvGlossary(text)).toEqual({ glossary, refused: [] });
  });

  it('stays readable by the review command (its reader ignores the extra columns)', () => {
    const text = formatCsvGlossary(parseCsvGlossary(readFileSync(FIXTURE, 'utf8')).glossary);
    expect(parseGlossaryCsv(text)).toEqual(parseGlossaryCsv(readFileSync(FIXTURE, 'utf8')));
  });

  it('refuses bad rows with their line numbers and reads the rest', () => {
    const { glossary, refused } = parseCsvGlossary(
      [
        'source,target,type,forbidden,note',
        'Киев,Kyiv,place,Kiev,house style',
        'Харьков,Kharkiv,place',
        ',Odesa,place,,',
        'Львов,Lviv,city,,',
        '"Днепр, город",Dnipro,place,Dnipro,',
        'Киев,Kiev,place,,',
        ',,,,',
        '"Запорожье","Zaporizhzhia\nregion",place,,',
        'Херсон,Kherson,place,,,',
      ].join('\r\n'),
    );
    expect(refused).toEqual([
      { where: 'line 3', reason: 'the row has 3 fields and the header 5 (a comma inside a value needs the value in double quotes)' },
      { where: 'line 4', reason: 'the source term is empty' },
      { where: 'line 5', reason: 'unknown type "city" (one of person, title, organization, place, other)' },
      { where: 'line 6', reason: 'the term "Dnipro" is listed twice' },
      { where: 'line 7', reason: '"Киев" is already on line 2' },
      { where: 'line 11', reason: 'the row has 6 fields and the header 5 (a comma inside a value needs the value in double quotes)' },
    ]);
    expect(glossary.concepts.map((c) => c.terms.map((t) => t.text))).toEqual([
      ['Киев', 'Kyiv', 'Kiev'],
      ['Запорожье', 'Zaporizhzhia\nregion'],
    ]);
  });

  it('reads a header written with semicolons', () => {
    const { glossary } = parseCsvGlossary('source;target;type;forbidden;note\r\nКиев;Kyiv;place;Kiev;"a; b"\r\n');
    expect(glossary.concepts[0]).toEqual(concept({ type: 'place', note: 'a; b' }, term('ru', 'Киев', 'preferred'), term('en', 'Kyiv', 'preferred'), term('en', 'Kiev', 'forbidden')));
  });

  it('refuses a file without a header row, an empty file and an unclosed quote', () => {
    expect(formatError(() => parseCsvGlossary('Киев,Kyiv,place,Kiev,house style\r\n'))).toMatchObject({
      where: 'line 1',
      reason: expect.stringMatching(/^the first line is not a header row with "source" and "target" columns/),
    });
    expect(formatError(() => parseCsvGlossary(''))).toMatchObject({ where: 'line 1', reason: 'the file is empty' });
    expect(formatError(() => parseCsvGlossary('source,target\r\nКиев,Kyiv\r\n"Харьков,Kharkiv\r\n'))).toMatchObject({ where: 'line 3', reason: 'a quoted field is not closed' });
  });
});

describe('the newsroom sample through TBX and back', () => {
  const check = (path: string) => {
    const fromCsv = parseGlossaryFile('csv', readFileSync(path, 'utf8'));
    expect(fromCsv.refused).toEqual([]);
    for (const format of ['tbx', 'tbx2'] as const) {
      const back = parseGlossaryFile(format, formatGlossaryFile(format, fromCsv.glossary));
      expect(back, format).toEqual(fromCsv);
      expect(formatGlossaryFile('csv', back.glossary)).toBe(formatGlossaryFile('csv', fromCsv.glossary));
    }
  };

  it('keeps the same content (fixture copied from the sample)', () => check(FIXTURE));
  it.skipIf(!existsSync(SAMPLE))(`keeps the same content for the whole sample${existsSync(SAMPLE) ? '' : ' (skipped: ../shared/samples is not beside the repository)'}`, () =>
    check(SAMPLE),
  );
});
