// Learning from a hand edit. When the editor changes how a name or a title is rendered
// (Andrey Kortunov → Andrei Kortunov, Kiev's → Kyiv's), the change is worth keeping: as a
// glossary entry (the new text approved, the MT's forbidden) and as a fix for the places in the
// article that still have the old rendering. Anything else (a typo in a common word, a rewritten
// sentence, punctuation) is not a rendering and gives null.
//
// The edit is diffed word by word. The changed words are widened to the whole name: to the span of
// a glossary term or of a name or title found in the aligned Russian when one overlaps the change,
// otherwise to the run of capitalised words around it.

import { diffArrays } from 'diff';
import type { ConceptType, Row } from '../model';
import type { GlossaryContext } from '../checks/types';
import { extractCandidates } from '../terms/candidates';
import { findEnglish } from '../terms/english';
import { firstNameOf } from '../terms/first-names';
import { GEO_NOUNS, ORG_NOUNS } from '../terms/generic-nouns';
import { createSnowballMorphology, type Morphology } from '../terms/morphology';
import { findNameRendering } from '../terms/render-english';
import { isNameGap, startsUpper, tokenize } from '../terms/text';

export interface LearnedRendering {
  /** The Russian name or title in the row's source this rendering belongs to, as written there (null when none found). */
  source: string | null;
  /** Its glossary concept when the glossary matcher found it in the source. */
  conceptId: number | null;
  type: ConceptType;
  /** The new rendering, whole words, without a possessive ending ("Andrei Kortunov", "Kyiv"). */
  approved: string;
  /** What it replaced ("Andrey Kortunov", "Kiev"). */
  forbidden: string;
  /**
   * Other target segments (any row, the edited one left out) that still contain `forbidden` as
   * whole words. The span covers the words only, not an 's or plural ending after them, so
   * replacing it with `approved` keeps the ending.
   */
  occurrences: { segmentId: number; row: number; start: number; end: number }[];
}

export interface LearnInput {
  rows: Row[];
  /** The target segment that was edited. */
  segmentId: number;
  before: string;
  after: string;
  glossary?: GlossaryContext;
  /** For finding names in the source without a glossary; Snowball when absent. */
  morphology?: Morphology;
}

/** More changed words than this on either side is a rewording, not a new rendering of a name. */
const MAX_CHANGED_WORDS = 6;

// ---------------------------------------------------------------------------------------------
// Word diff

interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

// A word keeps its inner hyphens and apostrophes (Ambassador-at-Large, Kiev's) so that a name is
// compared whole; every other non-space character is a token of its own; spaces are not tokens,
// so a change of spacing is no change at all.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’ʼ\-\u2010\u2011][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const HAS_WORD = /^[\p{L}\p{M}\p{N}]/u;

function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word: HAS_WORD.test(m[0]) });
  }
  return out;
}

/** Tokens [b0, b1) of the text before became tokens [a0, a1) after. */
interface Hunk {
  b0: number;
  b1: number;
  a0: number;
  a1: number;
}

/**
 * The changed regions between two token lists: jsdiff's Myers diff over the token texts, whose
 * cost grows with the size of the change rather than with the square of the segment's length.
 */
function diffTokens(before: Token[], after: Token[]): Hunk[] {
  const changes = diffArrays(
    before.map((t) => t.text),
    after.map((t) => t.text),
  );
  const hunks: Hunk[] = [];
  let open: Hunk | null = null;
  let i = 0;
  let j = 0;
  for (const change of changes) {
    const count = change.count ?? change.value.length;
    if (!change.added && !change.removed) {
      if (open) hunks.push(open);
      open = null;
      i += count;
      j += count;
      continue;
    }
    open ??= { b0: i, b1: i, a0: j, a1: j };
    if (change.removed) i += count;
    else j += count;
    open.b1 = i;
    open.a1 = j;
  }
  if (open) hunks.push(open);
  return hunks;
}

function wordsIn(list: Token[], from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) if (list[k].word) count++;
  return count;
}

/**
 * Where a token boundary of the text before falls in the text after. Inside a changed region
 * of equal length the words correspond one to one; inside any other, a span's start goes to the
 * region's start and its end to the region's end. Words inserted right at a span's edge stay out.
 */
