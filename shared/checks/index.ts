import { CHECK_IDS, type CheckId, type Finding } from '../model';
import { extraTextCheck } from './extra-text';
import { forbiddenTermCheck } from './forbidden-term';
import { inconsistentRenderingCheck } from './inconsistent-rendering';
import { missingTermCheck } from './missing-term';
import { numberMismatchCheck } from './number-mismatch';
import { pageFurnitureCheck } from './page-furniture';
import type { Check, CheckContext } from './types';
import { typographyCheck } from './typography';
import { untranslatedCheck } from './untranslated';

export type { Check, CheckContext, FindingDraft, GlossaryContext } from './types';
export { findingKey, withKeys } from './types';

export const ALL_CHECKS: readonly Check[] = [
  forbiddenTermCheck,
  missingTermCheck,
  inconsistentRenderingCheck,
  untranslatedCheck,
  extraTextCheck,
  numberMismatchCheck,
  pageFurnitureCheck,
  typographyCheck,
];

const CHECK_ORDER = new Map<CheckId, number>(CHECK_IDS.map((id, i) => [id, i]));

/**
 * The order findings are shown in: by row, then by check, then by where they are in the row
 * (the translation's span, else the original's), so the same findings always come in one order.
 */
export function compareFindings(a: Finding, b: Finding): number {
  const at = (f: Finding) => f.target ?? f.source;
  const pa = at(a);
  const pb = at(b);
  return (
    a.row - b.row ||
    CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)! ||
    Number(!a.target) - Number(!b.target) ||
    (pa?.segmentId ?? 0) - (pb?.segmentId ?? 0) ||
    (pa?.start ?? 0) - (pb?.start ?? 0) ||
    (pa?.end ?? 0) - (pb?.end ?? 0) ||
    (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  );
}

/** Runs the chosen checks (all by default) and returns their findings in `compareFindings` order. */
export function runChecks(ctx: CheckContext, ids?: readonly CheckId[]): Finding[] {
  const chosen = ids ? ALL_CHECKS.filter((check) => ids.includes(check.id)) : ALL_CHECKS;
  return chosen.flatMap((check) => check.run(ctx)).sort(compareFindings);
}
