import { isMtFooter } from './mt-footer';
import { deleteSegmentText, isBlank, targetSegments, wholeSpan } from './spans';
import { withKeys, type Check, type FindingDraft } from './types';

export const pageFurnitureCheck: Check = {
  id: 'page-furniture',
  describe: 'Site navigation, buttons and adverts translated along with the article',
  run(ctx) {
    const drafts: FindingDraft[] = targetSegments(ctx.rows)
      // The translator's footer is furniture too, but extra-text reports it as an error.
      .filter(({ segment }) => segment.kind === 'furniture' && !isBlank(segment) && !isMtFooter(segment.current))
      .map(({ row, segment }) => ({
        check: 'page-furniture',
        severity: 'warning',
        row: row.position,
        target: wholeSpan(segment),
        message: `Page furniture, not part of the article: "${segment.current.trim()}"`,
        fix: { label: 'Delete', replacements: [deleteSegmentText(segment)] },
      }));
    return withKeys(drafts);
  },
};
