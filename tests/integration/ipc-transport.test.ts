// The desktop app's IPC transport, with Electron's ipcMain replaced by a recorder: only the app's
// own window may call, and every answer has the shape browser mode's HTTP transport gives.
import { describe, expect, it, vi } from 'vitest';
import { EventBus } from '../../main/events';
import { createServices } from '../../main/services';
import { tempDatabase } from './temp-db';

type Handler = (event: unknown, method: unknown, input: unknown) => Promise<unknown>;
const handlers = new Map<string, Handler>();
vi.mock('electron', () => ({ ipcMain: { handle: (channel: string, handler: Handler) => handlers.set(channel, handler) } }));

const { installIpc, INVOKE_CHANNEL, EVENT_CHANNEL } = await import('../../main/transport/ipc');
const { dispatch } = await import('../../main/rpc');
const channels = await import('../../shared/ipc-channels');

const ORIGIN = 'app://sverka/';
const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

function setUp() {
  handlers.clear();
  const { db } = tempDatabase();
  const bus = new EventBus();
  const ctx = { services: createServices(db, bus), info: { version: 'test', dataDir: '/tmp', shell: 'electron' as const } };
  const ipc = installIpc((method, input) => dispatch(method, input, ctx), bus, ORIGIN);
  return { ctx, bus, ipc, invoke: handlers.get(INVOKE_CHANNEL)! };
}

describe('the IPC transport', () => {
  it('uses the channels the preload uses', () => {
    expect([INVOKE_CHANNEL, EVENT_CHANNEL]).toEqual([channels.INVOKE_CHANNEL, channels.EVENT_CHANNEL]);
  });

  it('refuses calls from any frame not loaded from the app origin', async () => {
    const { invoke } = setUp();
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://sverka.evil/', '', undefined]) {
      const answer = await invoke(from(url), 'documents.list', {});
      expect(answer).toEqual({ ok: false, error: { code: 'bad-request', message: 'calls are accepted from the application window only' } });
    }
  });

  it('answers the app window through the dispatcher, with the same results and error shapes', async () => {
    const { invoke, ctx } = setUp();
    const created = (await invoke(from(`${ORIGIN}index.html`), 'glossaries.create', { name: 'House style' })) as { ok: boolean; value: { name: string } };
    expect(created.ok).toBe(true);
    expect(created.value.name).toBe('House style');
    expect(await invoke(from(ORIGIN), 'glossaries.list', {})).toEqual(await dispatch('glossaries.list', {}, ctx));

    const cases: [unknown, unknown, string][] = [
      ['no.such.method', {}, 'bad-request'],
      ['glossaries.create', { name: '' }, 'bad-request'],
      ['documents.get', { id: 424242 }, 'not-found'],
      [42, {}, 'bad-request'],
    ];
    for (const [method, input, code] of cases) {
      const answer = (await invoke(from(ORIGIN), method, input)) as { ok: boolean; error: { code: string; message: string } };
      expect(answer.ok).toBe(false);
      expect(answer.error.code).toBe(code);
      expect(Object.keys(answer.error).sort()).toEqual(['code', 'message']);
      if (typeof method === 'string') expect(answer).toEqual(await dispatch(method, input, ctx));
    }
  });

  it('sends events to attached windows until they are destroyed', () => {
    const { bus, ipc } = setUp();
    const sent: unknown[][] = [];
    let destroyed = false;
    const listeners = new Map<string, () => void>();
    const contents = {
      isDestroyed: () => destroyed,
      send: (...args: unknown[]) => sent.push(args),
      once: (name: string, listener: () => void) => listeners.set(name, listener),
    };
    ipc.attach(contents as never);
    bus.emit('glossary.changed', { glossaryId: 1, documentId: null });
    expect(sent).toEqual([[EVENT_CHANNEL, 'glossary.changed', { glossaryId: 1, documentId: null }]]);
    destroyed = true;
    listeners.get('destroyed')!();
    bus.emit('glossary.changed', { glossaryId: 2, documentId: null });
    expect(sent).toHaveLength(1);
  });
});
