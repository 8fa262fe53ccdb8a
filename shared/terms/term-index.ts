// The glossary as the matcher reads it: every distinct term word with the text forms that lead to
// it, and a word-level trie of the terms' word sequences. Kept in flat maps and arrays rather than
// an object per node, because a glossary of 100,000 concepts makes half a million of them.

import type { ConceptType, MatchableConcept } from '../model';
import type { Morphology } from './morphology';
import { ABBREVIATION_ENDINGS, MAX_ENDING, paradigmsOf } from './paradigm';
import { firstNameForms, nameParts } from './person';
import { CLOSE_QUOTES, OPEN_QUOTES, fold, foldYo, isAbbreviation, startsUpper } from './text';

export const KIND_FULL = 0;
/** Another order of a person's name, or the name without its patronymic. */
export const KIND_VARIANT = 1;
export const KIND_SURNAME = 2;

export const CASE_SENSITIVE = 1;
export const OPEN_QUOTE = 2;
export const CLOSE_QUOTE = 4;
export const ABBREVIATION_LAST = 8;

/** One Russian term of the glossary. */
export interface IndexedTerm {
  conceptId: number;
  termId: number;
  /** The words as written. */
  words: string[];
  /** Bit k set: word k must start with a capital in the text. */
  capitals: number;
  flags: number;
}

// Names, places and organisations are capitalised in Russian: Орёл the town is not орёл the bird.
const CAPITALISED_TYPES: ReadonlySet<ConceptType> = new Set(['person', 'place', 'organization']);

// Words that are forms of nothing else: после is a preposition far more often than the
// prepositional of посол. They match only a term word spelt the same.
const FUNCTION_WORDS = new Set(
  ('после перед между через около возле вокруг против среди кроме вместо ради для без под над при про ' +
    'или если чтобы тоже также уже еще когда тогда где там тут так как все его ее их ним ней нем них ' +
    'это эти этот эта том тем того тех чем чего кто что она они оно мне нам вам вас нас').split(' '),
);

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

interface WordHints {
  proper: boolean;
  person: boolean;
  female: boolean;
  firstName: boolean;
  /** A common word (any word of a title or other term, a lower-case word of a name). */
  common: boolean;
}

/**
 * Numbers under string keys. Most keys hold a single number, kept as is; an array only appears
 * when a second one arrives, which spares the collector tens of thousands of one-element arrays.
 */
class NumberMultimap {
  private readonly map = new Map<string, number | number[]>();

  get size(): number {
    return this.map.size;
  }

  add(key: string, value: number): void {
    const old = this.map.get(key);
    if (old === undefined) this.map.set(key, value);
    else if (typeof old === 'number') this.map.set(key, [old, value]);
    else old.push(value);
  }

  get(key: string): number | readonly number[] | undefined {
    return this.map.get(key);
  }
}

function each(values: number | readonly number[] | undefined, visit: (value: number) => void): void {
  if (values === undefined) return;
  if (typeof values === 'number') visit(values);
  else for (const v of values) visit(v);
}

// Stem entries pack the word id with the index of its ending set.
const SET_BITS = 64;

export class TermIndex {
  readonly terms: IndexedTerm[] = [];
  /** Per pattern: its term, its kind, and the order of the term's words it follows. */
  readonly patternTerm: number[] = [];
  readonly patternKind: number[] = [];
  readonly patternOrder: number[][] = [];

  private readonly morphology: Morphology;
  /** Folded spelling → id * 32 + variant of the first word seen with it. */
  private readonly wordIds = new Map<string, number>();
  /** The same spelling declining another way (a proper and a common reading): "spelling|variant" → id. */
  private readonly otherVariants = new Map<string, number>();
  private wordCount = 0;
  private readonly stems = new NumberMultimap();
  private readonly endingSets: ReadonlySet<string>[] = [];
  private readonly endingSetIndex = new Map<ReadonlySet<string>, number>();
  private readonly keys = new NumberMultimap();
  private readonly forms = new NumberMultimap();
  private readonly spelt = new NumberMultimap();
  private readonly abbreviations = new Map<string, number>();
  private readonly lookupCache = new Map<string, readonly number[]>();
  // Trie edges: most nodes have at most one child (a surname ends a name), so a node keeps its only
  // child in two arrays and gets a map when it has more (the root, a common first name).
  private readonly onlyWord: number[] = [-1];
  private readonly onlyChild: number[] = [-1];
  private readonly children = new Map<number, Map<number, number>>();
  private readonly terminal: number[] = [-1];
  private readonly moreTerminals = new Map<number, number[]>();
  private readonly patronymicNodes = new Set<number>();
  private readonly orders = new Map<number, number[]>();
  private nodes = 1;

