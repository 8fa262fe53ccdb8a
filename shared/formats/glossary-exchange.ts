// The one shape every glossary exchange format reads into and writes from (TBX v3, TBX v2, CSV,
// OmegaT TSV). It mirrors the stored glossary (TBX-Basic) minus database ids, so a format that
// carries a field loses nothing, and one that does not (CSV, TSV) leaves it null.
import type { ConceptType, Lang, TermStatus } from '../model';

export const GLOSSARY_FORMATS = ['tbx', 'tbx2', 'csv', 'tsv'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

export interface ExchangeTerm {
  /** Null where the format has no term ids (CSV, TSV). */
  uuid: string | null;
  lang: Lang;
  text: string;
  status: TermStatus;
  caseSensitive: boolean;
  partOfSpeech: string | null;
  note: string | null;
}

export interface ExchangeConcept {
  /** Null where the format has no concept ids (CSV, TSV): such concepts are matched by their Russian term. */
  uuid: string | null;
  type: ConceptType;
  domain: string | null;
  note: string | null;
  createdAt: string | null;
  createdBy: string | null;
  updatedAt: string | null;
  updatedBy: string | null;
  terms: ExchangeTerm[];
}

export interface ExchangeGlossary {
  name: string | null;
  uuid: string | null;
  sourceLang: Lang;
  targetLang: Lang;
  concepts: ExchangeConcept[];
}

/** A part of a file that could not be read; the rest may still be imported if the editor agrees. */
export interface Refusal {
  /** Where, as an editor finds it: "line 12", "conceptEntry 4 (id c12)". */
  where: string;
  reason: string;
}

export interface ParsedGlossary {
  glossary: ExchangeGlossary;
  refused: Refusal[];
}

/** The whole file cannot be read (not XML, wrong root, no header row…); nothing is imported. */
export class GlossaryFormatError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(`${where}: ${reason}`);
    this.name = 'GlossaryFormatError';
  }
}
