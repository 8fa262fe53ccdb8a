// Glossary export and import-as-merge on a real database file: every kind of incoming concept,
// the three-way merge against the recorded base, each resolution, refusals, malformed files, and
// the migration that adds the bases.
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase } from '../../main/db/open';
import { EventBus } from '../../main/events';
import { dispatch } from '../../main/rpc';
import { createServices } from '../../main/services';
import { ServiceError } from '../../main/services/errors';
import type { ExchangeConcept, ExchangeGlossary, GlossaryFormat } from '../../shared/formats/glossary-exchange';
import { formatGlossaryFile, parseGlossaryFile } from '../../shared/formats/glossary-files';
import { tempDatabase, tempDir } from './temp-db';

const FORMATS: GlossaryFormat[] = ['tbx', 'tbx2', 'csv', 'tsv'];

function setUp(path?: string) {
  const { db } = path ? { db: openDatabase(path) } : tempDatabase();
  const bus = new EventBus();
  const services = createServices(db, bus);
  const news = services.glossary.createGlossary('Newsroom');
  const kyiv = services.glossary.createConcept({
    glossaryId: news.id,
    type: 'place',
    domain: 'geography',
    note: 'house style',
    terms: [
      { lang: 'ru', text: 'Киев', status: 'preferred' },
      { lang: 'en', text: 'Kyiv', status: 'preferred', partOfSpeech: 'noun', note: 'since 2019' },
      { lang: 'en', text: 'Kiev', status: 'forbidden' },
    ],
  });
  const khmeleva = services.glossary.createConcept({
    glossaryId: news.id,
    type: 'person',
    terms: [
      { lang: 'ru', text: 'Наталья Хмелёва', status: 'preferred' },
      { lang: 'en', text: 'Natalya Khmelyova', status: 'preferred' },
      { lang: 'en', text: 'Natalia Khmeleva', status: 'admitted' },
    ],
  });
  const region = services.glossary.createConcept({
    glossaryId: news.id,
    type: 'place',
    terms: [
      { lang: 'ru', text: 'Белгородская область', status: 'preferred' },
      { lang: 'en', text: 'Belgorod region', status: 'preferred', caseSensitive: true },
      { lang: 'en', text: 'Belgorod Region', status: 'forbidden', caseSensitive: true },
    ],
  });
  const exchange = services.glossaryExchange;
  return { db, bus, services, exchange, news, kyiv, khmeleva, region };
}

/** Every row of every glossary table (search index included): "unchanged" means all of this is equal. */
function contents(db: Database.Database) {
  const all = (sql: string) => db.prepare(sql).all();
  return {
    glossaries: all('SELECT * FROM glossaries ORDER BY id'),
    concepts: all('SELECT * FROM concepts ORDER BY id'),
    terms: all('SELECT * FROM terms ORDER BY id'),
    bases: all('SELECT * FROM exchange_base ORDER BY concept_id'),
    search: all('SELECT rowid, text, note FROM term_search ORDER BY rowid'),
  };
}

const read = (format: GlossaryFormat, text: string) => parseGlossaryFile(format, text).glossary;
const file = (format: GlossaryFormat, glossary: ExchangeGlossary) => formatGlossaryFile(format, glossary);
const fileName = (format: GlossaryFormat) => `newsroom.${format === 'tbx2' ? 'tbx' : format}`;

/** The exported glossary with one concept changed. */
function changed(glossary: ExchangeGlossary, ru: string, change: (c: ExchangeConcept) => ExchangeConcept): ExchangeGlossary {
  const hit = glossary.concepts.findIndex((c) => c.terms.some((t) => t.lang === 'ru' && t.text === ru));
  expect(hit).toBeGreaterThanOrEqual(0);
  return { ...glossary, concepts: glossary.concepts.map((c, i) => (i === hit ? change(c) : c)) };
}

const fieldsOf = <F extends { outcome: string }>(fields: F[]) => fields.filter((f) => f.outcome !== 'same');

