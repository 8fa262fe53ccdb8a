/**
 * How much a decoded text reads like Russian. Used to tell the Cyrillic single-byte encodings
 * apart when a statistical detector is unsure, which happens on short texts: KOI8-R read as
 * windows-1251 comes out mostly in capitals with letter pairs Russian never has, and IBM866 read
 * as windows-1251 turns half the alphabet into symbols (§, ¤, Ў).
 */

/** The sixty most frequent letter pairs of Russian news prose (ё folded to е), about 60% of all pairs. */
const COMMON_BIGRAMS = new Set(
  (
    'ст то но на ен ов ни ра ро ре по ко пр ос ор ер не го ск ли ал ан ет ка ла ел ит ол ва ри од ' +
    'ат ть от ле ом ие ес де ми да ны ин во ия тр ти ки ог ве об за те че ль ак ир ил ед до ой ий'
  ).split(' '),
);

/** Non-letters a Russian text legitimately has above ASCII: quotes, dashes, №, no-break space. */
const TYPOGRAPHY = new Set('«»„“”‘’‚—–…№°±•·€\u00a0\u00ad'.split(''));

const CYRILLIC = /[а-яё]/;
const LATIN = /[a-z]/i;
const WORD = /\p{L}+/gu;

export interface RussianScore {
  /** 0 (not Russian) … about 1 (fluent Russian). */
  score: number;
  /** Letter pairs looked at; the score of a text with few pairs is a weak signal. */
  pairs: number;
}

export function russianLetterScore(text: string): RussianScore {
  let nonAscii = 0;
  let plausible = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (TYPOGRAPHY.has(ch)) plausible++;
  }

  let cyrillicLetters = 0;
  let lowercase = 0;
  let wellCased = 0;
  let pairs = 0;
  let commonPairs = 0;
  for (const word of text.match(WORD) ?? []) {
    const lower = word.toLowerCase();
    let cyrillicInWord = 0;
    let latinInWord = false;
    for (let i = 0; i < word.length; i++) {
      const ch = lower[i];
      if (CYRILLIC.test(ch)) {
        cyrillicInWord++;
        if (word[i] === ch) lowercase++;
      } else if (LATIN.test(ch)) {
        latinInWord = true;
      }
    }
    if (cyrillicInWord === 0) continue;
    cyrillicLetters += cyrillicInWord;
    // A Cyrillic letter inside a Latin word is a misdecoded accent (café read as cafй), not Russian.
    if (latinInWord) continue;
    plausible += cyrillicInWord;
    if (isWellCased(word, lower)) wellCased += cyrillicInWord;
    const folded = lower.replace(/ё/g, 'е');
    for (let i = 0; i + 1 < folded.length; i++) {
      pairs++;
      if (COMMON_BIGRAMS.has(folded.slice(i, i + 2))) commonPairs++;
    }
  }

  if (nonAscii === 0 || cyrillicLetters === 0) return { score: 0, pairs };
  const plausibleShare = Math.min(1, plausible / nonAscii);
  const bigramShare = pairs === 0 ? 0 : commonPairs / pairs;
  const lowercaseShare = lowercase / cyrillicLetters;
  const wellCasedShare = plausible === 0 ? 0 : wellCased / cyrillicLetters;
  // Misdecoding between windows-1251 and KOI8-R swaps the case of every letter. Lower-case share
  // alone would then favour the wrong reading of an all-capitals headline, so the case pattern of
  // whole words (Москва, москва, МОСКВА fine; мОСКВА not) carries the weight, and bigrams most of all.
  return { score: plausibleShare * (bigramShare + 0.25 * wellCasedShare + 0.05 * lowercaseShare), pairs };
}

function isWellCased(word: string, lower: string): boolean {
  if (word === lower) return true;
  const rest = word.slice(1);
  if (rest === lower.slice(1)) return true;
  return rest === rest.toUpperCase() && word[0] === word[0].toUpperCase();
}
