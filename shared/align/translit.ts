// A loose Cyrillic → Latin spelling, used only to compare names across scripts. Exactness does
// not matter here; what matters is that "Шойгу" and "Shoigu", "Москва" and "Moscow" land on the
// same matching key once `matchKey` has folded the spelling variants.

import { LOOSE_LATIN } from '../text/cyrillic-latin';

/** Lower-cases and transliterates Cyrillic letters; other characters pass through. */
export function transliterate(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (const ch of lower) out += LOOSE_LATIN[ch] ?? ch;
  return out;
}

/**
 * A spelling-tolerant key for comparing a word with its counterpart in another language:
 * transliterated, accents dropped, letters that transliteration schemes and languages swap
 * (y/i/j, w/v, c/k/q, kh/h) folded, doubled letters squeezed, then cut to a prefix so that
 * inflected forms (Morgannak, Клинцевичу) meet their base form.
 */
export function matchKey(word: string, prefix = 4): string {
  const folded = transliterate(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/[cq]/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return folded.slice(0, prefix);
}
