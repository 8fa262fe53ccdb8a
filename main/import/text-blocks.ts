import type { Block } from '../../shared/model';

/**
 * Plain text: every non-blank line is a block. Word's plain-text copies use vertical tab for a
 * manual line break and form feed for a page break, so both end a line too.
 */
export function textBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  for (const line of text.replace(/^\ufeff/, '').split(/\r\n|[\r\n\v\f\u2028\u2029]/)) {
    const trimmed = line.trim();
    if (trimmed) blocks.push({ text: trimmed });
  }
  return blocks;
}
