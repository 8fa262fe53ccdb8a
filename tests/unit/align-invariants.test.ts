import { describe, expect, it } from 'vitest';
import { alignParagraphs, alignSentences } from '../../shared/align';
import type { Bead, Paragraph } from '../../shared/model';
// A fixed-seed generator, so a failure can be replayed.
import { seededRandom } from '../fixtures/generated-glossary';

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'Бо', 'ра', 'ду', 'Ke', 'zo'];

function sentence(rand: () => number): string {
  if (rand() < 0.08) return '<p>';
  const words = 1 + Math.floor(rand() * 14);
  const out: string[] = [];
  for (let w = 0; w < words; w++) {
    let word = '';
    const n = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < n; k++) word += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
    if (rand() < 0.05) word = String(Math.floor(rand() * 2000));
    out.push(word);
  }
  return out.join(' ') + (rand() < 0.8 ? '.' : rand() < 0.5 ? '?' : '');
}

const ALLOWED = new Set(['1:1', '1:0', '0:1', '2:1', '1:2', '2:2', '3:1', '1:3']);

/** Beads must tile both sides in order, with known shapes (counting paragraph marks apart). */
function checkCover(beads: Bead[], source: string[], target: string[]): void {
  let i = 0;
  let j = 0;
  for (const b of beads) {
    expect(b.sourceStart).toBe(i);
    expect(b.targetStart).toBe(j);
    expect(b.sourceEnd).toBeGreaterThanOrEqual(b.sourceStart);
    expect(b.targetEnd).toBeGreaterThanOrEqual(b.targetStart);
    expect(b.sourceEnd - b.sourceStart + b.targetEnd - b.targetStart).toBeGreaterThan(0);
    const s = source.slice(b.sourceStart, b.sourceEnd);
    const t = target.slice(b.targetStart, b.targetEnd);
    const ps = s.filter((x) => x === '<p>').length;
    const pt = t.filter((x) => x === '<p>').length;
    if (ps + pt > 0 && s.length + t.length > ps + pt) {
      // A paragraph mark inside a longer bead sits strictly inside its span.
      expect(ps + pt).toBe(1);
      const span = ps ? s : t;
      expect(span[0]).not.toBe('<p>');
      expect(span[span.length - 1]).not.toBe('<p>');
    }
    // A paragraph mark alone or paired with one is a bead of its own; else count text sentences.
    const markOnly = s.length + t.length === ps + pt;
    const shape = markOnly ? `${s.length}:${t.length}` : `${s.length - ps}:${t.length - pt}`;
    expect(ALLOWED).toContain(shape);
    i = b.sourceEnd;
    j = b.targetEnd;
  }
  expect(i).toBe(source.length);
  expect(j).toBe(target.length);
}

describe('alignment invariants on random input', () => {
  it('covers both sides completely and monotonically, whatever the input', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const rand = seededRandom(seed);
      const source = Array.from({ length: Math.floor(rand() * 60) }, () => sentence(rand));
      const target = Array.from({ length: Math.floor(rand() * 60) }, () => sentence(rand));
      checkCover(alignSentences(source, target), source, target);
    }
  });

  it('covers very unequal sides, where the path leaves any diagonal band', () => {
    const rand = seededRandom(99);
    const source = Array.from({ length: 400 }, () => sentence(rand));
    const target = Array.from({ length: 30 }, () => sentence(rand));
    checkCover(alignSentences(source, target), source, target);
    checkCover(alignSentences(target, source), target, source);
  });

  it('keeps paragraph alignment within the flattened sentence lists', () => {
    for (let seed = 1; seed <= 15; seed++) {
      const rand = seededRandom(1000 + seed);
      const para = (): Paragraph => ({
        kind: rand() < 0.2 ? 'furniture' : 'text',
        sentences: Array.from({ length: Math.floor(rand() * 4) }, () => sentence(rand).replace('<p>', 'Ба.')),
      });
      const source = Array.from({ length: Math.floor(rand() * 20) }, para);
      const target = Array.from({ length: Math.floor(rand() * 20) }, para);
      const flatS = source.flatMap((p) => p.sentences);
      const flatT = target.flatMap((p) => p.sentences);
      checkCover(alignParagraphs(source, target), flatS, flatT);
    }
  });

  it('gives the same answer twice', () => {
    const rand = seededRandom(7);
    const source = Array.from({ length: 80 }, () => sentence(rand));
    const target = Array.from({ length: 75 }, () => sentence(rand));
    expect(alignSentences(source, target)).toEqual(alignSentences(source, target));
  });
});
