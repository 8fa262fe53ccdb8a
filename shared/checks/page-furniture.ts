import { isMtFooter } from './mt-footer';
import { deleteSegmentText, isBlank, targetSegments, wholeSpan } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const MESSAGES = { furniture: 'findingMessages.page-furniture.furniture' } as const;
const FIXES = { delete: 'findingFixes.page-furniture.delete' } as const;

export const pageFurnitureCheck: Check = {
  id: 'page-furniture',
  describe: 'Site navigation, buttons and adverts translated along with the article',
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(FIXES)],
  run(ctx) {
    const drafts: FindingDraft[] = targetSegments(ctx.rows)
      // The translator's footer is furniture too, but extra-text reports it as an error.
      .filter(({ segment }) => segment.kind === 'furniture' && !isBlank(segment) && !isMtFooter(segment.current))
      .map(({ row, segment }) => ({
        check: 'page-furniture',
        severity: 'warning',
        row: row.position,
        target: wholeSpan(segment),
        message: phrase(MESSAGES.furniture, { text: segment.current.trim() }),
        fix: { label: phrase(FIXES.delete), replacements: [deleteSegmentText(segment)] },
      }));
    return withKeys(drafts);
  },
};
