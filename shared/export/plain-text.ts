// The corrected article as plain text: one paragraph a line, a blank line between paragraphs.
import { articleBlocks } from './article-blocks';
import type { ExportDocument, ExportOptions } from './types';

export function articleText(doc: ExportDocument, options: ExportOptions): string {
  const blocks = articleBlocks(doc, options);
  return blocks.length ? `${blocks.map((b) => b.text).join('\n\n')}\n` : '';
}
