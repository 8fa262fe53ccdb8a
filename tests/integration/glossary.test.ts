import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { glossaryService, toFtsQuery } from '../../main/services/glossary';
import { ServiceError } from '../../main/services/errors';
import { tempDatabase } from './temp-db';

function setUp() {
  const { path, db } = tempDatabase();
  const glossary = glossaryService(db);
  const news = glossary.createGlossary('Newsroom');
  const kyiv = glossary.createConcept({
    glossaryId: news.id,
    type: 'place',
    note: 'house style',
    terms: [
      { lang: 'ru', text: 'Киев', status: 'preferred' },
      { lang: 'en', text: 'Kyiv', status: 'preferred' },
      { lang: 'en', text: 'Kiev', status: 'forbidden' },
    ],
  });
  const khmeleva = glossary.createConcept({
    glossaryId: news.id,
    type: 'person',
    terms: [
      { lang: 'ru', text: 'Наталья Хмелёва', status: 'preferred' },
      { lang: 'en', text: 'Natalya Khmelyova', status: 'preferred' },
    ],
  });
  const kortunov = glossary.createConcept({
    glossaryId: news.id,
    type: 'person',
    note: 'эксперт клуба «Валдай»',
    terms: [
      { lang: 'ru', text: 'Андрей Кортунов', status: 'preferred' },
      { lang: 'en', text: 'Andrei Kortunov', status: 'preferred' },
      { lang: 'en', text: 'Andrey Kortunov', status: 'forbidden' },
    ],
  });
  return { path, db, glossary, news, kyiv, khmeleva, kortunov };
}

describe('glossary storage', () => {
  it('stores concepts with their terms, statuses and who changed them, across a reopen', () => {
    const { path, db, news, kyiv } = setUp();
    expect(kyiv.terms.map((t) => [t.lang, t.text, t.status])).toEqual([
      ['ru', 'Киев', 'preferred'],
      ['en', 'Kyiv', 'preferred'],
      ['en', 'Kiev', 'forbidden'],
    ]);
    expect(kyiv.uuid).toMatch(/^[0-9a-f-]{36}$/);
    expect(kyiv.createdBy).toBeTruthy();
    db.close();
    const again = glossaryService(openDatabase(path));
    expect(again.concept(kyiv.id)).toEqual(kyiv);
    expect(again.glossaries()).toMatchObject([{ id: news.id, name: 'Newsroom', concepts: 3, sourceLang: 'ru', targetLang: 'en' }]);
  });

  it('keeps term UUIDs when a concept is edited and marks a variant forbidden', () => {
    const { db, glossary, kortunov } = setUp();
    const updated = glossary.updateConcept(kortunov.id, {
      type: 'person',
      note: kortunov.note,
      terms: [...kortunov.terms.map((t) => ({ ...t })), { lang: 'en', text: 'Andrej Kortunov', status: 'forbidden' }],
    });
    expect(updated.terms.slice(0, 3).map((t) => t.uuid)).toEqual(kortunov.terms.map((t) => t.uuid));
    expect(updated.terms[3]).toMatchObject({ text: 'Andrej Kortunov', status: 'forbidden' });
    db.close();
  });

  it('finds terms and notes with full-text search in both scripts, ё and е alike', () => {
    const { db, glossary, kyiv, khmeleva, kortunov } = setUp();
    const ids = (query: string) => glossary.concepts({ query }).map((c) => c.id);
    expect(ids('Хмелева')).toEqual([khmeleva.id]);
    expect(ids('хмелёва')).toEqual([khmeleva.id]);
    expect(ids('Kiev')).toEqual([kyiv.id]);
    expect(ids('kyi')).toEqual([kyiv.id]);
    expect(ids('валдай')).toEqual([kortunov.id]);
    expect(ids('house')).toEqual([kyiv.id]);
    expect(ids('Андрей Корт')).toEqual([kortunov.id]);
    expect(ids('"); DROP TABLE terms; --')).toEqual([]);
    expect(ids('Москва')).toEqual([]);
    db.close();
  });

  it('filters by type and re-indexes a concept whose note changes', () => {
    const { db, glossary, kyiv } = setUp();
    expect(glossary.concepts({ type: 'place' }).map((c) => c.id)).toEqual([kyiv.id]);
    glossary.updateConcept(kyiv.id, { type: 'place', note: 'столица Украины', terms: kyiv.terms });
    expect(glossary.concepts({ query: 'столица' }).map((c) => c.id)).toEqual([kyiv.id]);
    expect(glossary.concepts({ query: 'house' })).toEqual([]);
    db.close();
  });

  it('deletes a concept so that it can be restored', () => {
    const { db, glossary, kyiv } = setUp();
    glossary.deleteConcept(kyiv.id);
    expect(glossary.concepts({}).map((c) => c.id)).not.toContain(kyiv.id);
    expect(glossary.concepts({ query: 'Kyiv' })).toEqual([]);
    expect(() => glossary.concept(kyiv.id)).toThrow(ServiceError);
    expect(glossary.restoreConcept(kyiv.id)).toEqual(kyiv);
    expect(glossary.concepts({ query: 'Kyiv' }).map((c) => c.id)).toEqual([kyiv.id]);
    db.close();
  });

  it('refuses a concept without a Russian term or with a duplicated term, writing nothing', () => {
    const { db, glossary, news } = setUp();
    const before = glossary.concepts({}).length;
    expect(() => glossary.createConcept({ glossaryId: news.id, type: 'place', terms: [{ lang: 'en', text: 'Kyiv', status: 'preferred' }] })).toThrow(/Russian term/);
    expect(() =>
      glossary.createConcept({
        glossaryId: news.id,
        type: 'place',
        terms: [
          { lang: 'ru', text: 'Луганск', status: 'preferred' },
          { lang: 'ru', text: 'Луганск ', status: 'admitted' },
        ],
      }),
    ).toThrow(/listed twice/);
    expect(glossary.concepts({})).toHaveLength(before);
    // A variant that differs only in case is a term of its own: "Belgorod Region" may be forbidden.
    const region = glossary.createConcept({
      glossaryId: news.id,
      type: 'place',
      terms: [
        { lang: 'ru', text: 'Белгородская область', status: 'preferred' },
        { lang: 'en', text: 'Belgorod region', status: 'preferred' },
        { lang: 'en', text: 'Belgorod Region', status: 'forbidden' },
      ],
    });
    expect(region.terms.map((t) => t.status)).toEqual(['preferred', 'preferred', 'forbidden']);
    db.close();
  });

  it('deleting a glossary removes its concepts and their search entries', () => {
    const { db, glossary, news } = setUp();
    glossary.deleteGlossary(news.id);
    expect(glossary.glossaries()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM terms').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM term_search').get()).toEqual({ n: 0 });
    db.close();
  });

  it('builds FTS queries that match whole words and a prefix of the last one', () => {
    expect(toFtsQuery('Андрей Корт')).toBe('"Андрей" "Корт"*');
    expect(toFtsQuery('Хмелёва')).toBe('"Хмелева"*');
    expect(toFtsQuery('  ')).toBeNull();
  });
});
