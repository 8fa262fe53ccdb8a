import { describe, expect, it } from 'vitest';
import { SCHEMES, suggestTransliterations, transliterate } from '../../shared/terms';

describe('transliteration schemes', () => {
  it('offers the named schemes, house style first', () => {
    expect(SCHEMES.map((s) => s.id)).toEqual(['house', 'bgn-pcgn', 'icao-doc-9303', 'wikipedia', 'gost-7.79']);
    for (const s of SCHEMES) expect(s.label.length).toBeGreaterThan(0);
  });

  it('gives the known outputs of each scheme', () => {
    expect(transliterate('Щербакова', 'bgn-pcgn')).toBe('Shcherbakova');
    expect(transliterate('Андрей', 'icao-doc-9303')).toBe('Andrei');
    expect(transliterate('Юлия', 'icao-doc-9303')).toBe('Iuliia');
    expect(transliterate('Андрей', 'bgn-pcgn')).toBe('Andrey');
    expect(transliterate('Юрий', 'wikipedia')).toBe('Yury');
    expect(transliterate('Щербакова', 'gost-7.79')).toBe('Shherbakova');
    expect(transliterate('Хмелёва', 'gost-7.79')).toBe('Xmelyova');
  });

  it('never leaves ё Cyrillic', () => {
    for (const { id } of SCHEMES) {
      const out = transliterate('Ёлкин и Хмелёва, Фёдор', id);
      expect(out, id).not.toMatch(/[ЁёА-я]/);
    }
    expect(transliterate('Хмелёва', 'bgn-pcgn')).toBe('Khmelëva');
    expect(transliterate('Ёлкин', 'bgn-pcgn')).toBe('Yëlkin');
  });

  it('writes house style as English news does', () => {
    expect(transliterate('Андрей Клинцевич', 'house')).toBe('Andrei Klintsevich');
    expect(transliterate('Сергей Лавров', 'house')).toBe('Sergei Lavrov');
    expect(transliterate('Дмитрий Песков', 'house')).toBe('Dmitry Peskov');
    expect(transliterate('Юрий', 'house')).toBe('Yuri');
    expect(transliterate('Владимир Зеленский', 'house')).toBe('Vladimir Zelensky');
    expect(transliterate('Щербакова', 'house')).toBe('Shcherbakova');
    expect(transliterate('Хмелёва', 'house')).toBe('Khmelyova');
    expect(transliterate('Горбачёв', 'house')).toBe('Gorbachev');
    expect(transliterate('Мария', 'house')).toBe('Maria');
    expect(transliterate('Ельцин', 'house')).toBe('Yeltsin');
    expect(transliterate('Юрьев', 'house')).toBe('Yuryev');
  });

  it('leaves Latin text and punctuation alone', () => {
    expect(transliterate('FPV-дроны, 3,5 тыс.', 'house')).toBe('FPV-drony, 3,5 tys.');
  });

  it('suggests each distinct spelling once', () => {
    const s = suggestTransliterations('Наталья Хмелёва');
    expect(s[0]).toEqual({ scheme: 'house', text: 'Natalia Khmelyova' });
    expect(new Set(s.map((x) => x.text)).size).toBe(s.length);
    expect(s.map((x) => x.text)).toContain('Natalya Khmelyova');
    // ICAO gives Natalia too, but with Khmeleva: a different spelling, kept.
    expect(s.find((x) => x.scheme === 'icao-doc-9303')?.text).toBe('Natalia Khmeleva');
    const same = suggestTransliterations('Марко Рубио');
    expect(same).toEqual([{ scheme: 'house', text: 'Marko Rubio' }]);
  });
});
