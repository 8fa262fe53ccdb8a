import type { MatchableConcept, Row, Segment } from '../model';
import type { TermMatcher } from '../terms/types';
import {
  conceptEnglish,
  contentTargets,
  EnglishCache,
  findRendering,
  forbiddenHits,
  longestFirst,
  replacementText,
  type ConceptEnglish,
  type ForbiddenHit,
} from './glossary-terms';
import { replacementIn, spanIn } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const MESSAGES = {
  forbidden: 'findingMessages.forbidden-term.forbidden',
  forbiddenFor: 'findingMessages.forbidden-term.forbiddenFor',
  useApproved: 'findingMessages.forbidden-term.useApproved',
  useApprovedFor: 'findingMessages.forbidden-term.useApprovedFor',
} as const;
const FIXES = { replaceWith: 'findingFixes.forbidden-term.replaceWith' } as const;

interface Placed {
  row: Row;
  segment: Segment;
}

interface Candidate extends ForbiddenHit {
  english: ConceptEnglish;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** A word as the index keys it; a plural or possessive ending also gives the bare word. */
function wordKeys(word: string): string[] {
  const w = word.toLowerCase();
  const keys = [w];
  if (w.endsWith('ies')) keys.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) keys.push(w.slice(0, -2));
  if (w.endsWith('s')) keys.push(w.slice(0, -1));
  return keys;
}

/**
 * Which segments hold which words, so that each forbidden term is looked for only in the segments
 * that have its words: a document is matched against thousands of forbidden terms.
 */
