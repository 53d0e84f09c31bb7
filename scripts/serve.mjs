// A small static server for the demo pages and the end-to-end tests: serves the
// repository root on 127.0.0.1 with the right MIME types and a strict
// Content-Security-Policy, so a page that tried to fetch anything from elsewhere would fail.
//   node scripts/serve.mjs [port]     (port 0 picks a free one; the URL is printed)
//
// Two path prefixes serve the same files as other kinds of host, for the tests:
//   /_csp/<policy>/…            under another policy (see POLICIES), e.g. the strictest one
//                               a host may send, or the smallest one the README promises works;
//   /_fault/<tag>/<fault>/…     with one of the widget's files failing: <fault> is
//                               404-<file> or stall-<file> (<file>: script, glue, wasm, frame);
//                               with -once appended, only the first request under <tag> fails,
//                               so a retry can succeed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};
const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
  "img-src 'self' data:; connect-src 'self'; frame-src 'self'; base-uri 'none'; form-action 'none'";
const strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
export const POLICIES = {
  // What issue 13 names: no inline style of any kind.
  strict,
  // The same, and no string may reach an HTML or script sink (innerHTML, eval…).
  'trusted-types': `${strict}; require-trusted-types-for 'script'; trusted-types 'none'`,
  // The smallest policy the README says the widget needs (nothing for styles at all).
  minimal: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; " +
    "require-trusted-types-for 'script'; trusted-types 'none'",
  // The default, with frames from the tests' second origin (elsewhere.test) and back.
  frames: csp.replace("frame-src 'self'", "frame-src 'self' http://127.0.0.1:* http://elsewhere.test:*"),
};
const FILES = {
  script: 'migration-atlas.js',
  glue: 'migration_atlas.js',
  wasm: 'migration_atlas_bg.wasm.lzma',
  frame: 'embed-frame.js',
};
// Tags whose -once fault has already struck.
const struck = new Set();

/** Splits a prefix off `path`: the policy to send and the fault to apply, if any. */
function variant(path) {
  let policy = csp;
  let fault = null;
  let m = path.match(/^_csp\/([a-z-]+)\/(.*)$/);
  if (m && POLICIES[m[1]]) {
    policy = POLICIES[m[1]];
    path = m[2];
  }
  m = path.match(/^_fault\/([\w-]+)\/(404|stall)-(script|glue|wasm|frame)(-once)?\/(.*)$/);
  if (m) {
    const [, tag, kind, file, once, rest] = m;
    path = rest;
    const key = `${tag}/${kind}-${file}`;
    if (path.endsWith(`/${FILES[file]}`) && !(once && struck.has(key))) {
      fault = kind;
      struck.add(key);
    }
  }
  return { path, policy, fault };
}

/**
 * Starts the server on `port` (0: any free one). With `gzip`, bodies are sent compressed
 * to clients that accept it, as a real host would (the benchmark's slow-network profile).
 */
export function startServer(port = 0, { gzip = false } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://localhost');
      const { path: rest, policy, fault } = variant(normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, ''));
      let path = rest;
      if (path === '' || path === '.') {
        res.writeHead(302, { location: '/www/' });
        return res.end();
      }
      if (fault === '404') throw new Error('fault');
      let file = join(root, path);
      if (!file.startsWith(root) || path.split(sep).includes('..')) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      let body = await readFile(file);
      const headers = {
        'content-type': types[extname(file)] || 'application/octet-stream',
        'content-length': body.length,
        'content-security-policy': policy,
        'cache-control': 'no-store',
        'referrer-policy': 'no-referrer',
      };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      if (fault === 'stall') {
        // A third of the file, then nothing: the connection stays open until the server closes.
        res.write(body.subarray(0, Math.floor(body.length / 3)));
        return;
      }
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? process.env.PORT ?? 8737);
  const server = await startServer(port);
  const { port: actual } = server.address();
  console.log(`Migration Atlas demo: http://127.0.0.1:${actual}/www/`);
}
