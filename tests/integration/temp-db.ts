import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openDatabase, type OpenOptions } from '../../main/db/open';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-test-'));
  dirs.push(dir);
  return dir;
}

/** A real database file in a fresh folder, with the project's migrations applied. */
export function tempDatabase(options?: OpenOptions) {
  const path = join(tempDir(), 'sverka.db');
  return { path, db: openDatabase(path, options) };
}
