// The sentence aligner. A first pass pairs sentences by length and by the anchors both sides
// share, in a band around a guessed path (a chain of rare shared anchors, or the corners of
// aligned paragraphs) that grows where the best path runs along its edge. The texts then give
// their own parameters (length ratio and variance, shape frequencies, anchor reliability) and
// a lexicon of word pairs, and a second pass realigns with all of it in a narrow band around
// the first path.

import type { Bead } from '../model';
import {
  bandCells,
  covers,
  edgeRows,
  fullBand,
  guideBand,
  intersect,
  pathBand,
  uniformWidths,
  widenAround,
  type Band,
  type Corner,
  type Widths,
} from './band';
import { blockBand, blockCorners, type Blocks } from './blocks';
import { bandedAlign, type Shape } from './dp';
import { extractFeatures, type SentenceFeatures, type TextFeatures } from './features';
import { initialParams, reestimate } from './estimate';
import { learnLexicon } from './lexicon';
import { anchorGuide } from './guide';
import { FeatureLinks } from './links';
import { FIRST_PASS_SHAPES, makeBeadCost, SHAPES, type ScoreParams } from './scorer';

export interface AlignOptions {
  /** Stop after the first pass (no lexicon learnt from the texts). */
  singlePass?: boolean;
  /** Half-width of the first band; it doubles while the path reaches its edge. */
  initialBandWidth?: number;
  /** Half-width of the band around the first path for the second pass. */
  refineBandWidth?: number;
  /** Beads may not cross these blocks' borders (paragraph beads). */
  blocks?: Blocks;
}

/** How often an anchor of each kind finds its counterpart on the other side, before measuring. */
const DEFAULT_ANCHOR_HIT: Record<string, number> = { n: 0.9, w: 0.8, p: 0.8, s: 0.9 };

const anchorKind = (key: string) => key.slice(0, key.indexOf(':'));

/** Anchors pair with themselves: the same key on both sides. */
function anchorPairs(count: number): { source: Int32Array; target: Int32Array } {
  const ids = Int32Array.from({ length: count }, (_, k) => k);
  return { source: ids, target: ids };
}

/** Anchor reliability per kind, measured on the one-to-one beads of an alignment. */
function anchorHitRates(text: TextFeatures, beads: readonly Bead[]): Record<string, number> {
  const kinds = text.anchors.map(anchorKind);
  const hits: Record<string, number> = {};
  const totals: Record<string, number> = {};
  const count = (mine: Int32Array, other: Int32Array) => {
    for (const a of mine) {
      const k = kinds[a];
      totals[k] = (totals[k] ?? 0) + 1;
      if (other.includes(a)) hits[k] = (hits[k] ?? 0) + 1;
    }
  };
  for (const b of beads) {
    if (b.sourceEnd - b.sourceStart !== 1 || b.targetEnd - b.targetStart !== 1) continue;
    count(text.source[b.sourceStart].anchors, text.target[b.targetStart].anchors);
    count(text.target[b.targetStart].anchors, text.source[b.sourceStart].anchors);
  }
  const rates: Record<string, number> = {};
  for (const [k, prior] of Object.entries(DEFAULT_ANCHOR_HIT)) {
    rates[k] = ((hits[k] ?? 0) + 10 * prior) / ((totals[k] ?? 0) + 10);
  }
  return rates;
}

interface Problem {
  source: readonly SentenceFeatures[];
  target: readonly SentenceFeatures[];
  limits: Band;
  blocks?: Blocks;
}

function runBanded(
  problem: Problem,
  params: ScoreParams,
  links: FeatureLinks,
  makeBand: (width: Widths) => Band,
  width: number,
  shapes: readonly Shape[],
): Bead[] {
  const { source, target, limits, blocks } = problem;
  let widths = uniformWidths(source.length, width);
  // Past this many cells the band stops growing: time and memory stay bounded, and a path
  // that still presses on the edge then is a guess on texts that barely correspond anyway.
  const budget = Math.max(1_000_000, 100 * (source.length + target.length));
  for (;;) {
    const band = intersect(makeBand(widths), limits);
    const scorer = makeBeadCost(source, target, params, links, band, blocks);
    const beads = bandedAlign(source.length, target.length, band, shapes, scorer);
    if (covers(band, limits)) return beads ?? unaligned(source.length, target.length);
    const next = beads ? widenAround(widths, edgeRows(beads, band, limits)) : widths.map((w) => w * 2);
    if (beads && (next === widths || bandCells(intersect(makeBand(next), limits)) > budget)) return beads;
    widths = next;
  }
}

/** Every sentence on its own; only reached when one side is empty. */
function unaligned(nS: number, nT: number): Bead[] {
  const beads: Bead[] = [];
  for (let i = 0; i < nS; i++) beads.push({ sourceStart: i, sourceEnd: i + 1, targetStart: 0, targetEnd: 0 });
  for (let j = 0; j < nT; j++) beads.push({ sourceStart: nS, sourceEnd: nS, targetStart: j, targetEnd: j + 1 });
  return beads;
}

export interface Pass {
  beads: Bead[];
  params: ScoreParams;
  links: FeatureLinks;
}

