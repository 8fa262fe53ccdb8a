// What the glossary checks share: a concept's English read once (approved, allowed, forbidden),
// forbidden renderings that are not part of an allowed one, and the replacement text that keeps the
// possessive, plural and sentence-start capital of what it replaces.

import type { MatchableConcept, Row, Segment, TermEntry } from '../model';
import { allowedRenderings, forbiddenRenderings, russianTerm } from '../terms/renderings';
import type { SourceMatch, TargetMatch, TermMatcher } from '../terms/types';
import { CONTENT_KINDS, isBlank } from './spans';
import type { CheckContext } from './types';

export interface ForbiddenTerm {
  term: TermEntry;
  /**
   * Matched case-sensitively: when the glossary says so, and when it differs from an allowed term
   * only in letter case ("Belgorod Region" against "Belgorod region").
   */
  caseSensitive: boolean;
}

/** A concept's English as the checks read it. */
export interface ConceptEnglish {
  concept: MatchableConcept;
  /** The first preferred English term, else the first admitted one; null when there is neither. */
  approved: TermEntry | null;
  /** Preferred and admitted English terms, approved first. */
  allowed: TermEntry[];
  forbidden: ForbiddenTerm[];
  /** The first preferred Russian term, else the first Russian one. */
  russian: string | null;
  /** What findings are grouped under: the approved English, else the Russian. */
  label: string;
}

/** Letters compared without case, and the separators English treats alike (space, hyphen). */
function caseless(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’ʼ‘`]/g, "'")
    .replace(/[\s\u00A0\-\u2010\u2011]+/g, ' ')
    .trim();
}

export function conceptEnglish(concept: MatchableConcept): ConceptEnglish {
  const allowed = allowedRenderings(concept);
  const allowedKeys = new Set(allowed.map((t) => caseless(t.text)));
  const forbidden = forbiddenRenderings(concept)
    .filter((t) => t.text.trim() !== '')
    .map((term) => ({ term, caseSensitive: term.caseSensitive || allowedKeys.has(caseless(term.text)) }));
  const russian = russianTerm(concept) || null;
  const approved = allowed[0] ?? null;
  return {
    concept,
    approved,
    allowed,
    forbidden,
    russian,
    label: approved?.text ?? russian ?? forbidden[0]?.term.text ?? String(concept.id),
  };
}

/** Reads each concept's English once per run, on first use. */
export class EnglishCache {
  private readonly cache = new Map<number, ConceptEnglish | null>();

  constructor(private readonly concepts: ReadonlyMap<number, MatchableConcept>) {}

  get(conceptId: number): ConceptEnglish | null {
    let found = this.cache.get(conceptId);
    if (found === undefined) {
      const concept = this.concepts.get(conceptId);
      found = concept ? conceptEnglish(concept) : null;
      this.cache.set(conceptId, found);
    }
    return found;
  }
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * Whether a text may hold an English phrase: each of its words occurs in the lower-cased text (city
 * as "cit", for cities). A cheap test before the whole-word search, whose pattern costs far more to
 * compile than a substring search costs to run.
 */
export function mayContain(lowerText: string, phrase: string): boolean {
  const words = phrase.toLowerCase().match(WORD);
  if (!words) return true;
  const last = words.length - 1;
  return words.every((w, i) => lowerText.includes(i === last && /[^aeiou]y$/.test(w) ? w.slice(0, -1) : w));
}

/** `matcher.findInTarget` behind the cheap `mayContain` test. */
export function findRendering(matcher: TermMatcher, text: string, lowerText: string, phrase: string, caseSensitive: boolean): TargetMatch[] {
  return mayContain(lowerText, phrase) ? matcher.findInTarget(text, phrase, caseSensitive) : [];
}

export interface Hit {
  start: number;
  end: number;
  text: string;
}

export interface ForbiddenHit extends Hit {
  forbidden: ForbiddenTerm;
}

/**
 * Forbidden renderings of a concept in a text, leaving out those inside an allowed rendering of the
 * same concept ("START Treaty" inside "New START Treaty"). Overlapping hits keep the longest.
 */
export function forbiddenHits(text: string, english: ConceptEnglish, matcher: TermMatcher): ForbiddenHit[] {
  const hits: ForbiddenHit[] = [];
  const lower = text.toLowerCase();
  for (const forbidden of english.forbidden) {
    const found = findRendering(matcher, text, lower, forbidden.term.text, forbidden.caseSensitive);
    if (found.length === 0) continue;
    const key = caseless(forbidden.term.text);
    // An allowed term spelt like the forbidden one but for case is looked for in its own case, or it
    // would cover the very variant being looked for.
    const allowed = english.allowed.flatMap((a) =>
      findRendering(matcher, text, lower, a.text, a.caseSensitive || caseless(a.text) === key),
    );
    for (const hit of found) {
      if (allowed.some((a) => a.start <= hit.start && hit.end <= a.end)) continue;
      hits.push({ ...hit, forbidden });
    }
  }
  return longestFirst(hits);
}

/** Drops hits that overlap a longer one; the rest come back in text order. */
export function longestFirst<T extends Hit>(hits: T[]): T[] {
  if (hits.length < 2) return hits;
  const kept: T[] = [];
  for (const hit of [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.some((k) => k.start < hit.end && hit.start < k.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Target segments that carry the article's content and have text. */
export function contentTargets(row: Row): Segment[] {
  return row.target.filter((s) => CONTENT_KINDS.includes(s.kind) && !isBlank(s));
}

export interface SourceHit {
  segment: Segment;
  match: SourceMatch;
}

/**
 * `sourceMatchesByRow` for the rows being checked, reading the whole document for what earlier
 * rows mention and reusing the memo's answer (the original never changes).
 */
export function sourceMatchesOf(ctx: CheckContext, matcher: TermMatcher): Map<Row, SourceHit[]> {
  const all = ctx.documentRows ?? ctx.rows;
  const compute = () => sourceMatchesByRow(all, matcher);
  const full = ctx.memo ? ctx.memo.get('glossary-source-matches', compute) : compute();
  if (!ctx.documentRows) return full;
  return new Map(ctx.rows.map((row) => [row, full.get(row) ?? []]));
}

/**
 * Glossary terms in the original, row by row in reading order. A person named in full earlier in
 * the document is passed on as `mentioned`, so a later surname alone is attributed to them.
 */
export function sourceMatchesByRow(rows: Row[], matcher: TermMatcher): Map<Row, SourceHit[]> {
  const byRow = new Map<Row, SourceHit[]>();
  const mentioned = new Set<number>();
  for (const row of rows) {
    const hits: SourceHit[] = [];
    for (const segment of row.source) {
      if (isBlank(segment)) continue;
      const matches = matcher.findInSource(segment.current, { mentioned });
      for (const match of matches) hits.push({ segment, match });
      for (const match of matches) if (match.how !== 'surname') mentioned.add(match.conceptId);
    }
    byRow.set(row, hits);
  }
  return byRow;
}

// ---- Replacement text ----

const APOSTROPHE = /['’ʼ‘`]/;

