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

/** Runs the chosen checks (all by default) and returns their findings by row, then by check. */
export function runChecks(ctx: CheckContext, ids?: readonly CheckId[]): Finding[] {
  const chosen = ids ? ALL_CHECKS.filter((check) => ids.includes(check.id)) : ALL_CHECKS;
  const findings = chosen.flatMap((check) => check.run(ctx));
  return findings.sort((a, b) => a.row - b.row || CHECK_ORDER.get(a.check)! - CHECK_ORDER.get(b.check)!);
}
