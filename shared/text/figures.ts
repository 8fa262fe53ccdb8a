// Figures written in digits and the magnitude words after them, as Russian and English write
// them. One reader for the number check (shared/checks/numbers.ts), which knows the language of
// each side, and for the aligner's number anchors (shared/align/numbers.ts), which does not.
//
// - Russian: the comma is always decimal ("3,3" and "3,300" are 3.3); plain, no-break and thin
//   spaces group digits ("1 000").
// - English: a comma before exactly three digits groups ("3,300"); any other comma between digits
//   is a decimal comma left over by MT ("3,5"); no-break and thin spaces group, plain spaces do
//   not ("May 16 100 people" would otherwise read as 16100).
// - Either, when the language is not known: a space, comma, point or apostrophe before exactly
//   three digits groups and any other marks the decimals, so "3,500", "3 500" and "3.500" agree,
//   and so do "3,5" and "3.5". A space groups only before exactly three digits, so "in 2024 2
//   people" stays two numbers.

import type { Lang } from '../model';

export type FigureConvention = Lang | 'either';

/** A space that may group digits or stand between a figure and its words. */
export const GAP = '[ \\u00A0\\u202F\\u2009]';
const GAPS = /[ \u00A0\u202F\u2009]/g;
const EITHER_SEPARATOR = /[ \u00A0\u202F\u2009.,']/;

// Not inside a longer run of digits or a word: "3,5" is not read as "5" after "3,".
const NOT_AFTER = '(?<![\\p{L}\\p{N}_])(?<!\\p{N}[.,])';
const NOT_BEFORE = '(?!\\p{N})(?![.,]\\p{N})';

/**
 * A figure in digits, global. The "either" pattern does not refuse a neighbouring separator: a
 * dotted date "12.05.2024" then gives 12.05 and 2024, of which the year is worth anchoring.
 */
export const FIGURE: Readonly<Record<FigureConvention, RegExp>> = {
  ru: new RegExp(`${NOT_AFTER}(?:\\d{1,3}(?:${GAP}\\d{3})+|\\d+)(?:[.,]\\d+)?${NOT_BEFORE}`, 'gu'),
  en: new RegExp(
    `${NOT_AFTER}(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:[\\u00A0\\u202F\\u2009]\\d{3})+|\\d+)(?:\\.\\d+|,\\d{1,2})?${NOT_BEFORE}`,
    'gu',
  ),
  either: /\d+(?:[ \u00A0\u202F\u2009.,']\d{3}(?!\d))*(?:[.,']\d+)?/gu,
};

const EN_COMMA_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

function readEither(raw: string): number {
  const pieces = raw.split(EITHER_SEPARATOR);
  // The pattern takes every three-digit piece as a group, so only a last piece of another
  // length can be the decimals.
  const last = pieces.length > 1 && pieces[pieces.length - 1].length !== 3 ? pieces.pop() : undefined;
  return Number(pieces.join('') + (last === undefined ? '' : '.' + last));
}

/** The value of a figure matched by FIGURE[convention]; NaN when it does not read as one. */
export function figureValue(raw: string, convention: FigureConvention): number {
  if (convention === 'either') return readEither(raw);
  let t = raw.replace(GAPS, '');
  if (convention === 'en' && EN_COMMA_GROUPED.test(t)) t = t.replace(/,/g, '');
  else t = t.replace(',', '.');
  return Number(t);
}

interface Magnitude {
  scale: number;
  /** The Russian abbreviation, with or without its full stop: "тыс.", "млн". */
  ruAbbreviation: string;
  ruStem: string;
  /** Case endings of the Russian word after its stem, as a pattern. */
  ruEndings: string;
  enWord: string;
  enAbbreviation?: string;
}

const FEMININE = '(?:а|и|у|ей|ам|ами|ах)?';
const MASCULINE = '(?:а|ов|у|ом|е|ам|ами|ах)?';

const MAGNITUDES: readonly Magnitude[] = [
  { scale: 1e3, ruAbbreviation: 'тыс', ruStem: 'тысяч', ruEndings: FEMININE, enWord: 'thousand' },
  { scale: 1e6, ruAbbreviation: 'млн', ruStem: 'миллион', ruEndings: MASCULINE, enWord: 'million', enAbbreviation: 'mln' },
  { scale: 1e9, ruAbbreviation: 'млрд', ruStem: 'миллиард', ruEndings: MASCULINE, enWord: 'billion', enAbbreviation: 'bn' },
  { scale: 1e12, ruAbbreviation: 'трлн', ruStem: 'триллион', ruEndings: MASCULINE, enWord: 'trillion' },
];

const WORD_ENDS = '(?![\\p{L}])';

/** Sticky: a magnitude word right after a figure, optionally after spaces; group 1 is the word. */
export const MAGNITUDE_AFTER: Readonly<Record<Lang, RegExp>> = {
  ru: new RegExp(
    `${GAP}*(${MAGNITUDES.map(
      (m) => `${m.ruAbbreviation}${WORD_ENDS}\\.?|${m.ruStem}${m.ruEndings}${WORD_ENDS}`,
    ).join('|')})`,
    'iuy',
  ),
  en: new RegExp(
    `${GAP}*(${[...MAGNITUDES.map((m) => m.enWord), ...MAGNITUDES.flatMap((m) => m.enAbbreviation ?? [])].join('|')})${WORD_ENDS}`,
    'iuy',
  ),
};

/** The scale of a word MAGNITUDE_AFTER matched, its full stop dropped: "тыс" → 1e3, "bn" → 1e9. */
export function magnitudeScale(word: string): number {
  const w = word.toLowerCase();
  const found = MAGNITUDES.find(
    (m) => w.startsWith(m.ruAbbreviation) || w.startsWith(m.ruStem) || w === m.enWord || w === m.enAbbreviation,
  );
  return (found ?? MAGNITUDES[MAGNITUDES.length - 1]).scale;
}

const RU_MAGNITUDE_WORDS = MAGNITUDES.map((m) => ({
  scale: m.scale,
  pattern: new RegExp(`^${m.ruStem}${m.ruEndings}$`),
}));

/**
 * The scale of a magnitude written out as a lower-case word ("тысячи", "million"), null for
 * any other word. Abbreviations do not count: they follow figures, not number words.
 */
export function magnitudeWordScale(word: string, lang: Lang): number | null {
  if (lang === 'en') return MAGNITUDES.find((m) => m.enWord === word)?.scale ?? null;
  return RU_MAGNITUDE_WORDS.find((m) => m.pattern.test(word))?.scale ?? null;
}
