import { describe, expect, it } from 'vitest';
import {
  alignSentences,
  beadsToLadder,
  formatLadder,
  ladderToBeads,
  parseLadder,
  readPresegmented,
} from '../../shared/align';
import type { Bead } from '../../shared/model';

// A short news story and a faithful English rendering, sentence for sentence.
const RU = [
  'Правительство объявило о новом плане строительства дорог в Сибири.',
  'Министр транспорта Иван Петров сообщил, что на проект выделят 120 млрд рублей.',
  'Работы начнутся весной 2025 года.',
  'По словам Петрова, первые участки будут готовы через два года.',
  'Эксперты считают план слишком дорогим.',
  '«Деньги лучше потратить на ремонт старых дорог», — сказал экономист Сергей Волков.',
  'В Новосибирске проект встретили с осторожным оптимизмом.',
  'Мэр города Анна Смирнова пообещала поддержать строителей и лично следить за сроками.',
  'Жители надеются, что пробок станет меньше.',
  'Следующее заседание комиссии состоится 14 марта.',
];
const EN = [
  'The government has announced a new road construction plan for Siberia.',
  'Transport Minister Ivan Petrov said that 120 billion rubles would be allocated to the project.',
  'Work will begin in the spring of 2025.',
  'According to Petrov, the first sections will be ready in two years.',
  'Experts consider the plan too expensive.',
  '"The money would be better spent on repairing old roads," said economist Sergei Volkov.',
  'In Novosibirsk, the project was met with cautious optimism.',
  'The mayor of the city, Anna Smirnova, promised to support the builders and to watch the deadlines herself.',
  'Residents hope that there will be fewer traffic jams.',
  'The next meeting of the commission will take place on March 14.',
];

const bead = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): Bead => ({
  sourceStart,
  sourceEnd,
  targetStart,
  targetEnd,
});

/** 1:1 beads for i in [from, to) of the source, shifted by `shift` on the target. */
const ones = (from: number, to: number, shift = 0): Bead[] =>
  Array.from({ length: to - from }, (_, k) => bead(from + k, from + k + 1, from + k + shift, from + k + shift + 1));

