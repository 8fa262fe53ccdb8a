import { describe, expect, it } from 'vitest';
import { inconsistentRenderingCheck } from '../../shared/checks/inconsistent-rendering';
import type { CheckContext } from '../../shared/checks/types';
import type { Concept, Finding } from '../../shared/model';
import { buildTermMatcher, createSnowballMorphology } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';
import { applyFix, context, rendered, segmentById, type RowSpec } from './check-helpers';

const morphology = createSnowballMorphology();

function run(ctx: CheckContext): Finding[] {
  return inconsistentRenderingCheck.run({ ...ctx, morphology });
}

function withGlossary(ctx: CheckContext, concepts: Concept[]): CheckContext {
  return {
    ...ctx,
    glossary: {
      concepts: new Map(concepts.map((c) => [c.id, c])),
      matcher: buildTermMatcher(concepts, { morphology }),
    },
  };
}

/** The target texts after applying every fix of the findings together, as fix-all does. */
function applyAll(ctx: CheckContext, findings: Finding[]): string[] {
  const texts = new Map<number, string>();
  const replacements = findings.flatMap((f) => f.fix?.replacements ?? []).sort((a, b) => b.start - a.start);
  for (const r of replacements) {
    const text = texts.get(r.segmentId) ?? segmentById(ctx, r.segmentId).current;
    texts.set(r.segmentId, text.slice(0, r.start) + r.text + text.slice(r.end));
  }
  return ctx.rows.flatMap((row) => row.target.map((s) => texts.get(s.id) ?? s.current));
}

const klintsevich: RowSpec[] = [
  [['Об этом рассказал Андрей Клинцевич.'], ['This was said by Andrei Klintsevich.']],
  [['По мнению Андрея Клинцевича, удары продолжатся.'], ["In Andrey Klintsevich's opinion, the strikes will continue."]],
  [['С Андреем Клинцевичем согласны и другие.'], ['Others agree with Andrei Klintsevich.']],
  [['Клинцевич добавил, что это давление.'], ['Klintsevich added that this is pressure.']],
];

