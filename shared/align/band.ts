// The search space of the dynamic programme: for every source position i (0…n), the range of
// target positions [lo[i], hi[i]] it may be paired with. Keeping it a band around a guessed
// path makes time and memory grow with the text's length instead of its square.

import type { Bead } from '../model';

export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A point the guessed path goes through: i source and j target sentences consumed. */
export type Corner = readonly [number, number];

function clampMonotone(lo: Int32Array, hi: Int32Array, nTarget: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = nTarget;
  for (let i = 1; i <= n; i++) lo[i] = Math.max(lo[i], lo[i - 1]);
  for (let i = n - 1; i >= 0; i--) hi[i] = Math.min(hi[i], hi[i + 1]);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.min(Math.max(lo[i], 0), nTarget);
    hi[i] = Math.min(Math.max(hi[i], lo[i]), nTarget);
  }
  return { lo, hi };
}

/** The whole matrix. */
export function fullBand(nSource: number, nTarget: number): Band {
  return { lo: new Int32Array(nSource + 1), hi: new Int32Array(nSource + 1).fill(nTarget) };
}

/** Half-widths of a band, row by row, so that it can grow where it proved too narrow. */
export type Widths = Int32Array;

export function uniformWidths(nSource: number, width: number): Widths {
  return new Int32Array(nSource + 1).fill(width);
}

/**
 * Positions within `width[i]` of the broken line through `corners` (monotone, from (0, 0) to
 * (nSource, nTarget)); with just those two corners, a band around the diagonal.
 */
export function guideBand(corners: readonly Corner[], nSource: number, nTarget: number, width: Widths): Band {
  const lo = new Int32Array(nSource + 1).fill(nTarget);
  const hi = new Int32Array(nSource + 1).fill(0);
  const widen = (i: number, a: number, b: number) => {
    if (a - width[i] < lo[i]) lo[i] = a - width[i];
    if (b + width[i] > hi[i]) hi[i] = b + width[i];
  };
  for (let k = 0; k + 1 < corners.length; k++) {
    const [i0, j0] = corners[k];
    const [i1, j1] = corners[k + 1];
    if (i1 === i0) {
      widen(i0, j0, j1);
      continue;
    }
    const slope = (j1 - j0) / (i1 - i0);
    for (let i = i0; i <= i1; i++) {
      const a = j0 + slope * (i - i0);
      // A steep line crosses row i over a stretch of columns, not at one point.
      const reach = Math.max(0, slope - 1) / 2;
      widen(i, Math.floor(a - reach), Math.ceil(a + reach));
    }
  }
  widen(0, 0, 0);
  widen(nSource, nTarget, nTarget);
  return clampMonotone(lo, hi, nTarget);
}

/** Positions within `width[i]` of a previous alignment's path. */
export function pathBand(beads: readonly Bead[], nSource: number, nTarget: number, width: Widths): Band {
  const corners: Corner[] = [[0, 0]];
  for (const b of beads) corners.push([b.sourceEnd, b.targetEnd]);
  return guideBand(corners, nSource, nTarget, width);
}

/** The band allowed by both. */
export function intersect(a: Band, b: Band): Band {
  const n = a.lo.length;
  const lo = new Int32Array(n);
  const hi = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    lo[i] = Math.max(a.lo[i], b.lo[i]);
    hi[i] = Math.max(lo[i], Math.min(a.hi[i], b.hi[i]));
  }
  return { lo, hi };
}

/**
 * Rows where a path runs along the band's border and the border is not that of `limits` (the
 * matrix, or the blocks the path must keep to): the best path may lie outside there.
 */
export function edgeRows(beads: readonly Bead[], band: Band, limits: Band, margin = 2): number[] {
  const rows: number[] = [];
  for (const b of beads) {
    const i = b.sourceEnd;
    const j = b.targetEnd;
    if ((band.lo[i] > limits.lo[i] && j - band.lo[i] < margin) || (band.hi[i] < limits.hi[i] && band.hi[i] - j < margin)) {
      rows.push(i);
    }
  }
  return rows;
}

/**
 * Doubles the band's width around the rows where the path met its edge (and as far again
 * on either side), leaving the rest as narrow as it was. The same widths if no row is given.
 */
export function widenAround(width: Widths, rows: readonly number[]): Widths {
  if (rows.length === 0) return width;
  const out = width.slice();
  for (const i of rows) {
    const w = width[i] * 2;
    for (let r = Math.max(0, i - w); r <= Math.min(width.length - 1, i + w); r++) if (out[r] < w) out[r] = w;
  }
  return out;
}

/** Whether the band already covers all of `limits`. */
export function covers(band: Band, limits: Band): boolean {
  for (let i = 0; i < band.lo.length; i++) {
    if (band.lo[i] > limits.lo[i] || band.hi[i] < limits.hi[i]) return false;
  }
  return true;
}

export function bandCells(band: Band): number {
  let cells = 0;
  for (let i = 0; i < band.lo.length; i++) cells += band.hi[i] - band.lo[i] + 1;
  return cells;
}
