import { join } from 'node:path';
import type { Output } from '../shared/contract';
import { openDatabase, type Db } from './db/open';
import { EventBus } from './events';
import { appVersion, dataDir } from './paths';
import type { RpcContext } from './rpc';
import { createServices } from './services';

export interface AppContext extends RpcContext {
  db: Db;
  bus: EventBus;
  close(): void;
}

/** Opens the database and wires the services; shared by the Electron shell, browser mode and the CLI. */
export function createAppContext(shell: Output<'app.info'>['shell'], dbPath?: string): AppContext {
  const dir = dataDir();
  const db = openDatabase(dbPath ?? join(dir, 'sverka.db'), {
    onBackup: (path) => console.error(`[sverka] database backed up to ${path} before upgrading`),
  });
  const bus = new EventBus();
  return {
    db,
    bus,
    services: createServices(db, bus),
    info: { version: appVersion(), dataDir: dir, shell },
    close: () => db.close(),
  };
}
