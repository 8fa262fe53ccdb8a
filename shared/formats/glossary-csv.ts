// The newsroom CSV glossary: source, target, type, forbidden (several separated by "|"), note.
import { CONCEPT_TYPES, type ConceptType } from '../model';
import { CsvError, formatCsv, parseCsv } from './csv';

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
