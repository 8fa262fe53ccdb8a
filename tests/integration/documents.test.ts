import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../main/db/open';
import { EventBus } from '../../main/events';
import { createServices } from '../../main/services';
import { ServiceError } from '../../main/services/errors';
import { tempDatabase } from './temp-db';

const RU = [
  'Перейти к основному содержанию',
  'Реклама',
  'Удары по энергетике',
  'Украина еженедельно наносит 3,5 тыс. ударов по гражданским объектам, сообщил Родион Мирошник. Одна из целей — дамба в Белгородской области.',
  'Губернатор Вячеслав Гладков заявил, что около 1 тыс. человек могут пострадать.',
  'ВСУ',
  'Фото: REUTERS/Anatolii Stepanov',
  'Переговоры прошли 16 мая, 2 июня и 23 июля.',
].join('\n');

const EN = [
  'Skip to main content',
  'Advertisement',
  'Strikes on energy',
  'Ukraine carries out 3,500 strikes on civilian targets every week, Rodion Miroshnik said. One of the targets is a dam in the Belgorod region.',
  'Governor Vyacheslav Gladkov said that about 1,000 people could suffer.',
  'ВСУ',
  'Photo: REUTERS/Anatolii Stepanov',
  'The talks took place on May 16, June 2 and July 23.',
].join('\n');

function importSample() {
  const { path, db } = tempDatabase();
  const bus = new EventBus();
  const services = createServices(db, bus);
  return { path, db, bus, services };
}

const paste = (name: string, text: string) => ({ name, text });

describe('importing a pair and reading it back', () => {
  it('stores aligned rows that survive closing and reopening the file', async () => {
    const { path, db, bus, services } = importSample();
    const stages: string[] = [];
    bus.listen((name, payload) => name === 'import.progress' && stages.push((payload as { stage: string }).stage));
    const { id } = await services.documents.import({ source: paste('ru.txt', RU), target: paste('en.txt', EN), jobId: 'job-1' });
    expect(stages[0]).toBe('read');
    expect(stages.at(-1)).toBe('done');
    expect(new Set(stages)).toEqual(new Set(['read', 'segment', 'align', 'store', 'done']));

    const view = services.documents.get(id);
    expect(view.document.title).toBe('Удары по энергетике');
    const rowWith = (text: string) => view.rows.find((r) => r.source.some((s) => s.current.includes(text)))!;
    const dam = rowWith('Одна из целей');
    expect(dam.target.map((s) => s.current).join(' ')).toContain('One of the targets is a dam');
    expect(rowWith('Перейти к основному').source[0].kind).toBe('furniture');
    expect(rowWith('Перейти к основному').target[0].current).toBe('Skip to main content');
    expect(rowWith('Фото:').source[0].kind).toBe('credit');
    expect(rowWith('ВСУ').target[0].current).toBe('ВСУ');
    db.close();

    const reopened = createServices(openDatabase(path));
    const again = reopened.documents.get(id);
    expect(again.rows).toEqual(view.rows);
    expect(reopened.documents.list().map((d) => d.id)).toEqual([id]);
    reopened.db.close();
  });

  it('refuses a file it cannot read and leaves no document behind', async () => {
    const { db, services } = importSample();
    const pdf = Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\n', 'latin1').toString('base64');
    await expect(
      services.documents.import({ source: { name: 'ru.pdf', bytes: pdf }, target: paste('en.txt', EN) }),
    ).rejects.toThrow(ServiceError);
    await expect(services.documents.import({ source: { name: 'ru.pdf', bytes: pdf }, target: paste('en.txt', EN) })).rejects.toThrow(/ru\.pdf/);
    expect(services.documents.list()).toEqual([]);
    expect(db.prepare('SELECT count(*) AS n FROM segments').get()).toEqual({ n: 0 });
    db.close();
  });

  it('decodes a Windows-1251 file and reports the encoding', async () => {
    const { db, services } = importSample();
    const iconv = await import('iconv-lite');
    const bytes = iconv.encode(RU, 'windows-1251').toString('base64');
    const decoded = await services.documents.decode({ name: 'ru.txt', bytes });
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.preview).toContain('Белгородской области');
    const { id } = await services.documents.import({ source: { name: 'ru.txt', bytes }, target: paste('en.txt', EN) });
    expect(services.documents.get(id).document.sourceEncoding).toBe('windows-1251');
    db.close();
  });
});

