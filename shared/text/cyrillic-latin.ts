// Cyrillic letters in Latin, one table for every use: the house transliteration scheme
// (shared/terms/transliterate.ts) spells names with it, and the aligner's name anchors
// (shared/align/translit.ts) compare Russian and English names through it.

/**
 * Russian letters one by one as English-language news spells them (Wikipedia's letters:
 * Shcherbakova, Khmelyova, Vyacheslav). Context rules (ye after a vowel, ий at the end) belong to
 * the schemes built on it.
 */
export const RUSSIAN_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Ukrainian, Belarusian and Serbian letters, which show up in names in Russian news. */
export const OTHER_CYRILLIC_LATIN: Readonly<Record<string, string>> = {
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

/**
 * Every Cyrillic letter for matching names across scripts. ё reads as е: Russian text mostly
 * writes е for it, and Хрущёв must meet Хрущев and Khrushchev alike.
 */
export const LOOSE_LATIN: Readonly<Record<string, string>> = {
  ...RUSSIAN_LATIN,
  ...OTHER_CYRILLIC_LATIN,
  ё: 'e',
};
