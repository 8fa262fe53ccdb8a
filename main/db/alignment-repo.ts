import type { Side } from '../../shared/model';
import type { Db } from './open';

export interface BeadRecord {
  id: number;
  documentId: number;
  position: number;
}

/** Beads are rewritten in place: segments move between them, positions stay dense (0, 1, 2, …). */
export function alignmentRepo(db: Db) {
  const statements = {
    bead: db.prepare('SELECT id, document_id AS documentId, position FROM beads WHERE id = ?'),
    beadAt: db.prepare('SELECT id, document_id AS documentId, position FROM beads WHERE document_id = ? AND position = ?'),
    segmentIds: db.prepare('SELECT id FROM segments WHERE bead_id = ? AND side = ? ORDER BY position'),
    moveSegment: db.prepare('UPDATE segments SET bead_id = ? WHERE id = ?'),
    moveAll: db.prepare('UPDATE segments SET bead_id = ? WHERE bead_id = ?'),
    shiftFrom: db.prepare('UPDATE beads SET position = position + ? WHERE document_id = ? AND position >= ?'),
    insertBead: db.prepare('INSERT INTO beads (document_id, position) VALUES (?, ?)'),
    deleteBead: db.prepare('DELETE FROM beads WHERE id = ?'),
    isEmpty: db.prepare('SELECT NOT EXISTS (SELECT 1 FROM segments WHERE bead_id = ?) AS empty'),
  };

  return {
    bead: (id: number) => statements.bead.get(id) as BeadRecord | undefined,
    beadAt: (documentId: number, position: number) =>
      statements.beadAt.get(documentId, position) as BeadRecord | undefined,
    segmentIds: (beadId: number, side: Side) =>
      (statements.segmentIds.all(beadId, side) as { id: number }[]).map((r) => r.id),
    moveSegment: (segmentId: number, beadId: number) => statements.moveSegment.run(beadId, segmentId),
    moveAll: (fromBead: number, toBead: number) => statements.moveAll.run(toBead, fromBead),
    /** Opens a gap at `position` (delta 1) or closes one after a deletion (delta -1). */
    shift: (documentId: number, fromPosition: number, delta: 1 | -1) =>
      statements.shiftFrom.run(delta, documentId, fromPosition),
    insertBead: (documentId: number, position: number) =>
      Number(statements.insertBead.run(documentId, position).lastInsertRowid),
    deleteBead: (id: number) => statements.deleteBead.run(id),
    isEmpty: (beadId: number) => (statements.isEmpty.get(beadId) as { empty: number }).empty === 1,
  };
}
