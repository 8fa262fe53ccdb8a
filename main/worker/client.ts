// Starts the database worker and gives the transports an `invoke` and the worker's events.
import { Worker } from 'node:worker_threads';
import type { Output, Result } from '../../shared/contract';
import { EventBus } from '../events';
import type { FromWorker, Invoke, ToWorker, WorkerOptions } from './protocol';

export interface DbWorker {
  invoke: Invoke;
  /** Events the worker's services emit ('glossary.changed', 'import.progress'…). */
  bus: EventBus;
  info: Output<'app.info'>;
  close(): Promise<void>;
}

/**
 * The worker's file sits beside this one: db-worker.mjs in the desktop app's bundle
 * (scripts/build-electron.mjs), or, from the sources, a small starter that loads db-worker.ts
 * through tsx (a worker thread does not inherit the loader).
 */
function workerUrl(): URL {
  return new URL(import.meta.url.endsWith('.ts') ? './db-worker-source.mjs' : './db-worker.mjs', import.meta.url);
}

const stopped = (message: string): Result<unknown> => ({ ok: false, error: { code: 'internal', message } });

export function startDbWorker(options: WorkerOptions): Promise<DbWorker> {
  const bus = new EventBus();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let closing: (() => void) | null = null;
  let worker: Worker;
  let info: Output<'app.info'>;

  const start = () =>
    new Promise<void>((resolve, reject) => {
      let ready = false;
      worker = new Worker(workerUrl(), { workerData: options });
      worker.on('message', (message: FromWorker) => {
        switch (message.kind) {
          case 'ready':
            ready = true;
            info = message.info;
            resolve();
            break;
          case 'failed':
            reject(new Error(message.message));
            break;
          case 'result':
            pending.get(message.id)?.(message.result);
            pending.delete(message.id);
            break;
          case 'event':
            bus.emit(message.name, message.payload as never);
            break;
          case 'closed':
            closing?.();
            break;
        }
      });
      worker.on('error', (error) => {
        console.error('[sverka] database worker:', error);
        reject(error);
      });
      worker.on('exit', (code) => {
        // Calls in flight are answered, never left hanging; the next call starts a new worker
        // (every change was committed in its own transaction, so nothing is lost).
        for (const answer of pending.values()) answer(stopped(`the database worker stopped (exit code ${code}); try again`));
        pending.clear();
        if (closing) closing();
        // A worker that never opened the database (a newer schema, a damaged file) is not retried.
        else if (ready) restart = start().catch((error) => console.error('[sverka] could not restart the database worker:', error));
      });
    });

  let restart: Promise<void> = start();

  const invoke: Invoke = async (method, input) => {
    await restart;
    const id = nextId++;
    return new Promise((resolve) => {
      pending.set(id, resolve);
      worker.postMessage({ kind: 'call', id, method, input } satisfies ToWorker);
    });
  };

  return restart.then(() => ({
    invoke,
    bus,
    get info() {
      return info;
    },
    close: () =>
      new Promise<void>((resolve) => {
        closing = resolve;
        worker.postMessage({ kind: 'close' } satisfies ToWorker);
      }),
  }));
}
