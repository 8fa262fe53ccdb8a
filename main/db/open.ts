import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appRoot } from '../paths';

export type Db = Database.Database;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export class DatabaseVersionError extends Error {
  constructor(
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `This database was written by a newer version of Sverka (schema ${found}; this version knows up to ${known}). ` +
        'Update Sverka to open it; the file was not changed.',
    );
  }
}

const MIGRATION_FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

export function loadMigrations(dir = join(appRoot(), 'main', 'db', 'migrations')): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((m) => m.match)
    .map(({ file, match }) => ({
      version: Number(match![1]),
      name: match![2],
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 0001, 0002, …: found ${m.version} at ${i + 1}`);
  });
  return migrations;
}

export interface OpenOptions {
  migrations?: Migration[];
  /** Called with the path of the copy taken before an existing database is migrated. */
  onBackup?: (path: string) => void;
}

/**
 * Opens (or creates) the database at `path`, sets the pragmas every connection needs and
 * brings the schema up to date. A database from a newer version is refused untouched.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? loadMigrations();
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  const db = new Database(path);
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, existed ? path : null, options.onBackup);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function migrate(db: Db, migrations: Migration[], existingPath: string | null, onBackup?: (path: string) => void) {
  const current = schemaVersion(db);
  const latest = migrations.length;
  if (current > latest) throw new DatabaseVersionError(current, latest);
  if (current === latest) return;
  if (existingPath && current > 0) {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = `${existingPath}.v${current}-${stamp}.bak`;
    // VACUUM INTO writes a consistent copy, WAL contents included.
    db.prepare('VACUUM INTO ?').run(backup);
    onBackup?.(backup);
  }
  const apply = db.transaction(() => {
    for (const m of migrations.slice(current)) {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }
  });
  apply();
}
