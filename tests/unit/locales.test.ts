import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../shared/locales/en.json';
import ru from '../../shared/locales/ru.json';

type Tree = { [key: string]: string | Tree };
const LOCALES: Record<string, Tree> = { en, ru };

/** Dotted keys to their strings. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') for (const [k, v] of flatten(value, path)) out.set(k, v);
    else out.set(path, value);
  }
  return out;
}

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** Base keys, with the plural suffixes each one has (empty for a plain key). */
function families(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const match = PLURAL_SUFFIX.exec(key);
    const base = match ? key.slice(0, match.index) : key;
    const set = out.get(base) ?? new Set<string>();
    if (match) set.add(match[1]);
    out.set(base, set);
  }
  return out;
}

const requiredForms = (lang: string) => new Set(new Intl.PluralRules(lang).resolvedOptions().pluralCategories);

describe('UI strings', () => {
  const flat = Object.fromEntries(Object.entries(LOCALES).map(([lang, tree]) => [lang, flatten(tree)]));
  const fams = Object.fromEntries(Object.entries(flat).map(([lang, map]) => [lang, families(map.keys())]));

  it('has the same keys in English and Russian, plural families compared by their base key', () => {
    expect([...fams.ru.keys()].sort()).toEqual([...fams.en.keys()].sort());
    // A key is plural in one language exactly when it is plural in the other.
    for (const [base, forms] of fams.en) expect(forms.size > 0, base).toBe(fams.ru.get(base)!.size > 0);
  });

  it('gives every plural family exactly the forms the language needs', () => {
    for (const lang of Object.keys(LOCALES)) {
      const required = [...requiredForms(lang)].sort();
      for (const [base, forms] of fams[lang]) {
        if (forms.size > 0) expect([...forms].sort(), `${lang}: ${base}`).toEqual(required);
      }
    }
    expect([...requiredForms('ru')].sort()).toEqual(['few', 'many', 'one', 'other']);
  });

  it('has no empty strings and nothing but strings', () => {
    for (const [lang, map] of Object.entries(flat)) {
      for (const [key, value] of map) {
        expect(typeof value, `${lang}: ${key}`).toBe('string');
        expect((value as string).trim(), `${lang}: ${key}`).not.toBe('');
      }
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of flat.en) {
      const base = key.replace(PLURAL_SUFFIX, '');
      const ruKey = flat.ru.has(key) ? key : `${base}_other`;
      expect(placeholders(flat.ru.get(ruKey)), key).toEqual(placeholders(value));
    }
  });

  it('makes i18next choose the right Russian and English plural forms', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { translation: en }, ru: { translation: ru } },
      lng: 'ru',
      fallbackLng: 'en',
      interpolation: { escapeValue: false },
    });
    const rows = (count: number, lng: string) => i18n.t('document.rows', { count, lng });
    expect(rows(1, 'ru')).toBe('1 строка');
    expect(rows(2, 'ru')).toBe('2 строки');
    expect(rows(5, 'ru')).toBe('5 строк');
    expect(rows(21, 'ru')).toBe('21 строка');
    expect(rows(11, 'ru')).toBe('11 строк');
    expect(rows(24, 'ru')).toBe('24 строки');
    expect(i18n.t('list.count', { count: 3, lng: 'ru' })).toBe('3 документа');
    expect(i18n.t('list.count', { count: 25, lng: 'ru' })).toBe('25 документов');
    expect(rows(1, 'en')).toBe('1 row');
    expect(rows(2, 'en')).toBe('2 rows');
  });
});
