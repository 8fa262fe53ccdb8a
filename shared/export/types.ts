// What every article export reads: the document as the editor leaves it, flattened into plain
// data by the export service, so each format is a pure function ExportDocument → string | bytes.
import type { CheckId, ConceptType, EditMeasure, RowKind, Severity } from '../model';

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'docx', 'xliff', 'xliff12', 'tmx', 'report'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

export interface ExportOptions {
  /** Page furniture (navigation, buttons, the MT footer) is left out unless asked for. */
  furniture: boolean;
  /** Photo captions and credits are kept unless dropped. */
  captions: boolean;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = { furniture: false, captions: true };

/** XLIFF 2.0's segment states, from the review (see the export service for the rule). */
export type RowState = 'initial' | 'translated' | 'reviewed';

export interface ExportSegment {
  id: number;
  kind: RowKind;
  /** Paragraph index on its side, so monolingual exports rebuild paragraphs. */
  paragraph: number;
  text: string;
}

export interface ExportTargetSegment extends ExportSegment {
  /** The machine translation as imported. */
  mt: string;
}

export interface ExportRow {
  position: number;
  beadId: number;
  source: ExportSegment[];
  target: ExportTargetSegment[];
  state: RowState;
}

export interface ExportFinding {
  check: CheckId;
  severity: Severity;
  row: number;
  /** Rendered in the language the export asked for. */
  message: string;
  source: string | null;
  target: string | null;
  status: 'fixed' | 'open' | 'dismissed';
  /** The automatic fix's label: the one applied (fixed), or the one offered (open, dismissed). */
  fix: string | null;
}

export interface ExportGlossaryEntry {
  type: ConceptType;
  source: string;
  approved: string | null;
  forbidden: string[];
  /** Rows of the document where the concept was found in the original. */
  rows: number[];
}

export interface ExportDocument {
  documentId: number;
  /** Sverka's version, for the files that name the tool that wrote them (TMX, XLIFF). */
  appVersion: string;
  title: string;
  sourceName: string;
  targetName: string;
  sourceLang: 'ru';
  targetLang: 'en';
  createdAt: string;
  exportedAt: string;
  rows: ExportRow[];
  findings: ExportFinding[];
  measures: EditMeasure & { editedRows: number; fixedByCheck: Record<string, number> };
  glossaryEntries: ExportGlossaryEntry[];
}
