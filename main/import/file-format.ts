import { ImportError } from './import-error';

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'docx'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

const BY_EXTENSION: Record<string, ArticleFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
};

export function formatFromName(name: string): ArticleFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(name);
  return match ? (BY_EXTENSION[match[1].toLowerCase()] ?? null) : null;
}

/** File signatures of things people save articles as that we cannot read, with advice. */
const UNSUPPORTED: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file; copy its text, or save the article as .docx, .html or .txt' },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old binary Word (.doc) file; save it as .docx' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF file; save it as .docx or .txt' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image, not text' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image, not text' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image, not text' },
  { magic: [0x1f, 0x8b], what: 'a gzip archive; unpack it first' },
  { magic: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive; unpack it first' },
  { magic: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive; unpack it first' },
];

export function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Local file header or empty-archive record: every zip (and so every .docx) starts with one. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]);
}

export function rejectKnownBinary(name: string, bytes: Uint8Array): void {
  for (const { magic, what } of UNSUPPORTED) {
    if (startsWith(bytes, magic)) throw new ImportError('unsupported-format', name, `this is ${what}`);
  }
}

/**
 * Whether decoded text starts like an HTML document: a doctype or an <html>, <head> or <body>
 * tag after any BOM, whitespace, comments and XML declaration. Only the start counts, so a text
 * or Markdown file that merely mentions a tag stays what its name says.
 */
export function looksLikeHtml(text: string): boolean {
  let rest = text.slice(0, 4096).replace(/^\ufeff/, '');
  for (;;) {
    const before = rest;
    rest = rest.replace(/^\s+/, '').replace(/^<!--[\s\S]*?-->/, '').replace(/^<\?xml[^>]*>/i, '');
    if (rest === before) break;
  }
  return /^<(?:!doctype\s+html|html|head|body)[\s>]/i.test(rest);
}

/**
 * Whether decoded text is really binary data: a NUL, or control characters other than tab, line,
 * vertical-tab and page breaks in more than a trace. Replacement characters do not count: they
 * come from a wrong encoding, which the user can change, not from a file that is not text.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536);
  if (sample.length === 0) return false;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && (c < 0x09 || c > 0x0d)) || c === 0x7f) odd++;
  }
  return odd > Math.max(2, sample.length * 0.01);
}
