import { extname } from 'node:path';

// Content types of the built renderer's files, for both ways of serving them (the desktop app's
// app:// protocol and browser mode's HTTP server).
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

export const HTML_TYPE = TYPES['.html'];

/** Anything not in the table is served as bytes the browser will not run or render. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}
