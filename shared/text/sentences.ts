import type { Lang } from '../model';
import { lookupAbbreviation } from './abbreviations';
import { isSentenceStarter } from './starters';
import {
  isCloser, isDash, isDigit, isLetter, isLower, isOpener, isTerminal, isWhitespace,
} from './chars';

// A sentence ends at a run of . ! ? … (with any closing quotes or brackets glued to it) that is
// followed by whitespace and then something that can start a sentence. What can start one:
//  - never a lower-case word: "3,5 тыс. ударов", "5 км. от города", "etc. and", and the speech
//    tag after a dash: «Мы победим!» — сказал он.
//  - a capital, a digit, an opening quote, or a dash followed by a capital ("Да. — Нет.").
// After a single full stop the word before it decides (abbreviations.ts). After a year ("1992 г.",
// "XX в.") the sentence goes on when the number sits in an opening phrase — it is one of the first
// two words, or of the first four unless a typical sentence opener follows ("В 1992 г. Вашингтон
// провел…" is one sentence; "…провел в 1992 г. Западные СМИ…" is two). Months get no exception:
// Russian writes them in lower case, so a capitalised "Апрель" after "г." opens a sentence.
//
// Linear in the length of the paragraph: each candidate looks at a bounded window around it.
// `lang` is accepted for symmetry; the rules follow the script of each word instead, because
// machine translations leave source-language words in place.

const MAX_WORD = 24;
const MAX_LOOKAHEAD = 8;

/** Splits one paragraph into trimmed sentences; whitespace inside a sentence is kept as it is. */
export function splitSentences(paragraph: string, lang: Lang): string[] {
  const text = paragraph;
  const n = text.length;
  const sentences: string[] = [];
  const push = (s: string) => {
    const trimmed = s.trim();
    if (trimmed !== '') sentences.push(trimmed);
  };

  let start = 0;
  // How far the current sentence has been searched for a letter or digit, and whether one was found.
  let searched = 0;
  let hasContent = false;
  const contentBefore = (end: number): boolean => {
    for (; !hasContent && searched < end; searched++) {
      if (isLetter(text[searched]) || isDigit(text[searched])) hasContent = true;
    }
    return hasContent;
  };

  const marks = /[.!?…]/g;
  let match: RegExpExecArray | null;
  while ((match = marks.exec(text)) !== null) {
    const i = match.index;
    let j = i + 1;
    while (j < n && isTerminal(text[j])) j++;
    let k = j;
    while (k < n && (isCloser(text[k]) || isTerminal(text[k]))) k++;
    marks.lastIndex = k;
    if (k >= n) break;
    if (!isWhitespace(text[k])) continue;
    let w = k;
    while (w < n && isWhitespace(text[w])) w++;
    if (w >= n) break;
    if (contentBefore(i) && endsHere(text, start, i, j, w)) {
      push(text.slice(start, k));
      start = w;
      searched = w;
      hasContent = false;
    }
    marks.lastIndex = w;
  }
  push(text.slice(start));
  return sentences;
}

/** The first word after the break, past opening quotes and a spaced dash. */
interface Next {
  at: number;
  char: string | undefined;
  word: string;
  /** The word is an initial ("В." in "им. В. И. Ленина"), so it opens nothing. */
  initial: boolean;
}

function readNext(text: string, w: number): Next {
  let q = w;
  const limit = Math.min(text.length, w + MAX_LOOKAHEAD);
  while (q < limit) {
    const c = text[q];
    const spacedDash = isDash(c) && (c !== '-' || isWhitespace(text[q + 1] ?? ''));
    if (isOpener(c) || isWhitespace(c) || spacedDash) q++;
    else break;
  }
  let e = q;
  while (e < text.length && e - q < MAX_WORD && isLetter(text[e])) e++;
  const word = text.slice(q, e);
  return { at: q, char: text[q], word, initial: word.length > 0 && word.length <= 2 && text[e] === '.' };
}

function endsHere(text: string, start: number, i: number, j: number, w: number): boolean {
  // An omission mark: "(…)", "[...]".
  if (text[i - 1] === '(' || text[i - 1] === '[') return false;
  const next = readNext(text, w);
  if (next.char === undefined) return false;
  if (isLower(next.char)) return false;
  if (!isLetter(next.char) && !isDigit(next.char)) return !/[,;:)\]»}]/.test(text[w]);
  if (j - i > 1 || text[i] !== '.') return true;
  return fullStopEnds(text, start, i, next);
}

const ROMAN = /^[IVXLCDM]+$/;
const isNumber = (token: string): boolean =>
  ROMAN.test(token) || (/\d/.test(token) && !isTerminal(token[token.length - 1]));

function fullStopEnds(text: string, start: number, i: number, next: Next): boolean {
  let wordStart = i;
  while (wordStart > start && i - wordStart < MAX_WORD && (isLetter(text[wordStart - 1]) || text[wordStart - 1] === '.')) {
    wordStart--;
  }
  while (text[wordStart] === '.' && wordStart < i) wordStart++;
  const word = text.slice(wordStart, i);
  if (word === '') {
    // "1. Первый пункт": a list number opening the sentence is not a sentence.
    return !/^\d{1,3}$/.test(text.slice(start, i));
  }

  // The whitespace-separated token before the word; or, when the word is glued to something
  // ("5км.", "1990-х.", "(см."), that something.
  let previous = '';
  let previousStart = wordStart;
  const before = text[wordStart - 1];
  if (wordStart > start && before !== undefined && !isWhitespace(before)) {
    let g = wordStart;
    while (g > start && wordStart - g < MAX_WORD && !isWhitespace(text[g - 1])) g--;
    previousStart = g;
    const glued = text.slice(g, wordStart);
    previous = /\d$/.test(glued) ? glued : '';
  } else {
    let e = wordStart;
    while (e > start && isWhitespace(text[e - 1])) e--;
    let s = e;
    while (s > start && e - s < MAX_WORD && !isWhitespace(text[s - 1])) s--;
    previous = text.slice(s, e);
    previousStart = s;
  }

  const entry = lookupAbbreviation(word, previous);
  if (!entry) return true;
  const rule = entry.afterNumber && isNumber(previous) ? entry.afterNumber : entry.rule;
  switch (rule) {
    case 'never':
      return false;
    case 'ends':
      return true;
    case 'before-number':
      return !isDigit(next.char ?? '');
    case 'starter':
      return !next.initial && next.word !== '' && isSentenceStarter(next.word);
    case 'year': {
      const words = wordsBetween(text, start, previousStart, 4);
      if (words <= 1) return false;
      if (words <= 3 && (next.initial || !isSentenceStarter(next.word))) return false;
      return true;
    }
  }
}

/** Words (tokens with a letter or digit) in text[start, end), counting back, at most limit + 1. */
function wordsBetween(text: string, start: number, end: number, limit: number): number {
  let count = 0;
  let inWord = false;
  let hasAlnum = false;
  for (let p = end - 1; p >= start && count <= limit; p--) {
    const c = text[p];
    if (isWhitespace(c)) {
      if (inWord && hasAlnum) count++;
      inWord = false;
      hasAlnum = false;
    } else {
      inWord = true;
      if (isLetter(c) || isDigit(c)) hasAlnum = true;
    }
  }
  if (inWord && hasAlnum) count++;
  return count;
}
