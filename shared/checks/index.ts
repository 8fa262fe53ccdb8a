import type { CheckId, Finding } from '../model';
import { extraTextCheck } from './extra-text';
import { forbiddenTermCheck } from './forbidden-term';
import { inconsistentRenderingCheck } from './inconsistent-rendering';
import { missingTermCheck } from './missing-term';
import { numberMismatchCheck } from './number-mismatch';
import { pageFurnitureCheck } from './page-furniture';
import { compareFindings } from './order';
import type { Check, CheckContext } from './types';
import { typographyCheck } from './typography';
import { untranslatedCheck } from './untranslated';

export type { Check, CheckContext, FindingDraft, GlossaryContext } from './types';
export { findingKey, withKeys } from './types';
export { compareFindings };

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

/** Runs the chosen checks (all by default) and returns their findings in `compareFindings` order. */
export function runChecks(ctx: CheckContext, ids?: readonly CheckId[]): Finding[] {
  const chosen = ids ? ALL_CHECKS.filter((check) => ids.includes(check.id)) : ALL_CHECKS;
  return chosen.flatMap((check) => check.run(ctx)).sort(compareFindings);
}
