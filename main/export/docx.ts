// The corrected article as a Word document, built with the docx package: Word's own Heading 1
// (the title) and Heading 2 styles, Normal paragraphs, and Word's Caption style for photo
// captions, so Word, LibreOffice and Sverka's own DOCX import (which reads "caption" back as a
// caption) all see the structure.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { articleBlocks, type ArticleBlock } from '../../shared/export/article-blocks';
import { xmlChars } from '../../shared/export/escape';
import type { ExportDocument, ExportOptions } from '../../shared/export/types';

const CREDIT_STYLE = 'Credit';
const FURNITURE_STYLE = 'PageFurniture';

function paragraph(block: ArticleBlock): Paragraph {
  // docx escapes markup itself; characters XML cannot hold would still make Word refuse the file.
  const children = [new TextRun(xmlChars(block.text))];
  switch (block.kind) {
    case 'heading':
      return new Paragraph({ heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children });
    case 'caption':
      return new Paragraph({ style: 'Caption', children });
    case 'credit':
      return new Paragraph({ style: CREDIT_STYLE, children });
    case 'furniture':
      return new Paragraph({ style: FURNITURE_STYLE, children });
    default:
      return new Paragraph({ children });
  }
}

export async function articleDocx(doc: ExportDocument, options: ExportOptions): Promise<Uint8Array> {
  const blocks = articleBlocks(doc, options);
  const document = new Document({
    title: xmlChars(blocks.find((b) => b.kind === 'heading')?.text ?? doc.title),
    creator: 'Sverka',
    lastModifiedBy: 'Sverka',
    description: xmlChars(`${doc.sourceName} → ${doc.targetName}`),
    styles: {
      default: { document: { run: { language: { value: 'en-GB' } } } },
      paragraphStyles: [
        { id: CREDIT_STYLE, name: 'Credit', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 18, color: '555555' } },
        { id: FURNITURE_STYLE, name: 'Page furniture', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '777777' } },
      ],
    },
    // Word wants a paragraph in every section, even an empty one.
    sections: [{ children: blocks.length ? blocks.map(paragraph) : [new Paragraph({})] }],
  });
  const buffer = await Packer.toBuffer(document);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
