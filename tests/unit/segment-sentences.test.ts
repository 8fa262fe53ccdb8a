import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../shared/text/sentences';
import { lookupAbbreviation } from '../../shared/text/abbreviations';

const ru = (text: string) => splitSentences(text, 'ru');
const en = (text: string) => splitSentences(text, 'en');

describe('splitSentences: plain cases', () => {
  it('splits at . ! ? and keeps the mark with its sentence', () => {
    expect(ru('Первое предложение. Второе! Третье? Четвёртое.')).toEqual([
      'Первое предложение.',
      'Второе!',
      'Третье?',
      'Четвёртое.',
    ]);
    expect(en('One. Two! Three?')).toEqual(['One.', 'Two!', 'Three?']);
  });

  it('returns one sentence for a paragraph without a final mark, none for blank input', () => {
    expect(ru('Когда состоится саммит Россия — США')).toEqual(['Когда состоится саммит Россия — США']);
    expect(ru('')).toEqual([]);
    expect(ru('   ')).toEqual([]);
  });

  it('trims around sentences and keeps no-break spaces inside them', () => {
    expect(ru('  Ударов стало 3,5\u00a0тыс.\u00a0За неделю — больше.  ')).toEqual([
      'Ударов стало 3,5\u00a0тыс.',
      'За неделю — больше.',
    ]);
  });

  it('splits before a digit that starts a sentence', () => {
    expect(ru('Переговоры переместились в другую плоскость. 15 августа лидеры встретились.')).toEqual([
      'Переговоры переместились в другую плоскость.',
      '15 августа лидеры встретились.',
    ]);
    expect(en('The parties met. 2026 will tell.')).toEqual(['The parties met.', '2026 will tell.']);
  });

  it('does not split before a lower-case word', () => {
    expect(en('He mentioned apples, pears, etc. and then left.')).toHaveLength(1);
    expect(ru('Он сказал… и замолчал.')).toHaveLength(1);
  });

  it('keeps "?!", "!!!" and "?.." together', () => {
    expect(ru('Неужели?! Да!!! Правда?.. Конечно.')).toEqual(['Неужели?!', 'Да!!!', 'Правда?..', 'Конечно.']);
  });
});

describe('splitSentences: numbers', () => {
  it.each([
    ['ru', 'Ударов 3,5 тыс. в неделю.'],
    ['en', 'Sales reached 1.5 million last year.'],
    ['ru', 'Встреча началась в 10.30 по московскому времени.'],
    ['en', 'The version 2.0.1 is out.'],
  ] as const)('%s: %s', (lang, text) => {
    expect(splitSentences(text, lang)).toEqual([text]);
  });

  it('splits after a number that ends a sentence', () => {
    expect(ru('Встреча началась в 10.30. Затем был обед.')).toEqual(['Встреча началась в 10.30.', 'Затем был обед.']);
    expect(en('The rate fell to 1.5. Analysts were surprised.')).toEqual([
      'The rate fell to 1.5.',
      'Analysts were surprised.',
    ]);
  });

  it('keeps a list number with its item', () => {
    expect(ru('1. Первый пункт. 2. Второй пункт.')).toEqual(['1. Первый пункт.', '2. Второй пункт.']);
  });
});

describe('splitSentences: Russian abbreviations that never end a sentence', () => {
  it.each([
    'Это важно, т. е. срочно.',
    'Это важно, т.е. Москва ждёт.',
    'Это важно, т. е. Москва ждёт.',
    'Пострадали 20 человек, в т. ч. Петров.',
    'Пострадали 20 человек, в т.ч. Петров.',
    'Театр им. Вахтангова открыл сезон.',
    'Консерватория им. М. П. Мусоргского объявила набор.',
    'Училище им. В. И. Ленина закрыто.',
    'Офис на ул. Тверской открыт.',
    'Адрес: ул. Ленина, д. 5, стр. 2.',
    'Он живёт в д. Ивановка.',
    'Подробности см. Приложение 2.',
    'Подробности — см. рис. 3 и табл. 2.',
    'Он прилетел в г. Москва вечером.',
    'Президент В. В. Путин провёл совещание.',
    'Звучала музыка М. П. Мусоргского.',
    'Выступил проф. Иванов.',
    'Это т. н. Анкориджский формат.',
    'По ст. 105 УК РФ возбуждено дело.',
  ])('%s', (text) => {
    expect(ru(text)).toEqual([text]);
  });
});

