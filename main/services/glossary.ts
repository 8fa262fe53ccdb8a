import { randomUUID } from 'node:crypto';
import type { Concept, ConceptType, Lang } from '../../shared/model';
import { now } from '../clock';
import { currentUser } from './current-user';
import { glossaryRepo, type TermInput } from '../db/glossary-repo';
import type { Db } from '../db/open';
import type { EventBus } from '../events';
import { notFound, ServiceError } from './errors';

export interface ConceptInput {
  glossaryId: number;
  type: ConceptType;
  domain?: string | null;
  note?: string | null;
  terms: TermInput[];
}

/**
 * Turns what the editor typed into an FTS5 query: every word must occur, the last one as a prefix
 * (search as you type); ё and е are one letter; FTS syntax characters are taken literally.
 */
export function toFtsQuery(query: string): string | null {
  const words = query
    .replace(/ё/g, 'е')
    .replace(/Ё/g, 'Е')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export function glossaryService(db: Db, bus?: EventBus) {
  const repo = glossaryRepo(db);
  /** Open documents re-check when their glossaries change. */
  const changed = (glossaryId: number | null, documentId: number | null = null) =>
    bus?.emit('glossary.changed', { glossaryId, documentId });

  const glossary = (id: number) => {
    const found = repo.glossaries().find((g) => g.id === id);
    if (!found) throw notFound('glossary', id);
    return found;
  };

  const concept = (id: number): Concept => {
    const found = repo.concept(id);
    if (!found) throw notFound('concept', id);
    return found;
  };

  const cleanTerms = (terms: TermInput[]) => {
    const cleaned = terms
      .map((t) => ({ ...t, text: t.text.replace(/\s+/g, ' ').trim() }))
      .filter((t) => t.text.length > 0);
    if (!cleaned.some((t) => t.lang === 'ru')) throw new ServiceError('bad-input', 'a concept needs its Russian term');
    const seen = new Set<string>();
    for (const t of cleaned) {
      // Case counts: "Belgorod Region" may be the forbidden variant of "Belgorod region".
      const key = `${t.lang}\u0000${t.text}`;
      if (seen.has(key)) throw new ServiceError('bad-input', `the term "${t.text}" is listed twice`);
      seen.add(key);
    }
    return cleaned;
  };

  const keepUuids = (conceptId: number | null, terms: TermInput[]) => {
    const existing = conceptId === null ? [] : repo.termsOf(conceptId);
    return terms.map((t) => ({ ...t, uuid: existing.find((e) => e.id === t.id)?.uuid ?? t.uuid ?? randomUUID() }));
  };

  const setDocumentGlossaries = db.transaction((documentId: number, glossaryIds: number[]) => {
    for (const id of glossaryIds) if (!repo.glossaryExists(id)) throw notFound('glossary', id);
    repo.setDocumentGlossaries(documentId, [...new Set(glossaryIds)]);
    return repo.documentGlossaries(documentId);
  });

  /** Runs a concept change, then tells listeners which glossary it touched (after the commit). */
  function notifying<A extends unknown[]>(run: (...args: A) => Concept) {
    return (...args: A): Concept => {
      const result = run(...args);
      changed(result.glossaryId);
      return result;
    };
  }

  return {
    glossaries: () => repo.glossaries(),

    createGlossary(name: string, sourceLang: Lang = 'ru', targetLang: Lang = 'en', uuid: string = randomUUID()) {
      const trimmed = name.trim();
      if (!trimmed) throw new ServiceError('bad-input', 'a glossary needs a name');
      const id = repo.insertGlossary(uuid, trimmed, sourceLang, targetLang, now());
      changed(id);
      return glossary(id);
    },

    renameGlossary(id: number, name: string) {
      if (!name.trim()) throw new ServiceError('bad-input', 'a glossary needs a name');
      if (!repo.renameGlossary(id, name.trim(), now())) throw notFound('glossary', id);
      changed(id);
      return glossary(id);
    },

    deleteGlossary(id: number) {
      if (!repo.deleteGlossary(id)) throw notFound('glossary', id);
      changed(id);
      return { ok: true as const };
    },

    concept,

    concepts(filter: { glossaryIds?: number[]; type?: ConceptType; query?: string; limit?: number; offset?: number }) {
      if (filter.query?.trim()) {
        const fts = toFtsQuery(filter.query);
        if (!fts) return [];
        const ids = repo.search(fts, { glossaryIds: filter.glossaryIds, type: filter.type, limit: filter.limit ?? 200, offset: filter.offset });
        return repo.concepts({ ids });
      }
      return repo.concepts(filter);
    },

    createConcept: notifying(db.transaction((input: ConceptInput): Concept => {
      if (!repo.glossaryExists(input.glossaryId)) throw notFound('glossary', input.glossaryId);
      const stamp = now();
      const id = repo.insertConcept({
        uuid: randomUUID(),
        glossaryId: input.glossaryId,
        type: input.type,
        domain: input.domain ?? null,
        note: input.note ?? null,
        now: stamp,
        user: currentUser(),
      });
      repo.replaceTerms(id, keepUuids(null, cleanTerms(input.terms)));
      repo.touchGlossary(input.glossaryId, stamp);
      return concept(id);
    })),

    updateConcept: notifying(db.transaction((id: number, input: Omit<ConceptInput, 'glossaryId'>): Concept => {
      const before = concept(id);
      const stamp = now();
      repo.updateConcept({ id, type: input.type, domain: input.domain ?? null, note: input.note ?? null, now: stamp, user: currentUser() });
      repo.replaceTerms(id, keepUuids(id, cleanTerms(input.terms)));
      repo.touchGlossary(before.glossaryId, stamp);
      return concept(id);
    })),

    /** Kept in the file until undone or purged, so a deletion can be taken back. */
    deleteConcept(id: number) {
      const glossaryId = repo.concept(id)?.glossaryId ?? null;
      if (!repo.softDelete(id, now())) throw notFound('concept', id);
      changed(glossaryId);
      return { ok: true as const };
    },

    restoreConcept: notifying((id: number): Concept => {
      if (!repo.deletedConcept(id)) throw notFound('deleted concept', id);
      repo.restore(id);
      return concept(id);
    }),

    documentGlossaries: (documentId: number) => repo.documentGlossaries(documentId),

    setDocumentGlossaries(documentId: number, glossaryIds: number[]) {
      const ids = setDocumentGlossaries(documentId, glossaryIds);
      changed(null, documentId);
      return ids;
    },
  };
}
