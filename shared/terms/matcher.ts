// Finds glossary terms in Russian text in any case form.
//
// Every Russian term becomes a sequence of word ids in a word-level trie (term-index.ts). A text
// is cut into words once; each word is looked up (ending rules, morphology keys, abbreviations)
// and gives the term words it may be a form of; the trie is then walked from each word, so the
// scan costs a few hash look-ups per word of text whatever the size of the glossary.

import type { MatchableConcept } from '../model';
import { findEnglish } from './english';
import { isPatronymic } from './first-names';
import type { Morphology } from './morphology';
import { ABBREVIATION_ENDINGS } from './paradigm';
import {
  ABBREVIATION_LAST,
  CASE_SENSITIVE,
  CLOSE_QUOTE,
  KIND_SURNAME,
  KIND_VARIANT,
  OPEN_QUOTE,
  TermIndex,
  type IndexedTerm,
} from './term-index';
import { CLOSE_QUOTES, OPEN_QUOTES, fold, foldYo, isNameGap, startsUpper, tokenize, type Token } from './text';
import type { FindOptions, MatchHow, SourceMatch, TermMatcher } from './types';

export interface MatcherOptions {
  morphology: Morphology;
}

const HOW_RANK: Record<MatchHow, number> = { exact: 0, inflected: 1, surname: 2 };

interface Candidate {
  term: IndexedTerm;
  surname: boolean;
  start: number;
  end: number;
  how: MatchHow;
}

export function buildTermMatcher(concepts: MatchableConcept[], options: MatcherOptions): TermMatcher {
  const index = new TermIndex(options.morphology);
  index.addConcepts(concepts);
  return {
    findInSource: (text, findOptions) => findInSource(index, text, findOptions),
    findInTarget: (text, rendering, caseSensitive = false) => findEnglish(text, rendering, caseSensitive),
    get size() {
      return index.size;
    },
  };
}

/** Same letters in the same case up to where the two spellings part (the ending). */
function sameCase(text: string, term: string): boolean {
  const n = Math.min(text.length, term.length);
  for (let i = 0; i < n; i++) {
    if (text[i] === term[i]) continue;
    return text[i].toLowerCase() !== term[i].toLowerCase();
  }
  return true;
}

function verify(term: IndexedTerm, order: number[], tokens: Token[], used: number[]): boolean {
  for (let k = 0; k < order.length; k++) {
    const w = order[k];
    const raw = tokens[used[k]].text;
    if ((term.capitals >> w) & 1 && !startsUpper(raw)) return false;
    if (term.flags & CASE_SENSITIVE && !sameCase(foldYo(raw), foldYo(term.words[w]))) return false;
  }
  return true;
}

function howOf(term: IndexedTerm, kind: number, order: number[], tokens: Token[], used: number[], skipped: boolean): MatchHow {
  if (kind === KIND_SURNAME) return 'surname';
  if (kind === KIND_VARIANT || skipped) return 'inflected';
  for (let k = 0; k < order.length; k++) {
    if (fold(tokens[used[k]].text) !== fold(term.words[order[k]])) return 'inflected';
  }
  return 'exact';
}

/** The span of a match, widened to the quotes and the abbreviation ending the term carries. */
function spanOf(text: string, term: IndexedTerm, first: Token, last: Token): { start: number; end: number } | null {
  let start = first.start;
  let end = last.end;
  if (term.flags & ABBREVIATION_LAST && /^[-\u2010\u2011]/.test(text.slice(end, end + 1))) {
    // ДСНВ-3 names another treaty; МИД-а is the same ministry.
    const tail = /^[-\u2010\u2011](\p{L}+|\p{N})/u.exec(text.slice(end, end + 8));
    if (tail && /^\p{N}/u.test(tail[1])) return null;
    if (tail && ABBREVIATION_ENDINGS.has(tail[1])) end += tail[0].length;
  }
  if (term.flags & OPEN_QUOTE && start > 0 && OPEN_QUOTES.includes(text[start - 1])) start--;
  if (term.flags & CLOSE_QUOTE && end < text.length && CLOSE_QUOTES.includes(text[end])) end++;
  return { start, end };
}

interface State {
  node: number;
  used: number[];
  skipped: boolean;
}

