// Common nouns that head a name (Белгородская область, клуб «Валдай», Центр изучения ...),
// with their gender, so that adjectives can be put back into the nominative, and their usual
// English, so that the rendering can be looked for in the translation.

import { formOf, paradigmsOf } from './paradigm';
import { fold } from './text';

export type Gender = 'm' | 'f' | 'n';

export interface GenericNoun {
  ru: string;
  gender: Gender;
  en: string[];
}

export const GEO_NOUNS: GenericNoun[] = [
  { ru: 'область', gender: 'f', en: ['region', 'oblast'] },
  { ru: 'край', gender: 'm', en: ['territory', 'krai', 'region'] },
  { ru: 'округ', gender: 'm', en: ['district', 'okrug', 'area'] },
  { ru: 'район', gender: 'm', en: ['district', 'area'] },
  { ru: 'республика', gender: 'f', en: ['republic'] },
  { ru: 'федерация', gender: 'f', en: ['federation'] },
  { ru: 'водохранилище', gender: 'n', en: ['reservoir'] },
  { ru: 'море', gender: 'n', en: ['sea'] },
  { ru: 'озеро', gender: 'n', en: ['lake'] },
  { ru: 'река', gender: 'f', en: ['river'] },
  { ru: 'залив', gender: 'm', en: ['gulf', 'bay'] },
  { ru: 'пролив', gender: 'm', en: ['strait'] },
  { ru: 'остров', gender: 'm', en: ['island'] },
  { ru: 'полуостров', gender: 'm', en: ['peninsula'] },
  { ru: 'улица', gender: 'f', en: ['street'] },
  { ru: 'проспект', gender: 'm', en: ['avenue', 'prospekt'] },
  { ru: 'площадь', gender: 'f', en: ['square'] },
  { ru: 'канал', gender: 'm', en: ['canal'] },
  { ru: 'аэропорт', gender: 'm', en: ['airport'] },
  { ru: 'мост', gender: 'm', en: ['bridge'] },
];

export const ORG_NOUNS: GenericNoun[] = [
  { ru: 'клуб', gender: 'm', en: ['club'] },
  { ru: 'компания', gender: 'f', en: ['company'] },
  { ru: 'газета', gender: 'f', en: ['newspaper', 'daily'] },
  { ru: 'издание', gender: 'n', en: ['outlet', 'publication'] },
  { ru: 'партия', gender: 'f', en: ['party'] },
  { ru: 'движение', gender: 'n', en: ['movement'] },
  { ru: 'фонд', gender: 'm', en: ['foundation', 'fund'] },
  { ru: 'центр', gender: 'm', en: ['center', 'centre'] },
  { ru: 'холдинг', gender: 'm', en: ['holding'] },
  { ru: 'концерн', gender: 'm', en: ['concern', 'group'] },
  { ru: 'агентство', gender: 'n', en: ['agency'] },
  { ru: 'банк', gender: 'm', en: ['bank'] },
  { ru: 'завод', gender: 'm', en: ['plant', 'factory', 'works'] },
  { ru: 'группировка', gender: 'f', en: ['group'] },
  { ru: 'телеканал', gender: 'm', en: ['channel', 'tv'] },
  { ru: 'журнал', gender: 'm', en: ['magazine', 'journal'] },
  { ru: 'радиостанция', gender: 'f', en: ['radio'] },
  { ru: 'корпорация', gender: 'f', en: ['corporation'] },
  { ru: 'госкорпорация', gender: 'f', en: ['corporation'] },
  { ru: 'объединение', gender: 'n', en: ['association', 'alliance'] },
  { ru: 'организация', gender: 'f', en: ['organization', 'organisation'] },
  { ru: 'ассоциация', gender: 'f', en: ['association'] },
  { ru: 'союз', gender: 'm', en: ['union', 'alliance'] },
  { ru: 'форум', gender: 'm', en: ['forum'] },
  { ru: 'институт', gender: 'm', en: ['institute'] },
  { ru: 'университет', gender: 'm', en: ['university'] },
  { ru: 'министерство', gender: 'n', en: ['ministry'] },
  { ru: 'совет', gender: 'm', en: ['council'] },
  { ru: 'комитет', gender: 'm', en: ['committee'] },
  { ru: 'служба', gender: 'f', en: ['service'] },
  { ru: 'управление', gender: 'n', en: ['directorate', 'department', 'administration'] },
  { ru: 'академия', gender: 'f', en: ['academy'] },
  { ru: 'операция', gender: 'f', en: ['operation'] },
  { ru: 'проект', gender: 'm', en: ['project'] },
  { ru: 'фестиваль', gender: 'm', en: ['festival'] },
  { ru: 'премия', gender: 'f', en: ['prize', 'award'] },
];

/** Organisation nouns written with a capital that head a genitive chain: Центр изучения ... */
export const ORG_HEADS = new Set(['центр', 'институт', 'министерство', 'фонд', 'совет', 'комитет', 'служба',
  'управление', 'агентство', 'университет', 'академия', 'союз', 'организация', 'ассоциация']);

const paradigmCache = new Map<string, ReturnType<typeof paradigmsOf>>();

function paradigmsOfNoun(ru: string) {
  let p = paradigmCache.get(ru);
  if (!p) {
    p = paradigmsOf(ru, { proper: false });
    paradigmCache.set(ru, p);
  }
  return p;
}

/** The generic noun a word form belongs to (области → область), or null. */
export function genericOf(word: string, nouns: GenericNoun[]): GenericNoun | null {
  const folded = fold(word);
  for (const noun of nouns) {
    if (folded[0] !== noun.ru[0]) continue;
    if (paradigmsOfNoun(noun.ru).some((p) => formOf(folded, p))) return noun;
  }
  return null;
}

const ADJECTIVE_ENDINGS = ['ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ым', 'им', 'ом', 'ем', 'ую', 'юю', 'ей', 'ою', 'ею', 'ых', 'их'];

/** Белгородской, Народной, Луганскую: a capitalised word with an adjective's ending. */
export function adjectiveStem(word: string): string | null {
  const lower = word.toLowerCase();
  for (const e of ADJECTIVE_ENDINGS) {
    if (lower.endsWith(e) && lower.length - e.length >= 3) return word.slice(0, word.length - e.length);
  }
  return null;
}

/** An adjective in the nominative singular of a gender: Белгородской + f → Белгородская. */
export function adjectiveNominative(word: string, gender: Gender): string {
  const stem = adjectiveStem(word);
  if (stem === null) return word;
  const velar = /[кгхжшчщ]$/i.test(stem);
  const upper = word === word.toUpperCase();
  const ending = gender === 'f' ? 'ая' : gender === 'n' ? 'ое' : velar ? 'ий' : 'ый';
  return stem + (upper ? ending.toUpperCase() : ending);
}

/** The noun's nominative with the capitalisation of the form seen in the text. */
export function withCaseOf(seen: string, nominative: string): string {
  return seen[0] === seen[0].toUpperCase() ? nominative[0].toUpperCase() + nominative.slice(1) : nominative;
}
