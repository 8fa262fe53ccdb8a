import { describe, expect, it } from 'vitest';
import { forbiddenTermCheck } from '../../shared/checks/forbidden-term';
import type { CheckContext } from '../../shared/checks/types';
import type { Concept } from '../../shared/model';
import { concept } from '../fixtures/terms/concepts';
import { applyFix, context, glossaryOf, rendered, type RowSpec } from './check-helpers';

const en = (text: string, status: 'preferred' | 'admitted' | 'forbidden' = 'preferred', caseSensitive = false) => ({
  text,
  lang: 'en' as const,
  status,
  caseSensitive,
});

const CONCEPTS: Concept[] = [
  concept(1, 'place', 'Киев', en('Kyiv'), en('Kiev', 'forbidden')),
  concept(2, 'place', 'Белгородская область', en('Belgorod region'), en('Belgorod Region', 'forbidden')),
  concept(3, 'other', 'ДСНВ', en('New START Treaty'), en('New START', 'admitted'), en('START Treaty', 'forbidden')),
  concept(4, 'title', 'посол по особым поручениям', en('ambassador-at-large'), en('Ambassador-at-Large', 'forbidden', true)),
  concept(5, 'person', 'Владимир Зеленский', en('Volodymyr Zelensky'), en('Vladimir Zelensky', 'forbidden')),
  concept(6, 'person', 'Андрей Кортунов', en('Andrei Kortunov'), en('Andrey Kortunov', 'forbidden')),
  concept(7, 'place', 'Луганская Народная Республика', en("Luhansk People's Republic"), en("Lugansk People's Republic", 'forbidden')),
  concept(8, 'person', 'Джей Ди Вэнс', en('JD Vance'), en('Jay D. Vance', 'forbidden')),
  concept(9, 'place', 'Луганск', en('Luhansk'), en('Lugansk', 'forbidden')),
  concept(10, 'other', 'нечто', en('Thing X', 'forbidden')),
];

function check(concepts: Concept[], ...specs: RowSpec[]) {
  const ctx: CheckContext = {
    ...context(...specs),
    glossary: glossaryOf(concepts),
  };
  return { ctx, findings: forbiddenTermCheck.run(ctx) };
}

const run = (...specs: RowSpec[]) => check(CONCEPTS, ...specs);

/** The target segment's text after the finding's fix. */
function fixed(ctx: CheckContext, finding: { fix?: unknown; target?: { segmentId: number } }): string {
  return applyFix(ctx, finding as never).get(finding.target!.segmentId)!;
}