describe('exporting a glossary', () => {
  it('writes every live concept, names the file after the glossary, and records the base', () => {
    const { db, exchange, news, services, region } = setUp();
    services.glossary.deleteConcept(region.id);
    for (const format of FORMATS) {
      const out = exchange.export(news.id, format);
      expect(out.fileName).toMatch(/^Newsroom\.(tbx|csv|tsv)$/);
      expect(out.encoding).toBe('utf-8');
      const concepts = read(format, out.data).concepts;
      expect(concepts.map((c) => c.terms.find((t) => t.lang === 'ru')?.text)).toEqual(['Киев', 'Наталья Хмелёва']);
    }
    const bases = db.prepare('SELECT concept_id, origin, format FROM exchange_base ORDER BY concept_id').all();
    expect(bases).toHaveLength(2);
    expect(bases.every((b) => (b as { format: string }).format === 'tsv')).toBe(true);
    expect(() => exchange.export(999, 'tbx')).toThrow(/glossary 999 does not exist/);
    db.close();
  });

  it.each(['tbx', 'tbx2'] as const)('%s: an import into an empty database reproduces every field', (format) => {
    const { db, exchange, news, services } = setUp();
    const original = services.glossary.concepts({ glossaryIds: [news.id] });
    const out = exchange.export(news.id, format);
    db.close();

    const { db: other } = tempDatabase();
    const fresh = createServices(other);
    const result = fresh.glossaryExchange.importApply({ fileName: out.fileName, content: out.data });
    expect(result).toMatchObject({ added: 3, updated: 0, identical: 0, kept: 0, refused: 0, notices: [] });
    const [copy] = fresh.glossary.glossaries();
    expect(copy).toMatchObject({ name: 'Newsroom', concepts: 3 });
    const strip = (concepts: typeof original) =>
      concepts.map(({ id: _id, glossaryId: _g, terms, ...c }) => ({ ...c, terms: terms.map(({ id: _t, ...t }) => t) })).sort((a, b) => a.uuid.localeCompare(b.uuid));
    expect(strip(fresh.glossary.concepts({ glossaryIds: [copy.id] }))).toEqual(strip(original));
    other.close();
  });

  it.each(FORMATS)('%s: importing the export back changes nothing, twice over', (format) => {
    const { db, exchange, news } = setUp();
    const out = exchange.export(news.id, format);
    const before = contents(db);
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: out.fileName, content: out.data });
    expect(preview).toMatchObject({ total: 3, addedCount: 0, identical: 3, merged: [], conflicts: [], refused: [] });
    for (let i = 0; i < 2; i++) {
      expect(exchange.importApply({ glossaryId: news.id, fileName: out.fileName, content: out.data })).toMatchObject({ added: 0, updated: 0, identical: 3 });
    }
    expect(contents(db)).toEqual(before);
    db.close();
  });
});

