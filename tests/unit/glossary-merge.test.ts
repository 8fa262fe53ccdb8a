import { describe, expect, it } from 'vitest';
import type { ExchangeConcept, ExchangeTerm } from '../../shared/formats/glossary-exchange';
import {
  carriedBy,
  cleanConcept,
  conceptLabel,
  diffConcept,
  planMerge,
  projectOnto,
  resolveConcept,
  sameContent,
  sourceKey,
  type StoredConcept,
} from '../../shared/formats/glossary-merge';

const term = (lang: 'ru' | 'en', text: string, status: ExchangeTerm['status'] = 'preferred', extra: Partial<ExchangeTerm> = {}): ExchangeTerm => ({
  uuid: null,
  lang,
  text,
  status,
  caseSensitive: false,
  partOfSpeech: null,
  note: null,
  ...extra,
});

const concept = (terms: ExchangeTerm[], extra: Partial<ExchangeConcept> = {}): ExchangeConcept => ({
  uuid: null,
  type: 'place',
  domain: null,
  note: null,
  createdAt: null,
  createdBy: null,
  updatedAt: null,
  updatedBy: null,
  terms,
  ...extra,
});

let nextId = 1;
const stored = (c: ExchangeConcept): StoredConcept => ({ ...c, id: nextId++, uuid: c.uuid ?? `uuid-${nextId}` });

const kyiv = () => concept([term('ru', 'Киев'), term('en', 'Kyiv'), term('en', 'Kiev', 'forbidden')], { uuid: 'c-kyiv', note: 'house style' });

describe('matching keys and labels', () => {
  it('folds ё, letter case and whitespace in the Russian term', () => {
    expect(sourceKey('  Наталья   Хмелёва ')).toBe(sourceKey('наталья хмелева'));
    expect(sourceKey('Киев')).not.toBe(sourceKey('Киева'));
    expect(conceptLabel(kyiv())).toBe('Киев → Kyiv');
    expect(conceptLabel(concept([term('ru', 'Киев')]))).toBe('Киев');
  });

  it('cleans what a file gives and refuses what cannot be stored', () => {
    const cleaned = cleanConcept(concept([term('ru', ' Киев  '), term('en', '  '), term('en', 'Kyiv', 'preferred', { note: ' ' })], { note: '', domain: '  ' }));
    expect(cleaned.terms.map((t) => [t.text, t.note])).toEqual([
      ['Киев', null],
      ['Kyiv', null],
    ]);
    expect([cleaned.note, cleaned.domain]).toEqual([null, null]);
    expect(() => cleanConcept(concept([term('en', 'Kyiv')]))).toThrow(/no Russian term/);
    expect(() => cleanConcept(concept([term('ru', 'Киев'), term('ru', 'Киев ', 'admitted')]))).toThrow(/"Киев" is listed twice/);
  });
});

describe('field-by-field diff', () => {
  it('ignores ids and time stamps', () => {
    const a = kyiv();
    const b = { ...kyiv(), uuid: 'other', createdAt: '2020-01-01', updatedBy: 'someone', terms: kyiv().terms.map((t) => ({ ...t, uuid: 'x' })) };
    expect(diffConcept(a, b, null).every((f) => f.outcome === 'same')).toBe(true);
    expect(sameContent(a, b)).toBe(true);
  });

  it('without a base every difference is a conflict', () => {
    const theirs = { ...kyiv(), note: 'столица', terms: [...kyiv().terms, term('en', 'Kiyv', 'forbidden')] };
    const fields = diffConcept(kyiv(), theirs, null).filter((f) => f.outcome !== 'same');
    expect(fields).toEqual([
      { field: 'note', ours: 'house style', theirs: 'столица', base: null, outcome: 'conflict' },
      { field: 'en:Kiyv', ours: null, theirs: 'forbidden', base: null, outcome: 'conflict' },
    ]);
  });

  it('with a base, a field only one side changed goes to that side; both changed is a conflict', () => {
    const base = kyiv();
    const ours = { ...kyiv(), domain: 'geography' };
    const theirs = { ...kyiv(), note: 'столица Украины', terms: [term('ru', 'Киев'), term('en', 'Kyiv', 'preferred', { partOfSpeech: 'noun' })] };
    const fields = diffConcept(ours, theirs, base);
    const outcome = (field: string) => fields.find((f) => f.field === field)?.outcome;
    expect([outcome('type'), outcome('domain'), outcome('note'), outcome('ru:Киев'), outcome('en:Kyiv'), outcome('en:Kiev')]).toEqual([
      'same',
      'ours',
      'theirs',
      'same',
      'theirs',
      'theirs',
    ]);
    expect(fields.find((f) => f.field === 'en:Kyiv')).toMatchObject({ ours: 'preferred', theirs: 'preferred, noun', base: 'preferred' });
    const result = resolveConcept({ ours: stored(ours), theirs, fields }, 'keep');
    expect(result).toMatchObject({ domain: 'geography', note: 'столица Украины' });
    expect(result.terms.map((t) => [t.text, t.partOfSpeech])).toEqual([
      ['Киев', null],
      ['Kyiv', 'noun'],
    ]);

    const bothChanged = diffConcept({ ...kyiv(), note: 'ours' }, { ...kyiv(), note: 'theirs' }, base);
    expect(bothChanged.find((f) => f.field === 'note')).toEqual({ field: 'note', ours: 'ours', theirs: 'theirs', base: 'house style', outcome: 'conflict' });
  });

  it('describes every attribute of a term', () => {
    const theirs = { ...kyiv(), terms: [term('ru', 'Киев'), term('en', 'Kyiv', 'admitted', { caseSensitive: true, partOfSpeech: 'noun', note: 'since 2019' }), term('en', 'Kiev', 'forbidden')] };
    const kyivField = diffConcept(kyiv(), theirs, null).find((f) => f.field === 'en:Kyiv');
    expect(kyivField).toMatchObject({ ours: 'preferred', theirs: 'admitted, case-sensitive, noun; note: since 2019', outcome: 'conflict' });
  });
});

