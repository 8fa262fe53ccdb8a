import { describe, expect, it } from 'vitest';
import { missingTermCheck } from '../../shared/checks/missing-term';
import type { CheckContext } from '../../shared/checks/types';
import type { Concept } from '../../shared/model';
import { concept } from '../fixtures/terms/concepts';
import { applyFix, context, glossaryOf, rendered, type RowSpec } from './check-helpers';

const en = (text: string, status: 'preferred' | 'admitted' | 'forbidden' = 'preferred') => ({ text, lang: 'en' as const, status });

const CONCEPTS: Concept[] = [
  concept(1, 'place', 'Белгородская область', en('Belgorod region'), en('Belgorod Region', 'forbidden')),
  concept(2, 'person', 'Родион Мирошник', en('Rodion Miroshnik')),
  concept(3, 'place', 'Киев', en('Kyiv'), en('Kiev', 'forbidden')),
  concept(4, 'other', 'ДСНВ', en('New START Treaty'), en('New START', 'admitted')),
  concept(5, 'organization', 'клуб «Валдай»'),
  concept(6, 'place', 'Луганская Народная Республика', en("Luhansk People's Republic")),
  concept(7, 'person', 'Дмитрий Песков', en('Dmitry Peskov')),
  concept(8, 'person', 'Пётр Песков', en('Pyotr Peskov')),
  concept(9, 'organization', 'МИД России', en('Russian Foreign Ministry')),
  concept(10, 'organization', 'ВСУ', en('Armed Forces of Ukraine')),
];

function run(...specs: RowSpec[]) {
  const ctx: CheckContext = {
    ...context(...specs),
    glossary: glossaryOf(CONCEPTS),
  };
  return { ctx, findings: missingTermCheck.run(ctx) };
}