describe('splitSentences: Russian abbreviations that may end a sentence', () => {
  it.each([
    ['Удары доходят до 3,5 тыс. За неделю их стало больше.', ['Удары доходят до 3,5 тыс.', 'За неделю их стало больше.']],
    ['Ущерб составил 2 млн. Власти это признали.', ['Ущерб составил 2 млн.', 'Власти это признали.']],
    ['Бюджет — 5 млрд. Его утвердили.', ['Бюджет — 5 млрд.', 'Его утвердили.']],
    ['Билет стоит 500 руб. Скидок нет.', ['Билет стоит 500 руб.', 'Скидок нет.']],
    ['До города 5 км. Дорога плохая.', ['До города 5 км.', 'Дорога плохая.']],
    ['Удар пришёлся по Белгородской обл. Губернатор заявил о жертвах.', ['Удар пришёлся по Белгородской обл.', 'Губернатор заявил о жертвах.']],
    ['Привезли овощи, фрукты и т. д. Торговля шла бойко.', ['Привезли овощи, фрукты и т. д.', 'Торговля шла бойко.']],
    ['Были яблоки, груши и т.п. Все раскупили.', ['Были яблоки, груши и т.п.', 'Все раскупили.']],
    ['Пришли Петров, Иванов и др. Заседание открыли.', ['Пришли Петров, Иванов и др.', 'Заседание открыли.']],
    ['Купили хлеб, молоко и пр. Потом ушли.', ['Купили хлеб, молоко и пр.', 'Потом ушли.']],
    ['Длина — 30 см. Ширина — 20 см.', ['Длина — 30 см.', 'Ширина — 20 см.']],
    ['Город основан в V в. до н. э. Он процветал.', ['Город основан в V в. до н. э.', 'Он процветал.']],
    ['Мы будем помогать им. Однако не сразу.', ['Мы будем помогать им.', 'Однако не сразу.']],
  ])('%s', (text, expected) => {
    expect(ru(text)).toEqual(expected);
  });

  it.each([
    'Украина наносит 3,5 тыс. ударов в неделю.',
    'Без света остались 150 тыс. человек.',
    'Ущерб составил 2 млн. рублей.',
    'Он жил в 5 км. от города.',
    'В Белгородской обл. и Курской обл. объявили тревогу.',
    'Делегаты, эксперты и др. участники прибыли.',
    'Это было в 1992 г. в Неваде.',
  ])('does not split: %s', (text) => {
    expect(ru(text)).toEqual([text]);
  });
});

describe('splitSentences: "г." after a year', () => {
  // The rule: after a number, г./гг./в./вв. end the sentence before a capital unless the number
  // sits in an opening phrase (one of the first two words, or of the first four when the next word
  // is not a typical sentence opener).
  it('ends the sentence when the year closes a long clause', () => {
    expect(ru('Последний взрыв ядерной бомбы Вашингтон провёл в 1992 г. Западные СМИ назвали это разворотом.')).toEqual([
      'Последний взрыв ядерной бомбы Вашингтон провёл в 1992 г.',
      'Западные СМИ назвали это разворотом.',
    ]);
    expect(ru('Договор действовал с 2010 по 2026 гг. Теперь его нет.')).toEqual([
      'Договор действовал с 2010 по 2026 гг.',
      'Теперь его нет.',
    ]);
  });

  it('goes on after an opening phrase with the year', () => {
    expect(ru('В 1992 г. Вашингтон провёл последний взрыв.')).toHaveLength(1);
    expect(ru('Летом 2022 г. Москва ответила.')).toHaveLength(1);
    expect(ru('В конце 2022 г. Минобороны заявило об этом.')).toHaveLength(1);
    expect(ru('В начале XX в. Россия была империей.')).toHaveLength(1);
    expect(ru('Это началось в 1992–1993 гг. Москва молчала.')).toHaveLength(1);
  });

  it('ends the sentence in a short clause when a typical opener follows', () => {
    expect(ru('Это было в 1992 г. Потом всё изменилось.')).toEqual(['Это было в 1992 г.', 'Потом всё изменилось.']);
  });

  it('ends the sentence before a capitalised month, which in Russian can only open a sentence', () => {
    expect(ru('Договор подписали в далёком 2010 г. Апрель того года был тёплым.')).toEqual([
      'Договор подписали в далёком 2010 г.',
      'Апрель того года был тёплым.',
    ]);
  });

  it('takes г. without a number for "город", which never ends a sentence', () => {
    expect(ru('Делегация прибыла в г. Будапешт утром.')).toHaveLength(1);
    expect(lookupAbbreviation('г', 'в')?.rule).toBe('never');
    expect(lookupAbbreviation('г', '1992')?.afterNumber).toBe('year');
  });
});

describe('splitSentences: English abbreviations', () => {
  it.each([
    'Mr. Smith and Mrs. Smith arrived.',
    'Dr. Brown spoke to Gov. Newsom and Sen. Warren.',
    'Gen. Milley met Prof. Kortunov.',
    'They flew to St. Petersburg yesterday.',
    'US Vice President Jay D. Vance explained the decision.',
    'The U.S. President spoke in Washington, D.C. on Monday.',
    'The U.S. Senate voted.',
    'The talks began at 5 p.m. Moscow time.',
    'The meeting ended at 10 a.m. on Friday.',
    'Some fruit, i.e. apples, was sold.',
    'Some fruit, e.g. Fuji apples, was sold.',
    'Apples, pears, etc. were sold.',
    'He lives at No. 5 Baker Street.',
    'See Fig. 2 for details.',
    'The case Roe v. Wade was cited.',
    'The deal was signed on Oct. 5 in Geneva.',
    'J.R.R. Tolkien wrote it.',
  ])('does not split: %s', (text) => {
    expect(en(text)).toEqual([text]);
  });

  it.each([
    ['He moved to the U.S. The move was hard.', ['He moved to the U.S.', 'The move was hard.']],
    ['They met in Washington, D.C. It rained.', ['They met in Washington, D.C.', 'It rained.']],
    ['The talks ended at 7 p.m. He left at once.', ['The talks ended at 7 p.m.', 'He left at once.']],
    ['It was bought by Apple Inc. The price was not disclosed.', ['It was bought by Apple Inc.', 'The price was not disclosed.']],
    ['They sold apples, pears, etc. Nothing was left.', ['They sold apples, pears, etc.', 'Nothing was left.']],
    ['Smith et al. Their study was cited.', ['Smith et al.', 'Their study was cited.']],
    ['He answered No. The others agreed.', ['He answered No.', 'The others agreed.']],
    ['This was World War I. Then came peace.', ['This was World War I.', 'Then came peace.']],
  ])('splits: %s', (text, expected) => {
    expect(en(text)).toEqual(expected);
  });
});

