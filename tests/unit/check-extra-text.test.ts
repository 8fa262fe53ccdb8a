import { describe, expect, it } from 'vitest';
import { extraTextCheck } from '../../shared/checks/extra-text';
import { applyFix, context, rendered } from './check-helpers';

describe('extra-text', () => {
  it('reports a translated sentence with no source as a warning without a fix', () => {
    const ctx = context([['Удар по дамбе.'], ['A strike on the dam.']], [[], ['Read more on our website.']]);
    const findings = extraTextCheck.run(ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: 'extra-text',
      severity: 'warning',
      row: 1,
      target: { segmentId: 1002, start: 0, end: 25, text: 'Read more on our website.' },
      message: { key: 'findingMessages.extra-text.noSource', params: {} },
    });
    expect(findings[0].fix).toBeUndefined();
  });

  it.each([
    ['Переведено сервисом «Яндекс Переводчик»'],
    ['Translated by Yandex Translator'],
    ['Translated with DeepL'],
    ['Translated with www.DeepL.com/Translator (free version)'],
    ['Machine translated by Google'],
  ])('reports the footer "%s" as an error and deletes it', (footer) => {
    const ctx = context([[], [footer], { kind: 'furniture' }]);
    const [finding, ...rest] = extraTextCheck.run(ctx);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      severity: 'error',
      target: { text: footer },
      message: { key: 'findingMessages.extra-text.mtFooter', params: {} },
      fix: { label: { key: 'findingFixes.extra-text.deleteFooter', params: {} } },
    });
    expect(rendered(finding)).toEqual({
      en: "The translation service's footer, not part of the article",
      ru: 'Подпись сервиса машинного перевода, не часть статьи',
      fixEn: 'Delete the footer',
      fixRu: 'Удалить подпись',
    });
    expect(applyFix(ctx, finding).get(1001)).toBe('');
  });

  it('removes a footer glued to the last sentence and keeps the sentence', () => {
    const ctx = context([['Саммит не отменен.'], ['The summit is not canceled. Translated with DeepL']]);
    const [finding] = extraTextCheck.run(ctx);
    expect(finding).toMatchObject({ severity: 'error', target: { text: 'Translated with DeepL' } });
    expect(applyFix(ctx, finding).get(1001)).toBe('The summit is not canceled.');
  });

  it('does not take an ordinary mention of a translator for a footer', () => {
    const ctx = context([['Он пользуется переводчиком.'], ['He says the text was translated by a colleague.']]);
    expect(extraTextCheck.run(ctx)).toEqual([]);
  });

  it('leaves furniture and emptied segments without a source alone', () => {
    const ctx = context([[], ['Skip to main content'], { kind: 'furniture' }], [[], ['']]);
    expect(extraTextCheck.run(ctx)).toEqual([]);
  });
});
