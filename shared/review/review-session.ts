// One document's review kept between clicks. The first run checks every row; after that, an
// edit re-checks only what it can have changed: its rows for checks that read one row at a time,
// its paragraphs for the quote balance, and, for the name consistency across the article, the
// renderings of the edited rows (the original's names are read once, see checks/memo.ts). The
// findings are always exactly those a full run over the same rows gives (a test holds it to that).

import { ALL_CHECKS, compareFindings, type CheckContext } from '../checks';
import { ReviewMemo } from '../checks/memo';
import type { CheckId, Finding, Row, Segment } from '../model';
import { measureDocument, type MeasureCache } from './measures';

/** How far one row's change reaches, per check. */
type Scope = 'row' | 'paragraph' | 'document';
export const CHECK_SCOPES: Record<CheckId, Scope> = {
  'forbidden-term': 'row',
  'missing-term': 'row',
  'inconsistent-rendering': 'document',
  untranslated: 'row',
  'extra-text': 'row',
  'number-mismatch': 'row',
  'page-furniture': 'row',
  // Quotation marks pair up within a paragraph (checks/quote-balance.ts).
  typography: 'paragraph',
};

/** What a review reads besides the rows: the glossary and the morphology. */
export type SessionBase = Pick<CheckContext, 'glossary' | 'morphology'>;

export interface FindingsDelta {
  /** New findings, and findings whose content changed (same key, new offsets or fix). */
  added: Finding[];
  /** Keys of findings that are gone. */
  removed: string[];
}

export class ReviewSession {
  /** Valid for these rows and this glossary: whatever reads them may share it. */
  readonly memo = new ReviewMemo();
  private readonly measureCache: MeasureCache = new Map();
  private readonly segments = new Map<number, { row: Row; segment: Segment }>();
  private readonly byPosition = new Map<number, Row>();
  /** Findings of the row-scoped checks, by check and row. */
  private readonly perRow = new Map<CheckId, Map<Row, Finding[]>>();
  /** Findings of the paragraph-scoped checks, by check and the translation's paragraph. */
  private readonly perParagraph = new Map<CheckId, Map<number, Finding[]>>();
  private readonly paragraphRows = new Map<number, Row[]>();
  /** The translation's paragraphs in reading order, and where each stands in it. */
  private readonly paragraphOrder: number[];
  private readonly paragraphIndex = new Map<number, number>();
  private readonly perDocument = new Map<CheckId, Finding[]>();
  private all: Finding[] | null = null;

  constructor(
    private readonly base: SessionBase,
    readonly rows: Row[],
  ) {
    for (const row of rows) {
      this.byPosition.set(row.position, row);
      for (const segment of [...row.source, ...row.target]) this.segments.set(segment.id, { row, segment });
      for (const p of new Set(row.target.map((s) => s.paragraph))) this.paragraphRows.set(p, [...(this.paragraphRows.get(p) ?? []), row]);
    }
    this.paragraphOrder = [...this.paragraphRows.keys()].sort((a, b) => a - b);
    this.paragraphOrder.forEach((p, i) => this.paragraphIndex.set(p, i));
  }

  /** The paragraph `step` places from `p` in reading order, if there is one. */
  private paragraphNear(p: number, step: 1 | -1): number | undefined {
    return this.paragraphOrder[this.paragraphIndex.get(p)! + step];
  }

  private context(rows: Row[], choices?: ReadonlyMap<string, string>): CheckContext {
    return { ...this.base, rows, documentRows: this.rows, memo: this.memo, choices };
  }

  private runScoped(id: CheckId, rows: Row[]) {
    const check = ALL_CHECKS.find((c) => c.id === id)!;
    const byRow = this.perRow.get(id) ?? new Map<Row, Finding[]>();
    for (const row of rows) byRow.set(row, []);
    for (const finding of check.run(this.context(rows))) byRow.get(this.byPosition.get(finding.row)!)!.push(finding);
    this.perRow.set(id, byRow);
  }

  /**
   * Re-checks these paragraphs of the translation. A paragraph's findings also depend on how the
   * next one starts (a quotation running on), so the next one is read too, its findings not kept.
   */
  private runParagraphs(id: CheckId, paragraphs: Set<number>) {
    const check = ALL_CHECKS.find((c) => c.id === id)!;
    const byParagraph = this.perParagraph.get(id) ?? new Map<number, Finding[]>();
    const read = new Set<number>();
    for (const p of paragraphs) {
      read.add(p);
      const next = this.paragraphNear(p, 1);
      if (next !== undefined) read.add(next);
    }
    const rows = inReadingOrder([...read].flatMap((p) => this.paragraphRows.get(p) ?? []));
    for (const p of paragraphs) byParagraph.set(p, []);
    for (const finding of check.run(this.context(rows))) {
      const p = this.segments.get(finding.target?.segmentId ?? -1)?.segment.paragraph;
      if (p !== undefined && paragraphs.has(p)) byParagraph.get(p)!.push(finding);
    }
    this.perParagraph.set(id, byParagraph);
  }

