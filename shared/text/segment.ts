import type { Block, Lang, Paragraph } from '../model';
import { blocksFromPlainText } from './blocks';
import { classifyBlocks } from './classify';
import { normaliseImported } from './normalise';
import { splitSentences } from './sentences';

/**
 * Classifies the blocks and splits text and headings into sentences; a caption, credit or piece
 * of furniture stays one sentence. Blocks that are empty after trimming are left out.
 */
export function segmentBlocks(blocks: Block[], lang: Lang): Paragraph[] {
  const kept = blocks
    .map((block) => ({ ...block, text: block.text.trim() }))
    .filter((block) => block.text !== '');
  const kinds = classifyBlocks(kept, lang);
  return kept.map((block, i) => {
    const kind = kinds[i];
    const sentences = kind === 'text' || kind === 'heading' ? splitSentences(block.text, lang) : [block.text];
    return { kind, sentences };
  });
}

/** From imported plain text to classified paragraphs of sentences. */
export function segmentText(text: string, lang: Lang): Paragraph[] {
  return segmentBlocks(blocksFromPlainText(normaliseImported(text)), lang);
}
