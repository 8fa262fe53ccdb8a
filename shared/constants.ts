// Names the API's schemas are built from, kept apart from them so the renderer can read them
// without bundling the schemas (zod) it never runs.

/** The text encodings an import can be read in. */
export const ENCODINGS = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1251',
  'koi8-r',
  'ibm866',
  'windows-1252',
  'iso-8859-1',
] as const;

/** Every event of the API (shared/contract.ts `events` has exactly these). */
export const EVENT_NAMES = ['app.command', 'glossary.changed', 'import.progress'] as const;
