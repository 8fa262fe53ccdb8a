// Which endings a glossary word can take, guessed from its dictionary form.
//
// Glossary terms are written in the nominative, so the ending of the written form tells the
// declension: Белгородская → adjective, Мирошник → hard masculine, Наталья → -ья, Рубио →
// indeclinable. Each guess is a stem plus the endings that may follow it, the union over the
// genders and cases the form allows. A text word then matches when it splits into a known stem
// and one of that stem's endings, which needs a handful of hash look-ups per text word and
// nothing from a dictionary, so unknown surnames work as well as common words.

export interface Paradigm {
  stem: string;
  endings: ReadonlySet<string>;
}

export interface WordHints {
  /** The word is written with a capital: a name, whose indeclinable forms are kept apart. */
  proper: boolean;
  /** The word belongs to a woman's name: surnames ending in a consonant do not decline then. */
  female?: boolean;
  /** The word is part of a person's name: foreign names in -о (Марко, Рубио) do not decline. */
  person?: boolean;
}

const set = (...endings: string[]): ReadonlySet<string> => new Set(endings);

const ADJECTIVE = set(
  'ый', 'ий', 'ой', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие',
  'ого', 'его', 'ому', 'ему', 'ым', 'им', 'ом', 'ем',
  'ую', 'юю', 'ей', 'ою', 'ею', 'ых', 'их', 'ыми', 'ими',
);
/** Masculine nouns ending in a consonant, hard and hushing stems together (Мирошник, Клинцевич). */
const HARD = set('', 'а', 'у', 'ом', 'ем', 'е', 'ы', 'и', 'ов', 'ев', 'ей', 'ам', 'ами', 'ах');
/** Surnames and towns in -ов/-ев/-ин/-ын: Песковым (surname) and Киевом, Ростовом (town). */
const POSSESSIVE_NAME = set('', 'а', 'у', 'ым', 'ом', 'е', 'ы', 'ых', 'ыми');
/** Nouns in -й: Андрей, Валдай, герой, and the noun reading of -ий/-ой (Дмитрий). */
const SOFT_J = set('й', 'я', 'ю', 'ем', 'е', 'и', 'ев', 'ям', 'ями', 'ях', 'ей');
/** Nouns in -ь, masculine (Кремль) and feminine (область) together. */
const SOFT_SIGN = set('ь', 'я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях', 'ью');
/** Nouns in -а, feminine and masculine (Третьяковка, Хмелёва, Никита). */
const A_COMMON = set('а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ею', 'ам', 'ами', 'ах', 'ям', '');
// A name never shows its genitive plural, and Захаров must not match Захарова's zero ending.
const A_PROPER = set('а', 'ы', 'и', 'е', 'у', 'ой', 'ою', 'ей', 'ею', 'ам', 'ами', 'ах');
/** Nouns in -я, -ия, -ья (Наталья, Мария, Известия, армия). */
const YA = set('я', 'и', 'е', 'ю', 'ей', 'ею', 'ям', 'ями', 'ях', 'ь', 'й');
const NEUTER_O = set('о', 'а', 'у', 'ом', 'е', 'ам', 'ами', 'ах', '');
const NEUTER_E = set('е', 'я', 'ю', 'ем', 'и', 'ей', 'ям', 'ями', 'ях', 'й');
const MYA = set('мя', 'мени', 'менем', 'мена', 'мен', 'менам', 'менами', 'менах');
const PLURAL_Y = set('ы', 'ов', 'ам', 'ами', 'ах', '', 'и', 'ей');
const PLURAL_I = set('и', 'ей', 'ям', 'ями', 'ях', 'ов', 'ам', 'ами', 'ах', 'ий');
const INDECLINABLE = set('');
/** The stem of a word with a fleeting vowel is never seen bare: посл-а, but not "посл". */
const HARD_OBLIQUE = set('а', 'у', 'ом', 'ем', 'е', 'ы', 'и', 'ов', 'ев', 'ей', 'ам', 'ами', 'ах');
const SOFT_OBLIQUE = set('я', 'ю', 'ем', 'е', 'и', 'ей', 'ям', 'ями', 'ях');

/** The plural of nouns of every declension, for a term word given in an oblique plural. */
const PLURAL_ANY = set('ы', 'и', 'а', 'я', 'ов', 'ев', 'ей', 'ам', 'ям', 'ами', 'ями', 'ах', 'ях', '');

/** Endings after an abbreviation written with a case ending: МИДа, МИДом, МИД-а. */
export const ABBREVIATION_ENDINGS = set('а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах');

/** The longest ending of any paradigm: a text word is split at most this far from its end. */
export const MAX_ENDING = 5;

