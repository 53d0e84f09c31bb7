// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core
// (never a downloaded browser), the demo server on 127.0.0.1, and a record of every
// request each page makes, so tests can prove nothing leaves the machine.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
  // A second origin on the same server, for the iframe's origin checks.
  '--host-resolver-rules=MAP elsewhere.test 127.0.0.1'];

/**
 * An init script (it runs before any of the page's own scripts, outside its CSP) that
 * records every Content-Security-Policy and Trusted Types violation in the page.
 */
export const RECORD_VIOLATIONS = () => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__violations.push(`${e.effectiveDirective}: ${e.blockedURI} ${e.sample}`.trim());
  }, true);
};

/**
 * Starts the server and the browser once per test file. The benchmark passes extra
 * Chromium flags (`args`) and asks the server to compress (`gzip`), as a real host would.
 */
export async function setUp({ args = [], gzip = false } = {}) {
  const server = await startServer(0, { gzip });
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...ARGS, ...args] });
  const requests = [];
  const problems = [];
  async function open(path, { width = 1000, height = 900, warnings, init, wait = 'load' } = {}) {
    const context = await browser.newContext({ viewport: { width, height } });
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    context.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
    page.on('console', (m) => {
      // The browser's own favicon probe (pages without an icon link) is not the page's doing.
      if (m.type() === 'error' && !m.location()?.url?.endsWith('/favicon.ico')) {
        problems.push(`${path}: console error: ${m.text()}`);
      }
      if (m.type() === 'warning' && warnings) warnings.push(m.text());
    });
    await page.goto(/^https?:/.test(path) ? path : base + path, { waitUntil: wait });
    return page;
  }
  async function tearDown() {
    await browser.close();
    server.closeAllConnections(); // stalled downloads of the fault tests keep theirs open
    await new Promise((resolve) => server.close(resolve));
  }
  return { base, browser, open, requests, problems, tearDown };
}

/** Waits until every <migration-atlas> (or the given selector) on the page is ready. */
export async function ready(page, selector = 'migration-atlas') {
  const end = deadline(20000);
  for (;;) {
    const done = await page.evaluate((sel) => {
      const all = [...document.querySelectorAll(sel)];
      return all.length > 0 && all.every((e) => e.hasAttribute('ready'));
    }, selector);
    if (done) return;
    if (Date.now() > end) throw new Error(`${selector} never became ready`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Text content inside the shadow root of the element matching `selector`. */
export function shadowText(page, selector = 'migration-atlas') {
  return page.$eval(selector, (e) => e.shadowRoot?.textContent ?? '');
}

/**
 * Runs `fn(shadowRoot, arg)` in the page. The function travels as source text that
 * Playwright evaluates itself (over CDP), so the demo pages' strict CSP (no eval) holds.
 */
/**
 * In the page, for every query: `mapView(root)`, the map's view as "x y width height" in
 * map units, as a viewBox would give it. The map draws its view as one transform,
 * `scale(k) translate(-x -y)`, over a viewBox in pixels (src/components/map_pane.rs).
 */
const MAP_VIEW = `const mapView = (root) => {
  const svg = root.querySelector('.ma-map-svg');
  const view = root.querySelector('.ma-map-view');
  const t = view && /scale\\(([-\\d.e]+)\\) translate\\(([-\\d.e]+) ([-\\d.e]+)\\)/.exec(view.getAttribute('transform'));
  if (!svg || !t) return null;
  const [, , width, height] = svg.getAttribute('viewBox').split(' ').map(Number);
  const k = Number(t[1]);
  const r = (v) => Math.round(v * 100) / 100 + 0;
  return [-Number(t[2]), -Number(t[3]), width / k, height / k].map(r).join(' ');
};`;

function expression(host, fn, arg) {
  return `(() => { ${MAP_VIEW} const root = document.querySelector(${JSON.stringify(host)})?.shadowRoot;
    if (!root) return false; return (${fn.toString()})(root, ${JSON.stringify(arg ?? null)}); })()`;
}

/** Runs a query inside the first shadow root matching `host`. */
export function inShadow(page, host, fn, arg) {
  return page.evaluate(expression(host, fn, arg));
}

/**
 * Clicks the first element matching `selector` inside the widget's shadow root, once there
 * is one, as a reader clicks what has appeared: a panel whose code is a part (issue 16)
 * draws a moment after its button is pressed. Gives up after `timeout` milliseconds.
 */
export async function clickIn(page, selector, host = 'migration-atlas', timeout = 5000) {
  const end = deadline(timeout);
  for (;;) {
    const ok = await page.$eval(host, (e, sel) => {
      const el = e.shadowRoot.querySelector(sel);
      if (!el) return false;
      el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      return true;
    }, selector);
    if (ok) return;
    if (Date.now() > end) throw new Error(`nothing matches ${selector} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * The moment a wait of `timeout` milliseconds gives up. Anything but a positive number
 * (an options object such as `{ timeout: 10000 }`, say) is refused: `Date.now() + {}` is
 * a string, and a deadline that is a string never passes, so the wait would never end.
 */
function deadline(timeout) {
  if (typeof timeout !== 'number' || !(timeout > 0) || !Number.isFinite(timeout)) {
    throw new TypeError(`a wait needs its timeout as a number of milliseconds, not ${JSON.stringify(timeout)}`);
  }
  return Date.now() + timeout;
}

/**
 * Waits until `fn(shadowRoot)` (run in the page) returns a truthy value, and returns it.
 * Polls from Node: Playwright's in-page polling evaluates strings, which the CSP forbids.
 */
export async function waitIn(page, fn, arg, host = 'migration-atlas', timeout = 10000) {
  const end = deadline(timeout);
  const source = expression(host, fn, arg);
  for (;;) {
    const value = await page.evaluate(source);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * The widget's URL parameter in the page's address, once the page has run its pending
 * timers (the widget writes the URL just after the frame that shows a change, and after
 * 250 ms of quiet for a pan or zoom: src/hooks.rs, REPLACE_AFTER_MS).
 */
export async function atlasParam(page, key = 'atlas') {
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  return new URL(page.url()).searchParams.get(key);
}

/** Waits until the widget's URL parameter matches `pattern` (the write is deferred out of
 * the frame, and later on a loaded machine), and returns it. */
export async function atlasParamMatching(page, pattern, key = 'atlas', timeout = 10000) {
  const end = deadline(timeout);
  for (;;) {
    const value = new URL(page.url()).searchParams.get(key);
    if (value !== null && pattern.test(value)) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${key}=${pattern} (have ${value})`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** Waits until a change's URL write has landed: the history entry is pushed after the
 *  frame, in an idle callback with a 100 ms deadline (src/hooks/deferred.rs), so this waits
 *  two frames and an idle callback asked for after the widget's own. */
export function urlWritten(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() =>
    requestIdleCallback(() => setTimeout(r, 0), { timeout: 300 })))));
}

/** Waits until `fn(arg)`, evaluated in the page, is truthy (polled from Node; CSP-safe). */
export async function until(page, fn, arg, timeout = 10000) {
  const end = deadline(timeout);
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn.toString().slice(0, 120)}`);
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * Holds back every request of `target` (a page or a browser context) matching `glob` until
 * the returned function is called; then they go through. For what a reader sees while a
 * file is on its way.
 */
export async function hold(target, glob) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await target.route(glob, async (route) => { await held; await route.continue(); });
  return release;
}
