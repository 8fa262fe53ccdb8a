// The English words that render each word of a Russian name in a translated sentence. A name is cut
// into slots, one per Russian word (first name, surname, the proper word of a place, its generic
// noun), so that renderings are compared part by part: "Klintsevich" agrees with "Andrei
// Klintsevich", and "Andrey Klintsevich" differs from it in the first-name slot only.

import type { ConceptType } from '../model';
import { placeAnchors } from '../terms/candidates';
import { firstNameOf, isPatronymic } from '../terms/first-names';
import { GEO_NOUNS, ORG_NOUNS, adjectiveStem, genericOf } from '../terms/generic-nouns';
import { asciiKey, englishWords, latinVariants, similarity, type EnglishWord } from '../terms/render-english';
import { isAbbreviation, isCyrillic, startsUpper, tokenize } from '../terms/text';

export type SlotKind = 'first' | 'patronymic' | 'proper' | 'generic';

export interface Slot {
  kind: SlotKind;
  /** The Russian word as written in the base form. */
  russian: string;
  /** ASCII spellings the English may use (proper words, first names, patronymics). */
  latin: string[];
  /** Lower-case English of a generic noun (region, club). */
  generic: ReadonlySet<string>;
}

export interface NameShape {
  type: ConceptType;
  slots: Slot[];
}

/** Where one slot is rendered: the word without its possessive or plural ending. */
export interface Part {
  slot: number;
  start: number;
  end: number;
  text: string;
  score: number;
}

/** A run of English words rendering a name in one target text. */
export interface Run {
  start: number;
  end: number;
  parts: Part[];
  score: number;
}

const NO_GENERIC: ReadonlySet<string> = new Set();

function slotFor(word: string, type: ConceptType): Slot | null {
  if (!isCyrillic(word) || isAbbreviation(word)) return null;
  const nouns = type === 'place' ? GEO_NOUNS : type === 'organization' ? ORG_NOUNS : [];
  const noun = nouns.length ? genericOf(word, nouns) : null;
  if (noun) return { kind: 'generic', russian: word, latin: [], generic: new Set(noun.en) };
  if (!startsUpper(word)) return null;
  if (type === 'person') {
    const kind: SlotKind = firstNameOf(word) ? 'first' : isPatronymic(word) ? 'patronymic' : 'proper';
    return { kind, russian: word, latin: latinVariants(word), generic: NO_GENERIC };
  }
  // Белгородская is rendered Belgorod: the adjective's stem and the town it is made from.
  const anchors = adjectiveStem(word) === null ? [word] : placeAnchors([word]);
  return { kind: 'proper', russian: word, latin: [...new Set(anchors.flatMap(latinVariants))], generic: NO_GENERIC };
}

/**
 * The slots of a name in its base form. Null when nothing in it can be recognised in English by
 * its letters (titles, abbreviations, lower-case phrases): those are compared as whole phrases.
 */
export function nameShape(base: string, type: ConceptType): NameShape | null {
  if (type === 'title' || type === 'other') return null;
  const words = tokenize(base).map((t) => t.text);
  const slots: Slot[] = [];
  for (const word of words) {
    const slot = slotFor(word, type);
    if (slot) slots.push(slot);
  }
  if (!slots.some((s) => s.kind === 'proper')) return null;
  return { type, slots };
}

/** Short words need a near-exact spelling: one wrong letter in "Yan" is another name. */
function closeEnough(score: number, length: number): boolean {
  if (length <= 3) return score === 1;
  if (length === 4) return score >= 0.75;
  return score >= 0.72;
}

