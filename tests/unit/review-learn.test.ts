import { describe, expect, it } from 'vitest';
import type { GlossaryContext } from '../../shared/checks/types';
import type { Concept, Row } from '../../shared/model';
import { learnFromEdit } from '../../shared/review/learn';
import { buildTermMatcher, createSnowballMorphology } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';
import { rows } from './check-helpers';

const morphology = createSnowballMorphology();

function glossaryOf(...concepts: Concept[]): GlossaryContext {
  return {
    concepts: new Map(concepts.map((c) => [c.id, c])),
    matcher: buildTermMatcher(concepts, { morphology }),
  };
}

function textOf(doc: Row[], segmentId: number): string {
  const segment = doc.flatMap((r) => r.target).find((s) => s.id === segmentId);
  if (!segment) throw new Error(`no segment ${segmentId}`);
  return segment.current;
}

// Target ids: 1001 (row 0), 1002 (row 1), 1003 and 1004 (row 2), 1005 (row 3).
const article = rows(
  [['Эксперт клуба «Валдай» Андрей Кортунов считает, что ДСНВ продлят.'], ['Andrey Kortunov, an expert at the Valdai Club, believes that New START will be extended.']],
  [['Как отметил Андрей Кортунов, позиция Киева не изменилась.'], ["As Andrey Kortunov noted, Kiev's position has not changed."]],
  [
    ['Кортунов добавил, что Киев ждёт. Андрей Кортунов уверен.'],
    ["Kortunov added that Kiev is waiting.", "Andrey Kortunov's view is firm, unlike the Kievan chronicles."],
  ],
  [['Андрей Кортунов уже ответил.'], ['Andrei Kortunov has already replied.']],
);

const KORTUNOV_BEFORE = textOf(article, 1001);
const KORTUNOV_AFTER = KORTUNOV_BEFORE.replace('Andrey', 'Andrei');

describe('learnFromEdit: names', () => {
  it('learns a changed first name as the whole name, with the Russian from the aligned source', () => {
    const learned = learnFromEdit({ rows: article, segmentId: 1001, before: KORTUNOV_BEFORE, after: KORTUNOV_AFTER });
    expect(learned).toMatchObject({
      source: 'Андрей Кортунов',
      conceptId: null,
      type: 'person',
      approved: 'Andrei Kortunov',
      forbidden: 'Andrey Kortunov',
    });
  });

  it('finds the old rendering in other rows, leaving out the edited segment and the possessive ending', () => {
    const learned = learnFromEdit({ rows: article, segmentId: 1001, before: KORTUNOV_BEFORE, after: KORTUNOV_AFTER });
    const occurrences = learned?.occurrences ?? [];
    expect(occurrences.map((o) => [o.segmentId, o.row])).toEqual([
      [1002, 1],
      [1004, 2],
    ]);
    for (const o of occurrences) expect(textOf(article, o.segmentId).slice(o.start, o.end)).toBe('Andrey Kortunov');
  });

  it('reads before and after, not the segment, which may already hold the edit', () => {
    const saved = article.map((row) => ({
      ...row,
      target: row.target.map((s) => (s.id === 1001 ? { ...s, current: KORTUNOV_AFTER } : s)),
    }));
    const learned = learnFromEdit({ rows: saved, segmentId: 1001, before: KORTUNOV_BEFORE, after: KORTUNOV_AFTER });
    expect(learned?.forbidden).toBe('Andrey Kortunov');
    expect(learned?.occurrences.map((o) => o.segmentId)).toEqual([1002, 1004]);
  });

  it('takes the concept, its type and the source form as written from the glossary', () => {
    const doc = rows(
      [['По мнению Андрея Кортунова, договор продлят.'], ['According to Andrey Kortunov, the treaty will be extended.']],
      [['Кортунов добавил это.'], ['Andrey Kortunov added this.']],
    );
    const glossary = glossaryOf(concept(41, 'person', 'Андрей Кортунов', { text: 'Andrei Kortunov', lang: 'en' }));
    const before = textOf(doc, 1001);
    const learned = learnFromEdit({ rows: doc, segmentId: 1001, before, after: before.replace('Andrey', 'Andrei'), glossary });
    expect(learned).toMatchObject({
      source: 'Андрея Кортунова',
      conceptId: 41,
      type: 'person',
      approved: 'Andrei Kortunov',
      forbidden: 'Andrey Kortunov',
    });
    expect(learned?.occurrences).toEqual([{ segmentId: 1002, row: 1, start: 0, end: 15 }]);
  });

  it('learns a place from a possessive without the ending, and finds it in other rows as whole words', () => {
    const before = textOf(article, 1002);
    const learned = learnFromEdit({ rows: article, segmentId: 1002, before, after: before.replace("Kiev's", "Kyiv's") });
    expect(learned).toMatchObject({ source: 'Киева', conceptId: null, approved: 'Kyiv', forbidden: 'Kiev' });
    // "Kiev" in row 2, not "Kievan".
    expect(learned?.occurrences).toEqual([{ segmentId: 1003, row: 2, start: 20, end: 24 }]);
  });

  it('gives a place its glossary type', () => {
    const glossary = glossaryOf(concept(5, 'place', 'Киев', { text: 'Kyiv', lang: 'en' }, { text: 'Kiev', lang: 'en', status: 'forbidden' }));
    const before = textOf(article, 1002);
    const learned = learnFromEdit({ rows: article, segmentId: 1002, before, after: before.replace("Kiev's", "Kyiv's"), glossary, morphology });
    expect(learned).toMatchObject({ conceptId: 5, type: 'place', source: 'Киева', approved: 'Kyiv', forbidden: 'Kiev' });
  });

  it('keeps to the name inside a longer run of capitals', () => {
    const doc = rows([['Мэр Москвы Сергей Собянин заявил об этом.'], ['Moscow Mayor Sergey Sobyanin said this.']]);
    const before = textOf(doc, 1001);
    const learned = learnFromEdit({ rows: doc, segmentId: 1001, before, after: before.replace('Sergey', 'Sergei') });
    expect(learned).toMatchObject({ source: 'Сергей Собянин', type: 'person', approved: 'Sergei Sobyanin', forbidden: 'Sergey Sobyanin' });
  });

  it('guesses a person from two capitalised words when the source has nothing to say', () => {
    const doc = rows([[], ['Sergey Sobyanin said this.']]);
    const learned = learnFromEdit({ rows: doc, segmentId: 1001, before: 'Sergey Sobyanin said this.', after: 'Sergei Sobyanin said this.' });
    expect(learned).toMatchObject({ source: null, conceptId: null, type: 'person', approved: 'Sergei Sobyanin', forbidden: 'Sergey Sobyanin' });
  });
});

