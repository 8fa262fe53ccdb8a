// Starts the database worker from the TypeScript sources (browser mode, tests): a worker thread
// does not inherit tsx's loader, so it registers it itself. The desktop app's bundle runs
// db-worker.mjs directly instead.
import { register } from 'tsx/esm/api';

register();
await import('./db-worker.ts');
