import type { Api } from '../../api';
import type { Concept, Segment } from '../../../shared/model';
import type { TermInput } from '../../../shared/contract';
import type { useDocument } from '../../state/use-document';
import type { LearnSuggestion } from '../../state/use-review';
import { overlaps } from './groups';

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

export interface FixOutcome {
  /** Places changed by the fixes of findings. */
  fixed: number;
  /** Places changed directly, one edit per sentence, where no finding covered them. */
  replaced: number;
}

/**
 * Puts `approved` in place of the forbidden rendering at the suggestion's other occurrences.
 * Findings that cover them (forbidden-term of the concept, inconsistent-rendering) are fixed as one
 * edit; occurrences no finding covers are replaced in their sentence, one edit per sentence.
 */
export async function fixOccurrences(api: Api, doc: Doc, documentId: number, s: LearnSuggestion, conceptId: number | null): Promise<FixOutcome> {
  const { findings } = await api.call('review.findings', { documentId, checks: ['forbidden-term', 'inconsistent-rendering'] });
  const useful = findings.filter(
    (f) =>
      !f.dismissed &&
      f.fix?.replacements.length &&
      f.target &&
      ((f.check === 'forbidden-term' && conceptId !== null && f.subject?.conceptId === conceptId) ||
        s.occurrences.some((o) => overlaps(o, f.target!))),
  );
  const covered = (o: LearnSuggestion['occurrences'][number]) => useful.some((f) => f.fix!.replacements.some((r) => overlaps(o, r)));
  const keys = useful.map((f) => f.key);
  const touched = new Set<number>();
  let fixed = 0;
  if (keys.length) {
    const result = await doc.applyEdit(() => api.call('review.fix', { documentId, keys }));
    fixed = result?.applied.length ?? 0;
    for (const segment of result?.segments ?? []) touched.add(segment.id);
  }
  const rest = s.occurrences.filter((o) => !covered(o) && !touched.has(o.segmentId) && o.segmentId !== s.segmentId);
  let replaced = 0;
  const bySegment = new Map<number, typeof rest>();
  for (const o of rest) bySegment.set(o.segmentId, [...(bySegment.get(o.segmentId) ?? []), o]);
  for (const [segmentId, places] of bySegment) {
    const current = findSegment(doc, segmentId)?.current;
    if (current === undefined) continue;
    let text = current;
    for (const o of [...places].sort((a, b) => b.start - a.start)) {
      // The server saw the text when it answered; a place that has moved since is left alone.
      if (text.slice(o.start, o.end).toLowerCase() !== s.forbidden.toLowerCase()) continue;
      text = text.slice(0, o.start) + s.approved + text.slice(o.end);
      replaced++;
    }
    if (text === current) continue;
    await doc.applyEdit(async () => {
      const saved = await api.call('segments.save', { segmentId, text });
      return { segments: [saved.segment], canUndo: saved.canUndo, canRedo: saved.canRedo };
    });
  }
  return { fixed, replaced };
}

function findSegment(doc: Doc, segmentId: number): Segment | undefined {
  for (const row of doc.view?.rows ?? []) {
    const found = row.target.find((s) => s.id === segmentId);
    if (found) return found;
  }
  return undefined;
}
