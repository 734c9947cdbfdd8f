// A tiny static host for a dist folder, used by the budgets gate and the benchmark: it serves
// under the base path, gzips text like a real host, answers unknown paths with 404.html and
// applies the `/*` headers of `_headers` — so what we measure is what a reader would get.
// (Astro's preview cannot do the last two and only one may run per project.)
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileForPath, normalizeBase } from './dist.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.cff': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.zip': 'application/zip',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Headers that `_headers` sets for every path (`/*` blocks only; that is all we use).
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseHeadersFile(text) {
  /** @type {Record<string, string>} */
  const headers = {};
  let global = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      global = line.trim() === '/*';
      continue;
    }
    const at = line.indexOf(':');
    if (global && at > 0) headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return headers;
}

/**
 * Serves `distDir` at http://127.0.0.1:<port><basePath>. Resolves to { url, close }.
 * @param {string} distDir
 * @param {{ basePath?: string, port?: number }} [options] port 0 picks a free one
 */
export function serveDist(distDir, { basePath = '/', port = 0 } = {}) {
  const base = normalizeBase(basePath);
  const headersFile = join(distDir, '_headers');
  const extra = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : {};
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    let rel = fileForPath(path, base);
    let status = 200;
    let file = rel && join(distDir, rel);
    if (file && existsSync(file) && statSync(file).isDirectory()) {
      res.writeHead(301, { Location: `${path}/` }).end();
      return;
    }
    if (!file || !existsSync(file)) {
      status = 404;
      rel = '404.html';
      file = join(distDir, rel);
      if (!existsSync(file)) return void res.writeHead(404).end('Not found');
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { ...extra, 'Content-Type': type, 'Cache-Control': 'no-cache' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['Content-Encoding'] = 'gzip';
      headers.Vary = 'Accept-Encoding';
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers).end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://127.0.0.1:${actual}${base}`,
        origin: `http://127.0.0.1:${actual}`,
        close: () => new Promise((r) => server.close(() => r(undefined))),
      });
    });
  });
}
