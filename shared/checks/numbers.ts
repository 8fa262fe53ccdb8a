// Numbers as a reader understands them: "3,5 тыс." is 3500, "3,500" is 3500, "16 октября" is the
// 16th of October. Russian and English write the same value differently (decimal comma, space
// groups, "тыс."/"thousand"), so mentions are compared by value, not by text.

import type { Lang } from '../model';
import { FIGURE, GAP, MAGNITUDE_AFTER, figureValue, magnitudeScale } from '../text/figures';
import { findWrittenNumbers } from './number-words';
import { allMatches } from './scan';

export type NumberKind = 'cardinal' | 'ordinal' | 'year' | 'date' | 'time' | 'decade';
export type NumberUnit = 'percent' | 'rub' | 'usd' | 'eur' | 'gbp';

export interface NumberMention {
  /** [start, end) of the whole expression in the text, unit and magnitude words included. */
  start: number;
  end: number;
  text: string;
  kind: NumberKind;
  /** The figure as written: 3.5 in "3,5 тыс."; the day of a date; hours·60+minutes of a time. */
  base: number;
  /** 1e3 for "тыс."/"thousand", 1e6 for "млн"/"million"…; 1 without a magnitude word. */
  scale: number;
  /** base × scale, the number compared. */
  value: number;
  unit?: NumberUnit;
  /** For dates: 1–12 and 1–31. */
  month?: number;
  day?: number;
  /** Spelled out in words: confirms a match but is never reported on its own. */
  written: boolean;
}

const RU_MONTHS = [
  'января', 'февраля', 'марта', 'апреля', 'мая', 'июня',
  'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря',
];
const EN_MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];
const EN_MONTH_ALTERNATIVES =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept\\.?|Sep\\.?|Oct\\.?|Nov\\.?|Dec\\.?';

function englishMonth(name: string): number {
  const stem = name.replace('.', '').slice(0, 3).toLowerCase();
  return EN_MONTH_NAMES.findIndex((m) => m.slice(0, 3).toLowerCase() === stem) + 1;
}