  private runDocument(id: CheckId) {
    const check = ALL_CHECKS.find((c) => c.id === id)!;
    this.perDocument.set(id, check.run(this.context(this.rows)));
  }

  private assemble(): Finding[] {
    const out: Finding[] = [];
    for (const check of ALL_CHECKS) {
      const scope = CHECK_SCOPES[check.id];
      if (scope === 'document') out.push(...this.perDocument.get(check.id)!);
      else if (scope === 'paragraph') for (const list of this.perParagraph.get(check.id)!.values()) out.push(...list);
      else for (const row of this.rows) out.push(...this.perRow.get(check.id)!.get(row)!);
    }
    return out.sort(compareFindings);
  }

  /** Every finding; `choices` (spellings the editor picked) are applied without being kept. */
  findings(choices?: ReadonlyMap<string, string>): Finding[] {
    if (!this.all) {
      for (const check of ALL_CHECKS) {
        const scope = CHECK_SCOPES[check.id];
        if (scope === 'document') this.runDocument(check.id);
        else if (scope === 'paragraph') this.runParagraphs(check.id, new Set(this.paragraphOrder));
        else this.runScoped(check.id, this.rows);
      }
      this.all = this.assemble();
    }
    if (!choices || choices.size === 0) return this.all;
    const chosen = new Set(ALL_CHECKS.filter((c) => CHECK_SCOPES[c.id] === 'document').map((c) => c.id));
    const fresh = ALL_CHECKS.filter((c) => chosen.has(c.id)).flatMap((c) => c.run(this.context(this.rows, choices)));
    return [...this.all.filter((f) => !chosen.has(f.check)), ...fresh].sort(compareFindings);
  }

  measures() {
    return measureDocument(this.rows, this.measureCache);
  }

  /** The row a segment of this document is in, or undefined. */
  rowOf(segmentId: number): Row | undefined {
    return this.segments.get(segmentId)?.row;
  }

  /** Target segments by id, as the session holds them. */
  segment(segmentId: number): Segment | undefined {
    return this.segments.get(segmentId)?.segment;
  }

  /**
   * Takes in new texts of target segments and re-checks what they reach. Returns what changed in
   * the findings; unknown segments are ignored (the caller rebuilds the session for those).
   */
  update(changes: Iterable<{ id: number; current: string }>): FindingsDelta {
    const before = this.findings();
    const dirty = new Set<Row>();
    for (const { id, current } of changes) {
      const found = this.segments.get(id);
      if (!found || found.segment.current === current) continue;
      found.segment.current = current;
      dirty.add(found.row);
    }
    if (dirty.size === 0) return { added: [], removed: [] };
    // An edited paragraph, and the one before it (whose quotation may run on into it).
    const paragraphs = new Set<number>();
    for (const p of new Set([...dirty].flatMap((row) => row.target.map((s) => s.paragraph)))) {
      paragraphs.add(p);
      const previous = this.paragraphNear(p, -1);
      if (previous !== undefined) paragraphs.add(previous);
    }
    const rows = inReadingOrder([...dirty]);
    for (const check of ALL_CHECKS) {
      const scope = CHECK_SCOPES[check.id];
      if (scope === 'document') this.runDocument(check.id);
      else if (scope === 'paragraph') this.runParagraphs(check.id, paragraphs);
      else this.runScoped(check.id, rows);
    }
    this.all = this.assemble();
    return diffFindings(before, this.all);
  }
}

/** Distinct rows in document order. */
function inReadingOrder(rows: Row[]): Row[] {
  return [...new Set(rows)].sort((a, b) => a.position - b.position);
}

/** What changed between two lists of findings, by key and content. */
export function diffFindings(before: Finding[], after: Finding[]): FindingsDelta {
  const old = new Map(before.map((f) => [f.key, f]));
  const now = new Set(after.map((f) => f.key));
  const added = after.filter((f) => {
    const was = old.get(f.key);
    // A finding a check reused is the same object (see withKeys): unchanged without a look inside.
    return !was || (was !== f && JSON.stringify(was) !== JSON.stringify(f));
  });
  return { added, removed: before.filter((f) => !now.has(f.key)).map((f) => f.key) };
}