function mapBoundary(hunks: Hunk[], i: number, isStart: boolean): number {
  let delta = 0;
  for (const h of hunks) {
    if (i < h.b0) break;
    if (h.b0 === h.b1) {
      if (i === h.b0) return isStart ? h.a1 : h.a0;
    } else if (i === h.b0) {
      return h.a0;
    } else if (i < h.b1) {
      if (h.b1 - h.b0 === h.a1 - h.a0) return h.a0 + (i - h.b0);
      return isStart ? h.a0 : h.a1;
    }
    delta = h.a1 - h.b1;
  }
  return i + delta;
}

// ---------------------------------------------------------------------------------------------
// Where names are in the text before

interface NameSpan {
  /** Token range [first, last) in the text before. */
  first: number;
  last: number;
  source: string | null;
  conceptId: number | null;
  type: ConceptType | null;
  /** Lower is trusted more: glossary, then names and titles extracted from the source. */
  rank: number;
}

function tokenRange(list: Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = 0; k < list.length; k++) {
    if (list[k].end > start && list[k].start < end) {
      if (first < 0) first = k;
      last = k + 1;
    }
  }
  return first < 0 ? null : [first, last];
}

function overlaps(span: { first: number; last: number }, h: Hunk): boolean {
  // An insertion overlaps a span when it falls between two of its words.
  if (h.b0 === h.b1) return span.first < h.b0 && h.b0 < span.last;
  return span.first < h.b1 && h.b0 < span.last;
}

function glossarySpans(sourceText: string, before: string, list: Token[], glossary: GlossaryContext): NameSpan[] {
  const out: NameSpan[] = [];
  for (const match of glossary.matcher.findInSource(sourceText)) {
    const concept = glossary.concepts.get(match.conceptId);
    if (!concept) continue;
    const found = concept.terms
      .filter((t) => t.lang === 'en')
      .flatMap((t) => findEnglish(before, t.text, t.caseSensitive));
    // The MT may have spelt the name in a way the glossary does not list (Andrey for Andrei):
    // look for the spelling closest to the Russian name's transliteration.
    const russian = concept.terms.find((t) => t.id === match.termId)?.text ?? match.text;
    if (concept.type !== 'title') {
      const near = findNameRendering(before, russian);
      if (near) found.push(...findEnglish(before, near.text, true));
    }
    for (const f of found) {
      const range = tokenRange(list, f.start, f.end);
      if (range) out.push({ first: range[0], last: range[1], source: match.text, conceptId: concept.id, type: concept.type, rank: 0 });
    }
  }
  return out;
}

let snowball: Morphology | null = null;

