// Blocks the sentence alignment must keep to: once paragraphs are aligned, a sentence bead
// may only pair sentences of the same paragraph bead. A block is a rectangle of the matrix;
// blocks follow each other corner to corner and cover both texts.

import type { Band, Corner } from './band';

export interface Blocks {
  /** Block of each source sentence / target sentence. */
  ofSource: Int32Array;
  ofTarget: Int32Array;
  /** Sentence ranges of each block: [start, end) on each side. */
  sourceStart: Int32Array;
  sourceEnd: Int32Array;
  targetStart: Int32Array;
  targetEnd: Int32Array;
}

/** Blocks from consecutive [sourceStart, sourceEnd) × [targetStart, targetEnd) rectangles. */
export function makeBlocks(
  rects: ReadonlyArray<{ sourceStart: number; sourceEnd: number; targetStart: number; targetEnd: number }>,
  nSource: number,
  nTarget: number,
): Blocks {
  const blocks: Blocks = {
    ofSource: new Int32Array(nSource),
    ofTarget: new Int32Array(nTarget),
    sourceStart: Int32Array.from(rects, (r) => r.sourceStart),
    sourceEnd: Int32Array.from(rects, (r) => r.sourceEnd),
    targetStart: Int32Array.from(rects, (r) => r.targetStart),
    targetEnd: Int32Array.from(rects, (r) => r.targetEnd),
  };
  rects.forEach((r, k) => {
    blocks.ofSource.fill(k, r.sourceStart, r.sourceEnd);
    blocks.ofTarget.fill(k, r.targetStart, r.targetEnd);
  });
  return blocks;
}

/** The band that holds every block, and nothing between them. */
export function blockBand(blocks: Blocks, nSource: number, nTarget: number): Band {
  const lo = new Int32Array(nSource + 1).fill(nTarget);
  const hi = new Int32Array(nSource + 1).fill(0);
  for (let k = 0; k < blocks.sourceStart.length; k++) {
    for (let i = blocks.sourceStart[k]; i <= blocks.sourceEnd[k]; i++) {
      lo[i] = Math.min(lo[i], blocks.targetStart[k]);
      hi[i] = Math.max(hi[i], blocks.targetEnd[k]);
    }
  }
  return { lo, hi };
}

/** The blocks' corners, a broken line for the first band to follow. */
export function blockCorners(blocks: Blocks): Corner[] {
  const corners: Corner[] = [[0, 0]];
  for (let k = 0; k < blocks.sourceStart.length; k++) corners.push([blocks.sourceEnd[k], blocks.targetEnd[k]]);
  return corners;
}

/** Whether the bead [i0, i1) × [j0, j1) lies inside one block. */
export function insideBlock(blocks: Blocks, i0: number, i1: number, j0: number, j1: number): boolean {
  if (i1 > i0) {
    const k = blocks.ofSource[i0];
    if (blocks.ofSource[i1 - 1] !== k) return false;
    if (j1 > j0) return blocks.ofTarget[j0] === k && blocks.ofTarget[j1 - 1] === k;
    return j0 >= blocks.targetStart[k] && j0 <= blocks.targetEnd[k];
  }
  if (j1 > j0) {
    const k = blocks.ofTarget[j0];
    if (blocks.ofTarget[j1 - 1] !== k) return false;
    return i0 >= blocks.sourceStart[k] && i0 <= blocks.sourceEnd[k];
  }
  return true;
}
