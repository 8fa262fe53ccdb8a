import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder that holds package.json. Found by walking up from this module, so the same code
 * works from the sources (tsx), from the bundled Electron main (dist/electron) and from a package.
 */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'sverka') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the sverka package root');
    dir = parent;
  }
}

export function appVersion(): string {
  return JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')).version;
}

/** The platform's user-data folder (what Electron's app.getPath('userData') gives), or SVERKA_DATA_DIR. */
export function dataDir(): string {
  if (process.env.SVERKA_DATA_DIR) return resolve(process.env.SVERKA_DATA_DIR);
  const home = homedir();
  if (process.platform === 'win32') return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'Sverka');
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'Sverka');
  return join(process.env.XDG_CONFIG_HOME ?? join(home, '.config'), 'Sverka');
}
