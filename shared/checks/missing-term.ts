import { distance } from 'fastest-levenshtein';
import type { Row, Segment, TermEntry } from '../model';
import { nameParts } from '../terms/person';
import { asciiKey, englishWords, findNameRendering } from '../terms/render-english';
import type { TermMatcher } from '../terms/types';
import {
  contentTargets,
  EnglishCache,
  findRendering,
  forbiddenHits,
  replacementText,
  sourceMatchesOf,
  type ConceptEnglish,
  type SourceHit,
} from './glossary-terms';
import { CONTENT_KINDS, replacementIn, spanIn } from './spans';
import { findStemRendering } from './stem-rendering';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const MESSAGES = {
  missing: 'findingMessages.missing-term.missing',
  surnameMissing: 'findingMessages.missing-term.surnameMissing',
  reordered: 'findingMessages.missing-term.reordered',
} as const;
const FIXES = { replace: 'findingFixes.missing-term.replace' } as const;

/** How close a rendering must be to the approved one to be taken for the same name misspelt. */
const SAME_NAME = 0.75;
/** Stricter for words that are not a person's name: "Belgorod area" is not "Belgorod region" misspelt. */
const SAME_WORDS = 0.85;

function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}

function lastWord(text: string): string {
  const words = text.trim().split(/\s+/);
  return words[words.length - 1];
}

function wordCount(text: string): number {
  return text.trim().split(/[\s\u00A0]+/).length;
}

/** One concept named in the original of a row: its first occurrence, and whether only by surname. */
interface Named {
  english: ConceptEnglish;
  first: SourceHit;
  surnameOnly: boolean;
}

function namedInRow(hits: SourceHit[], cache: EnglishCache): Named[] {
  const byConcept = new Map<number, Named>();
  for (const hit of hits) {
    if (!CONTENT_KINDS.includes(hit.segment.kind)) continue;
    const known = byConcept.get(hit.match.conceptId);
    if (known) {
      known.surnameOnly &&= hit.match.how === 'surname';
      continue;
    }
    const english = cache.get(hit.match.conceptId);
    // A concept with no approved English has nothing to look for.
    if (!english?.approved) continue;
    byConcept.set(hit.match.conceptId, { english, first: hit, surnameOnly: hit.match.how === 'surname' });
  }
  return [...byConcept.values()];
}

function isPresent(named: Named, targets: Segment[], matcher: TermMatcher): boolean {
  const { allowed } = named.english;
  for (const segment of targets) {
    const lower = segment.current.toLowerCase();
    for (const term of allowed) {
      if (findRendering(matcher, segment.current, lower, term.text, term.caseSensitive).length > 0) return true;
      // "Miroshnik said" for "Мирошник заявил": a surname is a name, so its capital is required.
      if (named.surnameOnly && findRendering(matcher, segment.current, lower, lastWord(term.text), true).length > 0) return true;
    }
  }
  return false;
}

function hasForbidden(named: Named, targets: Segment[], matcher: TermMatcher): boolean {
  return named.english.forbidden.length > 0 && targets.some((s) => forbiddenHits(s.current, named.english, matcher).length > 0);
}

/** The Russian the English should render: the matched term, or its surname when only that was used. */
function russianOf(named: Named, term: TermEntry | undefined): string | null {
  const text = term?.text ?? named.english.russian;
  if (!text || !named.surnameOnly) return text;
  const words = text.trim().split(/\s+/);
  const parts = nameParts(words);
  return parts ? words[parts.surname] : lastWord(text);
}

