// The database worker that browser mode and the desktop app run: the API answered off the calling
// thread, events passed on, a newer database refused, and calls answered (not left hanging) when
// the worker dies.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDbWorker, type DbWorker } from '../../main/worker/client';
import { tempDir } from './temp-db';

const running: DbWorker[] = [];
afterEach(async () => {
  for (const w of running.splice(0)) await w.close();
});

async function start(dbPath: string) {
  const worker = await startDbWorker({ shell: 'browser', dbPath });
  running.push(worker);
  return worker;
}

describe('the database worker', () => {
  it('answers contract methods with the dispatcher’s results and error shapes, and passes events on', async () => {
    const worker = await start(join(tempDir(), 'sverka.db'));
    expect(worker.info.shell).toBe('browser');
    const events: string[] = [];
    worker.bus.listen((name) => events.push(name));

    const created = await worker.invoke('glossaries.create', { name: 'House style' });
    expect(created).toMatchObject({ ok: true, value: { name: 'House style', concepts: 0 } });
    expect(await worker.invoke('glossaries.list', {})).toMatchObject({ ok: true, value: [{ name: 'House style' }] });
    expect(await worker.invoke('documents.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await worker.invoke('no.such', {})).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    // Events arrive after the answer that caused them.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toContain('glossary.changed');
  });

  it('runs calls in the order they were sent, each seeing what the one before wrote', async () => {
    const worker = await start(join(tempDir(), 'sverka.db'));
    const names = Array.from({ length: 20 }, (_, i) => `G${String(i).padStart(2, '0')}`);
    const answers = await Promise.all(names.map((name) => worker.invoke('glossaries.create', { name })));
    const ids = answers.map((a) => (a as { value: { id: number } }).value.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(((await worker.invoke('glossaries.list', {})) as { value: unknown[] }).value).toHaveLength(20);
  });

  it('keeps the database when it is closed and started again', async () => {
    const path = join(tempDir(), 'sverka.db');
    const first = await startDbWorker({ shell: 'browser', dbPath: path });
    await first.invoke('glossaries.create', { name: 'Kept' });
    await first.close();
    const second = await start(path);
    expect(await second.invoke('glossaries.list', {})).toMatchObject({ ok: true, value: [{ name: 'Kept' }] });
  });

  it('refuses a database made by a newer version with its message, and does not retry', async () => {
    const path = join(tempDir(), 'newer.db');
    const db = new Database(path);
    db.pragma('user_version = 999');
    db.close();
    await expect(startDbWorker({ shell: 'browser', dbPath: path })).rejects.toThrow(/newer/i);
  });
});
