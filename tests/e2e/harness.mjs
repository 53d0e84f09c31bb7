// Shared set-up of the end-to-end tests: Debian's Chromium driven by playwright-core
// (never a downloaded browser), the demo server on 127.0.0.1, and a record of every
// request each page makes, so tests can prove nothing leaves the machine.
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

/** Starts the server and the browser once per test file. */
export async function setUp() {
  const server = await startServer(0);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const requests = [];
  const problems = [];
  async function open(path, { width = 1000, height = 900, warnings } = {}) {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    context.on('request', (r) => requests.push(r.url()));
    page.on('pageerror', (e) => problems.push(`${path}: page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: console error: ${m.text()}`);
      if (m.type() === 'warning' && warnings) warnings.push(m.text());
    });
    await page.goto(base + path);
    return page;
  }
  async function tearDown() {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { base, browser, open, requests, problems, tearDown };
}

/** Waits until every <migration-atlas> (or the given selector) on the page is ready. */
export async function ready(page, selector = 'migration-atlas') {
  await page.waitForFunction((sel) => {
    const all = [...document.querySelectorAll(sel)];
    return all.length > 0 && all.every((e) => e.hasAttribute('ready'));
  }, selector, { timeout: 20000 });
}

/** Text content inside the shadow root of the element matching `selector`. */
export function shadowText(page, selector = 'migration-atlas') {
  return page.$eval(selector, (e) => e.shadowRoot?.textContent ?? '');
}

/** Runs a query inside the first shadow root matching `host`. */
export function inShadow(page, host, fn, arg) {
  return page.$eval(host, (e, [source, a]) => {
    // eslint-disable-next-line no-new-func
    const f = new Function('root', 'arg', `return (${source})(root, arg);`);
    return f(e.shadowRoot, a);
  }, [fn.toString(), arg]);
}
