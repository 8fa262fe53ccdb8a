// How much the editor changed the machine translation: HTER-style word edits and characters
// changed, per text, per row and for the whole document.
//
// Words are whitespace-separated tokens, punctuation included: "said," and "said" are different
// words, so adding or removing a comma after a word counts as one substitution. TER also counts
// moving a block of words as one shift; shifts are not searched for here (a moved phrase counts
// as its deletions and insertions), which makes the figure an upper bound of TER's.

import type { EditMeasure, Row } from '../model';

const NOTHING: EditMeasure = { words: 0, edits: 0, hter: 0, charsChanged: 0 };

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Levenshtein distance over two sequences of word ids, two rows of the table at a time. */
function wordDistance(a: Int32Array, b: Int32Array): number {
  // Common ends cost nothing and are most of a lightly edited sentence.
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n === 0) return m;
  if (m === 0) return n;
  let previous = new Int32Array(m + 1);
  let current = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previous[j] = j;
  for (let i = 1; i <= n; i++) {
    current[0] = i;
    const wordA = a[start + i - 1];
    for (let j = 1; j <= m; j++) {
      const substitute = previous[j - 1] + (wordA === b[start + j - 1] ? 0 : 1);
      const remove = previous[j] + 1;
      const insert = current[j - 1] + 1;
      current[j] = substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    [previous, current] = [current, previous];
  }
  return previous[m];
}

/**
 * Characters deleted plus characters inserted (a changed letter counts twice: out and in), that is
 * the lengths of both texts less twice their longest common subsequence. The LCS is computed
 * bit-parallel (Allison and Dix; Hyyrö): one pass over the current text with a bit per MT
 * character, 32 to a word, so a sentence costs a few hundred word operations.
 */
function charsChanged(a: string, b: string): number {
  let start = 0;
  const limit = Math.min(a.length, b.length);
  while (start < limit && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  if (m === 0 || n === 0) return m + n;
  const size = (m + 31) >>> 5;
  const masks = new Map<number, Uint32Array>();
  for (let i = 0; i < m; i++) {
    const code = a.charCodeAt(start + i);
    let mask = masks.get(code);
    if (!mask) {
      mask = new Uint32Array(size);
      masks.set(code, mask);
    }
    mask[i >>> 5] |= 1 << (i & 31);
  }
  // A zero bit in v marks an MT character taken into the common subsequence.
  const v = new Uint32Array(size).fill(0xffffffff);
  for (let j = 0; j < n; j++) {
    const mask = masks.get(b.charCodeAt(start + j));
    if (!mask) continue;
    let carry = 0;
    let borrow = 0;
    for (let k = 0; k < size; k++) {
      const word = v[k];
      const u = (word & mask[k]) >>> 0;
      const sum = word + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      const difference = word - u - borrow;
      borrow = difference < 0 ? 1 : 0;
      v[k] = ((sum >>> 0) | (difference >>> 0)) >>> 0;
    }
  }
  let common = 0;
  for (let i = 0; i < m; i++) if ((v[i >>> 5] & (1 << (i & 31))) === 0) common++;
  return m + n - 2 * common;
}

/**
 * The edits that turn the MT into the current text, against the current text's length. When the
 * current text is empty and the MT was not, everything was deleted: hter is 1 (not infinite), so
 * that emptied page furniture does not swamp the document's figure.
 */
export function measureEdit(mt: string, current: string): EditMeasure {
  if (mt === current) return { ...NOTHING, words: words(current).length };
  const mtWords = words(mt);
  const currentWords = words(current);
  const ids = new Map<string, number>();
  const idsOf = (list: string[]) => {
    const out = new Int32Array(list.length);
    list.forEach((word, k) => {
      let id = ids.get(word);
      if (id === undefined) {
        id = ids.size;
        ids.set(word, id);
      }
      out[k] = id;
    });
    return out;
  };
  const edits = wordDistance(idsOf(mtWords), idsOf(currentWords));
  return {
    words: currentWords.length,
    edits,
    hter: ratio(edits, currentWords.length),
    charsChanged: charsChanged(mt, current),
  };
}

function ratio(edits: number, words: number): number {
  if (edits === 0) return 0;
  return words === 0 ? 1 : edits / words;
}

function targetText(row: Row, side: 'original' | 'current'): string {
  return row.target.map((segment) => segment[side]).join(' ');
}

/**
 * Every row's target (its segments joined with a space), MT against current, and the sums over
 * the document. hter of the document is total edits over total words, so long sentences weigh
 * more than short ones, as in TER's corpus-level figure. Rows are listed only when their text changed.
 */
/** Measures of rows whose texts have not changed since they were measured, by row. */
export type MeasureCache = Map<Row, { mt: string; current: string; measure: EditMeasure }>;

export function measureDocument(rows: Row[], cache?: MeasureCache): {
  document: EditMeasure & { editedRows: number };
  rows: (EditMeasure & { row: number })[];
} {
  const document = { ...NOTHING, editedRows: 0 };
  const changed: (EditMeasure & { row: number })[] = [];
  for (const row of rows) {
    const mt = targetText(row, 'original');
    const current = targetText(row, 'current');
    const known = cache?.get(row);
    const measure = known && known.mt === mt && known.current === current ? known.measure : measureEdit(mt, current);
    if (cache && known?.measure !== measure) cache.set(row, { mt, current, measure });
    document.words += measure.words;
    document.edits += measure.edits;
    document.charsChanged += measure.charsChanged;
    if (mt !== current) {
      document.editedRows++;
      changed.push({ ...measure, row: row.position });
    }
  }
  document.hter = ratio(document.edits, document.words);
  return { document, rows: changed };
}