describe('forbidden-term', () => {
  it('reports a forbidden rendering as an error with the approved term as the fix', () => {
    const { ctx, findings } = run([['Удар по Киеву.'], ['A strike on Kiev.']]);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      check: 'forbidden-term',
      severity: 'error',
      row: 0,
      target: { segmentId: 1001, start: 12, end: 16, text: 'Kiev' },
      source: { segmentId: 1, text: 'Киеву' },
      message: { key: 'findingMessages.forbidden-term.useApprovedFor', params: { forbidden: 'Kiev', russian: 'Киев', approved: 'Kyiv' } },
      subject: { label: 'Kyiv', conceptId: 1 },
      fix: { label: { key: 'findingFixes.forbidden-term.replaceWith', params: { approved: 'Kyiv' } } },
    });
    expect(rendered(finding)).toEqual({
      en: '"Kiev" is forbidden for Киев; use "Kyiv"',
      ru: 'Киев: вариант «Kiev» запрещён; нужно «Kyiv»',
      fixEn: 'Replace with "Kyiv"',
      fixRu: 'Заменить на «Kyiv»',
    });
    expect(fixed(ctx, finding)).toBe('A strike on Kyiv.');
  });

  it('reports it even when the original of the row does not name the concept, without a source span', () => {
    const { findings } = run([['Удар по столице.'], ['A strike on Kiev.']]);
    expect(findings.map((f) => f.target?.text)).toEqual(['Kiev']);
    expect(findings[0].source).toBeUndefined();
  });

  it('keeps the possessive and its apostrophe', () => {
    const { ctx, findings } = run([['Позиция Киева.'], ["Kiev's position and Kiev’s allies."]]);
    expect(findings.map((f) => f.target?.text)).toEqual(["Kiev's", 'Kiev’s']);
    expect(fixed(ctx, findings[0])).toBe("Kyiv's position and Kiev’s allies.");
    expect(fixed(ctx, findings[1])).toBe("Kiev's position and Kyiv’s allies.");
  });

  it('keeps a plural', () => {
    const { ctx, findings } = run([['Две области.'], ['Both Belgorod Regions.']]);
    expect(findings.map((f) => f.target?.text)).toEqual(['Belgorod Regions']);
    expect(fixed(ctx, findings[0])).toBe('Both Belgorod regions.');
  });

  it('capitalises the approved term at the start of a sentence only', () => {
    const { ctx, findings } = run(
      [['Посол по особым поручениям заявил.'], ['Ambassador-at-Large said so.']],
      [['Он посол по особым поручениям.'], ['He is an Ambassador-at-Large. "Ambassador-at-Large, he said, agreed.']],
    );
    expect(findings.map((f) => [f.row, f.target?.start])).toEqual([
      [0, 0],
      [1, 9],
      [1, 31],
    ]);
    expect(fixed(ctx, findings[0])).toBe('Ambassador-at-large said so.');
    expect(fixed(ctx, findings[1])).toBe('He is an ambassador-at-large. "Ambassador-at-Large, he said, agreed.');
    expect(fixed(ctx, findings[2])).toBe('He is an Ambassador-at-Large. "Ambassador-at-large, he said, agreed.');
  });

  it('lets a title keep its capitals before a name, as English writes it', () => {
    const { findings } = run(
      [['Посол по особым поручениям Родион Мирошник заявил.'], ['Ambassador-at-Large Rodion Miroshnik said so.']],
      [['Посол по особым поручениям сказал.'], ['The Ambassador-at-Large said so.']],
    );
    expect(findings.map((f) => [f.row, f.target?.text])).toEqual([[1, 'Ambassador-at-Large']]);
  });

  it('respects a case-sensitive forbidden term', () => {
    const { findings } = run([['Посол.'], ['He met the ambassador-at-large.']]);
    expect(findings).toEqual([]);
  });

  it('matches a variant that differs from the approved term only in case in its own case', () => {
    const { ctx, findings } = run(
      [['В Белгородской области.'], ['In the Belgorod Region.']],
      [['В Белгородской области.'], ["In the Belgorod region and the Belgorod region's villages."]],
    );
    expect(findings.map((f) => [f.row, f.target?.text, f.source?.text])).toEqual([[0, 'Belgorod Region', 'Белгородской области']]);
    expect(fixed(ctx, findings[0])).toBe('In the Belgorod region.');
  });

  it('does not flag a forbidden term inside an allowed rendering of the same concept', () => {
    const { findings } = run(
      [['ДСНВ истекает.'], ['The New START Treaty expires; New START was signed in 2010.']],
      [['ДСНВ истекает.'], ['The START Treaty expires.']],
    );
    expect(findings.map((f) => [f.row, f.target?.text])).toEqual([[1, 'START Treaty']]);
  });

  it('replaces forbidden multi-word names', () => {
    const { ctx, findings } = run(
      [['Зеленский и Кортунов.'], ['Vladimir Zelensky met Andrey Kortunov.']],
      [['ЛНР.'], ["The Lugansk People's Republic's border."]],
      [['Вэнс.'], ['Jay D. Vance spoke.']],
    );
    expect(findings.map((f) => fixed(ctx, f))).toEqual([
      'Volodymyr Zelensky met Andrey Kortunov.',
      'Vladimir Zelensky met Andrei Kortunov.',
      "The Luhansk People's Republic's border.",
      'JD Vance spoke.',
    ]);
  });

  it("prefers the longer of two concepts' forbidden terms on one stretch", () => {
    const { findings } = run([['ЛНР.'], ["The Lugansk People's Republic and Lugansk."]]);
    expect(findings.map((f) => [f.target?.text, f.subject?.conceptId])).toEqual([
      ["Lugansk People's Republic", 7],
      ['Lugansk', 9],
    ]);
  });

  it("leaves a forbidden term inside the approved rendering of another concept the original names", () => {
    const concepts = [
      concept(1, 'place', 'Луганск', en('Luhansk'), en('Lugansk', 'forbidden')),
      concept(2, 'organization', 'Луганский университет', en('Lugansk University')),
    ];
    const named = check(concepts, [['Луганский университет открылся.'], ['Lugansk University opened.']]);
    expect(named.findings).toEqual([]);
    const unnamed = check(concepts, [['Университет открылся.'], ['Lugansk University opened.']]);
    expect(unnamed.findings.map((f) => f.target?.text)).toEqual(['Lugansk']);
  });

  it('does not flag a word that only contains the forbidden one', () => {
    expect(run([['Киевская Русь.'], ['Kievan Rus was a state.']]).findings).toEqual([]);
  });

  it('reports a forbidden term with no approved English without a fix', () => {
    const { findings } = run([['Нечто.'], ['A thing x appeared.']]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      message: { key: 'findingMessages.forbidden-term.forbiddenFor', params: { forbidden: 'Thing X', russian: 'нечто' } },
      subject: { label: 'нечто', conceptId: 10 },
    });
    expect(rendered(findings[0])).toMatchObject({
      en: '"Thing X" is forbidden for нечто',
      ru: 'нечто: вариант «Thing X» запрещён глоссарием',
      fixEn: null,
    });
    expect(findings[0].fix).toBeUndefined();
  });

  it('looks at headings and captions but not at furniture or credits', () => {
    const { findings } = run(
      [['Киев'], ['KIEV'], { kind: 'heading' }],
      [['Киев'], ['Kiev'], { kind: 'caption' }],
      [['Киев'], ['Kiev'], { kind: 'furniture' }],
      [['Фото: Киев'], ['Photo: Kiev'], { kind: 'credit' }],
    );
    expect(findings.map((f) => [f.row, f.target?.text, f.fix?.replacements[0].text])).toEqual([
      [0, 'KIEV', 'KYIV'],
      [1, 'Kiev', 'Kyiv'],
    ]);
  });

  it('gives repeated findings in one row distinct keys', () => {
    const { findings } = run([['Киев'], ['Kiev, Kiev.']]);
    expect(new Set(findings.map((f) => f.key)).size).toBe(2);
  });

  it('does nothing without a glossary or without forbidden terms', () => {
    expect(forbiddenTermCheck.run(context([['Киев'], ['Kiev']]))).toEqual([]);
    expect(check([concept(1, 'place', 'Киев', en('Kyiv'))], [['Киев'], ['Kiev']]).findings).toEqual([]);
  });
});
