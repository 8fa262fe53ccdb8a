import { describe, expect, it } from 'vitest';
import { describeInEnglish, findNumbers, numberKey, type NumberMention } from '../../shared/checks/numbers';

const ru = (text: string) => findNumbers(text, 'ru');
const en = (text: string) => findNumbers(text, 'en');
const only = (mentions: NumberMention[]) => {
  expect(mentions).toHaveLength(1);
  return mentions[0];
};
const keys = (mentions: NumberMention[]) => mentions.filter((m) => !m.written).map(numberKey).sort();

describe('findNumbers: Russian', () => {
  it('reads the decimal comma and the thousand abbreviation', () => {
    const m = only(ru('наносит 3,5 тыс. ударов'));
    expect(m).toMatchObject({ text: '3,5 тыс.', base: 3.5, scale: 1000, value: 3500, kind: 'cardinal' });
  });

  it('takes a comma as decimal even before three digits', () => {
    expect(only(ru('коэффициент 3,300')).value).toBe(3.3);
    expect(only(ru('более 3,3 тыс.')).value).toBe(3300);
  });

  it('joins digit groups split by plain, non-breaking and thin spaces', () => {
    expect(only(ru('около 1 000 человек')).value).toBe(1000);
    expect(only(ru('около 1\u00A0000 человек')).value).toBe(1000);
    expect(only(ru('около 10\u202F000\u2009000 человек')).value).toBe(10_000_000);
  });

  it('does not join a year with the figure after it', () => {
    expect(ru('в 2025 300 человек').map((m) => m.value)).toEqual([2025, 300]);
  });

  it.each([
    ['5 тыс', 5000],
    ['5 тысяч', 5000],
    ['2 тысячи', 2000],
    ['2,7 млн', 2_700_000],
    ['3 миллиона', 3_000_000],
    ['10 миллионов', 10_000_000],
    ['1,2 млрд', 1_200_000_000],
    ['4 трлн', 4e12],
  ])('reads the magnitude in "%s"', (text, value) => {
    expect(only(ru(text)).value).toBe(value);
  });

  it('reads units of money and percent', () => {
    expect(only(ru('выделили 410 млн руб. на ремонт'))).toMatchObject({ value: 410e6, unit: 'rub', text: '410 млн руб.' });
    expect(only(ru('50 рублей')).unit).toBe('rub');
    expect(only(ru('5 долл.')).unit).toBe('usd');
    expect(only(ru('кредит в $5 млн')).unit).toBe('usd');
    expect(only(ru('20 евро')).unit).toBe('eur');
    expect(only(ru('рост на 25%')).unit).toBe('percent');
    expect(only(ru('рост на 3 процента')).unit).toBe('percent');
  });

  it('does not take a dollar sign that belongs to the next figure', () => {
    expect(ru('2,7 млн. $5 млн').map((m) => [m.value, m.unit])).toEqual([
      [2_700_000, undefined],
      [5_000_000, 'usd'],
    ]);
  });

  it('reads dates, each with its own month', () => {
    const dates = ru('три встречи — 16 мая, 2 июня и 23 июля').filter((m) => m.kind === 'date');
    expect(dates.map((m) => [m.month, m.day, m.text])).toEqual([
      [5, 16, '16 мая'],
      [6, 2, '2 июня'],
      [7, 23, '23 июля'],
    ]);
  });

  it('lends the month to earlier days of a list or range', () => {
    expect(ru('16, 17 и 18 мая').map((m) => [m.kind, m.month, m.day])).toEqual([
      ['date', 5, 16],
      ['date', 5, 17],
      ['date', 5, 18],
    ]);
    expect(ru('с 16 по 18 октября').map((m) => m.month)).toEqual([10, 10]);
  });

  it('reads a day with an ordinal ending before the month', () => {
    expect(only(ru('16-го октября'))).toMatchObject({ kind: 'date', month: 10, day: 16 });
  });

  it('tells years, ordinals and compound adjectives apart', () => {
    expect(only(ru('в 1992 году'))).toMatchObject({ kind: 'year', value: 1992 });
    expect(only(ru('16-й раз'))).toMatchObject({ kind: 'ordinal', value: 16 });
    expect(only(ru('33-летний мораторий'))).toMatchObject({ kind: 'cardinal', value: 33, text: '33' });
  });

  it('lends the magnitude of a range to its first figure', () => {
    expect(ru('от 100 до 150 тыс. человек').map((m) => m.value)).toEqual([100_000, 150_000]);
    expect(ru('100–150 тыс.').map((m) => m.value)).toEqual([100_000, 150_000]);
  });

  it('keeps the first figure when it is larger than the second', () => {
    expect(ru('от 500 до 1,5 тыс. рублей').map((m) => m.value)).toEqual([500, 1500]);
  });

  it('skips identifiers glued to letters but keeps model numbers after a hyphen', () => {
    expect(ru('саммит G20')).toEqual([]);
    expect(only(ru('истребитель Су-35')).value).toBe(35);
  });

  it('reads decades, times, dotted dates and Roman centuries', () => {
    expect(only(ru('в 90-х годах'))).toMatchObject({ kind: 'decade', value: 90 });
    expect(only(ru('в 15:30'))).toMatchObject({ kind: 'time', value: 930 });
    expect(ru('16.10.2025').map((m) => [m.kind, m.month ?? m.value])).toEqual([
      ['date', 10],
      ['year', 2025],
    ]);
    expect(only(ru('в XX веке'))).toMatchObject({ kind: 'ordinal', value: 20 });
  });

  it('marks numbers in words as written', () => {
    expect(ru('около трех недель').map((m) => [m.value, m.written])).toEqual([[3, true]]);
    expect(ru('третья встреча').map((m) => [m.value, m.kind, m.written])).toEqual([[3, 'ordinal', true]]);
    expect(only(ru('полтора миллиона')).value).toBe(1_500_000);
  });
});

