// Issue 13, item 7: the iframe page answers only its parent, and only after the host's
// embed-host.js has introduced itself; from then on its heights go to that origin alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const frameReady = (page) => page.frameLocator('#embed').locator('migration-atlas[ready]')
  .waitFor({ state: 'attached', timeout: 20000 });
const received = (page) => page.evaluate(() => window.received);
const settle = (page, ms) => page.evaluate((ms) => new Promise((r) => setTimeout(r, ms)), ms);

test('without the host script, and with another frame posing as the host, no height leaves the frame', async () => {
  const page = await h.open('/tests/e2e/hosts/frame-host.html?src=/www/embed.html%3Fview%3Dtable&impostor=/tests/e2e/hosts/impostor.html');
  await frameReady(page);
  await settle(page, 800); // the impostor has spoken several times by now
  const messages = await received(page);
  assert.deepEqual(
    [...new Set(messages.map((m) => `${m.type} ${m.fromEmbed}`))],
    ['migration-atlas:frame true'],
    'only the request for an introduction, and nothing from the embed to anyone else',
  );
  // Now the host script arrives and introduces itself: heights start, the frame is sized.
  await page.addScriptTag({ url: '/pkg/embed-host.js' });
  await until(page, () => window.received.some((m) => m.type === 'migration-atlas:height'));
  await until(page, () => {
    const f = document.querySelector('#embed');
    const inner = f.contentDocument.documentElement.getBoundingClientRect().height;
    return f.style.height === `${Math.ceil(inner)}px`;
  });
  await page.context().close();
});

test('across origins, heights reach the host page from the frame origin, and size the frame', async () => {
  const port = new URL(h.base).port;
  const src = encodeURIComponent(`http://127.0.0.1:${port}/www/embed.html?view=table`);
  const page = await h.open(`http://elsewhere.test:${port}/_csp/frames/tests/e2e/hosts/frame-host.html?src=${src}`);
  await frameReady(page);
  await page.addScriptTag({ url: '/pkg/embed-host.js' });
  await until(page, () => window.received.some((m) => m.type === 'migration-atlas:height'));
  const heights = (await received(page)).filter((m) => m.type === 'migration-atlas:height');
  assert.ok(heights.every((m) => m.origin === `http://127.0.0.1:${port}` && m.fromEmbed), JSON.stringify(heights));
  const sized = await until(page, () => {
    const f = document.querySelector('#embed');
    return f.style.height && Number.parseInt(f.style.height, 10) > 300 && f.style.height;
  });
  assert.match(sized, /^\d+px$/);
  await page.context().close();
});