describe('resolving a conflict', () => {
  const ours = stored({ ...kyiv(), note: 'ours' });
  const theirs = { ...kyiv(), note: 'theirs', type: 'organization' as const, terms: [term('ru', 'Киев'), term('en', 'Kyjiw'), term('en', 'Kiev', 'forbidden'), term('en', 'Kiew', 'forbidden')] };
  const base = { ...kyiv(), type: 'organization' as const };
  const fields = diffConcept(ours, theirs, base);

  it('keep leaves ours as it is', () => {
    expect(resolveConcept({ ours, theirs, fields }, 'keep')).toBe(ours);
  });

  it('theirs takes the conflicting fields and the merged ones', () => {
    const result = resolveConcept({ ours, theirs, fields }, 'theirs');
    // type: only ours changed it since the base (organization → place), so ours stands.
    expect(result).toMatchObject({ type: 'place', note: 'theirs', uuid: ours.uuid });
    expect(result.terms.map((t) => `${t.text}:${t.status}`)).toEqual(['Киев:preferred', 'Kiev:forbidden', 'Kyjiw:preferred', 'Kiew:forbidden']);
  });

  it('both keeps all of ours and adds their differing terms as variants, never twice', () => {
    const result = resolveConcept({ ours, theirs, fields }, 'both');
    expect(result.note).toBe('ours');
    expect(result.terms.map((t) => `${t.text}:${t.status}`)).toEqual(['Киев:preferred', 'Kyiv:preferred', 'Kiev:forbidden', 'Kyjiw:admitted', 'Kiew:forbidden']);
    const keys = result.terms.map((t) => `${t.lang}:${t.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never leaves a concept without its Russian term', () => {
    const noRussian = { ...kyiv(), terms: [term('ru', 'Киев')] };
    const renamed = { ...kyiv(), terms: [term('en', 'Kyiv')] };
    const f = diffConcept(stored(noRussian), renamed, noRussian);
    expect(resolveConcept({ ours: stored(noRussian), theirs: renamed, fields: f }, 'theirs').terms.some((t) => t.lang === 'ru')).toBe(true);
  });
});

describe('what a file without ids carries', () => {
  it('treats a field no concept of a CSV fills as not carried, and TBX as carrying everything', () => {
    const file = [concept([term('ru', 'Киев'), term('en', 'Kyiv'), term('en', 'Kiev', 'forbidden')], { note: 'house style' })];
    const csv = carriedBy('csv', file);
    expect(csv).toMatchObject({ type: true, domain: false, note: true, partOfSpeech: false, caseSensitive: false });
    expect(carriedBy('tbx', file).termKinds).toBe('all');

    const ours = { ...kyiv(), domain: 'geography', terms: [...kyiv().terms.map((t) => (t.text === 'Kyiv' ? { ...t, partOfSpeech: 'noun' } : t)), term('en', 'Kyiv City', 'admitted')] };
    const projected = projectOnto(file[0], ours, csv);
    expect(projected.domain).toBe('geography');
    expect(diffConcept(ours, projected, null).filter((f) => f.outcome !== 'same')).toEqual([]);
    // The same file read as TBX says the domain and the variant are gone.
    expect(diffConcept(ours, projectOnto(file[0], ours, carriedBy('tbx', file)), null).filter((f) => f.outcome !== 'same').map((f) => f.field)).toEqual([
      'domain',
      'en:Kyiv',
      'en:Kyiv City',
    ]);
  });
});

describe('planning a merge', () => {
  const glossary = () => {
    const a = stored(kyiv());
    const b = stored(concept([term('ru', 'Наталья Хмелёва'), term('en', 'Natalya Khmelyova')], { uuid: 'c-khm', type: 'person' }));
    const c = stored(concept([term('ru', 'Орёл'), term('en', 'Oryol')], { uuid: 'c-orel-city' }));
    return [a, b, c];
  };

  it('matches by uuid first, else by the Russian term, and sorts each concept into its kind', () => {
    const [a, b] = glossary();
    const plan = planMerge({
      format: 'tbx',
      stored: glossary(),
      incoming: [
        { ...kyiv(), uuid: a.uuid },
        concept([term('ru', 'наталья  хмелева'), term('en', 'Natalia Khmelyova')], { type: 'person' }),
        concept([term('ru', 'Москва'), term('en', 'Moscow')]),
      ],
      baseOf: () => undefined,
    });
    expect(plan.identical.map((i) => i.ours.uuid)).toEqual([a.uuid]);
    expect(plan.conflicts.map((c) => [c.key, c.matchedBy])).toEqual([[b.uuid, 'source']]);
    // Matched with ё, case and spacing folded; the spelling itself is a difference worth showing.
    expect(plan.conflicts[0].fields.filter((f) => f.outcome === 'conflict').map((f) => f.field)).toEqual([
      'ru:Наталья Хмелёва',
      'en:Natalya Khmelyova',
      'ru:наталья хмелева',
      'en:Natalia Khmelyova',
    ]);
    expect(plan.added.map(conceptLabel)).toEqual(['Москва → Moscow']);
    expect(plan.refused).toEqual([]);
  });

  it('merges without asking when a base shows only their side changed', () => {
    const [a] = glossary();
    const theirs = { ...kyiv(), uuid: a.uuid, note: 'столица' };
    const plan = planMerge({ format: 'tbx', stored: glossary(), incoming: [theirs], baseOf: (ours) => (ours.uuid === a.uuid ? kyiv() : undefined) });
    expect(plan.merged).toHaveLength(1);
    expect(plan.merged[0].fields.filter((f) => f.outcome !== 'same')).toEqual([{ field: 'note', ours: 'house style', theirs: 'столица', base: 'house style', outcome: 'theirs' }]);
  });

  it('counts a concept only we changed since the base as nothing to take', () => {
    const ours = stored({ ...kyiv(), note: 'changed here' });
    const plan = planMerge({ format: 'tbx', stored: [ours], incoming: [kyiv()], baseOf: () => kyiv() });
    expect(plan.identical).toHaveLength(1);
  });

  it('refuses a concept the file repeats, one matching a stored concept already matched, and unreadable ones', () => {
    const [a] = glossary();
    const plan = planMerge({
      format: 'tbx',
      stored: glossary(),
      incoming: [
        { ...kyiv(), uuid: 'new-1', terms: [term('ru', 'Москва')] },
        { ...kyiv(), uuid: 'new-2', terms: [term('ru', 'москва'), term('en', 'Moskva')] },
        { ...kyiv(), uuid: 'new-1', terms: [term('ru', 'Тула')] },
        { ...kyiv(), uuid: a.uuid, terms: [term('ru', 'Kiev?')] },
        { ...kyiv(), uuid: null },
        concept([term('en', 'Nowhere')]),
      ],
      baseOf: () => undefined,
    });
    expect(plan.refused).toEqual([
      { where: 'concept 2 ("москва")', reason: 'the same Russian term as concept 1 in this file' },
      { where: 'concept 3 ("Тула")', reason: 'the same id as concept 1 in this file' },
      { where: 'concept 5 ("Киев")', reason: 'it matches the same concept of the glossary ("Киев → Kyiv") as concept 4' },
      { where: 'concept 6', reason: 'it has no Russian term' },
    ]);
    expect(plan.added).toHaveLength(1);
    expect(plan.conflicts.map((c) => c.key)).toEqual([a.uuid]);
  });

  it('refuses a Russian term that matches several stored concepts equally', () => {
    const city = stored(concept([term('ru', 'Орёл'), term('en', 'Oryol')]));
    const bird = stored(concept([term('ru', 'орел'), term('en', 'eagle')], { type: 'other' }));
    const plan = planMerge({ format: 'csv', stored: [city, bird], incoming: [concept([term('ru', 'Орел'), term('en', 'Orel')])], baseOf: () => undefined });
    expect(plan.refused[0].reason).toMatch(/matches several concepts of the glossary \("Орёл → Oryol", "орел → eagle"\)/);
  });

  it('prefers the concept known by the term over one that lists it as a variant', () => {
    const main = stored(concept([term('ru', 'Киев'), term('en', 'Kyiv')]));
    const other = stored(concept([term('ru', 'Киевская Русь'), term('ru', 'Киев', 'admitted'), term('en', 'Kievan Rus')]));
    const plan = planMerge({ format: 'csv', stored: [other, main], incoming: [concept([term('ru', 'Киев'), term('en', 'Kyiv')])], baseOf: () => undefined });
    expect(plan.identical.map((i) => i.ours.id)).toEqual([main.id]);
  });
});