  constructor(morphology: Morphology) {
    this.morphology = morphology;
  }

  get size(): number {
    return this.patternTerm.length;
  }

  child(node: number, word: number): number | undefined {
    if (this.onlyWord[node] === word) return this.onlyChild[node];
    return this.children.get(node)?.get(word);
  }

  private addChild(node: number, word: number): number {
    const existing = this.child(node, word);
    if (existing !== undefined) return existing;
    const next = this.nodes++;
    this.terminal.push(-1);
    this.onlyWord.push(-1);
    this.onlyChild.push(-1);
    if (this.onlyWord[node] < 0 && !this.children.has(node)) {
      this.onlyWord[node] = word;
      this.onlyChild[node] = next;
      return next;
    }
    let map = this.children.get(node);
    if (!map) {
      map = new Map([[this.onlyWord[node], this.onlyChild[node]]]);
      this.children.set(node, map);
      this.onlyWord[node] = -1;
      this.onlyChild[node] = -1;
    }
    map.set(word, next);
    return next;
  }

  /** Patterns ending at a node. */
  terminals(node: number): readonly number[] | null {
    const first = this.terminal[node];
    if (first < 0) return null;
    return this.moreTerminals.get(node) ?? [first];
  }

  /** A patronymic may stand after this node's word (Родион Валерьевич Мирошник). */
  allowsPatronymic(node: number): boolean {
    return this.patronymicNodes.has(node);
  }

  addConcepts(concepts: MatchableConcept[]): void {
    for (const concept of concepts) {
      for (const term of concept.terms) if (term.lang === 'ru') this.addTerm(concept, term.id, term.text, term.caseSensitive);
    }
  }

  private addTerm(concept: MatchableConcept, termId: number, text: string, caseSensitive: boolean): void {
    const words = text.match(WORD);
    if (!words) return;
    const n = words.length;
    const trimmed = text.trim();
    const capitalised = CAPITALISED_TYPES.has(concept.type);
    let capitals = 0;
    if (capitalised) for (let k = 0; k < Math.min(n, 31); k++) if (startsUpper(words[k])) capitals |= 1 << k;
    const flags =
      (caseSensitive ? CASE_SENSITIVE : 0) |
      (OPEN_QUOTES.includes(trimmed[0]) ? OPEN_QUOTE : 0) |
      (CLOSE_QUOTES.includes(trimmed[trimmed.length - 1]) ? CLOSE_QUOTE : 0) |
      (isAbbreviation(words[n - 1]) ? ABBREVIATION_LAST : 0);
    const termIndex = this.terms.length;
    this.terms.push({ conceptId: concept.id, termId, words, capitals, flags });

    const person = concept.type === 'person' ? nameParts(words) : null;
    const female = person?.sex === 'female';
    const ids = new Array<number>(n);
    for (let k = 0; k < n; k++) {
      const word = words[k];
      const firstName = person !== null && k === person.first;
      ids[k] = this.wordId(word, {
        proper: startsUpper(word),
        person: concept.type === 'person',
        female: female && (firstName || k === person?.surname),
        firstName,
        common: !capitalised || !startsUpper(word),
      });
    }

    const all = this.order(Array.from({ length: n }, (_, k) => k));
    const firstThenSurname = person !== null && n === 2 && person.first === 0 && person.surname === 1;
    this.addPattern(ids, termIndex, KIND_FULL, all, firstThenSurname);
    if (!person) return;
    // Мирошник Родион; Путин Владимир Владимирович; and Владимир Путин for a name with patronymic.
    const rest: number[] = [];
    for (let k = 0; k < n; k++) if (k !== person.surname) rest.push(k);
    const reversed = person.surname === n - 1 ? [person.surname, ...rest] : [...rest, person.surname];
    this.addPattern(ids, termIndex, KIND_VARIANT, this.order(reversed), false);
    if (person.patronymic !== null && person.first !== null && n === 3) {
      this.addPattern(ids, termIndex, KIND_VARIANT, this.order([person.first, person.surname]), false);
    }
    this.addPattern(ids, termIndex, KIND_SURNAME, this.order([person.surname]), false);
  }

  /** Order arrays are shared: most terms have one to three words, and a glossary repeats their shapes. */
  private order(order: number[]): number[] {
    let key = 0;
    for (const k of order) key = key * 32 + k + 1;
    if (order.length > 6) return order;
    let shared = this.orders.get(key);
    if (!shared) {
      shared = order;
      this.orders.set(key, shared);
    }
    return shared;
  }

