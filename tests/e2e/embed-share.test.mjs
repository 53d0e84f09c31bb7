// Issue 12, item 6: sharing from embeds. Inside the iframe, "Copy link" gives the article's
// address (embed-host.js tells the frame, on the origin handshake); a host can name the page
// to share (`share-url`); a shared link reopens the view with the widget scrolled into view,
// for the element and for the iframe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const ARTICLE = '/tests/e2e/hosts/article-frame.html';

/** The widget inside the page's first iframe, once it is ready. */
async function framed(page) {
  await page.frameLocator('iframe[data-migration-atlas]').locator('migration-atlas[ready]')
    .waitFor({ state: 'attached', timeout: 20000 });
  return page.frames().find((f) => f.url().includes('embed.html'));
}

/** Where the element `selector` stands in the window: its top, and the window's height. */
const place = (page, selector) => page.evaluate((sel) => ({
  top: document.querySelector(sel).getBoundingClientRect().top, height: innerHeight, scrolled: scrollY,
}), selector);

test('inside the iframe, Copy link gives the article\'s address with the view, and it reopens there in view', async () => {
  const page = await h.open(ARTICLE, { width: 1000, height: 700 });
  const frame = await framed(page);
  const element = await frame.$('migration-atlas');
  // The handshake hands the frame the article's address.
  const shareUrl = await frame.waitForFunction(() => document.querySelector('migration-atlas').getAttribute('share-url'), null, { timeout: 10000 });
  assert.equal(await shareUrl.jsonValue(), `${h.base}${ARTICLE}`);
  await element.evaluate((e) => e.shadowRoot.querySelector('#ma-tab-map').click());
  await element.evaluate((e) => e.shadowRoot.querySelector('button[data-panel="share"]').click());
  await frame.waitForFunction(() => document.querySelector('migration-atlas').shadowRoot.querySelector('#ma-share-link'), null, { timeout: 10000 });
  const link = await element.evaluate((e) => e.shadowRoot.querySelector('#ma-share-link').value);
  assert.match(link, new RegExp(`^${h.base.replace(/\./g, '\\.')}${ARTICLE}\\?atlas=1;v:map`), link);
  await page.context().close();

  // The link opens the article, the view in its frame, the frame scrolled into view.
  const reader = await h.open(link.slice(h.base.length), { width: 1000, height: 700 });
  const again = await framed(reader);
  const view = await again.waitForFunction(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-root')?.dataset.view, null, { timeout: 10000 });
  assert.equal(await view.jsonValue(), 'map');
  const at = await until(reader, () => {
    const top = document.querySelector('iframe').getBoundingClientRect().top;
    return scrollY > 1000 && Math.abs(top) < 40 && { top, scrolled: scrollY };
  });
  assert.ok(at, 'the frame is at the top of the window');
  await reader.context().close();
});

test('a shared link scrolls the element into view; an ordinary visit does not', async () => {
  const plain = await h.open('/www/article.html', { width: 1000, height: 500 });
  await ready(plain);
  assert.equal((await place(plain, 'migration-atlas')).scrolled, 0);
  await plain.context().close();
  const shared = await h.open('/www/article.html?atlas=1;v:map', { width: 1000, height: 500 });
  await ready(shared);
  const at = await until(shared, () => {
    const top = document.querySelector('migration-atlas').getBoundingClientRect().top;
    return scrollY > 100 && Math.abs(top) < 2 && top;
  });
  assert.ok(Math.abs(at) < 2, `the widget starts at the top of the window: ${at}`);
  await shared.context().close();
});

test('share-url names the page a link opens: its query and hash kept', async () => {
  const page = await h.open('/www/plain.html', { width: 900 });
  await ready(page);
  await page.$eval('migration-atlas', (e) => {
    e.setAttribute('url-key', 'atlas');
    e.setAttribute('share-url', 'https://news.example/2024/story?id=4#comments');
  });
  await clickIn(page, '#ma-tab-map');
  await clickIn(page, 'button[data-panel="share"]');
  const link = await waitIn(page, (root) => root.querySelector('#ma-share-link')?.value);
  assert.equal(link, 'https://news.example/2024/story?id=4&atlas=1;v:map#comments');
  // A bad address is refused with one warning, and links go to this page again.
  await page.$eval('migration-atlas', (e) => e.setAttribute('share-url', 'javascript:alert(1)'));
  const here = await waitIn(page, (root) => {
    const v = root.querySelector('#ma-share-link')?.value;
    return v && !v.startsWith('https://news') && v;
  });
  assert.ok(here.startsWith(`${h.base}/www/plain.html?`), here);
  await page.context().close();
});
