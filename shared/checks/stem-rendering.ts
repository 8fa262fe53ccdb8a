// The approved English of a term said with other forms of its words: "Russian Foreign Minister"
// for "Russian Foreign Ministry" (глава МИД России), "Ukrainian Armed Forces" for "Armed Forces of
// Ukraine". Such a translation is not missing the term; when the words are also reordered it is
// another construction of the same name, which the house style may want replaced.

import { englishWords, type EnglishWord } from '../terms/render-english';

const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'and', 'a', 'an', 'in', 'on', 'at', 'to', 'by', 'with']);
/** Two words are forms of one word when they share this much of their beginning (Ukraine/Ukrainian). */
const SHARED_PREFIX = 5;
/** How many words other than the term's own may sit between them (a "the", an "'s"). */
const SLACK = 2;

export interface StemRendering {
  start: number;
  end: number;
  text: string;
  /** The content words come in the order of the approved term. */
  inOrder: boolean;
}

function contentWords(text: string): string[] {
  return englishWords(text)
    .map((w) => w.text.toLowerCase().replace(/['’]s$/, ''))
    .filter((w) => !FUNCTION_WORDS.has(w));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shared = Math.min(a.length, b.length);
  if (shared < SHARED_PREFIX) return false;
  let k = 0;
  while (k < shared && a[k] === b[k]) k++;
  return k >= SHARED_PREFIX;
}

/**
 * The shortest run of target words holding a form of every content word of `approved` (in any
 * order, with at most SLACK other words), or null. Terms of one content word are left out: a
 * single shared stem says too little (Russia, Russian).
 */
export function findStemRendering(target: string, approved: string): StemRendering | null {
  const want = contentWords(approved);
  if (want.length < 2) return null;
  const words: EnglishWord[] = englishWords(target);
  const lower = words.map((w) => w.text.toLowerCase().replace(/['’]s$/, ''));
  let best: StemRendering | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!want.some((w) => sameWord(w, lower[i]))) continue;
    const used = new Array<boolean>(want.length).fill(false);
    const order: number[] = [];
    let extra = 0;
    for (let j = i; j < words.length && j - i < want.length + SLACK; j++) {
      const k = want.findIndex((w, n) => !used[n] && sameWord(w, lower[j]));
      if (k < 0) {
        if (!FUNCTION_WORDS.has(lower[j]) && ++extra > SLACK) break;
        continue;
      }
      used[k] = true;
      order.push(k);
      if (order.length === want.length) {
        const start = words[i].start;
        const end = words[j].end;
        const found = { start, end, text: target.slice(start, end), inOrder: order.every((n, x) => x === 0 || n > order[x - 1]) };
        if (!best || found.end - found.start < best.end - best.start) best = found;
        break;
      }
    }
  }
  return best;
}
