// Domain types shared by every layer. Plain data only: these cross the API boundary as JSON.

export type Lang = 'ru' | 'en';
export type Side = 'source' | 'target';

/**
 * What a row of the article is. Furniture (site navigation, buttons, the translator's footer)
 * is kept and shown dimmed, never deleted; export leaves it out by default.
 */
export const ROW_KINDS = ['text', 'heading', 'caption', 'credit', 'furniture'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** A paragraph of an imported text, already split into sentences. */
export interface Paragraph {
  kind: RowKind;
  sentences: string[];
}

/**
 * A bead of an alignment: source sentences [sourceStart, sourceEnd) against target sentences
 * [targetStart, targetEnd). Either side may be empty (1:0, 0:1).
 */
export interface Bead {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

export interface DocumentSummary {
  id: number;
  title: string;
  sourceName: string;
  targetName: string;
  createdAt: string;
  updatedAt: string;
  rows: number;
  editedRows: number;
}

export interface Segment {
  id: number;
  side: Side;
  position: number;
  paragraph: number;
  kind: RowKind;
  /** The text as imported; never changes. */
  original: string;
  /** The text as it is now (equals original on the source side). */
  current: string;
}

export interface Row {
  beadId: number;
  position: number;
  source: Segment[];
  target: Segment[];
}

export interface DocumentView {
  document: DocumentSummary & {
    sourceEncoding: string;
    targetEncoding: string;
  };
  rows: Row[];
  canUndo: boolean;
  canRedo: boolean;
}

export const EDIT_REASONS = ['manual', 'fix', 'fix-all', 'undo', 'redo'] as const;
export type EditReason = (typeof EDIT_REASONS)[number];

/** A block of text as read from a file or paste, before sentence splitting. */
export interface Block {
  text: string;
  /** Set when the file format itself says what the block is (an HTML heading, a nav bar). */
  kind?: RowKind;
}

export const CHECK_IDS = [
  'forbidden-term',
  'missing-term',
  'inconsistent-rendering',
  'untranslated',
  'extra-text',
  'number-mismatch',
  'page-furniture',
  'typography',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** A place in one segment's current text: [start, end) in UTF-16 units. */
export interface Span {
  segmentId: number;
  start: number;
  end: number;
  text: string;
}

/** One replacement in a target segment; a fix is a list of them. */
export interface Replacement {
  segmentId: number;
  start: number;
  end: number;
  text: string;
}

/**
 * Words for the reader, as data: an i18next key (under `findingMessages` or `findingFixes` in
 * shared/locales) and its parameters. Text taken from the article stays as it is; a `count` picks
 * the plural form. shared/review/finding-text.ts renders it in English or Russian.
 */
export interface Phrase {
  key: string;
  params: Record<string, string | number>;
}

export interface Finding {
  check: CheckId;
  severity: Severity;
  /** Position of the row (bead) in the document. */
  row: number;
  source?: Span;
  target?: Span;
  message: Phrase;
  /** Stable across re-checks, so a dismissal survives: check + row + spans' text. */
  key: string;
  /**
   * What the finding is about, for grouping ("by concept") and fix-all: a glossary concept, or a
   * name found without one (its Russian base form as the label).
   */
  subject?: {
    label: string;
    conceptId?: number;
    /** The spellings an inconsistent rendering uses, in reading order: the editor may pick one. */
    variants?: string[];
  };
  fix?: { label: Phrase; replacements: Replacement[] };
}

/** Post-editing effort on one text: word-level edits against the MT (HTER-style) and characters changed. */
export interface EditMeasure {
  /** Words of the current text (the reference the edits are counted against). */
  words: number;
  /** Word insertions, deletions and substitutions from the MT to the current text. */
  edits: number;
  /** edits / words, 0 when nothing changed; above 1 is possible for heavy rewrites. */
  hter: number;
  /** Characters inserted plus deleted from the MT to the current text. */
  charsChanged: number;
}

// Glossary, mirroring TBX-Basic so nothing is lost on exchange: glossary → concept → terms per language.

export const CONCEPT_TYPES = ['person', 'title', 'organization', 'place', 'other'] as const;
export type ConceptType = (typeof CONCEPT_TYPES)[number];

/** TBX administrative status: preferred, admitted, and deprecated (the house style forbids it). */
export const TERM_STATUSES = ['preferred', 'admitted', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export interface Term {
  id: number;
  uuid: string;
  lang: Lang;
  text: string;
  status: TermStatus;
  caseSensitive: boolean;
  partOfSpeech: string | null;
  note: string | null;
}

export interface Concept {
  id: number;
  uuid: string;
  glossaryId: number;
  type: ConceptType;
  domain: string | null;
  note: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
  updatedBy: string;
  terms: Term[];
}

/** What matching and the checks read of a term. */
export type TermEntry = Pick<Term, 'id' | 'lang' | 'text' | 'status' | 'caseSensitive'>;

/**
 * What matching and the checks read of a concept: a review loads this much of every concept of
 * the document's glossaries (a full Concept is one too).
 */
export interface MatchableConcept {
  id: number;
  glossaryId: number;
  type: ConceptType;
  terms: TermEntry[];
}

export interface Glossary {
  id: number;
  uuid: string;
  name: string;
  sourceLang: Lang;
  targetLang: Lang;
  createdAt: string;
  updatedAt: string;
  concepts: number;
}
