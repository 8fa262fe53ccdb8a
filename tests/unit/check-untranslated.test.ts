import { describe, expect, it } from 'vitest';
import { untranslatedCheck } from '../../shared/checks/untranslated';
import { context, rendered } from './check-helpers';

describe('untranslated', () => {
  it('reports a caption left in Russian as an error, with the exact span', () => {
    const [finding, ...rest] = untranslatedCheck.run(context([['ВСУ'], ['ВСУ'], { kind: 'caption' }]));
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: 'untranslated',
      severity: 'error',
      row: 0,
      target: { segmentId: 1001, start: 0, end: 3, text: 'ВСУ' },
      message: { key: 'findingMessages.untranslated.cyrillic', params: { text: 'ВСУ' } },
    });
    expect(rendered(finding)).toMatchObject({ en: 'Left in Russian: "ВСУ"', ru: 'Осталось по-русски: «ВСУ»' });
    expect(finding.fix).toBeUndefined();
  });

  it('reports a button left in Russian as a warning', () => {
    const findings = untranslatedCheck.run(context([['Озвучить текст'], ['Озвучить текст'], { kind: 'furniture' }]));
    expect(findings.map((f) => [f.severity, f.target?.text])).toEqual([['warning', 'Озвучить текст']]);
  });

  it('takes a run of Russian words as one span and separate runs as separate findings', () => {
    const findings = untranslatedCheck.run(
      context([['Флаги двух стран в Будапеште'], ['Флаги двух стран in Будапешт']]),
    );
    expect(findings.map((f) => [f.target?.start, f.target?.text])).toEqual([
      [0, 'Флаги двух стран'],
      [20, 'Будапешт'],
    ]);
  });

  it('finds a Cyrillic letter hidden in an English word', () => {
    const [finding] = untranslatedCheck.run(context([['Комитет'], ['The Сommittee met.']]));
    expect(finding).toMatchObject({ target: { start: 4, text: 'С' } });
    expect(finding.message).toEqual({ key: 'findingMessages.untranslated.mixedScript', params: { text: 'С' } });
    expect(rendered(finding).en).toBe('Cyrillic letters inside a Latin word: "С"');
  });

  it('accepts a translation without Cyrillic', () => {
    expect(untranslatedCheck.run(context([['Удар по дамбе.'], ['A strike on the dam.']]))).toEqual([]);
  });

  it("leaves the translation service's footer to extra-text", () => {
    const ctx = context([[], ['Переведено сервисом «Яндекс Переводчик»'], { kind: 'furniture' }]);
    expect(untranslatedCheck.run(ctx)).toEqual([]);
  });

  it('reports a sentence with no translation at all', () => {
    const ctx = context(
      [['Первое предложение.'], ['The first sentence.']],
      [['Второе предложение.'], []],
      [['Заголовок'], [], { kind: 'heading' }],
    );
    const findings = untranslatedCheck.run(ctx);
    expect(findings.map((f) => [f.row, f.severity, f.message.key, f.source?.text])).toEqual([
      [1, 'error', 'findingMessages.untranslated.missing', 'Второе предложение.'],
      [2, 'error', 'findingMessages.untranslated.missing', 'Заголовок'],
    ]);
    expect(findings[0].target).toBeUndefined();
  });

  it('counts a translation emptied by an edit as missing', () => {
    const ctx = context([['Второе предложение.'], ['  ']]);
    expect(untranslatedCheck.run(ctx).map((f) => rendered(f))).toEqual([{ en: 'Not translated', ru: 'Не переведено', fixEn: null, fixRu: null }]);
  });

  it('does not ask for page furniture or credits to be translated', () => {
    const ctx = context([['Реклама'], [], { kind: 'furniture' }], [['Фото: ТАСС'], [], { kind: 'credit' }]);
    expect(untranslatedCheck.run(ctx)).toEqual([]);
  });
});