/**
 * What follows the term's own last word in a hit: "'s" in "Kiev's", "s" in "regions", "" for the
 * bare term. Null when the hit does not end in the term's last word as written.
 */
export function hitSuffix(hitText: string, termText: string): string | null {
  const words = termText.trim().split(/[\s\u00A0\-\u2010\u2011]+/);
  const last = words[words.length - 1].toLowerCase().replace(/['’ʼ‘`]/g, "'");
  const text = hitText.toLowerCase().replace(/['’ʼ‘`]/g, "'");
  let at = text.lastIndexOf(last);
  if (at >= 0 && /^(?:'s|e?s'?|')?$/.test(text.slice(at + last.length))) return hitText.slice(at + last.length);
  // city → cities
  if (/[^aeiou]y$/.test(last)) {
    at = text.lastIndexOf(last.slice(0, -1));
    if (at >= 0) return hitText.slice(at + last.length - 1);
  }
  return null;
}

function plural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return `${word}es`;
  return `${word}s`;
}

/** The approved text with the hit's possessive or plural ending moved over to it. */
export function withSuffix(approved: string, suffix: string): string {
  if (suffix === '') return approved;
  const apostrophe = APOSTROPHE.exec(suffix)?.[0] ?? '';
  if (/^['’ʼ‘`]s$/i.test(suffix)) return approved + suffix;
  if (/^['’ʼ‘`]$/.test(suffix)) return /s$/i.test(approved) ? approved + apostrophe : `${approved}${apostrophe}s`;
  // A plural (regions, regions', cities).
  return plural(approved) + (suffix.endsWith(apostrophe) && apostrophe ? apostrophe : '');
}

// The end of a sentence, then the quotes, brackets or dash that may open the next one.
const SENTENCE_BEFORE = /(?:[.!?…]["'”’»)\]]*\s+|\n)["'“‘«(\[—–-]*\s*$/u;
const TEXT_OPENING = /^[\s"'“‘«(\[—–-]*$/u;

/** Whether `start` is where a sentence (or the segment) begins. */
export function opensSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (before.length === start && TEXT_OPENING.test(before)) || SENTENCE_BEFORE.test(before);
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The text that replaces [start, end) of `text`: the approved term with the hit's ending, a capital
 * at the start of a sentence, and capitals throughout when the hit is written in capitals (a
 * headline) though the term it matched is not.
 */
export function replacementText(text: string, hit: Hit, termText: string, approved: string): string {
  const suffix = hitSuffix(hit.text, termText) ?? '';
  let out = withSuffix(approved, suffix);
  if (isAllCaps(hit.text) && !isAllCaps(termText)) return out.toUpperCase();
  if (opensSentence(text, hit.start)) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}
