import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { EventBus } from '../events';
import type { Invoke } from '../worker/protocol';

import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../shared/ipc-channels';

export { EVENT_CHANNEL, INVOKE_CHANNEL };

/** Only frames loaded from the app's own origin may call the API. */
export function installIpc(invoke: Invoke, bus: EventBus, trustedOrigin: string) {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!url.startsWith(trustedOrigin)) {
      return { ok: false, error: { code: 'bad-request', message: 'calls are accepted from the application window only' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'bad-request', message: 'method must be a string' } };
    return invoke(method, input);
  });
  const windows = new Set<WebContents>();
  bus.listen((name, payload) => {
    for (const contents of windows) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, name, payload);
  });
  return {
    attach(contents: WebContents) {
      windows.add(contents);
      contents.once('destroyed', () => windows.delete(contents));
    },
  };
}