const ORDINAL_SUFFIX: Record<Lang, RegExp> = {
  ru: /[-‐](ый|ий|ой|ая|ья|ое|ье|ые|ых|ым|ыми|ого|его|ому|ему|ом|ем|ую|го|му|й|я|е|х|м|ю|ми)(?![\p{L}])/uy,
  en: /(st|nd|rd|th)(?![\p{L}])/iuy,
};
const EN_DECADE_SUFFIX = /['’]?s(?![\p{L}])/uy;
const RU_DECADE_ENDINGS = new Set(['х', 'е', 'ые', 'ых']);

const MONTH_AFTER: Record<Lang, RegExp> = {
  ru: new RegExp(`${GAP}+(${RU_MONTHS.join('|')})(?![\\p{L}])`, 'iuy'),
  en: new RegExp(`(?:${GAP}+of)?${GAP}+(${EN_MONTH_ALTERNATIVES})(?![\\p{L}])`, 'uy'),
};
const EN_MONTH_BEFORE = new RegExp(`(?<![\\p{L}])(${EN_MONTH_ALTERNATIVES})${GAP}+(?:the${GAP}+)?$`, 'u');

const UNIT_AFTER: Record<Lang, RegExp> = {
  ru: new RegExp(
    `${GAP}*(%|процент\\p{L}*|руб\\.|руб(?:л\\p{L}*)?(?![\\p{L}])|₽|долл\\.|долл(?:ар\\p{L}*)?(?![\\p{L}])|` +
      `\\$(?!${GAP}?\\d)|евро(?![\\p{L}])|€(?!${GAP}?\\d)|USD(?![\\p{L}])|EUR(?![\\p{L}])|RUB(?![\\p{L}]))`,
    'iuy',
  ),
  en: new RegExp(
    `${GAP}*(%|percent(?:age${GAP}+points?)?(?![\\p{L}])|per${GAP}cent(?![\\p{L}])|` +
      `(?:U\\.?S\\.?${GAP}+)?dollars?(?![\\p{L}])|USD(?![\\p{L}])|r(?:o)?ubles?(?![\\p{L}])|RUB(?![\\p{L}])|` +
      `euros?(?![\\p{L}])|EUR(?![\\p{L}])|€(?!${GAP}?\\d)|₽|pounds?${GAP}+sterling(?![\\p{L}]))`,
    'iuy',
  ),
};
const UNIT_BEFORE = /(US\$|\$|€|₽|£|(?:USD|EUR|RUB|GBP)[ \u00A0])[ \u00A0]?$/u;

function unitOf(word: string): NumberUnit {
  const w = word.toLowerCase();
  if (w.startsWith('%') || w.startsWith('процент') || w.startsWith('per')) return 'percent';
  if (w.includes('$') || w.includes('дол') || w.includes('dollar') || w.startsWith('usd')) return 'usd';
  if (w.includes('€') || w.startsWith('евро') || w.startsWith('eur')) return 'eur';
  if (w.includes('£') || w.startsWith('pound') || w.startsWith('gbp')) return 'gbp';
  return 'rub';
}

const RU_YEAR_WORD = new RegExp(`${GAP}*(?:год\\p{L}*|г\\.|гг\\.)`, 'uy');

// Two figures joined like this share the magnitude, unit or month written after the last one:
// "от 100 до 150 тыс.", "100–150 thousand", "16, 17 и 18 мая".
const CONNECTOR: Record<Lang, RegExp> = {
  ru: new RegExp(`^${GAP}*(?:,|и|или|до|по|[-‐–—])${GAP}*$`, 'iu'),
  en: new RegExp(`^${GAP}*(?:,?${GAP}*(?:and|or)|,|to|through|[-‐–—])${GAP}*$`, 'iu'),
};
const BARE_COMMA = new RegExp(`^${GAP}*,${GAP}*$`, 'u');
const LIST_GOES_ON: Record<Lang, RegExp> = {
  ru: new RegExp(`${GAP}*(?:,|и|или)${GAP}*\\d`, 'iuy'),
  en: new RegExp(`${GAP}*(?:,|and|or)${GAP}*\\d`, 'iuy'),
};

const DOTTED_DATE = /(?<![\p{N}.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\p{N}])/gu;
const SLASHED_DATE = /(?<![\p{N}/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}])/gu;
const CLOCK_TIME = /(?<![\p{N}:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\p{N}:])/gu;
const EN_AMPM_TIME =
  /(?<![\p{N}:.,])(\d{1,2})(?::([0-5]\d))?[ \u00A0]?([ap])\.?[ \u00A0]?m\.?(?![\p{L}])/giu;
const ROMAN_CENTURY: Record<Lang, RegExp> = {
  ru: new RegExp(`(?<![\\p{L}])([IVXLCХ]{1,7})${GAP}+(?=(?:век|века|веке|веков|вв?\\.)(?![\\p{L}]))`, 'gu'),
  en: new RegExp(`(?<![\\p{L}])([IVXLC]{1,7})${GAP}+(?=centur(?:y|ies)(?![\\p{L}]))`, 'gu'),
};

function romanValue(roman: string): number {
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
  const digits = roman.replace(/Х/g, 'X').split('').map((c) => values[c]);
  let total = 0;
  digits.forEach((v, i) => (total += v < (digits[i + 1] ?? 0) ? -v : v));
  return total;
}

/** Rounds away binary noise so 3.5 × 1000 and 3500 compare equal. */
export function canonicalValue(value: number): number {
  return Number(value.toPrecision(12));
}

function at(pattern: RegExp, text: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(text);
}

function isDayNumber(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 31;
}

