// `sverka review` and `sverka fix`: the review of the app, for scripts and batch use.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Output } from '../shared/contract';
import type { Phrase, Row } from '../shared/model';
import { findingMessage, fixLabel, MESSAGE_LANGS, phraseText, type MessageLang } from '../shared/review/finding-text';
import { createAppContext, type AppContext } from './app-context';
import { loadGlossaryFile } from './cli-glossary-exchange';
import { readBytes, UsageError } from './cli-usage';

type ReviewFinding = Output<'review.findings'>['findings'][number];

/** A database for this run: the one given, or a temporary file removed at the end. */
export function openContext(dbPath: string | undefined): { app: AppContext; dispose(): void } {
  if (dbPath) {
    const app = createAppContext('cli', dbPath);
    return { app, dispose: () => app.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sverka-review-'));
  const app = createAppContext('cli', join(dir, 'review.db'));
  return {
    app,
    dispose() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function importPair(app: AppContext, ru: string, en: string, glossaryFiles: string[]): Promise<number> {
  const side = (path: string) => ({ name: basename(path), bytes: readBytes(path).toString('base64') });
  const glossaryIds = glossaryFiles.map((path) => loadGlossaryFile(app, path));
  const { id } = await app.services.documents.import({ source: side(ru), target: side(en) });
  app.services.glossary.setDocumentGlossaries(id, glossaryIds);
  return id;
}

const REVIEW_OPTIONS = {
  glossary: { type: 'string', multiple: true, default: [] as string[] },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  db: { type: 'string' },
  out: { type: 'string' },
} as const;

/** The language of the messages: --lang, else the locale of the environment (ru* is Russian). */
export function messageLang(option: string | undefined, env: NodeJS.ProcessEnv = process.env): MessageLang {
  if (option !== undefined) {
    if (!MESSAGE_LANGS.includes(option as MessageLang)) throw new UsageError(`--lang must be ${MESSAGE_LANGS.join(' or ')}, not "${option}"`);
    return option as MessageLang;
  }
  // POSIX order: LC_ALL overrides LC_MESSAGES, which overrides LANG.
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value) ?? '';
  return /^ru([_.@-]|$)/i.test(locale) ? 'ru' : 'en';
}

function spanJson(span: ReviewFinding['source']) {
  return span ? { text: span.text, start: span.start, end: span.end } : null;
}

function rowsJson(rows: Row[]) {
  const side = (segments: Row['source']) => segments.map((s) => ({ id: s.id, text: s.current, kind: s.kind }));
  return rows.map((row) => ({ row: row.position, source: side(row.source), target: side(row.target) }));
}

function findingLine(f: ReviewFinding, lang: MessageLang): string {
  const fix = f.fix ? `  [fix: ${fixLabel(f, lang)}]` : '';
  return `row ${String(f.row + 1).padStart(4)}  ${f.severity.padEnd(7)}  ${f.check.padEnd(22)}  ${findingMessage(f, lang)}${fix}`;
}

/** The key and parameters for scripts that translate on their own, and the text for those that do not. */
const phraseJson = (p: Phrase, lang: MessageLang) => ({ key: p.key, params: p.params, text: phraseText(p, lang) });

function summary(findings: ReviewFinding[]): string {
  if (findings.length === 0) return 'no findings';
  const counts = new Map<string, number>();
  for (const f of findings) counts.set(f.check, (counts.get(f.check) ?? 0) + 1);
  return `${findings.length} findings: ${[...counts].map(([check, n]) => `${check} ${n}`).join(', ')}`;
}

/** What review and fix share: the two files, the glossaries, the database, the imported pair. */
async function openPair(args: string[], command: 'review' | 'fix') {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: REVIEW_OPTIONS });
  if (positionals.length !== 2) throw new UsageError(`${command} needs two files: the Russian original and its translation`);
  if (command === 'review' && values.out) throw new UsageError('--out belongs to "sverka fix"');
  if (command === 'fix' && values.json) throw new UsageError('--json belongs to "sverka review"');
  if (command === 'fix' && values.lang !== undefined) throw new UsageError('--lang belongs to "sverka review"');
  const lang = messageLang(values.lang);
  const { app, dispose } = openContext(values.db);
  try {
    const id = await importPair(app, positionals[0], positionals[1], values.glossary);
    return { values, lang, app, dispose, id };
  } catch (error) {
    dispose();
    throw error;
  }
}

export async function review(args: string[]): Promise<number> {
  const { values, lang, app, dispose, id } = await openPair(args, 'review');
  try {
    const { findings } = await app.services.review.findings(id);
    const open = findings.filter((f) => !f.dismissed);
    if (values.json) {
      const rows = app.services.documents.get(id).rows;
      const out = open.map((f) => ({
        check: f.check,
        severity: f.severity,
        row: f.row,
        source: spanJson(f.source),
        target: spanJson(f.target),
        message: phraseJson(f.message, lang),
        fix: f.fix ? { label: phraseJson(f.fix.label, lang), replacements: f.fix.replacements } : null,
      }));
      process.stdout.write(`${JSON.stringify({ rows: rowsJson(rows), findings: out })}\n`);
    } else {
      for (const f of open) process.stdout.write(`${findingLine(f, lang)}\n`);
      process.stdout.write(`${summary(open)}\n`);
    }
    return open.length > 0 ? 1 : 0;
  } finally {
    dispose();
  }
}

/** Fixes can overlap (two fixes of one name); what one pass skips, the next pass re-checks and applies. */
const MAX_FIX_PASSES = 5;

/** The corrected translation as plain text: paragraphs separated by a blank line, page furniture left out. */
function correctedText(rows: Row[]): string {
  const paragraphs: string[][] = [];
  let last: number | null = null;
  for (const segment of rows.flatMap((row) => row.target)) {
    if (segment.kind === 'furniture' || !segment.current.trim()) continue;
    if (segment.paragraph !== last) paragraphs.push([]);
    paragraphs[paragraphs.length - 1].push(segment.current.trim());
    last = segment.paragraph;
  }
  return `${paragraphs.map((p) => p.join(' ')).join('\n\n')}\n`;
}

/** Applies every automatic fix of the document, pass after pass; the fixes applied, by check. */
export async function applyEveryFix(app: AppContext, id: number): Promise<Map<string, number>> {
  const fixed = new Map<string, number>();
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { findings } = await app.services.review.findings(id);
    const keys = findings.filter((f) => f.fix && !f.dismissed).map((f) => f.key);
    if (keys.length === 0) break;
    const result = await app.services.review.fix(id, keys);
    if (result.applied.length === 0) break;
    const byKey = new Map(findings.map((f) => [f.key, f]));
    for (const key of result.applied) {
      const check = byKey.get(key)!.check;
      fixed.set(check, (fixed.get(check) ?? 0) + 1);
    }
  }
  return fixed;
}

export async function fix(args: string[]): Promise<number> {
  const { values, app, dispose, id } = await openPair(args, 'fix');
  try {
    const fixed = await applyEveryFix(app, id);
    const view = app.services.documents.get(id);
    const text = correctedText(view.rows);
    const { findings: left } = await app.services.review.findings(id);
    const report = [
      fixed.size === 0
        ? 'nothing to fix automatically'
        : `fixed ${[...fixed.values()].reduce((a, b) => a + b, 0)}: ${[...fixed].map(([c, n]) => `${c} ${n}`).join(', ')}`,
      `left for the editor: ${summary(left)}`,
    ].join('\n');
    if (values.out) {
      writeFileSync(values.out, text);
      process.stdout.write(`${report}\nwrote ${values.out}\n`);
    } else {
      process.stdout.write(text);
      process.stderr.write(`${report}\n`);
    }
    return left.length > 0 ? 1 : 0;
  } finally {
    dispose();
  }
}
