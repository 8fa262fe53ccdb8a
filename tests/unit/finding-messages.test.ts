// Every message and fix label a check can give is in both locale files, with Russian plurals, and
// renders completely. The keys come from the checks themselves (Check.phraseKeys), and a set of
// small documents proves that list is the one the checks actually use.
import { describe, expect, it } from 'vitest';
import { ALL_CHECKS, runChecks } from '../../shared/checks';
import { NUMBER_UNITS } from '../../shared/checks/numbers';
import type { CheckContext } from '../../shared/checks/types';
import en from '../../shared/locales/en.json';
import ru from '../../shared/locales/ru.json';
import type { CheckId, Concept, Finding, Phrase } from '../../shared/model';
import { findingMessage, fixLabel, phraseText } from '../../shared/review/finding-text';
import { createSnowballMorphology } from '../../shared/terms';
import { concept } from '../fixtures/terms/concepts';
import { context, glossaryOf, type RowSpec } from './check-helpers';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const LOCALES = { en: flatten(en), ru: flatten(ru) };
const PLURAL_FORMS = { en: ['one', 'other'], ru: ['one', 'few', 'many', 'other'] } as const;

/** The strings a key has in one language: itself, or its plural forms. */
function forms(lang: 'en' | 'ru', key: string): Map<string, string> {
  const flat = LOCALES[lang];
  const out = new Map<string, string>();
  if (flat.has(key)) out.set('', flat.get(key)!);
  for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) {
    const text = flat.get(`${key}_${form}`);
    if (text !== undefined) out.set(form, text);
  }
  return out;
}

const enTerm = (text: string, status: 'preferred' | 'admitted' | 'forbidden' = 'preferred') => ({ text, lang: 'en' as const, status });
const morphology = createSnowballMorphology();

function withGlossary(concepts: Concept[], ...specs: RowSpec[]): CheckContext {
  return { ...context(...specs), glossary: glossaryOf(concepts), morphology };
}

