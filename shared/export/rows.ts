// What the bilingual formats read of a row: its texts joined, its kind, its state.
import type { RowKind } from '../model';
import type { ExportRow } from './types';

const joined = (texts: string[]) => texts.filter((t) => t !== '').join(' ');

export const sourceText = (row: ExportRow) => joined(row.source.map((s) => s.text));
export const targetText = (row: ExportRow) => joined(row.target.map((s) => s.text));
export const mtText = (row: ExportRow) => joined(row.target.map((s) => s.mt));

/** The original decides what a row is; a row with no original (0:1) takes its translation's kind. */
export function rowKind(row: ExportRow): RowKind {
  return row.source[0]?.kind ?? row.target[0]?.kind ?? 'text';
}

/**
 * XML whitespace a reader may collapse unless told not to (xml:space="preserve"): at either end,
 * doubled, or other than a plain space.
 */
export const needsPreserve = (text: string) => /^[ \t\n\r]|[ \t\n\r]$|[ \t\n\r]{2}|[\t\n\r]/.test(text);