describe('previewing an import', () => {
  it('lists a new concept with what the file says of it and changes nothing', () => {
    const { db, exchange, news } = setUp();
    const exported = read('tbx', exchange.export(news.id, 'tbx').data);
    const before = contents(db);
    const ids = { concept: randomUUID(), ru: randomUUID(), en: randomUUID() };
    const moscow: ExchangeConcept = {
      uuid: ids.concept,
      type: 'place',
      domain: null,
      note: 'capital',
      createdAt: '2021-03-04T05:06:07.000Z',
      createdBy: 'anna',
      updatedAt: '2022-03-04T05:06:07.000Z',
      updatedBy: 'boris',
      terms: [
        { uuid: ids.ru, lang: 'ru', text: 'Москва', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null },
        { uuid: ids.en, lang: 'en', text: 'Moscow', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null },
      ],
    };
    const content = file('tbx', { ...exported, concepts: [...exported.concepts, moscow] });
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(preview).toMatchObject({ format: 'tbx', total: 4, addedCount: 1, identical: 3, glossaryId: news.id });
    expect(preview.added[0]).toMatchObject({ uuid: ids.concept, note: 'capital', createdBy: 'anna' });
    expect(contents(db)).toEqual(before);

    const result = exchange.importApply({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(result).toMatchObject({ added: 1, identical: 3 });
    const stored = db.prepare('SELECT uuid, created_at, created_by, updated_at, updated_by FROM concepts WHERE uuid = ?').get(ids.concept);
    expect(stored).toEqual({ uuid: ids.concept, created_at: '2021-03-04T05:06:07.000Z', created_by: 'anna', updated_at: '2022-03-04T05:06:07.000Z', updated_by: 'boris' });
    expect(db.prepare("SELECT uuid FROM terms WHERE text = 'Moscow'").pluck().get()).toBe(ids.en);
    db.close();
  });

  it('finds a conflict by uuid when there is no base, field by field', () => {
    const { db, exchange, news, kyiv } = setUp();
    const exported = read('tbx', exchange.export(news.id, 'tbx').data);
    db.prepare('DELETE FROM exchange_base').run();
    const content = file(
      'tbx',
      changed(exported, 'Киев', (c) => ({
        ...c,
        note: 'столица Украины',
        updatedAt: '2030-01-01T00:00:00.000Z',
        terms: c.terms.map((t) => (t.text === 'Kiev' ? { ...t, status: 'admitted' } : t)),
      })),
    );
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(preview.identical).toBe(2);
    expect(preview.conflicts).toHaveLength(1);
    const conflict = preview.conflicts[0];
    expect(conflict).toMatchObject({ key: kyiv.uuid, label: 'Киев → Kyiv', conceptId: kyiv.id, matchedBy: 'uuid', base: null });
    // The time stamp differs too, and is not a field.
    expect(fieldsOf(conflict.fields)).toEqual([
      { field: 'note', ours: 'house style', theirs: 'столица Украины', base: null, outcome: 'conflict' },
      { field: 'en:Kiev', ours: 'forbidden', theirs: 'admitted', base: null, outcome: 'conflict' },
    ]);
    expect(conflict.ours.note).toBe('house style');
    expect(conflict.theirs.note).toBe('столица Украины');
    db.close();
  });

  it('matches a concept by its Russian term (ё = е, any case) in a CSV without ids', () => {
    const { db, exchange, news, khmeleva } = setUp();
    const content = 'source,target,type,forbidden,note\r\nНАТАЛЬЯ  ХМЕЛЁВА,Natalya Khmelyova,person,Natalia Khmelyova,\r\n';
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: 'in.csv', content });
    expect(preview.conflicts.map((c) => [c.conceptId, c.matchedBy])).toEqual([[khmeleva.id, 'source']]);
    const fields = fieldsOf(preview.conflicts[0].fields).map((f) => [f.field, f.ours, f.theirs]);
    // The admitted variant is not something this CSV carries: not read as deleted.
    expect(fields).toEqual([
      ['ru:Наталья Хмелёва', 'preferred', null],
      ['ru:НАТАЛЬЯ ХМЕЛЁВА', null, 'preferred'],
      ['en:Natalia Khmelyova', null, 'forbidden'],
    ]);
    db.close();
  });
});

