// Builds the renderer once for all end-to-end test files: browser mode serves dist/renderer.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './harness';

export default function setup() {
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
}
