import { describe, expect, it } from 'vitest';
import { buildTermMatcher, createSnowballMorphology, type SourceMatch } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';

const glossary = [
  concept(1, 'person', 'Родион Мирошник'),
  concept(2, 'person', 'Наталья Хмелёва'),
  concept(3, 'place', 'Белгородская область'),
  concept(4, 'place', 'Третьяковка'),
  concept(5, 'title', 'посол по особым поручениям'),
  concept(6, 'other', 'ДСНВ'),
  concept(7, 'organization', 'МИД РФ', 'МИД России'),
  concept(8, 'organization', 'клуб «Валдай»'),
  concept(9, 'organization', '«Известия»'),
  concept(10, 'place', 'Орёл'),
  concept(11, 'organization', 'Роза'),
  concept(12, 'person', 'Марко Рубио'),
  concept(13, 'other', { text: 'Союз', caseSensitive: true }),
  concept(14, 'title', 'пресс-секретарь Кремля'),
  concept(15, 'place', 'Киев'),
  concept(16, 'person', 'Андрей Клинцевич'),
  concept(17, 'person', 'Дмитрий Песков'),
  concept(18, 'person', 'Пётр Песков'),
  concept(19, 'place', 'Луганская Народная Республика'),
  concept(20, 'person', 'Вера Брежнева'),
  concept(22, 'person', 'Владимир Владимирович Путин'),
  concept(23, 'title', 'министр иностранных дел'),
];

const matcher = buildTermMatcher(glossary, { morphology: createSnowballMorphology() });

function find(text: string): SourceMatch[] {
  return matcher.findInSource(text);
}

function concepts(text: string): number[] {
  return find(text).map((m) => m.conceptId);
}

/** The one match of a concept in a text; fails the test when there is not exactly one. */
function only(text: string, conceptId: number): SourceMatch {
  const hits = find(text).filter((m) => m.conceptId === conceptId);
  expect(hits, `${conceptId} in «${text}»`).toHaveLength(1);
  return hits[0];
}

describe('person names in every case', () => {
  const forms = [
    'Родион Мирошник',
    'Родиона Мирошника',
    'Родиону Мирошнику',
    'Родионом Мирошником',
    'о Родионе Мирошнике',
  ];
  for (const text of forms) {
    it(`finds Родион Мирошник in «${text}»`, () => {
      const hit = only(`Об этом сказал ${text} журналистам.`, 1);
      expect(hit.text).toBe(text.replace(/^о /, ''));
    });
  }

  it('spans are UTF-16 offsets of the given text', () => {
    const text = 'Слова — «цитата» — Родиона Мирошника.';
    const hit = only(text, 1);
    expect(text.slice(hit.start, hit.end)).toBe('Родиона Мирошника');
    expect(hit.how).toBe('inflected');
  });

  it('marks the term as written as exact', () => {
    expect(only('заявил Родион Мирошник.', 1).how).toBe('exact');
  });

  it('treats ё and е as the same letter both ways', () => {
    expect(only('встреча с Натальей Хмелевой', 2).text).toBe('Натальей Хмелевой');
    expect(only('у Натальи Хмелевой', 2).how).toBe('inflected');
    const reversed = buildTermMatcher([concept(1, 'person', 'Наталья Хмелева')], {
      morphology: createSnowballMorphology(),
    });
    expect(reversed.findInSource('рассказала Наталья Хмелёва').map((m) => m.text)).toEqual(['Наталья Хмелёва']);
  });

  it('finds the name with surname first and with a patronymic in between', () => {
    expect(only('Мирошник Родион, посол', 1).how).toBe('inflected');
    expect(only('Мирошника Родиона', 1).text).toBe('Мирошника Родиона');
    expect(only('Родион Валерьевич Мирошник', 1).text).toBe('Родион Валерьевич Мирошник');
  });

  it('finds a name given with patronymic without it and in reverse order', () => {
    expect(only('Владимира Путина', 22).text).toBe('Владимира Путина');
    expect(only('Путин Владимир Владимирович', 22).text).toBe('Путин Владимир Владимирович');
    expect(only('Владимиром Владимировичем Путиным', 22).how).toBe('inflected');
  });

  it('finds the surname alone and says so', () => {
    for (const text of ['сказал Мирошник.', 'подчеркнул Мирошник', 'по словам Мирошника', 'Мирошнику ответили']) {
      const hit = only(text, 1);
      expect(hit.how).toBe('surname');
      expect(hit.text).toMatch(/^Мирошник/);
    }
  });

  it('declines a man’s consonant surname but not a woman’s', () => {
    const both = buildTermMatcher([concept(1, 'person', 'Родион Мирошник'), concept(2, 'person', 'Анна Мирошник')], {
      morphology: createSnowballMorphology(),
    });
    const ids = (text: string) => both.findInSource(text).map((m) => [m.conceptId, m.text]);
    // Анна Мирошник keeps her surname unchanged, so Мирошника can only be Родион.
    expect(ids('по словам Мирошника')).toEqual([[1, 'Мирошника']]);
    expect(ids('встреча с Анной Мирошник')).toEqual([[2, 'Анной Мирошник']]);
    expect(ids('встреча с Анной Мирошника')).toEqual([[1, 'Мирошника']]);
    // Мирошник alone could be either of them: left unattributed.
    expect(ids('сказал Мирошник')).toEqual([]);
  });

  it('attributes a surname shared by two people only when the text says which', () => {
    expect(concepts('сказал Песков.')).toEqual([]);
    const text = 'Дмитрий Песков заявил об этом. Позже Песков уточнил.';
    expect(find(text).map((m) => [m.conceptId, m.how])).toEqual([
      [17, 'exact'],
      [17, 'surname'],
    ]);
    expect(matcher.findInSource('сказал Песков.', { mentioned: new Set([18]) }).map((m) => m.conceptId)).toEqual([18]);
  });

  it('matches foreign indeclinable names and does not let short stems over-match', () => {
    expect(only('госсекретарь Марко Рубио', 12).how).toBe('exact');
    expect(only('встреча с Рубио', 12).how).toBe('surname');
    expect(concepts('Рубин и Рубина пришли')).toEqual([]);
    expect(concepts('Рубио')).toEqual([12]);
  });

  it('finds a surname in -ич in every case', () => {
    for (const form of ['Клинцевича', 'Клинцевичу', 'Клинцевичем', 'Клинцевиче']) {
      expect(only(`об Андрее ${form}`, 16).how).toBe('inflected');
    }
  });
});