const VOWELS = new Set([...'аеёиоуыэюя']);
const CONSONANT = /[бвгджзйклмнпрстфхцчшщ]$/;
// Stems whose last vowel drops in the other cases: посол/посла, Орёл/Орла, Павел/Павла,
// Лев/Льва, отец/отца, день/дня, кусок/куска.
const FLEETING = new Set(['ок', 'ек', 'ец', 'ел', 'ол', 'ен', 'ер', 'ев']);

/** The stem without its fleeting vowel, or null when the word has none. */
function withoutFleetingVowel(stem: string): string | null {
  if (stem.length < 3 || !FLEETING.has(stem.slice(-2))) return null;
  const before = stem[stem.length - 3];
  const last = stem[stem.length - 1];
  const head = stem.slice(0, -3);
  if (stem[stem.length - 2] === 'е') {
    if (VOWELS.has(before)) return head + before + 'й' + last; // заяц → зайца, боец → бойца
    if (before === 'л') return head + 'ль' + last; // Лев → Льва, палец → пальца
  }
  if (VOWELS.has(before)) return null;
  return head + before + last;
}

/**
 * The paradigms a dictionary form may belong to (lower case, ё as е). The form itself is always
 * among the forms they produce.
 */
export function paradigmsOf(folded: string, hints: WordHints): Paradigm[] {
  const w = folded;
  const n = w.length;
  if (n <= 2 || !/^[а-я]+$/.test(w)) return [{ stem: w, endings: INDECLINABLE }];
  const out: Paradigm[] = [];
  const add = (strip: number, endings: ReadonlySet<string>) => {
    const stem = w.slice(0, n - strip);
    if (stem.length >= 2) out.push({ stem, endings });
  };
  const last = w[n - 1];
  const last2 = w.slice(-2);

  if (!hints.proper && last2 === 'мя') add(2, MYA);
  if (last2 === 'ия' || last2 === 'ья') add(1, YA);
  else if (last2 === 'ая' || last2 === 'яя' || last2 === 'ое' || last2 === 'ее' || last2 === 'ый' || last2 === 'ые') {
    add(2, ADJECTIVE);
  } else if (last2 === 'ий' || last2 === 'ой') {
    add(2, ADJECTIVE);
    add(1, SOFT_J);
  } else if (last2 === 'ие') {
    add(2, ADJECTIVE);
    add(1, NEUTER_E);
  } else if (last === 'я') add(1, YA);
  else if (last === 'а') add(1, hints.proper ? A_PROPER : A_COMMON);
  else if (last === 'й') add(1, SOFT_J);
  else if (last === 'ь') {
    add(1, SOFT_SIGN);
    const fleeting = withoutFleetingVowel(w.slice(0, -1));
    if (fleeting) out.push({ stem: fleeting, endings: SOFT_OBLIQUE });
  } else if (last === 'о') {
    // Рубио, Марко, Шевченко, Токио stay as they are; окно, дело decline.
    const foreign = hints.proper && (hints.person || VOWELS.has(w[n - 2]));
    if (!foreign) add(1, NEUTER_O);
  } else if (last === 'е') {
    if (!hints.proper) add(1, NEUTER_E);
  } else if (last === 'ы') add(1, PLURAL_Y);
  else if (last === 'и') {
    if (!hints.proper) add(1, PLURAL_I);
  } else if (CONSONANT.test(w)) {
    if (hints.female && hints.person) {
      // Анна Мирошник: a woman's surname in a consonant does not decline.
    } else if (hints.proper && n >= 5 && /(ов|ев|ин|ын)$/.test(w)) {
      out.push({ stem: w, endings: POSSESSIVE_NAME });
    } else {
      out.push({ stem: w, endings: HARD });
      const fleeting = withoutFleetingVowel(w);
      if (fleeting) out.push({ stem: fleeting, endings: HARD_OBLIQUE });
    }
  }
  // A term word not in the nominative (мирными переговорами, по особым поручениям): the oblique
  // ending shows the stem all the same.
  const adjective = /(ыми|ими|ого|его|ому|ему|ых|их)$/.exec(w);
  if (adjective) add(adjective[1].length, ADJECTIVE);
  const plural = /(ами|ями|ах|ях|ам|ям)$/.exec(w);
  if (plural && !hints.proper) add(plural[1].length, PLURAL_ANY);
  if (!out.some((p) => w.startsWith(p.stem) && p.endings.has(w.slice(p.stem.length)))) {
    out.push({ stem: w, endings: INDECLINABLE });
  }
  return out;
}

/** Whether a folded text word is a form of a paradigm. */
export function formOf(folded: string, paradigm: Paradigm): boolean {
  return folded.startsWith(paradigm.stem) && paradigm.endings.has(folded.slice(paradigm.stem.length));
}
