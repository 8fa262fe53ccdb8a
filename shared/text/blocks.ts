import type { Block } from '../model';
import { isDash, isLetter, isLower, isOpener, isTerminal, isCloser } from './chars';

/**
 * Cuts plain text into blocks, one per paragraph.
 *
 * Text copied from a web page puts every paragraph on one line and every caption, credit and
 * button label on a line of its own, with or without blank lines between them; so by default
 * each non-empty line is a block. Hard-wrapped text (e-mail, some exports) is recognised by its
 * many lines that stop mid-sentence and continue in lower case on the next line; there blank
 * lines and short lines end paragraphs and the wrapped lines are joined back.
 */
export function blocksFromPlainText(text: string): Block[] {
  const lines = text.split(/\r\n?|\n/).map((line) => line.trim());
  const paragraphs = looksHardWrapped(lines) ? unwrap(lines) : lines.filter((line) => line !== '');
  return paragraphs.map((paragraph) => ({ text: paragraph }));
}

function endsMidSentence(line: string): boolean {
  const last = line[line.length - 1];
  return isLetter(last) || /[0-9,;]/.test(last) || isDash(last);
}

function startsInLowerCase(line: string): boolean {
  const first = isOpener(line[0]) ? line[1] : line[0];
  return first !== undefined && isLower(first);
}

const continues = (line: string, next: string): boolean => endsMidSentence(line) && startsInLowerCase(next);

/** At least three wrapped joins, and they are a good share of all adjacent line pairs. */
function looksHardWrapped(lines: string[]): boolean {
  let pairs = 0;
  let joins = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    if (lines[i] === '' || lines[i + 1] === '') continue;
    pairs++;
    if (continues(lines[i], lines[i + 1])) joins++;
  }
  return joins >= 3 && joins >= 0.4 * pairs;
}

function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i > 0 && isCloser(line[i])) i--;
  return isTerminal(line[i]);
}

const startsWithDialogueDash = (line: string): boolean => isDash(line[0]) && line[1] === ' ';

function unwrap(lines: string[]): string[] {
  const width = lines.reduce((max, line) => Math.max(max, line.length), 0);
  const paragraphs: string[] = [];
  // Parts are collected and joined once: testing a growing concatenated string would flatten it
  // on every line and make a long paragraph quadratic.
  let parts: string[] = [];
  const flush = () => {
    if (parts.length > 0) paragraphs.push(parts.join(''));
    parts = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') {
      flush();
      continue;
    }
    const previous = parts.length > 0 ? lines[i - 1] : '';
    if (parts.length === 0) parts.push(line);
    // A word hyphenated across the break: keep the hyphen, drop the space (nothing is lost).
    else if (/\p{L}-$/u.test(previous) && startsInLowerCase(line)) parts.push(line);
    else parts.push(' ', line);
    const next = lines[i + 1] ?? '';
    if (next === '') continue;
    const short = line.length < 0.6 * width;
    const newSpeaker = startsWithDialogueDash(next) && endsSentence(line);
    if ((short && !continues(line, next)) || newSpeaker) flush();
  }
  flush();
  return paragraphs;
}
