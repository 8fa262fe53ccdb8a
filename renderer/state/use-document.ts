import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiError } from '../../shared/contract';
import type { DocumentView, Segment } from '../../shared/model';
import { useApi } from './api-context';
import { asApiError } from './errors';
import { SegmentSaver, type SaverStatus } from './segment-saver';

export type AlignmentAction =
  | { kind: 'merge'; beadId: number }
  | { kind: 'split'; beadId: number; sourceAt: number; targetAt: number }
  | { kind: 'move'; beadId: number; side: 'source' | 'target'; direction: 'previous' | 'next' };

/** segment id → index of its row, rebuilt only when the rows themselves change (load, realignment). */
function indexSegments(view: DocumentView): Map<number, number> {
  const index = new Map<number, number>();
  view.rows.forEach((row, i) => {
    for (const s of row.target) index.set(s.id, i);
    for (const s of row.source) index.set(s.id, i);
  });
  return index;
}

function withSegments(view: DocumentView, index: Map<number, number>, segments: Segment[]): DocumentView {
  if (segments.length === 0) return view;
  const rows = view.rows.slice();
  for (const segment of segments) {
    const i = index.get(segment.id);
    if (i === undefined) continue;
    const row = rows[i];
    const side = segment.side === 'target' ? 'target' : 'source';
    rows[i] = { ...row, [side]: row[side].map((s) => (s.id === segment.id ? segment : s)) };
  }
  return { ...view, rows };
}

/**
 * One open document: its rows, typing saved as it happens, undo/redo on the server, and the
 * alignment corrections. Text typed is shown at once; the server's answer only moves undo state.
 */
export function useDocument(documentId: number) {
  const api = useApi();
  const [view, setView] = useState<DocumentView | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [actionError, setActionError] = useState<ApiError | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaverStatus>({ state: 'idle', error: null });
  const [busy, setBusy] = useState(false);
  const indexRef = useRef(new Map<number, number>());
  const operations = useRef<Promise<unknown>>(Promise.resolve());

  const replaceView = useCallback((next: DocumentView) => {
    indexRef.current = indexSegments(next);
    setView(next);
  }, []);

  const saver = useMemo(
    () =>
      new SegmentSaver(
        api,
        ({ canUndo, canRedo }) => setView((v) => (v ? { ...v, canUndo, canRedo } : v)),
        setSaveStatus,
      ),
    [api],
  );
  useEffect(() => () => saver.dispose(), [saver]);

  useEffect(() => {
    let live = true;
    setView(null);
    setLoadError(null);
    api
      .call('documents.get', { id: documentId })
      .then((v) => live && replaceView(v))
      .catch((error) => live && setLoadError(asApiError(error)));
    return () => {
      live = false;
    };
  }, [api, documentId, replaceView]);

  // A closing tab must not drop the last keystrokes: send them, and ask the browser to wait.
  useEffect(() => {
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!saver.hasPending()) return;
      void saver.flushAll();
      if (!window.sverka) event.preventDefault();
    };
    window.addEventListener('beforeunload', beforeUnload);
    return () => window.removeEventListener('beforeunload', beforeUnload);
  }, [saver]);

  const editSegment = useCallback(
    (segmentId: number, text: string) => {
      setView((v) => {
        if (!v) return v;
        const i = indexRef.current.get(segmentId);
        const old = i === undefined ? undefined : v.rows[i].target.find((s) => s.id === segmentId);
        return old ? withSegments(v, indexRef.current, [{ ...old, current: text }]) : v;
      });
      saver.change(segmentId, text);
    },
    [saver],
  );

  const endEditing = useCallback((segmentId: number) => void saver.endSession(segmentId), [saver]);

  /** Runs document-wide operations one at a time, after every pending save has landed. */
  const operate = useCallback(
    (run: () => Promise<void>) => {
      const next = operations.current.then(async () => {
        setBusy(true);
        setActionError(null);
        try {
          await saver.flushAll();
          await run();
        } catch (error) {
          setActionError(asApiError(error));
        } finally {
          setBusy(false);
        }
      });
      operations.current = next;
      return next;
    },
    [saver],
  );

  const walk = useCallback(
    (direction: 'undo' | 'redo') =>
      operate(async () => {
        const result = await api.call(direction === 'undo' ? 'edits.undo' : 'edits.redo', { documentId });
        saver.startNewSessions();
        setView((v) => (v ? { ...withSegments(v, indexRef.current, result.segments), canUndo: result.canUndo, canRedo: result.canRedo } : v));
      }),
    [api, documentId, operate, saver],
  );
  const undo = useCallback(() => walk('undo'), [walk]);
  const redo = useCallback(() => walk('redo'), [walk]);

  const realign = useCallback(
    (action: AlignmentAction) =>
      operate(async () => {
        let next: DocumentView;
        if (action.kind === 'merge') next = await api.call('alignment.merge', { documentId, beadId: action.beadId });
        else if (action.kind === 'split')
          next = await api.call('alignment.split', {
            documentId,
            beadId: action.beadId,
            sourceAt: action.sourceAt,
            targetAt: action.targetAt,
          });
        else
          next = await api.call('alignment.move', {
            documentId,
            beadId: action.beadId,
            side: action.side,
            direction: action.direction,
          });
        saver.startNewSessions();
        replaceView(next);
      }),
    [api, documentId, operate, replaceView, saver],
  );

  /**
   * Runs a server-side change of the translation (a fix, a fix-all) as a document operation and
   * takes the segments it changed into the view.
   */
  const applyEdit = useCallback(
    <T extends { segments: Segment[]; canUndo: boolean; canRedo: boolean }>(run: () => Promise<T>) => {
      let result: T | null = null;
      return operate(async () => {
        result = await run();
        saver.startNewSessions();
        const { segments, canUndo, canRedo } = result;
        setView((v) => (v ? { ...withSegments(v, indexRef.current, segments), canUndo, canRedo } : v));
      }).then(() => result);
    },
    [operate, saver],
  );

  return {
    view,
    loadError,
    actionError,
    dismissActionError: () => setActionError(null),
    saveStatus,
    busy,
    editSegment,
    endEditing,
    undo,
    redo,
    realign,
    applyEdit,
  };
}
