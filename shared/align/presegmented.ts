// Presegmented text: one sentence a line, as in sentence-aligned corpora. A line "<p>" is a
// paragraph marker and stays a sentence of its own, so line numbers and sentence indices agree.

export function readPresegmented(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
