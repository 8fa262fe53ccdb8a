// The messages between the process that shows windows (or serves HTTP) and the database worker.
import type { EventName, Output, Result } from '../../shared/contract';

/** How a transport reaches the API: the dispatcher in this thread, or the database worker. */
export type Invoke = (method: string, input: unknown) => Promise<Result<unknown>>;

export type Shell = Output<'app.info'>['shell'];

export interface WorkerOptions {
  shell: Shell;
  /** The database file; the data folder's sverka.db when absent. */
  dbPath?: string;
}

export type ToWorker = { kind: 'call'; id: number; method: string; input: unknown } | { kind: 'close' };

export type FromWorker =
  | { kind: 'ready'; info: Output<'app.info'> }
  | { kind: 'failed'; message: string }
  | { kind: 'result'; id: number; result: Result<unknown> }
  | { kind: 'event'; name: EventName; payload: unknown }
  | { kind: 'closed' };
