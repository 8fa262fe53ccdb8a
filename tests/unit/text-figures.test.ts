import { describe, expect, it } from 'vitest';
import { extractNumbers } from '../../shared/align';
import { findNumbers } from '../../shared/checks/numbers';
import {
  FIGURE,
  MAGNITUDE_AFTER,
  figureValue,
  magnitudeScale,
  magnitudeWordScale,
  type FigureConvention,
} from '../../shared/text/figures';

const figures = (text: string, convention: FigureConvention) =>
  [...text.matchAll(FIGURE[convention])].map((m) => figureValue(m[0], convention));

describe('figures under each convention', () => {
  it('reads a comma before three digits by the language', () => {
    expect(figures('3,300', 'ru')).toEqual([3.3]);
    expect(figures('3,300', 'en')).toEqual([3300]);
    expect(figures('3,300', 'either')).toEqual([3300]);
    for (const convention of ['ru', 'en', 'either'] as const) expect(figures('3,5', convention)).toEqual([3.5]);
  });

  it('groups with plain spaces in Russian but not in English', () => {
    expect(figures('1 000', 'ru')).toEqual([1000]);
    expect(figures('May 16 100 people', 'en')).toEqual([16, 100]);
    expect(figures('1 000', 'either')).toEqual([1000]);
  });

  it('groups with no-break, narrow no-break and thin spaces everywhere', () => {
    for (const space of ['\u00a0', '\u202f', '\u2009']) {
      for (const convention of ['ru', 'en', 'either'] as const) {
        expect(figures(`12${space}500`, convention), `${convention} ${space.codePointAt(0)}`).toEqual([12500]);
      }
    }
  });

  it('gives the same value to what Russian and English write differently', () => {
    for (const [russian, english] of [
      ['3,5', '3.5'],
      ['1 000', '1,000'],
      ['12\u00a0500,25', '12,500.25'],
    ]) {
      expect(figures(russian, 'ru')).toEqual(figures(english, 'en'));
      expect(figures(russian, 'either')).toEqual(figures(english, 'either'));
      // The check and the aligner read the figure alike.
      expect(findNumbers(russian, 'ru')[0].base).toBe(figures(russian, 'ru')[0]);
      expect(extractNumbers(russian)).toEqual(extractNumbers(english));
    }
  });

  it('does not read a figure out of a word or a longer number in the language-aware conventions', () => {
    expect(figures('ДСНВ-3 и Су34', 'ru')).toEqual([3]);
    expect(figures('12.05.2024', 'ru')).toEqual([]);
    // Without a language a dotted date still gives its year.
    expect(figures('12.05.2024', 'either')).toEqual([12.05, 2024]);
  });
});

describe('magnitude words', () => {
  const after = (text: string, lang: 'ru' | 'en') => {
    const pattern = MAGNITUDE_AFTER[lang];
    pattern.lastIndex = 0;
    const m = pattern.exec(text);
    return m ? magnitudeScale(m[1].replace('.', '')) : null;
  };

  it('reads abbreviations and case forms after a figure', () => {
    expect(after(' тыс. ударов', 'ru')).toBe(1e3);
    expect(after('\u00a0млрд руб.', 'ru')).toBe(1e9);
    expect(after(' миллионами', 'ru')).toBe(1e6);
    expect(after(' ТРЛН', 'ru')).toBe(1e12);
    expect(after(' bn', 'en')).toBe(1e9);
    expect(after(' Million', 'en')).toBe(1e6);
    expect(after(' тысячелетие', 'ru')).toBeNull();
    expect(after(' millionaire', 'en')).toBeNull();
  });

  it('counts only whole words after number words', () => {
    expect(magnitudeWordScale('тысячами', 'ru')).toBe(1e3);
    expect(magnitudeWordScale('миллиарда', 'ru')).toBe(1e9);
    expect(magnitudeWordScale('тыс', 'ru')).toBeNull();
    expect(magnitudeWordScale('trillion', 'en')).toBe(1e12);
    expect(magnitudeWordScale('mln', 'en')).toBeNull();
    expect(magnitudeWordScale('millions', 'en')).toBeNull();
  });
});
