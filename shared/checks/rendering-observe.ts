// Where each name of the article occurs in the Russian, row by row, and which English renders it
// in the same row: glossary concepts through the glossary's matcher and English terms, other names
// through the candidate extractor and transliteration.

import type { ConceptType, MatchableConcept, Row, Segment, TermEntry } from '../model';
import { conceptFor, extractCandidates } from '../terms/candidates';
import { findEnglish } from '../terms/english';
import { buildTermMatcher } from '../terms/matcher';
import { createSnowballMorphology, type Morphology } from '../terms/morphology';
import { asciiKey } from '../terms/render-english';
import { allowedRenderings, approvedRendering, forbiddenRenderings, russianTerm } from '../terms/renderings';
import type { MatchHow, TermMatcher } from '../terms/types';
import { bareWord, CommonWordCounts, findRuns, sameTexts, nameShape, partsOf, type NameShape, type Part } from './rendering-names';
import { ReviewMemo } from './memo';
import type { CheckContext } from './types';

/** A name (a glossary concept, or a name found without one) and everything said about it. */
export interface NameGroup {
  key: string;
  /** The Russian base form, or the concept's Russian term. */
  label: string;
  conceptId?: number;
  type: ConceptType;
  shape: NameShape | null;
  /** The glossary's approved English, when there is one. */
  approved: string | null;
  allowed: TermEntry[];
  forbidden: TermEntry[];
  observations: Observation[];
}

export interface SourceOccurrence {
  segment: Segment;
  start: number;
  end: number;
  how: MatchHow;
}

/** One rendering of a name in the translation, paired with its mention in the original. */
export interface Observation {
  group: NameGroup;
  row: Row;
  source: SourceOccurrence;
  segment: Segment;
  start: number;
  /** End of the rendering without its possessive or plural ending. */
  end: number;
  text: string;
  /** The rendering slot by slot, or null when it is compared as a whole phrase. */
  parts: Part[] | null;
  /** A heading or a word in capitals says nothing about the capitalisation of the name. */
  caseNeutral: boolean;
  /** A forbidden term of the concept: the forbidden-term check reports it. */
  forbidden: boolean;
}

interface Found {
  segment: Segment;
  start: number;
  end: number;
  text: string;
  parts: Part[] | null;
  /** Glossary terms come before transliteration guesses. */
  fromGlossary: boolean;
  score: number;
}

let defaultMorphology: Morphology | null = null;

function morphologyOf(ctx: CheckContext): Morphology {
  if (ctx.morphology) return ctx.morphology;
  defaultMorphology ??= createSnowballMorphology();
  return defaultMorphology;
}

/** Furniture (menus, buttons) is not the article. */
function articleSegments(segments: Segment[]): Segment[] {
  return segments.filter((s) => s.kind !== 'furniture');
}

function joined(segments: Segment[]): string {
  return articleSegments(segments).map((s) => s.current).join(' ');
}

function overlaps(a: { segment: Segment; start: number; end: number }, b: { segment: Segment; start: number; end: number }): boolean {
  return a.segment.id === b.segment.id && a.start < b.end && b.start < a.end;
}

function readingOrder(a: { row: Row; segment: Segment; start: number }, b: { row: Row; segment: Segment; start: number }): number {
  return a.row.position - b.row.position || a.segment.position - b.segment.position || a.start - b.start;
}

export function compareReading(a: Observation, b: Observation): number {
  return readingOrder(a, b);
}

function conceptGroup(concept: MatchableConcept): NameGroup {
  const label = russianTerm(concept) || String(concept.id);
  return {
    key: `c${concept.id}`,
    label,
    conceptId: concept.id,
    type: concept.type,
    shape: nameShape(label, concept.type),
    approved: approvedRendering(concept),
    allowed: allowedRenderings(concept),
    forbidden: forbiddenRenderings(concept),
    observations: [],
  };
}

/** The found text without the possessive or plural ending the search tolerates: Kyiv's → Kyiv. */
function bareOf(found: string, term: string): string {
  const head = found.slice(0, term.length);
  if (found.length >= term.length && asciiKey(head) === asciiKey(term)) return head;
  return bareWord(found);
}

