// Parameters read off the texts: the length ratio before any alignment exists, then shape
// frequencies, length variance and how reliable each kind of anchor is from a first alignment.

import type { Bead } from '../model';
import type { SentenceFeatures } from './features';
import type { LengthModel } from './lengthCost';
import { shapeKey, type ScoreParams } from './scorer';

/** Gale & Church's variance (characters), used until the texts have given their own. */
const DEFAULT_VARIANCE = 6.8;

/** Gale & Church's shape frequencies; used as the prior that the texts' own counts refine. */
export const DEFAULT_SHAPE_PROBABILITY: Record<string, number> = {
  '1:1': 0.89,
  '1:0': 0.005,
  '0:1': 0.005,
  '2:1': 0.0445,
  '1:2': 0.0445,
  '2:2': 0.011,
  '3:1': 0.002,
  '1:3': 0.002,
};

/**
 * The refined pass scores every word with a learnt translation, and words are far from
 * independent evidence (a long sentence holds many of them): their log-likelihood ratios are
 * halved so that they do not drown the length model.
 */
const REFINED_FEATURE_WEIGHT = 0.5;

const sumLength = (sentences: readonly SentenceFeatures[]) => sentences.reduce((s, f) => s + f.length, 0);

export function initialLengthModel(source: readonly SentenceFeatures[], target: readonly SentenceFeatures[]): LengthModel {
  const ls = sumLength(source);
  const lt = sumLength(target);
  const ratio = ls > 0 && lt > 0 ? lt / ls : 1;
  return { ratio, variance: DEFAULT_VARIANCE * ratio };
}

export function initialParams(source: readonly SentenceFeatures[], target: readonly SentenceFeatures[]): ScoreParams {
  const shapeCost = new Map<string, number>();
  for (const [k, p] of Object.entries(DEFAULT_SHAPE_PROBABILITY)) shapeCost.set(k, -Math.log(p));
  return {
    length: initialLengthModel(source, target),
    shapeCost,
    paragraphMatch: 0,
    paragraphAlone: 3,
    featureWeight: 1,
    dropFeatureWeight: 1,
    // A heading or a line of page furniture is hardly ever translated together with a neighbour.
    openInSpan: 3,
    // Two units of different kinds (furniture against text) cost about as much as leaving one
    // of them without a partner; a pair that agrees in length and words still overcomes it.
    kindMismatch: 2.5,
  };
}

function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Refines shape costs, the length model and the paragraph costs from an alignment. */
export function reestimate(
  source: readonly SentenceFeatures[],
  target: readonly SentenceFeatures[],
  beads: readonly Bead[],
  previous: ScoreParams,
  priorWeight = 50,
): ScoreParams {
  const counts = new Map<string, number>();
  let textBeads = 0;
  let paraPairs = 0;
  let paraAlone = 0;
  let lenS = 0;
  let lenT = 0;
  const pairs: Array<[number, number]> = [];
  for (const b of beads) {
    const ds = b.sourceEnd - b.sourceStart;
    const dt = b.targetEnd - b.targetStart;
    const para =
      (ds === 1 && source[b.sourceStart].paragraph) || (dt === 1 && target[b.targetStart].paragraph);
    if (para) {
      if (ds === 1 && dt === 1) paraPairs += 1;
      else paraAlone += 1;
      continue;
    }
    textBeads += 1;
    const key = shapeKey(ds, dt);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (ds === 1 && dt === 1) {
      const a = source[b.sourceStart].length;
      const c = target[b.targetStart].length;
      lenS += a;
      lenT += c;
      pairs.push([a, c]);
    }
  }
  const shapeCost = new Map<string, number>();
  for (const [k, p] of Object.entries(DEFAULT_SHAPE_PROBABILITY)) {
    const prob = ((counts.get(k) ?? 0) + priorWeight * p) / (textBeads + priorWeight);
    shapeCost.set(k, -Math.log(prob));
  }
  let length = previous.length;
  if (pairs.length >= 20 && lenS > 0 && lenT > 0) {
    const ratio = lenT / lenS;
    // Median of squared normalised differences; for a normal variable it is 0.455 σ².
    const sq = pairs.map(([a, c]) => {
      const mean = (a + c / ratio) / 2;
      return mean > 0 ? (c - ratio * a) ** 2 / mean : 0;
    });
    const variance = Math.max(0.5, median(sq) / 0.455);
    length = { ratio, variance };
  }
  // Paragraph markers: a lone marker is as unlikely as markers are unpaired.
  const paraTotal = paraPairs * 2 + paraAlone;
  const alone = (paraAlone + 1) / (paraTotal + 2);
  return {
    ...previous,
    shapeCost,
    length,
    featureWeight: REFINED_FEATURE_WEIGHT,
    paragraphMatch: previous.paragraphMatch,
    paragraphAlone: Math.max(previous.paragraphAlone, -Math.log(alone)),
  };
}