describe('findNumbers: English', () => {
  it('reads comma groups and a magnitude word', () => {
    expect(only(en('strikes 3,500 civilian targets')).value).toBe(3500);
    expect(only(en('about 3.5 thousand.'))).toMatchObject({ value: 3500, text: '3.5 thousand' });
    expect(only(en('1.5 million')).value).toBe(1_500_000);
    expect(only(en('1,000,000 people')).value).toBe(1_000_000);
  });

  it('keeps a decimal comma left over from the Russian', () => {
    expect(only(en('3,5 thousand')).value).toBe(3500);
  });

  it('reads currencies before and after the figure', () => {
    expect(only(en('410 million rubles'))).toMatchObject({ value: 410e6, unit: 'rub' });
    expect(only(en('$5 million'))).toMatchObject({ value: 5e6, unit: 'usd', text: '$5 million' });
    expect(only(en('€20')).unit).toBe('eur');
    expect(only(en('5 percent')).unit).toBe('percent');
  });

  it('reads dates with the month before or after the day', () => {
    expect(only(en('On October 16, Trump'))).toMatchObject({ kind: 'date', month: 10, day: 16, text: 'October 16' });
    expect(only(en('on 16 October'))).toMatchObject({ kind: 'date', month: 10, day: 16 });
    expect(only(en('on July 23rd'))).toMatchObject({ kind: 'date', month: 7, day: 23, text: 'July 23rd' });
    expect(only(en('the 16th of October'))).toMatchObject({ kind: 'date', month: 10, day: 16 });
    expect(only(en('on Oct. 16'))).toMatchObject({ kind: 'date', month: 10, day: 16 });
  });

  it('reads the year after a date as a year', () => {
    expect(en('February 5, 2026').map((m) => m.kind)).toEqual(['date', 'year']);
  });

  it('carries the month forward through a list of days', () => {
    expect(en('May 16, 17 and 18').map((m) => [m.kind, m.month, m.day])).toEqual([
      ['date', 5, 16],
      ['date', 5, 17],
      ['date', 5, 18],
    ]);
    expect(en('May 16–18').map((m) => m.month)).toEqual([5, 5]);
  });

  it('does not take a figure after a date and a comma for a day', () => {
    expect(en('On May 16, 17 people died').map((m) => m.kind)).toEqual(['date', 'cardinal']);
  });

  it('lends the magnitude of a range to its first figure', () => {
    expect(en('from 100 to 150 thousand people').map((m) => m.value)).toEqual([100_000, 150_000]);
    expect(en('between 2 and 3 million').map((m) => m.value)).toEqual([2e6, 3e6]);
  });

  it('reads ordinals, compounds, decades and times', () => {
    expect(only(en('the 16th time'))).toMatchObject({ kind: 'ordinal', value: 16 });
    expect(only(en('the 33-year-old moratorium'))).toMatchObject({ kind: 'cardinal', value: 33 });
    expect(only(en('in the 1990s'))).toMatchObject({ kind: 'decade', value: 1990 });
    expect(only(en('at 3:30 p.m.'))).toMatchObject({ kind: 'time', value: 930 });
  });

  it('reads numbers in words, with a magnitude', () => {
    expect(en('three weeks').map((m) => [m.value, m.written])).toEqual([[3, true]]);
    expect(only(en('a thousand people')).value).toBe(1000);
    expect(only(en('twenty-five people')).value).toBe(25);
    expect(en('a man')).toEqual([]);
  });
});