describe('splitSentences: quotes', () => {
  it('ends a sentence after the closing quote that follows the mark', () => {
    expect(en('"He left." She stayed.')).toEqual(['"He left."', 'She stayed.']);
    expect(en('He said he would “like to meet in Budapest.” At the same time, Orban agreed.')).toEqual([
      'He said he would “like to meet in Budapest.”',
      'At the same time, Orban agreed.',
    ]);
    expect(ru('Он ответил: «Нет!» Все замолчали.')).toEqual(['Он ответил: «Нет!»', 'Все замолчали.']);
    expect(ru('Он сказал: „Хватит.“ Потом ушёл.')).toEqual(['Он сказал: „Хватит.“', 'Потом ушёл.']);
  });

  it('keeps a speech tag after a dash with its quotation', () => {
    expect(ru('«Мы победим!» — сказал он.')).toEqual(['«Мы победим!» — сказал он.']);
    expect(ru('«Мы победим!» — сказал он. Зал аплодировал.')).toEqual([
      '«Мы победим!» — сказал он.',
      'Зал аплодировал.',
    ]);
  });

  it('does not split inside a quotation followed by lower case', () => {
    expect(en('He said "stop." and left.')).toEqual(['He said "stop." and left.']);
  });

  it('splits after a full stop that follows a closing quote', () => {
    expect(ru('Он назвал их «дальнобойными санкциями». Это не первый случай.')).toEqual([
      'Он назвал их «дальнобойными санкциями».',
      'Это не первый случай.',
    ]);
  });

  it('splits before an opening quote', () => {
    expect(ru('Он помолчал. «Нет», — ответил он.')).toEqual(['Он помолчал.', '«Нет», — ответил он.']);
  });
});

describe('splitSentences: dialogue dashes', () => {
  it('splits a quoted paragraph at its real ends and keeps the speech tag', () => {
    const paragraph =
      '— Активизация у нас произошла примерно с июля, и количество ударов, которые мы фиксируем еженедельно, ' +
      'доходит примерно до 3,5 тыс. За прошедшую неделю у нас было более 3,3 тыс. прилетов. Речь идет ' +
      'исключительно о гражданских объектах, а не о каких-то военных или объектах двойного назначения, — сказал он.';
    expect(ru(paragraph)).toEqual([
      '— Активизация у нас произошла примерно с июля, и количество ударов, которые мы фиксируем еженедельно, доходит примерно до 3,5 тыс.',
      'За прошедшую неделю у нас было более 3,3 тыс. прилетов.',
      'Речь идет исключительно о гражданских объектах, а не о каких-то военных или объектах двойного назначения, — сказал он.',
    ]);
  });

  it('does the same on the machine translation, with its unmatched closing quote', () => {
    const paragraph =
      '— Our activation occurred around July, and the number of strikes that we mark weekly reaches about 3.5 thousand. ' +
      'Over the past week, we have had more than 3,300 arrivals. We are talking exclusively about civilian facilities, ' +
      'and not about any military or dual-use facilities," he said.';
    expect(en(paragraph)).toEqual([
      '— Our activation occurred around July, and the number of strikes that we mark weekly reaches about 3.5 thousand.',
      'Over the past week, we have had more than 3,300 arrivals.',
      'We are talking exclusively about civilian facilities, and not about any military or dual-use facilities," he said.',
    ]);
  });

  it('splits between two speakers', () => {
    expect(ru('— Вы согласны? — Нет. — Почему? — спросил он.')).toEqual([
      '— Вы согласны?',
      '— Нет.',
      '— Почему? — спросил он.',
    ]);
  });
});

describe('splitSentences: ellipsis', () => {
  it('ends a sentence at … or ... before a capital', () => {
    expect(ru('Он ждал… Никто не пришёл... Все молчали.')).toEqual(['Он ждал…', 'Никто не пришёл...', 'Все молчали.']);
  });

  it('keeps an omission mark and a leading ellipsis inside the sentence', () => {
    expect(ru('Он сказал, что […] Москва согласна.')).toHaveLength(1);
    expect(ru('…И тогда всё кончилось.')).toEqual(['…И тогда всё кончилось.']);
  });
});
