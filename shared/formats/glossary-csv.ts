// The newsroom CSV glossary: source, target, type, forbidden (several separated by "|"), note.
import { CONCEPT_TYPES, type ConceptType, type Lang, type TermStatus } from '../model';
import { CsvError, formatCsv, parseCsv } from './csv';
import { GlossaryFormatError, type ExchangeConcept, type ExchangeGlossary, type ExchangeTerm, type ParsedGlossary, type Refusal } from './glossary-exchange';

export interface GlossaryEntry {
  source: string;
  target: string;
  type: ConceptType;
  forbidden: string[];
  note: string;
}

const COLUMNS = ['source', 'target', 'type', 'forbidden', 'note'] as const;
const TYPE_ALIASES: Record<string, ConceptType> = { organisation: 'organization', org: 'organization', location: 'place' };

export function parseGlossaryCsv(text: string): GlossaryEntry[] {
  const records = parseCsv(text);
  if (records.length === 0) throw new CsvError(1, 'the file is empty');
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<(typeof COLUMNS)[number], number>;
  for (const required of ['source', 'target'] as const) {
    if (index[required] < 0) throw new CsvError(1, `the header has no "${required}" column (expected: ${COLUMNS.join(',')})`);
  }
  const cell = (fields: string[], column: (typeof COLUMNS)[number]) => (index[column] < 0 ? '' : (fields[index[column]] ?? '').trim());
  return records.slice(1).map(({ line, fields }) => {
    const source = cell(fields, 'source');
    const target = cell(fields, 'target');
    if (!source) throw new CsvError(line, 'the source term is empty');
    if (!target) throw new CsvError(line, `"${source}" has no target term`);
    const rawType = cell(fields, 'type').toLowerCase() || 'other';
    const type = (CONCEPT_TYPES as readonly string[]).includes(rawType) ? (rawType as ConceptType) : TYPE_ALIASES[rawType];
    if (!type) throw new CsvError(line, `unknown type "${rawType}" (one of ${CONCEPT_TYPES.join(', ')})`);
    const forbidden = cell(fields, 'forbidden')
      .split('|')
      .map((f) => f.trim())
      .filter(Boolean);
    return { source, target, type, forbidden, note: cell(fields, 'note') };
  });
}

export function formatGlossaryCsv(entries: GlossaryEntry[]): string {
  return formatCsv([[...COLUMNS], ...entries.map((e) => [e.source, e.target, e.type, e.forbidden.join('|'), e.note])]);
}

// ---- the exchange shape (glossary import and export) ----
//
// The same file with three optional columns after the newsroom's five, which the reader above
// ignores: admitted (other acceptable English renderings), source_variants (other Russian forms
// matched as the same concept: abbreviations, older names) and domain. Several values in one cell
// are separated by "|", so a term holding "|" does not survive CSV. Files without the extra
// columns read as before; a header written with ";" (Excel in a Russian locale) is read too.
//
// What CSV carries: the Russian term (the first one; the others as source_variants, read back as
// admitted), the preferred English term (target; further preferred ones are written as admitted),
// admitted and forbidden English terms, type, concept note, domain. Term notes, parts of speech,
// case sensitivity, ids and dates it does not: they come back as null / false, and concepts are
// matched by their Russian term. A bad row is refused with its line; the others are read.

const EXCHANGE_COLUMNS = [...COLUMNS, 'admitted', 'source_variants', 'domain'] as const;
type ExchangeColumn = (typeof EXCHANGE_COLUMNS)[number];

const splitList = (cell: string) =>
  cell
    .split('|')
    .map((f) => f.trim())
    .filter(Boolean);

function parseType(raw: string): ConceptType | null {
  const value = raw.toLowerCase() || 'other';
  return (CONCEPT_TYPES as readonly string[]).includes(value) ? (value as ConceptType) : (TYPE_ALIASES[value] ?? null);
}