function findInSource(index: TermIndex, text: string, options: FindOptions = {}): SourceMatch[] {
  const tokens = tokenize(text);
  const n = tokens.length;
  if (n === 0) return [];
  const ids = tokens.map((t) => index.lookup(t.text));
  const candidates: Candidate[] = [];

  for (let i = 0; i < n; i++) {
    if (ids[i].length === 0) continue;
    let states: State[] = [{ node: 0, used: [], skipped: false }];
    for (let j = i; j < n && states.length > 0; j++) {
      const next: State[] = [];
      for (const s of states) {
        for (const id of ids[j]) {
          const child = index.child(s.node, id);
          if (child !== undefined) next.push({ node: child, used: [...s.used, j], skipped: s.skipped });
        }
        if (!s.skipped && index.allowsPatronymic(s.node) && isPatronymic(tokens[j].text)) {
          next.push({ node: s.node, used: s.used, skipped: true });
        }
      }
      for (const s of next) {
        const terminals = index.terminals(s.node);
        if (!terminals || s.used[s.used.length - 1] !== j) continue;
        for (const p of terminals) {
          const term = index.terms[index.patternTerm[p]];
          const order = index.patternOrder[p];
          if (!verify(term, order, tokens, s.used)) continue;
          const span = spanOf(text, term, tokens[i], tokens[j]);
          if (!span) continue;
          const kind = index.patternKind[p];
          candidates.push({
            term,
            surname: kind === KIND_SURNAME,
            ...span,
            how: howOf(term, kind, order, tokens, s.used, s.skipped),
          });
        }
      }
      if (j + 1 >= n || !isNameGap(text.slice(tokens[j].end, tokens[j + 1].start))) break;
      states = next;
    }
  }
  return select(text, resolveSurnames(candidates, options.mentioned));
}

/**
 * A surname alone stands for one person. When the glossary holds several people with that surname,
 * the one named in full nearest before it in this text wins, else one named anywhere in it, else the
 * single one of them mentioned earlier in the document; with no such clue the surname is left
 * unattributed rather than guessed.
 */
function resolveSurnames(candidates: Candidate[], mentioned: ReadonlySet<number> | undefined): Candidate[] {
  const out: Candidate[] = [];
  const namedAt = new Map<number, number[]>();
  const bySpan = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (!c.surname) {
      out.push(c);
      const ends = namedAt.get(c.term.conceptId);
      if (ends) ends.push(c.end);
      else namedAt.set(c.term.conceptId, [c.end]);
      continue;
    }
    const key = `${c.start}:${c.end}`;
    const list = bySpan.get(key);
    if (list) list.push(c);
    else bySpan.set(key, [c]);
  }
  for (const list of bySpan.values()) {
    const concepts = new Set(list.map((c) => c.term.conceptId));
    if (concepts.size === 1) {
      out.push(list[0]);
      continue;
    }
    const start = list[0].start;
    let chosen: number | undefined;
    let nearest = -1;
    let anywhere: number | undefined;
    for (const id of concepts) {
      const ends = namedAt.get(id);
      if (!ends) continue;
      anywhere ??= id;
      for (const end of ends) {
        if (end <= start && end > nearest) {
          nearest = end;
          chosen = id;
        }
      }
    }
    chosen ??= anywhere;
    if (chosen === undefined && mentioned) {
      const earlier = [...concepts].filter((id) => mentioned.has(id));
      if (earlier.length === 1) chosen = earlier[0];
    }
    const hit = chosen === undefined ? undefined : list.find((c) => c.term.conceptId === chosen);
    if (hit) out.push(hit);
  }
  return out;
}

/** Longest match wins; equal spans naming different concepts are all kept. */
function select(text: string, candidates: Candidate[]): SourceMatch[] {
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      HOW_RANK[a.how] - HOW_RANK[b.how] ||
      a.term.termId - b.term.termId,
  );
  const accepted: Candidate[] = [];
  const taken = new Uint8Array(text.length);
  const spans = new Set<string>();
  const seen = new Set<string>();
  for (const c of candidates) {
    const span = `${c.start}:${c.end}`;
    const key = `${span}:${c.term.conceptId}`;
    if (seen.has(key)) continue;
    if (!spans.has(span) && taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    spans.add(span);
    seen.add(key);
    accepted.push(c);
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end || a.term.conceptId - b.term.conceptId);
  return accepted.map((c) => ({
    conceptId: c.term.conceptId,
    termId: c.term.termId,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    how: c.how,
  }));
}
