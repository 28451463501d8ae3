// A small static server for a built site, compressing as a real host would (brotli, else gzip, for
// text). The bench measures first visits through it, and the offline update test swaps the folder
// it serves to play a deploy. `root` may be a function, read on every request.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};
const compressible = /^(text\/|application\/(json|manifest\+json|xml|javascript))|svg/;

/** The file a URL path names in `root`, or undefined (directories give their index.html). */
function fileFor(root, pathname) {
  let path;
  try {
    path = normalize(decodeURIComponent(pathname));
  } catch {
    return undefined;
  }
  if (path.split(sep).includes('..')) return undefined;
  let file = join(root, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Serves `root` on `port` (0: any free port). Resolves to { port, close, requests }, where
 * `requests` lists every { path, status, bytes } answered (bytes of the body as sent), for tests
 * that check nothing was missing and for the bench's first-visit figures.
 * @param {{ root: string | (() => string), port?: number, compress?: boolean }} options
 */
export function serveStatic({ root, port = 0, compress = true }) {
  const rootOf = typeof root === 'function' ? root : () => root;
  /** @type {{ path: string, status: number }[]} */
  const requests = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const dir = rootOf();
    const file = fileFor(dir, pathname);
    const status = file ? 200 : 404;
    const answered = { path: pathname, status, bytes: 0 };
    requests.push(answered);
    const served = file ?? join(dir, '404.html');
    const type = types[extname(served)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    // Hashed assets never change under one name, as on a real host.
    if (pathname.startsWith('/_astro/')) headers['cache-control'] = 'public, max-age=31536000, immutable';
    const accepts = String(request.headers['accept-encoding'] ?? '');
    let encoder;
    if (compress && compressible.test(type)) {
      if (/\bbr\b/.test(accepts)) {
        encoder = createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
        headers['content-encoding'] = 'br';
      } else if (/\bgzip\b/.test(accepts)) {
        encoder = createGzip({ level: 6 });
        headers['content-encoding'] = 'gzip';
      }
      headers['vary'] = 'accept-encoding';
    }
    if (!existsSync(served)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(status, headers);
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(served);
    const body = encoder ? stream.pipe(encoder) : stream;
    // The body's bytes as sent (compressed when it is), for the bench's first-visit figures.
    body.on('data', (chunk) => {
      answered.bytes += chunk.length;
    });
    body.pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(port, 'localhost', () => {
      const address = server.address();
      resolve({
        port: typeof address === 'object' && address ? address.port : port,
        requests,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}