function extractedSpans(sourceText: string, before: string, list: Token[], morphology: Morphology | undefined): NameSpan[] {
  snowball ??= createSnowballMorphology();
  const candidates = extractCandidates([{ source: sourceText, target: before }], { morphology: morphology ?? snowball });
  const out: NameSpan[] = [];
  for (const c of candidates) {
    if (!c.target) continue;
    for (const f of findEnglish(before, c.target, true)) {
      const range = tokenRange(list, f.start, f.end);
      if (range) out.push({ first: range[0], last: range[1], source: c.source, conceptId: null, type: c.type, rank: 1 });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Capitalised runs, when nothing in the source says where the name is

// Words that start a sentence with a capital without being a name.
const COMMON = new Set(
  ('the a an this that these those it its he she his her they their them we our i you your there here ' +
    'in on at by for from with of to and but or as if when while after before since during according ' +
    'however also then meanwhile earlier later now today yesterday what which who whom whose where why how ' +
    'one some many most all any each every no not so such other another both either neither').split(' '),
);

const GENERIC_ENGLISH = new Set(
  [...GEO_NOUNS, ...ORG_NOUNS].flatMap((g) => g.en.flatMap((e) => e.toLowerCase().split(/\s+/))),
);

function bare(word: string): string {
  return word.replace(/['’ʼ]s$/i, '').replace(/['’ʼ]$/, '');
}

function isNameWord(token: Token): boolean {
  return token.word && startsUpper(token.text) && !COMMON.has(bare(token.text).toLowerCase());
}

function opensSentence(text: string, token: Token): boolean {
  return /(?:^|[.!?…:;])[\s"'«“„(—–-]*$/.test(text.slice(0, token.start));
}

function spaceOnly(text: string, a: Token, b: Token): boolean {
  return /^[ \u00A0]+$/.test(text.slice(a.end, b.start));
}

/** The run of capitalised words around the name words of [from, to), or null when there are none. */
function capitalisedRun(text: string, list: Token[], from: number, to: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = from; k < to; k++) {
    if (!isNameWord(list[k])) continue;
    if (first < 0) first = k;
    last = k + 1;
  }
  if (first < 0) return null;
  // A change spread over several names is not one rendering.
  for (let k = first; k < last; k++) if (!isNameWord(list[k])) return null;
  // Widen over neighbours, but a possessive ends a name (Kiev's position).
  while (first > 0 && isNameWord(list[first - 1]) && spaceOnly(text, list[first - 1], list[first]) && bare(list[first - 1].text) === list[first - 1].text) first--;
  while (last < list.length && isNameWord(list[last]) && spaceOnly(text, list[last - 1], list[last]) && bare(list[last - 1].text) === list[last - 1].text) last++;
  return [first, last];
}

interface SourceName {
  source: string;
  person: boolean;
  /**
   * The parts of the two runs that render it (Sergei Sobyanin out of Moscow Mayor Sergei Sobyanin);
   * null unless both resemble the name, and then the runs are kept whole.
   */
  parts: { forbidden: string; approved: string } | null;
}

/**
 * The name in the source both renderings stand for: the run of capitalised Russian words (up to
 * four) whose transliteration is closest to the old and the new rendering.
 */
function sourceName(sourceText: string, forbidden: string, approved: string): SourceName | null {
  const words = tokenize(sourceText);
  let best: (SourceName & { score: number; length: number }) | null = null;
  for (let i = 0; i < words.length; i++) {
    if (!startsUpper(words[i].text)) continue;
    for (let j = i; j < words.length && j < i + 4 && startsUpper(words[j].text); j++) {
      if (j > i && !isNameGap(sourceText.slice(words[j - 1].end, words[j].start))) break;
      const russian = sourceText.slice(words[i].start, words[j].end);
      // The new spelling may be far from the letters (Kyiv for Киев), so one side is enough.
      const old = findNameRendering(forbidden, russian);
      const now = findNameRendering(approved, russian);
      if (!old && !now) continue;
      const score = ((old?.score ?? 0) + (now?.score ?? 0)) / 2;
      const length = j - i + 1;
      if (best && (score < best.score - 1e-9 || (score <= best.score + 1e-9 && length <= best.length))) continue;
      const person = length > 1 && firstNameOf(words[i].text) !== null;
      const parts = old && now ? { forbidden: old.text, approved: now.text } : null;
      best = { source: russian, person, parts, score, length };
    }
  }
  return best && { source: best.source, person: best.person, parts: best.parts };
}

/** Two or three capitalised words with no generic noun among them read as first name and surname. */
function looksLikePerson(rendering: string): boolean {
  const words = rendering.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !GENERIC_ENGLISH.has(w.toLowerCase()) && !COMMON.has(w.toLowerCase()))
  );
}

// ---------------------------------------------------------------------------------------------

function textOf(text: string, list: Token[], first: number, last: number): string {
  return first < last ? bare(text.slice(list[first].start, list[last - 1].end)) : '';
}

function findRow(rows: Row[], segmentId: number): Row | undefined {
  return rows.find((row) => row.target.some((s) => s.id === segmentId));
}

/**
 * What a hand edit teaches about the rendering of a name or title, or null when the edit is not
 * about one.
 */
export function learnFromEdit(input: LearnInput): LearnedRendering | null {
  const { before, after } = input;
  const listB = tokens(before);
  const listA = tokens(after);
  const hunks = diffTokens(listB, listA).filter((h) => wordsIn(listB, h.b0, h.b1) + wordsIn(listA, h.a0, h.a1) > 0);
  // Punctuation and spacing only, or words deleted or inserted with nothing in their place.
  if (!hunks.some((h) => wordsIn(listB, h.b0, h.b1) > 0 && wordsIn(listA, h.a0, h.a1) > 0)) return null;
  const changedBefore = hunks.reduce((sum, h) => sum + wordsIn(listB, h.b0, h.b1), 0);
  const changedAfter = hunks.reduce((sum, h) => sum + wordsIn(listA, h.a0, h.a1), 0);
  if (changedBefore > MAX_CHANGED_WORDS || changedAfter > MAX_CHANGED_WORDS) return null;

  const row = findRow(input.rows, input.segmentId);
  const sourceText = row ? row.source.map((s) => s.current).join(' ') : '';

  const spans = sourceText
    ? [
        ...(input.glossary ? glossarySpans(sourceText, before, listB, input.glossary) : []),
        ...extractedSpans(sourceText, before, listB, input.morphology),
      ]
    : [];
  const touched = spans
    .filter((span) => hunks.some((h) => overlaps(span, h)))
    .sort((x, y) => x.rank - y.rank || y.last - y.first - (x.last - x.first));

  let learned: Omit<LearnedRendering, 'occurrences'> | null = null;
  for (const span of touched) {
    const forbidden = textOf(before, listB, span.first, span.last);
    const approved = textOf(after, listA, mapBoundary(hunks, span.first, true), mapBoundary(hunks, span.last, false));
    if (!approved || approved === forbidden) continue;
    learned = { source: span.source, conceptId: span.conceptId, type: span.type ?? 'other', approved, forbidden };
    break;
  }

  if (!learned) {
    for (const h of hunks) {
      const runB = capitalisedRun(before, listB, h.b0, h.b1);
      const runA = capitalisedRun(after, listA, h.a0, h.a1);
      if (!runB || !runA) continue;
      let forbidden = textOf(before, listB, runB[0], runB[1]);
      let approved = textOf(after, listA, runA[0], runA[1]);
      const found = sourceText ? sourceName(sourceText, forbidden, approved) : null;
      // A run of capitals may hold more than the name (Moscow Mayor Sergei Sobyanin).
      if (found?.parts && found.parts.forbidden !== found.parts.approved) ({ forbidden, approved } = found.parts);
      // One capitalised word opening a sentence, with no name in the source behind it, is as
      // likely a common word as a name (Teh → Ten).
      else if (!found && runB[1] - runB[0] === 1 && opensSentence(before, listB[runB[0]])) continue;
      if (approved === forbidden) continue;
      const person = found ? found.person : looksLikePerson(approved);
      learned = { source: found?.source ?? null, conceptId: null, type: person ? 'person' : 'other', approved, forbidden };
      break;
    }
  }
  if (!learned) return null;
  return { ...learned, occurrences: occurrencesOf(input.rows, input.segmentId, learned.forbidden, learned.approved) };
}

/** Where else the old rendering still stands, not counting places inside the new one. */
function occurrencesOf(rows: Row[], segmentId: number, forbidden: string, approved: string): LearnedRendering['occurrences'] {
  // A change of letter case alone (Ambassador-at-Large → ambassador-at-large) is found by case.
  const caseSensitive = forbidden.toLowerCase() === approved.toLowerCase();
  const lastWord = forbidden.split(/[\s\u00A0\-\u2010\u2011]+/).pop() ?? '';
  const out: LearnedRendering['occurrences'] = [];
  for (const row of rows) {
    for (const segment of row.target) {
      if (segment.id === segmentId) continue;
      const text = segment.current;
      const kept = findEnglish(text, approved, caseSensitive);
      for (const m of findEnglish(text, forbidden, caseSensitive)) {
        if (kept.some((k) => k.start <= m.start && m.end <= k.end)) continue;
        // Leave the ending ('s, -s) out of the span when the last word is spelt out in full before it.
        const tail = /[^\s\u00A0\-\u2010\u2011]+$/.exec(m.text)?.[0] ?? '';
        const end = tail.toLowerCase().startsWith(lastWord.toLowerCase()) ? m.end - (tail.length - lastWord.length) : m.end;
        out.push({ segmentId: segment.id, row: row.position, start: m.start, end });
      }
    }
  }
  return out;
}
