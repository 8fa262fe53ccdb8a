// Browser mode: the same app served to a browser on 127.0.0.1 with a per-run token.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appRoot } from './paths';
import { startHttpServer } from './transport/http';
import { startDbWorker } from './worker/client';

export async function startBrowserMode(port = 0) {
  // The database and every method run in the worker; this thread only serves HTTP.
  const worker = await startDbWorker({ shell: 'browser' });
  const token = randomBytes(24).toString('base64url');
  const { server, url } = await startHttpServer({
    invoke: worker.invoke,
    bus: worker.bus,
    token,
    port,
    staticDir: join(appRoot(), 'dist', 'renderer'),
  });
  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    void worker.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  return { url, dataDir: worker.info.dataDir };
}

if (process.argv[1] && /server\.(ts|js|mjs)$/.test(process.argv[1])) {
  const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.SVERKA_PORT ?? '0' } } });
  const { url, dataDir } = await startBrowserMode(Number(values.port));
  console.log(`Sverka is running in browser mode at ${url}`);
  console.log(`Data folder: ${dataDir}`);
}
