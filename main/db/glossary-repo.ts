import type { TermInput } from '../../shared/contract';
import type { Concept, ConceptType, Glossary, Lang, MatchableConcept, Term, TermStatus } from '../../shared/model';
import type { Db } from './open';

export type { TermInput };

type ConceptRow = Omit<Concept, 'terms'>;

type MatchableRow = [number, ConceptType, number, Lang, string, TermStatus, number];

/** A term as SQLite gives it: the flag as 0/1, with the concept it belongs to. */
type TermRow = Omit<Term, 'caseSensitive'> & { conceptId: number; caseSensitive: number };

const CONCEPT_COLUMNS = `c.id, c.uuid, c.glossary_id AS glossaryId, c.type, c.domain, c.note,
  c.created_at AS createdAt, c.created_by AS createdBy, c.updated_at AS updatedAt, c.updated_by AS updatedBy`;
const TERM_COLUMNS = `t.id, t.uuid, t.concept_id AS conceptId, t.lang, t.text, t.status,
  t.case_sensitive AS caseSensitive, t.part_of_speech AS partOfSpeech, t.note`;

export function glossaryRepo(db: Db) {
  const statements = {
    glossaries: db.prepare(
      `SELECT g.id, g.uuid, g.name, g.source_lang AS sourceLang, g.target_lang AS targetLang,
              g.created_at AS createdAt, g.updated_at AS updatedAt,
              (SELECT count(*) FROM concepts c WHERE c.glossary_id = g.id AND c.deleted_at IS NULL) AS concepts
       FROM glossaries g ORDER BY g.name COLLATE NOCASE, g.id`,
    ),
    matchable: db
      .prepare(
        `SELECT c.id, c.type, t.id, t.lang, t.text, t.status, t.case_sensitive
         FROM concepts c JOIN terms t ON t.concept_id = c.id
         WHERE c.glossary_id = ? AND c.deleted_at IS NULL ORDER BY c.id, t.id`,
      )
      .raw(),
    glossaryExists: db.prepare('SELECT 1 FROM glossaries WHERE id = ?').pluck(),
    insertGlossary: db.prepare(
      `INSERT INTO glossaries (uuid, name, source_lang, target_lang, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    renameGlossary: db.prepare('UPDATE glossaries SET name = ?, updated_at = ? WHERE id = ?'),
    touchGlossary: db.prepare('UPDATE glossaries SET updated_at = ? WHERE id = ?'),
    deleteGlossary: db.prepare('DELETE FROM glossaries WHERE id = ?'),
    concept: db.prepare(`SELECT ${CONCEPT_COLUMNS} FROM concepts c WHERE c.id = ? AND c.deleted_at IS NULL`),
    deletedConcept: db.prepare(`SELECT ${CONCEPT_COLUMNS} FROM concepts c WHERE c.id = ? AND c.deleted_at IS NOT NULL`),
    insertConcept: db.prepare(
      `INSERT INTO concepts (uuid, glossary_id, type, domain, note, created_at, created_by, updated_at, updated_by)
       VALUES (@uuid, @glossaryId, @type, @domain, @note, @now, @user, @now, @user)`,
    ),
    updateConcept: db.prepare(
      `UPDATE concepts SET type = @type, domain = @domain, note = @note, updated_at = @now, updated_by = @user WHERE id = @id`,
    ),
    softDelete: db.prepare('UPDATE concepts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL'),
    restore: db.prepare('UPDATE concepts SET deleted_at = NULL WHERE id = ?'),
    insertTerm: db.prepare(
      `INSERT INTO terms (uuid, concept_id, lang, text, status, case_sensitive, part_of_speech, note)
       VALUES (@uuid, @conceptId, @lang, @text, @status, @caseSensitive, @partOfSpeech, @note)`,
    ),
    deleteTerms: db.prepare('DELETE FROM terms WHERE concept_id = ?'),
    termsOf: db.prepare(`SELECT ${TERM_COLUMNS} FROM terms t WHERE t.concept_id = ? ORDER BY t.id`),
    documentGlossaries: db.prepare('SELECT glossary_id AS id FROM document_glossaries WHERE document_id = ? ORDER BY glossary_id'),
    clearDocumentGlossaries: db.prepare('DELETE FROM document_glossaries WHERE document_id = ?'),
    addDocumentGlossary: db.prepare('INSERT INTO document_glossaries (document_id, glossary_id) VALUES (?, ?)'),
  };

  const withTerms = (rows: ConceptRow[]): Concept[] => {
    if (rows.length === 0) return [];
    const byConcept = new Map<number, Term[]>(rows.map((r) => [r.id, []]));
    // One query for all terms, chunked under SQLite's variable limit.
    const ids = [...byConcept.keys()];
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const terms = db
        .prepare(`SELECT ${TERM_COLUMNS} FROM terms t WHERE t.concept_id IN (${chunk.map(() => '?').join(',')}) ORDER BY t.id`)
        .all(...chunk) as TermRow[];
      for (const t of terms) byConcept.get(t.conceptId)!.push(toTerm(t));
    }
    return rows.map((r) => ({ ...r, terms: byConcept.get(r.id)! }));
  };

  return {
    glossaries: () => statements.glossaries.all() as Glossary[],
    glossaryExists: (id: number) => statements.glossaryExists.get(id) !== undefined,
    insertGlossary: (uuid: string, name: string, sourceLang: Lang, targetLang: Lang, now: string) =>
      Number(statements.insertGlossary.run(uuid, name, sourceLang, targetLang, now, now).lastInsertRowid),
    renameGlossary: (id: number, name: string, now: string) => statements.renameGlossary.run(name, now, id).changes > 0,
    touchGlossary: (id: number, now: string) => statements.touchGlossary.run(now, id),
    deleteGlossary: (id: number) => statements.deleteGlossary.run(id).changes > 0,

    concept(id: number): Concept | undefined {
      const row = statements.concept.get(id) as ConceptRow | undefined;
      return row && { ...row, terms: (statements.termsOf.all(id) as TermRow[]).map(toTerm) };
    },
    deletedConcept: (id: number) => statements.deletedConcept.get(id) as ConceptRow | undefined,

    /** Concepts filtered by glossary and type, optionally limited to the ids FTS found. */
    concepts(filter: { glossaryIds?: number[]; type?: ConceptType; ids?: number[]; limit?: number; offset?: number }): Concept[] {
      const where = ['c.deleted_at IS NULL'];
      const params: (string | number)[] = [];
      if (filter.glossaryIds) {
        if (filter.glossaryIds.length === 0) return [];
        where.push(`c.glossary_id IN (${filter.glossaryIds.map(() => '?').join(',')})`);
        params.push(...filter.glossaryIds);
      }
      if (filter.type) {
        where.push('c.type = ?');
        params.push(filter.type);
      }
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        where.push(`c.id IN (SELECT value FROM json_each(?))`);
        params.push(JSON.stringify(filter.ids));
      }
      const order = filter.ids
        ? `ORDER BY (SELECT key FROM json_each(?) WHERE value = c.id)`
        : `ORDER BY (SELECT t.text FROM terms t WHERE t.concept_id = c.id AND t.lang = 'ru' ORDER BY t.id LIMIT 1) COLLATE NOCASE, c.id`;
      if (filter.ids) params.push(JSON.stringify(filter.ids));
      const limit = filter.limit === undefined ? '' : ` LIMIT ${Math.max(0, filter.limit | 0)} OFFSET ${Math.max(0, (filter.offset ?? 0) | 0)}`;
      const rows = db.prepare(`SELECT ${CONCEPT_COLUMNS} FROM concepts c WHERE ${where.join(' AND ')} ${order}${limit}`).all(...params) as ConceptRow[];
      return withTerms(rows);
    },

    /**
     * What a review needs of every live concept of these glossaries (type and terms), in id order:
     * one query, rows read as arrays, so a glossary of 100,000 concepts loads in a fraction of the
     * time full concepts take.
     */
    matchableConcepts(glossaryIds: number[]): MatchableConcept[] {
      const out: MatchableConcept[] = [];
      for (const id of glossaryIds) {
        for (const [conceptId, type, termId, lang, text, status, caseSensitive] of statements.matchable.all(id) as MatchableRow[]) {
          const last = out[out.length - 1];
          const concept = last?.id === conceptId ? last : { id: conceptId, glossaryId: id, type, terms: [] };
          if (concept !== last) out.push(concept);
          concept.terms.push({ id: termId, lang, text, status, caseSensitive: caseSensitive === 1 });
        }
      }
      return out.sort((a, b) => a.id - b.id);
    },

    /**
     * Concept ids whose terms or notes contain every word of the (already folded) query, best
     * first (ties by id, so pages are stable). The glossary and type filters are part of the
     * query: a scoped search is never starved by matches elsewhere.
     */
    search(ftsQuery: string, filter: { glossaryIds?: number[]; type?: ConceptType; limit: number; offset?: number }): number[] {
      if (filter.glossaryIds?.length === 0) return [];
      const where = ['term_search MATCH ?', 'c.deleted_at IS NULL'];
      const params: (string | number)[] = [ftsQuery];
      if (filter.glossaryIds) {
        where.push('c.glossary_id IN (SELECT value FROM json_each(?))');
        params.push(JSON.stringify(filter.glossaryIds));
      }
      if (filter.type) {
        where.push('c.type = ?');
        params.push(filter.type);
      }
      params.push(Math.max(0, filter.limit | 0), Math.max(0, (filter.offset ?? 0) | 0));
      return db
        .prepare(
          `SELECT t.concept_id FROM term_search s JOIN terms t ON t.id = s.rowid JOIN concepts c ON c.id = t.concept_id
           WHERE ${where.join(' AND ')} GROUP BY t.concept_id ORDER BY min(s.rank), t.concept_id LIMIT ? OFFSET ?`,
        )
        .pluck()
        .all(...params) as number[];
    },

    insertConcept(c: { uuid: string; glossaryId: number; type: ConceptType; domain: string | null; note: string | null; now: string; user: string }) {
      return Number(statements.insertConcept.run(c).lastInsertRowid);
    },
    updateConcept(c: { id: number; type: ConceptType; domain: string | null; note: string | null; now: string; user: string }) {
      statements.updateConcept.run(c);
    },
    replaceTerms(conceptId: number, terms: (TermInput & { uuid: string })[]) {
      statements.deleteTerms.run(conceptId);
      for (const t of terms) {
        statements.insertTerm.run({
          uuid: t.uuid,
          conceptId,
          lang: t.lang,
          text: t.text,
          status: t.status,
          caseSensitive: t.caseSensitive ? 1 : 0,
          partOfSpeech: t.partOfSpeech ?? null,
          note: t.note ?? null,
        });
      }
    },
    termsOf: (conceptId: number) => (statements.termsOf.all(conceptId) as TermRow[]).map(toTerm),
    softDelete: (id: number, now: string) => statements.softDelete.run(now, id).changes > 0,
    restore: (id: number) => statements.restore.run(id).changes > 0,

    documentGlossaries: (documentId: number) =>
      (statements.documentGlossaries.all(documentId) as { id: number }[]).map((r) => r.id),
    setDocumentGlossaries(documentId: number, glossaryIds: number[]) {
      statements.clearDocumentGlossaries.run(documentId);
      for (const id of glossaryIds) statements.addDocumentGlossary.run(documentId, id);
    },
  };
}

function toTerm(t: TermRow): Term {
  return {
    id: t.id,
    uuid: t.uuid,
    lang: t.lang,
    text: t.text,
    status: t.status,
    caseSensitive: t.caseSensitive === 1,
    partOfSpeech: t.partOfSpeech,
    note: t.note,
  };
}