/** Small documents that between them make every check say everything it can say. */
const DOCUMENTS: Record<string, CheckContext> = {
  'forbidden terms, with and without a Russian term and an approved one': withGlossary(
    [
      concept(1, 'place', 'Киев', enTerm('Kyiv'), enTerm('Kiev', 'forbidden')),
      concept(2, 'other', 'нечто', enTerm('Thing X', 'forbidden')),
      concept(3, 'organization', enTerm('Ukrainska Pravda'), enTerm('Ukrainskaya Pravda', 'forbidden')),
      concept(4, 'other', enTerm('Foo Bar', 'forbidden')),
    ],
    [['Удар по Киеву.'], ['A strike on Kiev.']],
    [['Нечто.'], ['A thing x appeared.']],
    [['Газета пишет.'], ['The Ukrainskaya Pravda writes.']],
    [['Что-то.'], ['Foo Bar appeared.']],
  ),
  'missing terms: absent, a surname alone, reordered, misspelt': withGlossary(
    [
      concept(11, 'place', 'Белгородская область', enTerm('Belgorod region')),
      concept(12, 'person', 'Родион Мирошник', enTerm('Rodion Miroshnik')),
      concept(13, 'organization', 'ВСУ', enTerm('Armed Forces of Ukraine')),
    ],
    [['Обстрел Белгородской области.'], ['Shelling of the border area.']],
    [['Родион Мирошник заявил.'], ['Rodion Miroshnik said.']],
    [['Мирошника спросили.'], ['The official was asked.']],
    [['ВСУ стали чаще бить по объектам.'], ['The Ukrainian Armed Forces began to strike more often.']],
    [['Мирошник добавил.'], ['Miroshnyk added.']],
  ),
  'a name spelt two ways, against the article': withGlossary(
    [],
    [['Андрей Клинцевич считает, что удары продолжатся.'], ['Andrei Klintsevich believes the strikes will continue.']],
    [['По мнению Андрея Клинцевича, удары продолжатся.'], ["In Andrey Klintsevich's opinion, the strikes will continue."]],
    [['Андрей Клинцевич добавил, что это давление.'], ['Andrei Klintsevich added that this is pressure.']],
  ),
  'a name spelt two ways, both unlike the glossary': withGlossary(
    [concept(21, 'place', 'Киев', enTerm('Kyiv'))],
    [['Владимир Зеленский прибыл в Киев.'], ['Volodymyr Zelensky arrived in Kiyv.']],
    [['В Киеве прошли переговоры.'], ['Talks were held in Kiev.']],
  ),
  'Russian left in the translation, and no translation': withGlossary(
    [],
    [['ВСУ'], ['ВСУ'], { kind: 'caption' }],
    [['Комитет'], ['The Сommittee met.']],
    [['Второе предложение.'], []],
  ),
  'text without an original': withGlossary([], [[], ['Translated with DeepL'], { kind: 'furniture' }], [[], ['Read more on our website.']]),
  'numbers': withGlossary(
    [],
    [['Выделено 410 млн руб.'], ['410 million dollars were allocated.']],
    [['Украина наносит 3,5 тыс. ударов.'], ['Ukraine carries out 3,300 strikes.']],
    [['Пострадали 12 человек.'], ['13 people were injured.']],
    [['Пострадали 12 человек, погибли 5.'], ['Several people were injured, 5 died.']],
    [['Украина наносит 3,5 тыс. ударов.'], ['Ukraine carries out many strikes.']],
    [['Пострадали несколько человек.'], ['Several people, 4 of them children, were injured.']],
  ),
  'page furniture': withGlossary([], [['Реклама'], ['Advertisement'], { kind: 'furniture' }]),
  'typography': withGlossary(
    [],
    [['Т.'], ['He called them «long-range sanctions».']],
    [['Т.'], ['the «Izvestia article']],
    [['Т.'], ['Ukraine  strikes targets.']],
    [['Т.'], ['The the summit was canceled.']],
    [['Т.'], ['Ukraine uses man—made hazardous facilities.']],
    [['Т.'], ['— In this case, it is a direct violation of international law," stressed Miroshnik.']],
    [['Т.'], ['He said: "We are ready.']],
    [['Т.'], ['We are ready," he said.']],
    [['Т.'], ['The number of [strikes increased.']],
    [['Т.'], ['The number of strikes) increased.']],
  ),
};

const FINDINGS: Finding[] = Object.values(DOCUMENTS).flatMap((ctx) => runChecks(ctx));
const phrasesOf = (f: Finding): Phrase[] => (f.fix ? [f.message, f.fix.label] : [f.message]);
const KEYS_BY_CHECK = new Map<CheckId, readonly string[]>(ALL_CHECKS.map((c) => [c.id, c.phraseKeys]));
const ALL_KEYS = ALL_CHECKS.flatMap((c) => c.phraseKeys);
/** A count in the English text is what makes a key plural. */
const takesCount = (key: string) => [...forms('en', key).values()].some((text) => text.includes('{{count}}'));

