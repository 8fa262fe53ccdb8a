// The dynamic programme over a band: the cheapest sequence of beads from (0, 0) to
// (nSource, nTarget), each bead one of the allowed shapes, costed by the caller.

import type { Bead } from '../model';
import type { Band } from './band';

/** [source sentences, target sentences] of a bead shape. */
export type Shape = readonly [number, number];

/**
 * Scores beads for the programme. The cost comes back through a typed array rather than as a
 * return value: the programme asks millions of times, and a returned fraction would be boxed.
 */
export interface BeadScorer {
  /** Writes the cost of the bead [sourceStart, sourceEnd) × [targetStart, targetEnd) to cost[0]. */
  score(sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): void;
  readonly cost: Float64Array;
}

export function bandedAlign(
  nSource: number,
  nTarget: number,
  band: Band,
  shapes: readonly Shape[],
  scorer: BeadScorer,
): Bead[] | null {
  const out = scorer.cost;
  const { lo, hi } = band;
  const offset = new Int32Array(nSource + 2);
  for (let i = 0; i <= nSource; i++) offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
  const total = offset[nSource + 1];
  const best = new Float64Array(total).fill(Infinity);
  const back = new Uint8Array(total).fill(255);
  best[0] = 0;

  for (let i = 0; i <= nSource; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      if (i === 0 && j === 0) continue;
      let min = Infinity;
      let arg = 255;
      for (let k = 0; k < shapes.length; k++) {
        const i0 = i - shapes[k][0];
        const j0 = j - shapes[k][1];
        if (i0 < 0 || j0 < 0 || j0 < lo[i0] || j0 > hi[i0]) continue;
        const prev = best[offset[i0] + j0 - lo[i0]];
        if (prev === Infinity) continue;
        scorer.score(i0, i, j0, j);
        const c = prev + out[0];
        if (c < min) {
          min = c;
          arg = k;
        }
      }
      const at = offset[i] + j - lo[i];
      best[at] = min;
      back[at] = arg;
    }
  }

  if (best[total - 1] === Infinity) return null;
  const beads: Bead[] = [];
  let i = nSource;
  let j = nTarget;
  while (i > 0 || j > 0) {
    const k = back[offset[i] + j - lo[i]];
    const i0 = i - shapes[k][0];
    const j0 = j - shapes[k][1];
    beads.push({ sourceStart: i0, sourceEnd: i, targetStart: j0, targetEnd: j });
    i = i0;
    j = j0;
  }
  return beads.reverse();
}
