import type { CheckId, Finding, MatchableConcept, Row } from '../model';
import type { Morphology } from '../terms/morphology';
import type { TermMatcher } from '../terms/types';

/** The glossaries a document is reviewed against, ready to match. */
export interface GlossaryContext {
  /** Live concepts of the document's glossaries, by id. */
  concepts: ReadonlyMap<number, MatchableConcept>;
  /** Built over exactly those concepts. */
  matcher: TermMatcher;
}

export interface CheckContext {
  rows: Row[];
  /** Read by forbidden-term and missing-term; inconsistent-rendering uses it when present. */
  glossary?: GlossaryContext;
  /** For names found without a glossary (az on the Node side); Snowball when absent. */
  morphology?: Morphology;
  /**
   * The spelling the editor picked for a subject (by its label) among the variants an
   * inconsistent-rendering finding lists; the others are then the ones to fix.
   */
  choices?: ReadonlyMap<string, string>;
}

export interface Check {
  id: CheckId;
  /** One line for the user: what the check looks for. */
  describe: string;
  run(ctx: CheckContext): Finding[];
}

/**
 * A finding before its key is known. `rule` names a variant inside one check (typography has
 * several); it goes into the key so two variants on the same text stay apart.
 */
export type FindingDraft = Omit<Finding, 'key'> & { rule?: string };

function escapeKeyPart(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

/**
 * The stable key of a finding: check (and rule), row and the spans' text. Character offsets are
 * left out on purpose: an edit elsewhere in the segment moves them, and a dismissal must survive
 * that. `occurrence` tells apart equal findings in one row (the second "  " in a segment).
 */
export function findingKey(
  draft: Pick<FindingDraft, 'check' | 'rule' | 'row' | 'source' | 'target'>,
  occurrence = 0,
): string {
  const parts = [
    draft.rule ? `${draft.check}/${draft.rule}` : draft.check,
    String(draft.row),
    draft.source ? `s=${escapeKeyPart(draft.source.text)}` : '',
    draft.target ? `t=${escapeKeyPart(draft.target.text)}` : '',
  ];
  if (occurrence > 0) parts.push(`#${occurrence}`);
  return parts.join('|');
}

/** Gives every draft its key, numbering repeats in the order they were found. */
export function withKeys(drafts: FindingDraft[]): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map(({ rule, ...finding }) => {
    const base = findingKey({ ...finding, rule });
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return { ...finding, key: occurrence > 0 ? `${base}|#${occurrence}` : base };
  });
}
