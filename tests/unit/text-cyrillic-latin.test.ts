import { describe, expect, it } from 'vitest';
import { matchKey, transliterate as looseLatin } from '../../shared/align';
import { transliterate } from '../../shared/terms';
import { LOOSE_LATIN, OTHER_CYRILLIC_LATIN, RUSSIAN_LATIN } from '../../shared/text/cyrillic-latin';

const RUSSIAN_ALPHABET = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюя';

describe('Cyrillic letters in Latin', () => {
  it('spells every Russian letter in plain Latin letters', () => {
    expect(Object.keys(RUSSIAN_LATIN).sort().join('')).toBe([...RUSSIAN_ALPHABET].sort().join(''));
    for (const latin of Object.values(LOOSE_LATIN)) expect(latin).toMatch(/^[a-z]*$/);
  });

  it('leaves no Cyrillic in the house scheme or in the loose reading', () => {
    const text = RUSSIAN_ALPHABET + RUSSIAN_ALPHABET.toUpperCase();
    expect(transliterate(text, 'house')).not.toMatch(/\p{Script=Cyrillic}/u);
    expect(looseLatin(text + Object.keys(OTHER_CYRILLIC_LATIN).join(''))).not.toMatch(/\p{Script=Cyrillic}/u);
  });

  it('spells letters the same way in both, but for ё, which the loose reading takes as е', () => {
    expect(transliterate('Щербакова Мирошник', 'house')).toBe('Shcherbakova Miroshnik');
    expect(looseLatin('Щербакова Мирошник')).toBe('shcherbakova miroshnik');
    expect(transliterate('Хмелёва', 'house')).toBe('Khmelyova');
    expect(looseLatin('Хмелёва')).toBe('khmeleva');
  });

  it('lets names written with and without ё, and in other Cyrillic alphabets, meet their English', () => {
    expect(matchKey('Хрущёв')).toBe(matchKey('Хрущев'));
    expect(matchKey('Хрущёв')).toBe(matchKey('Khrushchev'));
    expect(matchKey('Київ')).toBe(matchKey('Kyiv'));
    expect(matchKey('Шойгу')).toBe(matchKey(transliterate('Шойгу', 'house')));
  });
});
