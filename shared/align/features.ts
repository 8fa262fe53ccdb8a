// What the aligner looks at in one sentence: its length, whether it is a paragraph marker,
// the anchors it may share with its translation (numbers, names, ? and !, the whole line when
// it was left untranslated), and its words
// (prefix-cut, so inflected forms meet) for the lexicon learnt from the texts themselves.
// Anchors and words are interned as small integers: the aligner compares millions of pairs.

import { extractNumbers } from './numbers';
import { matchKey } from './translit';

/** A line holding only this marks a paragraph boundary and counts as a sentence. */
export const PARAGRAPH_MARK = '<p>';

export interface SentenceFeatures {
  length: number;
  paragraph: boolean;
  /**
   * Ends without closing punctuation, like a heading, a caption or a line of page furniture.
   * Such a line is a unit of its own and seldom shares a bead with a neighbour.
   */
  open: boolean;
  /** What the unit is, when a paragraph stands for a unit (text, heading, caption, furniture…). */
  kind?: string;
  /** Anchors (indices into TextFeatures.anchors), each once. */
  anchors: Int32Array;
  /** Words and punctuation tokens (indices into the side's word list), each once. */
  words: Int32Array;
}

export interface TextFeatures {
  source: SentenceFeatures[];
  target: SentenceFeatures[];
  /** Kind-prefixed anchor keys shared by both sides: "n:3.5", "w:mosk", "p:?". */
  anchors: string[];
  /** Each side's distinct word tokens; a sentence's words index these. */
  sourceWords: string[];
  targetWords: string[];
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CAPITALISED = /^\p{Lu}/u;
const QUOTES = /["«»„“”‟]/;
const DIALOGUE_DASH = /^\s*[-–—]\s/;
const WORD_PREFIX = 5;
const MAX_VERBATIM = 120;
const CLOSING = /[.!?…:;,"'»”’)\]\-–—。！？]\s*$/u;

export function isParagraphMark(sentence: string): boolean {
  return sentence.trim() === PARAGRAPH_MARK;
}

interface RawSentence {
  paragraph: boolean;
  open: boolean;
  /** The sentence itself, folded, when short enough to be left untranslated (a caption, a name). */
  verbatim: string;
  length: number;
  tokens: string[];
  numbers: string[];
  punctuation: string[];
}

const NO_STRINGS: string[] = [];

function readSentence(sentence: string): RawSentence {
  const text = sentence.trim();
  if (text === PARAGRAPH_MARK) {
    return {
      paragraph: true,
      open: false,
      verbatim: '',
      length: 0,
      tokens: NO_STRINGS,
      numbers: NO_STRINGS,
      punctuation: NO_STRINGS,
    };
  }
  const punctuation: string[] = [];
  if (text.includes('?')) punctuation.push('?');
  if (text.includes('!')) punctuation.push('!');
  if (QUOTES.test(text)) punctuation.push('"');
  if (DIALOGUE_DASH.test(text)) punctuation.push('-');
  if (text.includes(':')) punctuation.push(':');
  if (text.includes(';')) punctuation.push(';');
  if (text.includes('(')) punctuation.push('(');
  return {
    paragraph: false,
    open: text.length > 0 && !CLOSING.test(text),
    verbatim: text.length <= MAX_VERBATIM && /\p{L}/u.test(text) ? text.toLowerCase().replace(/\s+/g, ' ') : '',
    length: text.length,
    tokens: text.match(WORD) ?? NO_STRINGS,
    numbers: /\d/.test(text) ? extractNumbers(text) : NO_STRINGS,
    punctuation,
  };
}

/** matchKey is regex-heavy and names repeat: each token's key is worked out once. */
function memoKey(cache: Map<string, string>, token: string): string {
  let key = cache.get(token);
  if (key === undefined) cache.set(token, (key = matchKey(token)));
  return key;
}

/**
 * Names are capitalised words that are not merely sentence-initial: a side's name keys are
 * collected from capitalised words in the middle of sentences, and a sentence-initial word
 * counts as a name only if its key is among them ("Henry", but not "The").
 */
function nameKeys(sentences: RawSentence[], cache: Map<string, string>): Set<string> {
  const keys = new Set<string>();
  for (const s of sentences) {
    for (let k = 1; k < s.tokens.length; k++) {
      const token = s.tokens[k];
      if (!CAPITALISED.test(token)) continue;
      const key = memoKey(cache, token);
      if (key.length >= 3) keys.add(key);
    }
  }
  return keys;
}

/** Collects ids for one sentence at a time, each id once, in first-seen order. */
class IdSet {
  private readonly last: number[] = [];
  private readonly ids: number[] = [];
  private stamp = 0;

  start(): void {
    this.stamp += 1;
    this.ids.length = 0;
  }

  add(id: number): void {
    if (this.last[id] !== this.stamp) {
      this.last[id] = this.stamp;
      this.ids.push(id);
    }
  }

  done(): Int32Array {
    return Int32Array.from(this.ids);
  }
}

/** Interns each token once per side: "Morgannak" and "morgan" both become the id of "morga". */
class Vocabulary {
  readonly words: string[] = [];
  private readonly byToken = new Map<string, number>();
  private readonly byWord = new Map<string, number>();

  id(token: string): number {
    let id = this.byToken.get(token);
    if (id === undefined) {
      const word = token.toLowerCase().replace(/ё/g, 'е').slice(0, WORD_PREFIX);
      id = this.byWord.get(word);
      if (id === undefined) {
        id = this.words.length;
        this.words.push(word);
        this.byWord.set(word, id);
      }
      this.byToken.set(token, id);
    }
    return id;
  }
}

/**
 * Features of both sides at once: an anchor is kept only when the other side has it somewhere,
 * since a name that never appears in the translation cannot tell two positions apart.
 */
export function extractFeatures(source: readonly string[], target: readonly string[]): TextFeatures {
  const rawS = source.map(readSentence);
  const rawT = target.map(readSentence);
  const keyCache = new Map<string, string>();
  const namesS = nameKeys(rawS, keyCache);
  const namesT = nameKeys(rawT, keyCache);
  const sharedNames = new Set([...namesS].filter((k) => namesT.has(k)));

  // Anchor keys of one side, each sentence's as a list; a key is built once per distinct token.
  const nameAnchor = new Map<string, string | null>();
  const anchorKeysOf = (s: RawSentence): string[] => {
    const out: string[] = [];
    for (const n of s.numbers) out.push('n:' + n);
    for (const token of s.tokens) {
      let key = nameAnchor.get(token);
      if (key === undefined) {
        const name = CAPITALISED.test(token) ? memoKey(keyCache, token) : '';
        key = sharedNames.has(name) ? 'w:' + name : null;
        nameAnchor.set(token, key);
      }
      if (key !== null) out.push(key);
    }
    for (const p of s.punctuation) if (p === '?' || p === '!') out.push('p:' + p);
    // A line the translation left as it was ("ВСУ", a byline, a title in Latin letters).
    if (s.verbatim) out.push('s:' + s.verbatim);
    return out;
  };
  const keysS = rawS.map(anchorKeysOf);
  const keysT = rawT.map(anchorKeysOf);
  const seenT = new Set<string>();
  for (const keys of keysT) for (const k of keys) seenT.add(k);
  const anchorIds = new Map<string, number>();
  for (const keys of keysS) {
    for (const k of keys) if (seenT.has(k) && !anchorIds.has(k)) anchorIds.set(k, anchorIds.size);
  }

  const build = (raw: RawSentence[], keys: string[][], vocabulary: Vocabulary): SentenceFeatures[] => {
    const anchors = new IdSet();
    const words = new IdSet();
    return raw.map((s, i) => {
      anchors.start();
      for (const k of keys[i]) {
        const id = anchorIds.get(k);
        if (id !== undefined) anchors.add(id);
      }
      words.start();
      for (const token of s.tokens) words.add(vocabulary.id(token));
      for (const p of s.punctuation) words.add(vocabulary.id(p));
      return { length: s.length, paragraph: s.paragraph, open: s.open, anchors: anchors.done(), words: words.done() };
    });
  };
  const vocabularyS = new Vocabulary();
  const vocabularyT = new Vocabulary();
  return {
    source: build(rawS, keysS, vocabularyS),
    target: build(rawT, keysT, vocabularyT),
    anchors: [...anchorIds.keys()],
    sourceWords: vocabularyS.words,
    targetWords: vocabularyT.words,
  };
}
