import type { EditReason } from '../../shared/model';
import type { Db } from './open';

export type StoredReason = Exclude<EditReason, 'undo' | 'redo'>;

export interface EditRecord {
  id: number;
  reason: StoredReason;
  detail: string | null;
  state: 'done' | 'undone';
  createdAt: string;
  updatedAt: string;
}

export interface RevisionRecord {
  id: number;
  segmentId: number;
  editId: number;
  previous: string;
  text: string;
  createdAt: string;
}

export function editsRepo(db: Db) {
  const statements = {
    insertEdit: db.prepare(
      `INSERT INTO edits (document_id, reason, detail, state, created_at, updated_at) VALUES (?, ?, ?, 'done', ?, ?)`,
    ),
    // An edit made after an undo ends the redo chain, as in every editor: what was undone
    // before it can no longer be redone (it stays in the history).
    abandonRedo: db.prepare(`UPDATE edits SET abandoned = 1 WHERE document_id = ? AND state = 'undone' AND abandoned = 0`),
    insertRevision: db.prepare(
      'INSERT INTO revisions (segment_id, edit_id, previous, text, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    updateRevision: db.prepare('UPDATE revisions SET text = ?, created_at = ? WHERE id = ?'),
    touchEdit: db.prepare('UPDATE edits SET updated_at = ? WHERE id = ?'),
    setState: db.prepare('UPDATE edits SET state = ? WHERE id = ?'),
    latestDone: db.prepare(
      `SELECT id, reason, detail, state, created_at AS createdAt, updated_at AS updatedAt
       FROM edits WHERE document_id = ? AND state = 'done' ORDER BY id DESC LIMIT 1`,
    ),
    nextRedo: db.prepare(
      `SELECT id, reason, detail, state, created_at AS createdAt, updated_at AS updatedAt
       FROM edits WHERE document_id = @documentId AND state = 'undone' AND abandoned = 0
         AND id > coalesce((SELECT max(id) FROM edits WHERE document_id = @documentId AND state = 'done'), 0)
       ORDER BY id LIMIT 1`,
    ),
    revisionsOf: db.prepare(
      `SELECT id, segment_id AS segmentId, edit_id AS editId, previous, text, created_at AS createdAt
       FROM revisions WHERE edit_id = ? ORDER BY id`,
    ),
    history: db.prepare(
      `SELECT r.id, r.text, r.previous, e.reason, e.state, r.created_at AS createdAt
       FROM revisions r JOIN edits e ON e.id = r.edit_id WHERE r.segment_id = ? ORDER BY r.id`,
    ),
  };

  return {
    createEdit(documentId: number, reason: StoredReason, detail: string | null, now: string): number {
      statements.abandonRedo.run(documentId);
      return Number(statements.insertEdit.run(documentId, reason, detail, now, now).lastInsertRowid);
    },
    addRevision(editId: number, segmentId: number, previous: string, text: string, now: string): number {
      return Number(statements.insertRevision.run(segmentId, editId, previous, text, now).lastInsertRowid);
    },
    /** Extends a typing session: the revision keeps its `previous`, its text becomes the latest. */
    extendRevision(editId: number, revisionId: number, text: string, now: string) {
      statements.updateRevision.run(text, now, revisionId);
      statements.touchEdit.run(now, editId);
    },
    setState(editId: number, state: 'done' | 'undone') {
      statements.setState.run(state, editId);
    },
    latestDone(documentId: number): EditRecord | undefined {
      return statements.latestDone.get(documentId) as EditRecord | undefined;
    },
    nextRedo(documentId: number): EditRecord | undefined {
      return statements.nextRedo.get({ documentId }) as EditRecord | undefined;
    },
    revisionsOf(editId: number): RevisionRecord[] {
      return statements.revisionsOf.all(editId) as RevisionRecord[];
    },
    history(segmentId: number) {
      return statements.history.all(segmentId) as {
        id: number;
        text: string;
        previous: string;
        reason: StoredReason;
        state: 'done' | 'undone';
        createdAt: string;
      }[];
    },
  };
}
