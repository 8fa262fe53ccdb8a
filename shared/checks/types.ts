import type { CheckId, Finding, MatchableConcept, Phrase, Row } from '../model';
import type { Morphology } from '../terms/morphology';
import type { TermMatcher } from '../terms/types';
import type { ReviewMemo } from './memo';

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
  /** Work kept between runs on the same document and alignment (see memo.ts); absent: none is kept. */
  memo?: ReviewMemo;
  /**
   * The whole document, when `rows` is only the part being re-checked: what depends on earlier
   * rows (a person named in full before the surname alone) is read from it.
   */
  documentRows?: Row[];
}

export interface Check {
  id: CheckId;
  /** One line for the user: what the check looks for. */
  describe: string;
  /**
   * Every message and fix-label key the check may give its findings, so that a test can hold the
   * locale files to them (tests/unit/finding-messages.test.ts).
   */
  phraseKeys: readonly string[];
  run(ctx: CheckContext): Finding[];
}

/** A message key with its parameters; the reader's language turns it into words. */
export function phrase(key: string, params: Phrase['params'] = {}): Phrase {
  return { key, params };
}

/**
 * A finding before its key is known. `rule` names a variant inside one check (typography has
 * several); it goes into the key so two variants on the same text stay apart.
 */
export type FindingDraft = Omit<Finding, 'key'> & { rule?: string };

function escapeKeyPart(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
}

const spanKey = (prefix: 's' | 't', span: FindingDraft['source']) =>
  span ? `${prefix}${span.segmentId}=${escapeKeyPart(span.text)}` : '';

/**
 * The stable key of a finding: check (and rule), then each span's segment id and text. Segment
 * ids never change when rows are merged, split or moved, so a dismissal survives realignment;
 * character offsets are left out on purpose, since an edit elsewhere in the segment moves them.
 * `occurrence` tells apart equal findings on the same text (the second "  " in a segment).
 */
export function findingKey(
  draft: Pick<FindingDraft, 'check' | 'rule' | 'row' | 'source' | 'target'>,
  occurrence = 0,
): string {
  const parts = [draft.rule ? `${draft.check}/${draft.rule}` : draft.check, spanKey('s', draft.source), spanKey('t', draft.target)];
  // Every check names a span today; the row keeps a span-less finding apart from its neighbours.
  if (!draft.source && !draft.target) parts.push(`row=${draft.row}`);
  if (occurrence > 0) parts.push(`#${occurrence}`);
  return parts.join('|');
}

/**
 * The key as it was before findings were keyed by segment: check, row position and the spans'
 * text. Dismissals stored under it are recognised and moved to the new key.
 */
export function legacyFindingKey(finding: Pick<Finding, 'check' | 'key' | 'row' | 'source' | 'target'>): string {
  const [head] = finding.key.split('|', 1);
  const occurrence = /\|#(\d+)$/.exec(finding.key)?.[1];
  const parts = [
    head,
    String(finding.row),
    finding.source ? `s=${escapeKeyPart(finding.source.text)}` : '',
    finding.target ? `t=${escapeKeyPart(finding.target.text)}` : '',
  ];
  if (occurrence) parts.push(`#${occurrence}`);
  return parts.join('|');
}

/**
 * The finding made from a draft the last time. A check that reuses its drafts between runs (see
 * memo.ts) then gives the very same finding objects, which tells a review at once what is unchanged.
 */
const keyed = new WeakMap<FindingDraft, Finding>();

/** Gives every draft its key, numbering repeats in the order they were found. */
export function withKeys(drafts: FindingDraft[]): Finding[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const { rule, ...finding } = draft;
    const base = findingKey(draft);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    const key = occurrence > 0 ? `${base}|#${occurrence}` : base;
    const before = keyed.get(draft);
    if (before?.key === key) return before;
    const made = { ...finding, key };
    keyed.set(draft, made);
    return made;
  });
}
