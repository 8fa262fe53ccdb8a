// Bundles the Electron main process (ESM) and the preload (CommonJS: sandboxed preloads cannot be ESM).
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning' };
await build({ ...common, entryPoints: ['main/electron/app.ts'], outfile: 'dist/electron/app.mjs', format: 'esm' });
// The database worker is a file of its own beside app.mjs (main/worker/client.ts looks for it there).
await build({ ...common, entryPoints: ['main/worker/db-worker.ts'], outfile: 'dist/electron/db-worker.mjs', format: 'esm' });
await build({ ...common, entryPoints: ['main/electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs' });
