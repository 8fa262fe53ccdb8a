// The part of Az.js (the az package, a port of pymorphy2) that the term code uses.

declare module 'az' {
  interface AzTag {
    toString(): string;
    readonly POS?: string;
    readonly CAse?: string;
    readonly [grammeme: string]: unknown;
  }

  interface AzParse {
    /** The form as parsed, lower case. */
    readonly word: string;
    readonly tag: AzTag;
    readonly score: number;
    /** Which analyser produced the parse: 'Dictionary' for known words, others guess. */
    parser: string;
    normalize(keepPos?: boolean): AzParse;
    inflect(grammemes: string[] | AzTag): AzParse | false;
  }

  interface AzConfig {
    ignoreCase?: boolean;
    replacements?: Record<string, string>;
    stutter?: number;
    typos?: number | 'auto';
    parsers?: string[];
    forceParse?: boolean;
    normalizeScore?: boolean;
  }

  interface AzMorph {
    (word: string, config?: AzConfig): AzParse[];
    init(path: string, callback: (error: unknown, morph?: AzMorph) => void): void;
  }

  const Az: { Morph: AzMorph };
  export default Az;
}
