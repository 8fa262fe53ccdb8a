import type { Api } from '../../api';
import type { Concept } from '../../../shared/model';
import type { TermInput } from '../../../shared/contract';
import type { useDocument } from '../../state/use-document';
import type { LearnSuggestion } from '../../state/use-review';

type Doc = ReturnType<typeof useDocument>;

const asInput = (t: Concept['terms'][number]): TermInput => ({
  id: t.id,
  uuid: t.uuid,
  lang: t.lang,
  text: t.text,
  status: t.status,
  caseSensitive: t.caseSensitive,
  partOfSpeech: t.partOfSpeech,
  note: t.note,
});

/**
 * The concept's terms with `approved` as the preferred English and `forbidden` forbidden; other
 * terms stay, a former preferred English one stays as admitted.
 */
export function recordedTerms(terms: Concept['terms'], approved: string, forbidden: string): TermInput[] {
  const out: TermInput[] = terms.map(asInput).map((term) => {
    if (term.lang !== 'en') return term;
    if (term.text === approved) return { ...term, status: 'preferred' };
    if (term.text === forbidden) return { ...term, status: 'forbidden' };
    return term.status === 'preferred' ? { ...term, status: 'admitted' } : term;
  });
  if (!out.some((t) => t.lang === 'en' && t.text === approved)) out.push({ lang: 'en', text: approved, status: 'preferred' });
  if (!out.some((t) => t.lang === 'en' && t.text === forbidden)) out.push({ lang: 'en', text: forbidden, status: 'forbidden' });
  return out;
}

/** Records the learned rendering: updates the suggestion's concept, or creates one in `glossaryId`. */
export async function recordInGlossary(api: Api, s: LearnSuggestion, glossaryId: number, source: string): Promise<number> {
  if (s.conceptId !== null) {
    const concept = await api.call('concepts.get', { id: s.conceptId });
    const updated = await api.call('concepts.update', {
      id: concept.id,
      type: concept.type,
      domain: concept.domain,
      note: concept.note,
      terms: recordedTerms(concept.terms, s.approved, s.forbidden),
    });
    return updated.id;
  }
  const created = await api.call('concepts.create', {
    glossaryId,
    type: s.type,
    terms: [
      { lang: 'ru', text: source, status: 'preferred' },
      { lang: 'en', text: s.approved, status: 'preferred' },
      { lang: 'en', text: s.forbidden, status: 'forbidden' },
    ],
  });
  return created.id;
}

/**
 * Puts `approved` in place of the forbidden rendering at the suggestion's other occurrences, as one
 * undoable edit (the server leaves alone a place whose text has changed since).
 */
export async function fixOccurrences(api: Api, doc: Doc, documentId: number, s: LearnSuggestion): Promise<number> {
  const occurrences = s.occurrences.filter((o) => o.segmentId !== s.segmentId);
  if (occurrences.length === 0) return 0;
  const result = await doc.applyEdit(() =>
    api.call('review.replaceOccurrences', { documentId, forbidden: s.forbidden, approved: s.approved, occurrences }),
  );
  return result?.replaced ?? 0;
}