function glossaryHits(group: NameGroup, targets: Segment[]): Found[] {
  const hits: Found[] = [];
  for (const segment of targets) {
    for (const term of [...group.allowed, ...group.forbidden]) {
      for (const m of findEnglish(segment.current, term.text, term.caseSensitive)) {
        const text = bareOf(m.text, term.text);
        hits.push({
          segment,
          start: m.start,
          end: m.start + text.length,
          text,
          parts: partsOf(text, m.start, group.shape),
          fromGlossary: true,
          score: text.length,
        });
      }
    }
  }
  // Of overlapping terms (New START, New START Treaty) the longest is the rendering.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start));
  return hits.filter((h, k) => !hits.slice(0, k).some((o) => overlaps(o, h)));
}

function transliterationRuns(group: NameGroup, targets: Segment[], common: ReadonlySet<string>): Found[] {
  if (!group.shape) return [];
  const out: Found[] = [];
  for (const segment of targets) {
    for (const run of findRuns(segment.current, group.shape, common)) {
      out.push({
        segment,
        start: run.start,
        end: run.end,
        text: segment.current.slice(run.start, run.end),
        parts: run.parts,
        fromGlossary: false,
        score: run.score,
      });
    }
  }
  return out;
}

function better(a: Found, b: Found): number {
  return Number(b.fromGlossary) - Number(a.fromGlossary) || (b.parts?.length ?? 0) - (a.parts?.length ?? 0) || b.score - a.score;
}

/**
 * A word claimed by the transliteration of two names goes to the one it fits better (Ivanov to
 * Иванов rather than Иванова); when neither fits better, to neither.
 */
function settleClaims(found: Map<NameGroup, Found[]>): void {
  const runs = [...found.entries()].flatMap(([group, list]) => list.filter((f) => !f.fromGlossary).map((f) => ({ group, f })));
  const losers = new Set<Found>();
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i];
      const b = runs[j];
      if (a.group === b.group || !overlaps(a.f, b.f)) continue;
      const order = better(a.f, b.f);
      if (order <= 0) losers.add(b.f);
      if (order >= 0) losers.add(a.f);
    }
  }
  for (const [group, list] of found) found.set(group, list.filter((f) => !losers.has(f)));
}

function isCaseNeutral(segment: Segment, text: string): boolean {
  return segment.kind === 'heading' || (/[A-Z]{2}/.test(text) && text === text.toUpperCase());
}

function isForbidden(group: NameGroup, text: string): boolean {
  if (group.allowed.some((t) => t.text === text)) return false;
  if (group.forbidden.some((t) => t.text === text)) return true;
  const key = asciiKey(text);
  return group.forbidden.some((t) => asciiKey(t.text) === key) && !group.allowed.some((t) => asciiKey(t.text) === key);
}

function observeRow(row: Row, mentions: Map<NameGroup, SourceOccurrence[]>, common: ReadonlySet<string>): Observation[] {
  const out: Observation[] = [];
  const targets = articleSegments(row.target);
  const found = new Map<NameGroup, Found[]>();
  for (const group of mentions.keys()) {
    const hits = glossaryHits(group, targets);
    const runs = transliterationRuns(group, targets, common).filter((r) => !hits.some((h) => overlaps(h, r)));
    found.set(group, [...hits, ...runs]);
  }
  settleClaims(found);
  for (const [group, occurrences] of mentions) {
    // As many renderings as the original has mentions: the best of them, in reading order.
    const chosen = found
      .get(group)!
      .sort(better)
      .slice(0, occurrences.length)
      .sort((a, b) => a.segment.position - b.segment.position || a.start - b.start);
    chosen.forEach((f, k) => {
      out.push({
        group,
        row,
        source: occurrences[Math.min(k, occurrences.length - 1)],
        segment: f.segment,
        start: f.start,
        end: f.end,
        text: f.text,
        parts: f.parts,
        caseNeutral: isCaseNeutral(f.segment, f.text),
        forbidden: isForbidden(group, f.text),
      });
    });
  }
  return out;
}

function addMention(mentions: Map<NameGroup, SourceOccurrence[]>, group: NameGroup, occurrence: SourceOccurrence): void {
  const list = mentions.get(group);
  if (list) list.push(occurrence);
  else mentions.set(group, [occurrence]);
}

/**
 * Names the extractor finds in the original. Only the original is read (every row's translation
 * left out), so the groups, and their order, stay the same however the translation is edited.
 */
