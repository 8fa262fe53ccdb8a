// `sverka export`: the corrected article, a bilingual file or the change report, from a document
// of the database, or from a pair of files imported, reviewed and fixed in a temporary database.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ARTICLE_FORMATS, type ArticleFormat } from '../shared/export/types';
import { createAppContext, type AppContext } from './app-context';
import { applyEveryFix, importPair, messageLang, openContext } from './cli-review';
import { UsageError } from './cli-usage';
import { dataDir } from './paths';

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  db: { type: 'string' },
  glossary: { type: 'string', multiple: true, default: [] as string[] },
  furniture: { type: 'boolean', default: false },
  'no-captions': { type: 'boolean', default: false },
  lang: { type: 'string' },
} as const;

function formatOf(value: string | undefined): ArticleFormat {
  if (value === undefined) throw new UsageError(`export needs --format (one of ${ARTICLE_FORMATS.join(', ')})`);
  if (!(ARTICLE_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format "${value}" (one of ${ARTICLE_FORMATS.join(', ')})`);
  }
  return value as ArticleFormat;
}

function documentIdOf(value: string): number {
  const id = /^[1-9]\d{0,14}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id)) {
    throw new UsageError(`"${value}" is not a document id (a whole number); to export a pair of files, give both: RU EN`);
  }
  return id;
}

/** The app's database (or --db) for a document already in it; never created for an export. */
function openExisting(dbPath: string | undefined): { app: AppContext; dispose(): void } {
  const path = dbPath ?? join(dataDir(), 'sverka.db');
  if (!existsSync(path)) throw new UsageError(`no database at ${path} (give the one holding the document with --db)`);
  const app = createAppContext('cli', path);
  return { app, dispose: () => app.close() };
}

function write(out: string, data: string | Buffer) {
  try {
    writeFileSync(out, data);
  } catch (error) {
    throw new UsageError(`${out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

export async function exportCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: OPTIONS });
  const format = formatOf(values.format);
  const out = values.out;
  if (!out) throw new UsageError('export needs --out FILE (or --out - for standard output)');
  if (out === '-' && format === 'docx') throw new UsageError('a DOCX file is binary: give a file name with --out, not -');
  const lang = messageLang(values.lang);
  const options = { furniture: values.furniture, captions: !values['no-captions'] };

  let context: { app: AppContext; dispose(): void };
  let id: number;
  let fixedLine: string | null = null;
  if (positionals.length === 1) {
    if (values.glossary.length) throw new UsageError('--glossary belongs to the RU EN form (a document in the database keeps its own glossaries)');
    id = documentIdOf(positionals[0]);
    context = openExisting(values.db);
  } else if (positionals.length === 2) {
    context = openContext(values.db);
    try {
      id = await importPair(context.app, positionals[0], positionals[1], values.glossary);
      const fixed = await applyEveryFix(context.app, id);
      const total = [...fixed.values()].reduce((a, b) => a + b, 0);
      fixedLine = total === 0 ? 'nothing to fix automatically' : `fixed ${total}: ${[...fixed].map(([c, n]) => `${c} ${n}`).join(', ')}`;
    } catch (error) {
      context.dispose();
      throw error;
    }
  } else {
    throw new UsageError('export needs a document id (DOC) or two files (RU EN)');
  }

  try {
    const file = await context.app.services.export.document(id, format, options, lang);
    const data = file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : file.data;
    // Rendered in full before anything is written: a failure leaves no half-written file.
    if (out === '-') process.stdout.write(data);
    else write(out, data);
    const lines = [...(fixedLine ? [fixedLine] : []), `wrote ${out === '-' ? 'standard output' : out} (${format}, ${Buffer.byteLength(data)} bytes)`];
    process.stderr.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    context.dispose();
  }
}
