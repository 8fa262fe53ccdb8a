// What glossary exchange reads and writes: whole glossaries as exchanged (two queries, rows as
// arrays), concepts and terms with every field given (a file's ids, dates and authors), and the
// three-way merge bases (exchange_base, migration 0004).
import type { ExchangeConcept, ExchangeTerm, GlossaryFormat } from '../../shared/formats/glossary-exchange';
import type { StoredConcept } from '../../shared/formats/glossary-merge';
import type { ConceptType, Lang, TermStatus } from '../../shared/model';
import type { Db } from './open';

/** The page cache of a bulk insert, in KiB as SQLite's negative cache_size counts it. */
const BULK_CACHE_KIB = -65536;

type ConceptRow = [number, string, ConceptType, string | null, string | null, string, string, string, string];
type TermRow = [number, string, Lang, string, TermStatus, number, string | null, string | null];

export interface NewConcept {
  uuid: string;
  glossaryId: number;
  type: ConceptType;
  domain: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
}

export function exchangeRepo(db: Db) {
  const statements = {
    concepts: db
      .prepare(
        `SELECT id, uuid, type, domain, note, created_at, created_by, updated_at, updated_by
         FROM concepts WHERE glossary_id = ? AND deleted_at IS NULL ORDER BY id`,
      )
      .raw(),
    terms: db
      .prepare(
        `SELECT t.concept_id, t.uuid, t.lang, t.text, t.status, t.case_sensitive, t.part_of_speech, t.note
         FROM concepts c JOIN terms t ON t.concept_id = c.id
         WHERE c.glossary_id = ? AND c.deleted_at IS NULL ORDER BY c.id, t.id`,
      )
      .raw(),
    conceptUuidTaken: db.prepare('SELECT 1 FROM concepts WHERE uuid = ?').pluck(),
    termUuidTaken: db.prepare('SELECT 1 FROM terms WHERE uuid = ?').pluck(),
    glossaryUuidTaken: db.prepare('SELECT 1 FROM glossaries WHERE uuid = ?').pluck(),
    // Positional parameters: a large import runs these hundreds of thousands of times.
    insertConcept: db.prepare(
      `INSERT INTO concepts (uuid, glossary_id, type, domain, note, created_at, created_by, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateConcept: db.prepare(
      `UPDATE concepts SET type = @type, domain = @domain, note = @note, updated_at = @updatedAt, updated_by = @updatedBy WHERE id = @id`,
    ),
    insertTerm: db.prepare(
      `INSERT INTO terms (uuid, concept_id, lang, text, status, case_sensitive, part_of_speech, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateTerm: db.prepare(
      `UPDATE terms SET status = @status, case_sensitive = @caseSensitive, part_of_speech = @partOfSpeech, note = @note WHERE uuid = @uuid`,
    ),
    deleteTerm: db.prepare('DELETE FROM terms WHERE uuid = ?'),
    searchTrigger: db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'term_search_insert'").pluck(),
    lastTermId: db.prepare('SELECT coalesce(max(id), 0) FROM terms').pluck(),
    bases: db
      .prepare('SELECT b.concept_id, b.snapshot FROM exchange_base b JOIN concepts c ON c.id = b.concept_id WHERE c.glossary_id = ?')
      .raw(),
    upsertBase: db.prepare(
      `INSERT INTO exchange_base (concept_id, snapshot, origin, format, recorded_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (concept_id) DO UPDATE SET snapshot = excluded.snapshot, origin = excluded.origin,
         format = excluded.format, recorded_at = excluded.recorded_at`,
    ),
  };

  return {
    /**
     * Every live concept of the glossary with all its fields and terms, in the order they were
     * made. Both queries walk the same order (c.id, which the indexes give without a sort), so
     * the terms are dealt out in one pass.
     */
    concepts(glossaryId: number): StoredConcept[] {
      const out: StoredConcept[] = [];
      for (const [id, uuid, type, domain, note, createdAt, createdBy, updatedAt, updatedBy] of statements.concepts.all(glossaryId) as ConceptRow[]) {
        out.push({ id, uuid, type, domain, note, createdAt, createdBy, updatedAt, updatedBy, terms: [] });
      }
      let i = 0;
      for (const [conceptId, uuid, lang, text, status, caseSensitive, partOfSpeech, note] of statements.terms.all(glossaryId) as TermRow[]) {
        while (out[i].id !== conceptId) i++;
        out[i].terms.push({ uuid, lang, text, status, caseSensitive: caseSensitive === 1, partOfSpeech, note });
      }
      return out;
    },

    conceptUuidTaken: (uuid: string) => statements.conceptUuidTaken.get(uuid) !== undefined,
    termUuidTaken: (uuid: string) => statements.termUuidTaken.get(uuid) !== undefined,
    glossaryUuidTaken: (uuid: string) => statements.glossaryUuidTaken.get(uuid) !== undefined,

    insertConcept: (c: NewConcept) =>
      Number(statements.insertConcept.run(c.uuid, c.glossaryId, c.type, c.domain, c.note, c.createdAt, c.createdBy, c.updatedAt, c.updatedBy).lastInsertRowid),
    updateConcept(c: { id: number; type: ConceptType; domain: string | null; note: string | null; updatedAt: string; updatedBy: string }) {
      statements.updateConcept.run(c);
    },
    insertTerm(conceptId: number, t: ExchangeTerm, uuid: string) {
      statements.insertTerm.run(uuid, conceptId, t.lang, t.text, t.status, t.caseSensitive ? 1 : 0, t.partOfSpeech, t.note);
    },
    updateTerm(t: ExchangeTerm & { uuid: string }) {
      statements.updateTerm.run({ uuid: t.uuid, status: t.status, caseSensitive: t.caseSensitive ? 1 : 0, partOfSpeech: t.partOfSpeech, note: t.note });
    },
    deleteTerm: (uuid: string) => statements.deleteTerm.run(uuid),

    /**
     * Runs the inserts of a large import with the search index's per-row trigger off, then indexes
     * the new terms in one statement (the trigger is three quarters of the time of a 100,000-line
     * import), and with a page cache large enough for the uuid indexes (random keys; the default
     * 2 MB cache doubles the time). Only inside the caller's transaction, so that a failure rolls
     * the trigger back too.
     */
    bulkInsert<T>(run: () => T): T {
      if (!db.inTransaction) throw new Error('a bulk insert needs the transaction of the import');
      const trigger = statements.searchTrigger.get() as string | undefined;
      const cache = db.pragma('cache_size', { simple: true }) as number;
      db.pragma(`cache_size = ${BULK_CACHE_KIB}`);
      try {
        if (!trigger) return run();
        const last = statements.lastTermId.get() as number;
        db.exec('DROP TRIGGER term_search_insert');
        try {
          const result = run();
          // What the trigger of migration 0002 indexes (ё folded to е); a test compares the two.
          db.prepare(
            `INSERT INTO term_search (rowid, text, note)
             SELECT t.id, replace(replace(t.text, 'ё', 'е'), 'Ё', 'Е'),
                    replace(replace(coalesce(t.note, '') || ' ' || coalesce(c.note, ''), 'ё', 'е'), 'Ё', 'Е')
             FROM terms t JOIN concepts c ON c.id = t.concept_id WHERE t.id > ?`,
          ).run(last);
          return result;
        } finally {
          db.exec(trigger);
        }
      } finally {
        db.pragma(`cache_size = ${cache}`);
      }
    },

    /** The recorded bases of the glossary's concepts, by concept id, as stored (read when a concept needs its base). */
    bases(glossaryId: number): Map<number, string> {
      return new Map(statements.bases.all(glossaryId) as [number, string][]);
    },
    recordBase(conceptId: number, snapshot: string, origin: 'export' | 'import', format: GlossaryFormat, now: string) {
      statements.upsertBase.run(conceptId, snapshot, origin, format, now);
    },
  };
}

type TermTuple = [Lang, string, TermStatus, 0 | 1, string | null, string | null];
type BaseTuple = [ConceptType, string | null, string | null, TermTuple[]];

/**
 * The snapshot a base keeps: the concept's content, without the ids and dates a merge ignores, as
 * compact JSON ([type, domain, note, [[lang, text, status, case, part of speech, note]…]]) so
 * that 100,000 of them write and read fast.
 */
export function baseSnapshot(concept: ExchangeConcept): string {
  const tuple: BaseTuple = [
    concept.type,
    concept.domain,
    concept.note,
    concept.terms.map((t): TermTuple => [t.lang, t.text, t.status, t.caseSensitive ? 1 : 0, t.partOfSpeech, t.note]),
  ];
  return JSON.stringify(tuple);
}

export function readBaseSnapshot(snapshot: string): ExchangeConcept {
  const [type, domain, note, terms] = JSON.parse(snapshot) as BaseTuple;
  return {
    uuid: null,
    type,
    domain,
    note,
    createdAt: null,
    createdBy: null,
    updatedAt: null,
    updatedBy: null,
    terms: terms.map(([lang, text, status, caseSensitive, partOfSpeech, termNote]) => ({ uuid: null, lang, text, status, caseSensitive: caseSensitive === 1, partOfSpeech, note: termNote })),
  };
}
