// Methods that need the desktop shell itself (a system dialog) and so run in Electron's main
// process; every other method goes on to the database worker.
import { z } from 'zod';
import { methods, type Result } from '../../shared/contract';
import type { Invoke } from '../worker/protocol';

export type SaveFile = (fileName: string, bytes: Uint8Array) => Promise<string | null>;

/** Wraps the worker's invoke: 'files.save' is validated by the contract and answered here. */
export function withShellMethods(worker: Invoke, saveFile: SaveFile): Invoke {
  return async (method, input): Promise<Result<unknown>> => {
    if (method !== 'files.save') return worker(method, input);
    const parsed = methods['files.save'].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: { code: 'bad-request', message: `files.save: ${z.prettifyError(parsed.error)}` } };
    const { fileName, encoding, data } = parsed.data;
    try {
      return { ok: true, value: { path: await saveFile(fileName, Buffer.from(data, encoding === 'base64' ? 'base64' : 'utf8')) } };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, error: { code: 'bad-input', message: `the file could not be written (${code ?? 'error'})` } };
    }
  };
}
