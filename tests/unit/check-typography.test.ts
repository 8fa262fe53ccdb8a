import { describe, expect, it } from 'vitest';
import { typographyCheck } from '../../shared/checks/typography';
import type { Finding } from '../../shared/model';
import { applyFix, context, rendered, type RowSpec } from './check-helpers';

const ruleOf = (f: Finding) => f.key.split('|')[0];

function findingsFor(...specs: RowSpec[]) {
  const ctx = context(...specs);
  return { ctx, findings: typographyCheck.run(ctx) };
}
function one(target: string) {
  const { ctx, findings } = findingsFor([['Исходный текст.'], [target]]);
  expect(findings).toHaveLength(1);
  return { ctx, finding: findings[0] };
}
const fixed = (target: string) => {
  const { ctx, finding } = one(target);
  return applyFix(ctx, finding).get(1001);
};

describe('typography: Russian quotation marks', () => {
  it('replaces «» with straight quotes by default', () => {
    const { finding } = one('He called them «long-range sanctions».');
    expect(finding).toMatchObject({ severity: 'warning', target: { text: '«long-range sanctions»' } });
    expect(ruleOf(finding)).toBe('typography/russian-quotes');
    expect(finding.message).toEqual({ key: 'findingMessages.typography.russianQuotes', params: { opening: '«', closing: '»', style: '"…"' } });
    expect(finding.fix?.label).toEqual({ key: 'findingFixes.typography.quotes', params: { opening: '"', closing: '"' } });
    expect(rendered(finding)).toEqual({
      en: 'Russian quotation marks «…»: use "…" in English',
      ru: 'Русские кавычки «…»: в английском тексте нужны "…"',
      fixEn: 'Use "…"',
      fixRu: 'Поставить "…"',
    });
    expect(fixed('He called them «long-range sanctions».')).toBe('He called them "long-range sanctions".');
  });

  it('uses curly quotes when the segment already does', () => {
    expect(fixed('He said “yes” to «Valdai».')).toBe('He said “yes” to “Valdai”.');
  });

  it('turns nested Russian quotes into single quotes', () => {
    const { ctx, findings } = findingsFor([['Т.'], ['The «Club „Valdai“ report» was out.']]);
    expect(findings).toHaveLength(2);
    let text = ctx.rows[0].target[0].current;
    for (const f of findings) {
      const replacements = [...f.fix!.replacements].sort((a, b) => b.start - a.start);
      for (const r of replacements) text = text.slice(0, r.start) + r.text + text.slice(r.end);
    }
    expect(text).toBe('The "Club \'Valdai\' report" was out.');
  });

  it('fixes a lone guillemet', () => {
    const { finding } = one('the «Izvestia article');
    expect(finding.message).toEqual({ key: 'findingMessages.typography.russianQuote', params: { mark: '«', style: '"…"' } });
    expect(finding.fix?.label).toEqual({ key: 'findingFixes.typography.quote', params: { mark: '"' } });
    expect(fixed('the «Izvestia article')).toBe('the "Izvestia article');
  });

  it('accepts English quotation marks', () => {
    expect(findingsFor([['Т.'], ['He said “yes” and "no".']]).findings).toEqual([]);
  });
});

describe('typography: spaces and repeated words', () => {
  it('reports a double space with the words around it and fixes it', () => {
    const { finding } = one('Ukraine  strikes targets.');
    expect(finding.target?.text).toBe('Ukraine  strikes');
    expect(rendered(finding)).toEqual({ en: 'Double space', ru: 'Двойной пробел', fixEn: 'Use one space', fixRu: 'Оставить один пробел' });
    expect(fixed('Ukraine  strikes targets.')).toBe('Ukraine strikes targets.');
  });

  it('ignores spaces at the edges of a segment', () => {
    expect(findingsFor([['Т.'], ['  Ukraine strikes targets.  ']]).findings).toEqual([]);
  });

  it('reports a repeated word in any case and keeps one', () => {
    const { finding } = one('The the summit was canceled.');
    expect(finding.target?.text).toBe('The the');
    expect(finding.message).toEqual({ key: 'findingMessages.typography.repeatedWord', params: { text: 'The the' } });
    expect(finding.fix?.label).toEqual({ key: 'findingFixes.typography.keepOne', params: { word: 'The' } });
    expect(rendered(finding)).toMatchObject({ ru: 'Слово повторяется: «The the»', fixRu: 'Оставить одно «The»' });
    expect(fixed('He said that the the summit was canceled.')).toBe('He said that the summit was canceled.');
  });

  it('accepts doubled words that grammar allows', () => {
    const { findings } = findingsFor([['Т.'], ['He had had enough, and he knew that that was true.']]);
    expect(findings).toEqual([]);
  });

  it('tells equal findings in one row apart by occurrence', () => {
    const { findings } = findingsFor([['Т.'], ['a  b and a  b']]);
    expect(findings).toHaveLength(2);
    expect(new Set(findings.map((f) => f.key)).size).toBe(2);
  });
});