describe('places, organisations and titles', () => {
  it('finds a region in every case and in the plural', () => {
    for (const text of [
      'Белгородская область',
      'Белгородской области',
      'Белгородскую область',
      'Белгородской областью',
      'Белгородские области',
      'Белгородских областей',
    ]) {
      expect(only(`в ${text} вчера`, 3).text).toBe(text);
    }
  });

  it('finds multi-word names with every word declined', () => {
    expect(only('в Луганской Народной Республике', 19).text).toBe('Луганской Народной Республике');
    expect(only('из Луганскую Народную Республику', 19).how).toBe('inflected');
  });

  it('finds forms of a term not given in the nominative', () => {
    const m = buildTermMatcher([concept(1, 'other', 'мирными переговорами')], { morphology: createSnowballMorphology() });
    expect(m.findInSource('мирные переговоры начались').map((h) => h.text)).toEqual(['мирные переговоры']);
    expect(m.findInSource('о мирных переговорах').map((h) => h.text)).toEqual(['мирных переговорах']);
  });

  it('finds single-word names in oblique cases', () => {
    expect(only('поехали в Третьяковку', 4).text).toBe('Третьяковку');
    expect(only('удары по Киеву', 15).text).toBe('Киеву');
    expect(only('в Киеве', 15).text).toBe('Киеве');
    expect(concepts('киевский режим')).toEqual([]);
  });

  it('finds titles whose head noun changes its stem', () => {
    expect(only('назначен послом по особым поручениям', 5).text).toBe('послом по особым поручениям');
    expect(only('вручили послу по особым поручениям', 5).text).toBe('послу по особым поручениям');
    expect(only('у посла по особым поручениям', 5).how).toBe('inflected');
    expect(only('с пресс-секретарем Кремля', 14).text).toBe('пресс-секретарем Кремля');
    expect(only('министра иностранных дел', 23).text).toBe('министра иностранных дел');
  });

  it('keeps the quotes of a quoted name inside the span', () => {
    expect(only('эксперт клуба «Валдай» сказал', 8).text).toBe('клуба «Валдай»');
    expect(only('рассказал «Известиям»', 9).text).toBe('«Известиям»');
    expect(only('в материале «Известий».', 9).text).toBe('«Известий»');
    expect(only('эксперт клуба "Валдай"', 8).text).toBe('клуба "Валдай"');
  });

  it('matches abbreviations exactly and as written', () => {
    expect(only('действие ДСНВ истекает', 6).how).toBe('exact');
    expect(concepts('дснв')).toEqual([]);
    expect(only('посол МИД РФ', 7).text).toBe('МИД РФ');
    expect(only('заявили в МИД России', 7).text).toBe('МИД России');
    expect(only('позиция МИДа РФ', 7).text).toBe('МИДа РФ');
  });

  it('treats a number after a hyphen as another name and a case ending as the same one', () => {
    expect(concepts('договор ДСНВ-3 подписан')).toEqual([]);
    expect(only('сотрудники ДСНВ-а', 6).text).toBe('ДСНВ-а');
  });

  it('prefers the longest match on overlap and sorts by start', () => {
    const text = 'Мирошник, посол по особым поручениям МИД РФ Родион Мирошник, и Белгородская область';
    const hits = find(text);
    expect(hits.map((h) => h.conceptId)).toEqual([1, 5, 7, 1, 3]);
    expect(hits.map((h) => h.how)).toEqual(['surname', 'exact', 'exact', 'exact', 'exact']);
    for (let k = 1; k < hits.length; k++) expect(hits[k].start).toBeGreaterThanOrEqual(hits[k - 1].end);
  });

  it('does not join words across punctuation', () => {
    expect(concepts('Белгородская. Область')).toEqual([]);
    expect(concepts('Родион, Мирошник')).toEqual([1]);
  });
});

