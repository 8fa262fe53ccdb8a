// Word-level text helpers shared by the matcher and the candidate extractor.

/** A word of a text: [start, end) in UTF-16 units of the text it came from. */
export interface Token {
  start: number;
  end: number;
  text: string;
}

// Letters, combining marks (stress accents) and digits; hyphens and apostrophes split words so that
// "пресс-секретаря" is two words and only its inflected part has to be recognised.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return tokens;
}

const STRESS = /\u0301/g;

/** ё written as е and stress marks dropped: Russian texts use both spellings of the same word. */
export function foldYo(word: string): string {
  let out = word;
  if (out.includes('ё') || out.includes('Ё')) out = out.replace(/ё/g, 'е').replace(/Ё/g, 'Е');
  if (out.includes('\u0301')) out = out.replace(STRESS, '');
  return out;
}

/** The form words are compared in: lower case, ё as е. */
export function fold(word: string): string {
  return foldYo(word).toLowerCase();
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function startsUpper(word: string): boolean {
  if (word.length === 0) return false;
  const c = word.charCodeAt(0);
  if ((c >= 0x410 && c <= 0x42f) || c === 0x401 || (c >= 0x41 && c <= 0x5a)) return true;
  if ((c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) return false;
  return isUpper(word[0]);
}

const ABBREVIATION = /^\p{Lu}[\p{Lu}\p{N}\p{M}]+$/u;

/** ДСНВ, МИД, РФ, FPV, G7: two or more characters, every letter a capital. */
export function isAbbreviation(word: string): boolean {
  return word.length >= 2 && startsUpper(word) && !startsLower(word.slice(1, 2)) && ABBREVIATION.test(word);
}

function startsLower(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x430 && c <= 0x44f) || c === 0x451 || (c >= 0x61 && c <= 0x7a);
}

const CYRILLIC = /^[\u0400-\u04FF\u0301]+$/;

export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

export const OPEN_QUOTES = '«„“"\'‘‹';
export const CLOSE_QUOTES = '»“”"\'’›';
// What may stand between two words of one name: spaces, one hyphen, quote marks
// (клуб «Валдай»). Anything else (a comma, a full stop, a dash between clauses) ends the name.
const GAP = /^[\s\u00A0\u00AD«»„“”"'‘’‹›]*(?:[-\u2010\u2011][\s\u00A0«»„“”"'‘’‹›]*)?$/;

export function isNameGap(gap: string): boolean {
  return gap.length > 0 && gap.length <= 6 && !gap.includes('\n\n') && GAP.test(gap);
}

const SENTENCE_END = /[.!?…:;]["»”’)]*\s*$|^\s*[—–-]\s*$/;

/** Whether a token opens a sentence or a line: its capital letter then says nothing about it being a name. */
export function opensSentence(text: string, tokens: Token[], i: number): boolean {
  if (i === 0) {
    return /^[\s"«„“—–-]*$/.test(text.slice(0, tokens[0].start));
  }
  const gap = text.slice(tokens[i - 1].end, tokens[i].start);
  if (gap.includes('\n')) return true;
  const bare = gap.replace(/[«„“"(]+\s*$/, '');
  return SENTENCE_END.test(bare) || /[.!?…]\s+[—–-]\s*$/.test(bare);
}
