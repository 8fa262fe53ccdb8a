import { describe, expect, it } from 'vitest';
import {
  foldCase,
  foldCharsForMatching,
  foldForMatching,
  foldForMatchingWithOffsets,
  normaliseImported,
} from '../../shared/text/normalise';

describe('normaliseImported', () => {
  it('turns CRLF, CR and Unicode line separators into LF', () => {
    expect(normaliseImported('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
    expect(normaliseImported('a\u2028b\u2029c')).toBe('a\nb\n\nc');
    expect(normaliseImported('a\u000bb\u000cc\u0085d')).toBe('a\nb\nc\nd');
  });

  it('strips the BOM, also in the middle of concatenated text', () => {
    expect(normaliseImported('\ufeffПривет')).toBe('Привет');
    expect(normaliseImported('один\n\ufeffдва')).toBe('один\nдва');
  });

  it('removes zero-width characters, soft hyphens, bidi marks and stray controls', () => {
    expect(normaliseImported('Мирош\u00adник')).toBe('Мирошник');
    expect(normaliseImported('Клин\u200bце\u200cвич\u2060')).toBe('Клинцевич');
    expect(normaliseImported('\u200eKiev\u200f\u202aA\u202c')).toBe('KievA');
    expect(normaliseImported('a\u0000b\u0007c\u007fd\u009be')).toBe('abcde');
  });

  it('keeps a zero-width joiner that glues an emoji sequence, drops it elsewhere', () => {
    const family = '\u{1f468}\u200d\u{1f469}\u200d\u{1f467}';
    expect(normaliseImported(family)).toBe(family);
    expect(normaliseImported('Пу\u200dтин')).toBe('Путин');
  });

  it('keeps no-break spaces and turns other odd spaces into plain ones', () => {
    expect(normaliseImported('3,5\u00a0тыс. В.\u202fВ. Путин')).toBe('3,5\u00a0тыс. В.\u202fВ. Путин');
    expect(normaliseImported('a\u2002b\u2003c\u2009d\u3000e\u205ff')).toBe('a b c d e f');
  });

  it('keeps tabs and leading spaces inside lines', () => {
    expect(normaliseImported('\tАбзац\n  отступ')).toBe('\tАбзац\n  отступ');
  });

  it('trims trailing whitespace on every line, no-break spaces included', () => {
    expect(normaliseImported('Строка \t\nДругая\u00a0\u00a0\r\nТретья   ')).toBe('Строка\nДругая\nТретья');
  });

  it('composes decomposed letters (NFC)', () => {
    expect(normaliseImported('е\u0308ж и\u0306од')).toBe('ёж йод');
  });

  it('keeps blank lines, which separate paragraphs', () => {
    expect(normaliseImported('a\n\n\nb')).toBe('a\n\n\nb');
  });
});

describe('foldForMatching', () => {
  it('folds ё to е in both cases and keeps the case', () => {
    expect(foldForMatching('Ёлки и всё')).toBe('Елки и все');
  });

  it('makes typographic quotes plain', () => {
    expect(foldForMatching('«Известия» „Ъ“ “Izvestia” ‘a’ ‹b›')).toBe('"Известия" "Ъ" "Izvestia" \'a\' \'b\'');
  });

  it('folds dashes and the minus sign to a hyphen', () => {
    expect(foldForMatching('a–b—c‒d−e―f‐g‑h')).toBe('a-b-c-d-e-f-g-h');
  });

  it('collapses runs of whitespace, no-break spaces included, without trimming', () => {
    expect(foldForMatching(' Родион \u00a0 Мирошник\t\n сказал ')).toBe(' Родион Мирошник сказал ');
  });

  it('drops stress marks and invisible characters', () => {
    expect(foldForMatching('за\u0301мок Мирош\u00adник')).toBe('замок Мирошник');
  });

  it('does not lower the case', () => {
    expect(foldForMatching('МИД РФ')).toBe('МИД РФ');
  });
});

describe('foldCharsForMatching', () => {
  it('folds one character into one, so offsets stay valid', () => {
    const text = '«Ёлки» —\u00a0ёж\t–\u00a0край';
    const folded = foldCharsForMatching(text);
    expect(folded).toBe('"Елки" - еж - край');
    expect(folded.length).toBe(text.length);
  });

  it('does not collapse whitespace', () => {
    expect(foldCharsForMatching('a \u00a0b')).toBe('a  b');
  });
});

describe('foldForMatchingWithOffsets', () => {
  it('gives the same text as foldForMatching', () => {
    const text = ' «Ёж»  и\u00a0\u00a0за\u0301мок — Мирош\u00adник\n';
    expect(foldForMatchingWithOffsets(text).text).toBe(foldForMatching(text));
  });

  it('maps a span found in the fold back to the original', () => {
    const text = 'Посол  Родион\u00a0\u00a0Мирош\u00adник, «Известия»';
    const { text: folded, offsets } = foldForMatchingWithOffsets(text);
    const start = folded.indexOf('Родион Мирошник');
    const end = start + 'Родион Мирошник'.length;
    expect(text.slice(offsets[start], offsets[end - 1] + 1)).toBe('Родион\u00a0\u00a0Мирош\u00adник');
    expect(offsets[folded.length]).toBe(text.length);
  });
});

describe('foldCase', () => {
  it('lowers Russian and English', () => {
    expect(foldCase('МИД России и U.S. State Department')).toBe('мид россии и u.s. state department');
  });

  it('keeps the length when a lower case would be longer', () => {
    const text = 'İstanbul';
    expect(foldCase(text)).toHaveLength(text.length);
    expect(foldCase(text)).toBe('İstanbul');
  });
});
