// Quotation marks and brackets must pair up within a paragraph. A quotation often runs over
// several sentences (several segments, several rows), so the count is kept per paragraph and the
// finding lands in the row of the mark that has no partner.
//
// The Russian dialogue dash is the common cause: "— Текст, — сказал он." comes out of MT as
// '— Text," he said.' — a closing quote with nothing opening it.

import type { Phrase, Row, RowKind } from '../model';
import { isBlank, replacementIn, spanIn, targetSegments, type PlacedSegment } from './spans';
import { phrase, type FindingDraft } from './types';

export const BALANCE_MESSAGES = {
  unclosedQuote: 'findingMessages.typography.unclosedQuote',
  unopenedQuote: 'findingMessages.typography.unopenedQuote',
  dialogueQuote: 'findingMessages.typography.dialogueQuote',
  unclosedBracket: 'findingMessages.typography.unclosedBracket',
  unopenedBracket: 'findingMessages.typography.unopenedBracket',
} as const;
export const BALANCE_FIXES = { dialogueDash: 'findingFixes.typography.dialogueDash' } as const;

export const TYPOGRAPHY_KINDS: readonly RowKind[] = ['text', 'heading', 'caption', 'credit'];

const DIALOGUE_DASH = /^[ \u00A0]*[—–-][ \u00A0]+/u;
const BEFORE_OPENING = /[\s([{\u2014\u2013/-]/u;
const AFTER_CLOSING = /[\s.,;:!?)\]}\u2014\u2013…-]/u;
/** "a) first, b) second": a closing bracket that numbers a list item. */
const LIST_MARKER = /(?:^|\s)[\p{L}\p{N}]{1,2}$/u;
const PAIRS: Record<string, string> = { ')': '(', ']': '[' };

interface Mark {
  at: PlacedSegment;
  index: number;
}

type QuoteRole = 'open' | 'close' | 'either';

function quoteRole(text: string, index: number): QuoteRole {
  const ch = text[index];
  if (ch === '“') return 'open';
  if (ch === '”') return 'close';
  const prev = index === 0 ? ' ' : text[index - 1];
  const next = index === text.length - 1 ? ' ' : text[index + 1];
  const opensAfter = BEFORE_OPENING.test(prev);
  const closesBefore = AFTER_CLOSING.test(next);
  if (opensAfter && !closesBefore) return 'open';
  if (!opensAfter && closesBefore) return 'close';
  return 'either';
}

function startsWithQuote(paragraph: PlacedSegment[] | undefined): boolean {
  const first = paragraph?.[0]?.segment.current.trimStart() ?? '';
  return first.startsWith('"') || first.startsWith('“');
}

function markFinding(mark: Mark, rule: string, message: Phrase): FindingDraft {
  return {
    check: 'typography',
    rule,
    severity: 'warning',
    row: mark.at.row.position,
    target: spanIn(mark.at.segment, mark.index, mark.index + 1),
    message,
  };
}

function checkParagraph(paragraph: PlacedSegment[], next: PlacedSegment[] | undefined): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const first = paragraph[0];
  const dash = DIALOGUE_DASH.exec(first.segment.current);
  let dialogue: { at: PlacedSegment; start: number; end: number } | null = dash
    ? { at: first, start: dash[0].length - dash[0].trimStart().length, end: dash[0].length }
    : null;
  let open: Mark | null = null;
  const brackets: Array<Mark & { ch: string }> = [];

  const closeWithoutOpen = (mark: Mark) => {
    if (!dialogue) {
      drafts.push(markFinding(mark, 'unbalanced-quote', phrase(BALANCE_MESSAGES.unopenedQuote)));
      return;
    }
    const closing = mark.at.segment.current[mark.index];
    const opening = closing === '”' ? '“' : '"';
    drafts.push({
      ...markFinding(mark, 'dialogue-quote', phrase(BALANCE_MESSAGES.dialogueQuote, { closing, opening })),
      fix: {
        label: phrase(BALANCE_FIXES.dialogueDash, { opening }),
        replacements: [replacementIn(dialogue.at.segment, dialogue.start, dialogue.end, opening)],
      },
    });
    dialogue = null;
  };

  for (const at of paragraph) {
    const text = at.segment.current;
    // „…“ is a Russian pair (the typography rule for Russian quotes reports it); its “ closes it.
    let lowOpen = 0;
    for (let index = 0; index < text.length; index++) {
      const ch = text[index];
      const mark = { at, index };
      if (ch === '„') {
        lowOpen++;
      } else if ((ch === '“' || ch === '”') && lowOpen > 0) {
        lowOpen--;
      } else if (ch === '"' || ch === '“' || ch === '”') {
        const role = quoteRole(text, index);
        if (role === 'open' || (role === 'either' && !open)) {
          if (open) drafts.push(markFinding(open, 'unbalanced-quote', phrase(BALANCE_MESSAGES.unclosedQuote)));
          open = mark;
        } else if (open) {
          open = null;
        } else {
          closeWithoutOpen(mark);
        }
      } else if (ch === '(' || ch === '[') {
        brackets.push({ ...mark, ch });
      } else if (ch === ')' || ch === ']') {
        if (brackets.length > 0 && brackets[brackets.length - 1].ch === PAIRS[ch]) brackets.pop();
        else if (!(ch === ')' && LIST_MARKER.test(text.slice(Math.max(0, index - 3), index)))) {
          drafts.push(markFinding(mark, 'unbalanced-bracket', phrase(BALANCE_MESSAGES.unopenedBracket, { bracket: ch })));
        }
      }
    }
  }
  // A quotation running over paragraphs leaves each one open and reopens the next: that is right.
  if (open && !startsWithQuote(next)) {
    drafts.push(markFinding(open, 'unbalanced-quote', phrase(BALANCE_MESSAGES.unclosedQuote)));
  }
  for (const bracket of brackets) {
    drafts.push(markFinding(bracket, 'unbalanced-bracket', phrase(BALANCE_MESSAGES.unclosedBracket, { bracket: bracket.ch })));
  }
  return drafts;
}

/** Target segments grouped into paragraphs, in reading order. */
function paragraphs(rows: Row[]): PlacedSegment[][] {
  const groups: PlacedSegment[][] = [];
  let last: PlacedSegment | null = null;
  for (const placed of targetSegments(rows)) {
    if (!TYPOGRAPHY_KINDS.includes(placed.segment.kind) || isBlank(placed.segment)) continue;
    if (last && last.segment.paragraph === placed.segment.paragraph) groups[groups.length - 1].push(placed);
    else groups.push([placed]);
    last = placed;
  }
  return groups;
}

export function unbalancedMarks(rows: Row[]): FindingDraft[] {
  const groups = paragraphs(rows);
  return groups.flatMap((group, i) => checkParagraph(group, groups[i + 1]));
}
