// Issue 16 (loading): the widget reserves its height before it starts, and a light
// skeleton with the download's progress, in the reader's language, shows until it is ready.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, hold } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

/** A page whose wasm answer is held back until `release()`, and every layout shift. */
async function slowPage(path) {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(() => {
    window.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await hold(context, '**/migration_atlas_bg.wasm.lzma');
  const page = await context.newPage();
  await page.goto(h.base + path);
  return { page, release };
}

const skeleton = (page) => page.$eval('migration-atlas', (e) => {
  const box = e.shadowRoot?.querySelector('.mas');
  return box && {
    role: box.getAttribute('role'),
    lang: box.lang,
    text: box.textContent,
    progress: !!box.querySelector('progress'),
    height: e.getBoundingClientRect().height,
  };
});

test('a skeleton with a progress bar shows while the wasm downloads, then gives way to the widget', async () => {
  const { page, release } = await slowPage('/www/article.html');
  const end = Date.now() + 10000;
  let seen = null;
  while (!seen && Date.now() < end) {
    seen = await skeleton(page);
    if (!seen) await new Promise((r) => setTimeout(r, 50));
  }
  assert.ok(seen, 'the skeleton showed within 10 s');
  assert.equal(seen.role, 'status');
  assert.equal(seen.lang, 'en');
  assert.match(seen.text, /Loading the migration atlas/);
  assert.ok(seen.progress, 'a progress bar');
  assert.ok(seen.height >= 1000, `the height is reserved (${seen.height} px)`);
  release();
  await ready(page);
  assert.equal(await skeleton(page), null, 'the skeleton is gone once the widget is ready');
  await page.context().close();
});

test('the skeleton speaks the widget’s language', async () => {
  const { page, release } = await slowPage('/www/article.html');
  await page.evaluate(() => document.querySelector('migration-atlas').setAttribute('lang', 'ky'));
  // The element is already showing its skeleton in the page's language; a new one is made
  // in Kyrgyz to check the words.
  await page.evaluate(() => {
    const e = document.createElement('migration-atlas');
    e.id = 'ky';
    e.setAttribute('lang', 'ky');
    e.setAttribute('url-key', 'none');
    document.body.append(e);
  });
  const ky = await page.$eval('#ky', (e) => e.shadowRoot?.querySelector('.mas')?.textContent);
  assert.equal(ky, 'Миграция атласы жүктөлүүдө…');
  release();
  await ready(page);
  await page.context().close();
});

test('the article page does not jump when the widget starts (layout shift ≤ 0.01)', async () => {
  const { page, release } = await slowPage('/www/article.html');
  await new Promise((r) => setTimeout(r, 300));
  release();
  await ready(page);
  await new Promise((r) => setTimeout(r, 500));
  const shift = await page.evaluate(() => window.__shift);
  assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
  await page.context().close();
});
