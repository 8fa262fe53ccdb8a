import type { Lang, Row, Segment } from '../model';
import { describeInEnglish, findNumbers, numberKey, type NumberMention } from './numbers';
import { CONTENT_KINDS, spanIn } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const MESSAGES = {
  /** Its unit parameters are unit ids, named by the locale's number-mismatch.units. */
  unit: 'findingMessages.number-mismatch.unit',
  differs: 'findingMessages.number-mismatch.differs',
  differsFrom: 'findingMessages.number-mismatch.differsFrom',
  missing: 'findingMessages.number-mismatch.missing',
  missingAs: 'findingMessages.number-mismatch.missingAs',
  extra: 'findingMessages.number-mismatch.extra',
} as const;

interface Placed {
  mention: NumberMention;
  segment: Segment;
}

function numbersIn(segments: Segment[], lang: Lang): Placed[] {
  return segments
    .filter((segment) => CONTENT_KINDS.includes(segment.kind))
    .flatMap((segment) => findNumbers(segment.current, lang).map((mention) => ({ mention, segment })));
}

const spanOf = (p: Placed) => spanIn(p.segment, p.mention.start, p.mention.end);

function magnitude(value: number): number {
  return value === 0 ? 0 : Math.floor(Math.log10(Math.abs(value)));
}

/** Queues of candidates by key, each served in reading order, skipping those already taken. */
class Queues<T> {
  private readonly queues = new Map<string, { items: T[]; next: number }>();

  constructor(private readonly taken: Set<T>) {}

  add(key: string, item: T): void {
    const queue = this.queues.get(key);
    if (queue) queue.items.push(item);
    else this.queues.set(key, { items: [item], next: 0 });
  }

  peek(key: string): T | undefined {
    const queue = this.queues.get(key);
    if (!queue) return undefined;
    while (queue.next < queue.items.length && this.taken.has(queue.items[queue.next])) queue.next++;
    return queue.items[queue.next];
  }
}

/**
 * Where a leftover may find its counterpart — the same figure gone wrong: a date for a date, a
 * time for a time, a number under the same magnitude word (600 тыс. / 60 thousand) or of the
 * same order (3,5 тыс. / 3,300).
 */
function counterpartKeys(m: NumberMention): string[] {
  if (m.kind === 'date' || m.kind === 'time' || m.kind === 'decade') return [m.kind];
  const keys = [`order:${magnitude(m.value)}`];
  if (m.scale > 1) keys.push(`scale:${m.scale}`);
  return keys;
}

function asExpected(m: NumberMention): string {
  const english = describeInEnglish(m);
  return english === m.text ? '' : english;
}

interface Matching {
  pairs: Array<[Placed, Placed]>;
  sourceLeft: Placed[];
  targetLeft: Placed[];
}

/** Multiset matching by value; figures in words only confirm, they are never left over. */
function matchNumbers(source: Placed[], target: Placed[]): Matching {
  const used = new Set<Placed>();
  const matched = new Set<Placed>();
  const pairs: Array<[Placed, Placed]> = [];
  const inDigits = new Queues<Placed>(used);
  const inWords = new Queues<Placed>(used);
  for (const t of target) (t.mention.written ? inWords : inDigits).add(numberKey(t.mention), t);
  const passes: Array<[boolean, Queues<Placed>]> = [
    [false, inDigits],
    [false, inWords],
    [true, inDigits],
  ];
  for (const [sourceWritten, queues] of passes) {
    for (const s of source) {
      if (matched.has(s) || s.mention.written !== sourceWritten) continue;
      const t = queues.peek(numberKey(s.mention));
      if (!t) continue;
      used.add(t);
      matched.add(s);
      pairs.push([s, t]);
    }
  }
  return {
    pairs,
    sourceLeft: source.filter((s) => !matched.has(s) && !s.mention.written),
    targetLeft: target.filter((t) => !used.has(t) && !t.mention.written),
  };
}

function pairLeftovers(sourceLeft: Placed[], targetLeft: Placed[]) {
  const taken = new Set<Placed>();
  const order = new Map(targetLeft.map((t, i) => [t, i]));
  const queues = new Queues<Placed>(taken);
  for (const t of targetLeft) for (const key of counterpartKeys(t.mention)) queues.add(key, t);
  const paired: Array<[Placed, Placed | undefined]> = sourceLeft.map((s) => {
    const candidates = counterpartKeys(s.mention)
      .map((key) => queues.peek(key))
      .filter((t): t is Placed => t !== undefined)
      .sort((a, b) => order.get(a)! - order.get(b)!);
    const t = candidates[0];
    if (t) taken.add(t);
    return [s, t];
  });
  return { paired, unpaired: targetLeft.filter((t) => !taken.has(t)) };
}

function checkRow(row: Row): FindingDraft[] {
  const source = numbersIn(row.source, 'ru');
  const target = numbersIn(row.target, 'en');
  if (source.length === 0 && target.length === 0) return [];
  const { pairs, sourceLeft, targetLeft } = matchNumbers(source, target);
  const drafts: FindingDraft[] = [];

  for (const [s, t] of pairs) {
    const a = s.mention.unit;
    const b = t.mention.unit;
    if (!a || !b || a === b) continue;
    drafts.push({
      check: 'number-mismatch', rule: 'unit', severity: 'error', row: row.position,
      source: spanOf(s), target: spanOf(t),
      message: phrase(MESSAGES.unit, { source: s.mention.text, sourceUnit: a, targetUnit: b }),
    });
  }

  const { paired, unpaired } = pairLeftovers(sourceLeft, targetLeft);
  for (const [s, t] of paired) {
    const expected = asExpected(s.mention);
    if (t) {
      drafts.push({
        check: 'number-mismatch', severity: 'error', row: row.position,
        source: spanOf(s), target: spanOf(t),
        message: expected
          ? phrase(MESSAGES.differsFrom, { source: s.mention.text, expected, target: t.mention.text })
          : phrase(MESSAGES.differs, { source: s.mention.text, target: t.mention.text }),
      });
    } else {
      drafts.push({
        check: 'number-mismatch', severity: 'warning', row: row.position, source: spanOf(s),
        message: expected
          ? phrase(MESSAGES.missingAs, { source: s.mention.text, expected })
          : phrase(MESSAGES.missing, { source: s.mention.text }),
      });
    }
  }
  for (const t of unpaired) {
    drafts.push({
      check: 'number-mismatch', severity: 'warning', row: row.position, target: spanOf(t),
      message: phrase(MESSAGES.extra, { target: t.mention.text }),
    });
  }
  return drafts;
}

export const numberMismatchCheck: Check = {
  id: 'number-mismatch',
  describe: 'Numbers, amounts and dates that differ between the original and the translation',
  phraseKeys: Object.values(MESSAGES),
  run(ctx) {
    const drafts = ctx.rows
      .filter((row) => row.source.length > 0 && row.target.length > 0)
      .flatMap(checkRow);
    return withKeys(drafts);
  },
};
