import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatabaseVersionError, loadMigrations, openDatabase, schemaVersion } from '../../main/db/open';
import { tempDatabase, tempDir } from './temp-db';

const tables = (db: Database.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);

describe('opening and migrating the database', () => {
  it('creates every table on an empty file and records the schema version', () => {
    const { db } = tempDatabase();
    expect(schemaVersion(db)).toBe(loadMigrations().length);
    expect(tables(db)).toEqual(expect.arrayContaining(['beads', 'documents', 'edits', 'revisions', 'segments']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'segments'").get() as { sql: string };
    expect(strict.sql).toMatch(/STRICT/);
    db.close();
  });

  it('applies each migration in turn, one at a time', () => {
    const all = loadMigrations();
    const dir = tempDir();
    const path = join(dir, 'steps.db');
    for (let n = 1; n <= all.length; n++) {
      const db = openDatabase(path, { migrations: all.slice(0, n) });
      expect(schemaVersion(db)).toBe(n);
      db.close();
    }
  });

  it('takes a backup before migrating an existing database', () => {
    const dir = tempDir();
    const path = join(dir, 'old.db');
    const first = [{ version: 1, name: 'one', sql: "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT; INSERT INTO notes (text) VALUES ('kept');" }];
    openDatabase(path, { migrations: first }).close();
    const backups: string[] = [];
    const second = [...first, { version: 2, name: 'two', sql: 'ALTER TABLE notes ADD COLUMN lang TEXT;' }];
    const db = openDatabase(path, { migrations: second, onBackup: (p) => backups.push(p) });
    db.close();
    expect(backups).toHaveLength(1);
    expect(existsSync(backups[0])).toBe(true);
    const copy = new Database(backups[0], { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    expect(copy.prepare('SELECT text FROM notes').all()).toEqual([{ text: 'kept' }]);
    copy.close();
    expect(readdirSync(dirname(path)).filter((f) => f.endsWith('.bak'))).toHaveLength(1);
  });

  it('leaves the database as it was when a migration fails', () => {
    const dir = tempDir();
    const path = join(dir, 'broken.db');
    const first = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (id INTEGER PRIMARY KEY) STRICT;' }];
    openDatabase(path, { migrations: first }).close();
    const broken = [...first, { version: 2, name: 'two', sql: 'CREATE TABLE b (id INTEGER PRIMARY KEY) STRICT; CREATE TABLE a (id INTEGER);' }];
    expect(() => openDatabase(path, { migrations: broken })).toThrow(/already exists/);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tables(db)).not.toContain('b');
    db.close();
  });

  it('refuses a database written by a newer version and does not touch it', () => {
    const { path, db } = tempDatabase();
    db.pragma('user_version = 99');
    db.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(DatabaseVersionError);
    expect(() => openDatabase(path)).toThrow(/newer version of Sverka \(schema 99/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('keeps the imported text of a segment immutable', () => {
    const { db } = tempDatabase();
    db.prepare("INSERT INTO documents (uuid, title, source_name, target_name, source_encoding, target_encoding, created_at, updated_at) VALUES ('u', 't', 'a', 'b', 'utf-8', 'utf-8', 'now', 'now')").run();
    db.prepare('INSERT INTO beads (document_id, position) VALUES (1, 0)').run();
    db.prepare("INSERT INTO segments (document_id, bead_id, side, position, paragraph, kind, original, current) VALUES (1, 1, 'target', 0, 0, 'text', 'MT', 'MT')").run();
    expect(() => db.prepare("UPDATE segments SET original = 'changed' WHERE id = 1").run()).toThrow(/cannot change/);
    db.prepare("UPDATE segments SET current = 'edited' WHERE id = 1").run();
    expect(db.prepare('SELECT original, current FROM segments').get()).toEqual({ original: 'MT', current: 'edited' });
    db.close();
  });
});