describe('the three-way merge', () => {
  it('takes a field changed only in the file and keeps one changed only here', () => {
    const { db, bus, exchange, news, kyiv, services } = setUp();
    const exported = read('tbx', exchange.export(news.id, 'tbx').data);
    const ours = services.glossary.updateConcept(kyiv.id, { type: 'place', domain: 'geography', note: 'changed here', terms: kyiv.terms });
    const theirs = changed(exported, 'Киев', (c) => ({
      ...c,
      domain: 'politics',
      terms: [...c.terms, { uuid: 't-kiew', lang: 'en', text: 'Kiew', status: 'forbidden', caseSensitive: false, partOfSpeech: null, note: null }],
    }));
    const content = file('tbx', theirs);
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(preview.conflicts).toEqual([]);
    expect(preview.merged).toHaveLength(1);
    expect(fieldsOf(preview.merged[0].fields)).toEqual([
      { field: 'domain', ours: 'geography', theirs: 'politics', base: 'geography', outcome: 'theirs' },
      { field: 'note', ours: 'changed here', theirs: 'house style', base: 'house style', outcome: 'ours' },
      { field: 'en:Kiew', ours: null, theirs: 'forbidden', base: null, outcome: 'theirs' },
    ]);

    const events: unknown[] = [];
    bus.listen((name, payload) => events.push({ name, payload, inTransaction: db.inTransaction }));
    const result = exchange.importApply({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(result).toMatchObject({ updated: 1, identical: 2, kept: 0 });
    expect(events).toEqual([{ name: 'glossary.changed', payload: { glossaryId: news.id, documentId: null }, inTransaction: false }]);
    const after = services.glossary.concept(kyiv.id);
    expect(after).toMatchObject({ domain: 'politics', note: 'changed here' });
    expect(after.terms.map((t) => [t.text, t.status])).toEqual([
      ['Киев', 'preferred'],
      ['Kyiv', 'preferred'],
      ['Kiev', 'forbidden'],
      ['Kiew', 'forbidden'],
    ]);
    // Unchanged terms keep their rows; the new one is findable.
    expect(after.terms.slice(0, 3).map((t) => t.id)).toEqual(ours.terms.map((t) => t.id));
    expect(services.glossary.concepts({ query: 'Kiew' }).map((c) => c.id)).toEqual([kyiv.id]);

    // The file is now the base: the same file again has nothing to take, and our note still stands.
    expect(exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content })).toMatchObject({ identical: 3, merged: [], conflicts: [] });
    db.close();
  });

  it('shows a conflict with the base when both sides changed the same field', () => {
    const { db, exchange, news, kyiv, services } = setUp();
    const exported = read('tbx', exchange.export(news.id, 'tbx').data);
    services.glossary.updateConcept(kyiv.id, { type: 'place', domain: 'geography', note: 'ours', terms: kyiv.terms });
    const content = file('tbx', changed(exported, 'Киев', (c) => ({ ...c, note: 'theirs' })));
    const { conflicts, merged } = exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(merged).toEqual([]);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0].base?.note).toBe('house style');
    expect(fieldsOf(conflicts[0].fields)).toEqual([{ field: 'note', ours: 'ours', theirs: 'theirs', base: 'house style', outcome: 'conflict' }]);
    db.close();
  });
});

describe('resolving conflicts', () => {
  /** Kyiv changed here (note) and in the file (note, a new forbidden variant, the domain). */
  function conflicted() {
    const s = setUp();
    const exported = read('tbx', s.exchange.export(s.news.id, 'tbx').data);
    s.services.glossary.updateConcept(s.kyiv.id, { type: 'place', domain: 'geography', note: 'ours', terms: s.kyiv.terms });
    const theirs = changed(exported, 'Киев', (c) => ({
      ...c,
      note: 'theirs',
      domain: 'politics',
      terms: [...c.terms.filter((t) => t.text !== 'Kyiv'), { uuid: null, lang: 'en', text: 'Kyjiw', status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null }],
    }));
    const khm = changed(theirs, 'Наталья Хмелёва', (c) => ({ ...c, type: 'other' }));
    s.db.prepare('DELETE FROM exchange_base WHERE concept_id = ?').run(s.khmeleva.id);
    const input = { glossaryId: s.news.id, fileName: 'in.tbx', content: file('tbx', khm) };
    return { ...s, input };
  }
  const terms = (c: { terms: { text: string; status: string }[] }) => c.terms.map((t) => `${t.text}:${t.status}`);

  it('keep (the default) leaves ours as it was', () => {
    const { db, exchange, input, kyiv, services } = conflicted();
    const before = services.glossary.concept(kyiv.id);
    expect(exchange.importApply(input)).toMatchObject({ updated: 0, kept: 2, identical: 1 });
    expect(services.glossary.concept(kyiv.id)).toEqual(before);
    db.close();
  });

  it('theirs takes the conflicting and the merged fields', () => {
    const { db, exchange, input, kyiv, services } = conflicted();
    expect(exchange.importApply({ ...input, onConflict: 'theirs' })).toMatchObject({ updated: 2, kept: 0 });
    const after = services.glossary.concept(kyiv.id);
    expect(after).toMatchObject({ note: 'theirs', domain: 'politics' });
    expect(terms(after)).toEqual(['Киев:preferred', 'Kiev:forbidden', 'Kyjiw:preferred']);
    db.close();
  });

  it('both keeps ours and adds their differing terms as variants, with no duplicate concept or term', () => {
    const { db, exchange, input, kyiv, news, services } = conflicted();
    const count = services.glossary.concepts({ glossaryIds: [news.id] }).length;
    exchange.importApply({ ...input, onConflict: 'both' });
    const after = services.glossary.concept(kyiv.id);
    expect(after).toMatchObject({ note: 'ours', domain: 'geography' });
    expect(terms(after)).toEqual(['Киев:preferred', 'Kyiv:preferred', 'Kiev:forbidden', 'Kyjiw:admitted']);
    exchange.importApply({ ...input, onConflict: 'both' });
    expect(terms(services.glossary.concept(kyiv.id))).toEqual(terms(after));
    expect(services.glossary.concepts({ glossaryIds: [news.id] })).toHaveLength(count);
    db.close();
  });

  it('a resolution for one concept overrides the default for the rest', () => {
    const { db, exchange, input, kyiv, khmeleva, services } = conflicted();
    exchange.importApply({ ...input, onConflict: 'theirs', resolutions: { [kyiv.uuid]: 'keep' } });
    expect(services.glossary.concept(kyiv.id).note).toBe('ours');
    expect(services.glossary.concept(khmeleva.id).type).toBe('other');
    db.close();
  });
});

