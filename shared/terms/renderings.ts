// Which English terms of a concept the house style wants, allows, and forbids (TBX statuses).
import type { MatchableConcept, TermEntry } from '../model';

const english = (concept: MatchableConcept) => concept.terms.filter((t) => t.lang === 'en');

/** The rendering to use: the first preferred English term, else the first admitted one. */
export function approvedRendering(concept: MatchableConcept): string | null {
  const terms = english(concept);
  return (terms.find((t) => t.status === 'preferred') ?? terms.find((t) => t.status === 'admitted'))?.text ?? null;
}

/** Every English term the house style accepts (preferred and admitted). */
export function allowedRenderings(concept: MatchableConcept): TermEntry[] {
  return english(concept).filter((t) => t.status !== 'forbidden');
}

export function forbiddenRenderings(concept: MatchableConcept): TermEntry[] {
  return english(concept).filter((t) => t.status === 'forbidden');
}

/** The Russian term the concept is known by: the first preferred one, else the first. */
export function russianTerm(concept: MatchableConcept): string {
  const terms = concept.terms.filter((t) => t.lang === 'ru');
  return (terms.find((t) => t.status === 'preferred') ?? terms[0])?.text ?? '';
}
