// Evidence that two spans translate each other, from features they share: an anchor (a number,
// a name) on one side that has its counterpart on the other, or a word whose learnt translation
// is there. Each feature is scored as a log-likelihood ratio: q is how often its counterpart
// turns up in an aligned span, p how often in a span of the same size picked at random. A bead
// pays for every feature whose counterpart is missing and earns for every one found. Because
// p grows with the size of the span searched, a merged bead gets no free matches.

export interface LinkSpec {
  /** Feature ids per sentence, each side; ids run from 0 to sourceSize / targetSize. */
  source: readonly Int32Array[];
  target: readonly Int32Array[];
  sourceSize: number;
  targetSize: number;
  /** Which source feature may be matched by which target feature: two parallel lists. */
  pairs: { source: Int32Array; target: Int32Array };
  /** Probability that a feature's counterpart is in the aligned span, per feature id. */
  sourceHitRate: Float64Array;
  targetHitRate: Float64Array;
  /** Sentences that take part in counting how common a feature is (paragraph marks do not). */
  countedSource?: readonly boolean[];
  countedTarget?: readonly boolean[];
  /** Upper bound of the reward for one feature, so a single chance match cannot dominate. */
  maxReward?: number;
  /** Scale of the penalty for a missing counterpart, against the reward for a found one. */
  missWeight?: number;
}

/** Spans of up to this many sentences get their own weights; longer ones use the last. */
const MAX_SPAN = 4;

/** Each feature's counterparts, in compressed rows: those of f are list[start[f] … start[f + 1]). */
interface Adjacency {
  start: Int32Array;
  list: Int32Array;
}

interface Side {
  /** Per sentence, only the features that have a counterpart at all. */
  features: Int32Array[];
  links: Adjacency;
  /** Penalty when missing / gain when found, for a counterpart span of k sentences: [k - 1][id]. */
  miss: Float64Array[];
  gain: Float64Array[];
  /** Per sentence: the sum of its features' penalties, as above by span size. */
  base: Float64Array[];
  mark: Int32Array;
}

function adjacency(size: number, from: Int32Array, to: Int32Array): Adjacency {
  const start = new Int32Array(size + 1);
  for (let k = 0; k < from.length; k++) start[from[k] + 1] += 1;
  for (let f = 0; f < size; f++) start[f + 1] += start[f];
  const fill = start.slice(0, size);
  const list = new Int32Array(from.length);
  for (let k = 0; k < from.length; k++) list[fill[from[k]]++] = to[k];
  return { start, list };
}

/** For each feature: the share of the other side's sentences holding one of its counterparts. */
function presence(
  own: number,
  other: readonly Int32Array[],
  otherLinks: Adjacency,
  counted?: readonly boolean[],
): Float64Array {
  const count = new Float64Array(own);
  const last = new Int32Array(own).fill(-1);
  let n = 0;
  for (let j = 0; j < other.length; j++) {
    if (counted && !counted[j]) continue;
    n += 1;
    const feats = other[j];
    for (let a = 0; a < feats.length; a++) {
      const g = feats[a];
      for (let b = otherLinks.start[g]; b < otherLinks.start[g + 1]; b++) {
        const f = otherLinks.list[b];
        if (last[f] !== j) {
          last[f] = j;
          count[f] += 1;
        }
      }
    }
  }
  return count.map((c) => (c + 0.5) / (n + 1));
}

function weigh(p1: Float64Array, hitRate: Float64Array, maxReward: number, missWeight: number) {
  const miss: Float64Array[] = [];
  const gain: Float64Array[] = [];
  for (let k = 1; k <= MAX_SPAN; k++) {
    const m = new Float64Array(p1.length);
    const g = new Float64Array(p1.length);
    for (let id = 0; id < p1.length; id++) {
      const p = 1 - (1 - p1[id]) ** k;
      const q = Math.min(0.99, Math.max(p + 1e-3, hitRate[id]));
      const reward = Math.min(maxReward, Math.log(q / p));
      const penalty = missWeight * Math.max(0, -Math.log((1 - q) / (1 - p)));
      m[id] = penalty;
      g[id] = penalty + reward;
    }
    miss.push(m);
    gain.push(g);
  }
  return { miss, gain };
}

export class FeatureLinks {
  private readonly s: Side;
  private readonly t: Side;
  private stamp = 0;

