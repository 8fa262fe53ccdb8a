import type { Input } from '../../../shared/contract';
import type { ConceptType, Lang, TermStatus } from '../../../shared/model';
import { approvedRendering, forbiddenRenderings, russianTerm } from '../../../shared/terms/renderings';
import type { ConceptData } from './use-glossary-data';

/** One term line of the editor; `key` keeps React's rows stable while lines come and go. */
export interface TermDraft {
  key: string;
  id?: number;
  uuid?: string;
  lang: Lang;
  text: string;
  status: TermStatus;
  caseSensitive?: boolean;
  partOfSpeech?: string | null;
  note?: string | null;
}

/** What the concept editor starts from: an existing concept, or a proposal (selection, candidate). */
export interface ConceptDraft {
  conceptId: number | null;
  type: ConceptType;
  note: string;
  terms: TermDraft[];
  /** What the machine translation wrote for it (the selected English or the row's translation). */
  machine: string | null;
  /** A proposal may also be recorded as a variant of a concept that is already there. */
  fromSelection: boolean;
}

let counter = 0;
export const termKey = () => `t${++counter}`;

export const newTerm = (lang: Lang, text = '', status: TermStatus = 'preferred'): TermDraft => ({ key: termKey(), lang, text, status });

export function draftOf(concept: ConceptData): ConceptDraft {
  return {
    conceptId: concept.id,
    type: concept.type,
    note: concept.note ?? '',
    terms: concept.terms.map((t) => ({ ...t, key: termKey() })),
    machine: null,
    fromSelection: false,
  };
}

export function proposal(ru: string, en: string, type: ConceptType = 'other', machine: string | null = null): ConceptDraft {
  return {
    conceptId: null,
    type,
    note: '',
    terms: [newTerm('ru', ru), newTerm('en', en)],
    machine,
    fromSelection: true,
  };
}

type TermPayload = Input<'concepts.create'>['terms'][number];

/** The lines worth saving (blank ones dropped), as the API takes them. */
export function termsPayload(terms: readonly TermDraft[]): TermPayload[] {
  return terms
    .filter((t) => t.text.trim())
    .map(({ key: _key, ...t }) => ({ ...t, text: t.text.trim() }));
}

/** A concept's terms with a Russian and an English variant added (those it does not have yet). */
export function withVariant(concept: ConceptData, ru: string, en: string, enStatus: TermStatus): TermPayload[] {
  const terms: TermPayload[] = concept.terms.map((t) => ({ ...t }));
  const has = (lang: Lang, text: string) => terms.some((t) => t.lang === lang && t.text === text);
  if (ru.trim() && !has('ru', ru.trim())) terms.push({ lang: 'ru', text: ru.trim(), status: 'admitted' });
  if (en.trim() && !has('en', en.trim())) terms.push({ lang: 'en', text: en.trim(), status: enStatus });
  return terms;
}

/** The Russian heading of a concept and its approved English. */
export function headline(concept: ConceptData) {
  return {
    russian: russianTerm(concept),
    approved: approvedRendering(concept),
    forbidden: forbiddenRenderings(concept).map((t) => t.text),
  };
}
