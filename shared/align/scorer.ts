// The cost of one bead: how unlikely its shape is, how far its two lengths are from the
// expected ratio, and what its shared features say. Paragraph markers are handled apart: one
// pairs with a marker on the other side, stands alone, or sits strictly inside a longer bead;
// it never pairs with a sentence.

import type { Band } from './band';
import { insideBlock, type Blocks } from './blocks';
import type { BeadScorer, Shape } from './dp';
import type { SentenceFeatures } from './features';
import { lengthCost, type LengthModel } from './lengthCost';
import type { FeatureLinks } from './links';

export interface ScoreParams {
  length: LengthModel;
  /** −log P(shape) for beads of text, by shape. */
  shapeCost: Map<string, number>;
  /** Cost of a paragraph marker paired with one on the other side. */
  paragraphMatch: number;
  /** Cost of a paragraph marker left alone. */
  paragraphAlone: number;
  /** Scale of the shared-feature evidence against the length evidence. */
  featureWeight: number;
  /** Scale of the features' penalty on a sentence left without a partner (1:0, 0:1). */
  dropFeatureWeight: number;
  /** Cost of each open line (a heading, furniture) inside a span of two or more sentences. */
  openInSpan: number;
  /** Cost of each unit whose kind the other side of its bead does not have. */
  kindMismatch: number;
}

export const shapeKey = (source: number, target: number): string => `${source}:${target}`;

/**
 * Units whose kind finds no counterpart, in order, on the other side of the bead: the kinds of
 * each span with repeats collapsed, compared by their longest common subsequence. Furniture
 * against text counts two; [furniture, text] against [text, furniture] counts two as well.
 */
function kindMismatches(
  source: readonly SentenceFeatures[],
  i0: number,
  i1: number,
  target: readonly SentenceFeatures[],
  j0: number,
  j1: number,
): number {
  const a: Array<string | undefined> = [];
  const b: Array<string | undefined> = [];
  for (let i = i0; i < i1; i++) if (a.length === 0 || a[a.length - 1] !== source[i].kind) a.push(source[i].kind);
  for (let j = j0; j < j1; j++) if (b.length === 0 || b[b.length - 1] !== target[j].kind) b.push(target[j].kind);
  if (a.length === 1 && b.length === 1) return a[0] === b[0] ? 0 : 2;
  const row = new Array<number>(b.length + 1).fill(0);
  for (let x = 0; x < a.length; x++) {
    let diagonal = 0;
    for (let y = 0; y < b.length; y++) {
      const above = row[y + 1];
      row[y + 1] = a[x] === b[y] ? diagonal + 1 : Math.max(above, row[y]);
      diagonal = above;
    }
  }
  return a.length + b.length - 2 * row[b.length];
}

/** Running totals over one side, so a span's length, marker count and penalties cost O(1). */
interface Prefix {
  length: Float64Array;
  paragraphs: Int32Array;
  open: Int32Array;
  features: Int32Array;
  /** Penalties for a counterpart span of 1…4 sentences. */
  base: Float64Array[];
}

function prefixes(sentences: readonly SentenceFeatures[], base: (i: number, k: number) => number, featureCount: (i: number) => number): Prefix {
  const n = sentences.length;
  const p: Prefix = {
    length: new Float64Array(n + 1),
    paragraphs: new Int32Array(n + 1),
    open: new Int32Array(n + 1),
    features: new Int32Array(n + 1),
    base: [1, 2, 3, 4].map(() => new Float64Array(n + 1)),
  };
  for (let i = 0; i < n; i++) {
    p.length[i + 1] = p.length[i] + sentences[i].length;
    p.paragraphs[i + 1] = p.paragraphs[i] + (sentences[i].paragraph ? 1 : 0);
    p.open[i + 1] = p.open[i] + (sentences[i].open ? 1 : 0);
    p.features[i + 1] = p.features[i] + featureCount(i);
    for (let k = 0; k < 4; k++) p.base[k][i + 1] = p.base[k][i] + base(i, k + 1);
  }
  return p;
}

