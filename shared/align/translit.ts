// A deliberately loose Cyrillic → Latin mapping, used only to compare names across scripts.
// Exactness does not matter here; what matters is that "Шойгу" and "Shoigu", "Москва" and
// "Moscow" land on the same matching key once `matchKey` has folded the spelling variants.

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'i',
  к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  // Ukrainian, Belarusian and Serbian letters show up in names in Russian news.
  є: 'ye', і: 'i', ї: 'yi', ґ: 'g', ў: 'u', ђ: 'dj', ј: 'j', љ: 'lj', њ: 'nj', ћ: 'c', џ: 'dz',
};

/** Lower-cases and transliterates Cyrillic letters; other characters pass through. */
export function transliterate(word: string): string {
  const lower = word.toLowerCase();
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out;
}

/**
 * A spelling-tolerant key for comparing a word with its counterpart in another language:
 * transliterated, accents dropped, letters that transliteration schemes and languages swap
 * (y/i/j, w/v, c/k/q, kh/h) folded, doubled letters squeezed, then cut to a prefix so that
 * inflected forms (Morgannak, Клинцевичу) meet their base form.
 */
export function matchKey(word: string, prefix = 4): string {
  const folded = transliterate(word)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/[cq]/g, 'k')
    .replace(/(.)\1+/g, '$1');
  return folded.slice(0, prefix);
}
