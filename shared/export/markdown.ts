// The corrected article as CommonMark: headings as ATX headings, captions and credits in italics,
// and every character of the article that Markdown would read as syntax escaped, so a "*", a
// "1." at the start of a paragraph or an "<b>" stays the text it was.
import { articleBlocks, type ArticleBlock } from './article-blocks';
import type { ExportDocument, ExportOptions } from './types';

/**
 * Punctuation with a meaning somewhere in a line: emphasis, code, links and images, raw HTML and
 * autolinks, GFM tables and strikethrough, a heading's closing #, and the backslash itself,
 * escaped wherever it stands, as CommonMark allows for any ASCII punctuation; and the "&" of
 * what would be decoded as an entity or character reference ("&amp;", "&#169;"), not a bare one.
 */
const INLINE = /[\\`*_[\]<>|~#]|&(?=#?[0-9A-Za-z]+;)/g;

/**
 * What opens a block at the start of a line: a list marker ("-", "+", "1." or "1)"), a block
 * quote (escaped above), a thematic break or setext underline ("=", "-"), and indentation.
 */
function escapeLineStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+=])/, '\\$1');
}

export function escapeMarkdown(text: string): string {
  return escapeLineStart(text.replace(INLINE, '\\$&'));
}

function block(b: ArticleBlock): string {
  const text = escapeMarkdown(b.text);
  if (b.kind === 'heading') return `${b.level === 1 ? '#' : '##'} ${text}`;
  if (b.kind === 'caption' || b.kind === 'credit') return `*${text}*`;
  return text;
}

export function articleMarkdown(doc: ExportDocument, options: ExportOptions): string {
  const blocks = articleBlocks(doc, options);
  return blocks.length ? `${blocks.map(block).join('\n\n')}\n` : '';
}
