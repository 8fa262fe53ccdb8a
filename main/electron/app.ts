// The desktop shell: the only place with Electron's app lifecycle.
import { app, protocol, session } from 'electron';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAppContext } from '../app-context';
import { appRoot } from '../paths';
import { CONTENT_SECURITY_POLICY } from '../transport/http';
import { installIpc } from '../transport/ipc';
import { installMenu } from './menu';
import { APP_ORIGIN, createMainWindow } from './window';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

app.setName('Sverka');
protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

app.whenReady().then(() => {
  if (!process.env.SVERKA_DATA_DIR) process.env.SVERKA_DATA_DIR = app.getPath('userData');
  const ctx = createAppContext('electron');
  const rendererDir = join(appRoot(), 'dist', 'renderer');

  protocol.handle('app', async (request) => {
    const url = new URL(request.url);
    const file = normalize(join(rendererDir, decodeURIComponent(url.pathname)));
    if (url.host !== 'sverka' || !file.startsWith(rendererDir + sep)) return new Response('forbidden', { status: 403 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
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

  const ipc = installIpc(ctx, ctx.bus, `${APP_ORIGIN}/`);
  installMenu(ctx.bus);
  const window = createMainWindow(dirname(fileURLToPath(import.meta.url)));
  ipc.attach(window.webContents);

  app.on('window-all-closed', () => {
    ctx.close();
    app.quit();
  });
});
