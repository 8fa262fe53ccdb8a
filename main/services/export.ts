import type { Input, Output } from '../../shared/contract';
import { conceptEnglish, sourceMatchesOf } from '../../shared/checks/glossary-terms';
import { exportFileName } from '../../shared/export/file-name';
import { FORMAT_INFO, renderText } from '../../shared/export/formats';
import {
  DEFAULT_EXPORT_OPTIONS,
  type ArticleFormat,
  type ExportDocument,
  type ExportFinding,
  type ExportGlossaryEntry,
  type ExportOptions,
  type ExportRow,
  type RowState,
} from '../../shared/export/types';
import { CHECK_IDS, type CheckId, type Phrase, type Row, type Severity } from '../../shared/model';
import { findingMessage, fixLabel, phraseText, type MessageLang } from '../../shared/review/finding-text';
import { russianTerm } from '../../shared/terms/renderings';
import { now } from '../clock';
import { documentsRepo } from '../db/documents-repo';
import type { Db } from '../db/open';
import { reviewRepo, type FixedFinding } from '../db/review-repo';
import { articleDocx } from '../export/docx';
import { appVersion } from '../paths';
import { notFound } from './errors';
import type { reviewService } from './review';

type Review = ReturnType<typeof reviewService>;
type ReviewFinding = Output<'review.findings'>['findings'][number];
type ExportInput = Input<'export.document'>;

/**
 * A row's state, as XLIFF 2.0 names it (XLIFF 1.2 and TMX map it):
 * - initial: the row has no translation (a 1:0 row, or a translation the editor emptied);
 * - translated: the machine translation as imported, with a finding still open on the row;
 * - reviewed: the editor changed the translation (by hand or by a fix), or the machine
 *   translation stands with no finding open on it (none found, or all dismissed).
 */
export function rowState(row: Row, openRows: ReadonlySet<number>): RowState {
  if (row.target.every((s) => s.current.trim() === '')) return 'initial';
  if (row.target.some((s) => s.current !== s.original)) return 'reviewed';
  return openRows.has(row.position) ? 'translated' : 'reviewed';
}

function exportRow(row: Row, openRows: ReadonlySet<number>): ExportRow {
  return {
    position: row.position,
    beadId: row.beadId,
    source: row.source.map((s) => ({ id: s.id, kind: s.kind, paragraph: s.paragraph, text: s.current })),
    target: row.target.map((s) => ({ id: s.id, kind: s.kind, paragraph: s.paragraph, text: s.current, mt: s.original })),
    state: rowState(row, openRows),
  };
}

function reviewedFinding(f: ReviewFinding, lang: MessageLang): ExportFinding {
  return {
    check: f.check,
    severity: f.severity,
    row: f.row,
    message: findingMessage(f, lang),
    source: f.source?.text ?? null,
    target: f.target?.text ?? null,
    status: f.dismissed ? 'dismissed' : 'open',
    fix: fixLabel(f, lang),
  };
}

const isPhrase = (value: unknown): value is Phrase =>
  typeof value === 'object' && value !== null && typeof (value as Phrase).key === 'string' && typeof (value as Phrase).params === 'object';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

/** A fix record as stored; hand-written or damaged entries are left out rather than trusted. */
function fixedExportFinding(f: FixedFinding, lang: MessageLang): ExportFinding | null {
  if (!f || !CHECK_IDS.includes(f.check as CheckId) || !SEVERITIES.includes(f.severity) || !Number.isInteger(f.row)) return null;
  if (!isPhrase(f.message) || !isPhrase(f.label)) return null;
  return {
    check: f.check as CheckId,
    severity: f.severity as Severity,
    row: f.row,
    message: findingMessage({ message: f.message }, lang),
    source: typeof f.source === 'string' ? f.source : null,
    target: typeof f.target === 'string' ? f.target : null,
    status: 'fixed',
    fix: phraseText(f.label, lang),
  };
}