describe('comparing Russian and English numbers', () => {
  it.each([
    ['3,5 тыс.', '3,500'],
    ['3,5 тыс.', '3.5 thousand'],
    ['3,3 тыс.', '3,300'],
    ['1 тыс. человек', '1,000 people'],
    ['410 млн руб.', '410 million rubles'],
    ['2,7 млн', '2.7 million'],
    ['16 октября', 'October 16'],
    ['16 октября', '16 October'],
    ['23 июля', 'July 23rd'],
    ['16 мая, 2 июня и 23 июля', 'May 16, June 2 and July 23'],
    ['от 100 до 150 тыс.', 'from 100 to 150 thousand'],
    ['5 февраля 2026 года', 'February 5, 2026'],
    ['в 1992 году', 'in 1992'],
    ['33-летний', '33-year-old'],
    ['16.10.2025', 'October 16, 2025'],
    ['в 90-х', 'in the 1990s'],
    ['в 15:00', 'at 3 p.m.'],
    ['XXI век', '21st century'],
  ])('"%s" says the same as "%s"', (source, target) => {
    expect(keys(en(target))).toEqual(keys(ru(source)));
  });

  it.each([
    ['600 тыс.', '60 thousand'],
    ['3,5 тыс.', '3,300'],
    ['3,3', '3,300'],
    ['16 октября', 'October 17'],
    ['2,7 млн', '2.7 billion'],
  ])('"%s" differs from "%s"', (source, target) => {
    expect(keys(en(target))).not.toEqual(keys(ru(source)));
  });
});

describe('describeInEnglish', () => {
  it.each([
    ['3,5 тыс.', '3,500'],
    ['410 млн руб.', '410 million rubles'],
    ['$5 млн', '$5 million'],
    ['25%', '25%'],
    ['16 октября', 'October 16'],
    ['в 1992 году', '1992'],
    ['XXI век', '21st'],
  ])('writes "%s" as "%s"', (source, english) => {
    expect(describeInEnglish(only(ru(source)))).toBe(english);
  });
});

describe('findNumbers: numbers inside words', () => {
  it('reads the number of a compound adjective in either language', () => {
    expect(ru('трехдневный визит').map((m) => [m.value, m.written])).toEqual([[3, true]]);
    expect(en('a three-day visit').map((m) => [m.value, m.written])).toEqual([[3, true]]);
    expect(ru('3-дневный визит').map((m) => m.value)).toEqual([3]);
  });

  it('reads Russian collective numerals', () => {
    expect(ru('погибли трое').map((m) => m.value)).toEqual([3]);
    expect(ru('пятеро детей').map((m) => m.value)).toEqual([5]);
  });
});