export function makeBeadCost(
  source: readonly SentenceFeatures[],
  target: readonly SentenceFeatures[],
  params: ScoreParams,
  links: FeatureLinks,
  band: Band,
  blocks?: Blocks,
): BeadScorer {
  const ps = prefixes(source, (i, k) => links.sourceBase(i, k), (i) => links.sourceFeatureCount(i));
  const pt = prefixes(target, (j, k) => links.targetBase(j, k), (j) => links.targetFeatureCount(j));
  // Pair gains are cached per band cell, as the programme asks for each pair several times.
  const nSource = source.length;
  const offset = new Int32Array(nSource + 2);
  for (let i = 0; i <= nSource; i++) offset[i + 1] = offset[i] + (band.hi[i] - band.lo[i] + 1);
  const cache = new Float64Array(offset[nSource + 1]).fill(NaN);
  const measured = links.gain;
  const shapeCost = new Float64Array(25).fill(Infinity);
  for (let a = 0; a < 5; a++) {
    for (let b = 0; b < 5; b++) shapeCost[a * 5 + b] = params.shapeCost.get(shapeKey(a, b)) ?? Infinity;
  }
  const w = params.featureWeight;
  const dropWeight = w * params.dropFeatureWeight;
  const { paragraphMatch, paragraphAlone } = params;
  const lengthModel = params.length;
  // Both texts went through the same import, so a caption pairs with a caption.
  const kinds = source.some((f) => f.kind !== undefined) && target.some((f) => f.kind !== undefined);

  const cost = new Float64Array(1);
  return {
    cost,
    score(i0, i1, j0, j1) {
      if (blocks && !insideBlock(blocks, i0, i1, j0, j1)) {
        cost[0] = Infinity;
        return;
      }
      const ds = i1 - i0;
      const dt = j1 - j0;
      const paraS = ps.paragraphs[i1] - ps.paragraphs[i0];
      const paraT = pt.paragraphs[j1] - pt.paragraphs[j0];
      let c = 0;
      let ks = ds;
      let kt = dt;
      if (paraS || paraT) {
        if (ds === 1 && dt === 1 && paraS === 1 && paraT === 1) {
          cost[0] = paragraphMatch;
          return;
        }
        if (ds + dt === 1) {
          cost[0] = paragraphAlone;
          return;
        }
        // A marker one side has in the middle of what the other says in one go: "He spoke.
        // <p> 'Come,' he said." against "He said: 'Come.'" Only inside a span, never at its ends.
        if (paraS + paraT > 1) {
          cost[0] = Infinity;
          return;
        }
        if (paraS && (source[i0].paragraph || source[i1 - 1].paragraph)) {
          cost[0] = Infinity;
          return;
        }
        if (paraT && (target[j0].paragraph || target[j1 - 1].paragraph)) {
          cost[0] = Infinity;
          return;
        }
        ks -= paraS;
        kt -= paraT;
        c = paragraphAlone;
      }
      c += shapeCost[ks * 5 + kt];
      if (c === Infinity) {
        cost[0] = c;
        return;
      }
      if (ks === 0) {
        cost[0] = c + dropWeight * (pt.base[0][j1] - pt.base[0][j0]);
        return;
      }
      if (kt === 0) {
        cost[0] = c + dropWeight * (ps.base[0][i1] - ps.base[0][i0]);
        return;
      }
      if (kinds) c += params.kindMismatch * kindMismatches(source, i0, i1, target, j0, j1);
      if (ks > 1) c += params.openInSpan * (ps.open[i1] - ps.open[i0]);
      if (kt > 1) c += params.openInSpan * (pt.open[j1] - pt.open[j0]);
      c += lengthCost(ps.length[i1] - ps.length[i0], pt.length[j1] - pt.length[j0], lengthModel);
      const base = ps.base[kt - 1][i1] - ps.base[kt - 1][i0] + pt.base[ks - 1][j1] - pt.base[ks - 1][j0];
      let g = 0;
      if (ps.features[i1] > ps.features[i0] && pt.features[j1] > pt.features[j0]) {
        const row = i0 + 1;
        const col = j0 + 1;
        if (ds === 1 && dt === 1 && col >= band.lo[row] && col <= band.hi[row]) {
          const at = offset[row] + col - band.lo[row];
          g = cache[at];
          if (g !== g) {
            links.measure(i0, i1, j0, j1, 1, 1);
            cache[at] = g = measured[0];
          }
        } else {
          links.measure(i0, i1, j0, j1, ks, kt);
          g = measured[0];
        }
      }
      cost[0] = c + w * (base - g);
    },
  };
}

/** Every shape the aligner knows; the longer ones only with a paragraph marker inside. */
export const SHAPES: readonly Shape[] = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3], [3, 2], [2, 3], [4, 1], [1, 4],
];

/** The common shapes, enough for the wide first pass that only has to find the way. */
export const FIRST_PASS_SHAPES: readonly Shape[] = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];