/**
 * The article as export formats read it, from the database: rows with their MT and current
 * text, kinds and paragraphs and state; the findings fixed (from the fix records of edits not
 * undone), open and dismissed; the post-editing measures; the glossary concepts found in the
 * original.
 */
export function exportService(db: Db, review: Review) {
  const documents = documentsRepo(db);
  const repo = reviewRepo(db);

  async function exportDocument(documentId: number, lang: MessageLang = 'en'): Promise<ExportDocument> {
    // An unknown document is refused here, as not-found.
    const { findings, measures } = await review.findings(documentId);
    const ctx = await review.checkContext(documentId);
    // From here on nothing awaits: the rows, the fix records and the summary are read at one moment.
    const summary = documents.get(documentId);
    if (!summary) throw notFound('document', documentId);
    const openRows = new Set(findings.filter((f) => !f.dismissed).map((f) => f.row));

    const fixed = new Map<string, ExportFinding>();
    for (const detail of repo.fixDetails(documentId)) {
      for (const stored of Array.isArray(detail.findings) ? detail.findings : []) {
        const finding = fixedExportFinding(stored, lang);
        if (finding) fixed.set(stored.key, finding);
      }
    }
    const reviewed = findings.map((f) => reviewedFinding(f, lang));
    const byRow = (a: ExportFinding, b: ExportFinding) => a.row - b.row;

    return {
      documentId,
      appVersion: appVersion(),
      title: summary.title,
      sourceName: summary.sourceName,
      targetName: summary.targetName,
      sourceLang: 'ru',
      targetLang: 'en',
      createdAt: summary.createdAt,
      exportedAt: now(),
      rows: ctx.rows.map((row) => exportRow(row, openRows)),
      findings: [...[...fixed.values()].sort(byRow), ...reviewed],
      measures: measures.document,
      glossaryEntries: glossaryEntries(ctx),
    };
  }

  return {
    exportDocument,

    /** One file of the document in one format, as the contract hands it to the UI (DOCX as base64). */
    async document(
      documentId: number,
      format: ArticleFormat,
      options?: ExportInput['options'],
      lang: MessageLang = 'en',
    ): Promise<Output<'export.document'>> {
      const chosen: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, ...stripUndefined(options ?? {}) };
      const doc = await exportDocument(documentId, lang);
      const { extension, mime } = FORMAT_INFO[format];
      const fileName = exportFileName(doc.title, extension);
      if (format === 'docx') {
        const bytes = await articleDocx(doc, chosen);
        return { fileName, mime, encoding: 'base64', data: Buffer.from(bytes).toString('base64') };
      }
      return { fileName, mime, encoding: 'utf-8', data: renderText(format, doc, chosen, lang) };
    },
  };
}

function stripUndefined(options: { furniture?: boolean; captions?: boolean }): Partial<ExportOptions> {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined));
}

/** The glossary concepts found in the original, in order of first appearance, with their rows. */
function glossaryEntries(ctx: Awaited<ReturnType<Review['checkContext']>>): ExportGlossaryEntry[] {
  if (!ctx.glossary) return [];
  const { matcher, concepts } = ctx.glossary;
  const rowsOf = new Map<number, number[]>();
  for (const [row, hits] of sourceMatchesOf(ctx, matcher)) {
    for (const conceptId of new Set(hits.map((h) => h.match.conceptId))) {
      rowsOf.set(conceptId, [...(rowsOf.get(conceptId) ?? []), row.position]);
    }
  }
  const out: ExportGlossaryEntry[] = [];
  for (const [conceptId, rows] of rowsOf) {
    const concept = concepts.get(conceptId);
    if (!concept) continue;
    const english = conceptEnglish(concept);
    out.push({
      type: concept.type,
      source: russianTerm(concept),
      approved: english.approved?.text ?? null,
      forbidden: english.forbidden.map((f) => f.term.text),
      rows,
    });
  }
  return out;
}