describe('editing with revisions, undo and redo', () => {
  async function withDocument() {
    const ctx = importSample();
    const { id } = await ctx.services.documents.import({ source: paste('ru.txt', RU), target: paste('en.txt', EN) });
    const view = ctx.services.documents.get(id);
    const target = view.rows.flatMap((r) => r.target).find((s) => s.current.startsWith('Governor'))!;
    return { ...ctx, id, target };
  }

  it('keeps the MT as imported and the edit as the current text, across a reopen', async () => {
    const { path, db, services, id, target } = await withDocument();
    const saved = services.editing.save(target.id, 'Governor Vyacheslav Gladkov said about 1,000 people could be affected.');
    expect(saved.segment.original).toBe(target.original);
    expect(saved.canUndo).toBe(true);
    db.close();
    const reopened = createServices(openDatabase(path));
    const segment = reopened.documents.get(id).rows.flatMap((r) => r.target).find((s) => s.id === target.id)!;
    expect(segment.current).toBe('Governor Vyacheslav Gladkov said about 1,000 people could be affected.');
    expect(segment.original).toBe(target.original);
    expect(reopened.documents.list()[0].editedRows).toBe(1);
    const undone = reopened.editing.undo(id);
    expect(undone.segments.map((s) => s.current)).toEqual([target.original]);
    expect(undone.canRedo).toBe(true);
    reopened.db.close();
  });

  it('makes one typing session one undo step, and a new session another', async () => {
    const { db, services, id, target } = await withDocument();
    const first = services.editing.save(target.id, 'Governor V');
    const second = services.editing.save(target.id, 'Governor Vyacheslav', first.editId!);
    expect(second.editId).toBe(first.editId);
    const third = services.editing.save(target.id, 'Governor Vyacheslav Gladkov.');
    expect(third.editId).not.toBe(first.editId);

    expect(services.editing.undo(id).segments[0].current).toBe('Governor Vyacheslav');
    expect(services.editing.undo(id).segments[0].current).toBe(target.original);
    const none = services.editing.undo(id);
    expect(none.segments).toEqual([]);
    expect(none.canUndo).toBe(false);
    expect(services.editing.redo(id).segments[0].current).toBe('Governor Vyacheslav');
    expect(services.editing.redo(id).segments[0].current).toBe('Governor Vyacheslav Gladkov.');
    expect(services.editing.redo(id).canRedo).toBe(false);

    const history = services.editing.history(target.id);
    expect(history.map((h) => [h.previous, h.text, h.reason])).toEqual([
      [target.original, 'Governor Vyacheslav', 'manual'],
      ['Governor Vyacheslav', 'Governor Vyacheslav Gladkov.', 'manual'],
    ]);
    db.close();
  });

  it('drops the redo steps once a new edit is made after an undo, keeping them in history', async () => {
    const { db, services, id, target } = await withDocument();
    services.editing.save(target.id, 'A');
    services.editing.undo(id);
    const after = services.editing.save(target.id, 'B');
    expect(after.canRedo).toBe(false);
    expect(services.editing.history(target.id).map((h) => [h.text, h.state])).toEqual([
      ['A', 'undone'],
      ['B', 'done'],
    ]);
    db.close();
  });

  it('undoes an edit of several segments in one step', async () => {
    const { db, services, id } = await withDocument();
    const targets = services.documents.get(id).rows.flatMap((r) => r.target).filter((s) => s.kind === 'text');
    const editId = services.editing.apply(id, 'fix-all', 'test', targets.map((s) => ({ segmentId: s.id, text: `${s.current} [checked]` })));
    expect(editId).not.toBeNull();
    const undone = services.editing.undo(id);
    expect(undone.segments).toHaveLength(targets.length);
    expect(undone.segments.every((s) => s.current === s.original)).toBe(true);
    db.close();
  });

  it('refuses to edit the original', async () => {
    const { db, services, id } = await withDocument();
    const source = services.documents.get(id).rows[3].source[0];
    expect(() => services.editing.save(source.id, 'x')).toThrow(/only the translation/);
    db.close();
  });
});

describe('correcting the alignment', () => {
  it('merges, splits and moves sentences between rows, and keeps them after reopening', async () => {
    const { path, db, services } = importSample();
    const { id } = await services.documents.import({ source: paste('ru.txt', RU), target: paste('en.txt', EN) });
    const before = services.documents.get(id).rows;
    const texts = (rows = services.documents.get(id).rows) =>
      rows.map((r) => [r.source.map((s) => s.current), r.target.map((s) => s.current)]);
    const dam = before.findIndex((r) => r.source.some((s) => s.current.startsWith('Одна из целей')));

    services.alignment.merge(id, before[dam].beadId);
    const merged = services.documents.get(id).rows;
    expect(merged).toHaveLength(before.length - 1);
    expect(merged[dam].source.map((s) => s.current)).toEqual([...before[dam].source, ...before[dam + 1].source].map((s) => s.current));
    expect(merged.map((r) => r.position)).toEqual(merged.map((_, i) => i));

    services.alignment.split(id, merged[dam].beadId, before[dam].source.length, before[dam].target.length);
    expect(texts()).toEqual(texts(before));

    const row = services.documents.get(id).rows[dam + 1];
    services.alignment.move(id, row.beadId, 'target', 'previous');
    const moved = services.documents.get(id).rows;
    expect(moved[dam].target.map((s) => s.current)).toContain(before[dam + 1].target[0].current);
    expect(moved[dam + 1].target).toEqual([]);
    db.close();

    const reopened = createServices(openDatabase(path));
    expect(texts(reopened.documents.get(id).rows)).toEqual(texts(moved));
    expect(() => reopened.alignment.merge(id, moved.at(-1)!.beadId)).toThrow(/nothing below/);
    reopened.db.close();
  });
});
