import type { Side } from '../../shared/model';
import { now } from '../clock';
import { alignmentRepo, type BeadRecord } from '../db/alignment-repo';
import { documentsRepo } from '../db/documents-repo';
import type { Db } from '../db/open';
import { notFound, ServiceError } from './errors';

/** The editor's corrections to the automatic alignment. Each is one transaction. */
export function alignmentService(db: Db) {
  const beads = alignmentRepo(db);
  const documents = documentsRepo(db);

  const beadOf = (documentId: number, beadId: number): BeadRecord => {
    const bead = beads.bead(beadId);
    if (!bead || bead.documentId !== documentId) throw notFound('row', beadId);
    return bead;
  };

  const removeIfEmpty = (bead: BeadRecord) => {
    if (!beads.isEmpty(bead.id)) return;
    beads.deleteBead(bead.id);
    beads.shift(bead.documentId, bead.position + 1, -1);
  };

  const finish = (documentId: number) => documents.touch(documentId, now());

  return {
    /** Joins a row with the one below it. */
    merge: db.transaction((documentId: number, beadId: number) => {
      const bead = beadOf(documentId, beadId);
      const next = beads.beadAt(documentId, bead.position + 1);
      if (!next) throw new ServiceError('bad-input', 'the last row has nothing below it to merge with');
      beads.moveAll(next.id, bead.id);
      removeIfEmpty(next);
      finish(documentId);
    }),

    /** Cuts a row in two: the first `sourceAt` and `targetAt` sentences stay, the rest form a new row below. */
    split: db.transaction((documentId: number, beadId: number, sourceAt: number, targetAt: number) => {
      const bead = beadOf(documentId, beadId);
      const source = beads.segmentIds(bead.id, 'source');
      const target = beads.segmentIds(bead.id, 'target');
      if (sourceAt > source.length || targetAt > target.length) {
        throw new ServiceError('bad-input', `the row has ${source.length} source and ${target.length} target sentences`);
      }
      const moving = [...source.slice(sourceAt), ...target.slice(targetAt)];
      const staying = source.length + target.length - moving.length;
      if (moving.length === 0 || staying === 0) throw new ServiceError('bad-input', 'a split must leave sentences in both rows');
      beads.shift(documentId, bead.position + 1, 1);
      const created = beads.insertBead(documentId, bead.position + 1);
      for (const id of moving) beads.moveSegment(id, created);
      finish(documentId);
    }),

    /** Moves the first sentence of a side to the row above, or the last one to the row below. */
    move: db.transaction((documentId: number, beadId: number, side: Side, direction: 'previous' | 'next') => {
      const bead = beadOf(documentId, beadId);
      const ids = beads.segmentIds(bead.id, side);
      if (ids.length === 0) throw new ServiceError('bad-input', `the row has no ${side} sentence to move`);
      const neighbour = beads.beadAt(documentId, bead.position + (direction === 'previous' ? -1 : 1));
      if (!neighbour) throw new ServiceError('bad-input', `there is no row ${direction === 'previous' ? 'above' : 'below'}`);
      beads.moveSegment(direction === 'previous' ? ids[0] : ids[ids.length - 1], neighbour.id);
      removeIfEmpty(bead);
      finish(documentId);
    }),
  };
}
