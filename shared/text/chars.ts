// Character classes shared by the normaliser, the sentence splitter and the row classifier.
// Written as explicit sets rather than regexes because the splitter calls them in its inner loop.

/** Every Unicode space separator, plus the line and paragraph breaks and the BOM. */
const WHITESPACE = new Set([
  ' ', '\t', '\n', '\r', '\f', '\v', '\u0085', '\u00a0', '\u1680',
  '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
  '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
]);

/** Characters that can end a sentence. */
const TERMINALS = new Set(['.', '!', '?', '…']);

/**
 * What may close a quotation or bracket right after a sentence-ending mark. “ is here because it
 * closes Russian „…“ quotes; a straight quote glued to a full stop can only be closing one.
 */
const CLOSERS = new Set(['»', '"', '”', '“', '’', "'", ')', ']', '}', '›']);

/** What may open a quotation or bracket at the start of a sentence. */
const OPENERS = new Set(['«', '"', '“', '„', '‘', "'", '(', '[', '{', '‹']);

/** Dashes used as punctuation (a hyphen counts only when spaced, which callers check). */
const DASHES = new Set(['—', '–', '‒', '―', '-', '−']);

export const isWhitespace = (c: string): boolean => WHITESPACE.has(c);
export const isTerminal = (c: string): boolean => TERMINALS.has(c);
export const isCloser = (c: string): boolean => CLOSERS.has(c);
export const isOpener = (c: string): boolean => OPENERS.has(c);
export const isDash = (c: string): boolean => DASHES.has(c);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CYRILLIC = /[\u0400-\u04ff]/;

// Fast paths for ASCII and basic Cyrillic, where nearly every character of a Russian or English
// article falls; the Unicode property regexes handle the rest.
const code = (c: string): number => (c === undefined || c === '' ? -1 : c.charCodeAt(0));
const asciiUpper = (n: number) => n >= 0x41 && n <= 0x5a;
const asciiLower = (n: number) => n >= 0x61 && n <= 0x7a;
const cyrillicUpper = (n: number) => (n >= 0x410 && n <= 0x42f) || n === 0x401;
const cyrillicLower = (n: number) => (n >= 0x430 && n <= 0x44f) || n === 0x451;

export const isUpper = (c: string): boolean => {
  const n = code(c);
  if (n < 0) return false;
  if (asciiUpper(n) || cyrillicUpper(n)) return true;
  if (n < 0x80 || asciiLower(n) || cyrillicLower(n)) return false;
  return UPPER.test(c);
};
export const isLower = (c: string): boolean => {
  const n = code(c);
  if (n < 0) return false;
  if (asciiLower(n) || cyrillicLower(n)) return true;
  if (n < 0x80 || asciiUpper(n) || cyrillicUpper(n)) return false;
  return LOWER.test(c);
};
export const isLetter = (c: string): boolean => {
  const n = code(c);
  if (n < 0) return false;
  if (asciiUpper(n) || asciiLower(n) || cyrillicUpper(n) || cyrillicLower(n)) return true;
  if (n < 0x80) return false;
  return LETTER.test(c);
};
export const isCyrillic = (c: string): boolean => CYRILLIC.test(c);
export const isDigit = (c: string): boolean => {
  const n = code(c);
  return n >= 0x30 && n <= 0x39;
};