describe('inconsistent-rendering: one person', () => {
  it('flags the minority spelling of a name across its case forms, and fixes it keeping the possessive', () => {
    const ctx = context(...klintsevich);
    const findings = run(ctx);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.check).toBe('inconsistent-rendering');
    expect(f.severity).toBe('warning');
    expect(f.row).toBe(1);
    expect(f.source?.text).toBe('Андрея Клинцевича');
    expect(f.target?.text).toBe('Andrey Klintsevich');
    expect(f.subject).toEqual({ label: 'Андрей Клинцевич', variants: ['Andrei', 'Andrey'] });
    expect(f.message).toEqual({
      key: 'findingMessages.inconsistent-rendering.elsewhere',
      params: { name: 'Андрей Клинцевич', here: 'Andrey Klintsevich', other: 'Andrei Klintsevich', count: 2 },
    });
    expect(f.fix?.label).toEqual({ key: 'findingFixes.inconsistent-rendering.use', params: { spelling: 'Andrei Klintsevich' } });
    expect(rendered(f)).toEqual({
      en: 'Андрей Клинцевич is rendered "Andrey Klintsevich" here and "Andrei Klintsevich" in 2 other places',
      ru: 'Андрей Клинцевич: здесь «Andrey Klintsevich», а в 2 других местах — «Andrei Klintsevich»',
      fixEn: 'Use "Andrei Klintsevich"',
      fixRu: 'Заменить на «Andrei Klintsevich»',
    });
    expect(applyFix(ctx, f).get(1002)).toBe("In Andrei Klintsevich's opinion, the strikes will continue.");
  });

  it("keeps the spelling the editor picked, and then flags the others", () => {
    const ctx = { ...context(...klintsevich), choices: new Map([['Андрей Клинцевич', 'Andrey']]) };
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.target?.text])).toEqual([
      [0, 'Andrei Klintsevich'],
      [2, 'Andrei Klintsevich'],
    ]);
    expect(applyAll(ctx, findings).slice(0, 3)).toEqual([
      'This was said by Andrey Klintsevich.',
      "In Andrey Klintsevich's opinion, the strikes will continue.",
      'Others agree with Andrey Klintsevich.',
    ]);
    // A pick that is not one of the article's spellings changes nothing.
    const unknown = run({ ...context(...klintsevich), choices: new Map([['Андрей Клинцевич', 'Andrej']]) });
    expect(unknown.map((f) => f.target?.text)).toEqual(['Andrey Klintsevich']);
  });

  it('compares the surname alone with the surname of the full name', () => {
    const ctx = context(
      [['Эксперт Анна Щербакова считает, что переговоры затянутся.'], ['Expert Anna Shcherbakova believes that the talks will drag on.']],
      [['Щербакова напомнила о прошлогоднем саммите.'], ['Shcherbakova recalled last year’s summit.']],
      [['По словам Щербаковой, сроки не ясны.'], ['According to Scherbakova, the timing is unclear.']],
    );
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.source?.text, f.target?.text])).toEqual([[2, 'Щербаковой', 'Scherbakova']]);
    expect(findings[0].subject?.label).toBe('Анна Щербакова');
    expect(applyFix(ctx, findings[0]).get(1003)).toBe('According to Shcherbakova, the timing is unclear.');
  });

  it('takes the first spelling in the article when two are used equally often', () => {
    const ctx = context(
      [['Андрей Клинцевич выступил первым.'], ['Andrey Klintsevich spoke first.']],
      [['Затем слово взял Андрей Клинцевич.'], ['Then Andrei Klintsevich took the floor.']],
    );
    const findings = run(ctx);
    expect(findings).toHaveLength(1);
    expect(findings[0].target?.text).toBe('Andrei Klintsevich');
    expect(applyFix(ctx, findings[0]).get(1002)).toBe('Then Andrey Klintsevich took the floor.');
  });

  it('gives fixes that apply together and leave one spelling', () => {
    const ctx = context(
      [['Андрей Клинцевич выступил первым.'], ['Andrei Klintsevich spoke first.']],
      [['Андрей Клинцевич повторил это.'], ['Andrey Klintsevich repeated this.']],
      [['Андрей Клинцевич повторил это ещё раз.'], ['Andrey Klintsevitch repeated it again.']],
      [['Андрей Клинцевич закончил.'], ['Andrei Klintsevich finished.']],
      [['Андрей Клинцевич ушёл.'], ['Andrei Klintsevich left.']],
    );
    const findings = run(ctx);
    expect(findings.map((f) => f.row)).toEqual([1, 2]);
    expect(new Set(findings.map((f) => f.subject?.label))).toEqual(new Set(['Андрей Клинцевич']));
    const texts = applyAll(ctx, findings);
    expect(texts[1]).toBe('Andrei Klintsevich repeated this.');
    expect(texts[2]).toBe('Andrei Klintsevich repeated it again.');
  });
});