/** Reads the newsroom CSV into the exchange shape; rows that cannot be read become refusals. */
export function parseCsvGlossary(text: string): ParsedGlossary {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = input.slice(0, input.search(/\r|\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  let records: { line: number; fields: string[] }[];
  try {
    records = parseCsv(input, delimiter);
  } catch (e) {
    if (e instanceof CsvError) throw new GlossaryFormatError(`line ${e.line}`, e.message.replace(/^line \d+: /, ''));
    throw e;
  }
  if (records.length === 0 || input.trim() === '') throw new GlossaryFormatError('line 1', 'the file is empty');
  const header = records[0].fields.map((h) => h.trim().toLowerCase());
  if (!header.includes('source') || !header.includes('target')) {
    throw new GlossaryFormatError(
      'line 1',
      `the first line is not a header row with "source" and "target" columns (expected: ${EXCHANGE_COLUMNS.join(',')}; the last three optional)`,
    );
  }
  const index = Object.fromEntries(EXCHANGE_COLUMNS.map((c) => [c, header.indexOf(c)])) as Record<ExchangeColumn, number>;
  const cell = (fields: string[], column: ExchangeColumn) => (index[column] < 0 ? '' : (fields[index[column]] ?? '').trim());

  const concepts: ExchangeConcept[] = [];
  const refused: Refusal[] = [];
  const sources = new Map<string, number>();
  for (const { line, fields } of records.slice(1)) {
    const where = `line ${line}`;
    if (fields.every((f) => f.trim() === '')) continue;
    if (fields.length !== header.length) {
      refused.push({ where, reason: `the row has ${fields.length} fields and the header ${header.length} (a comma inside a value needs the value in double quotes)` });
      continue;
    }
    const source = cell(fields, 'source');
    if (!source) {
      refused.push({ where, reason: 'the source term is empty' });
      continue;
    }
    const rawType = cell(fields, 'type');
    const type = parseType(rawType);
    if (!type) {
      refused.push({ where, reason: `unknown type "${rawType}" (one of ${CONCEPT_TYPES.join(', ')})` });
      continue;
    }
    if (sources.has(source)) {
      refused.push({ where, reason: `"${source}" is already on line ${sources.get(source)}` });
      continue;
    }
    const term = (lang: Lang, text: string, status: TermStatus): ExchangeTerm => ({ uuid: null, lang, text, status, caseSensitive: false, partOfSpeech: null, note: null });
    const target = cell(fields, 'target');
    const terms = [
      term('ru', source, 'preferred'),
      ...splitList(cell(fields, 'source_variants')).map((t) => term('ru', t, 'admitted')),
      ...(target ? [term('en', target, 'preferred')] : []),
      ...splitList(cell(fields, 'admitted')).map((t) => term('en', t, 'admitted')),
      ...splitList(cell(fields, 'forbidden')).map((t) => term('en', t, 'forbidden')),
    ];
    const twice = terms.find((t, i) => terms.findIndex((u) => u.lang === t.lang && u.text === t.text) !== i);
    if (twice) {
      refused.push({ where, reason: `the term "${twice.text}" is listed twice` });
      continue;
    }
    sources.set(source, line);
    concepts.push({
      uuid: null,
      type,
      domain: cell(fields, 'domain') || null,
      note: cell(fields, 'note') || null,
      createdAt: null,
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
      terms,
    });
  }
  return { glossary: { name: null, uuid: null, sourceLang: 'ru', targetLang: 'en', concepts }, refused };
}

/** Writes the exchange shape as the newsroom CSV plus its three optional columns. */
export function formatCsvGlossary(glossary: ExchangeGlossary): string {
  const rows = glossary.concepts.map((c) => {
    const ofLang = (lang: Lang, ...statuses: TermStatus[]) => c.terms.filter((t) => t.lang === lang && statuses.includes(t.status)).map((t) => t.text);
    const russian = [...ofLang('ru', 'preferred'), ...ofLang('ru', 'admitted', 'forbidden')];
    const [target = '', ...morePreferred] = ofLang('en', 'preferred');
    return [
      russian[0] ?? '',
      target,
      c.type,
      ofLang('en', 'forbidden').join('|'),
      c.note ?? '',
      [...morePreferred, ...ofLang('en', 'admitted')].join('|'),
      russian.slice(1).join('|'),
      c.domain ?? '',
    ];
  });
  return formatCsv([[...EXCHANGE_COLUMNS], ...rows]);
}
