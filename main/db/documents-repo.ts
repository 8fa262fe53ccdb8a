import type { DocumentSummary, Paragraph, Row, RowKind, Segment, Side } from '../../shared/model';
import type { Db } from './open';

export interface NewDocument {
  uuid: string;
  title: string;
  sourceName: string;
  targetName: string;
  sourceEncoding: string;
  targetEncoding: string;
  now: string;
}

interface SegmentRecord {
  id: number;
  bead_id: number;
  side: Side;
  position: number;
  paragraph: number;
  kind: RowKind;
  original: string;
  current: string;
}

const SUMMARY_SQL = `
  SELECT d.id, d.title, d.source_name AS sourceName, d.target_name AS targetName,
         d.created_at AS createdAt, d.updated_at AS updatedAt,
         d.source_encoding AS sourceEncoding, d.target_encoding AS targetEncoding,
         (SELECT count(*) FROM beads b WHERE b.document_id = d.id) AS rows,
         (SELECT count(DISTINCT s.bead_id) FROM segments s
            WHERE s.document_id = d.id AND s.side = 'target' AND s.current <> s.original) AS editedRows
  FROM documents d`;

export type DocumentRecord = DocumentSummary & { sourceEncoding: string; targetEncoding: string };

export function documentsRepo(db: Db) {
  const statements = {
    insertDocument: db.prepare(
      `INSERT INTO documents (uuid, title, source_name, target_name, source_encoding, target_encoding, created_at, updated_at)
       VALUES (@uuid, @title, @sourceName, @targetName, @sourceEncoding, @targetEncoding, @now, @now)`,
    ),
    insertBead: db.prepare('INSERT INTO beads (document_id, position) VALUES (?, ?)'),
    insertSegment: db.prepare(
      `INSERT INTO segments (document_id, bead_id, side, position, paragraph, kind, original, current)
       VALUES (@documentId, @beadId, @side, @position, @paragraph, @kind, @text, @text)`,
    ),
    list: db.prepare(`${SUMMARY_SQL} ORDER BY d.updated_at DESC, d.id DESC`),
    get: db.prepare(`${SUMMARY_SQL} WHERE d.id = ?`),
    beads: db.prepare('SELECT id, position FROM beads WHERE document_id = ? ORDER BY position'),
    segments: db.prepare(
      `SELECT id, bead_id, side, position, paragraph, kind, original, current
       FROM segments WHERE document_id = ? ORDER BY side, position`,
    ),
    segment: db.prepare(
      `SELECT s.id, s.bead_id, s.side, s.position, s.paragraph, s.kind, s.original, s.current, s.document_id AS documentId
       FROM segments s WHERE s.id = ?`,
    ),
    setCurrent: db.prepare('UPDATE segments SET current = ? WHERE id = ?'),
    // Strictly later than before, even twice in one millisecond: a review's cache of the
    // document is valid exactly while this stamp is unchanged.
    touch: db.prepare(`UPDATE documents SET updated_at = max(?, strftime('%Y-%m-%dT%H:%M:%fZ', updated_at, '+0.001 seconds')) WHERE id = ?`),
    updatedAt: db.prepare('SELECT updated_at FROM documents WHERE id = ?').pluck(),
    rename: db.prepare('UPDATE documents SET title = ?, updated_at = ? WHERE id = ?'),
    remove: db.prepare('DELETE FROM documents WHERE id = ?'),
  };

  return {
    /** Stores a whole aligned document. The caller wraps this in a transaction. */
    insert(doc: NewDocument, source: Paragraph[], target: Paragraph[], beads: BeadRanges[]): number {
      const documentId = Number(statements.insertDocument.run(doc).lastInsertRowid);
      const sides = { source: flatten(source), target: flatten(target) };
      beads.forEach((bead, position) => {
        const beadId = Number(statements.insertBead.run(documentId, position).lastInsertRowid);
        for (const side of ['source', 'target'] as const) {
          const [start, end] = side === 'source' ? [bead.sourceStart, bead.sourceEnd] : [bead.targetStart, bead.targetEnd];
          for (let i = start; i < end; i++) {
            const s = sides[side][i];
            statements.insertSegment.run({ documentId, beadId, side, position: i, paragraph: s.paragraph, kind: s.kind, text: s.text });
          }
        }
      });
      return documentId;
    },

    list(): DocumentRecord[] {
      return statements.list.all() as DocumentRecord[];
    },

    get(id: number): DocumentRecord | undefined {
      return statements.get.get(id) as DocumentRecord | undefined;
    },

    rows(documentId: number): Row[] {
      const beads = statements.beads.all(documentId) as { id: number; position: number }[];
      const byBead = new Map<number, Row>(beads.map((b) => [b.id, { beadId: b.id, position: b.position, source: [], target: [] }]));
      for (const s of statements.segments.all(documentId) as SegmentRecord[]) {
        byBead.get(s.bead_id)![s.side].push(toSegment(s));
      }
      return [...byBead.values()];
    },

    segment(id: number): (Segment & { documentId: number; beadId: number }) | undefined {
      const s = statements.segment.get(id) as (SegmentRecord & { documentId: number }) | undefined;
      return s && { ...toSegment(s), documentId: s.documentId, beadId: s.bead_id };
    },

    setCurrent(segmentId: number, text: string) {
      statements.setCurrent.run(text, segmentId);
    },

    touch(documentId: number, now: string) {
      statements.touch.run(now, documentId);
    },

    /** Changes with every change to the document's text or alignment (see touch). */
    updatedAt: (documentId: number) => statements.updatedAt.get(documentId) as string | undefined,

    rename(id: number, title: string, now: string): boolean {
      return statements.rename.run(title, now, id).changes > 0;
    },

    remove(id: number): boolean {
      return statements.remove.run(id).changes > 0;
    },
  };
}

export interface BeadRanges {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

function flatten(paragraphs: Paragraph[]) {
  return paragraphs.flatMap((p, paragraph) => p.sentences.map((text) => ({ text, kind: p.kind, paragraph })));
}

function toSegment(s: SegmentRecord): Segment {
  return { id: s.id, side: s.side, position: s.position, paragraph: s.paragraph, kind: s.kind, original: s.original, current: s.current };
}
