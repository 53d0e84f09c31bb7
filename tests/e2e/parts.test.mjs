// Issue 15 (the first screen does not grow) and 16 (bytes): the parts of the widget only
// some readers open (sharing and the downloads, the evidence sheet, a record's detail, the
// disagreements) arrive when a reader first opens them (src/components/lazy.rs). A reader
// who opens none downloads none; one who opens a part waits for a quiet "Loading…" once,
// and gets a message and a retry if it cannot be fetched.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const PART = /\/pkg\/part-\w+\.bin\.lzma/;
const partsFetched = (since) => h.requests.slice(since).filter((u) => PART.test(u)).map((u) => u.match(PART)[0].slice(5));

test('a reader who opens nothing downloads no part; Share fetches its code once and shows the panel', async () => {
  const start = h.requests.length;
  const page = await h.open('/www/article.html?atlas=1;l:ru', { width: 1000 });
  await ready(page);
  await page.waitForTimeout(500);
  assert.deepEqual(partsFetched(start), [], 'the first screen fetches no part');
  await clickIn(page, 'button[data-panel="share"]');
  const copy = await waitIn(page, (root) => root.querySelector('.ma-share [data-copy]')?.textContent);
  assert.equal(copy, 'Копировать ссылку');
  const fetched = partsFetched(start);
  assert.ok(fetched.includes('part-share.bin.lzma'), `sharing's code was fetched: ${fetched}`);
  assert.ok(!fetched.includes('part-detail.bin.lzma'), 'and no other part');
  assert.equal(new Set(fetched).size, fetched.length, 'each file once');
  // Closed and opened again: drawn at once, nothing fetched again.
  await clickIn(page, 'button[data-panel="share"]');
  await waitIn(page, (root) => !root.querySelector('.ma-share'));
  const again = h.requests.length;
  const drawn = await inShadow(page, 'migration-atlas', async (root) => {
    root.querySelector('button[data-panel="share"]').click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return { share: !!root.querySelector('.ma-share'), loading: !!root.querySelector('.ma-part-loading') };
  });
  assert.deepEqual(drawn, { share: true, loading: false });
  assert.deepEqual(partsFetched(again), []);
  await page.context().close();
});

test('while a part arrives the reader sees "Loading…" in their language; a record opened then takes the focus', async () => {
  const page = await h.open('/www/article.html?atlas=1;l:ky', { width: 1400 });
  await ready(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.context().route('**/pkg/part-detail.bin.lzma*', async (route) => { await held; await route.continue(); });
  const mark = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-main [data-id]').dataset.id);
  await clickIn(page, `.ma-main [data-id="${mark}"]`);
  const loading = await waitIn(page, (root) => root.querySelector('.ma-part-loading')?.textContent);
  assert.equal(loading, 'Жүктөлүүдө…');
  release();
  const focused = await waitIn(page, (root) => root.activeElement?.classList.contains('ma-detail-title') && root.activeElement.textContent);
  assert.ok(focused.length > 0, 'the focus is on the detail heading once it arrives');
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-part-loading')), null);
  await page.context().close();
});

test('a part that cannot be fetched says so in the reader\'s language, and "Try again" brings it', async () => {
  const page = await h.open('/www/article.html?atlas=1;l:ru', { width: 1000 });
  await ready(page);
  await page.context().route('**/pkg/part-disagreements.bin.lzma*', (route) => route.fulfill({ status: 404, body: '' }));
  await clickIn(page, 'button[data-panel="disagreements"]');
  const failed = await waitIn(page, (root) => {
    const box = root.querySelector('.ma-load-failed');
    return box && { text: box.querySelector('p').textContent, button: box.querySelector('button').textContent };
  });
  assert.deepEqual(failed, {
    text: 'Не удалось загрузить эту часть атласа. Проверьте подключение и повторите попытку.',
    button: 'Повторить',
  });
  // The rest of the widget still works.
  await clickIn(page, '[role=tab][data-view="table"]');
  await waitIn(page, (root) => root.querySelector('.ma-table tbody tr'));
  await page.context().unroute('**/pkg/part-disagreements.bin.lzma*');
  await clickIn(page, '.ma-load-failed button');
  const listed = await waitIn(page, (root) => root.querySelectorAll('.ma-disagreements li').length);
  assert.ok(listed > 0, 'the disagreements are listed after the retry');
  await page.context().close();
});

test('a link that opens on the map asks for the map\'s code with the wasm, not after it, and once', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/pkg/migration_atlas_bg.wasm.lzma*', async (route) => { await held; await route.continue(); });
  const seen = [];
  context.on('request', (r) => seen.push(r.url()));
  const page = await context.newPage();
  await page.goto(`${h.base}/www/article.html?atlas=1;v:map;l:ru`);
  const deadline = Date.now() + 10000;
  while (!seen.some((u) => u.includes('/pkg/part-map.bin.lzma')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.ok(seen.some((u) => u.includes('/pkg/part-map.bin.lzma')), 'the map\'s part is asked for while the wasm is still held');
  release();
  await ready(page);
  await waitIn(page, (root) => root.querySelector('.ma-map-svg'));
  assert.equal(seen.filter((u) => u.includes('/pkg/part-map.bin.lzma')).length, 1, 'once');
  assert.ok(!seen.some((u) => /part-(table|detail|share)\./.test(u)), 'and no other part');
  await context.close();
});