function indexWords(placed: Placed[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  placed.forEach(({ segment }, i) => {
    WORD.lastIndex = 0;
    for (let m = WORD.exec(segment.current); m !== null; m = WORD.exec(segment.current)) {
      for (const key of wordKeys(m[0])) {
        const list = index.get(key);
        if (!list) index.set(key, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    }
  });
  return index;
}

function hasSorted(list: number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] === value) return true;
    if (list[mid] < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The segments that have every word of a term, starting from its rarest word: "Andrey Kortunov"
 * is looked for only where "kortunov" occurs. Null when the term has no word to index by.
 */
function segmentsWithWords(term: string, index: Map<string, number[]>): number[] | null {
  const keys = [...new Set(term.toLowerCase().match(WORD) ?? [])];
  if (keys.length === 0) return null;
  const lists: number[][] = [];
  for (const key of keys) {
    const list = index.get(key);
    if (!list) return [];
    lists.push(list);
  }
  lists.sort((a, b) => a.length - b.length);
  return lists[0].filter((i) => lists.every((list, k) => k === 0 || hasSorted(list, i)));
}

/**
 * Forbidden hits by segment index. One pass over the glossary; a concept's English is read only when
 * the document has every word of one of its forbidden terms.
 */
function findCandidates(placed: Placed[], concepts: ReadonlyMap<number, MatchableConcept>, matcher: TermMatcher): Map<number, Candidate[]> {
  const index = indexWords(placed);
  const bySegment = new Map<number, Candidate[]>();
  for (const concept of concepts.values()) {
    let segments: Set<number> | null = null;
    for (const term of concept.terms) {
      if (term.lang !== 'en' || term.status !== 'forbidden') continue;
      for (const i of segmentsWithWords(term.text, index) ?? placed.keys()) (segments ??= new Set()).add(i);
    }
    if (!segments) continue;
    const english = conceptEnglish(concept);
    for (const i of segments) {
      const hits = forbiddenHits(placed[i].segment.current, english, matcher);
      if (hits.length === 0) continue;
      const list = bySegment.get(i) ?? [];
      list.push(...hits.map((hit) => ({ ...hit, english })));
      bySegment.set(i, list);
    }
  }
  return bySegment;
}

/**
 * "Ambassador-at-Large Rodion Miroshnik": English capitalises a title standing before a name, so
 * the capitalised variant the glossary forbids elsewhere is right there.
 */
function titleBeforeName(segment: Segment, hit: Candidate): boolean {
  const { concept, allowed } = hit.english;
  if (concept.type !== 'title') return false;
  const variant = hit.forbidden.term.text.toLowerCase();
  if (!allowed.some((t) => t.text.toLowerCase() === variant)) return false;
  return /^[ \u00A0]+\p{Lu}\p{Ll}/u.test(segment.current.slice(hit.end));
}

function draftFor(row: Row, segment: Segment, hit: Candidate, source: FindingDraft['source']): FindingDraft {
  const { english, forbidden } = hit;
  const approved = english.approved?.text;
  const russian = english.russian;
  const key = approved
    ? russian ? MESSAGES.useApprovedFor : MESSAGES.useApproved
    : russian ? MESSAGES.forbiddenFor : MESSAGES.forbidden;
  const draft: FindingDraft = {
    check: 'forbidden-term',
    severity: 'error',
    row: row.position,
    target: spanIn(segment, hit.start, hit.end),
    message: phrase(key, {
      forbidden: forbidden.term.text,
      ...(russian ? { russian } : {}),
      ...(approved ? { approved } : {}),
    }),
    subject: { label: english.label, conceptId: english.concept.id },
  };
  if (source) draft.source = source;
  if (approved) {
    const text = replacementText(segment.current, hit, forbidden.term.text, approved);
    draft.fix = { label: phrase(FIXES.replaceWith, { approved }), replacements: [replacementIn(segment, hit.start, hit.end, text)] };
  }
  return draft;
}

/**
 * Drafts for one row. The original is read only here, for the rows that have a forbidden hit: it
 * gives the source span to highlight, and it lets a hit inside an allowed rendering of another
 * concept named in the original stand ("Lugansk" inside an approved "Lugansk People's Republic").
 */
function rowDrafts(row: Row, hits: Array<{ segment: Segment; hit: Candidate }>, matcher: TermMatcher, cache: EnglishCache): FindingDraft[] {
  const mentioned = new Set(hits.map(({ hit }) => hit.english.concept.id));
  const sourceMatches = row.source.flatMap((segment) =>
    matcher.findInSource(segment.current, { mentioned }).map((match) => ({ segment, match })),
  );
  const otherAllowed = new Map<number, Array<{ start: number; end: number }>>();
  const allowedOfOthers = (segment: Segment, conceptId: number) => {
    const key = segment.id * 1e7 + conceptId;
    let spans = otherAllowed.get(key);
    if (!spans) {
      const others = new Set(sourceMatches.map((s) => s.match.conceptId).filter((id) => id !== conceptId));
      const lower = segment.current.toLowerCase();
      spans = [...others].flatMap((id) =>
        (cache.get(id)?.allowed ?? []).flatMap((t) => findRendering(matcher, segment.current, lower, t.text, t.caseSensitive)),
      );
      otherAllowed.set(key, spans);
    }
    return spans;
  };
  const drafts: FindingDraft[] = [];
  for (const { segment, hit } of hits) {
    const conceptId = hit.english.concept.id;
    if (titleBeforeName(segment, hit)) continue;
    if (allowedOfOthers(segment, conceptId).some((a) => a.start <= hit.start && hit.end <= a.end && a.end - a.start > hit.end - hit.start)) continue;
    const inSource = sourceMatches.find((s) => s.match.conceptId === conceptId);
    const source = inSource ? spanIn(inSource.segment, inSource.match.start, inSource.match.end) : undefined;
    drafts.push(draftFor(row, segment, hit, source));
  }
  return drafts;
}

export const forbiddenTermCheck: Check = {
  id: 'forbidden-term',
  describe: 'Renderings the glossary forbids (Kiev for Киев), with the approved term as the fix',
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(FIXES)],
  run(ctx) {
    const glossary = ctx.glossary;
    if (!glossary) return [];
    const placed: Placed[] = ctx.rows.flatMap((row) => contentTargets(row).map((segment) => ({ row, segment })));
    if (placed.length === 0) return [];
    const bySegment = findCandidates(placed, glossary.concepts, glossary.matcher);
    const byRow = new Map<Row, Array<{ segment: Segment; hit: Candidate }>>();
    for (const [i, candidates] of [...bySegment].sort((a, b) => a[0] - b[0])) {
      const { row, segment } = placed[i];
      // Two concepts' forbidden terms on one stretch of text ("Lugansk" and "Lugansk People's
      // Republic"): the longer says more, and two fixes on one stretch would collide.
      const list = byRow.get(row) ?? [];
      list.push(...longestFirst(candidates).map((hit) => ({ segment, hit })));
      byRow.set(row, list);
    }
    const cache = new EnglishCache(glossary.concepts);
    const drafts = [...byRow].flatMap(([row, hits]) => rowDrafts(row, hits, glossary.matcher, cache));
    return withKeys(drafts);
  },
};