function candidateGroups(rows: Row[], glossary: CheckContext['glossary'], morphology: Morphology): { groups: NameGroup[]; matcher: TermMatcher } {
  const candidates = extractCandidates(
    rows.map((row) => ({ source: joined(row.source), target: '' })),
    { morphology, known: glossary?.matcher },
  );
  const groups: NameGroup[] = [];
  for (const c of candidates) {
    const shape = nameShape(c.lemma, c.type);
    if (!shape) continue;
    groups.push({
      key: `n${groups.length}`,
      label: c.lemma,
      type: c.type,
      shape,
      approved: null,
      allowed: [],
      forbidden: [],
      observations: [],
    });
  }
  const matcher = buildTermMatcher(
    groups.map((g, k) => conceptFor(k, g.type, g.label)),
    { morphology },
  );
  return { groups, matcher };
}

/** Where the original names each name, row by row: read once per alignment and glossary. */
interface NameIndex {
  /** Glossary concepts in order of first mention, then the names found without a glossary. */
  groups: NameGroup[];
  mentions: Map<Row, Map<NameGroup, SourceOccurrence[]>>;
}

function indexNames(ctx: CheckContext, morphology: Morphology): NameIndex {
  const conceptGroups = new Map<number, NameGroup>();
  const candidates = candidateGroups(ctx.rows, ctx.glossary, morphology);
  const mentionedConcepts = new Set<number>();
  const mentionedNames = new Set<number>();
  const byRow = new Map<Row, Map<NameGroup, SourceOccurrence[]>>();
  for (const row of ctx.rows) {
    const mentions = new Map<NameGroup, SourceOccurrence[]>();
    for (const segment of articleSegments(row.source)) {
      const text = segment.current;
      if (ctx.glossary) {
        for (const m of ctx.glossary.matcher.findInSource(text, { mentioned: mentionedConcepts })) {
          const concept = ctx.glossary.concepts.get(m.conceptId);
          if (!concept) continue;
          let group = conceptGroups.get(concept.id);
          if (!group) {
            group = conceptGroup(concept);
            conceptGroups.set(concept.id, group);
          }
          addMention(mentions, group, { segment, start: m.start, end: m.end, how: m.how });
          if (m.how !== 'surname') mentionedConcepts.add(m.conceptId);
        }
      }
      for (const m of candidates.matcher.findInSource(text, { mentioned: mentionedNames })) {
        addMention(mentions, candidates.groups[m.conceptId], { segment, start: m.start, end: m.end, how: m.how });
        if (m.how !== 'surname') mentionedNames.add(m.conceptId);
      }
    }
    if (mentions.size) byRow.set(row, mentions);
  }
  return { groups: [...conceptGroups.values(), ...candidates.groups], mentions: byRow };
}

interface RowObservations {
  texts: string[];
  commonVersion: number;
  observations: Observation[];
}

/**
 * Every name of the article with its renderings, glossary concepts first. With a memo, what the
 * original says is read once, and a row's renderings are looked for again only when its
 * translation (or the article's set of common words) has changed.
 */
export function observeNames(ctx: CheckContext): NameGroup[] {
  const morphology = morphologyOf(ctx);
  const memo = ctx.memo ?? new ReviewMemo();
  const index = memo.get('names-index', () => indexNames(ctx, morphology));
  const counts = memo.get('names-common-words', () => new CommonWordCounts());
  const targets = ctx.rows.map((row) => ({ key: row, texts: articleSegments(row.target).map((s) => s.current) }));
  const common = counts.update(targets);
  const cache = memo.get('names-observations', () => new Map<Row, RowObservations>());
  for (const group of index.groups) group.observations = [];
  ctx.rows.forEach((row, i) => {
    const mentions = index.mentions.get(row);
    if (!mentions) return;
    const { texts } = targets[i];
    let seen = cache.get(row);
    if (!seen || seen.commonVersion !== counts.version || !sameTexts(seen.texts, texts)) {
      seen = { texts, commonVersion: counts.version, observations: observeRow(row, mentions, common) };
      cache.set(row, seen);
    }
    for (const obs of seen.observations) obs.group.observations.push(obs);
  });
  return index.groups.filter((g) => g.observations.length > 0);
}