describe('missing-term', () => {
  it('reports a concept of the original whose approved English is missing, in any case form', () => {
    const { findings } = run([['Обстрел Белгородской области.'], ['Shelling of the border area.']]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      check: 'missing-term',
      severity: 'warning',
      row: 0,
      source: { segmentId: 1, text: 'Белгородской области' },
      message: { key: 'findingMessages.missing-term.missing', params: { russian: 'Белгородская область', expected: 'Belgorod region' } },
      subject: { label: 'Belgorod region', conceptId: 1 },
    });
    expect(rendered(findings[0])).toMatchObject({
      en: 'Белгородская область is in the original; the translation lacks "Belgorod region"',
      ru: 'В оригинале есть «Белгородская область», а в переводе нет «Belgorod region»',
    });
    expect(findings[0].fix).toBeUndefined();
    expect(findings[0].target).toBeUndefined();
  });

  it('accepts the approved term in plural or possessive form, and an admitted one', () => {
    const { findings } = run(
      [['Белгородская область.'], ["The Belgorod region's villages."]],
      [['Две Белгородские области.'], ['Two Belgorod regions.']],
      [['ДСНВ истекает.'], ['New START expires.']],
    );
    expect(findings).toEqual([]);
  });

  it('offers a fix for the same name spelt another way', () => {
    const { ctx, findings } = run([['По словам Родиона Мирошника, всё спокойно.'], ["According to Rodion Miroshnyk's office, all is calm."]]);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      source: { text: 'Родиона Мирошника' },
      target: { segmentId: 1001, text: 'Rodion Miroshnyk' },
      fix: { label: { key: 'findingFixes.missing-term.replace', params: { found: 'Rodion Miroshnyk', expected: 'Rodion Miroshnik' } } },
    });
    expect(rendered(finding)).toMatchObject({
      fixEn: 'Replace "Rodion Miroshnyk" with "Rodion Miroshnik"',
      fixRu: 'Заменить «Rodion Miroshnyk» на «Rodion Miroshnik»',
    });
    expect(applyFix(ctx, finding).get(1001)).toBe("According to Rodion Miroshnik's office, all is calm.");
  });

  it('offers a fix for a near spelling of a non-person name only when it is very close', () => {
    const close = run([['В Луганской Народной Республике.'], ["In the Lugansk People's Republic."]]);
    expect(close.findings[0].fix?.replacements[0].text).toBe("Luhansk People's Republic");
    const far = run([['В Белгородской области.'], ['In the Belgorod area.']]);
    expect(far.findings).toHaveLength(1);
    expect(far.findings[0].fix).toBeUndefined();
  });

  it('accepts the English surname for a surname alone', () => {
    const { findings } = run(
      [['Родион Мирошник заявил.'], ['Rodion Miroshnik said.']],
      [['Мирошник добавил.'], ['Miroshnik added.']],
      [['Мирошника спросили.'], ['The official was asked.']],
    );
    expect(findings.map((f) => [f.row, f.message])).toEqual([
      [2, { key: 'findingMessages.missing-term.surnameMissing', params: { surname: 'Мирошника', russian: 'Родион Мирошник', expected: 'Miroshnik' } }],
    ]);
    expect(rendered(findings[0]).en).toBe('Мирошника (Родион Мирошник) is in the original; the translation lacks "Miroshnik"');
  });

  it('offers the surname alone as the fix for a surname alone', () => {
    const { ctx, findings } = run([['Мирошник добавил.'], ['Miroshnyk added.']]);
    expect(findings).toHaveLength(1);
    expect(findings[0].fix?.label).toEqual({ key: 'findingFixes.missing-term.replace', params: { found: 'Miroshnyk', expected: 'Miroshnik' } });
    expect(applyFix(ctx, findings[0]).get(1001)).toBe('Miroshnik added.');
  });

  it('carries people named earlier in the document to a shared surname', () => {
    const { findings } = run(
      [['Дмитрий Песков заявил.'], ['Dmitry Peskov said.']],
      [['Песков добавил.'], ['He added.']],
    );
    expect(findings.map((f) => [f.row, f.subject?.conceptId])).toEqual([[1, 7]]);
  });

  it('leaves a forbidden rendering to forbidden-term', () => {
    const { findings } = run(
      [['В Киеве.'], ['In Kiev.']],
      [['В Белгородской области.'], ['In the Belgorod Region.']],
    );
    expect(findings).toEqual([]);
  });

  it('skips rows without a translation, furniture and credits, and concepts without English', () => {
    const { findings } = run(
      [['В Киеве.'], []],
      [['Киев'], ['Home'], { kind: 'furniture' }],
      [['Фото: Киев'], ['Photo: agency'], { kind: 'credit' }],
      [['Эксперт клуба «Валдай».'], ['An expert of the club.']],
    );
    expect(findings).toEqual([]);
  });

  it('reports each missing concept once per row', () => {
    const { findings } = run([['Киев и снова Киев, Белгородская область.'], ['The capital and the region.']]);
    expect(findings.map((f) => f.subject?.label)).toEqual(['Kyiv', 'Belgorod region']);
  });

  it('does nothing without a glossary', () => {
    expect(missingTermCheck.run(context([['Киев'], ['The city']]))).toEqual([]);
  });
  it('takes the approved words in other forms, in the same order, for the term said another way', () => {
    const { findings } = run([['Это понимают, — сказал глава МИД России.'], ['They understand this," the Russian Foreign Minister said.']]);
    expect(findings).toEqual([]);
  });

  it('reports the approved words reordered as another construction of the name, with a fix', () => {
    const { ctx, findings } = run([['ВСУ стали чаще бить по объектам.'], ['The Ukrainian Armed Forces began to strike more often.']]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      target: { text: 'Ukrainian Armed Forces' },
      message: {
        key: 'findingMessages.missing-term.reordered',
        params: { russian: 'ВСУ', found: 'Ukrainian Armed Forces', expected: 'Armed Forces of Ukraine' },
      },
    });
    expect(rendered(findings[0])).toMatchObject({
      en: 'ВСУ is rendered "Ukrainian Armed Forces"; the glossary has "Armed Forces of Ukraine"',
      ru: 'ВСУ: в переводе «Ukrainian Armed Forces», а в глоссарии — «Armed Forces of Ukraine»',
    });
    expect(applyFix(ctx, findings[0]).get(1001)).toBe('The Armed Forces of Ukraine began to strike more often.');
  });

  it('leaves a term left in Russian in the translation to the untranslated check', () => {
    const { findings } = run([['Ракета ВСУ'], ['ВСУ missile']], [['Ракета ВСУ'], ['A missile']]);
    expect(findings.map((f) => f.row)).toEqual([1]);
  });
});
