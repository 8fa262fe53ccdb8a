import type { Phrase } from '../../shared/model';
import type { Db } from './open';

/** A finding as its fix applied it: what the change report lists under "fixed" once it is gone. */
export interface FixedFinding {
  key: string;
  check: string;
  severity: string;
  row: number;
  source: string | null;
  target: string | null;
  message: Phrase;
  label: Phrase;
}

/** A fix's edit records which findings it applied, so the document can count fixes by check. */
export interface FixDetail {
  keys: string[];
  checks: Record<string, number>;
  /** Absent from the fixes of older versions, which recorded keys and counts only. */
  findings?: FixedFinding[];
}

export function reviewRepo(db: Db) {
  const statements = {
    dismissed: db.prepare('SELECT key FROM dismissals WHERE document_id = ?').pluck(),
    dismiss: db.prepare('INSERT OR IGNORE INTO dismissals (document_id, key, created_at) VALUES (?, ?, ?)'),
    restore: db.prepare('DELETE FROM dismissals WHERE document_id = ? AND key = ?'),
    rekey: db.prepare('UPDATE OR IGNORE dismissals SET key = ? WHERE document_id = ? AND key = ?'),
    fixDetails: db
      .prepare(`SELECT detail FROM edits WHERE document_id = ? AND state = 'done' AND reason IN ('fix', 'fix-all') AND detail IS NOT NULL`)
      .pluck(),
    glossaryStamp: db.prepare(
      `SELECT count(*) FILTER (WHERE deleted_at IS NULL) || '/' || ifnull(max(updated_at), '') || '/' || ifnull(max(deleted_at), '')
       FROM concepts WHERE glossary_id = ?`,
    ).pluck(),
  };

  return {
    dismissed: (documentId: number) => new Set(statements.dismissed.all(documentId) as string[]),
    dismiss: db.transaction((documentId: number, keys: string[], now: string) => {
      for (const key of keys) statements.dismiss.run(documentId, key, now);
    }),
    restore: db.transaction((documentId: number, keys: string[]) => {
      for (const key of keys) statements.restore.run(documentId, key);
    }),
    /** Moves dismissals to new keys (from the row-position keys of older versions). */
    rekey: db.transaction((documentId: number, moves: [from: string, to: string][]) => {
      for (const [from, to] of moves) statements.rekey.run(to, documentId, from);
    }),
    /** Applied (not undone) fixes of a document. */
    fixDetails(documentId: number): FixDetail[] {
      const out: FixDetail[] = [];
      for (const detail of statements.fixDetails.all(documentId) as string[]) {
        try {
          const parsed = JSON.parse(detail) as FixDetail;
          if (parsed && typeof parsed.checks === 'object') out.push(parsed);
        } catch {
          // Older or hand-written detail text: not a fix record, nothing to count.
        }
      }
      return out;
    },
    /**
     * Changes whenever a concept of the glossary is added, changed, deleted or restored; the
     * cached matcher is rebuilt when it does.
     */
    glossaryStamp: (glossaryId: number) => statements.glossaryStamp.get(glossaryId) as string,
  };
}
