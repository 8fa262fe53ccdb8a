import { describe, expect, it } from 'vitest';
import type { Row } from '../../shared/model';
import { measureDocument, measureEdit } from '../../shared/review/measures';
import { rows } from './check-helpers';

/** Rows as rows() builds them, with some target segments edited. */
function edited(base: Row[], texts: Record<number, string>): Row[] {
  return base.map((row) => ({
    ...row,
    target: row.target.map((s) => (s.id in texts ? { ...s, current: texts[s.id] } : s)),
  }));
}

describe('measureEdit', () => {
  it('counts nothing for an untouched text', () => {
    expect(measureEdit('Andrey Kortunov said', 'Andrey Kortunov said')).toEqual({ words: 3, edits: 0, hter: 0, charsChanged: 0 });
  });

  it('counts a substituted word once and its changed letters out and in', () => {
    const m = measureEdit('Andrey Kortunov said', 'Andrei Kortunov said');
    expect(m.edits).toBe(1);
    expect(m.words).toBe(3);
    expect(m.hter).toBeCloseTo(1 / 3);
    expect(m.charsChanged).toBe(2);
  });

  it('counts inserted words against the longer current text', () => {
    const m = measureEdit('Kortunov said', 'Andrei Kortunov then said');
    expect(m).toEqual({ words: 4, edits: 2, hter: 0.5, charsChanged: 'Andrei '.length + 'then '.length });
  });

  it('counts deleted words, and may exceed 1 when most of the text is gone', () => {
    const m = measureEdit('the strikes by the Ukrainian Armed Forces', 'the strikes');
    expect(m.edits).toBe(5);
    expect(m.words).toBe(2);
    expect(m.hter).toBe(2.5);
    expect(m.charsChanged).toBe(' by the Ukrainian Armed Forces'.length);
  });

  it('treats punctuation as part of the word it is attached to', () => {
    expect(measureEdit('He said that', 'He said, that').edits).toBe(1);
  });

  it('ignores a change of spacing at word level but counts its characters', () => {
    const m = measureEdit('two  spaces', 'two spaces');
    expect(m.edits).toBe(0);
    expect(m.hter).toBe(0);
    expect(m.charsChanged).toBe(1);
  });

  it('handles empty texts on either side', () => {
    expect(measureEdit('', '')).toEqual({ words: 0, edits: 0, hter: 0, charsChanged: 0 });
    expect(measureEdit('Menu Search', '')).toEqual({ words: 0, edits: 2, hter: 1, charsChanged: 11 });
    expect(measureEdit('', 'New text here')).toEqual({ words: 3, edits: 3, hter: 1, charsChanged: 13 });
  });

  it('measures Cyrillic left in a translation', () => {
    const m = measureEdit('Посол Rodion Miroshnik said', 'Ambassador Rodion Miroshnik said');
    expect(m.edits).toBe(1);
    expect(m.hter).toBeCloseTo(1 / 4);
    expect(m.charsChanged).toBe('Посол'.length + 'Ambassador'.length);
  });

  it('finds the cheapest alignment, not position by position', () => {
    // One word inserted at the front shifts every word; the distance must still be 1.
    expect(measureEdit('b c d e f', 'a b c d e f').edits).toBe(1);
    expect(measureEdit('a b c d e f', 'a c d e f x').edits).toBe(2);
  });
});

describe('measureDocument', () => {
  const base = rows(
    [['Андрей Кортунов сказал.'], ['Andrey Kortunov said.']],
    [['Ничего не изменилось.'], ['Nothing changed.']],
    [['Первое. Второе.'], ['First one.', 'Second one.']],
    [['Меню'], ['Menu Search']],
  );

  it('sums the rows and lists only the changed ones', () => {
    const doc = edited(base, { 1001: 'Andrei Kortunov said.', 1004: 'The second one.', 1005: '' });
    const { document, rows: changed } = measureDocument(doc);
    expect(changed.map((r) => r.row)).toEqual([0, 2, 3]);
    expect(changed[0]).toMatchObject({ row: 0, words: 3, edits: 1, charsChanged: 2 });
    // Segments of a row are joined: "First one. Second one." → "First one. The second one."
    expect(changed[1]).toMatchObject({ row: 2, words: 5, edits: 2 });
    expect(changed[2]).toMatchObject({ row: 3, words: 0, edits: 2, hter: 1 });
    expect(document.editedRows).toBe(3);
    expect(document.words).toBe(3 + 2 + 5 + 0);
    expect(document.edits).toBe(1 + 0 + 2 + 2);
    expect(document.hter).toBeCloseTo(5 / 10);
    expect(document.charsChanged).toBe(changed.reduce((sum, r) => sum + r.charsChanged, 0));
  });

  it('reports an untouched document as unedited', () => {
    const { document, rows: changed } = measureDocument(base);
    expect(changed).toEqual([]);
    expect(document).toEqual({ words: 3 + 2 + 4 + 2, edits: 0, hter: 0, charsChanged: 0, editedRows: 0 });
  });
});
