import { describe, expect, it } from 'vitest';
import { GlossaryFormatError, type ExchangeConcept, type ExchangeGlossary, type ExchangeTerm } from '../../shared/formats/glossary-exchange';
import { formatOmegatTsv, OMEGAT_FIRST_LINE, parseOmegatComment, parseOmegatTsv } from '../../shared/formats/omegat-tsv';
import { fullGlossary } from '../fixtures/glossary/full-glossary';

const term = (lang: 'ru' | 'en', text: string, status: ExchangeTerm['status']): ExchangeTerm => ({ uuid: null, lang, text, status, caseSensitive: false, partOfSpeech: null, note: null });
const concept = (note: string | null, ...terms: ExchangeTerm[]): ExchangeConcept => ({
  uuid: null,
  type: 'other',
  domain: null,
  note,
  createdAt: null,
  createdBy: null,
  updatedAt: null,
  updatedBy: null,
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

describe('OmegaT TSV round trip of what it carries', () => {
  it('keeps Russian terms, preferred, admitted and forbidden English terms and the note, in any script and punctuation', () => {
    const glossary = glossaryOf(
      concept('house style 🇺🇦', term('ru', 'Киев', 'preferred'), term('en', 'Kyiv', 'preferred'), term('en', 'Kiev', 'forbidden'), term('en', 'Kyev', 'forbidden')),
      concept(null, term('ru', 'клуб «Валдай»', 'preferred'), term('en', 'Valdai Discussion Club', 'preferred'), term('en', '"Valdai" Club', 'admitted')),
      concept("O'Brien's & <Co> „quoted“ “twice”", term('ru', 'Проктер энд Гэмбл', 'preferred'), term('en', 'Procter & Gamble', 'preferred'), term('en', 'P&G', 'admitted')),
      concept('not yet settled', term('ru', 'Джей Ди Вэнс', 'preferred'), term('en', 'Jay D. Vance', 'forbidden')),
      concept(null, term('ru', 'ДСНВ', 'preferred')),
      concept(null, term('ru', '#хештег', 'preferred'), term('en', '#hashtag', 'preferred')),
    );
    expect(parseOmegatTsv(formatOmegatTsv(glossary))).toEqual({ glossary, refused: [] });
  });

  it('writes one line per Russian × acceptable English term, the forbidden ones in every comment', () => {
    const text = formatOmegatTsv(fullGlossary());
    const lines = text.split('\n');
    expect(lines[0]).toBe(OMEGAT_FIRST_LINE);
    expect(text.endsWith('\n')).toBe(true);
    expect(lines.filter((l) => l.startsWith('Владимир Зеленский\t') || l.startsWith('Зеленский\t'))).toEqual([
      'Владимир Зеленский\tVolodymyr Zelensky\tnot: Vladimir Zelensky; Ukrainian spelling of the first name',
      'Зеленский\tVolodymyr Zelensky\tnot: Vladimir Zelensky; Ukrainian spelling of the first name',
    ]);
    expect(lines.filter((l) => l.startsWith('Киев\t'))).toEqual(['Киев\tKyiv\tnot: Kiev | Kyev; house style 🇺🇦 — since 2019 second line with a tab']);
    expect(lines.filter((l) => l.startsWith('пресс-секретарь Кремля\t'))).toEqual([
      "пресс-секретарь Кремля\tKremlin spokesman\tnot: Kremlin's press-secretary",
      "пресс-секретарь Кремля\tKremlin press secretary\tnot: Kremlin's press-secretary",
    ]);
    // A Russian-only concept keeps its tab, so it is still an entry.
    expect(lines).toContain('Джей Ди Вэнс\t');
    for (const line of lines.slice(1, -1)) expect(line.split('\t').length).toBeGreaterThanOrEqual(2);
  });

  it('turns tabs and line breaks inside values into spaces, so every line stays three columns', () => {
    const text = formatOmegatTsv(glossaryOf(concept('one\ttwo\r\nthree\nfour', term('ru', 'Киев\tгород', 'preferred'), term('en', 'Kyiv\ncity', 'preferred'))));
    expect(text.split('\n').slice(1, -1)).toEqual(['Киев город\tKyiv city\tone two three four']);
    expect(parseOmegatTsv(text).glossary.concepts[0].note).toBe('one two three four');
  });

  it('reads back the full glossary as concepts by Russian term, with what TSV cannot hold left at its defaults', () => {
    const { glossary, refused } = parseOmegatTsv(formatOmegatTsv(fullGlossary()));
    expect(refused).toEqual([]);
    // The admitted Russian "Зеленский" becomes a concept of its own: TSV has no concept ids.
    expect(glossary.concepts.map((c) => c.terms[0].text)).toEqual([
      'Владимир Зеленский',
      'Зеленский',
      'пресс-секретарь Кремля',
      'клуб «Валдай»',
      'Киев',
      'ДСНВ',
      'Проктер энд Гэмбл',
      'Джей Ди Вэнс',
    ]);
    expect(glossary.concepts[1].terms.map((t) => `${t.lang}:${t.text}:${t.status}`)).toEqual(['ru:Зеленский:preferred', 'en:Volodymyr Zelensky:preferred', 'en:Vladimir Zelensky:forbidden']);
    for (const c of glossary.concepts) {
      expect(c).toMatchObject({ uuid: null, type: 'other', domain: null, createdAt: null, createdBy: null, updatedAt: null, updatedBy: null });
      for (const t of c.terms) expect(t).toMatchObject({ uuid: null, caseSensitive: false, partOfSpeech: null, note: null });
    }
  });
});

describe('reading OmegaT glossaries', () => {
  it('skips comment lines and blank lines, trims fields and gathers the targets of one source', () => {
    const { glossary, refused } = parseOmegatTsv(
      `\uFEFF# Glossary in tab-separated format -*- coding: utf-8 -*-\r\n Киев \t Kyiv \t the capital\r\n\r\n# a comment\r\nХарьков\tKharkiv\r\nКиев\tKyiv city\tthe capital\r\nКиев\tKyiv\tnot: Kiev\r\n`,
    );
    expect(refused).toEqual([]);
    expect(glossary.concepts).toEqual([
      concept('the capital', term('ru', 'Киев', 'preferred'), term('en', 'Kyiv', 'preferred'), term('en', 'Kyiv city', 'admitted'), term('en', 'Kiev', 'forbidden')),
      concept(null, term('ru', 'Харьков', 'preferred'), term('en', 'Kharkiv', 'preferred')),
    ]);
  });

  it('parses the forbidden part of a comment, with or without a note after it', () => {
    expect(parseOmegatComment('not: Kiev | Kyev; house style; since 2019')).toEqual({ forbidden: ['Kiev', 'Kyev'], note: 'house style; since 2019' });
    expect(parseOmegatComment('not:Kiev')).toEqual({ forbidden: ['Kiev'], note: null });
    expect(parseOmegatComment('a note: not forbidden')).toEqual({ forbidden: [], note: 'a note: not forbidden' });
    expect(parseOmegatComment('')).toEqual({ forbidden: [], note: null });
  });

  it('refuses bad lines with their line numbers and reads the rest', () => {
    const { glossary, refused } = parseOmegatTsv(
      ['# header', 'Киев\tKyiv', 'Одесса', '\tOdesa\tno source', 'Львов\tLviv\tcomment\textra', 'Днепр\tDnipro\tnot: Dnipro', 'Харьков\tKharkiv\t\t'].join('\n'),
    );
    expect(refused).toEqual([
      { where: 'line 3', reason: 'one column only: an entry is source<TAB>target<TAB>comment' },
      { where: 'line 4', reason: 'the source term (first column) is empty' },
      { where: 'line 5', reason: '4 columns: an OmegaT glossary has three (source, target, comment)' },
      { where: 'line 6', reason: '"Dnipro" is both a target and forbidden ("not:" in the comment)' },
    ]);
    expect(glossary.concepts.map((c) => c.terms[0].text)).toEqual(['Киев', 'Харьков']);
  });

  it('refuses a file with one column, an empty file and one with comments only', () => {
    expect(formatError(() => parseOmegatTsv('# OmegaT\nКиев\nХарьков\n'))).toMatchObject({
      where: 'line 2',
      reason: 'no line has a tab: an OmegaT glossary has source<TAB>target<TAB>comment on each line',
    });
    expect(formatError(() => parseOmegatTsv(''))).toMatchObject({ where: 'line 1', reason: 'the file is empty' });
    expect(formatError(() => parseOmegatTsv('# only\n# comments\n'))).toMatchObject({ reason: 'the file has comment lines only' });
  });
});