/** A run of words as capitalised as `expected` and spelt almost like it. */
function closeRun(target: string, expected: string): string | null {
  const want = expected.split(/\s+/);
  const words = englishWords(target);
  const key = asciiKey(expected);
  let best: { text: string; score: number } | null = null;
  for (let i = 0; i + want.length <= words.length; i++) {
    const run = words.slice(i, i + want.length);
    if (run.some((w, k) => /^\p{Lu}/u.test(w.text) !== /^\p{Lu}/u.test(want[k]))) continue;
    if (run.some((w, k) => k > 0 && !/^[ \u00A0]+$/.test(target.slice(run[k - 1].end, w.start)))) continue;
    const text = target.slice(run[0].start, run[run.length - 1].end).replace(/['’]s$/, '');
    const score = similarity(asciiKey(text), key);
    if (score >= SAME_WORDS && (!best || score > best.score)) best = { text, score };
  }
  return best?.text ?? null;
}

/**
 * A rendering in the target that is plainly the same name spelt another way (Rodion Miroshnyk for
 * Rodion Miroshnik), so the fix can replace it. Null unless that is clear.
 */
function misspelt(named: Named, segment: Segment, expected: string): { start: number; end: number; text: string } | null {
  const target = segment.current;
  let found: string | null = null;
  if (named.english.concept.type === 'person') {
    const term = named.english.concept.terms.find((t) => t.id === named.first.match.termId);
    const russian = russianOf(named, term);
    const guess = russian ? findNameRendering(target, russian) : null;
    if (guess && wordCount(guess.text) === wordCount(expected) && similarity(asciiKey(guess.text), asciiKey(expected)) >= SAME_NAME) {
      found = guess.text;
    }
  }
  found ??= closeRun(target, expected);
  if (!found || asciiKey(found) === asciiKey(expected)) return null;
  const start = target.indexOf(found);
  return start < 0 ? null : { start, end: start + found.length, text: found };
}

/** The Russian left as it is in the translation (a caption "ВСУ"): untranslated reports that. */
function leftInRussian(named: Named, targets: Segment[]): boolean {
  return targets.some((s) => s.current.includes(named.first.match.text));
}

/**
 * The approved words in other forms: in the same order it is the term said another way ("the
 * Russian Foreign Minister" for глава МИД России) and counts as present; reordered, it is the
 * other construction of the name ("Ukrainian Armed Forces"), reported with a fix.
 */
function stemRendering(named: Named, targets: Segment[]) {
  // A person's name is spelt one way; Miroshnyk is not a form of Miroshnik.
  if (named.surnameOnly || named.english.concept.type === 'person') return null;
  for (const segment of targets) {
    for (const term of named.english.allowed) {
      const found = findStemRendering(segment.current, term.text);
      if (found) return { segment, found };
    }
  }
  return null;
}

function draftFor(row: Row, named: Named, targets: Segment[]): FindingDraft {
  const { english, first, surnameOnly } = named;
  const approved = english.approved!.text;
  const expected = surnameOnly ? lastWord(approved) : approved;
  const term = english.concept.terms.find((t) => t.id === first.match.termId);
  const russian = term?.text ?? english.russian ?? first.match.text;
  const draft: FindingDraft = {
    check: 'missing-term',
    severity: 'warning',
    row: row.position,
    source: spanIn(first.segment, first.match.start, first.match.end),
    message: surnameOnly
      ? phrase(MESSAGES.surnameMissing, { surname: first.match.text, russian, expected })
      : phrase(MESSAGES.missing, { russian, expected }),
    subject: { label: english.label, conceptId: english.concept.id },
  };
  const reordered = stemRendering(named, targets);
  if (reordered) {
    const { segment, found } = reordered;
    draft.target = spanIn(segment, found.start, found.end);
    draft.message = phrase(MESSAGES.reordered, { russian, found: found.text, expected });
    const text = replacementText(segment.current, found, found.text, expected);
    draft.fix = { label: phrase(FIXES.replace, { found: found.text, expected }), replacements: [replacementIn(segment, found.start, found.end, text)] };
    return draft;
  }
  for (const segment of targets) {
    const wrong = misspelt(named, segment, expected);
    if (!wrong) continue;
    const text = replacementText(segment.current, wrong, wrong.text, expected);
    draft.target = spanIn(segment, wrong.start, wrong.end);
    draft.fix = { label: phrase(FIXES.replace, { found: wrong.text, expected }), replacements: [replacementIn(segment, wrong.start, wrong.end, text)] };
    break;
  }
  return draft;
}

export const missingTermCheck: Check = {
  id: 'missing-term',
  describe: 'Glossary terms of the original whose approved English is not in the translation',
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(FIXES)],
  run(ctx) {
    const glossary = ctx.glossary;
    if (!glossary) return [];
    const { matcher } = glossary;
    const cache = new EnglishCache(glossary.concepts);
    const drafts: FindingDraft[] = [];
    for (const [row, hits] of sourceMatchesOf(ctx, matcher)) {
      if (hits.length === 0) continue;
      // No translation at all is untranslated's finding; furniture and credits are not checked.
      const targets = contentTargets(row);
      if (targets.length === 0) continue;
      for (const named of namedInRow(hits, cache)) {
        if (isPresent(named, targets, matcher) || hasForbidden(named, targets, matcher) || leftInRussian(named, targets)) continue;
        if (stemRendering(named, targets)?.found.inOrder) continue;
        drafts.push(draftFor(row, named, targets));
      }
    }
    return withKeys(drafts);
  },
};
