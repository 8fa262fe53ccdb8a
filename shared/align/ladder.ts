// Ladders: the plain-text alignment format of hunalign and of hand-aligned corpora. A rung
// "i j" says a bead starts at source sentence i and target sentence j (0-based); the last rung
// holds the two sentence counts. A third column (a score) may follow and is ignored.

import type { Bead } from '../model';

export type Rung = [number, number];

/** One rung per bead start, then the final rung (nSource, nTarget). */
export function beadsToLadder(beads: readonly Bead[], nSource: number, nTarget: number): Rung[] {
  const rungs: Rung[] = beads.map((b) => [b.sourceStart, b.targetStart]);
  rungs.push([nSource, nTarget]);
  return rungs;
}

export function formatLadder(rungs: readonly (readonly [number, number])[]): string {
  return rungs.map(([i, j]) => `${i} ${j}\n`).join('');
}

/** Reads a ladder; blank lines are skipped, any other line must start with two counts. */
export function parseLadder(text: string): Rung[] {
  const rungs: Rung[] = [];
  text.split(/\r?\n/).forEach((line, n) => {
    const cols = line.trim().split(/\s+/);
    if (cols[0] === '') return;
    if (cols.length < 2 || !/^\d+$/.test(cols[0]) || !/^\d+$/.test(cols[1])) {
      throw new Error(`ladder line ${n + 1}: expected "i j", got "${line}"`);
    }
    rungs.push([Number(cols[0]), Number(cols[1])]);
  });
  return rungs;
}

/**
 * Beads between consecutive rungs. The ladder implicitly starts at (0, 0); repeated rungs are
 * skipped; a rung going back on either side is an error.
 */
export function ladderToBeads(rungs: readonly (readonly [number, number])[]): Bead[] {
  const beads: Bead[] = [];
  let [i, j] = [0, 0];
  for (const [a, b] of rungs) {
    if (a < i || b < j) throw new Error(`ladder goes back: (${i}, ${j}) then (${a}, ${b})`);
    if (a === i && b === j) continue;
    beads.push({ sourceStart: i, sourceEnd: a, targetStart: j, targetEnd: b });
    [i, j] = [a, b];
  }
  return beads;
}