describe('no false matches on common words', () => {
  it('needs a capital letter for names of people, places and organisations', () => {
    expect(concepts('Город Орёл и город Орла')).toEqual([10, 10]);
    expect(concepts('орёл парил, орла видели')).toEqual([]);
    expect(concepts('подарил розу, запах розы')).toEqual([]);
    expect(concepts('компания «Роза» и компанией Роза')).toEqual([11, 11]);
    expect(concepts('вера в победу, без веры')).toEqual([]);
    expect(only('встреча с Верой Брежневой', 20).how).toBe('inflected');
    expect(concepts('мирошник молол зерно')).toEqual([]);
  });

  it('leaves titles and common terms free of the capital rule', () => {
    expect(only('Посол по особым поручениям прибыл', 5).text).toBe('Посол по особым поручениям');
    expect(only('Министр иностранных дел прибыл', 23).how).toBe('exact');
  });

  it('lets case-sensitive terms match only in their own case', () => {
    expect(concepts('корабль «Союз» и корабля Союза')).toEqual([13, 13]);
    expect(concepts('военный союз, союза нет')).toEqual([]);
    expect(concepts('СОЮЗ')).toEqual([]);
  });

  it('does not read prepositions as forms of a title', () => {
    const titles = buildTermMatcher([concept(1, 'title', 'посол')], { morphology: createSnowballMorphology() });
    expect(titles.findInSource('после встречи посла с послом').map((m) => m.text)).toEqual(['посла', 'послом']);
  });
});

describe('the index', () => {
  it('indexes only Russian terms, and every variant of a person', () => {
    const m = buildTermMatcher([concept(1, 'person', 'Родион Мирошник', { text: 'Rodion Miroshnik', lang: 'en' })], {
      morphology: createSnowballMorphology(),
    });
    // full name, surname first, surname alone
    expect(m.size).toBe(3);
    expect(m.findInSource('Rodion Miroshnik')).toEqual([]);
  });

  it('reports every concept of an identical span', () => {
    const m = buildTermMatcher([concept(1, 'place', 'Киев'), concept(2, 'place', { text: 'Киев', status: 'forbidden' })], {
      morphology: createSnowballMorphology(),
    });
    expect(m.findInSource('в Киеве').map((h) => h.conceptId)).toEqual([1, 2]);
  });
});

describe('the Snowball morphology', () => {
  const snowball = createSnowballMorphology();

  it('keeps short stems and -ов surnames whole', () => {
    expect(snowball.normalForms('Рубио')).toEqual(['рубио']);
    expect(snowball.normalForms('Песков')).toEqual(snowball.normalForms('Пескова'));
    expect(snowball.normalForms('Белгородской')).toEqual(snowball.normalForms('Белгородская'));
  });

  it('catches forms the ending rules miss in a term not given in the nominative', () => {
    // Кремля read as a dictionary form would decline like Илья; its stem shows it is Кремль.
    const m = buildTermMatcher([concept(1, 'other', 'Кремля')], { morphology: snowball });
    expect(m.findInSource('с Кремлем и в Кремле').map((h) => h.text)).toEqual(['Кремлем', 'Кремле']);
  });

  it('returns nothing for an empty text', () => {
    expect(matcher.findInSource('')).toEqual([]);
    expect(matcher.findInSource(' — , ')).toEqual([]);
  });
});
