// Small documents for the check tests: `rows([['Русский текст.'], ['English text.']])` reads as
// the bead it builds.

import type { CheckContext, GlossaryContext } from '../../shared/checks/types';
import { buildTermMatcher, createSnowballMorphology } from '../../shared/terms';
import type { Concept, Finding, Row, RowKind, Segment } from '../../shared/model';
import { findingMessage, fixLabel } from '../../shared/review/finding-text';

export interface RowOptions {
  /** Kind of both sides (default 'text'); sourceKind/targetKind override one side. */
  kind?: RowKind;
  sourceKind?: RowKind;
  targetKind?: RowKind;
  /** Paragraph number of the segments; by default each row is its own paragraph. */
  paragraph?: number;
}

export type RowSpec = [string[], string[]] | [string[], string[], RowOptions];

/** Rows at positions 0, 1, 2…; source segment ids count from 1, target ids from 1001. */
export function rows(...specs: RowSpec[]): Row[] {
  let sourceId = 1;
  let targetId = 1001;
  let sourcePosition = 0;
  let targetPosition = 0;
  return specs.map(([source, target, options = {}], position) => {
    const paragraph = options.paragraph ?? position;
    const segment = (side: 'source' | 'target', text: string): Segment => ({
      id: side === 'source' ? sourceId++ : targetId++,
      side,
      position: side === 'source' ? sourcePosition++ : targetPosition++,
      paragraph,
      kind: (side === 'source' ? options.sourceKind : options.targetKind) ?? options.kind ?? 'text',
      original: text,
      current: text,
    });
    return {
      beadId: position + 1,
      position,
      source: source.map((text) => segment('source', text)),
      target: target.map((text) => segment('target', text)),
    };
  });
}

/** A glossary of these concepts as the checks get it, matched with the Snowball morphology. */
export function glossaryOf(concepts: Concept[]): GlossaryContext {
  return {
    concepts: new Map(concepts.map((c) => [c.id, c])),
    matcher: buildTermMatcher(concepts, { morphology: createSnowballMorphology() }),
  };
}

export function context(...specs: RowSpec[]): CheckContext {
  return { rows: rows(...specs) };
}

export function segmentById(ctx: CheckContext, id: number): Segment {
  const found = ctx.rows.flatMap((row) => [...row.source, ...row.target]).find((s) => s.id === id);
  if (!found) throw new Error(`no segment ${id}`);
  return found;
}

/** The current text of every segment the finding's fix touches, after applying it. */
export function applyFix(ctx: CheckContext, finding: Finding): Map<number, string> {
  if (!finding.fix) throw new Error(`finding has no fix: ${finding.message.key}`);
  const texts = new Map<number, string>();
  const ordered = [...finding.fix.replacements].sort((a, b) => b.start - a.start);
  for (const r of ordered) {
    const text = texts.get(r.segmentId) ?? segmentById(ctx, r.segmentId).current;
    texts.set(r.segmentId, text.slice(0, r.start) + r.text + text.slice(r.end));
  }
  return texts;
}

/** A context with one target segment's text replaced, the way an edit would leave it. */
export function withTargetText(ctx: CheckContext, segmentId: number, text: string): CheckContext {
  return {
    ...ctx,
    rows: ctx.rows.map((row) => ({
      ...row,
      target: row.target.map((s) => (s.id === segmentId ? { ...s, current: text } : s)),
    })),
  };
}

/** The finding's message and fix label as an English and a Russian reader see them. */
export function rendered(finding: Finding) {
  return {
    en: findingMessage(finding, 'en'),
    ru: findingMessage(finding, 'ru'),
    fixEn: fixLabel(finding, 'en'),
    fixRu: fixLabel(finding, 'ru'),
  };
}