function mention(
  text: string,
  start: number,
  end: number,
  fields: Partial<NumberMention> & Pick<NumberMention, 'kind' | 'base'>,
): NumberMention {
  const scale = fields.scale ?? 1;
  return {
    start,
    end,
    text: text.slice(start, end),
    scale,
    value: canonicalValue(fields.base * scale),
    written: false,
    ...fields,
  };
}

function dateMention(text: string, start: number, end: number, month: number, day: number): NumberMention {
  return mention(text, start, end, { kind: 'date', base: day, month, day });
}

/**
 * Ranges already claimed, kept sorted by start. They do not overlap (a dotted date's year shares
 * its end), so the ends are sorted too and one neighbour decides an overlap.
 */
class ClaimedRanges {
  private readonly items: Array<{ start: number; end: number }> = [];

  private firstStartingAtOrAfter(position: number): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.items[mid].start < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(range: { start: number; end: number }): boolean {
    const before = this.firstStartingAtOrAfter(range.end) - 1;
    return before >= 0 && this.items[before].end > range.start;
  }

  add(range: { start: number; end: number }): void {
    this.items.splice(this.firstStartingAtOrAfter(range.start), 0, range);
  }
}

/** Dates written with dots or slashes, clock times and Roman centuries. */
function findSpecialForms(text: string, lang: Lang): NumberMention[] {
  const found: NumberMention[] = [];
  const years: NumberMention[] = [];
  const addDate = (m: RegExpExecArray, dayFirst: boolean) => {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const [day, month] = dayFirst || a > 12 ? [a, b] : [b, a];
    if (month < 1 || month > 12 || !isDayNumber(day)) return;
    const start = m.index;
    const end = start + m[0].length;
    found.push(dateMention(text, start, end, month, day));
    years.push(mention(text, end - m[3].length, end, { kind: 'year', base: Number(m[3]) }));
  };
  for (const m of allMatches(DOTTED_DATE, text)) addDate(m, true);
  for (const m of allMatches(SLASHED_DATE, text)) addDate(m, lang === 'ru');
  if (lang === 'en') {
    for (const m of allMatches(EN_AMPM_TIME, text)) {
      const hour = Number(m[1]);
      if (hour < 1 || hour > 12) continue;
      const hour24 = (hour % 12) + (m[3].toLowerCase() === 'p' ? 12 : 0);
      const base = hour24 * 60 + Number(m[2] ?? 0);
      found.push(mention(text, m.index, m.index + m[0].length, { kind: 'time', base }));
    }
  }
  for (const m of allMatches(CLOCK_TIME, text)) {
    const base = Number(m[1]) * 60 + Number(m[2]);
    found.push(mention(text, m.index, m.index + m[0].length, { kind: 'time', base }));
  }
  for (const m of allMatches(ROMAN_CENTURY[lang], text)) {
    found.push(mention(text, m.index, m.index + m[1].length, { kind: 'ordinal', base: romanValue(m[1]) }));
  }
  // On overlap the form found first wins: "10/16/2025" is a date, not a time or a fraction.
  const claimed = new ClaimedRanges();
  const kept: NumberMention[] = [];
  for (const item of found) {
    if (claimed.overlaps(item)) continue;
    claimed.add(item);
    kept.push(item);
  }
  // A dotted date also names its year, as "5 февраля 2026 года" and "February 5, 2026" do.
  const dateEnds = new Set(kept.filter((k) => k.kind === 'date').map((k) => k.end));
  kept.push(...years.filter((year) => dateEnds.has(year.end)));
  return kept;
}