describe('inconsistent-rendering: nothing to report', () => {
  it('accepts consistent renderings, possessives and the surname alone', () => {
    const ctx = context(
      [['Андрей Клинцевич рассказал об ударах по Белгородской области.'], ['Andrei Klintsevich spoke about the strikes on the Belgorod region.']],
      [['По мнению Клинцевича, это давление.'], ["In Klintsevich's view, this is pressure."]],
      [['Губернатор заявил, что в Белгородской области спокойно.'], ["The governor said the Belgorod region's border is calm."]],
      [['Андрея Клинцевича поддержали.'], ["Andrei Klintsevich's idea was supported."]],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('accepts a plural of the generic noun', () => {
    const ctx = context(
      [['Удары по Белгородской области продолжаются.'], ['Strikes on the Belgorod region continue.']],
      [['Жители Белгородской и Курской областей получили помощь.'], ['Residents of the Belgorod and Kursk regions received help.']],
      [['В Белгородской области спокойно.'], ['The Belgorod region is calm.']],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('keeps apart different people with similar surnames', () => {
    const ctx = context(
      [['Сергей Иванов и Анна Иванова встретились в Москве.'], ['Sergei Ivanov and Anna Ivanova met in Moscow.']],
      [['Иванова отметила, что встреча прошла хорошо.'], ['Ivanova noted that the meeting went well.']],
      [['Иванов с этим согласился.'], ['Ivanov agreed with this.']],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('does not take a common English word for a rendering of the name', () => {
    const ctx = context(
      [['Иван Белов подготовил доклад.'], ['Ivan Belov prepared a report.']],
      [['Белов привёл цифры, они даны ниже.'], ['Below are the figures he cited.']],
      [['Белов также отметил рост.'], ['Belov also noted growth, shown below.']],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('ignores the capitals of a heading', () => {
    const ctx = context(
      [['Удары по Белгородской области'], ['Strikes on the Belgorod Region'], { kind: 'heading' }],
      [['В Белгородской области повреждены дома.'], ['Houses were damaged in the Belgorod region.']],
      [['Белгородской области обещали помощь.'], ['The Belgorod region was promised help.']],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('finds nothing in an article without names', () => {
    expect(run(context([['Погода улучшится.'], ['The weather will improve.']]))).toEqual([]);
  });
});

describe('inconsistent-rendering: the same first name of different people', () => {
  it('holds one Russian first name to one spelling, the house one on a tie', () => {
    const ctx = context(
      [['Об этом рассказал Андрей Клинцевич.'], ['This was said by Andrei Klintsevich.']],
      [['Эксперт Андрей Кортунов уверен в обратном.'], ['Expert Andrey Kortunov is sure of the opposite.']],
      [['Кортунов добавил, что саммит возможен.'], ['Kortunov added that a summit is possible.']],
    );
    const findings = run(ctx);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.row).toBe(1);
    expect(f.subject).toEqual({ label: 'Андрей', variants: ['Andrei', 'Andrey'] });
    expect(f.source?.text).toBe('Андрей');
    expect(f.target?.text).toBe('Andrey');
    expect(f.message).toEqual({ key: 'findingMessages.inconsistent-rendering.elsewhere', params: { name: 'Андрей', here: 'Andrey', other: 'Andrei', count: 1 } });
    expect(rendered(f)).toMatchObject({
      en: 'Андрей is rendered "Andrey" here and "Andrei" in 1 other place',
      ru: 'Андрей: здесь «Andrey», а в 1 другом месте — «Andrei»',
    });
    expect(applyFix(ctx, f).get(1002)).toBe('Expert Andrei Kortunov is sure of the opposite.');

    // The editor may pick the other spelling of the first name.
    const picked = run({ ...ctx, choices: new Map([['Андрей', 'Andrey']]) });
    expect(picked.map((p) => [p.row, p.target?.text])).toEqual([[0, 'Andrei']]);
    expect(applyFix(ctx, picked[0]).get(1001)).toBe('This was said by Andrey Klintsevich.');
  });

  it('follows the majority over the house spelling', () => {
    const ctx = context(
      [['Андрей Клинцевич выступил.'], ['Andrei Klintsevich spoke.']],
      [['Андрей Кортунов возразил.'], ['Andrey Kortunov objected.']],
      [['Андрей Сушенцов согласился с Андреем Кортуновым.'], ['Andrey Sushentsov agreed with Andrey Kortunov.']],
    );
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.target?.text, f.fix?.replacements[0].text])).toEqual([[0, 'Andrei', 'Andrey']]);
  });

  it('does not report different first names that look alike', () => {
    const ctx = context(
      [['Александр Иванов выступил.'], ['Alexander Ivanov spoke.']],
      [['Алексей Петров возразил.'], ['Aleksey Petrov objected.']],
      [['Александра Смирнова согласилась.'], ['Alexandra Smirnova agreed.']],
    );
    expect(run(ctx)).toEqual([]);
  });
});

describe('inconsistent-rendering: with a glossary', () => {
  const belgorod = [
    [['Удары по Белгородской области продолжаются.'], ['Strikes on the Belgorod Region continue.']],
    [['В Белгородской области повреждены дома.'], ['Houses were damaged in the Belgorod Region.']],
    [['Белгородской области обещали помощь.'], ["The Belgorod region's residents were promised help."]],
  ] satisfies RowSpec[];

  it('fixes a capitalisation variant to the approved rendering, even against the majority', () => {
    const ctx = withGlossary(context(...belgorod), [
      concept(7, 'place', 'Белгородская область', { text: 'Belgorod region', lang: 'en' }),
    ]);
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.target?.text])).toEqual([
      [0, 'Belgorod Region'],
      [1, 'Belgorod Region'],
    ]);
    for (const f of findings) expect(f.subject).toEqual({ label: 'Белгородская область', conceptId: 7 });
    expect(findings[0].message).toEqual({
      key: 'findingMessages.inconsistent-rendering.elsewhere',
      params: { name: 'Белгородская область', here: 'Belgorod Region', other: 'Belgorod region', count: 1 },
    });
    expect(applyAll(ctx, findings)).toEqual([
      'Strikes on the Belgorod region continue.',
      'Houses were damaged in the Belgorod region.',
      "The Belgorod region's residents were promised help.",
    ]);
  });

  it('leaves a forbidden variant to the forbidden-term check', () => {
    const ctx = withGlossary(context(...belgorod), [
      concept(7, 'place', 'Белгородская область', { text: 'Belgorod region', lang: 'en' }, {
        text: 'Belgorod Region',
        lang: 'en',
        status: 'forbidden',
      }),
    ]);
    expect(run(ctx)).toEqual([]);
  });

  it('reports two allowed renderings that differ', () => {
    const ctx = withGlossary(context(...klintsevich), [
      concept(
        3,
        'person',
        'Андрей Клинцевич',
        { text: 'Andrei Klintsevich', lang: 'en' },
        { text: 'Andrey Klintsevich', lang: 'en', status: 'admitted' },
      ),
    ]);
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.target?.text, f.subject?.conceptId])).toEqual([[1, 'Andrey Klintsevich', 3]]);
    expect(applyFix(ctx, findings[0]).get(1002)).toBe("In Andrei Klintsevich's opinion, the strikes will continue.");
  });

  it('leaves the first name of a person the glossary spells to the glossary', () => {
    const ctx = withGlossary(
      context(
        [['Об этом рассказал Андрей Клинцевич.'], ['This was said by Andrei Klintsevich.']],
        [['Эксперт Андрей Кортунов уверен в обратном.'], ['Expert Andrey Kortunov is sure of the opposite.']],
      ),
      [concept(4, 'person', 'Андрей Кортунов', { text: 'Andrei Kortunov', lang: 'en' }, { text: 'Andrey Kortunov', lang: 'en', status: 'forbidden' })],
    );
    expect(run(ctx)).toEqual([]);
  });

  it('compares renderings with an approved English that is not a transliteration as whole phrases', () => {
    const kyiv = concept(9, 'place', 'Киев', { text: 'Kyiv', lang: 'en' });
    const zelensky = concept(10, 'person', 'Владимир Зеленский', { text: 'Volodymyr Zelensky', lang: 'en' });
    const ctx = withGlossary(
      context(
        [['Владимир Зеленский прибыл в Киев.'], ['Volodymyr Zelensky arrived in Kyiv.']],
        [['Позиция Киева не изменилась, сказал Зеленский.'], ["Kyiv's position has not changed, Zelensky said."]],
        [['В Киеве прошли переговоры.'], ['Talks were held in Kiev.']],
      ),
      [kyiv, zelensky],
    );
    const findings = run(ctx);
    expect(findings.map((f) => [f.row, f.target?.text, f.subject?.conceptId])).toEqual([[2, 'Kiev', 9]]);
    expect(findings[0].message).toEqual({ key: 'findingMessages.inconsistent-rendering.elsewhere', params: { name: 'Киев', here: 'Kiev', other: 'Kyiv', count: 2 } });
    expect(rendered(findings[0]).en).toBe('Киев is rendered "Kiev" here and "Kyiv" in 2 other places');
    expect(applyFix(ctx, findings[0]).get(1003)).toBe('Talks were held in Kyiv.');
  });

  it('gives stable keys', () => {
    const ctx = context(...klintsevich);
    expect(run(ctx).map((f) => f.key)).toEqual(run(ctx).map((f) => f.key));
    expect(run(ctx)[0].key).toContain('inconsistent-rendering');
  });
});
