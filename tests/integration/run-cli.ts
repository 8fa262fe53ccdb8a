// Runs `sverka …` in-process and collects what it writes, for the command-line tests.
import { vi } from 'vitest';
import { main } from '../../main/cli';

export async function sverka(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const log = vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
    log.mockRestore();
  }
}
