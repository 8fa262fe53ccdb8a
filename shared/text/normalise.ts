// Two different jobs live here and must not be confused:
//  - normaliseImported cleans a text once, on import; its result is what the user sees and edits.
//  - the fold* functions make throw-away copies for comparing and searching, never for display.

/**
 * Invisible characters that only get in the way once a text is imported: the BOM (also mid-text,
 * where it survives concatenated files), zero-width space, non-joiner, word joiner, soft hyphen
 * (web pages sprinkle it inside long words), bidi marks and embeddings, and C0/C1 controls other
 * than tab and line feed. A zero-width joiner is kept after an emoji, where it glues a sequence.
 */
const INVISIBLE =
  /[\ufeff\u200b\u200c\u2060\u00ad\u200e\u200f\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f]|(?<![\p{Extended_Pictographic}\ufe0f\u{1f3fb}-\u{1f3ff}])\u200d/gu;

/**
 * Spaces with no typographic meaning of their own, turned into plain spaces. No-break spaces
 * (U+00A0, U+202F, U+2007) are kept: Russian typography binds "3,5 тыс.", "В. В. Путин" and the
 * dash before a speech tag with them, and a typography check may want to see them. Every other
 * module treats them as ordinary whitespace.
 */
const ODD_SPACES = /[\u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]/g;

const LINE_BREAKS = /\r\n?|[\u0085\u2028\u000b\u000c]/g;
const TRAILING_SPACE = /[^\S\n]+$/gm;

/**
 * Cleans imported text: NFC (decomposed й and ё from some Mac sources would otherwise never match
 * a glossary), LF line endings, invisible characters removed, odd spaces made plain, trailing
 * whitespace on each line trimmed.
 */
export function normaliseImported(text: string): string {
  return text
    .normalize('NFC')
    .replace(LINE_BREAKS, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(TRAILING_SPACE, '');
}

/** One character in, one character out: every replacement is a single UTF-16 unit. */
const FOLDED: Record<string, string> = {
  'ё': 'е', 'Ё': 'Е',
  '«': '"', '»': '"', '„': '"', '“': '"', '”': '"', '‟': '"', '″': '"', '〝': '"', '〞': '"', '＂': '"',
  '‘': "'", '’': "'", '‚': "'", '‛': "'", '′': "'", '‹': "'", '›': "'", '＇': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '—': '-', '―': '-', '−': '-', '﹘': '-', '﹣': '-', '－': '-',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLDED).join('')}]|[^\\S ]`, 'g');
const foldOne = (c: string): string => FOLDED[c] ?? ' ';

/**
 * Characters dropped by the collapsing folds: the invisible ones above and the combining acute
 * accent Russian uses for stress marks (за́мок must match замок).
 */
const IGNORABLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u200e\u200f\u0301]/;
const IGNORABLE_ALL = new RegExp(IGNORABLE.source, 'g');

/**
 * The length-preserving fold: ё→е, typographic quotes to straight ones, dashes and minus to '-',
 * each whitespace character (NBSP included) to one plain space. Same UTF-16 length and the same
 * offsets as the input, so a match found in the fold is a match at the same place in the text.
 * Case is kept; see foldCase.
 */
export function foldCharsForMatching(text: string): string {
  return text.replace(FOLDABLE, foldOne);
}

/**
 * The fold for comparisons: foldCharsForMatching, plus stress marks and invisible characters
 * dropped and runs of whitespace collapsed to one space (not trimmed). The length changes where
 * whitespace collapses or characters drop; use foldForMatchingWithOffsets to map spans back.
 */
export function foldForMatching(text: string): string {
  return foldCharsForMatching(text.replace(IGNORABLE_ALL, '')).replace(/ {2,}/g, ' ');
}

export interface FoldedText {
  text: string;
  /**
   * offsets[i] is the index in the original of folded character i; offsets[text.length] is the
   * original length, so a folded span [s, e) is the original span [offsets[s], offsets[e - 1] + 1).
   */
  offsets: number[];
}

/** foldForMatching, with the way back to the original. */
export function foldForMatchingWithOffsets(text: string): FoldedText {
  const out: string[] = [];
  const offsets: number[] = [];
  let lastWasSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (IGNORABLE.test(c)) continue;
    const folded = FOLDED[c] ?? (/\s/.test(c) ? ' ' : c);
    if (folded === ' ') {
      if (lastWasSpace) continue;
      lastWasSpace = true;
    } else {
      lastWasSpace = false;
    }
    out.push(folded);
    offsets.push(i);
  }
  offsets.push(text.length);
  return { text: out.join(''), offsets };
}

/**
 * Lower case without changing the length: a character whose lower case is longer (İ → i̇) is kept
 * as it is, so offsets computed on the folded text stay valid.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}
