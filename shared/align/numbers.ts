// Numbers as anchors: the aligner does not know which language a side is written in, so it reads
// figures under the convention both languages share (shared/text/figures.ts): "3,5" and "3.5"
// are the same decimal, "1 000", "1,000" and "1.000" the same thousand.

import { FIGURE, figureValue } from '../text/figures';

/** The numbers in a sentence as keys; a dotted date like "12.05.2024" gives 12.05 and its year. */
export function extractNumbers(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(FIGURE.either)) out.push(String(figureValue(match[0], 'either')));
  return out;
}
