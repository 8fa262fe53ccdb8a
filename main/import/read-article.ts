import type { Block } from '../../shared/model';
import { bomEncoding, isAscii, utf8Sequences } from './byte-patterns';
import { decodeBytes, type DecodedText } from './decode';
import { docxBlocks } from './docx-blocks';
import { SINGLE_BYTE, type Encoding } from './encodings';
import { formatFromName, isZip, looksBinary, looksLikeHtml, rejectKnownBinary, type ArticleFormat } from './file-format';
import { declaredHtmlCharset } from './html-charset';
import { htmlBlocks } from './html-blocks';
import { ImportError } from './import-error';
import { markdownBlocks } from './markdown-blocks';
import { textBlocks } from './text-blocks';

export interface ArticleFile {
  format: ArticleFormat;
  /** The text encoding the file was read in; null where it does not apply (DOCX, pasted text). */
  encoding: Encoding | null;
  /** How sure the encoding is, 0…1 (1 when declared, chosen or not applicable). */
  confidence: number;
  blocks: Block[];
}

export interface ArticleInput {
  name: string;
  bytes: Uint8Array;
  /** The user's choice, overriding detection and any declaration in the file. */
  encoding?: Encoding;
}

/**
 * Reads an article file into blocks. The format comes from the content where the content is
 * unmistakable (a zip is a .docx, a page starting with <!doctype html> is HTML whatever its name),
 * otherwise from the extension, otherwise plain text.
 */
export async function readArticle(input: ArticleInput): Promise<ArticleFile> {
  const { name, bytes } = input;
  if (bytes.length === 0) throw new ImportError('empty', name, 'the file is empty');
  rejectKnownBinary(name, bytes);

  const byName = formatFromName(name);
  if (isZip(bytes)) {
    return { format: 'docx', encoding: null, confidence: 1, blocks: await docxBlocks(name, bytes) };
  }
  if (byName === 'docx') {
    throw new ImportError('malformed', name, 'not a valid DOCX (not a zip archive)');
  }

  const decoded = decodeArticleText(bytes, byName, input.encoding);
  if (looksBinary(decoded.text)) {
    throw new ImportError('unsupported-format', name, 'binary data, not text');
  }
  if (!decoded.text.trim()) throw new ImportError('empty', name, 'the file has no text');

  const format: ArticleFormat = looksLikeHtml(decoded.text) ? 'html' : (byName ?? 'txt');
  const blocks = blocksOf(format, decoded.text);
  if (blocks.length === 0) throw new ImportError('empty', name, `no text found in this ${format.toUpperCase()} file`);
  return { format, encoding: decoded.encoding, confidence: decoded.confidence, blocks };
}

/** Text typed or pasted by the user: already a string, so no encoding; each non-blank line a block. */
export function readPastedText(text: string): ArticleFile {
  return { format: 'txt', encoding: null, confidence: 1, blocks: textBlocks(text) };
}

function blocksOf(format: ArticleFormat, text: string): Block[] {
  switch (format) {
    case 'html':
      return htmlBlocks(text);
    case 'md':
      return markdownBlocks(text);
    default:
      return textBlocks(text);
  }
}

/**
 * The user's choice wins, then a BOM, then (for a web page) its declared charset, then detection.
 * A page that declares a legacy charset but is valid non-ASCII UTF-8 was re-saved by an editor
 * that kept the old <meta>; it is read as UTF-8. A pure-ASCII page decodes the same either way.
 */
function decodeArticleText(bytes: Uint8Array, byName: ArticleFormat | null, override: Encoding | undefined): DecodedText {
  if (override || bomEncoding(bytes)) return decodeBytes(bytes, override);
  const html = byName === 'html' || looksLikeHtml(asciiPrefix(bytes));
  const declared = html ? declaredHtmlCharset(bytes) : null;
  if (!declared || isAscii(bytes)) return decodeBytes(bytes);
  const validUtf8 = utf8Sequences(bytes) >= 0;
  if (SINGLE_BYTE.includes(declared) && validUtf8) return decodeBytes(bytes, 'utf-8');
  // The opposite slip: a server template says UTF-8 around windows-1251 text. A browser shows
  // mojibake; detection reads it right.
  if (declared === 'utf-8' && !validUtf8) return decodeBytes(bytes);
  return decodeBytes(bytes, declared);
}

/** The start of the bytes as ASCII, enough to see a doctype in any ASCII-compatible encoding. */
function asciiPrefix(bytes: Uint8Array): string {
  let s = '';
  const n = Math.min(bytes.length, 1024);
  for (let i = 0; i < n; i++) s += String.fromCharCode(bytes[i] < 0x80 ? bytes[i] : 0x3f);
  return s;
}
