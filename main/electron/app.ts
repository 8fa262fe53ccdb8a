// The desktop shell: the only place with Electron's app lifecycle.
import { app, dialog, protocol, session, type BrowserWindow } from 'electron';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appRoot } from '../paths';
import { CONTENT_SECURITY_POLICY } from '../transport/http';
import { installIpc } from '../transport/ipc';
import { contentTypeOf } from '../transport/static-types';
import { startDbWorker } from '../worker/client';
import { withShellMethods } from './shell-methods';
import { installMenu } from './menu';
import { APP_ORIGIN, createMainWindow } from './window';

/**
 * The name the save dialog suggests: the file name only (no folder, whichever separator), with
 * the characters file systems refuse replaced, so the renderer can never point the dialog elsewhere.
 */
function suggestedFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = base
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 200);
  if (!clean) return 'export';
  return /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i.test(clean) ? `_${clean}` : clean;
}

/** files.save on the desktop: the system's save dialog, then the bytes written where the user chose. */
function saveWithDialog(parent: BrowserWindow) {
  return async (fileName: string, bytes: Uint8Array): Promise<string | null> => {
    const { canceled, filePath } = await dialog.showSaveDialog(parent, {
      defaultPath: join(app.getPath('documents'), suggestedFileName(fileName)),
    });
    if (canceled || !filePath) return null;
    await writeFile(filePath, bytes);
    return filePath;
  };
}

app.setName('Sverka');
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

app.whenReady().then(async () => {
  if (!process.env.SVERKA_DATA_DIR) process.env.SVERKA_DATA_DIR = app.getPath('userData');
  // The database and every method run in a worker thread, so a long import or review never
  // freezes the window; this process only routes IPC, draws menus and shows dialogs.
  let worker: Awaited<ReturnType<typeof startDbWorker>>;
  try {
    worker = await startDbWorker({ shell: 'electron' });
  } catch (error) {
    dialog.showErrorBox('Sverka cannot open its database', (error as Error).message);
    app.quit();
    return;
  }
  const rendererDir = join(appRoot(), 'dist', 'renderer');

  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (url.host !== 'sverka' || !file.startsWith(rendererDir + sep)) return new Response('forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': contentTypeOf(file), 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('not found', { status: 404 });
    }
  });

  const appSession = session.defaultSession;
  appSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  appSession.setPermissionCheckHandler(() => false);
  // Offline, always: nothing but the app's own files is ever requested.
  appSession.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith(`${APP_ORIGIN}/`) || details.url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });

  // The API is in place before the window loads, so its first call finds it.
  let window: BrowserWindow | undefined;
  const saveFile = (fileName: string, bytes: Uint8Array) => saveWithDialog(window!)(fileName, bytes);
  const ipc = installIpc(withShellMethods(worker.invoke, saveFile), worker.bus, `${APP_ORIGIN}/`);
  installMenu(worker.bus);
  window = createMainWindow(dirname(fileURLToPath(import.meta.url)));
  ipc.attach(window.webContents);

  app.on('window-all-closed', () => {
    void worker.close().finally(() => app.quit());
  });
});
