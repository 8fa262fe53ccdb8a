// Word pairs learnt from a first alignment of the texts themselves (no dictionary is given):
// words that keep turning up together in the sentences a first pass paired one to one.
// Punctuation tokens take part too, so the lexicon also learns that, say, a dialogue dash on
// one side goes with quotation marks on the other.

import type { Bead } from '../model';

export interface LexiconOptions {
  /** Fewest co-occurrences for a pair to count. */
  minCount?: number;
  /** Least Dice coefficient 2·c(s,t) / (c(s) + c(t)). */
  minDice?: number;
  /** Most translations kept per word, each side. */
  maxLinks?: number;
}

export interface Lexicon {
  /** Linked word pairs, as two parallel lists of word ids. */
  source: Int32Array;
  target: Int32Array;
  /** Per word id: the share of its sentences whose partner holds one of its translations. */
  sourceHitRate: Float64Array;
  targetHitRate: Float64Array;
}

/** Per id, the list of sentence pairs (by index) it occurs in, in compressed rows. */
function occurrences(rows: readonly Int32Array[], size: number): { offset: Int32Array; list: Int32Array } {
  const offset = new Int32Array(size + 1);
  for (const row of rows) for (let k = 0; k < row.length; k++) offset[row[k] + 1] += 1;
  for (let id = 0; id < size; id++) offset[id + 1] += offset[id];
  const list = new Int32Array(offset[size]);
  const fill = offset.slice(0, size);
  rows.forEach((row, r) => {
    for (let k = 0; k < row.length; k++) list[fill[row[k]]++] = r;
  });
  return { offset, list };
}

export function learnLexicon(
  sourceWords: readonly Int32Array[],
  targetWords: readonly Int32Array[],
  sourceSize: number,
  targetSize: number,
  beads: readonly Bead[],
  options: LexiconOptions = {},
): Lexicon {
  const minCount = options.minCount ?? 2;
  const minDice = options.minDice ?? 0.3;
  const maxLinks = options.maxLinks ?? 3;
  const rowsS: Int32Array[] = [];
  const rowsT: Int32Array[] = [];
  for (const b of beads) {
    if (b.sourceEnd - b.sourceStart !== 1 || b.targetEnd - b.targetStart !== 1) continue;
    const s = sourceWords[b.sourceStart];
    const t = targetWords[b.targetStart];
    if (s.length && t.length) {
      rowsS.push(s);
      rowsT.push(t);
    }
  }
  const occS = occurrences(rowsS, sourceSize);
  const occT = occurrences(rowsT, targetSize);
  const df = (occ: { offset: Int32Array }, id: number) => occ.offset[id + 1] - occ.offset[id];

  // Co-occurrence counts one source word at a time, over the sentence pairs it occurs in:
  // a dense counter per target word is far cheaper than a map keyed by word pairs.
  const counter = new Int32Array(targetSize);
  const touched: number[] = [];
  const candS: number[] = [];
  const candT: number[] = [];
  const candDice: number[] = [];
  for (let s = 0; s < sourceSize; s++) {
    const dfs = df(occS, s);
    if (dfs < minCount) continue;
    for (let k = occS.offset[s]; k < occS.offset[s + 1]; k++) {
      const row = rowsT[occS.list[k]];
      for (let x = 0; x < row.length; x++) {
        const t = row[x];
        if (counter[t]++ === 0) touched.push(t);
      }
    }
    for (const t of touched) {
      const c = counter[t];
      counter[t] = 0;
      if (c < minCount) continue;
      const dice = (2 * c) / (dfs + df(occT, t));
      if (dice >= minDice) {
        candS.push(s);
        candT.push(t);
        candDice.push(dice);
      }
    }
    touched.length = 0;
  }

  const order = Array.from(candDice.keys()).sort((a, b) => candDice[b] - candDice[a] || a - b);
  const linksS = new Int32Array(sourceSize);
  const linksT = new Int32Array(targetSize);
  const pairS: number[] = [];
  const pairT: number[] = [];
  const linked: number[][] = [];
  for (const k of order) {
    const s = candS[k];
    const t = candT[k];
    if (linksS[s] >= maxLinks || linksT[t] >= maxLinks) continue;
    linksS[s] += 1;
    linksT[t] += 1;
    (linked[s] ??= []).push(t);
    pairS.push(s);
    pairT.push(t);
  }

  // How reliably each linked word finds a translation in its partner sentence.
  const hitsS = new Float64Array(sourceSize);
  const hitsT = new Float64Array(targetSize);
  const mark = new Int32Array(targetSize).fill(-1);
  const found = new Int32Array(targetSize).fill(-1);
  rowsS.forEach((s, r) => {
    const t = rowsT[r];
    for (let x = 0; x < t.length; x++) mark[t[x]] = r;
    for (let x = 0; x < s.length; x++) {
      const translations = linked[s[x]];
      if (!translations) continue;
      let hit = false;
      for (const b of translations) {
        if (mark[b] === r) {
          hit = true;
          found[b] = r;
        }
      }
      if (hit) hitsS[s[x]] += 1;
    }
    for (let x = 0; x < t.length; x++) if (found[t[x]] === r) hitsT[t[x]] += 1;
  });
  const smooth = (hits: Float64Array, occ: { offset: Int32Array }) =>
    hits.map((h, id) => (h + 0.5) / (df(occ, id) + 1));
  return {
    source: Int32Array.from(pairS),
    target: Int32Array.from(pairT),
    sourceHitRate: smooth(hitsS, occS),
    targetHitRate: smooth(hitsT, occT),
  };
}
