import type { Output } from '../../../shared/contract';
import { CHECK_IDS, type CheckId } from '../../../shared/model';

export type PanelFinding = Output<'review.findings'>['findings'][number];

export interface SubjectGroup {
  /** The concept or name the findings are about; null for findings with no subject. */
  label: string | null;
  conceptId?: number;
  findings: PanelFinding[];
  open: number;
}

export interface CheckGroup {
  check: CheckId;
  subjects: SubjectGroup[];
  /** In display order: subject by subject. */
  findings: PanelFinding[];
  open: number;
}

const CHECK_ORDER = new Map<CheckId, number>(CHECK_IDS.map((id, i) => [id, i]));

/**
 * Findings by check (in the checks' own order) and, inside a check, by subject (concept or name),
 * subjects in the order they first appear. Dismissed findings are left out unless asked for;
 * counts are always of the open ones.
 */
export function groupFindings(findings: readonly PanelFinding[], showDismissed: boolean): CheckGroup[] {
  const byCheck = new Map<CheckId, Map<string, SubjectGroup>>();
  for (const f of findings) {
    if (f.dismissed && !showDismissed) continue;
    let subjects = byCheck.get(f.check);
    if (!subjects) byCheck.set(f.check, (subjects = new Map()));
    const id = f.subject ? `${f.subject.conceptId ?? ''}\u0000${f.subject.label}` : '';
    let group = subjects.get(id);
    if (!group) subjects.set(id, (group = { label: f.subject?.label ?? null, conceptId: f.subject?.conceptId, findings: [], open: 0 }));
    group.findings.push(f);
    if (!f.dismissed) group.open++;
  }
  return [...byCheck]
    .sort(([a], [b]) => CHECK_ORDER.get(a)! - CHECK_ORDER.get(b)!)
    .map(([check, subjects]) => {
      const list = [...subjects.values()];
      return {
        check,
        subjects: list,
        findings: list.flatMap((s) => s.findings),
        open: list.reduce((n, s) => n + s.open, 0),
      };
    });
}

/** The keys a fix-all sends: open findings that carry a fix. */
export function fixableKeys(findings: readonly PanelFinding[]): string[] {
  return findings.filter((f) => !f.dismissed && f.fix && f.fix.replacements.length > 0).map((f) => f.key);
}
