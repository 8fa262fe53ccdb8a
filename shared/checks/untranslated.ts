import type { Row, RowKind, Severity } from '../model';
import { isMtFooter } from './mt-footer';
import { isBlank, spanIn, wholeSpan } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';
import { allMatches } from './scan';

const MESSAGES = {
  cyrillic: 'findingMessages.untranslated.cyrillic',
  mixedScript: 'findingMessages.untranslated.mixedScript',
  missing: 'findingMessages.untranslated.missing',
} as const;

const CYRILLIC = '[\\p{Script=Cyrillic}\\u0300\\u0301]';
/** Cyrillic words with only spaces or punctuation between them: "Флаги двух стран", "ИЗВЕСТИЯ/Эдуард". */
const CYRILLIC_RUN = new RegExp(`${CYRILLIC}+(?:[\\s\\p{P}]+${CYRILLIC}+)*`, 'gu');
const LATIN_LETTER = /\p{Script=Latin}/u;

/** Russian left in the body of the article is an error; in a button or a credit it matters less. */
const SEVERITY: Partial<Record<RowKind, Severity>> = {
  text: 'error',
  heading: 'error',
  caption: 'error',
  credit: 'warning',
  furniture: 'warning',
};

/** Kinds whose source, when nothing translates it, leaves a hole in the article. */
const MUST_TRANSLATE: readonly RowKind[] = ['text', 'heading'];

function cyrillicLeft(row: Row): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const segment of row.target) {
    const severity = SEVERITY[segment.kind];
    // The translator's footer is the business of extra-text.
    if (!severity || isMtFooter(segment.current)) continue;
    const text = segment.current;
    for (const match of allMatches(CYRILLIC_RUN, text)) {
      const start = match.index!;
      const end = start + match[0].length;
      // A Cyrillic "с" or "о" inside an English word looks right and breaks search and spelling.
      const insideLatinWord = LATIN_LETTER.test(text[start - 1] ?? '') || LATIN_LETTER.test(text[end] ?? '');
      drafts.push({
        check: 'untranslated',
        rule: insideLatinWord ? 'mixed-script' : 'cyrillic',
        severity,
        row: row.position,
        target: spanIn(segment, start, end),
        message: phrase(insideLatinWord ? MESSAGES.mixedScript : MESSAGES.cyrillic, { text: match[0] }),
      });
    }
  }
  return drafts;
}

function notTranslated(row: Row): FindingDraft[] {
  if (!row.target.every(isBlank)) return [];
  return row.source
    .filter((segment) => MUST_TRANSLATE.includes(segment.kind) && !isBlank(segment))
    .map((segment) => ({
      check: 'untranslated' as const,
      rule: 'missing',
      severity: 'error' as const,
      row: row.position,
      source: wholeSpan(segment),
      message: phrase(MESSAGES.missing),
    }));
}

export const untranslatedCheck: Check = {
  id: 'untranslated',
  describe: 'Russian text left in the translation, and original text with no translation at all',
  phraseKeys: Object.values(MESSAGES),
  run(ctx) {
    return withKeys(ctx.rows.flatMap((row) => [...notTranslated(row), ...cyrillicLeft(row)]));
  },
};
