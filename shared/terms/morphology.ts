// The morphology the matcher and the candidate extractor lean on, behind an interface so that
// shared code never loads dictionaries itself: the Node side plugs in az (main/terms), the
// renderer and the tests can use the Snowball stemmer below, which needs no data files.

import snowball from 'snowball-stemmers';
import { fold, startsUpper } from './text';

export interface Morphology {
  /** For diagnostics: 'snowball', 'az'. */
  readonly name: string;
  /**
   * Base forms a word form may belong to: lower case, ё written е. Two forms of one word share
   * at least one of them (послом and посол give посол); a word the morphology cannot analyse
   * gives a stem-like guess, never an empty list.
   */
  normalForms(word: string): string[];
}

// A stem shorter than this says too little: Рубио → "руб" would pair it with Рубин, Рубу.
const MIN_STEM = 5;

const russian = snowball.newStemmer('russian');

/**
 * The Snowball stem of a word, or the folded word itself when the stem would be too short to
 * tell words apart. Capitalised words in -ов/-ев/-ин/-ын keep their ending, because Snowball
 * reads it as a genitive plural and cuts Песков to "песк" while Пескова stays "песков".
 */
export function stemKey(word: string): string {
  const folded = fold(word);
  if (startsUpper(word) && /(ов|ев|ин|ын)$/.test(folded) && folded.length >= 5) return folded;
  const stem = russian.stem(folded);
  return stem.length >= MIN_STEM ? stem : folded;
}

/** Stems only: no dictionary, less precise on vowel changes (посол/послом), fine for names. */
export function createSnowballMorphology(): Morphology {
  return {
    name: 'snowball',
    normalForms: (word) => [stemKey(word)],
  };
}
