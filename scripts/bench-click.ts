// One click on a long document, end to end through the dispatcher: the request a button sends,
// validated, run in its transaction and answered, plus the findings the panel then shows.
// Run: npx tsx scripts/bench-click.ts
// Goal: a fix or a dismissal on a 5,000-row document answers in < 30 ms, flat in document size.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../main/db/open';
import { dispatch, type RpcContext } from '../main/rpc';
import { createServices } from '../main/services';
import type { Output } from '../shared/contract';

const ROWS = Number(process.argv[2] ?? 5000);
const fixture = (name: string) => readFileSync(join('tests', 'fixtures', 'e2e', 'review', name), 'utf8').trim().split(/\n\s*\n/);
const ms = (t: number) => `${t.toFixed(1)} ms`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function call<T>(ctx: RpcContext, method: string, input: unknown): Promise<[T, number]> {
  const t = performance.now();
  const result = await dispatch(method, input, ctx);
  const elapsed = performance.now() - t;
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return [result.value as T, elapsed];
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
try {
  const db = openDatabase(join(dir, 'sverka.db'));
  const ctx: RpcContext = { services: createServices(db), info: { version: 'bench', dataDir: dir, shell: 'cli' } };
  // The review fixture (a forbidden "Kiev", a name spelt two ways, typography) repeated to length.
  const ru = fixture('ru.txt');
  const en = fixture('en.txt');
  const source: string[] = [];
  const target: string[] = [];
  for (let i = 0; source.length < ROWS; i++) {
    source.push(ru[i % ru.length]);
    target.push(en[i % en.length]);
  }
  const [{ id: documentId }] = await call<{ id: number }>(ctx, 'documents.import', {
    source: { name: 'ru.txt', text: source.join('\n\n') },
    target: { name: 'en.txt', text: target.join('\n\n') },
  });
  const [glossary] = await call<{ id: number }>(ctx, 'glossaries.create', { name: 'House style' });
  await call(ctx, 'concepts.create', {
    glossaryId: glossary.id,
    type: 'place',
    terms: [{ lang: 'ru', text: 'Киев', status: 'preferred' }, { lang: 'en', text: 'Kyiv', status: 'preferred' }, { lang: 'en', text: 'Kiev', status: 'forbidden' }],
  });
  await call(ctx, 'glossaries.setForDocument', { documentId, glossaryIds: [glossary.id] });
  const [view] = await call<Output<'documents.get'>>(ctx, 'documents.get', { id: documentId });
  const [first, firstMs] = await call<Output<'review.findings'>>(ctx, 'review.findings', { documentId });
  console.log(`document: ${view.rows.length} rows, ${first.findings.length} findings; first review ${ms(firstMs)}`);

  const fixable = first.findings.filter((f) => f.fix && f.check === 'forbidden-term');
  const dismissable = first.findings.filter((f) => !f.fix || f.check !== 'forbidden-term');
  const fixTimes: number[] = [];
  const dismissTimes: number[] = [];
  const refreshTimes: number[] = [];
  for (let i = 0; i < 15; i++) {
    const [, fixMs] = await call(ctx, 'review.fix', { documentId, keys: [fixable[i * 7].key] });
    fixTimes.push(fixMs);
    const [, dismissMs] = await call(ctx, 'review.dismiss', { documentId, keys: [dismissable[i * 5].key] });
    dismissTimes.push(dismissMs);
    const [, refreshMs] = await call(ctx, 'review.findings', { documentId });
    refreshTimes.push(refreshMs);
  }
  const verdict = (t: number) => `(goal < 30 ms, ${(t / 30).toFixed(2)}× the goal)`;
  console.log(`click: fix one finding, request → response: median ${ms(median(fixTimes))}, slowest ${ms(Math.max(...fixTimes))} ${verdict(median(fixTimes))}`);
  console.log(`click: dismiss one finding, request → response: median ${ms(median(dismissTimes))}, slowest ${ms(Math.max(...dismissTimes))} ${verdict(median(dismissTimes))}`);
  console.log(`click: the findings after a click (review.findings): median ${ms(median(refreshTimes))}`);
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
