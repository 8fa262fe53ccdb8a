// Gale & Church's length model: the translation of a span of c characters has about
// ratio·c characters, with a variance that grows with c. The cost of a bead is the negative
// log probability of a length difference at least as large as the one seen.


/** log(erfc(x)) for x ≥ 0, from the Chebyshev fit in Numerical Recipes (rel. error < 1.2e-7). */
export function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 +
    t * (0.37409196 +
    t * (0.09678418 +
    t * (-0.18628806 +
    t * (0.27886807 +
    t * (-1.13520398 +
    t * (1.48851587 +
    t * (-0.82215223 +
    t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

export interface LengthModel {
  /** Target characters per source character, estimated from the texts. */
  ratio: number;
  /** Variance of target length per source character. */
  variance: number;
}

/** Share of beads whose length difference follows the wide law, and how much wider it is. */
const TAIL_SHARE = 0.05;
const TAIL_SCALE = 3;
const LOG_CORE = Math.log(1 - TAIL_SHARE);
const LOG_TAIL = Math.log(TAIL_SHARE);

function mixtureCost(delta: number): number {
  // 2·(1 − Φ(δ)) = erfc(δ/√2)
  const core = LOG_CORE + logErfc(delta / Math.SQRT2);
  const tail = LOG_TAIL + logErfc(delta / (TAIL_SCALE * Math.SQRT2));
  const top = Math.max(core, tail);
  return -(top + Math.log(Math.exp(core - top) + Math.exp(tail - top)));
}

// The programme asks for millions of these; a table with linear interpolation is exact enough.
const STEPS_PER_UNIT = 64;
const TABLE_END = 32;
const TABLE = Float64Array.from({ length: TABLE_END * STEPS_PER_UNIT + 2 }, (_, k) => mixtureCost(k / STEPS_PER_UNIT));

/**
 * −log P(|δ| ≥ observed) for a bead of `sourceLength` against `targetLength` characters.
 * Real length differences have a heavier tail than a normal law: a share of beads (a free
 * rendering, a sentence padded or cut) is modelled with a variance several times larger, so one
 * odd pair costs a few nats instead of dozens and the shared words can still speak.
 */
export function lengthCost(sourceLength: number, targetLength: number, model: LengthModel): number {
  const mean = (sourceLength + targetLength / model.ratio) / 2;
  if (mean <= 0) return 0;
  const delta = Math.abs(targetLength - model.ratio * sourceLength) / Math.sqrt(model.variance * mean);
  if (delta >= TABLE_END) return mixtureCost(delta);
  const x = delta * STEPS_PER_UNIT;
  const k = x | 0;
  const frac = x - k;
  return TABLE[k] + (TABLE[k + 1] - TABLE[k]) * frac;
}
