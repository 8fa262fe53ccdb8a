// First names common in Russian news, as written in Russian, with the person's sex.
// Used to spot a personal name in running text (a known first name followed by a capitalised
// word) and to tell which way a surname declines; not a dictionary of every name.

const MALE = `Абрам Адам Александр Алексей Альберт Анатолий Андрей Антон Аркадий Арсений Артём Артур
Богдан Борис Вадим Валентин Валерий Василий Вениамин Виктор Виталий Владимир Владислав Всеволод
Вячеслав Гавриил Геннадий Георгий Герман Глеб Григорий Давид Даниил Денис Дмитрий Евгений Егор
Емельян Ефим Захар Иван Игнат Игорь Илья Иннокентий Иосиф Кирилл Константин Лаврентий Лев Леонид
Макар Максим Марат Марк Матвей Михаил Назар Никита Никола Николай Олег Павел Пётр Платон Прохор
Рамзан Родион Роман Ростислав Руслан Рустам Савва Святослав Семён Сергей Станислав Степан Тарас
Тимофей Тимур Фёдор Феликс Филипп Эдуард Эльдар Юлиан Юрий Яков Ярослав
Абдулла Али Алишер Бенжамен Бенджамин Биньямин Билл Вольфганг Гордон
Дональд Джеймс Джей Джо Джон Джордж Ильхам Иэн Карл Кир Кристиан Марко Мартин Махмуд
Мухаммед Нарендра Никол Олаф Пит Реджеп Рик Рональд Роберт Стив Стивен Тед Тони Томас
Уильям Фридрих Хавьер Чарльз Шарль Эммануэль Энтони Ян`;

const FEMALE = `Августа Агата Александра Алина Алла Анастасия Ангелина Анна Антонина Валентина Валерия Варвара
Вера Вероника Виктория Галина Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зинаида Зоя
Инна Ирина Карина Кира Клавдия Кристина Ксения Лариса Лидия Любовь Людмила Маргарита Марина Мария
Надежда Наталия Наталья Нина Оксана Олеся Ольга Полина Раиса Светлана София Софья Таисия Тамара
Татьяна Ульяна Элеонора Элла Эльвира Юлия Яна
Ангела Анналена Джорджа Джорджия Камала Кая Мэри Урсула Хиллари Эллен`;

function parse(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

export type Sex = 'male' | 'female';

const byFolded = new Map<string, { name: string; sex: Sex }>();
for (const name of parse(MALE)) byFolded.set(foldName(name), { name, sex: 'male' });
for (const name of parse(FEMALE)) byFolded.set(foldName(name), { name, sex: 'female' });

function foldName(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е');
}

// Case endings of first names and what the nominative ends in instead:
// Родиона → Родион, Натальи → Наталья, Андреем → Андрей, Марии → Мария, Льва → Лев.
const BACK: [string, string[]][] = [
  ['ями', ['я']], ['ами', ['а']], ['ой', ['а']], ['ою', ['а']], ['ей', ['я', 'ь', 'а', 'й']], ['ею', ['я']],
  ['ом', ['']], ['ем', ['й', 'ь', '']], ['ям', ['я']], ['ам', ['а']],
  ['а', ['']], ['у', ['']], ['е', ['', 'а', 'я', 'й', 'ь']], ['ы', ['а']], ['и', ['я', 'ь', 'а']],
  ['я', ['й', 'ь']], ['ю', ['й', 'ь', 'я']], ['', ['']],
];

const seen = new Map<string, { name: string; sex: Sex } | null>();

/** The known first name a word form belongs to (Родиона → Родион), or null. */
export function firstNameOf(word: string): { name: string; sex: Sex } | null {
  let hit = seen.get(word);
  if (hit === undefined) {
    hit = lookUpFirstName(word);
    if (seen.size > 50_000) seen.clear();
    seen.set(word, hit);
  }
  return hit;
}

function lookUpFirstName(word: string): { name: string; sex: Sex } | null {
  const folded = foldName(word);
  const direct = byFolded.get(folded);
  if (direct) return direct;
  for (const [ending, replacements] of BACK) {
    if (!folded.endsWith(ending) || folded.length - ending.length < 2) continue;
    const stem = folded.slice(0, folded.length - ending.length);
    for (const r of replacements) {
      const hit = byFolded.get(stem + r) ?? fleetingVowel(stem + r);
      if (hit) return hit;
    }
  }
  return null;
}

// Льв → Лев, Павл → Павел, Петр stays: names whose vowel drops in the oblique cases.
function fleetingVowel(stem: string): { name: string; sex: Sex } | undefined {
  if (stem.length < 3) return undefined;
  const head = stem.slice(0, -1);
  const last = stem[stem.length - 1];
  return byFolded.get(head.replace(/ь$/, '') + 'е' + last) ?? byFolded.get(head + 'е' + last);
}

const PATRONYMIC = /^([А-ЯЁ][а-яё]+?)(?:ович|евич|ич|овн|евн|ичн|иничн)(?:а|у|ем|е|ом|ой|ою|ы|)$/;

/**
 * Владимирович, Владимировича, Сергеевной, Ильич: a patronymic made from a known first name,
 * so that a surname such as Клинцевич is not mistaken for one.
 */
export function isPatronymic(word: string): boolean {
  const m = PATRONYMIC.exec(word);
  if (!m) return false;
  const base = m[1];
  const candidates = [base, base + 'й', base + 'я', base.replace(/ь$/, 'ий'), base.replace(/ь$/, 'й')];
  return candidates.some((c) => {
    const hit = byFolded.get(foldName(c)) ?? fleetingVowel(foldName(c));
    return hit !== undefined && hit.sex === 'male';
  });
}