function problemOf(source: readonly SentenceFeatures[], target: readonly SentenceFeatures[], blocks?: Blocks): Problem {
  const limits = blocks ? blockBand(blocks, source.length, target.length) : fullBand(source.length, target.length);
  return { source, target, limits, blocks };
}

/** Length and shared anchors only, in a band around the diagonal or the blocks' corners. */
export function firstPass(text: TextFeatures, options: AlignOptions = {}): Pass {
  const { source, target } = text;
  const nS = source.length;
  const nT = target.length;
  const problem = problemOf(source, target, options.blocks);
  const params = initialParams(source, target);
  const hit = Float64Array.from(text.anchors, (key) => DEFAULT_ANCHOR_HIT[anchorKind(key)] ?? 0.8);
  const links = new FeatureLinks({
    source: source.map((f) => f.anchors),
    target: target.map((f) => f.anchors),
    sourceSize: text.anchors.length,
    targetSize: text.anchors.length,
    pairs: anchorPairs(text.anchors.length),
    sourceHitRate: hit,
    targetHitRate: hit,
    countedSource: source.map((f) => !f.paragraph),
    countedTarget: target.map((f) => !f.paragraph),
  });
  const corners: Corner[] = options.blocks
    ? blockCorners(options.blocks)
    : anchorGuide(source, target, text.anchors.length);
  // A quarter of the square root of the length (21 for 7,000 sentences) around the guessed
  // path; the band doubles wherever the path proves it too narrow.
  const width = options.initialBandWidth ?? Math.max(16, Math.ceil(Math.sqrt(Math.max(nS, nT)) / 4));
  const beads = runBanded(problem, params, links, (w) => guideBand(corners, nS, nT, w), width, FIRST_PASS_SHAPES);
  return { beads, params, links };
}

/** Feature ids of the refined pass: anchors first, then the side's words. */
function withWords(sentences: readonly SentenceFeatures[], anchorCount: number): Int32Array[] {
  return sentences.map((f) => {
    const ids = new Int32Array(f.anchors.length + f.words.length);
    ids.set(f.anchors);
    for (let k = 0; k < f.words.length; k++) ids[f.anchors.length + k] = anchorCount + f.words[k];
    return ids;
  });
}

/** Parameters and a lexicon read off a previous pass, in a narrow band around its path. */
export function refinePass(text: TextFeatures, previous: Pass, options: AlignOptions = {}): Pass {
  const { source, target } = text;
  const nS = source.length;
  const nT = target.length;
  const nA = text.anchors.length;
  const problem = problemOf(source, target, options.blocks);
  const params = reestimate(source, target, previous.beads, previous.params);
  const lexicon = learnLexicon(
    source.map((f) => f.words),
    target.map((f) => f.words),
    text.sourceWords.length,
    text.targetWords.length,
    previous.beads,
  );
  const anchorHit = anchorHitRates(text, previous.beads);
  const anchorRates = text.anchors.map((key) => anchorHit[anchorKind(key)] ?? 0.8);
  const concat = (a: ArrayLike<number>, b: ArrayLike<number>, shift = 0) => {
    const out = new Float64Array(a.length + b.length);
    out.set(a);
    for (let k = 0; k < b.length; k++) out[a.length + k] = b[k] + shift;
    return out;
  };
  const anchors = anchorPairs(nA);
  const links = new FeatureLinks({
    source: withWords(source, nA),
    target: withWords(target, nA),
    sourceSize: nA + text.sourceWords.length,
    targetSize: nA + text.targetWords.length,
    pairs: {
      source: Int32Array.from(concat(anchors.source, lexicon.source, nA)),
      target: Int32Array.from(concat(anchors.target, lexicon.target, nA)),
    },
    sourceHitRate: concat(anchorRates, lexicon.sourceHitRate),
    targetHitRate: concat(anchorRates, lexicon.targetHitRate),
    countedSource: source.map((f) => !f.paragraph),
    countedTarget: target.map((f) => !f.paragraph),
    // A word left untranslated, or rendered by a pronoun or a paraphrase, is common; a word
    // found says more than a word missed.
    missWeight: 0.25,
  });
  const width = options.refineBandWidth ?? 4;
  const beads = runBanded(problem, params, links, (w) => pathBand(previous.beads, nS, nT, w), width, SHAPES);
  return { beads, params, links };
}

export function alignFeatures(text: TextFeatures, options: AlignOptions = {}): Bead[] {
  const nS = text.source.length;
  const nT = text.target.length;
  if (nS === 0 || nT === 0) return unaligned(nS, nT);
  const first = firstPass(text, options);
  if (options.singlePass) return first.beads;
  return refinePass(text, first, options).beads;
}

/**
 * Aligns two lists of sentences (a sentence "<p>" marks a paragraph boundary). The beads cover
 * both lists completely, in order; shapes are 1:1, 1:2, 2:1, 2:2, 1:3, 3:1, 1:0 and 0:1, and
 * a paragraph marker one side has inside a longer bead.
 */
export function alignSentences(source: readonly string[], target: readonly string[], options: AlignOptions = {}): Bead[] {
  return alignFeatures(extractFeatures(source, target), options);
}
