// The house rules of ARCHITECTURE.md, checked over the sources.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('layering', () => {
  it('keeps shared/ free of Node, Electron, the DOM libraries and React', () => {
    const offenders = sources('shared').flatMap((file) =>
      imports(file)
        .filter((m) => m.startsWith('node:') || ['electron', 'react', 'react-dom', 'better-sqlite3', 'fs', 'path'].includes(m))
        .map((m) => `${file}: ${m}`),
    );
    expect(offenders).toEqual([]);
  });

  it('imports electron only in main/electron and the IPC transport', () => {
    const offenders = [...sources('main'), ...sources('renderer'), ...sources('shared')].filter(
      (file) => imports(file).includes('electron') && !file.startsWith(join('main', 'electron')) && file !== join('main', 'transport', 'ipc.ts'),
    );
    expect(offenders).toEqual([]);
  });

  it('never renders HTML from data in the renderer', () => {
    const offenders = sources('renderer').filter((file) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(readFileSync(join(root, file), 'utf8')));
    expect(offenders.map((f) => relative(root, join(root, f)))).toEqual([]);
  });

  it('keeps the renderer away from main/ (it talks through the contract only)', () => {
    const offenders = sources('renderer').flatMap((file) => imports(file).filter((m) => m.includes('/main/')).map((m) => `${file}: ${m}`));
    expect(offenders).toEqual([]);
  });

  it('gives the renderer only the types of the contract, never its schemas (zod stays out of the bundle)', () => {
    const valueImport = /^import\s+(?!type\b)[^;]*from\s+['"][^'"]*\/(contract)['"]/m;
    const offenders = sources('renderer').filter((file) => valueImport.test(readFileSync(join(root, file), 'utf8')) || imports(file).includes('zod'));
    expect(offenders).toEqual([]);
  });
});
