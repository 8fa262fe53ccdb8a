import { memo, type ReactNode } from 'react';

/**
 * A marked place in one segment's text. `kind` picks the colour: a glossary term, a forbidden
 * rendering, a finding, or the finding selected in the panel.
 */
export interface Highlight {
  segmentId: number;
  start: number;
  end: number;
  kind: 'term' | 'forbidden' | 'finding' | 'selected';
  /** Shown as the tooltip (the approved rendering, the finding's message). */
  title?: string;
}

// Later kinds are drawn on top where two overlap.
const LAYER: Record<Highlight['kind'], number> = { term: 0, forbidden: 1, finding: 2, selected: 3 };

/**
 * The text with its highlights as <mark>s. Overlapping highlights are cut at every boundary and
 * each piece takes the uppermost kind, so the text itself is never repeated or reordered.
 */
export const HighlightedText = memo(function HighlightedText({ text, highlights }: { text: string; highlights: readonly Highlight[] }) {
  const inside = highlights.filter((h) => h.end > h.start && h.start < text.length);
  if (inside.length === 0) return <>{text}</>;
  const cuts = new Set<number>([0, text.length]);
  for (const h of inside) {
    cuts.add(Math.max(0, h.start));
    cuts.add(Math.min(text.length, h.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const parts: ReactNode[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from, to);
    const covering = inside.filter((h) => h.start <= from && h.end >= to);
    if (covering.length === 0) {
      parts.push(piece);
      continue;
    }
    const top = covering.reduce((a, b) => (LAYER[b.kind] >= LAYER[a.kind] ? b : a));
    const title = [...new Set(covering.map((h) => h.title).filter(Boolean))].join('\n');
    parts.push(
      <mark key={from} className={`hl hl--${top.kind}`} title={title || undefined} data-hl={top.kind}>
        {piece}
      </mark>,
    );
  }
  return <>{parts}</>;
});

/** One shared empty list, so rows without highlights keep equal props between renders. */
export const noHighlights: readonly Highlight[] = [];

/** Highlights by segment, for rows to pick theirs without filtering the whole list. */
export function groupBySegment(highlights: readonly Highlight[]): Map<number, Highlight[]> {
  const out = new Map<number, Highlight[]>();
  for (const h of highlights) {
    const list = out.get(h.segmentId);
    if (list) list.push(h);
    else out.set(h.segmentId, [h]);
  }
  return out;
}
