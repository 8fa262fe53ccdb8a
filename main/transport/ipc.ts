import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { ipcMain } from 'electron';
import type { EventBus } from '../events';
import { dispatch, type RpcContext } from '../rpc';

export const INVOKE_CHANNEL = 'sverka:invoke';
export const EVENT_CHANNEL = 'sverka:event';

/** Only frames loaded from the app's own origin may call the API. */
export function installIpc(ctx: RpcContext, bus: EventBus, trustedOrigin: string) {
  ipcMain.handle(INVOKE_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown) => {
    const url = event.senderFrame?.url ?? '';
    if (!url.startsWith(trustedOrigin)) {
      return { ok: false, error: { code: 'bad-request', message: 'calls are accepted from the application window only' } };
    }
    if (typeof method !== 'string') return { ok: false, error: { code: 'bad-request', message: 'method must be a string' } };
    return dispatch(method, input, ctx);
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
