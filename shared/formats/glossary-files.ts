// Glossary files in and out: one entry point over the exchange formats (TBX v3, TBX v2, the
// newsroom CSV, OmegaT TSV), each of them string in / string out.
import { formatCsvGlossary, parseCsvGlossary } from './glossary-csv';
import { GlossaryFormatError, type ExchangeGlossary, type GlossaryFormat, type ParsedGlossary } from './glossary-exchange';
import { formatOmegatTsv, parseOmegatTsv } from './omegat-tsv';
import { formatTbx, parseTbx } from './tbx';
import { formatTbx2, parseTbx2 } from './tbx2';
import { positionOf } from './xml';

export interface GlossaryFileType {
  /** Without the dot: "tbx". */
  extension: string;
  mime: string;
  /** For menus and dialogs; a proper name, the same in every language. */
  label: string;
}

export const GLOSSARY_FILE_TYPES: Record<GlossaryFormat, GlossaryFileType> = {
  tbx: { extension: 'tbx', mime: 'application/x-tbx', label: 'TBX v3 (ISO 30042:2019, TBX-Basic)' },
  tbx2: { extension: 'tbx', mime: 'application/x-tbx', label: 'TBX v2 (OmegaT, Weblate, Translate Toolkit)' },
  csv: { extension: 'csv', mime: 'text/csv', label: 'CSV (source, target, type, forbidden, note)' },
  tsv: { extension: 'tsv', mime: 'text/tab-separated-values', label: 'OmegaT glossary (tab-separated, UTF-8)' },
};

const READERS: Record<GlossaryFormat, (text: string) => ParsedGlossary> = {
  tbx: parseTbx,
  tbx2: parseTbx2,
  csv: parseCsvGlossary,
  tsv: parseOmegatTsv,
};

const WRITERS: Record<GlossaryFormat, (glossary: ExchangeGlossary) => string> = {
  tbx: formatTbx,
  tbx2: formatTbx2,
  csv: formatCsvGlossary,
  tsv: formatOmegatTsv,
};

const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** Problems of the whole text, whatever its format: nothing in it, or bytes that were not UTF-8. */
function checkText(text: string): void {
  if (text.trim() === '') throw new GlossaryFormatError('line 1', 'the file is empty');
  // A decoder shows bytes that are not UTF-8 as U+FFFD; a glossary has no business holding one.
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    throw new GlossaryFormatError(positionOf(text.replace(/\r\n?/g, '\n'), text.slice(0, bad).replace(/\r\n?/g, '\n').length), 'the file is not valid UTF-8 (a byte sequence could not be decoded): save it as UTF-8 and import again');
  }
}

/** Reads a glossary file; throws GlossaryFormatError when the whole file cannot be read. */
export function parseGlossaryFile(format: GlossaryFormat, text: string): ParsedGlossary {
  const reader = READERS[format];
  if (!reader) throw new GlossaryFormatError('format', `unknown glossary format "${String(format)}"`);
  const input = withoutBom(text);
  checkText(input);
  return reader(input);
}

export function formatGlossaryFile(format: GlossaryFormat, glossary: ExchangeGlossary): string {
  const writer = WRITERS[format];
  if (!writer) throw new GlossaryFormatError('format', `unknown glossary format "${String(format)}"`);
  return writer(glossary);
}

/** The root element's name, past the declaration, comments, processing instructions and a DOCTYPE. */
function xmlRootName(text: string): string | null {
  const m = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)\s*)*<([A-Za-z_][\w.:-]*)/.exec(text);
  return m ? m[1] : null;
}

const EXTENSIONS: Record<string, GlossaryFormat> = { csv: 'csv', tsv: 'tsv', tab: 'tsv', txt: 'tsv', utf8: 'tsv' };

/**
 * Which format a file is in: by its content first (a <tbx> or <martif> root; a header row with
 * "source" and "target"; tabs), then by its extension.
 */
export function detectGlossaryFormat(fileName: string, text: string): GlossaryFormat {
  const input = withoutBom(text);
  if (input.trim() === '') throw new GlossaryFormatError(fileName, 'the file is empty');
  if (input.trimStart().startsWith('<')) {
    const root = xmlRootName(input);
    if (root === 'tbx') return 'tbx';
    if (root === 'martif') return 'tbx2';
    throw new GlossaryFormatError(fileName, root ? `an XML file whose root is <${root}>: a TBX glossary starts with <tbx> (v3) or <martif> (v2)` : 'it starts like XML but has no root element');
  }
  const entryLines = input.split(/\r\n|\n|\r/).filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = (entryLines[0] ?? '').toLowerCase().split(/[,;]/).map((h) => h.trim().replace(/^"|"$/g, ''));
  if (header.includes('source') && header.includes('target')) return 'csv';
  if (entryLines.some((l) => l.includes('\t'))) return 'tsv';
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase();
  if (extension && EXTENSIONS[extension]) return EXTENSIONS[extension];
  throw new GlossaryFormatError(
    fileName,
    extension === 'tbx'
      ? 'the file is named .tbx but is not XML'
      : 'cannot tell the format: not TBX (XML), no "source,target" header row, no tab-separated columns',
  );
}
