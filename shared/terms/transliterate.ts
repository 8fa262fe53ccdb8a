// Russian → Latin transliteration under the named schemes (iuliia), plus the house scheme.
//
// The house scheme is what English-language news desks print: Wikipedia's letters (Shcherbakova,
// Khmelyova, Vyacheslav) with ей as "ei" (Andrei, Sergei, Alexei), ий/ый at the end as "y"
// (Dmitry, Zelensky), ия at the end as "ia" (Maria, Yulia), ё after ж/ч/ш/щ as "e" (Gorbachev,
// Khrushchev), and a short list of first names with a settled English spelling (Yuri, Alexander,
// Natalia).

import * as iuliia from 'iuliia';
import { RUSSIAN_LATIN } from '../text/cyrillic-latin';

export type SchemeId = 'house' | 'bgn-pcgn' | 'icao-doc-9303' | 'wikipedia' | 'gost-7.79';

export const SCHEMES: { id: SchemeId; label: string }[] = [
  { id: 'house', label: 'House style (Andrei, Yuri, Dmitry, Khmelyova)' },
  { id: 'bgn-pcgn', label: 'BGN/PCGN 1947 (Andrey, Yuriy, Khmelëva)' },
  { id: 'icao-doc-9303', label: 'ICAO Doc 9303, passports (Andrei, Iurii, Khmeleva)' },
  { id: 'wikipedia', label: 'Wikipedia (Andrey, Yury, Khmelyova)' },
  { id: 'gost-7.79', label: 'GOST 7.79-2000 system B (Andrej, Yurij, Xmelyova)' },
];

const VOWEL_LETTERS = 'аеёиоуыэюяъь';

function houseDefinition() {
  // Keys are previous letter + current letter ('' + letter at the start of a word).
  const prev: Record<string, string> = { е: 'ye', ё: 'yo', ей: 'i' };
  for (const v of VOWEL_LETTERS) {
    prev[v + 'е'] = 'ye';
    prev[v + 'ё'] = 'yo';
  }
  for (const c of 'жчшщ') prev[c + 'ё'] = 'e';
  const next: Record<string, string> = {};
  for (const v of 'аиоуыэ') {
    next['ь' + v] = 'y';
    next['ъ' + v] = 'y';
  }
  return {
    name: 'house',
    description: 'House style: Wikipedia letters, Andrei, Dmitry, Maria',
    url: '',
    mapping: { ...RUSSIAN_LATIN },
    prev_mapping: prev,
    next_mapping: next,
    ending_mapping: { ий: 'y', ый: 'y', ия: 'ia' },
    samples: [],
  };
}

const HOUSE = iuliia.Schema.load(houseDefinition());

/** First names whose English spelling is settled by usage rather than by letters. */
const HOUSE_NAMES: Record<string, string> = {
  юрий: 'Yuri',
  александр: 'Alexander',
  александра: 'Alexandra',
  алексей: 'Alexei',
  наталья: 'Natalia',
  наталия: 'Natalia',
  татьяна: 'Tatiana',
  евгений: 'Yevgeny',
  ксения: 'Ksenia',
  илья: 'Ilya',
  софья: 'Sofia',
  дарья: 'Daria',
};

const SCHEMA: Record<Exclude<SchemeId, 'house'>, iuliia.Schema> = {
  'bgn-pcgn': iuliia.BGN_PCGN,
  'icao-doc-9303': iuliia.ICAO_DOC_9303,
  wikipedia: iuliia.WIKIPEDIA,
  'gost-7.79': iuliia.GOST_779_ALT,
};

function matchCase(source: string, latin: string): string {
  if (source === source.toUpperCase() && source.length > 1) return latin.toUpperCase();
  if (source[0] === source[0].toUpperCase()) return latin[0].toUpperCase() + latin.slice(1);
  return latin;
}

function house(text: string): string {
  const named = text.replace(/[А-ЯЁа-яё]+/g, (word) => {
    const settled = HOUSE_NAMES[word.toLowerCase()];
    return settled ? matchCase(word, settled) : word;
  });
  return iuliia.translate(named, HOUSE);
}

export function transliterate(text: string, scheme: SchemeId): string {
  if (scheme === 'house') return house(text);
  const out = iuliia.translate(text, SCHEMA[scheme]);
  // iuliia leaves ё Cyrillic in BGN/PCGN; the standard writes ë there (yë after a vowel, which
  // iuliia already prefixes with y).
  return out.replace(/ё/g, 'ë').replace(/Ё/g, 'Ë');
}

/** The name under every scheme, each distinct spelling once, house style first. */
export function suggestTransliterations(name: string): { scheme: SchemeId; text: string }[] {
  const seen = new Set<string>();
  const out: { scheme: SchemeId; text: string }[] = [];
  for (const { id } of SCHEMES) {
    const text = transliterate(name, id);
    if (seen.has(text)) continue;
    seen.add(text);
    out.push({ scheme: id, text });
  }
  return out;
}
