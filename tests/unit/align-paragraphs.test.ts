import { describe, expect, it } from 'vitest';
import { alignParagraphs } from '../../shared/align';
import type { Bead, Paragraph } from '../../shared/model';

// A news page as copied from a site, and the same page after a machine translator: the
// navigation is translated too, one furniture line is missing, the translator adds a footer,
// one Cyrillic caption is left as it was.
const RU: Paragraph[] = [
  { kind: 'furniture', sentences: ['Перейти к основному содержанию'] },
  { kind: 'furniture', sentences: ['Реклама'] },
  { kind: 'furniture', sentences: ['Прямой эфир'] },
  { kind: 'heading', sentences: ['Мэрия Казани закроет мост на ремонт'] },
  {
    kind: 'text',
    sentences: [
      'Мост через Казанку закроют на ремонт с 1 июня, сообщили в мэрии Казани.',
      'Работы продлятся 45 дней и обойдутся городу в 310 млн рублей.',
      'Объезд организуют по улице Декабристов.',
    ],
  },
  { kind: 'caption', sentences: ['Мост через Казанку'] },
  { kind: 'credit', sentences: ['Фото: ТАСС/Егор Алеев'] },
  {
    kind: 'text',
    sentences: [
      'По словам мэра Ильсура Метшина, ремонт давно назрел.',
      'Последний раз мост ремонтировали в 2009 году.',
    ],
  },
  { kind: 'furniture', sentences: ['Реклама'] },
  { kind: 'text', sentences: ['Горожан просят заранее планировать поездки.'] },
];
const EN: Paragraph[] = [
  { kind: 'furniture', sentences: ['Skip to main content'] },
  { kind: 'furniture', sentences: ['Advertisement'] },
  { kind: 'furniture', sentences: ['Live broadcast'] },
  { kind: 'heading', sentences: ['Kazan City Hall will close the bridge for repairs'] },
  {
    kind: 'text',
    sentences: [
      'The bridge over the Kazanka will be closed for repairs from June 1, the Kazan City Hall said.',
      'The work will last 45 days and will cost the city 310 million rubles.',
      'The detour will be organized along Dekabristov Street.',
    ],
  },
  { kind: 'caption', sentences: ['Мост через Казанку'] },
  { kind: 'credit', sentences: ['Photo: TASS/Egor Aleev'] },
  {
    kind: 'text',
    sentences: [
      'According to Mayor Ilsur Metshin, the repairs are long overdue.',
      'The last time the bridge was repaired was in 2009.',
    ],
  },
  { kind: 'text', sentences: ['Citizens are asked to plan their trips in advance.'] },
  { kind: 'furniture', sentences: ['Translated by Yandex Translator'] },
];

const bead = (sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number): Bead => ({
  sourceStart,
  sourceEnd,
  targetStart,
  targetEnd,
});

/** Paragraph index of every sentence, in flattened order. */
const paragraphOf = (paragraphs: Paragraph[]) => paragraphs.flatMap((p, k) => p.sentences.map(() => k));

describe('alignParagraphs', () => {
  it('pairs furniture, headings, captions and text, and leaves what one side lacks alone', () => {
    expect(alignParagraphs(RU, EN)).toEqual([
      bead(0, 1, 0, 1),
      bead(1, 2, 1, 2),
      bead(2, 3, 2, 3),
      bead(3, 4, 3, 4),
      bead(4, 5, 4, 5),
      bead(5, 6, 5, 6),
      bead(6, 7, 6, 7),
      bead(7, 8, 7, 8),
      bead(8, 9, 8, 9),
      bead(9, 10, 9, 10),
      bead(10, 11, 10, 11),
      bead(11, 12, 11, 11),
      bead(12, 13, 11, 12),
      bead(13, 13, 12, 13),
    ]);
  });

  it('keeps every sentence bead inside one paragraph on each side when paragraphs match', () => {
    const ofS = paragraphOf(RU);
    const ofT = paragraphOf(EN);
    for (const b of alignParagraphs(RU, EN)) {
      const ps = new Set(ofS.slice(b.sourceStart, b.sourceEnd));
      const pt = new Set(ofT.slice(b.targetStart, b.targetEnd));
      expect(ps.size).toBeLessThanOrEqual(1);
      expect(pt.size).toBeLessThanOrEqual(1);
    }
  });

  it('aligns sentences inside a paragraph the translation merged', () => {
    const en: Paragraph[] = [
      {
        kind: 'text',
        sentences: [
          'The bridge over the Kazanka will be closed for repairs from June 1, the Kazan City Hall said.',
          'The work will last 45 days and will cost the city 310 million rubles, and the detour will be organized along Dekabristov Street.',
        ],
      },
    ];
    expect(alignParagraphs([RU[4]], en)).toEqual([bead(0, 1, 0, 1), bead(1, 3, 1, 2)]);
  });

  it('skips empty paragraphs and handles empty documents', () => {
    const withEmpty: Paragraph[] = [{ kind: 'text', sentences: [] }, RU[4], { kind: 'furniture', sentences: [] }];
    expect(alignParagraphs(withEmpty, [EN[4]])).toEqual([bead(0, 1, 0, 1), bead(1, 2, 1, 2), bead(2, 3, 2, 3)]);
    expect(alignParagraphs([], [])).toEqual([]);
    expect(alignParagraphs([RU[0]], [])).toEqual([bead(0, 1, 0, 0)]);
  });
});
