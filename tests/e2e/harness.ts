// Starts browser mode (main/server.ts) on a fresh data folder and drives Debian's Chromium against it.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(ROOT, 'tests', 'fixtures', 'e2e');

export const CHROMIUM_PATH = process.env.SVERKA_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export interface RunningServer {
  /** The address printed at start-up, with the token. */
  url: string;
  origin: string;
  token: string;
  dataDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

const STARTUP_LINE = /Sverka is running in browser mode at (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/;

export async function startServer(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sverka-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, SVERKA_DATA_DIR: dataDir };
  delete env.SVERKA_PORT;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/server.ts', '--port', '0'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout!.on('data', (chunk) => (log += chunk));
  child.stderr!.on('data', (chunk) => (log += chunk));

  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start in 60 s:\n${log}`)), 60_000);
    const check = () => {
      const match = STARTUP_LINE.exec(log);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${log}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token')!,
    dataDir,
    output: () => log,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install chromium)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** A fresh profile (no cookie, no localStorage), English UI, a desktop-sized window. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-GB' });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  (page as Page & { problems?: string[] }).problems = problems;
  return { context, page };
}

/** Errors the page reported (uncaught exceptions, console errors such as CSP violations). */
export function pageProblems(page: Page): string[] {
  return (page as Page & { problems?: string[] }).problems ?? [];
}

export function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

/** Calls the API from the test, as the page would, with the token header. */
export async function callApi<T = unknown>(server: RunningServer, method: string, input: unknown): Promise<T> {
  const response = await fetch(`${server.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': server.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}

/** Imports the fixture pair through the API (the UI import has its own test) and returns the id. */
export async function importFixture(server: RunningServer, title = 'Starovolzhsky Bridge'): Promise<number> {
  const side = (name: string) => ({ name, bytes: fixture(name).toString('base64') });
  const { id } = await callApi<{ id: number }>(server, 'documents.import', {
    title,
    source: side('article.ru.txt'),
    target: side('article.en.txt'),
  });
  return id;
}

/** A glossary "House style" whose one concept forbids "Kiev" for Киев (approved: Kyiv); its id. */
export async function createHouseStyle(server: RunningServer): Promise<number> {
  const { id } = await callApi<{ id: number }>(server, 'glossaries.create', { name: 'House style' });
  await callApi(server, 'concepts.create', {
    glossaryId: id,
    type: 'place',
    terms: [
      { lang: 'ru', text: 'Киев', status: 'preferred' },
      { lang: 'en', text: 'Kyiv', status: 'preferred' },
      { lang: 'en', text: 'Kiev', status: 'forbidden' },
    ],
  });
  return id;
}

/** Imports the review pair (tests/fixtures/e2e/review) reviewed against the house style. */
export async function importReviewFixture(server: RunningServer, title: string): Promise<{ documentId: number; glossaryId: number }> {
  const side = (name: string) => ({ name, bytes: fixture(`review/${name}`).toString('base64') });
  const { id: documentId } = await callApi<{ id: number }>(server, 'documents.import', { title, source: side('ru.txt'), target: side('en.txt') });
  const glossaryId = await createHouseStyle(server);
  await callApi(server, 'glossaries.setForDocument', { documentId, glossaryIds: [glossaryId] });
  return { documentId, glossaryId };
}

/** What a test file shares: filled in by its beforeAll, so read the fields inside tests only. */
export interface ImportedFixture {
  server: RunningServer;
  browser: Browser;
  documentId: number;
}

/**
 * Registers the file's beforeAll and afterAll: browser mode and Chromium started side by side, then
 * a document imported (the fixture pair unless `importDocument` says otherwise); both stopped after.
 */
export function useImportedFixture(importDocument: (server: RunningServer) => Promise<number> = importFixture): ImportedFixture {
  const shared = {} as ImportedFixture;
  beforeAll(async () => {
    [shared.server, shared.browser] = await Promise.all([startServer(), launchBrowser()]);
    shared.documentId = await importDocument(shared.server);
  });
  afterAll(async () => {
    await shared.browser?.close();
    await shared.server?.stop();
  });
  return shared;
}

/** Opens a document by address; waits until its rows are on screen. */
export async function openDocument(page: Page, server: RunningServer, id: number) {
  await page.goto(`${server.url}#/documents/${id}`);
  await page.locator('.row').first().waitFor();
}

/** The row (a role=group element) whose original contains the text. */
export function rowWithSource(page: Page, text: string) {
  return page.locator('.row').filter({ has: page.locator('.row__source', { hasText: text }) });
}

/** The fixture's shape, known from how it was written: one row per sentence. */
export const FIXTURE = {
  rows: 24,
  furnitureRows: 5,
  knownSource: 'Теперь мост выдержит грузовики массой до 40 тонн.',
  knownTarget: 'Now the bridge will withstand trucks weighing up to 40 tons.',
} as const;
