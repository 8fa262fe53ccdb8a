import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, importFixture, launchBrowser, newPage, openDocument, pageProblems, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Whether anything answers a TCP connection on host:port. */
function connects(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host, port, path: '/', timeout: 2_000 }, (res) => {
      res.resume();
      resolve(true);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

describe('browser mode access', () => {
  it('prints an address on 127.0.0.1 with a token and listens there only', async () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(server.token.length).toBeGreaterThanOrEqual(24);
    const port = Number(url.port);
    expect(await connects('127.0.0.1', port)).toBe(true);
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && a.family === 'IPv4' && !a.internal)
      .map((a) => a!.address);
    for (const address of others) expect(await connects(address, port), address).toBe(false);
  });

  it('refuses API calls and the page without the token', async () => {
    const noHeader = await fetch(`${server.origin}/api/documents.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(noHeader.status).toBe(401);
    const wrong = await fetch(`${server.origin}/api/documents.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': 'x'.repeat(server.token.length) },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
    expect((await fetch(`${server.origin}/`)).status).toBe(401);
    expect((await fetch(`${server.origin}/?token=wrong`)).status).toBe(401);
    const ok = await fetch(`${server.origin}/api/documents.list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': server.token },
      body: '{}',
    });
    expect(ok.status).toBe(200);

    // A browser without the token gets the refusal page, not the app.
    const { context, page } = await newPage(browser);
    const response = await page.goto(server.origin + '/');
    expect(response?.status()).toBe(401);
    expect(await page.locator('#root').count()).toBe(0);
    await context.close();
  });

  it('serves the app with a strict CSP; the cookie alone does not open the API', async () => {
    const id = await importFixture(server);
    const { context, page } = await newPage(browser);
    const response = await page.goto(server.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    await openDocument(page, server, id);
    expect(pageProblems(page)).toEqual([]);

    // Same origin, cookie set by the first visit, but no token header: refused.
    const status = await page.evaluate(() =>
      fetch('/api/documents.list', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }).then((r) => r.status),
    );
    expect(status).toBe(401);
    await context.close();
  });

  it('shows markup in imported text as text, never as HTML', async () => {
    const { id } = await callApi<{ id: number }>(server, 'documents.import', {
      source: { name: 'ru.txt', text: 'Текст с <b>разметкой</b> и <img src="x" onerror="document.title=1">.' },
      target: { name: 'en.txt', text: 'Text with <b>markup</b> and <img src="x" onerror="document.title=1">.' },
    });
    const { context, page } = await newPage(browser);
    await openDocument(page, server, id);
    const row = page.locator('.row').first();
    expect(await row.locator('.row__source').textContent()).toContain('<b>разметкой</b>');
    expect(await row.locator('textarea').inputValue()).toContain('<img src="x"');
    expect(await page.locator('.rows-inner b, .rows-inner img').count()).toBe(0);
    expect(await page.title()).not.toBe('1');
    await context.close();
  });
});
