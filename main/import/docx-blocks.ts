import mammoth from 'mammoth';
import type { Block } from '../../shared/model';
import { htmlBlocks } from './html-blocks';
import { ImportError } from './import-error';
import { readZipDirectory } from './zip-directory';

/** Far beyond any article; a zip that claims more is broken or hostile. */
const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/**
 * Word's built-in Title and Subtitle are headings of an article; its Caption style (stored as
 * "caption" by Word, "Caption" by others) is a photo caption. Headings 1–6 are mapped by mammoth.
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='caption'] => figcaption:fresh",
  "p[style-name='Caption'] => figcaption:fresh",
];

/**
 * A .docx through mammoth to HTML, then through the same block extraction as a web page.
 * Images are replaced by nothing (they are not text, and base64 copies of them would only cost
 * time); linked external files are never read.
 */
export async function docxBlocks(name: string, bytes: Uint8Array): Promise<Block[]> {
  const directory = readZipDirectory(bytes);
  if (!directory.ok) throw new ImportError('malformed', name, `not a valid DOCX (${directory.reason})`);
  const names = directory.entries.map((e) => e.name);
  if (directory.entries.length > 0 && !names.some((n) => n.startsWith('word/'))) {
    throw new ImportError('unsupported-format', name, `a zip archive but not a Word document (${otherKind(names)})`);
  }
  const unpacked = directory.entries.reduce((sum, e) => sum + (e.uncompressedSize ?? 0), 0);
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new ImportError('malformed', name, `not a valid DOCX (it would unpack to ${Math.round(unpacked / 2 ** 20)} MB)`);
  }

  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
        externalFileAccess: false,
      },
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ImportError('malformed', name, `not a valid DOCX (${reason})`);
  }

  const blocks = htmlBlocks(result.value);
  if (blocks.length === 0) {
    const warnings = result.messages.map((m) => m.message).slice(0, 3);
    throw new ImportError('empty', name, `the document has no text${warnings.length ? ` (${warnings.join('; ')})` : ''}`);
  }
  return blocks;
}

function otherKind(names: string[]): string {
  if (names.includes('xl/workbook.xml')) return 'an Excel workbook';
  if (names.includes('ppt/presentation.xml')) return 'a PowerPoint presentation';
  if (names.includes('mimetype')) return 'an OpenDocument or EPUB file? Save it as .docx';
  return 'no word/ folder inside';
}
