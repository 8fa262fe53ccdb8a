import { describe, expect, it } from 'vitest';
import { pageFurnitureCheck } from '../../shared/checks/page-furniture';
import { applyFix, context, rendered } from './check-helpers';

describe('page-furniture', () => {
  it('reports each furniture segment with a fix that empties it', () => {
    const ctx = context(
      [['Перейти к основному содержанию'], ['Skip to main content'], { kind: 'furniture' }],
      [['Удар по дамбе.'], ['A strike on the dam.']],
      [['Реклама'], ['Advertisement'], { kind: 'furniture' }],
    );
    const findings = pageFurnitureCheck.run(ctx);
    expect(findings.map((f) => [f.row, f.severity, f.target?.text])).toEqual([
      [0, 'warning', 'Skip to main content'],
      [2, 'warning', 'Advertisement'],
    ]);
    expect(findings[0].fix?.replacements).toEqual([{ segmentId: 1001, start: 0, end: 20, text: '' }]);
    expect(findings[0].message).toEqual({ key: 'findingMessages.page-furniture.furniture', params: { text: 'Skip to main content' } });
    expect(rendered(findings[0])).toEqual({
      en: 'Page furniture, not part of the article: "Skip to main content"',
      ru: 'Элемент страницы, не часть статьи: «Skip to main content»',
      fixEn: 'Delete',
      fixRu: 'Удалить',
    });
    expect(applyFix(ctx, findings[1]).get(1003)).toBe('');
  });

  it('reports furniture that only the translation has', () => {
    const findings = pageFurnitureCheck.run(context([[], ['Live broadcast'], { kind: 'furniture' }]));
    expect(findings.map((f) => f.target?.text)).toEqual(['Live broadcast']);
  });

  it("leaves article text, empty segments and the translator's footer alone", () => {
    const ctx = context(
      [['Реклама'], ['Advertisement'], { kind: 'text' }],
      [['Реклама'], [''], { kind: 'furniture' }],
      [[], ['Translated by Yandex Translator'], { kind: 'furniture' }],
    );
    expect(pageFurnitureCheck.run(ctx)).toEqual([]);
  });
});