describe('typography: dashes in compounds', () => {
  it.each([
    ['Ukraine uses man—made hazardous facilities.', 'man—made', 'Ukraine uses man-made hazardous facilities.'],
    ['by long—range drones', 'long—range', 'by long-range drones'],
    ['the usual pan—European consensus', 'pan—European', 'the usual pan-European consensus'],
    ['the 33-year—old moratorium', '33-year—old', 'the 33-year-old moratorium'],
  ])('fixes "%s"', (target, span, result) => {
    const { finding } = one(target);
    expect(finding.target?.text).toBe(span);
    expect(finding.message).toEqual({ key: 'findingMessages.typography.dashInCompound', params: { text: span } });
    expect(finding.fix?.label.key).toBe('findingFixes.typography.hyphen');
    expect(fixed(target)).toBe(result);
  });

  it('accepts spaced dashes, en dashes and capitalised pairs', () => {
    const { findings } = findingsFor([['Т.'], ['In the article — Izvestia: the Russia–USA summit, USA—Russia.']]);
    expect(findings).toEqual([]);
  });
});

describe('typography: unpaired quotes and brackets', () => {
  it('fixes the quotation MT makes of a Russian dialogue dash', () => {
    const target = '— In this case, it is a direct violation of international law," stressed Miroshnik.';
    const { finding } = one(target);
    expect(ruleOf(finding)).toBe('typography/dialogue-quote');
    expect(finding.target).toMatchObject({ text: '"', start: target.indexOf('"') });
    expect(finding.message).toEqual({ key: 'findingMessages.typography.dialogueQuote', params: { closing: '"', opening: '"' } });
    expect(rendered(finding)).toEqual({
      en: 'The quotation opens with a Russian dialogue dash but closes with " — open it with " too',
      ru: 'Цитата открыта тире, как реплика русского диалога, а закрыта кавычкой " — откройте её кавычкой "',
      fixEn: 'Replace the opening dash with "',
      fixRu: 'Заменить тире в начале на "',
    });
    expect(fixed(target)).toBe('"In this case, it is a direct violation of international law," stressed Miroshnik.');
  });

  it('follows a dialogue over several rows of one paragraph and fixes the dash in the first', () => {
    const { ctx, findings } = findingsFor(
      [['— Активизация произошла с июля.'], ['— Our activation occurred around July.'], { paragraph: 5 }],
      [['За неделю было более 3,3 тыс. прилетов.'], ['Over the past week, we had 3,300 arrivals.'], { paragraph: 5 }],
      [['Речь идет о гражданских объектах, — сказал он.'], ['We are talking about civilian facilities," he said.'], { paragraph: 5 }],
    );
    expect(findings).toHaveLength(1);
    expect(findings[0].row).toBe(2);
    expect(findings[0].target?.segmentId).toBe(1003);
    expect(applyFix(ctx, findings[0]).get(1001)).toBe('"Our activation occurred around July.');
  });

  it('accepts a quotation that spans sentences', () => {
    const { findings } = findingsFor(
      [['А.'], ['He said: "We are ready.'], { paragraph: 1 }],
      [['Б.'], ['We are waiting."'], { paragraph: 1 }],
    );
    expect(findings).toEqual([]);
  });

  it('reports a quotation never closed in its paragraph', () => {
    const { findings } = findingsFor([['А.'], ['He said: "We are ready.'], { paragraph: 1 }], [['Б.'], ['Then he left.'], { paragraph: 2 }]);
    expect(findings.map((f) => [f.row, ruleOf(f), f.target?.text])).toEqual([[0, 'typography/unbalanced-quote', '"']]);
    expect(findings[0].message.key).toBe('findingMessages.typography.unclosedQuote');
  });

  it('accepts a quotation continued in the next paragraph', () => {
    const { findings } = findingsFor(
      [['А.'], ['He said: "We are ready.'], { paragraph: 1 }],
      [['Б.'], ['"And we are waiting."'], { paragraph: 2 }],
    );
    expect(findings).toEqual([]);
  });

  it('reports a closing quote with no opening one outside a dialogue', () => {
    const { finding } = one('We are ready," he said.');
    expect(ruleOf(finding)).toBe('typography/unbalanced-quote');
    expect(finding.message.key).toBe('findingMessages.typography.unopenedQuote');
    expect(finding.fix).toBeUndefined();
  });

  it('reports unbalanced brackets but not list markers', () => {
    const opening = one('The number of [strikes increased.').finding;
    expect(opening.target?.text).toBe('[');
    expect(opening.message).toEqual({ key: 'findingMessages.typography.unclosedBracket', params: { bracket: '[' } });
    const closing = one('The number of strikes) increased.').finding;
    expect(closing.target?.text).toBe(')');
    expect(closing.message).toEqual({ key: 'findingMessages.typography.unopenedBracket', params: { bracket: ')' } });
    expect(rendered(closing)).toMatchObject({ en: 'Closing bracket ) with no opening one', ru: 'Закрывающая скобка ) без открывающей' });
    expect(findingsFor([['Т.'], ['Two aims: a) peace, b) security (for now).']]).findings).toEqual([]);
  });
});

describe('typography: scope', () => {
  it('leaves furniture alone', () => {
    expect(findingsFor([['Т.'], ['Skip  to «main» content'], { kind: 'furniture' }]).findings).toEqual([]);
  });
});
