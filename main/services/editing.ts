import type { Segment } from '../../shared/model';
import { now } from '../clock';
import { documentsRepo } from '../db/documents-repo';
import { editsRepo, type StoredReason } from '../db/edits-repo';
import type { Db } from '../db/open';
import { notFound, ServiceError } from './errors';

export interface SegmentChange {
  segmentId: number;
  text: string;
}

/**
 * Every change to a target segment goes through here and becomes a revision of an edit.
 * Undo and redo walk whole edits, so a fix-all is taken back in one step.
 */
/**
 * Told of every change to a document's translation, inside its transaction: the texts now, and
 * the document's stamp before and after (see documentsRepo.touch), so a cache of the document
 * can tell whether it saw every change in between.
 */
export type TextChangeListener = (change: {
  documentId: number;
  segments: { id: number; current: string }[];
  stampBefore: string | undefined;
  stampAfter: string | undefined;
}) => void;

export function editingService(db: Db) {
  const documents = documentsRepo(db);
  const edits = editsRepo(db);
  const listeners = new Set<TextChangeListener>();
  /** Touches the document and tells the listeners what changed. */
  const changed = (documentId: number, segments: { id: number; current: string }[], stamp: string) => {
    const stampBefore = documents.updatedAt(documentId);
    documents.touch(documentId, stamp);
    const stampAfter = documents.updatedAt(documentId);
    for (const listener of listeners) listener({ documentId, segments, stampBefore, stampAfter });
  };

  const undoState = (documentId: number) => ({
    canUndo: edits.latestDone(documentId) !== undefined,
    canRedo: edits.nextRedo(documentId) !== undefined,
  });

  const targetSegment = (segmentId: number) => {
    const segment = documents.segment(segmentId);
    if (!segment) throw notFound('segment', segmentId);
    if (segment.side !== 'target') throw new ServiceError('bad-input', 'only the translation can be edited');
    return segment;
  };

  const plain = ({ documentId: _d, beadId: _b, ...segment }: Segment & { documentId: number; beadId: number }): Segment =>
    segment;

  /** Applies several changes as one edit; changes that leave a segment as it is are skipped. */
  const apply = db.transaction(
    (documentId: number, reason: StoredReason, detail: string | null, changes: SegmentChange[]): number | null => {
      const stamp = now();
      let editId: number | null = null;
      const done: { id: number; current: string }[] = [];
      for (const change of changes) {
        const segment = targetSegment(change.segmentId);
        if (segment.documentId !== documentId) {
          throw new ServiceError('bad-input', `segment ${change.segmentId} belongs to another document`);
        }
        if (segment.current === change.text) continue;
        editId ??= edits.createEdit(documentId, reason, detail, stamp);
        edits.addRevision(editId, segment.id, segment.current, change.text, stamp);
        documents.setCurrent(segment.id, change.text);
        done.push({ id: segment.id, current: change.text });
      }
      if (editId !== null) changed(documentId, done, stamp);
      return editId;
    },
  );

  const save = db.transaction((segmentId: number, text: string, continueEdit?: number) => {
    const segment = targetSegment(segmentId);
    const stamp = now();
    const latest = edits.latestDone(segment.documentId);
    if (continueEdit !== undefined && latest?.id === continueEdit && latest.reason === 'manual') {
      const revisions = edits.revisionsOf(latest.id);
      if (revisions.length === 1 && revisions[0].segmentId === segmentId && edits.nextRedo(segment.documentId) === undefined) {
        edits.extendRevision(latest.id, revisions[0].id, text, stamp);
        documents.setCurrent(segmentId, text);
        changed(segment.documentId, [{ id: segmentId, current: text }], stamp);
        return latest.id;
      }
    }
    return apply(segment.documentId, 'manual', null, [{ segmentId, text }]);
  });

  const walk = (documentId: number, direction: 'undo' | 'redo'): Segment[] => {
    const edit = direction === 'undo' ? edits.latestDone(documentId) : edits.nextRedo(documentId);
    if (!edit) return [];
    const revisions = edits.revisionsOf(edit.id);
    const ordered = direction === 'undo' ? [...revisions].reverse() : revisions;
    for (const r of ordered) documents.setCurrent(r.segmentId, direction === 'undo' ? r.previous : r.text);
    edits.setState(edit.id, direction === 'undo' ? 'undone' : 'done');
    const touched = [...new Set(revisions.map((r) => r.segmentId))].map((id) => plain(documents.segment(id)!));
    changed(documentId, touched.map((s) => ({ id: s.id, current: s.current })), now());
    return touched;
  };

  return {
    /** Every later change to any document's translation is told to `listener`; returns a stop. */
    onTextChange(listener: TextChangeListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    save(segmentId: number, text: string, continueEdit?: number) {
      const editId = save(segmentId, text, continueEdit);
      const segment = documents.segment(segmentId)!;
      return { editId, segment: plain(segment), ...undoState(segment.documentId) };
    },
    apply(documentId: number, reason: StoredReason, detail: string | null, changes: SegmentChange[]) {
      return apply(documentId, reason, detail, changes);
    },
    undo: db.transaction((documentId: number) => ({ segments: walk(documentId, 'undo'), ...undoState(documentId) })),
    redo: db.transaction((documentId: number) => ({ segments: walk(documentId, 'redo'), ...undoState(documentId) })),
    undoState,
    history(segmentId: number) {
      if (!documents.segment(segmentId)) throw notFound('segment', segmentId);
      return edits.history(segmentId);
    },
  };
}
