import type { Phrase, Row, Segment } from '../model';
import { BALANCE_FIXES, BALANCE_MESSAGES, TYPOGRAPHY_KINDS, unbalancedMarks } from './quote-balance';
import { isBlank, replacementIn, spanIn } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';
import { allMatches } from './scan';

const MESSAGES = {
  russianQuotes: 'findingMessages.typography.russianQuotes',
  russianQuote: 'findingMessages.typography.russianQuote',
  doubleSpace: 'findingMessages.typography.doubleSpace',
  repeatedWord: 'findingMessages.typography.repeatedWord',
  dashInCompound: 'findingMessages.typography.dashInCompound',
} as const;
const FIXES = {
  quotes: 'findingFixes.typography.quotes',
  quote: 'findingFixes.typography.quote',
  oneSpace: 'findingFixes.typography.oneSpace',
  keepOne: 'findingFixes.typography.keepOne',
  hyphen: 'findingFixes.typography.hyphen',
} as const;

type SegmentRule = (row: Row, segment: Segment) => FindingDraft[];

function draft(row: Row, segment: Segment, rule: string, start: number, end: number, message: Phrase): FindingDraft {
  return { check: 'typography', rule, severity: 'warning', row: row.position, target: spanIn(segment, start, end), message };
}

/** The word (letters, digits, hyphens) around [start, end), so the span reads "man—made", not "—". */
function wordAround(text: string, start: number, end: number): [number, number] {
  const wordChar = /[\p{L}\p{N}'’-]/u;
  while (start > 0 && wordChar.test(text[start - 1])) start--;
  while (end < text.length && wordChar.test(text[end])) end++;
  return [start, end];
}

function nonSpaceAround(text: string, start: number, end: number): [number, number] {
  while (start > 0 && !/\s/u.test(text[start - 1])) start--;
  while (end < text.length && !/\s/u.test(text[end])) end++;
  return [start, end];
}

interface QuoteStyle {
  double: [string, string];
  single: [string, string];
  shown: string;
}
const STRAIGHT: QuoteStyle = { double: ['"', '"'], single: ["'", "'"], shown: '"…"' };
const CURLY: QuoteStyle = { double: ['“', '”'], single: ['‘', '’'], shown: '“…”' };

/**
 * «», and „“ used as Russian inner quotes, become English quotes. Straight quotes are the default;
 * curly ones are used when the rest of the segment already uses them. Nested pairs get single quotes.
 */
const RUSSIAN_QUOTE = /[«»„]/u;

const russianQuotes: SegmentRule = (row, segment) => {
  const text = segment.current;
  if (!RUSSIAN_QUOTE.test(text)) return [];
  const stack: Array<{ ch: string; index: number }> = [];
  const pairs: Array<{ open: number; close: number; depth: number }> = [];
  const lone: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const ch = text[index];
    const top = stack[stack.length - 1];
    if (ch === '«' || ch === '„') stack.push({ ch, index });
    else if (ch === '»' && top?.ch === '«') pairs.push({ open: stack.pop()!.index, close: index, depth: stack.length });
    else if (ch === '»') lone.push(index);
    // After „ an English-looking “ or ” is its closing partner, not an English quote.
    else if ((ch === '“' || ch === '”') && top?.ch === '„') {
      pairs.push({ open: stack.pop()!.index, close: index, depth: stack.length });
    }
  }
  lone.push(...stack.map((s) => s.index));
  if (pairs.length === 0 && lone.length === 0) return [];

  const pairedCurly = pairs.filter((p) => text[p.close] !== '»').length;
  const curly = (text.match(/[“”]/g)?.length ?? 0) - pairedCurly;
  const straight = text.match(/"/g)?.length ?? 0;
  const style = curly > straight ? CURLY : STRAIGHT;

  const drafts: FindingDraft[] = pairs.map(({ open, close, depth }) => {
    const [opening, closing] = depth === 0 ? style.double : style.single;
    return {
      ...draft(row, segment, 'russian-quotes', open, close + 1, phrase(MESSAGES.russianQuotes, { opening: text[open], closing: text[close], style: style.shown })),
      fix: {
        label: phrase(FIXES.quotes, { opening, closing }),
        replacements: [replacementIn(segment, open, open + 1, opening), replacementIn(segment, close, close + 1, closing)],
      },
    };
  });
  for (const index of lone.sort((a, b) => a - b)) {
    const opens = text[index] !== '»';
    const mark = opens ? style.double[0] : style.double[1];
    drafts.push({
      ...draft(row, segment, 'russian-quotes', index, index + 1, phrase(MESSAGES.russianQuote, { mark: text[index], style: style.shown })),
      fix: { label: phrase(FIXES.quote, { mark }), replacements: [replacementIn(segment, index, index + 1, mark)] },
    });
  }
  return drafts;
};

const SPACE_RUN = /[ \u00A0]{2,}/gu;

const doubleSpaces: SegmentRule = (row, segment) => {
  const text = segment.current;
  const drafts: FindingDraft[] = [];
  for (const match of allMatches(SPACE_RUN, text)) {
    const start = match.index!;
    const end = start + match[0].length;
    if (start === 0 || end === text.length) continue;
    const [from, to] = nonSpaceAround(text, start, end);
    drafts.push({
      ...draft(row, segment, 'double-space', from, to, phrase(MESSAGES.doubleSpace)),
      fix: { label: phrase(FIXES.oneSpace), replacements: [replacementIn(segment, start, end, ' ')] },
    });
  }
  return drafts;
};

/** Doubled words that English grammar allows: "what he had had", "that that", "what it is is". */
const REPEAT_ALLOWED = new Set(['had', 'that', 'is']);
const REPEATED_WORD = /(?<![\p{L}\p{N}'’-])(\p{L}+)[ \u00A0]+\1(?![\p{L}\p{N}'’-])/giu;

const repeatedWords: SegmentRule = (row, segment) => {
  const text = segment.current;
  const drafts: FindingDraft[] = [];
  for (const match of allMatches(REPEATED_WORD, text)) {
    if (REPEAT_ALLOWED.has(match[1].toLowerCase())) continue;
    const start = match.index!;
    const end = start + match[0].length;
    drafts.push({
      ...draft(row, segment, 'repeated-word', start, end, phrase(MESSAGES.repeatedWord, { text: match[0] })),
      fix: { label: phrase(FIXES.keepOne, { word: match[1] }), replacements: [replacementIn(segment, start + match[1].length, end, '')] },
    });
  }
  return drafts;
};

/**
 * MT turns the hyphen of a compound into an em dash: "man—made", "long—range", "pan—European",
 * "33-year—old". An em dash right after a lower-case letter and before a letter, with no spaces,
 * is taken for such a compound. (A house style with unspaced em dashes would see false alarms.)
 */
const COMPOUND_DASH = /(?<=\p{Ll})—(?=\p{L})/gu;

const dashInCompound: SegmentRule = (row, segment) => {
  const text = segment.current;
  const drafts: FindingDraft[] = [];
  for (const match of allMatches(COMPOUND_DASH, text)) {
    const dash = match.index!;
    const [from, to] = wordAround(text, dash, dash + 1);
    drafts.push({
      ...draft(row, segment, 'dash-in-compound', from, to, phrase(MESSAGES.dashInCompound, { text: text.slice(from, to) })),
      fix: { label: phrase(FIXES.hyphen), replacements: [replacementIn(segment, dash, dash + 1, '-')] },
    });
  }
  return drafts;
};

const SEGMENT_RULES: SegmentRule[] = [russianQuotes, doubleSpaces, repeatedWords, dashInCompound];

export const typographyCheck: Check = {
  id: 'typography',
  describe: 'Russian quotation marks, double spaces, repeated words, unpaired quotes and brackets, dashes in compounds',
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(BALANCE_MESSAGES), ...Object.values(FIXES), ...Object.values(BALANCE_FIXES)],
  run(ctx) {
    const drafts: FindingDraft[] = [];
    for (const row of ctx.rows) {
      for (const segment of row.target) {
        if (!TYPOGRAPHY_KINDS.includes(segment.kind) || isBlank(segment)) continue;
        for (const rule of SEGMENT_RULES) drafts.push(...rule(row, segment));
      }
    }
    drafts.push(...unbalancedMarks(ctx.rows));
    // Keep each row's findings together and in the order they appear in the text.
    drafts.sort((a, b) => a.row - b.row || (a.target?.start ?? 0) - (b.target?.start ?? 0));
    return withKeys(drafts);
  },
};
