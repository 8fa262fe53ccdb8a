import type { Block, Lang, RowKind } from '../model';
import { isCloser, isDash, isDigit, isLetter, isOpener, isTerminal, isUpper } from './chars';
import { isCredit } from './credits';
import { isFurniture } from './furniture';

// One kind per block, decided in three passes:
//  1. furniture (furniture.ts) and credits (credits.ts), each line on its own;
//  2. a caption is the short line right before a credit ("ВСУ" / "Фото: REUTERS/…"), whatever its
//     language: machine translation often leaves captions in Cyrillic;
//  3. a heading is a short line without final punctuation that leads into text: the next block,
//     skipping furniture, captions and credits, is text, or a second heading line that leads into
//     text (a title and its subtitle). Everything else is text.
// A block whose kind is set by its file format keeps it.

const MAX_CAPTION = 200;
const MAX_HEADING = 150;
const MAX_HEADING_WORDS = 16;
const MAX_HEADING_RUN = 2;

const startsWithDialogueDash = (text: string): boolean => isDash(text[0]) && /\s/.test(text[1] ?? '');

function looksLikeCaption(text: string): boolean {
  return text.length <= MAX_CAPTION && !startsWithDialogueDash(text);
}

function endsWithPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i > 0 && isCloser(text[i])) i--;
  return isTerminal(text[i]) || /[:;,]/.test(text[i]);
}

function looksLikeHeading(text: string): boolean {
  if (text.length > MAX_HEADING || startsWithDialogueDash(text) || endsWithPunctuation(text)) return false;
  if (text.split(/\s+/).length > MAX_HEADING_WORDS) return false;
  let i = 0;
  while (i < text.length && isOpener(text[i])) i++;
  const first = text[i] ?? '';
  return isDigit(first) || (isLetter(first) && isUpper(first));
}

/** One kind per block, in order. `lang` is accepted for symmetry: both languages' lists apply. */
export function classifyBlocks(blocks: Block[], lang: Lang): RowKind[] {
  const kinds: (RowKind | undefined)[] = blocks.map((block) => {
    if (block.kind) return block.kind;
    const text = block.text.trim();
    if (isFurniture(text)) return 'furniture';
    if (isCredit(text)) return 'credit';
    return undefined;
  });

  for (let i = 1; i < blocks.length; i++) {
    if (kinds[i] === 'credit' && kinds[i - 1] === undefined && looksLikeCaption(blocks[i - 1].text.trim())) {
      kinds[i - 1] = 'caption';
    }
  }

  // Backwards, so that what follows a block is already known.
  let leadsIntoText = false;
  let run = 0;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const kind = kinds[i];
    if (kind === undefined) {
      const heading = leadsIntoText && run < MAX_HEADING_RUN && looksLikeHeading(blocks[i].text.trim());
      kinds[i] = heading ? 'heading' : 'text';
    }
    if (kinds[i] === 'text') {
      leadsIntoText = true;
      run = 0;
    } else if (kinds[i] === 'heading') {
      run++;
    }
  }

  return kinds as RowKind[];
}
