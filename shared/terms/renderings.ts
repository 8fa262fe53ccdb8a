// Which English terms of a concept the house style wants, allows, and forbids (TBX statuses).
import type { MatchableConcept, TermEntry } from '../model';

const english = (concept: MatchableConcept) => concept.terms.filter((t) => t.lang === 'en');

/** Every English term the house style accepts: the preferred ones, then the admitted ones. */
export function allowedRenderings(concept: MatchableConcept): TermEntry[] {
  const terms = english(concept);
  return [...terms.filter((t) => t.status === 'preferred'), ...terms.filter((t) => t.status === 'admitted')];
}

/** The rendering to use: the first preferred English term, else the first admitted one. */
export function approvedRendering(concept: MatchableConcept): string | null {
  return allowedRenderings(concept)[0]?.text ?? null;
}

export function forbiddenRenderings(concept: MatchableConcept): TermEntry[] {
  return english(concept).filter((t) => t.status === 'forbidden');
}

/** The Russian term the concept is known by: the first preferred one, else the first. */
export function russianTerm(concept: MatchableConcept): string {
  const terms = concept.terms.filter((t) => t.lang === 'ru');
  return (terms.find((t) => t.status === 'preferred') ?? terms[0])?.text ?? '';
}
