// The database worker: owns the SQLite file and runs every API method, so a long import or review
// never blocks the thread that draws windows or answers HTTP. The desktop app and browser mode
// start it through ./client.ts; the command line runs the same dispatcher in its own thread.
import { parentPort, workerData } from 'node:worker_threads';
import { createAppContext } from '../app-context';
import { dispatch } from '../rpc';
import type { FromWorker, ToWorker, WorkerOptions } from './protocol';

const port = parentPort;
if (!port) throw new Error('db-worker.ts runs as a worker thread (see main/worker/client.ts)');
const post = (message: FromWorker) => port.postMessage(message);
const options = workerData as WorkerOptions;

let ctx: ReturnType<typeof createAppContext>;
try {
  ctx = createAppContext(options.shell, options.dbPath);
} catch (error) {
  // A database from a newer version, a file that is not a database: the shell tells the user.
  post({ kind: 'failed', message: (error as Error).message });
  port.close();
  throw error;
}

ctx.bus.listen((name, payload) => post({ kind: 'event', name, payload }));

// Calls run one after another in arrival order, as they did on the main thread: each is one
// transaction, and a later call sees what an earlier one wrote.
let queue = Promise.resolve();
port.on('message', (message: ToWorker) => {
  if (message.kind === 'close') {
    queue = queue.then(() => {
      ctx.close();
      post({ kind: 'closed' });
      port.close();
    });
    return;
  }
  queue = queue.then(async () => post({ kind: 'result', id: message.id, result: await dispatch(message.method, message.input, ctx) }));
});

post({ kind: 'ready', info: ctx.info });