describe('alignSentences', () => {
  it('pairs a sentence-for-sentence translation one to one', () => {
    expect(alignSentences(RU, EN)).toEqual(ones(0, RU.length));
  });

  it('finds two source sentences rendered as one (2:1)', () => {
    const en = [...EN.slice(0, 2), 'Work will begin in the spring of 2025, and according to Petrov the first sections will be ready in two years.', ...EN.slice(4)];
    expect(alignSentences(RU, en)).toEqual([...ones(0, 2), bead(2, 4, 2, 3), ...ones(4, 10, -1)]);
  });

  it('finds one source sentence rendered as two (1:2)', () => {
    const en = [
      ...EN.slice(0, 7),
      'The mayor of the city, Anna Smirnova, promised to support the builders.',
      'She also promised to watch the deadlines herself.',
      ...EN.slice(8),
    ];
    expect(alignSentences(RU, en)).toEqual([...ones(0, 7), bead(7, 8, 7, 9), ...ones(8, 10, 1)]);
  });

  it('leaves a sentence the translation dropped on its own (1:0)', () => {
    const en = [...EN.slice(0, 5), ...EN.slice(6)];
    expect(alignSentences(RU, en)).toEqual([...ones(0, 5), bead(5, 6, 5, 5), ...ones(6, 10, -1)]);
  });

  it('leaves a sentence the translation added on its own (0:1)', () => {
    const en = [...EN.slice(0, 6), 'Advertisement', ...EN.slice(6)];
    expect(alignSentences(RU, en)).toEqual([...ones(0, 6), bead(6, 6, 6, 7), ...ones(6, 10, 1)]);
  });

  it('does not run a short furniture line into a neighbouring sentence, wherever it falls', () => {
    for (let at = 1; at < EN.length; at++) {
      for (const line of ['Advertisement', 'Read also', 'Photo: Getty Images']) {
        const en = [...EN.slice(0, at), line, ...EN.slice(at)];
        expect(alignSentences(RU, en)).toEqual([...ones(0, at), bead(at, at, at, at + 1), ...ones(at, 10, 1)]);
      }
    }
  });

  it('lets numbers and names decide which of two look-alike sentences was dropped', () => {
    // Both candidate sentences are 40 characters long; only the number and the name tell them apart.
    const ru = [
      'В 2019 году в городе жили 500 тысяч человек.',
      'Сегодня горожан уже 620 тысяч, и их число растет.',
      'Мэр Смирнова называет это большим успехом.',
      'Экономист Волков с ней совсем не согласен.',
      'Спор продолжится на заседании 14 марта.',
    ];
    const en = [
      'In 2019, 500 thousand people lived in the city.',
      'Mayor Smirnova calls it a great success.',
      'Economist Volkov does not agree with her at all.',
      'The debate will continue at the meeting on March 14.',
    ];
    expect(alignSentences(ru, en)).toEqual([bead(0, 1, 0, 1), bead(1, 2, 1, 1), ...ones(2, 5, -1)]);
  });

  it('pairs paragraph markers with each other and lets a marker stand alone', () => {
    const ru = ['<p>', RU[0], RU[1], '<p>', RU[2], RU[3], '<p>', RU[4], RU[5]];
    // The translation ran the second and third paragraphs together.
    const en = ['<p>', EN[0], EN[1], '<p>', EN[2], EN[3], EN[4], EN[5]];
    expect(alignSentences(ru, en)).toEqual([...ones(0, 6), bead(6, 7, 6, 6), ...ones(7, 9, -1)]);
  });

  it('never pairs a paragraph marker with a sentence', () => {
    const ru = [RU[0], '<p>', RU[1], RU[2]];
    const en = [EN[0], EN[1], '<p>', EN[2]];
    for (const b of alignSentences(ru, en)) {
      if (b.sourceEnd - b.sourceStart === 1 && b.targetEnd - b.targetStart === 1) {
        expect(ru[b.sourceStart] === '<p>').toBe(en[b.targetStart] === '<p>');
      }
    }
  });

  it('handles empty sides', () => {
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(['Один.', 'Два.'], [])).toEqual([bead(0, 1, 0, 0), bead(1, 2, 0, 0)]);
    expect(alignSentences([], ['One.'])).toEqual([bead(0, 0, 0, 1)]);
  });
});

describe('ladders', () => {
  it('round-trips beads through the ladder text format', () => {
    const beads = [bead(0, 1, 0, 1), bead(1, 3, 1, 2), bead(3, 4, 2, 2), bead(4, 4, 2, 3), bead(4, 5, 3, 5)];
    const rungs = beadsToLadder(beads, 5, 5);
    expect(rungs).toEqual([[0, 0], [1, 1], [3, 2], [4, 2], [4, 3], [5, 5]]);
    const text = formatLadder(rungs);
    expect(text).toBe('0 0\n1 1\n3 2\n4 2\n4 3\n5 5\n');
    expect(ladderToBeads(parseLadder(text))).toEqual(beads);
  });

  it('reads ladders with scores, tabs and blank lines, and rejects garbage', () => {
    expect(parseLadder('0\t0\t0.3\n\n2 1 0.5\r\n3 3\n')).toEqual([[0, 0], [2, 1], [3, 3]]);
    expect(() => parseLadder('0 0\nx y\n')).toThrow(/line 2/);
    expect(() => ladderToBeads([[0, 0], [2, 2], [1, 3]])).toThrow(/back/);
  });
});

describe('readPresegmented', () => {
  it('reads one sentence a line and keeps paragraph markers', () => {
    expect(readPresegmented('<p>\nFirst.\r\nSecond.\n<p>\nThird.\n')).toEqual(['<p>', 'First.', 'Second.', '<p>', 'Third.']);
    expect(readPresegmented('\uFEFFOnly one')).toEqual(['Only one']);
    expect(readPresegmented('')).toEqual([]);
  });
});