describe('refusals and malformed files', () => {
  function withRefusals() {
    const s = setUp();
    const exported = read('tbx', s.exchange.export(s.news.id, 'tbx').data);
    const kyiv = exported.concepts[0];
    const moscow = { ...kyiv, uuid: randomUUID(), terms: [{ ...kyiv.terms[0], uuid: null, text: 'Москва' }] };
    const content = file('tbx', {
      ...exported,
      concepts: [
        ...exported.concepts,
        moscow,
        { ...moscow, uuid: randomUUID(), terms: [{ ...moscow.terms[0], text: 'москва' }] },
        { ...kyiv, uuid: randomUUID(), note: 'again', terms: kyiv.terms.map((t) => ({ ...t, uuid: null })) },
      ],
    });
    return { ...s, input: { glossaryId: s.news.id, fileName: 'in.tbx', content } };
  }

  it('lists each refusal with where and why, and applies nothing unless they are accepted', () => {
    const { db, exchange, input, news, services } = withRefusals();
    const preview = exchange.importPreview(input);
    expect(preview.refused).toEqual([
      { where: 'concept 5 ("москва")', reason: 'the same Russian term as concept 4 in this file' },
      { where: 'concept 6 ("Киев")', reason: 'the same Russian term as concept 1 in this file' },
    ]);
    const before = contents(db);
    let error: unknown;
    try {
      exchange.importApply(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('bad-input');
    expect((error as Error).message).toContain('in.tbx: concept 5 ("москва"): the same Russian term as concept 4 in this file');
    expect((error as Error).message).toContain('in.tbx: concept 6 ("Киев")');
    expect(contents(db)).toEqual(before);

    expect(exchange.importApply({ ...input, acceptRefused: true })).toMatchObject({ added: 1, identical: 3, refused: 2 });
    expect(services.glossary.concepts({ glossaryIds: [news.id], query: 'Москва' })).toHaveLength(1);
    db.close();
  });

  it('refuses a second concept matching the same stored concept', () => {
    const { db, exchange, news, kyiv } = setUp();
    const exported = read('tbx', exchange.export(news.id, 'tbx').data);
    const [first, ...rest] = exported.concepts;
    // The first matches Kyiv by its Russian term, the last by Kyiv's id.
    const renamed = { ...rest[0], uuid: kyiv.uuid, terms: rest[0].terms.map((t) => ({ ...t, uuid: null, text: t.lang === 'ru' ? 'Наталья Хмелёва-Петрова' : t.text })) };
    const content = file('tbx', { ...exported, concepts: [{ ...first, uuid: randomUUID() }, ...rest, renamed] });
    const preview = exchange.importPreview({ glossaryId: news.id, fileName: 'in.tbx', content });
    expect(preview.refused).toEqual([{ where: 'concept 4 ("Наталья Хмелёва-Петрова")', reason: 'it matches the same concept of the glossary ("Киев → Kyiv") as concept 1' }]);
    expect(preview.identical).toBe(3);
    db.close();
  });

  const MALFORMED: [GlossaryFormat, string, string][] = [
    ['tbx', 'bad.tbx', '<?xml version="1.0"?>\n<tbx type="TBX-Basic"><text><body><conceptEntry id="c1">'],
    ['tbx2', 'bad.tbx', '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY lol "lol">]>\n<martif type="TBX"><text><body/></text></martif>'],
    ['csv', 'bad.csv', 'source,target\r\n"Киев,Kyiv\r\n'],
    ['tsv', 'bad.tsv', ''],
  ];

  it.each(MALFORMED)('%s: a malformed file is refused with the file, where and why; nothing changes', (format, name, content) => {
    const { db, exchange, news } = setUp();
    exchange.export(news.id, 'tbx');
    const before = contents(db);
    for (const run of [() => exchange.importPreview({ glossaryId: news.id, fileName: name, content, format }), () => exchange.importApply({ glossaryId: news.id, fileName: name, content, format, acceptRefused: true }), () => exchange.importApply({ fileName: name, content, format })]) {
      expect(run).toThrow(ServiceError);
      try {
        run();
      } catch (error) {
        expect((error as ServiceError).code).toBe('bad-input');
        expect((error as Error).message).toMatch(new RegExp(`^${name.replace('.', '\\.')}: \\S.*: \\S`));
      }
    }
    expect(contents(db)).toEqual(before);
    db.close();
  });

  it('refuses a file whose format cannot be told', () => {
    const { db, exchange } = setUp();
    expect(() => exchange.importPreview({ fileName: 'notes.docx', content: 'PK\u0003\u0004' })).toThrow(/^notes\.docx: cannot tell the format/);
    db.close();
  });
});

describe('ids and repeated imports', () => {
  it('gives a new id to a concept whose id another glossary has, says so, and never duplicates on a second import', () => {
    const { db, exchange, news, services } = setUp();
    const out = exchange.export(news.id, 'tbx');
    const first = exchange.importApply({ fileName: out.fileName, content: out.data, name: 'Copy' });
    expect(first.added).toBe(3);
    expect(first.notices).toHaveLength(3);
    expect(first.notices[0].message).toMatch(/belongs to another concept .*: it gets a new id/);
    const preview = exchange.importPreview({ fileName: out.fileName, content: out.data });
    expect(preview.notices).toHaveLength(3);
    const copy = services.glossary.glossaries().find((g) => g.name === 'Copy')!;
    expect(copy.uuid).not.toBe(news.uuid);
    const second = exchange.importApply({ glossaryId: copy.id, fileName: out.fileName, content: out.data });
    expect(second).toMatchObject({ added: 0, identical: 3, updated: 0 });
    expect(services.glossary.glossaries().map((g) => g.concepts)).toEqual([3, 3]);
    expect(db.prepare('SELECT count(*) FROM terms').pluck().get()).toBe(18);
    db.close();
  });

  it('imports the newsroom CSV into a new glossary named after the file, then merges it again without duplicates', () => {
    const { db, exchange, services } = setUp();
    const content = 'source,target,type,forbidden,note\r\nКиев,Kyiv,place,Kiev,house style\r\nМосква,Moscow,place,,\r\n';
    const first = exchange.importApply({ fileName: '/some/dir/desk.csv', content });
    const desk = services.glossary.glossaries().find((g) => g.id === first.glossaryId)!;
    expect(desk).toMatchObject({ name: 'desk', concepts: 2 });
    const again = exchange.importApply({ glossaryId: desk.id, fileName: 'desk.csv', content });
    expect(again).toMatchObject({ added: 0, identical: 2 });
    expect(services.glossary.glossaries().find((g) => g.id === desk.id)!.concepts).toBe(2);
    db.close();
  });

  it('is reachable through the dispatcher', async () => {
    const { db, services, news } = setUp();
    const ctx = { services, info: { version: 'test', dataDir: '', shell: 'cli' as const } };
    const out = await dispatch('glossaries.export', { id: news.id, format: 'tbx' }, ctx);
    expect(out.ok).toBe(true);
    const data = (out as { value: { data: string } }).value.data;
    const preview = await dispatch('glossaries.importPreview', { glossaryId: news.id, fileName: 'x.tbx', content: data }, ctx);
    expect(preview).toMatchObject({ ok: true, value: { identical: 3 } });
    const bad = await dispatch('glossaries.importApply', { glossaryId: news.id, fileName: 'x.csv', content: 'nonsense', format: 'csv' }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    db.close();
  });
});

describe('a large import', () => {
  it('indexes the new terms for search exactly as the trigger does, and leaves the trigger in place', () => {
    const { db, exchange, services } = setUp();
    const rows = Array.from({ length: 1500 }, (_, i) => `Посёлок ${i},Posyolok ${i},place,Poselok ${i},примечание ${i % 7 === 0 ? 'ёлка' : ''}`);
    const content = `source,target,type,forbidden,note\n${rows.join('\n')}\n`;
    const result = exchange.importApply({ fileName: 'villages.csv', content });
    expect(result.added).toBe(1500);
    const search = () => db.prepare('SELECT rowid, text, note FROM term_search ORDER BY rowid').all();
    const bulk = search();
    expect(bulk).toHaveLength(9 + 4500);
    // The update trigger re-indexes every row the way the triggers of migration 0002 do.
    db.prepare('UPDATE terms SET text = text').run();
    expect(search()).toEqual(bulk);
    expect(services.glossary.concepts({ query: 'поселок 1499' }).map((c) => c.terms[0].text)).toEqual(['Посёлок 1499']);
    expect(services.glossary.concepts({ query: 'елка', limit: 500 })).toHaveLength(215);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = 'term_search_insert'").pluck().get()).toBe(1);
    // Later concepts are indexed by the trigger again.
    services.glossary.createConcept({ glossaryId: result.glossaryId, type: 'place', terms: [{ lang: 'ru', text: 'Хутор', status: 'preferred' }] });
    expect(services.glossary.concepts({ query: 'хутор' })).toHaveLength(1);
    db.close();
  });
});

describe('migration 0004', () => {
  it('adds the bases to a database made by schema 0003 and keeps its data', () => {
    const path = join(tempDir(), 'old.db');
    const migrations = loadMigrations();
    expect(migrations[3].name).toBe('glossary-exchange');
    const old = openDatabase(path, { migrations: migrations.slice(0, 3) });
    old.prepare("INSERT INTO glossaries (uuid, name, created_at, updated_at) VALUES ('g1', 'Newsroom', 't', 't')").run();
    old.prepare("INSERT INTO concepts (uuid, glossary_id, type, created_at, created_by, updated_at, updated_by) VALUES ('c1', 1, 'place', 't', 'u', 't', 'u')").run();
    old.prepare("INSERT INTO terms (uuid, concept_id, lang, text, status) VALUES ('t1', 1, 'ru', 'Киев', 'preferred')").run();
    const before = contents4(old);
    old.close();

    const backups: string[] = [];
    const db = openDatabase(path, { onBackup: (p) => backups.push(p) });
    expect(backups).toHaveLength(1);
    expect(contents4(db)).toEqual(before);
    const services = createServices(db);
    const out = services.glossaryExchange.export(1, 'tbx');
    expect(db.prepare('SELECT concept_id, origin FROM exchange_base').all()).toEqual([{ concept_id: 1, origin: 'export' }]);
    expect(services.glossaryExchange.importPreview({ glossaryId: 1, fileName: out.fileName, content: out.data }).identical).toBe(1);
    // Deleting the glossary takes its bases with it.
    services.glossary.deleteGlossary(1);
    expect(db.prepare('SELECT count(*) FROM exchange_base').pluck().get()).toBe(0);
    db.close();
  });
});

function contents4(db: Database.Database) {
  return {
    glossaries: db.prepare('SELECT * FROM glossaries').all(),
    concepts: db.prepare('SELECT * FROM concepts').all(),
    terms: db.prepare('SELECT * FROM terms').all(),
    search: db.prepare('SELECT rowid, text FROM term_search').all(),
  };
}