  private addPattern(ids: number[], termIndex: number, kind: number, order: number[], patronymicAfterFirst: boolean): void {
    const pattern = this.patternTerm.length;
    this.patternTerm.push(termIndex);
    this.patternKind.push(kind);
    this.patternOrder.push(order);
    let node = 0;
    for (let k = 0; k < order.length; k++) {
      node = this.addChild(node, ids[order[k]]);
      if (k === 0 && patronymicAfterFirst) this.patronymicNodes.add(node);
    }
    if (this.terminal[node] < 0) {
      this.terminal[node] = pattern;
    } else {
      const more = this.moreTerminals.get(node);
      if (more) more.push(pattern);
      else this.moreTerminals.set(node, [this.terminal[node], pattern]);
    }
  }

  private endingSet(endings: ReadonlySet<string>): number {
    let index = this.endingSetIndex.get(endings);
    if (index === undefined) {
      index = this.endingSets.length;
      if (index >= SET_BITS) throw new Error('too many ending sets');
      this.endingSets.push(endings);
      this.endingSetIndex.set(endings, index);
    }
    return index;
  }

  private wordId(word: string, hints: WordHints): number {
    if (isAbbreviation(word)) {
      const cased = foldYo(word);
      let id = this.abbreviations.get(cased);
      if (id === undefined) {
        id = this.wordCount++;
        this.abbreviations.set(cased, id);
      }
      return id;
    }
    const folded = fold(word);
    // One entry per spelling, one id per way the hints make it decline.
    const variant = +hints.proper + 2 * +hints.person + 4 * +hints.female + 8 * +hints.firstName + 16 * +hints.common;
    const first = this.wordIds.get(folded);
    if (first !== undefined && first % 32 === variant) return Math.floor(first / 32);
    const other = first === undefined ? undefined : this.otherVariants.get(folded + '|' + variant);
    if (other !== undefined) return other;
    const id = this.wordCount++;
    if (first === undefined) this.wordIds.set(folded, id * 32 + variant);
    else this.otherVariants.set(folded + '|' + variant, id);
    if (FUNCTION_WORDS.has(folded)) this.spelt.add(folded, id);
    for (const p of paradigmsOf(folded, hints)) this.stems.add(p.stem, id * SET_BITS + this.endingSet(p.endings));
    // Names decline by the rules alone: for people a dictionary lemma or a stem would undo what the
    // name rules know (a woman's surname stays unchanged), and proper names of places and
    // organisations are what dictionaries lack and Snowball cuts wrongly (Киев → "ки"). Lemmas and
    // stems serve the common words.
    if (hints.common) for (const key of this.morphology.normalForms(word)) this.keys.add(key, id);
    if (hints.firstName && /^[А-ЯЁ][а-яё]+$/.test(word)) {
      for (const form of firstNameForms(word, hints.female ? 'female' : null)) this.forms.add(fold(form), id);
    }
    return id;
  }

  /** The term words a text word may be a form of. */
  lookup(raw: string): readonly number[] {
    const cached = this.lookupCache.get(raw);
    if (cached) return cached;
    const found = new Set<number>();
    const add = (id: number) => found.add(id);
    const yo = foldYo(raw);
    if (this.abbreviations.size > 0) {
      const direct = this.abbreviations.get(yo);
      if (direct !== undefined) found.add(direct);
      const split = /^(\p{Lu}{2,})(\p{Ll}{1,3})$/u.exec(yo);
      if (split && ABBREVIATION_ENDINGS.has(split[2])) {
        const id = this.abbreviations.get(split[1]);
        if (id !== undefined) found.add(id);
      }
    }
    const folded = yo.toLowerCase();
    if (FUNCTION_WORDS.has(folded)) {
      each(this.spelt.get(folded), add);
    } else {
      const longest = Math.min(MAX_ENDING, folded.length - 1);
      for (let k = 0; k <= longest; k++) {
        const entries = this.stems.get(k === 0 ? folded : folded.slice(0, folded.length - k));
        if (entries === undefined) continue;
        const ending = k === 0 ? '' : folded.slice(folded.length - k);
        each(entries, (packed) => {
          if (this.endingSets[packed % SET_BITS].has(ending)) found.add(Math.floor(packed / SET_BITS));
        });
      }
      each(this.forms.get(folded), add);
      if (this.keys.size > 0 && /\p{L}/u.test(raw)) {
        for (const key of this.morphology.normalForms(raw)) each(this.keys.get(key), add);
      }
    }
    const result = [...found];
    if (this.lookupCache.size > 200_000) this.lookupCache.clear();
    this.lookupCache.set(raw, result);
    return result;
  }
}
