import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBus } from '../../main/events';
import { dispatch } from '../../main/rpc';
import { createServices } from '../../main/services';
import { startHttpServer } from '../../main/transport/http';
import { tempDatabase, tempDir } from './temp-db';

const TOKEN = 'test-token-0123456789';
const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

async function start() {
  const { db } = tempDatabase();
  const bus = new EventBus();
  const staticDir = tempDir();
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  const ctx = { services: createServices(db, bus), info: { version: '0', dataDir: '/tmp', shell: 'browser' as const } };
  const { server, port, url } = await startHttpServer({ invoke: (method, input) => dispatch(method, input, ctx), bus, token: TOKEN, staticDir });
  stops.push(() => {
    server.closeAllConnections();
    server.close();
    db.close();
  });
  return { port, url, server };
}

/** A raw request, so the Host header can be set as an attacker's page would. */
function raw(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; body: string; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (port: number, method: string, body: unknown, headers: Record<string, string> = {}) =>
  raw(port, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': TOKEN, ...headers },
    body: JSON.stringify(body),
  });

describe('the browser-mode HTTP transport', () => {
  it('listens on 127.0.0.1 only and prints a URL with the token', async () => {
    const { server, url, port } = await start();
    expect(server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${TOKEN}`);
  });

  it('answers API calls that carry the token, validated by the contract', async () => {
    const { port } = await start();
    const ok = await api(port, 'documents.list', {});
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: [] });
    const invalid = await api(port, 'documents.get', { id: 'seven' });
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const missing = await api(port, 'documents.get', { id: 7 });
    expect(JSON.parse(missing.body)).toEqual({ ok: false, error: { code: 'not-found', message: 'document 7 does not exist' } });
    const unknown = await api(port, 'documents.drop', {});
    expect(JSON.parse(unknown.body).error.message).toMatch(/unknown method/);
  });

  it('refuses requests without the token, with a wrong one, or with only the cookie', async () => {
    const { port } = await start();
    expect((await api(port, 'documents.list', {}, { 'X-Sverka-Token': '' })).status).toBe(401);
    expect((await api(port, 'documents.list', {}, { 'X-Sverka-Token': 'wrong-token-0123456789' })).status).toBe(401);
    const cookieOnly = await raw(port, '/api/documents.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: `sverka_token=${TOKEN}` },
      body: '{}',
    });
    expect(cookieOnly.status).toBe(401);
    expect((await raw(port, '/')).status).toBe(401);
    expect((await raw(port, '/assets/app.js')).status).toBe(401);
    expect((await raw(port, '/api/events')).status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const { port } = await start();
    const res = await api(port, 'documents.list', {}, { Host: `evil.example:${port}` });
    expect(res.status).toBe(421);
  });

  it('serves the page with the token and a strict CSP, then assets with the cookie', async () => {
    const { port } = await start();
    const page = await raw(port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="sverka-token" content="${TOKEN}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = String(page.headers['set-cookie']).split(';')[0];
    expect(cookie).toBe(`sverka_token=${TOKEN}`);
    const asset = await raw(port, '/assets/app.js', { headers: { Cookie: cookie } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    const escape = await raw(port, '/..%2f..%2fetc%2fpasswd', { headers: { Cookie: cookie } });
    expect(escape.body).not.toContain('root:');
  });

  it('rejects a body that is not JSON with a clear message', async () => {
    const { port } = await start();
    const res = await raw(port, '/api/documents.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Sverka-Token': TOKEN },
      body: '{not json',
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).error.message).toMatch(/not valid JSON/);
  });
});
