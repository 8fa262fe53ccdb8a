import { timingSafeEqual } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { EventBus } from '../events';
import type { Invoke } from '../worker/protocol';
import { contentTypeOf, HTML_TYPE } from './static-types';

export interface HttpOptions {
  /** The API: the database worker's, or the dispatcher in this thread (tests). */
  invoke: Invoke;
  bus: EventBus;
  token: string;
  /** The built renderer (index.html and assets); API-only when absent. */
  staticDir?: string;
  port?: number;
}

const MAX_BODY = 100 * 1024 * 1024;
const TOKEN_COOKIE = 'sverka_token';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Browser mode's transport: bound to 127.0.0.1 only; every request must carry the per-run token
 * (the API in a header, so another site cannot forge calls with the cookie) and a Host header
 * naming this server (against DNS rebinding).
 */
export function startHttpServer(options: HttpOptions): Promise<{ server: Server; url: string; port: number }> {
  const server = createServer((req, res) => {
    handle(req, res, options, server).catch((error) => {
      console.error('[sverka] http:', error);
      if (!res.headersSent) send(res, 500, 'text/plain', 'internal error');
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, port, url: `http://127.0.0.1:${port}/?token=${options.token}` });
    });
  });
}

async function handle(req: IncomingMessage, res: ServerResponse, options: HttpOptions, server: Server) {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');

  const port = (server.address() as AddressInfo).port;
  if (!hostAllowed(req.headers.host, port)) return send(res, 421, 'text/plain', 'wrong host');

  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const queryToken = url.searchParams.get('token');
  const cookieToken = readCookie(req.headers.cookie, TOKEN_COOKIE);

  if (url.pathname.startsWith('/api/')) {
    if (url.pathname === '/api/events' && req.method === 'GET') {
      if (!same(queryToken, options.token)) return send(res, 401, 'text/plain', 'token required');
      return streamEvents(req, res, options.bus);
    }
    if (req.method !== 'POST') return send(res, 405, 'text/plain', 'POST only');
    if (!same(header(req, 'x-sverka-token'), options.token)) return send(res, 401, 'application/json', '{"ok":false,"error":{"code":"bad-request","message":"token required"}}');
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return send(res, 415, 'text/plain', 'JSON only');
    const method = decodeURIComponent(url.pathname.slice('/api/'.length));
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? JSON.parse(body) : {};
    } catch (error) {
      const message = error instanceof BodyTooLarge ? error.message : 'the request body is not valid JSON';
      return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: { code: 'bad-request', message } }));
    }
    const result = await options.invoke(method, input);
    return send(res, 200, 'application/json', JSON.stringify(result));
  }

  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain', 'GET only');
  if (!same(queryToken, options.token) && !same(cookieToken, options.token)) {
    return send(res, 401, 'text/plain', 'Open the address Sverka printed at start-up (it carries the access token).');
  }
  if (same(queryToken, options.token)) {
    res.setHeader('Set-Cookie', `${TOKEN_COOKIE}=${options.token}; HttpOnly; SameSite=Strict; Path=/`);
  }
  return serveStatic(url.pathname, res, options);
}

function serveStatic(pathname: string, res: ServerResponse, options: HttpOptions) {
  if (!options.staticDir) return send(res, 404, 'text/plain', 'no user interface built');
  const root = normalize(options.staticDir);
  const wanted = normalize(join(root, decodeURIComponent(pathname)));
  if (!wanted.startsWith(root + sep) && wanted !== root) return send(res, 403, 'text/plain', 'forbidden');
  const isFile = existsSync(wanted) && statSync(wanted).isFile();
  if (!isFile || extname(wanted) === '.html') {
    // Every page route is the single-page app; the token travels to it in a meta tag.
    const index = readFileSync(join(root, 'index.html'), 'utf8').replace(
      '</head>',
      `<meta name="sverka-token" content="${options.token}"></head>`,
    );
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('Cache-Control', 'no-store');
    return send(res, 200, HTML_TYPE, index);
  }
  res.writeHead(200, { 'Content-Type': contentTypeOf(wanted) });
  createReadStream(wanted).pipe(res);
}

function streamEvents(req: IncomingMessage, res: ServerResponse, bus: EventBus) {
  res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
  res.write(': connected\n\n');
  const stop = bus.listen((name, payload) => res.write(`event: ${name}\ndata: ${JSON.stringify(payload)}\n\n`));
  const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
  req.on('close', () => {
    stop();
    clearInterval(ping);
  });
}

function hostAllowed(host: string | undefined, port: number) {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function same(given: string | null | undefined, token: string) {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function header(req: IncomingMessage, name: string) {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function readCookie(cookies: string | undefined, name: string) {
  for (const part of (cookies ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge(`the request is larger than ${MAX_BODY / 1024 / 1024} MB`));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}
