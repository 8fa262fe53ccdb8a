import type { Row, Segment } from '../model';
import { findMtFooter } from './mt-footer';
import { isBlank, replacementIn, spanIn, wholeSpan } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const MESSAGES = {
  mtFooter: 'findingMessages.extra-text.mtFooter',
  noSource: 'findingMessages.extra-text.noSource',
} as const;
const FIXES = { deleteFooter: 'findingFixes.extra-text.deleteFooter' } as const;

/**
 * The translator's footer, wherever the aligner put it: alone in a 0:1 bead, or glued to the end
 * of a sentence. The fix removes it together with the space before it.
 */
function footerFinding(row: Row, segment: Segment): FindingDraft | null {
  const footer = findMtFooter(segment.current);
  if (!footer) return null;
  const text = segment.current;
  const before = text.slice(0, footer.start);
  const whole = before.trim() === '';
  const cutFrom = whole ? 0 : before.trimEnd().length;
  return {
    check: 'extra-text',
    rule: 'mt-footer',
    severity: 'error',
    row: row.position,
    target: whole ? wholeSpan(segment) : spanIn(segment, footer.start, footer.end),
    message: phrase(MESSAGES.mtFooter),
    fix: { label: phrase(FIXES.deleteFooter), replacements: [replacementIn(segment, cutFrom, text.length, '')] },
  };
}

function checkRow(row: Row): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  const noSource = row.source.length === 0;
  for (const segment of row.target) {
    if (isBlank(segment)) continue;
    const footer = footerFinding(row, segment);
    if (footer) {
      drafts.push(footer);
      continue;
    }
    // Site navigation without a source is the business of page-furniture.
    if (!noSource || segment.kind === 'furniture') continue;
    drafts.push({
      check: 'extra-text',
      rule: 'no-source',
      severity: 'warning',
      row: row.position,
      target: wholeSpan(segment),
      message: phrase(MESSAGES.noSource),
    });
  }
  return drafts;
}

export const extraTextCheck: Check = {
  id: 'extra-text',
  describe: "Translation with no original behind it, such as the translation service's footer",
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(FIXES)],
  run(ctx) {
    return withKeys(ctx.rows.flatMap(checkRow));
  },
};
