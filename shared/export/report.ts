// The change report: one self-contained HTML page (same rules as the article page: no script, no
// external resource, every text escaped) saying what the review found and what the editor changed:
// the post-editing measures, the findings fixed, left open and dismissed, the glossary terms
// that applied, and every row with its original, machine translation and corrected text, the
// last as a word diff against the machine translation.
import { diffWordsWithSpace } from 'diff';
import { measureEdit } from '../review/measures';
import { escapeMarkup } from './escape';
import { htmlHead } from './html';
import { reportT, type ReportLang } from './report-i18n';
import { mtText, rowKind, sourceText, targetText } from './rows';
import type { ExportDocument, ExportFinding, ExportRow } from './types';

const REPORT_CSS = `
body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 1.6em; } h3 { font-size: 1em; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
table.measures { width: auto; }
td.num { text-align: right; white-space: nowrap; }
del { color: #a40000; background: #fde8e8; }
ins { color: #005a00; background: #e6f6e6; text-decoration: underline; }
tr.furniture td { color: #777; }
.same { color: #666; font-size: 0.85em; }
.note { color: #555; }
`;

/** Everything the report writes goes through here: a text from the document or a translation. */
const h = escapeMarkup;

interface Writer {
  t: ReturnType<typeof reportT>;
  lang: ReportLang;
  number(n: number): string;
  ratio(n: number): string;
}

function writer(lang: ReportLang): Writer {
  const integer = new Intl.NumberFormat(lang);
  const fixed = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return { t: reportT(lang), lang, number: (n) => integer.format(n), ratio: (n) => fixed.format(n) };
}

/** 2024-05-01T09:30:12.345Z → 2024-05-01 09:30 UTC: the same on every machine and in both languages. */
function stamp(iso: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso);
  return match ? `${match[1]} ${match[2]} UTC` : iso;
}

const cell = (text: string, lang?: string) => `<td${lang ? ` lang="${lang}"` : ''}>${h(text)}</td>`;

