// What every `sverka` command shares: the error for bad input (exit code 2) and reading files.
import { readFileSync } from 'node:fs';
import { ServiceError } from './services/errors';

/** The command line was wrong or an input file cannot be used; the message says which and why. */
export class UsageError extends Error {}

export function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** Errors that mean "bad input" (exit 2) rather than a failure of Sverka itself. */
export function isBadInput(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof ServiceError && (error.code === 'bad-input' || error.code === 'not-found'));
}
