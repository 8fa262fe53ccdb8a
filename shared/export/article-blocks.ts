// The corrected article as monolingual exports see it: the target side's paragraphs, rebuilt from
// the segments' paragraph numbers, with furniture and captions kept or left out as asked.
import type { RowKind } from '../model';
import type { ExportDocument, ExportOptions, ExportRow } from './types';

export interface ArticleBlock {
  kind: RowKind;
  /** Headings only: 1 for the first heading of the article (its title), 2 for the others. */
  level?: 1 | 2;
  /** The paragraph's sentences joined by a space, on one line. */
  text: string;
}

/** One line: a line break inside a sentence would end a paragraph in text and Markdown. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

function kept(kind: RowKind, options: ExportOptions): boolean {
  if (kind === 'furniture') return options.furniture;
  if (kind === 'caption' || kind === 'credit') return options.captions;
  return true;
}

/**
 * The paragraphs of the corrected translation in reading order. A new block starts where the
 * paragraph number or the kind changes; a 1:0 row (no translation) and a sentence the editor
 * emptied give nothing.
 */
export function articleBlocks(doc: Pick<ExportDocument, 'rows'>, options: ExportOptions): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let open: { kind: RowKind; paragraph: number; sentences: string[] } | null = null;
  const close = () => {
    if (open && open.sentences.length) blocks.push({ kind: open.kind, text: open.sentences.join(' ') });
    open = null;
  };
  for (const segment of doc.rows.flatMap((row: ExportRow) => row.target)) {
    if (!kept(segment.kind, options)) continue;
    const text = oneLine(segment.text);
    if (!text) continue;
    if (!open || open.paragraph !== segment.paragraph || open.kind !== segment.kind) {
      close();
      open = { kind: segment.kind, paragraph: segment.paragraph, sentences: [] };
    }
    open.sentences.push(text);
  }
  close();
  let headings = 0;
  for (const block of blocks) if (block.kind === 'heading') block.level = headings++ === 0 ? 1 : 2;
  return blocks;
}
