// A first guess at the path, before any dynamic programming: rare anchors (a name or a number
// that occurs once or twice in each text) pin points (i, j) where the two texts say the same
// thing, and the longest chain of such points that goes forward on both sides is the guess.
// The first band follows it, so a text whose translation lacks a whole page still fits a
// narrow band.

import type { Corner } from './band';
import type { SentenceFeatures } from './features';

/** Anchors occurring more often than this on either side pin nothing. */
const MAX_OCCURRENCES = 2;

function occurrences(sentences: readonly SentenceFeatures[], size: number): number[][] {
  const out: number[][] = Array.from({ length: size }, () => []);
  sentences.forEach((f, i) => {
    for (const a of f.anchors) if (out[a].length <= MAX_OCCURRENCES) out[a].push(i);
  });
  return out;
}

/** Indices of a longest chain of points strictly increasing in both coordinates. */
function longestChain(points: ReadonlyArray<readonly [number, number]>): number[] {
  // Patience sorting on j, points taken by increasing i (and decreasing j within one i, so two
  // points of one source sentence never chain).
  const order = points.map((_, k) => k).sort((a, b) => points[a][0] - points[b][0] || points[b][1] - points[a][1]);
  const tails: number[] = [];
  const previous = new Int32Array(points.length).fill(-1);
  for (const k of order) {
    const j = points[k][1];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (points[tails[mid]][1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = tails[lo - 1];
    tails[lo] = k;
  }
  const chain: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1] : -1; k >= 0; k = previous[k]) chain.push(k);
  return chain.reverse();
}

/** Corners from (0, 0) to (nSource, nTarget) through the chain of rare shared anchors. */
export function anchorGuide(
  source: readonly SentenceFeatures[],
  target: readonly SentenceFeatures[],
  anchorCount: number,
): Corner[] {
  const nS = source.length;
  const nT = target.length;
  const inS = occurrences(source, anchorCount);
  const inT = occurrences(target, anchorCount);
  const points: Array<[number, number]> = [];
  for (let a = 0; a < anchorCount; a++) {
    if (inS[a].length === 0 || inS[a].length > MAX_OCCURRENCES) continue;
    if (inT[a].length === 0 || inT[a].length > MAX_OCCURRENCES) continue;
    for (const i of inS[a]) for (const j of inT[a]) points.push([i, j]);
  }
  const corners: Corner[] = [[0, 0]];
  for (const k of longestChain(points)) {
    const [i, j] = points[k];
    // A corner is where the path stands before the pinned pair, so (i, j) as given.
    if (i > 0 && j > 0 && i < nS && j < nT) corners.push([i, j]);
  }
  corners.push([nS, nT]);
  return corners;
}
