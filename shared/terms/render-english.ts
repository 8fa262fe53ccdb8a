// Looks for the English rendering of a Russian name in the aligned translation: names by how close
// an English word sequence is to the name's transliteration under several schemes, titles and
// generic nouns by their usual English.

import { distance } from 'fastest-levenshtein';
import { transliterate, type SchemeId } from './transliterate';

export interface EnglishWord {
  start: number;
  end: number;
  text: string;
}

const LATIN_WORD = /[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*\.?/g;

export function englishWords(text: string): EnglishWord[] {
  const out: EnglishWord[] = [];
  LATIN_WORD.lastIndex = 0;
  for (let m = LATIN_WORD.exec(text); m !== null; m = LATIN_WORD.exec(text)) {
    let word = m[0];
    // A full stop belongs to an initial (D.), not to a word ending a sentence.
    if (word.endsWith('.') && word.length > 2) word = word.slice(0, -1);
    out.push({ start: m.index, end: m.index + word.length, text: word });
  }
  return out;
}

const NAME_SCHEMES: SchemeId[] = ['house', 'wikipedia', 'bgn-pcgn', 'icao-doc-9303'];

/** Lower-case ASCII letters and spaces only, so that Khmelëva and Khmeleva compare equal. */
export function asciiKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’”`·.]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** Spellings an English text may use for a Russian name. */
export function latinVariants(russian: string): string[] {
  const out = new Set<string>();
  for (const scheme of NAME_SCHEMES) {
    const key = asciiKey(transliterate(russian, scheme));
    out.add(key);
    // English spells дж as j, кс as x: Jay, Alexander.
    out.add(key.replace(/dzh/g, 'j').replace(/ks/g, 'x').replace(/ey\b/g, 'ay'));
  }
  return [...out];
}

export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function stripPossessive(text: string): string {
  return text.replace(/['’]s$/, '').replace(/['’]$/, '');
}

function isCapitalised(word: EnglishWord): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(word.text);
}

/** Words separated by spaces only (a comma or a full stop ends a name). */
function adjacent(text: string, a: EnglishWord, b: EnglishWord): boolean {
  return /^[ \u00A0]+$/.test(text.slice(a.end, b.start)) || (a.text.endsWith('.') && /^\s+$/.test(text.slice(a.end, b.start)));
}

/**
 * The English for a personal name: the run of capitalised words closest to the name's
 * transliteration (Rodion Miroshnik for Родион Мирошник, Andrey Kortunov for Андрей Кортунов).
 */
export function findNameRendering(target: string, russian: string, threshold = 0.72): { text: string; score: number } | null {
  const words = englishWords(target);
  const variants = latinVariants(russian);
  const n = russian.split(/\s+/).length;
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i])) continue;
    for (let len = Math.max(1, n - 1); len <= n + 1 && i + len <= words.length; len++) {
      const run = words.slice(i, i + len);
      if (!run.every(isCapitalised)) break;
      if (run.some((w, k) => k > 0 && !adjacent(target, run[k - 1], w))) break;
      const text = stripPossessive(target.slice(run[0].start, run[run.length - 1].end));
      const key = asciiKey(text);
      for (const v of variants) {
        const score = similarity(v, key);
        if (score >= threshold && (!best || score > best.score)) best = { text, score };
      }
    }
  }
  return best;
}

/**
 * A proper word of the name (Belgorod for Белгородская) found in the target, widened over the
 * capitalised words and generic nouns around it: Belgorod region, Lugansk People's Republic,
 * Valdai Discussion Club.
 */
export function findAnchoredRendering(
  target: string,
  anchors: string[],
  generics: ReadonlySet<string>,
  threshold = 0.75,
): { text: string; score: number } | null {
  const words = englishWords(target);
  const variants = anchors.flatMap(latinVariants);
  let best: { index: number; score: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!isCapitalised(words[i])) continue;
    const key = asciiKey(stripPossessive(words[i].text));
    for (const v of variants) {
      const score = similarity(v, key);
      if (score >= threshold && (!best || score > best.score)) best = { index: i, score };
    }
  }
  if (!best) return null;
  let first = best.index;
  let last = best.index;
  const widens = (w: EnglishWord) => generics.has(stripPossessive(w.text).toLowerCase()) || (isCapitalised(w) && !/['’]s$/.test(words[last].text));
  while (last + 1 < words.length && adjacent(target, words[last], words[last + 1]) && widens(words[last + 1])) last++;
  while (first > 0 && adjacent(target, words[first - 1], words[first]) && generics.has(words[first - 1].text.toLowerCase())) first--;
  return { text: stripPossessive(target.slice(words[first].start, words[last].end)), score: best.score };
}

const NOT_COMPLEMENT = new Set(['the', 'a', 'an', 'of', 'and', 'but', 'then', 'later', 'also', 'however', 'meanwhile',
  'former', 'new', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'said', 'says']);

/**
 * A title's English (spokesman, Foreign Minister) found in the target, with the word naming
 * whose title it is when the Russian has one: Kremlin spokesman, Russian Foreign Minister,
 * Governor of the Belgorod Region.
 */
export function findTitleRendering(target: string, english: string[], withComplement: boolean): string | null {
  for (const phrase of english) {
    // An abbreviation in capitals is matched as written: US is not "us".
    const flags = /^[A-Z.]+$/.test(phrase) ? 'u' : 'iu';
    const body = phrase.replace(/[.]/g, '\\.').replace(/[ -]/g, '[\\s\\-]+').replace(/['’]/g, "['’]");
    const re = new RegExp(`(?<![\\p{L}])${body}(?![\\p{L}])`, flags);
    const m = re.exec(target);
    if (!m) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    if (withComplement) {
      const before = /(?<![\p{L}'’])([A-Z][\p{L}]*)[ \u00A0]+$/u.exec(target.slice(Math.max(0, start - 40), start));
      const after = /^[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?[A-Z][\p{L}'’]*(?:[ \u00A0]+[A-Z][\p{L}'’]*){0,2}/u.exec(target.slice(end));
      if (before && !NOT_COMPLEMENT.has(before[1].toLowerCase())) start -= before[0].length;
      else if (after) end += after[0].length;
    }
    return stripPossessive(target.slice(start, end));
  }
  return null;
}