describe('learnFromEdit: titles', () => {
  const doc = rows(
    [['Об этом сообщил посол по особым поручениям МИД РФ Родион Мирошник.'], ['This was reported by Russian Foreign Ministry Ambassador-at-Large Rodion Miroshnik.']],
    [['Посол по особым поручениям уточнил детали.'], ['The Ambassador-at-Large clarified the details.']],
  );

  it('learns a change of letter case in a title the source names', () => {
    const before = textOf(doc, 1001);
    const learned = learnFromEdit({ rows: doc, segmentId: 1001, before, after: before.replace('Ambassador-at-Large', 'ambassador-at-large') });
    expect(learned).toMatchObject({ source: 'посол по особым поручениям', type: 'title', approved: 'ambassador-at-large', forbidden: 'Ambassador-at-Large' });
    expect(learned?.occurrences).toEqual([{ segmentId: 1002, row: 1, start: 4, end: 23 }]);
  });

  it('ignores the same change of case when the source has no title behind it', () => {
    const plain = rows([['Об этом сообщили в министерстве.'], ['This was reported by the Ambassador-at-Large.']]);
    const before = textOf(plain, 1001);
    expect(learnFromEdit({ rows: plain, segmentId: 1001, before, after: before.replace('Ambassador-at-Large', 'ambassador-at-large') })).toBeNull();
  });
});

describe('learnFromEdit: edits that are not renderings', () => {
  const edit = (after: string, before = KORTUNOV_BEFORE) => learnFromEdit({ rows: article, segmentId: 1001, before, after });

  it('ignores a typo fixed in a common word', () => {
    expect(edit(KORTUNOV_BEFORE, KORTUNOV_BEFORE.replace('the Valdai', 'teh Valdai'))).toBeNull();
    expect(edit('The expert believes that the treaty will be extended.', 'Teh expert believes that the treaty will be extended.')).toBeNull();
    // A capitalised word opening a sentence, and no name behind it in the source.
    expect(edit('Ten experts believe that the treaty will be extended.', 'Teh experts believe that the treaty will be extended.')).toBeNull();
  });

  it('ignores a rewritten sentence, even one that also respells the name', () => {
    expect(edit('In the view of Andrei Kortunov, the Valdai Club expert, an extension of New START is likely.')).toBeNull();
  });

  it('ignores punctuation, spacing and deletions', () => {
    expect(edit(KORTUNOV_BEFORE.replace('Kortunov,', 'Kortunov'))).toBeNull();
    expect(edit(KORTUNOV_BEFORE.replace('an expert', 'an  expert'))).toBeNull();
    expect(edit(KORTUNOV_BEFORE.replace('Andrey ', ''))).toBeNull();
    expect(edit(KORTUNOV_BEFORE)).toBeNull();
  });

  it('ignores a possessive added or removed', () => {
    const before = textOf(article, 1002);
    expect(learnFromEdit({ rows: article, segmentId: 1002, before, after: before.replace("Kiev's position", 'Kiev position') })).toBeNull();
  });
});
