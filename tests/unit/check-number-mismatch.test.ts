import { describe, expect, it } from 'vitest';
import { numberMismatchCheck } from '../../shared/checks/number-mismatch';
import { context, rendered, withTargetText } from './check-helpers';

const run = (source: string, target: string) => numberMismatchCheck.run(context([[source], [target]]));

describe('number-mismatch', () => {
  it.each([
    ['Украина наносит 3,5 тыс. ударов в неделю.', 'Ukraine strikes 3,500 targets every week.'],
    ['Количество ударов доходит до 3,5 тыс.', 'The number of strikes reaches 3.5 thousand.'],
    ['За неделю было более 3,3 тыс. прилетов.', 'Over the past week, there were more than 3,300 arrivals.'],
    ['Там проживают около 1 тыс. человек.', 'About 1,000 people live there.'],
    ['Без света остались от 100 до 150 тыс. человек.', 'From 100 to 150 thousand people were left without power.'],
    ['Встречи прошли 16 мая, 2 июня и 23 июля.', 'The meetings took place on May 16, June 2 and July 23.'],
    ['Как раз 23 июля была третья встреча.', 'It was on July 23rd, the third meeting.'],
    ['Он нарушил 33-летний мораторий, последний взрыв был в 1992 году.', 'He broke the 33-year-old moratorium; the last blast was in 1992.'],
    ['Россия готова после 5 февраля 2026 года.', 'Russia is ready after February 5, 2026.'],
    ['Выделено 410 млн руб.', '410 million rubles were allocated.'],
    ['Рост составил 2,7 млн.', 'Growth was 2.7 million.'],
    ['Около трех недель назад ВСУ начали бить по заправкам.', 'About three weeks ago, the AFU began hitting gas stations.'],
    ['Около 3 недель назад.', 'About three weeks ago.'],
    ['16 октября Трамп позвонил Путину.', 'On 16 October, Trump called Putin.'],
  ])('accepts a correct rendering: %s', (source, target) => {
    expect(run(source, target)).toEqual([]);
  });

  it('reports a figure rendered with another value, with both spans', () => {
    const [finding, ...rest] = run('Украина наносит 3,5 тыс. ударов.', 'Ukraine carries out 3,300 strikes.');
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      check: 'number-mismatch',
      severity: 'error',
      row: 0,
      source: { segmentId: 1, start: 16, end: 24, text: '3,5 тыс.' },
      target: { segmentId: 1001, start: 20, end: 25, text: '3,300' },
      message: { key: 'findingMessages.number-mismatch.differsFrom', params: { source: '3,5 тыс.', expected: '3,500', target: '3,300' } },
    });
    expect(rendered(finding)).toMatchObject({
      en: '3,5 тыс. is 3,500 — the translation says 3,300',
      ru: '3,5 тыс. — это 3,500, а в переводе 3,300',
    });
    expect(finding.fix).toBeUndefined();
  });

  it('reports a figure that lost a digit under the same magnitude word as an error', () => {
    const findings = run('Эвакуировали 600 тыс. человек.', '60 thousand people were evacuated.');
    expect(findings.map((f) => [f.severity, f.source?.text, f.target?.text])).toEqual([
      ['error', '600 тыс.', '60 thousand'],
    ]);
  });

  it('reports a wrong date as an error', () => {
    const [finding] = run('16 октября Трамп позвонил Путину.', 'On October 17, Trump called Putin.');
    expect(finding).toMatchObject({
      severity: 'error',
      message: { key: 'findingMessages.number-mismatch.differsFrom', params: { source: '16 октября', expected: 'October 16', target: 'October 17' } },
    });
  });

  it('reports a figure missing from the translation as a warning with the source span only', () => {
    const findings = run('Пострадали 12 человек, погибли 5.', 'Several people were injured, 5 died.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      source: { text: '12' },
      message: { key: 'findingMessages.number-mismatch.missing', params: { source: '12' } },
    });
    expect(rendered(findings[0])).toMatchObject({ en: '12 is missing from the translation', ru: 'В переводе пропущено: 12' });
    expect(findings[0].target).toBeUndefined();
  });

  it('says what a missing figure is in English', () => {
    const [finding] = run('Украина наносит 3,5 тыс. ударов.', 'Ukraine carries out many strikes.');
    expect(finding.message).toEqual({ key: 'findingMessages.number-mismatch.missingAs', params: { source: '3,5 тыс.', expected: '3,500' } });
    expect(rendered(finding).en).toBe('3,5 тыс. (3,500) is missing from the translation');
  });

  it('reports a figure the original does not have as a warning with the target span only', () => {
    const findings = run('Пострадали несколько человек.', 'Several people, 4 of them children, were injured.');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      target: { text: '4' },
      message: { key: 'findingMessages.number-mismatch.extra', params: { target: '4' } },
    });
    expect(findings[0].source).toBeUndefined();
  });

  it('reports a changed currency', () => {
    const findings = run('Выделено 410 млн руб.', '410 million dollars were allocated.');
    expect(findings.map((f) => [f.severity, f.message])).toEqual([
      ['error', { key: 'findingMessages.number-mismatch.unit', params: { source: '410 млн руб.', sourceUnit: 'rub', targetUnit: 'usd' } }],
    ]);
    // The unit ids are named by the locale, in the case the Russian sentence needs.
    expect(rendered(findings[0])).toMatchObject({
      en: '410 млн руб. is in rubles — the translation says dollars',
      ru: '410 млн руб. — в рублях, а в переводе — в долларах',
    });
  });

  it('counts repeated figures as a multiset', () => {
    const findings = run('Было 5 атак и еще 5 попыток.', 'There were 5 attacks and attempts.');
    expect(findings.map((f) => f.source?.text)).toEqual(['5']);
  });

  it('never reports a number written in words on its own', () => {
    expect(run('Прошли три встречи.', 'Several meetings took place.')).toEqual([]);
    expect(run('Прошли встречи.', 'Three meetings took place.')).toEqual([]);
  });

  it('compares only text, headings and captions, and only rows with both sides', () => {
    const ctx = context(
      [['Фото: 2025'], ['Photo: 2024'], { kind: 'credit' }],
      [['Главное 5'], ['Main 6'], { kind: 'furniture' }],
      [['Удар по 5 объектам.'], []],
      [[], ['Strikes on 6 targets.']],
      [['Заголовок про 3 удара'], ['Headline about 4 strikes'], { kind: 'heading' }],
    );
    const findings = numberMismatchCheck.run(ctx);
    expect(findings.map((f) => f.row)).toEqual([4]);
  });

  it('looks across the sentences of a 2:1 bead', () => {
    const ctx = context([['Погибли 3 человека.', 'Ранены 7.'], ['3 people died and 7 were injured.']]);
    expect(numberMismatchCheck.run(ctx)).toEqual([]);
  });

  it('keeps the key when the translation is edited elsewhere in the segment', () => {
    const ctx = context([['Наносит 3,5 тыс. ударов.'], ['Carries out 3,300 strikes.']]);
    const before = numberMismatchCheck.run(ctx);
    const edited = withTargetText(ctx, 1001, 'Every week it carries out 3,300 strikes on targets.');
    const after = numberMismatchCheck.run(edited);
    expect(after[0].target?.start).not.toBe(before[0].target?.start);
    expect(after[0].key).toBe(before[0].key);
  });
});

describe('number-mismatch: figures and words', () => {
  it.each([
    ['Погибли трое.', '3 people died.'],
    ['Начался 3-дневный визит.', 'A three-day visit began.'],
    ['Начался трехдневный визит.', 'A 3-day visit began.'],
    ['Выделено 1 млн рублей.', 'One million rubles were allocated.'],
  ])('accepts %s', (source, target) => {
    expect(run(source, target)).toEqual([]);
  });
});
