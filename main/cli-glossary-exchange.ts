// `sverka glossary export` and `sverka glossary import`, and the glossary files of `review` and
// `fix --glossary`: every format through the one import of the app (a previewed merge).
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Output } from '../shared/contract';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../shared/formats/glossary-exchange';
import type { AppContext } from './app-context';
import { readBytes, UsageError } from './cli-usage';
import { RefusedError } from './services/glossary-exchange';

type Preview = Output<'glossaries.importPreview'>;
type Choice = 'keep' | 'theirs' | 'both';

export interface ExchangeOptions {
  glossary?: string;
  format?: string;
  out?: string;
  'on-conflict'?: string;
  'dry-run'?: boolean;
  'accept-refused'?: boolean;
}

function formatOption(value: string | undefined): GlossaryFormat | undefined {
  if (value === undefined) return undefined;
  if (!(GLOSSARY_FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format must be one of ${GLOSSARY_FORMATS.join(', ')}, not "${value}"`);
  return value as GlossaryFormat;
}

function choiceOption(value: string | undefined): Choice | undefined {
  if (value === undefined) return undefined;
  if (!['keep', 'theirs', 'both'].includes(value)) throw new UsageError(`--on-conflict must be keep, theirs or both, not "${value}"`);
  return value as Choice;
}

const named = (app: AppContext, name: string) => app.services.glossary.glossaries().find((g) => g.name === name);
const stem = (path: string) => basename(path).replace(/\.[^.]*$/, '') || basename(path);

function readFile(path: string): { fileName: string; content: string } {
  return { fileName: basename(path), content: readBytes(path).toString('utf8') };
}

function refusedError(error: RefusedError, hint: string): UsageError {
  const lines = error.refused.map((r) => `${error.fileName}: ${r.where}: ${r.reason}`);
  const parts = error.refused.length === 1 ? '1 part of the file cannot' : `${error.refused.length} parts of the file cannot`;
  return new UsageError(`${lines.join('\n')}\n${parts} be imported; nothing was imported (${hint})`);
}

/**
 * Loads a glossary file of any format into a new glossary named after the file, for one review.
 * A file with parts that cannot be read is refused as a whole: a review against half a glossary
 * would pass names it should flag.
 */
export function loadGlossaryFile(app: AppContext, path: string): number {
  try {
    return app.services.glossaryExchange.importApply({ ...readFile(path), name: stem(path) }).glossaryId;
  } catch (error) {
    if (error instanceof RefusedError) throw refusedError(error, 'fix the file, or import the rest with "sverka glossary import --accept-refused"');
    throw error;
  }
}

export function exportGlossary(app: AppContext, values: ExchangeOptions, positionals: string[]): number {
  if (positionals.length) throw new UsageError('export takes no arguments: the file is --out FILE');
  const fromExtension = values.out && /\.(tbx|csv|tsv)$/i.exec(values.out)?.[1].toLowerCase();
  const format = formatOption(values.format) ?? (fromExtension as GlossaryFormat | undefined);
  if (!format) throw new UsageError(`export needs --format ${GLOSSARY_FORMATS.join('|')}`);
  const all = app.services.glossary.glossaries();
  const glossary = values.glossary ? named(app, values.glossary) : all.length === 1 ? all[0] : undefined;
  if (!glossary) {
    throw new UsageError(
      values.glossary
        ? `no glossary named "${values.glossary}"`
        : all.length === 0
          ? 'there is no glossary to export'
          : `choose the glossary with --glossary NAME (${all.map((g) => `"${g.name}"`).join(', ')})`,
    );
  }
  const file = app.services.glossaryExchange.export(glossary.id, format);
  if (!values.out) {
    process.stdout.write(file.data);
    return 0;
  }
  try {
    writeFileSync(values.out, file.data);
  } catch (error) {
    throw new UsageError(`${values.out}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  process.stdout.write(`exported ${concepts(glossary.concepts)} of "${glossary.name}" as ${format} to ${values.out}\n`);
  return 0;
}

const concepts = (n: number) => `${n} concept${n === 1 ? '' : 's'}`;
const shown = (value: string | null) => (value === null ? '—' : `"${value}"`);

function printPreview(preview: Preview, target: string, exists: boolean) {
  const out: string[] = [];
  out.push(`${concepts(preview.total)} in the file (${preview.format}) into ${exists ? 'the glossary' : 'a new glossary'} "${target}":`);
  out.push(
    `  new ${preview.addedCount}, identical ${preview.identical}, merged ${preview.merged.length}, conflicts ${preview.conflicts.length}, refused ${preview.refused.length}`,
  );
  for (const m of preview.merged) {
    out.push(`merged: ${m.label}`);
    for (const f of m.fields) if (f.outcome !== 'same') out.push(`    ${f.field}: ${f.outcome === 'theirs' ? `${shown(f.ours)} → ${shown(f.theirs)} (changed in the file)` : `${shown(f.ours)} kept (changed here)`}`);
  }
  for (const c of preview.conflicts) {
    out.push(`conflict: ${c.label} (matched by ${c.matchedBy === 'uuid' ? 'id' : 'Russian term'}${c.base ? '' : '; no common base'})`);
    for (const f of c.fields) {
      if (f.outcome === 'same') continue;
      const base = c.base ? `, base ${shown(f.base)}` : '';
      out.push(`    ${f.field}: ours ${shown(f.ours)}, theirs ${shown(f.theirs)}${base}${f.outcome === 'conflict' ? '' : ` (only ${f.outcome} changed)`}`);
    }
  }
  for (const r of preview.refused) out.push(`refused: ${r.where}: ${r.reason}`);
  for (const n of preview.notices) out.push(`note: ${n.where}: ${n.message}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

export function importGlossary(app: AppContext, values: ExchangeOptions, positionals: string[]): number {
  if (positionals.length !== 1) throw new UsageError('import needs one glossary file (TBX, CSV or OmegaT TSV)');
  const file = readFile(positionals[0]);
  const format = formatOption(values.format);
  const onConflict = choiceOption(values['on-conflict']);
  const exchange = app.services.glossaryExchange;
  // The glossary NAME, else the one the file names, else one named after the file; merged into when it exists.
  const target = values.glossary ?? exchange.importPreview({ ...file, format }).name ?? stem(positionals[0]);
  const existing = named(app, target);
  const input = { ...file, format, glossaryId: existing?.id, name: target };
  if (values['dry-run']) {
    const preview = exchange.importPreview(input);
    printPreview(preview, target, existing !== undefined);
    return preview.refused.length > 0 && !values['accept-refused'] ? 2 : 0;
  }
  let result: Output<'glossaries.importApply'>;
  try {
    result = exchange.importApply({ ...input, onConflict, acceptRefused: values['accept-refused'] });
  } catch (error) {
    if (error instanceof RefusedError) throw refusedError(error, '--dry-run shows the rest; --accept-refused imports it');
    throw error;
  }
  for (const n of result.notices) process.stderr.write(`note: ${n.where}: ${n.message}\n`);
  process.stdout.write(
    `imported into the glossary "${target}": new ${result.added}, updated ${result.updated}, identical ${result.identical}, ` +
      `kept ${result.kept}, refused ${result.refused}\n`,
  );
  return 0;
}
