// Every migration, applied to a database made by the schema before it and holding data in every
// table that schema has, keeps every row and every value it had.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMigrations, openDatabase, schemaVersion } from '../../main/db/open';
import { tempDir } from './temp-db';

const T = '2026-03-01T10:00:00.000Z';

/** Rows for the tables a schema of this version has, written with the SQL of that version. */
function seed(db: Database.Database, version: number) {
  const run = (sql: string, ...params: unknown[]) => db.prepare(sql).run(...params);
  if (version >= 1) {
    run(`INSERT INTO documents (id, uuid, title, source_name, target_name, source_encoding, target_encoding, created_at, updated_at)
         VALUES (1, 'doc-1', 'Статья «Мост»', 'ru.txt', 'en.txt', 'utf-8', 'windows-1251', ?, ?)`, T, T);
    run('INSERT INTO beads (id, document_id, position) VALUES (1, 1, 0), (2, 1, 1)');
    run(`INSERT INTO segments (id, document_id, bead_id, side, position, paragraph, kind, original, current) VALUES
         (1, 1, 1, 'source', 0, 0, 'heading', 'Мост открыт', 'Мост открыт'),
         (2, 1, 1, 'target', 0, 0, 'heading', 'The bridge is open', 'The Bridge Is Open'),
         (3, 1, 2, 'source', 1, 1, 'text', 'В Киеве тепло.', 'В Киеве тепло.'),
         (4, 1, 2, 'target', 1, 1, 'text', 'It is warm in Kiev.', 'It is warm in Kyiv.')`);
    run(`INSERT INTO edits (id, document_id, reason, detail, state, created_at, updated_at) VALUES
         (1, 1, 'manual', NULL, 'done', ?, ?), (2, 1, 'fix', '{"keys":["k"],"checks":{"forbidden-term":1}}', 'done', ?, ?),
         (3, 1, 'manual', NULL, 'undone', ?, ?)`, T, T, T, T, T, T);
    run(`INSERT INTO revisions (id, segment_id, edit_id, previous, text, created_at) VALUES
         (1, 2, 1, 'The bridge is open', 'The Bridge Is Open', ?), (2, 4, 2, 'It is warm in Kiev.', 'It is warm in Kyiv.', ?),
         (3, 4, 3, 'It is warm in Kyiv.', 'It is warm in Kyiv!', ?)`, T, T, T);
  }
  if (version >= 2) {
    run(`INSERT INTO glossaries (id, uuid, name, created_at, updated_at) VALUES (1, 'g-1', 'Newsroom', ?, ?)`, T, T);
    run(`INSERT INTO concepts (id, uuid, glossary_id, type, domain, note, created_at, created_by, updated_at, updated_by, deleted_at) VALUES
         (1, 'c-1', 1, 'place', 'geo', 'house style', ?, 'ed', ?, 'ed', NULL), (2, 'c-2', 1, 'person', NULL, NULL, ?, 'ed', ?, 'ed', ?)`, T, T, T, T, T);
    run(`INSERT INTO terms (id, uuid, concept_id, lang, text, status, case_sensitive, part_of_speech, note) VALUES
         (1, 't-1', 1, 'ru', 'Киев', 'preferred', 0, 'noun', NULL), (2, 't-2', 1, 'en', 'Kyiv', 'preferred', 1, NULL, 'since 2019'),
         (3, 't-3', 1, 'en', 'Kiev', 'forbidden', 0, NULL, NULL), (4, 't-4', 2, 'ru', 'Пётр', 'preferred', 0, NULL, NULL)`);
    run('INSERT INTO document_glossaries (document_id, glossary_id) VALUES (1, 1)');
  }
  if (version >= 3) run(`INSERT INTO dismissals (document_id, key, created_at) VALUES (1, 'typography|1|t=—', ?)`, T);
  if (version >= 4) {
    run(`INSERT INTO exchange_base (concept_id, snapshot, origin, format, recorded_at) VALUES (1, '{"uuid":"c-1"}', 'export', 'tbx', ?)`, T);
  }
}

type Dump = Record<string, Record<string, unknown>[]>;

function dump(db: Database.Database): Dump {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'term_search%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all() as Record<string, unknown>[]]));
}

/** Every row of `before` is in `after` with the same values (columns a migration added aside). */
function expectKept(before: Dump, after: Dump) {
  for (const [table, rows] of Object.entries(before)) {
    expect(after[table], `table ${table} is gone`).toBeDefined();
    expect(after[table]).toHaveLength(rows.length);
    rows.forEach((row, i) => expect(after[table][i]).toMatchObject(row));
  }
}

describe('migrations keep the data of the schema before them', () => {
  const all = loadMigrations();
  for (let n = 2; n <= all.length; n++) {
    it(`${String(n).padStart(4, '0')}-${all[n - 1].name} on a database of schema ${n - 1}`, () => {
      const path = join(tempDir(), 'old.db');
      const old = openDatabase(path, { migrations: all.slice(0, n - 1) });
      seed(old, n - 1);
      const before = dump(old);
      expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
      old.close();

      const upgraded = openDatabase(path, { migrations: all.slice(0, n), onBackup: () => {} });
      expect(schemaVersion(upgraded)).toBe(n);
      expectKept(before, dump(upgraded));
      expect(upgraded.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(upgraded.pragma('foreign_key_check')).toEqual([]);
      upgraded.close();
    });
  }

  it('keeps the same data through all of them at once, from the first schema', () => {
    const path = join(tempDir(), 'first.db');
    const old = openDatabase(path, { migrations: all.slice(0, 1) });
    seed(old, 1);
    const before = dump(old);
    old.close();
    const upgraded = openDatabase(path, { onBackup: () => {} });
    expectKept(before, dump(upgraded));
    upgraded.close();
  });
});
