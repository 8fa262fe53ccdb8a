// Personal names: which word is the surname, the person's sex, and the case forms of first names.
// lvovich carries the rules for Russian first names and surnames (with their exceptions:
// Лев → Льва, Любовь, foreign names); results are cached because a glossary repeats first names.

import { getFirstnameGender, getLastnameGender, inclineFirstname } from 'lvovich';
import { firstNameOf, isPatronymic, type Sex } from './first-names';
import { startsUpper } from './text';

const sexCache = new Map<string, Sex | null>();

function firstNameSex(word: string): Sex | null {
  const known = firstNameOf(word);
  if (known) return known.sex;
  let sex = sexCache.get(word);
  if (sex === undefined) {
    const g = getFirstnameGender(word);
    sex = g === 'male' || g === 'female' ? g : null;
    sexCache.set(word, sex);
  }
  return sex;
}

/** The words of a person's name in their roles; surname is an index into words. */
export interface NameParts {
  surname: number;
  first: number | null;
  patronymic: number | null;
  sex: Sex | null;
}

/**
 * Reads "Имя Фамилия", "Имя Отчество Фамилия", "Фамилия Имя Отчество" and foreign names such as
 * "Джей Ди Вэнс" (the surname last). Null when the name has a single word.
 */
export function nameParts(words: string[]): NameParts | null {
  const n = words.length;
  if (n < 2) return null;
  let patronymic = -1;
  for (let i = 0; i < n; i++) {
    if (!startsUpper(words[i])) return null;
    if (i > 0 && patronymic < 0 && isPatronymic(words[i])) patronymic = i;
  }
  let surname = n - 1;
  let first: number | null = 0;
  if (patronymic === n - 1) {
    // Путин Владимир Владимирович
    surname = 0;
    first = n >= 3 ? 1 : null;
  } else if (!firstNameOf(words[0]) && firstNameOf(words[n - 1]) && n === 2) {
    // Мирошник Родион, written surname first
    surname = 0;
    first = 1;
  }
  let sex: Sex | null = first === null ? null : firstNameSex(words[first]);
  if (sex === null) {
    const g = getLastnameGender(words[surname]);
    sex = g === 'male' || g === 'female' ? g : null;
  }
  return { surname, first, patronymic: patronymic > 0 ? patronymic : null, sex };
}

const CASES = ['genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
const formsCache = new Map<string, string[]>();

/** The oblique case forms of a first name, as lvovich declines it. */
export function firstNameForms(name: string, sex: Sex | null): string[] {
  const key = name + '|' + (sex ?? '');
  let forms = formsCache.get(key);
  if (!forms) {
    forms = [...new Set(CASES.map((c) => inclineFirstname(name, c, sex)))].filter((f) => f !== name);
    formsCache.set(key, forms);
  }
  return forms;
}
