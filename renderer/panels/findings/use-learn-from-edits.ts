import { useCallback, useRef } from 'react';
import type { DocumentView, Segment } from '../../../shared/model';
import type { useDocument } from '../../state/use-document';

function targetSegment(view: DocumentView | null, segmentId: number): Segment | undefined {
  for (const row of view?.rows ?? []) {
    const found = row.target.find((s) => s.id === segmentId);
    if (found) return found;
  }
  return undefined;
}

/**
 * Wraps the editor's callbacks so that the end of a typing session reports what the sentence said
 * before the session and after it: the text is remembered at the session's first keystroke.
 */
export function useLearnFromEdits(
  doc: Pick<ReturnType<typeof useDocument>, 'view' | 'editSegment' | 'endEditing'>,
  learn: (segmentId: number, before: string, after: string) => void,
) {
  const viewRef = useRef(doc.view);
  viewRef.current = doc.view;
  const before = useRef(new Map<number, string>());
  const { editSegment, endEditing } = doc;

  const onEdit = useCallback(
    (segmentId: number, text: string) => {
      if (!before.current.has(segmentId)) {
        const segment = targetSegment(viewRef.current, segmentId);
        if (segment) before.current.set(segmentId, segment.current);
      }
      editSegment(segmentId, text);
    },
    [editSegment],
  );

  const onDone = useCallback(
    (segmentId: number) => {
      endEditing(segmentId);
      const was = before.current.get(segmentId);
      before.current.delete(segmentId);
      const now = targetSegment(viewRef.current, segmentId)?.current;
      if (was !== undefined && now !== undefined && was !== now) learn(segmentId, was, now);
    },
    [endEditing, learn],
  );

  return { onEdit, onDone };
}
