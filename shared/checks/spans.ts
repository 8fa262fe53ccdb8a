import type { Replacement, Row, RowKind, Segment, Span } from '../model';

/** Kinds that carry the article's content; numbers and wording are compared only in these. */
export const CONTENT_KINDS: readonly RowKind[] = ['text', 'heading', 'caption'];

export function spanIn(segment: Segment, start: number, end: number): Span {
  return { segmentId: segment.id, start, end, text: segment.current.slice(start, end) };
}

export function wholeSpan(segment: Segment): Span {
  return spanIn(segment, 0, segment.current.length);
}

export function replacementIn(segment: Segment, start: number, end: number, text: string): Replacement {
  return { segmentId: segment.id, start, end, text };
}

/** The fix that empties a segment; the segment itself stays, so nothing is lost. */
export function deleteSegmentText(segment: Segment): Replacement {
  return replacementIn(segment, 0, segment.current.length, '');
}

export function isBlank(segment: Segment): boolean {
  return segment.current.trim() === '';
}

export interface PlacedSegment {
  row: Row;
  segment: Segment;
}

/** Target segments in reading order, each with the row it belongs to. */
export function targetSegments(rows: Row[]): PlacedSegment[] {
  const placed: PlacedSegment[] = [];
  for (const row of rows) {
    for (const segment of row.target) placed.push({ row, segment });
  }
  return placed;
}
