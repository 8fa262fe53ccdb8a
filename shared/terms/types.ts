import type { ConceptType } from '../model';

/** How a source match was found: the term as written, another form of it, or the surname alone. */
export type MatchHow = 'exact' | 'inflected' | 'surname';

/** A glossary term found in Russian text: [start, end) in UTF-16 units of that text. */
export interface SourceMatch {
  conceptId: number;
  termId: number;
  start: number;
  end: number;
  text: string;
  how: MatchHow;
}

/** An English rendering found in a text: [start, end) in UTF-16 units. */
export interface TargetMatch {
  start: number;
  end: number;
  text: string;
}

export interface FindOptions {
  /**
   * Concepts already named in full earlier in the document. A surname shared by several people
   * in the glossary is attributed only to one of these (or to one named in full in the same text).
   */
  mentioned?: ReadonlySet<number>;
}

export interface TermMatcher {
  /** Every Russian term of every concept, longest match first, sorted by start. */
  findInSource(text: string, options?: FindOptions): SourceMatch[];
  /** An English rendering in a target text, whole words, tolerant to 's and plural -s. */
  findInTarget(text: string, rendering: string, caseSensitive?: boolean): TargetMatch[];
  /** Number of indexed term variants (full names, reversed names, surnames). */
  readonly size: number;
}

/** A term proposed for the glossary from an article and its translation. */
export interface Candidate {
  /** The first form seen in the text. */
  source: string;
  /** The base form (nominative) the occurrences were grouped under. */
  lemma: string;
  type: ConceptType;
  /** How many times the term occurs, in any form (a person's surname alone included). */
  occurrences: number;
  /** The rendering found in the aligned English, or null when none was found with confidence. */
  target: string | null;
  /** 0..1: how sure the extractor is that this is a term worth adding. */
  confidence: number;
}
