// `npm start`: build what is needed, then open the desktop window, or serve browser mode where
// Electron's binary is not installed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const run = (command, args) => {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn']);

function electronBinary() {
  try {
    const path = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = process.env.SVERKA_BROWSER_MODE ? null : electronBinary();
if (binary) {
  run(process.execPath, ['scripts/build-electron.mjs']);
  const child = spawn(binary, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log("Electron's binary is not installed (`npm run electron:install` fetches it); serving Sverka in browser mode.");
  const child = spawn(process.execPath, ['--import', 'tsx', 'main/server.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
