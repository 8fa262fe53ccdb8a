// Russian morphology from the az dictionaries (OpenCorpora, as in pymorphy2), loaded once from the
// installed package. It gives the dictionary form of known words, which the stems alone cannot:
// послом → посол, Орла → орёл, людей → человек. Words the dictionary lacks (most surnames) fall
// back to the Snowball stem, so the two morphologies agree wherever az has nothing to add.

import Az from 'az';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stemKey, type Morphology } from '../../shared/terms/morphology';

export interface AzOptions {
  /** Where words.dawg and the other dictionary files are; by default the az package's own dicts/. */
  dictsDir?: string;
}

// Only the dictionary analyser: az's guessers for unknown words invent lemmas by cutting
// prefixes (Мирошник → ник), which would pair unrelated words.
const DICTIONARY_ONLY = { parsers: ['Dictionary'] };

let loading: Promise<Morphology> | null = null;

function defaultDictsDir(): string {
  // A CommonJS bundle of the main process has require and no import.meta.url; ESM the reverse.
  const resolve = typeof require === 'function' ? require.resolve : createRequire(import.meta.url).resolve;
  return join(dirname(resolve('az/package.json')), 'dicts');
}

function initAz(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    Az.Morph.init(dir, (error) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve()));
  });
}

function azMorphology(): Morphology {
  return {
    name: 'az',
    normalForms(word: string): string[] {
      const out = new Set<string>();
      for (const parse of Az.Morph(word, DICTIONARY_ONLY)) {
        out.add(parse.normalize().word.toLowerCase().replace(/ё/g, 'е'));
      }
      out.add(stemKey(word));
      return [...out];
    },
  };
}

/** The az morphology, its dictionaries read on the first call (≈ 0.3 s) and shared afterwards. */
export function loadAzMorphology(options: AzOptions = {}): Promise<Morphology> {
  if (!loading) {
    loading = initAz(options.dictsDir ?? defaultDictsDir()).then(azMorphology, (error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}