describe('finding messages', () => {
  it('are listed by each check under its own blocks, once', () => {
    expect(new Set(ALL_KEYS).size).toBe(ALL_KEYS.length);
    for (const check of ALL_CHECKS) {
      expect(check.phraseKeys.length, check.id).toBeGreaterThan(0);
      for (const key of check.phraseKeys) expect(key, check.id).toMatch(new RegExp(`^finding(Messages|Fixes)\\.${check.id}\\.\\w+$`));
    }
  });

  it('are exactly the keys the checks give their findings', () => {
    const used = new Set<string>();
    for (const f of FINDINGS) {
      for (const p of phrasesOf(f)) {
        expect(KEYS_BY_CHECK.get(f.check), `${f.check} gave ${p.key}`).toContain(p.key);
        used.add(p.key);
      }
    }
    // The documents above reach every listed key, so the list cannot hold a key no check uses.
    expect(ALL_KEYS.filter((key) => !used.has(key))).toEqual([]);
  });

  it('exist in English and in Russian', () => {
    for (const lang of ['en', 'ru'] as const) {
      const missing = ALL_KEYS.filter((key) => forms(lang, key).size === 0);
      expect(missing, `missing from ${lang}.json`).toEqual([]);
    }
  });

  it('have every plural form where a count appears, and a plain string otherwise', () => {
    const plural = ALL_KEYS.filter(takesCount);
    expect(plural).toContain('findingMessages.inconsistent-rendering.elsewhere');
    for (const key of ALL_KEYS) {
      for (const lang of ['en', 'ru'] as const) {
        const expected = takesCount(key) ? [...PLURAL_FORMS[lang]].sort() : [''];
        expect([...forms(lang, key).keys()].sort(), `${lang}: ${key}`).toEqual(expected);
      }
    }
  });

  it('say it in Russian in ru.json', () => {
    for (const key of ALL_KEYS) {
      for (const text of forms('ru', key).values()) expect(text, key).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('render every finding completely in both languages', () => {
    expect(FINDINGS.length).toBeGreaterThan(30);
    for (const f of FINDINGS) {
      const texts = { en: findingMessage(f, 'en'), ru: findingMessage(f, 'ru'), fixEn: fixLabel(f, 'en'), fixRu: fixLabel(f, 'ru') };
      for (const [which, text] of Object.entries(texts)) {
        if (text === null) continue;
        expect(text, `${f.key} ${which}`).not.toMatch(/\{\{|\}\}|\$t\(|^finding(Messages|Fixes)\./);
        // The article's words are in the sentence as they are.
        for (const value of Object.values((which.startsWith('fix') ? f.fix!.label : f.message).params)) {
          if (typeof value === 'string' && !NUMBER_UNITS.includes(value as never)) expect(text, f.key).toContain(value);
        }
      }
      expect(texts.ru, f.key).not.toBe(texts.en);
    }
  });

  it('choose the Russian plural by the count', () => {
    const elsewhere = (count: number) =>
      phraseText(
        { key: 'findingMessages.inconsistent-rendering.elsewhere', params: { name: 'Андрей', here: 'Andrey', other: 'Andrei', count } },
        'ru',
      );
    expect(elsewhere(1)).toBe('Андрей: здесь «Andrey», а в 1 другом месте — «Andrei»');
    expect(elsewhere(21)).toBe('Андрей: здесь «Andrey», а в 21 другом месте — «Andrei»');
    for (const n of [2, 4, 5, 11, 12, 22, 25]) expect(elsewhere(n)).toBe(`Андрей: здесь «Andrey», а в ${n} других местах — «Andrei»`);
    expect(phraseText({ key: 'findingMessages.inconsistent-rendering.elsewhere', params: { name: 'A', here: 'b', other: 'c', count: 1 } }, 'en')).toBe(
      'A is rendered "b" here and "c" in 1 other place',
    );
  });

  it('name every unit in both languages', () => {
    for (const lang of ['en', 'ru'] as const) {
      for (const a of NUMBER_UNITS) {
        for (const b of NUMBER_UNITS) {
          const text = phraseText({ key: 'findingMessages.number-mismatch.unit', params: { source: '5', sourceUnit: a, targetUnit: b } }, lang);
          expect(text).not.toMatch(/\$t\(|\{\{|units\./);
          expect(text).toContain(LOCALES[lang].get(`findingMessages.number-mismatch.units.${a}`));
          expect(text).toContain(LOCALES[lang].get(`findingMessages.number-mismatch.units.${b}`));
        }
      }
    }
  });

  it('leave article text that looks like markup as it is', () => {
    const text = phraseText({ key: 'findingMessages.typography.repeatedWord', params: { text: '{{count}} $t(app.name) <b>' } }, 'ru');
    expect(text).toBe('Слово повторяется: «{{count}} $t(app.name) <b>»');
  });
});