function table(headers: string[], rows: string[], className?: string): string {
  const head = `<tr>${headers.map((x) => `<th>${h(x)}</th>`).join('')}</tr>`;
  return `<table${className ? ` class="${className}"` : ''}>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
}

function measuresSection(doc: ExportDocument, w: Writer): string {
  const { t } = w;
  const m = doc.measures;
  const line = (label: string, value: string, note?: string) =>
    `<tr><th>${h(label)}</th><td class="num">${h(value)}</td>${note ? `<td class="note">${h(note)}</td>` : '<td></td>'}</tr>`;
  const lines = [
    line(t('exportReport.hter'), w.ratio(m.hter), t('exportReport.hterNote')),
    line(t('exportReport.wordEdits'), w.number(m.edits)),
    line(t('exportReport.words'), w.number(m.words)),
    line(t('exportReport.charsChanged'), w.number(m.charsChanged)),
    line(t('exportReport.rowsEdited'), t('exportReport.rowsEditedValue', { edited: w.number(m.editedRows), count: w.number(doc.rows.length) })),
  ];
  const fixed = Object.entries(m.fixedByCheck).filter(([, n]) => n > 0);
  const byCheck = fixed.length
    ? table(
        [t('exportReport.columns.check'), t('exportReport.columns.count')],
        fixed.map(([check, n]) => `<tr>${cell(t(`findings.checks.${check}`, { defaultValue: check }))}<td class="num">${h(w.number(n))}</td></tr>`),
        'measures',
      )
    : `<p>${h(t('exportReport.nothingFixed'))}</p>`;
  return [
    `<section id="measures">\n<h2>${h(t('exportReport.measures'))}</h2>`,
    `<table class="measures"><tbody>\n${lines.join('\n')}\n</tbody></table>`,
    `<h3>${h(t('exportReport.fixedByCheck'))}</h3>`,
    byCheck,
    '</section>',
  ].join('\n');
}

function findingsTable(findings: ExportFinding[], w: Writer): string {
  const { t } = w;
  if (findings.length === 0) return `<p>${h(t('exportReport.none'))}</p>`;
  const c = (key: string) => t(`exportReport.columns.${key}`);
  return table(
    [c('row'), c('check'), c('severity'), c('message'), c('source'), c('target'), c('fix')],
    findings.map(
      (f) =>
        `<tr><td class="num">${f.row + 1}</td>${cell(t(`findings.checks.${f.check}`, { defaultValue: f.check }))}` +
        `${cell(t(`findings.severity.${f.severity}`, { defaultValue: f.severity }))}${cell(f.message)}` +
        `${cell(f.source ?? '', 'ru')}${cell(f.target ?? '', 'en')}${cell(f.fix ?? '')}</tr>`,
    ),
  );
}

function findingsSection(doc: ExportDocument, w: Writer): string {
  const { t } = w;
  const parts = (['fixed', 'open', 'dismissed'] as const).map((status) => {
    const findings = doc.findings.filter((f) => f.status === status);
    return `<section id="findings-${status}">\n<h3>${h(t(`exportReport.${status}`))} (${h(w.number(findings.length))})</h3>\n${findingsTable(findings, w)}\n</section>`;
  });
  return `<section id="findings">\n<h2>${h(t('exportReport.findings'))}</h2>\n${parts.join('\n')}\n</section>`;
}

function glossarySection(doc: ExportDocument, w: Writer): string {
  const { t } = w;
  const c = (key: string) => t(`exportReport.columns.${key}`);
  const body = doc.glossaryEntries.length
    ? table(
        [c('type'), c('russian'), c('approved'), c('forbidden'), c('row')],
        doc.glossaryEntries.map(
          (g) =>
            `<tr>${cell(t(`glossary.types.${g.type}`, { defaultValue: g.type }))}${cell(g.source, 'ru')}${cell(g.approved ?? '', 'en')}` +
            `${cell(g.forbidden.join(', '), 'en')}${cell(g.rows.map((r) => r + 1).join(', '))}</tr>`,
        ),
      )
    : `<p>${h(t('exportReport.noGlossary'))}</p>`;
  return `<section id="glossary">\n<h2>${h(t('exportReport.glossary'))}</h2>\n${body}\n</section>`;
}

/** The corrected text against the MT, word by word: deletions in <del>, insertions in <ins>. */
export function wordDiffHtml(mt: string, corrected: string): string {
  return diffWordsWithSpace(mt, corrected)
    .map((part) => (part.removed ? `<del>${h(part.value)}</del>` : part.added ? `<ins>${h(part.value)}</ins>` : h(part.value)))
    .join('');
}

function rowLine(row: ExportRow, w: Writer): string {
  const { t } = w;
  const kind = rowKind(row);
  const mt = mtText(row);
  const corrected = targetText(row);
  const changed = mt !== corrected;
  const state = [t(`exportReport.states.${row.state}`)];
  if (kind !== 'text') state.unshift(t(`kinds.${kind}`, { defaultValue: kind }));
  if (changed) state.push(t('exportReport.rowHter', { value: w.ratio(measureEdit(mt, corrected).hter) }));
  const correctedCell = changed
    ? `<td lang="en">${wordDiffHtml(mt, corrected)}</td>`
    : `<td lang="en">${h(corrected)} <span class="same">(${h(t('exportReport.unchanged'))})</span></td>`;
  return (
    `<tr id="row-${row.position + 1}"${kind === 'furniture' ? ' class="furniture"' : ''}><td class="num">${row.position + 1}</td>` +
    `${cell(state.join(' · '))}${cell(sourceText(row), 'ru')}${cell(mt, 'en')}${correctedCell}</tr>`
  );
}

function rowsSection(doc: ExportDocument, w: Writer): string {
  const { t } = w;
  const c = (key: string) => t(`exportReport.columns.${key}`);
  return [
    `<section id="rows">\n<h2>${h(t('exportReport.rows'))}</h2>`,
    `<p class="note">${h(t('exportReport.diffLegend'))}</p>`,
    table([c('row'), c('state'), c('source'), c('mt'), c('corrected')], doc.rows.map((row) => rowLine(row, w))),
    '</section>',
  ].join('\n');
}

export function changeReport(doc: ExportDocument, lang: ReportLang): string {
  const w = writer(lang);
  const { t } = w;
  const files = [
    [t('exportReport.original'), doc.sourceName],
    [t('exportReport.translation'), doc.targetName],
    [t('exportReport.imported'), stamp(doc.createdAt)],
    [t('exportReport.exported'), stamp(doc.exportedAt)],
  ]
    .map(([label, value]) => `<dt>${h(label)}</dt><dd>${h(value)}</dd>`)
    .join('');
  const title = t('exportReport.title', { title: doc.title });
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
    `<head>\n${htmlHead(title, REPORT_CSS)}\n</head>`,
    '<body>',
    `<h1>${h(title)}</h1>`,
    `<dl class="files">${files}</dl>`,
    measuresSection(doc, w),
    findingsSection(doc, w),
    glossarySection(doc, w),
    rowsSection(doc, w),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