/** A figure written in digits, with what surrounds it: currency, suffix, month, magnitude, unit. */
function readFigure(text: string, lang: Lang, match: RegExpExecArray): NumberMention | null {
  const raw = match[0];
  const base = figureValue(raw, lang);
  if (!Number.isFinite(base)) return null;
  const integer = /^\d+$/.test(raw);
  let start = match.index;
  let end = start + raw.length;
  let kind: NumberKind = 'cardinal';
  let unit: NumberUnit | undefined;

  const before = text.slice(Math.max(0, start - 16), start);
  const currency = UNIT_BEFORE.exec(before);
  if (currency) {
    unit = unitOf(currency[1]);
    start -= currency[0].length;
  }

  const monthBefore = lang === 'en' && integer && isDayNumber(base) ? EN_MONTH_BEFORE.exec(before) : null;

  const suffix = at(ORDINAL_SUFFIX[lang], text, end);
  if (suffix) {
    end += suffix[0].length;
    kind = 'ordinal';
    const decade = integer && base % 10 === 0 && ((base >= 20 && base < 100) || (base >= 1000 && base <= 2100));
    if (lang === 'ru' && decade && RU_DECADE_ENDINGS.has(suffix[1])) kind = 'decade';
  } else if (lang === 'en' && integer && base % 10 === 0) {
    const decade = at(EN_DECADE_SUFFIX, text, end);
    if (decade && ((base >= 10 && base < 100) || (base >= 1000 && base <= 2100))) {
      end += decade[0].length;
      kind = 'decade';
    }
  }

  if (monthBefore && kind !== 'decade') {
    return dateMention(text, start - monthBefore[0].length, end, englishMonth(monthBefore[1]), base);
  }
  if (integer && isDayNumber(base) && kind !== 'decade' && !unit) {
    const monthAfter = at(MONTH_AFTER[lang], text, end);
    if (monthAfter) {
      const month = lang === 'ru' ? RU_MONTHS.indexOf(monthAfter[1].toLowerCase()) + 1 : englishMonth(monthAfter[1]);
      return dateMention(text, start, end + monthAfter[0].length, month, base);
    }
  }

  let scale = 1;
  if (kind === 'cardinal') {
    const magnitude = at(MAGNITUDE_AFTER[lang], text, end);
    if (magnitude) {
      scale = magnitudeScale(magnitude[1].replace('.', ''));
      end += magnitude[0].length;
    }
    const unitWord = at(UNIT_AFTER[lang], text, end);
    if (unitWord) {
      unit = unitOf(unitWord[1]);
      end += unitWord[0].length;
    }
  }
  return mention(text, start, end, { kind, base, scale, unit });
}

function isBareDay(m: NumberMention): boolean {
  return (m.kind === 'cardinal' || m.kind === 'ordinal') && !m.written && m.scale === 1 && !m.unit && isDayNumber(m.base);
}

function isPlainCardinal(m: NumberMention): boolean {
  return m.kind === 'cardinal' && !m.written;
}

function shareAcrossRanges(text: string, mentions: NumberMention[], lang: Lang): void {
  const joined = (a: NumberMention, b: NumberMention) => CONNECTOR[lang].test(text.slice(a.end, b.start));
  // Right to left: the last item of "от 100 до 150 тыс." / "16, 17 и 18 мая" lends its words back.
  for (let i = mentions.length - 2; i >= 0; i--) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!joined(a, b)) continue;
    if (b.kind === 'date' && isBareDay(a) && a.base < b.day!) {
      Object.assign(a, { kind: 'date', month: b.month, day: a.base, value: a.base });
    } else if (isPlainCardinal(a) && isPlainCardinal(b)) {
      // "от 500 до 1,5 тыс." is 500 to 1500: only a smaller first figure borrows the magnitude.
      if (a.scale === 1 && b.scale > 1 && a.base < b.base) {
        a.scale = b.scale;
        a.value = canonicalValue(a.base * b.scale);
      }
      a.unit ??= b.unit;
    }
  }
  // Left to right: English puts the month first ("May 16–18", "May 16, 17 and 18").
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i];
    const b = mentions[i + 1];
    if (!joined(a, b)) continue;
    if (a.kind === 'date' && isBareDay(b) && b.base > a.day!) {
      // "On May 16, 17 people…" is not a list of days; a comma counts only inside a longer list.
      const between = text.slice(a.end, b.start);
      if (BARE_COMMA.test(between) && !at(LIST_GOES_ON[lang], text, b.end)) continue;
      Object.assign(b, { kind: 'date', month: a.month, day: b.base, value: b.base });
    } else if (isPlainCardinal(a) && isPlainCardinal(b) && a.unit && !b.unit) {
      b.unit = a.unit;
    }
  }
}

