// The document aligner: paragraphs first, then sentences inside each paragraph bead. Aligning
// paragraphs first keeps a row of the review from straddling two paragraphs, and lets short
// page furniture ("Реклама" / "Advertisement") pair by its kind as well as its length.

import type { Bead, Paragraph } from '../model';
import { makeBlocks } from './blocks';
import { extractFeatures, type SentenceFeatures } from './features';
import { alignFeatures, type AlignOptions } from './sentences';

interface Unit {
  start: number;
  end: number;
}

/** Paragraphs that hold sentences, as sentence ranges of the flattened text. */
function units(paragraphs: readonly Paragraph[]): Unit[] {
  const out: Unit[] = [];
  let at = 0;
  for (const p of paragraphs) {
    if (p.sentences.length > 0) out.push({ start: at, end: at + p.sentences.length });
    at += p.sentences.length;
  }
  return out;
}

/** A paragraph seen as one long sentence: summed length, all of its anchors and words. */
function paragraphFeatures(paragraphs: readonly Paragraph[], sentences: readonly SentenceFeatures[]): SentenceFeatures[] {
  const out: SentenceFeatures[] = [];
  let at = 0;
  for (const p of paragraphs) {
    const n = p.sentences.length;
    if (n === 0) continue;
    const own = sentences.slice(at, at + n);
    at += n;
    out.push({
      length: own.reduce((sum, f) => sum + f.length, 0),
      paragraph: false,
      open: false,
      kind: p.kind,
      anchors: Int32Array.from(new Set(own.flatMap((f) => [...f.anchors]))),
      words: Int32Array.from(new Set(own.flatMap((f) => [...f.words]))),
    });
  }
  return out;
}

/**
 * A paragraph left without a partner is joined with the paragraph beads on either side: the
 * paragraph aligner may have missed that it belongs to a neighbour (a heading the translation
 * ran into the text, a paragraph split differently), and the sentence aligner can tell.
 */
function mergeLonely(beads: readonly Bead[]): Bead[] {
  const lonely = (b: Bead) => b.sourceEnd === b.sourceStart || b.targetEnd === b.targetStart;
  const out: Bead[] = [];
  let joinNext = false;
  for (const b of beads) {
    const last = out[out.length - 1];
    if (last && (joinNext || lonely(b))) {
      out[out.length - 1] = { ...last, sourceEnd: b.sourceEnd, targetEnd: b.targetEnd };
    } else {
      out.push({ ...b });
    }
    joinNext = lonely(b);
  }
  return out;
}

/**
 * Aligns two documents given as paragraphs of sentences. Returns sentence beads over the
 * flattened sentence lists (a sentence's index is its position among all paragraphs'
 * sentences). Every sentence bead lies inside one paragraph bead; a paragraph the paragraph
 * level left without a partner is first joined to the paragraph beads beside it.
 */
export function alignParagraphs(
  source: readonly Paragraph[],
  target: readonly Paragraph[],
  options: Omit<AlignOptions, 'blocks'> = {},
): Bead[] {
  const sourceSentences = source.flatMap((p) => p.sentences);
  const targetSentences = target.flatMap((p) => p.sentences);
  const features = extractFeatures(sourceSentences, targetSentences);
  const unitsS = units(source);
  const unitsT = units(target);
  const paragraphBeads = alignFeatures(
    {
      ...features,
      source: paragraphFeatures(source, features.source),
      target: paragraphFeatures(target, features.target),
    },
    options,
  );
  const startS = (k: number) => (k < unitsS.length ? unitsS[k].start : sourceSentences.length);
  const startT = (k: number) => (k < unitsT.length ? unitsT[k].start : targetSentences.length);
  const rects = mergeLonely(paragraphBeads).map((b) => ({
    sourceStart: startS(b.sourceStart),
    sourceEnd: startS(b.sourceEnd),
    targetStart: startT(b.targetStart),
    targetEnd: startT(b.targetEnd),
  }));
  const blocks = makeBlocks(rects, sourceSentences.length, targetSentences.length);
  // Sentences keep their paragraph's kind, so furniture does not pair with text inside a block.
  const withKinds = (sentences: SentenceFeatures[], paragraphs: readonly Paragraph[]) => {
    const kinds = paragraphs.flatMap((p) => p.sentences.map(() => p.kind));
    return sentences.map((f, i) => ({ ...f, kind: kinds[i] }));
  };
  return alignFeatures(
    { ...features, source: withKinds(features.source, source), target: withKinds(features.target, target) },
    { ...options, blocks },
  );
}