const POSSESSIVE = /(?:['’]s|s['’]|['’])$/;

/** The word without 's or a trailing apostrophe: Kyiv's → Kyiv, Belgorod regions' → regions. */
export function bareWord(word: string): string {
  if (/s['’]$/.test(word)) return word.slice(0, -1);
  return word.replace(POSSESSIVE, '');
}

/** A generic noun without its plural: regions → region, Regions → Region. */
function singular(word: string, generic: ReadonlySet<string>): string {
  const lower = word.toLowerCase();
  if (generic.has(lower)) return word;
  if (lower.endsWith('ies') && generic.has(lower.slice(0, -3) + 'y')) return word.slice(0, -3) + (word.endsWith('IES') ? 'Y' : 'y');
  if (lower.endsWith('es') && generic.has(lower.slice(0, -2))) return word.slice(0, -2);
  if (lower.endsWith('s') && generic.has(lower.slice(0, -1))) return word.slice(0, -1);
  return word;
}

function isCapitalised(word: string): boolean {
  return /^[A-Z\u00C0-\u00DE]/.test(word);
}

/** Words of one name: spaces only between them, or a full stop and a space after an initial. */
function adjacent(text: string, a: EnglishWord, b: EnglishWord): boolean {
  const gap = text.slice(a.end, b.start);
  return /^[ \u00A0]+$/.test(gap) || (/^[A-Z]\.$/.test(a.text) && /^\s+$/.test(gap));
}

// Words that open English sentences: capitalised there, yet never a name.
const FUNCTION_WORDS = new Set(
  ('a an the this that these those he she it they we you i his her its their our my your and but or so yet ' +
    'in on at by for of to from with without after before during since until while when where why how what ' +
    'who which there here then also however meanwhile below above over under more most many much some any ' +
    'all both each every no not now never only still even just may might will would can could should must ' +
    'is was are were be been has have had do does did according as if than').split(' '),
);

/**
 * English words the translation also writes in lower case, plus function words: a capital at the
 * start of a sentence does not make them a name ("Below" is not Белов).
 */
export function commonWords(texts: Iterable<string>): Set<string> {
  const out = new Set(FUNCTION_WORDS);
  for (const text of texts) for (const w of lowerCaseWords(text)) out.add(w);
  return out;
}

/** The words of a text that start lower case, bare: what makes a word common (see commonWords). */
export function lowerCaseWords(text: string): string[] {
  return englishWords(text)
    .filter((w) => /^[a-z]/.test(w.text))
    .map((w) => bareWord(w.text));
}

export const sameTexts = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((t, i) => t === b[i]);

/**
 * commonWords over a document whose rows change one at a time: each row's words are counted once
 * and only a changed row is read again. `version` moves only when the set itself changes, since
 * what a name's rendering is depends on it.
 */
export class CommonWordCounts {
  version = 0;
  words: Set<string> = new Set(FUNCTION_WORDS);
  private readonly counts = new Map<string, number>();
  private readonly byRow = new Map<object, { texts: string[]; words: string[] }>();

  /** `rows`: each row's key object and its texts; returns the common words of them all. */
  update(rows: Iterable<{ key: object; texts: string[] }>): Set<string> {
    const delta = new Map<string, number>();
    for (const { key, texts } of rows) {
      const before = this.byRow.get(key);
      if (before && sameTexts(before.texts, texts)) continue;
      const words = texts.flatMap(lowerCaseWords);
      for (const w of before?.words ?? []) delta.set(w, (delta.get(w) ?? 0) - 1);
      for (const w of words) delta.set(w, (delta.get(w) ?? 0) + 1);
      this.byRow.set(key, { texts, words });
    }
    let changed = false;
    for (const [word, by] of delta) {
      if (by === 0) continue;
      const was = this.counts.get(word) ?? 0;
      const now = was + by;
      if (now === 0) this.counts.delete(word);
      else this.counts.set(word, now);
      if ((was === 0) !== (now === 0)) changed = true;
    }
    if (changed) {
      this.words = new Set([...FUNCTION_WORDS, ...this.counts.keys()]);
      this.version++;
    }
    return this.words;
  }
}

/** The slot an English word renders, with its score, or null. */
function matchWord(word: EnglishWord, shape: NameShape, common: ReadonlySet<string>): Part | null {
  const bare = bareWord(word.text);
  let best: Part | null = null;
  const key = asciiKey(bare);
  const isCommon = common.has(bare.toLowerCase());
  shape.slots.forEach((slot, index) => {
    if (slot.kind === 'generic') {
      const noun = singular(bare, slot.generic);
      if (slot.generic.has(noun.toLowerCase()) && (!best || best.score < 1)) {
        best = { slot: index, start: word.start, end: word.start + noun.length, text: noun, score: 1 };
      }
      return;
    }
    if (!isCapitalised(word.text) || isCommon) return;
    for (const variant of slot.latin) {
      const score = similarity(variant, key);
      if (closeEnough(score, Math.max(variant.length, key.length)) && (!best || score > best.score)) {
        best = { slot: index, start: word.start, end: word.start + bare.length, text: bare, score };
      }
    }
  });
  return best;
}

/**
 * Every run of words in a target text that renders the name: a word close to a proper slot (the
 * surname, Belgorod), widened over neighbouring words that render the other slots. A first name
 * alone is not a run: "Andrey" next to another surname belongs to another person.
 */
export function findRuns(text: string, shape: NameShape, common: ReadonlySet<string>): Run[] {
  const words = englishWords(text);
  const parts = words.map((w) => matchWord(w, shape, common));
  const runs: Run[] = [];
  const taken = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const anchor = parts[i];
    if (!anchor || taken[i] || shape.slots[anchor.slot].kind !== 'proper') continue;
    const used = new Set([anchor.slot]);
    let first = i;
    let last = i;
    const joins = (k: number) => {
      const p = parts[k];
      return p !== null && !taken[k] && !used.has(p.slot);
    };
    while (first > 0 && adjacent(text, words[first - 1], words[first]) && joins(first - 1)) {
      first--;
      used.add(parts[first]!.slot);
    }
    // A possessive closes the name: "Klintsevich's Center" does not widen over Center.
    while (last + 1 < words.length && !POSSESSIVE.test(words[last].text) && adjacent(text, words[last], words[last + 1]) && joins(last + 1)) {
      last++;
      used.add(parts[last]!.slot);
    }
    taken.fill(1, first, last + 1);
    const runParts = parts.slice(first, last + 1) as Part[];
    runs.push({
      start: runParts[0].start,
      end: runParts[runParts.length - 1].end,
      parts: runParts,
      score: runParts.reduce((sum, p) => sum + p.score, 0),
    });
    i = last;
  }
  return runs;
}

/**
 * The slots of a phrase found by other means (a glossary's English term): null unless every word
 * of it renders a slot, in which case it compares part by part like a run.
 */
export function partsOf(text: string, start: number, shape: NameShape | null, common: ReadonlySet<string> = FUNCTION_WORDS): Part[] | null {
  if (!shape) return null;
  const words = englishWords(text);
  if (words.length === 0) return null;
  const out: Part[] = [];
  const used = new Set<number>();
  for (const w of words) {
    const p = matchWord(w, shape, common);
    if (!p || used.has(p.slot)) return null;
    used.add(p.slot);
    out.push({ ...p, start: p.start + start, end: p.end + start });
  }
  return out;
}