function markYears(text: string, mentions: NumberMention[], lang: Lang): void {
  for (const m of mentions) {
    if (m.kind !== 'cardinal' || m.written || m.scale !== 1 || m.unit || !/^\d{4}$/.test(m.text)) continue;
    const followedByYearWord = lang === 'ru' && at(RU_YEAR_WORD, text, m.end) !== null;
    if (followedByYearWord || (m.base >= 1000 && m.base <= 2100)) m.kind = 'year';
  }
}

/** Every number in a text, in order, with its value. */
export function findNumbers(text: string, lang: Lang): NumberMention[] {
  const mentions = findSpecialForms(text, lang);
  const claimed = new ClaimedRanges();
  for (const m of mentions) claimed.add(m);
  for (const match of allMatches(FIGURE[lang], text)) {
    if (claimed.overlaps({ start: match.index, end: match.index + match[0].length })) continue;
    const figure = readFigure(text, lang, match);
    if (!figure || claimed.overlaps(figure)) continue;
    mentions.push(figure);
    claimed.add(figure);
  }
  mentions.sort((a, b) => a.start - b.start);
  shareAcrossRanges(text, mentions, lang);
  markYears(text, mentions, lang);

  for (const w of findWrittenNumbers(text, lang)) {
    if (claimed.overlaps(w)) continue;
    mentions.push({
      start: w.start,
      end: w.end,
      text: w.text,
      kind: w.ordinal ? 'ordinal' : 'cardinal',
      base: w.value / w.scale,
      scale: w.scale,
      value: canonicalValue(w.value),
      written: true,
    });
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** What must be equal for two mentions to say the same thing. Units are compared separately. */
export function numberKey(m: NumberMention): string {
  switch (m.kind) {
    case 'date':
      return `date:${m.month}-${m.day}`;
    case 'time':
      return `time:${m.value}`;
    case 'decade':
      return `decade:${m.value % 100}`;
    default:
      return `number:${m.value}`;
  }
}

/** Every unit, each named in the locales (findingMessages.number-mismatch.units). */
export const NUMBER_UNITS: readonly NumberUnit[] = ['percent', 'rub', 'usd', 'eur', 'gbp'];

const SCALE_NAMES: Record<number, string> = { 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };

/** 3500 → "3,500", 0.25 → "0.25". */
export function formatEnglishNumber(value: number): string {
  const [whole, fraction] = String(canonicalValue(Math.abs(value))).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 ? '-' : '') + grouped + (fraction ? `.${fraction}` : '');
}

function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** How a mention reads in English: "3,500", "410 million rubles", "October 16", "15:30". */
export function describeInEnglish(m: NumberMention): string {
  switch (m.kind) {
    case 'date':
      return `${EN_MONTH_NAMES[m.month! - 1]} ${m.day}`;
    case 'time':
      return `${Math.floor(m.value / 60)}:${String(m.value % 60).padStart(2, '0')}`;
    case 'decade':
      return `${m.value}s`;
    case 'year':
      return String(m.value);
    case 'ordinal':
      return englishOrdinal(m.value);
    default: {
      const figure = SCALE_NAMES[m.scale]
        ? `${formatEnglishNumber(m.base)} ${SCALE_NAMES[m.scale]}`
        : formatEnglishNumber(m.value);
      switch (m.unit) {
        case 'percent':
          return `${figure}%`;
        case 'usd':
          return `$${figure}`;
        case 'eur':
          return `€${figure}`;
        case 'gbp':
          return `£${figure}`;
        case 'rub':
          return `${figure} rubles`;
        default:
          return figure;
      }
    }
  }
}
