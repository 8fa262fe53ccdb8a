// Finds an English rendering in English text: whole words only (Kiev is not found in Kievan),
// the last word may carry a plural or possessive (Kyiv's, regions, regions', cities), curly and
// straight apostrophes are the same, a space and a hyphen between words are the same
// (ambassador-at-large, ambassador at large).

import type { TargetMatch } from './types';

const APOSTROPHES = "['’ʼ‘`]";
const SEPARATOR = '[\\s\\u00A0\\-\\u2010\\u2011]+';
// 's, s, es, s', and ’ alone after a word already ending in s.
const SUFFIX = `(?:${APOSTROPHES}s|e?s(?:${APOSTROPHES}(?!\\p{L}))?|${APOSTROPHES}(?!\\p{L}))?`;

function escapeWord(word: string): string {
  return word
    .split('')
    .map((ch) => (/['’ʼ‘`]/.test(ch) ? APOSTROPHES : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
    .join('');
}

function lastWord(word: string): string {
  // city → cities; a word in y keeps its y otherwise.
  if (/[^aeiou]y$/i.test(word)) return `${escapeWord(word.slice(0, -1))}(?:y${SUFFIX}|ies${SUFFIX})`;
  return escapeWord(word) + SUFFIX;
}

const cache = new Map<string, RegExp | null>();

function compile(phrase: string, caseSensitive: boolean): RegExp | null {
  const key = `${caseSensitive ? 1 : 0}${phrase}`;
  let re = cache.get(key);
  if (re !== undefined) return re;
  const words = phrase.trim().split(/[\s\u00A0\-\u2010\u2011]+/).filter(Boolean);
  if (words.length === 0) {
    re = null;
  } else {
    const body = [...words.slice(0, -1).map(escapeWord), lastWord(words[words.length - 1])].join(SEPARATOR);
    re = new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, caseSensitive ? 'gu' : 'giu');
  }
  if (cache.size > 5000) cache.clear();
  cache.set(key, re);
  return re;
}

/** Every occurrence of an English phrase in a text. */
export function findEnglish(text: string, phrase: string, caseSensitive = false): TargetMatch[] {
  const re = compile(phrase, caseSensitive);
  if (!re) return [];
  re.lastIndex = 0;
  const out: TargetMatch[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