  constructor(spec: LinkSpec) {
    const linksS = adjacency(spec.sourceSize, spec.pairs.source, spec.pairs.target);
    const linksT = adjacency(spec.targetSize, spec.pairs.target, spec.pairs.source);
    const hasLink = (links: Adjacency, id: number) => links.start[id + 1] > links.start[id];
    const linked = (features: readonly Int32Array[], links: Adjacency) =>
      features.map((f) => (f.every((id) => hasLink(links, id)) ? f : f.filter((id) => hasLink(links, id))));
    const featuresS = linked(spec.source, linksS);
    const featuresT = linked(spec.target, linksT);
    const maxReward = spec.maxReward ?? 8;
    const missWeight = spec.missWeight ?? 1;
    const ws = weigh(presence(spec.sourceSize, featuresT, linksT, spec.countedTarget), spec.sourceHitRate, maxReward, missWeight);
    const wt = weigh(presence(spec.targetSize, featuresS, linksS, spec.countedSource), spec.targetHitRate, maxReward, missWeight);
    const base = (features: Int32Array[], miss: Float64Array[]) =>
      miss.map((m) =>
        Float64Array.from(features, (feats) => {
          let sum = 0;
          for (let k = 0; k < feats.length; k++) sum += m[feats[k]];
          return sum;
        }),
      );
    this.s = { features: featuresS, links: linksS, ...ws, base: base(featuresS, ws.miss), mark: new Int32Array(spec.sourceSize) };
    this.t = { features: featuresT, links: linksT, ...wt, base: base(featuresT, wt.miss), mark: new Int32Array(spec.targetSize) };
  }

  sourceFeatureCount(i: number): number {
    return this.s.features[i].length;
  }

  targetFeatureCount(j: number): number {
    return this.t.features[j].length;
  }

  /** What source sentence i costs if its features find no counterpart in a span of k sentences. */
  sourceBase(i: number, k = 1): number {
    return this.s.base[Math.min(Math.max(k, 1), MAX_SPAN) - 1][i];
  }

  targetBase(j: number, k = 1): number {
    return this.t.base[Math.min(Math.max(k, 1), MAX_SPAN) - 1][j];
  }

  /**
   * How much cheaper the bead [i0, i1) × [j0, j1) is thanks to the counterparts it holds;
   * each feature earns once, however many sentences on the other side hold a counterpart.
   * `kSource` and `kTarget` are the sizes of the spans in sentences (paragraph marks aside).
   */
  beadGain(i0: number, i1: number, j0: number, j1: number, kSource = i1 - i0, kTarget = j1 - j0): number {
    this.measure(i0, i1, j0, j1, kSource, kTarget);
    return this.gain[0];
  }

  /** Where measure() leaves its answer; a returned fraction would be boxed on every call. */
  readonly gain = new Float64Array(1);

  /** beadGain() for the hot loop: the answer goes to this.gain[0]. */
  measure(i0: number, i1: number, j0: number, j1: number, kSource: number, kTarget: number): void {
    const stamp = ++this.stamp;
    const s = this.s;
    const t = this.t;
    for (let j = j0; j < j1; j++) markAll(t.features[j], t.mark, stamp);
    for (let i = i0; i < i1; i++) markAll(s.features[i], s.mark, stamp);
    const gainS = s.gain[Math.min(Math.max(kTarget, 1), MAX_SPAN) - 1];
    const gainT = t.gain[Math.min(Math.max(kSource, 1), MAX_SPAN) - 1];
    let gain = 0;
    for (let i = i0; i < i1; i++) gain += sideGain(s.links, gainS, s.features[i], t.mark, stamp);
    for (let j = j0; j < j1; j++) gain += sideGain(t.links, gainT, t.features[j], s.mark, stamp);
    this.gain[0] = gain;
  }
}

function markAll(features: Int32Array, mark: Int32Array, stamp: number): void {
  for (let k = 0; k < features.length; k++) mark[features[k]] = stamp;
}

function sideGain(links: Adjacency, gain: Float64Array, features: Int32Array, otherMark: Int32Array, stamp: number): number {
  const { start, list } = links;
  let sum = 0;
  for (let a = 0; a < features.length; a++) {
    const f = features[a];
    for (let k = start[f]; k < start[f + 1]; k++) {
      if (otherMark[list[k]] === stamp) {
        sum += gain[f];
        break;
      }
    }
  }
  return sum;
}
