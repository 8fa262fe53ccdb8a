import type { Db } from './open';

/** A fix's edit records which findings it applied, so the document can count fixes by check. */
export interface FixDetail {
  keys: string[];
  checks: Record<string, number>;
}

export function reviewRepo(db: Db) {
  const statements = {
    dismissed: db.prepare('SELECT key FROM dismissals WHERE document_id = ?').pluck(),
    dismiss: db.prepare('INSERT OR IGNORE INTO dismissals (document_id, key, created_at) VALUES (?, ?, ?)'),
    restore: db.prepare('DELETE FROM dismissals WHERE document_id = ? AND key = ?'),
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
