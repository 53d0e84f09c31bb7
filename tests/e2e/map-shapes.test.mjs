// The map's country outlines are a file of the widget's folder (pkg/map-shapes.txt.lzma), fetched
// when a reader first opens the map, never on the first screen of the timeline or the table:
// one request per page however many widgets show the map; the marks draw from anchors
// compiled into the wasm before the outlines arrive (and without them); a failed or malformed
// file gives a message in the reader's language with a retry, and the widget stays usable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, ready, inShadow, waitIn, clickIn, hold } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const shapeRequests = () => h.requests.filter((u) => new URL(u).pathname.endsWith('/map-shapes.txt.lzma'));

/** Sets the view of the widget `host` through its attribute. */
const show = (page, view, host = '#atlas') =>
  page.$eval(host, (e, v) => e.setAttribute('view', v), view);

/** Waits until the map of `host` draws Kyrgyzstan's outline; returns how many it draws. */
const outlinesDrawn = (page, host = 'migration-atlas') => waitIn(page, (root) => {
  const kgz = root.querySelector('.ma-countries path.ma-home[data-code="KGZ"]');
  return kgz && kgz.getAttribute('d').startsWith('M') && root.querySelectorAll('.ma-countries path').length;
}, null, host, 10000);

/** The map's outlines failure message, once shown. */
const failure = (page) => waitIn(page, (root) => {
  const box = root.querySelector('.ma-map-frame .ma-outlines-failed [role=alert]');
  return box && { text: box.querySelector('p').textContent, button: box.querySelector('button').textContent };
});

test('a reader of the table and the timeline downloads no outlines; the map fetches them once, from the widget\'s folder', async () => {
  const first = shapeRequests().length;
  const page = await h.open('/www/plain.html');
  await ready(page);
  await show(page, 'timeline');
  await waitIn(page, (root) => root.querySelector('.ma-timeline-svg .ma-item'));
  // Nothing would ask for them later: the views drawn are all a reader of them gets. Half a
  // second lets a request that something started anyway reach the record.
  await page.waitForTimeout(500);
  assert.equal(shapeRequests().length, first, 'no outlines for the table and the timeline');
  await show(page, 'map');
  assert.ok(await outlinesDrawn(page) > 150, 'every country outlined');
  const fetched = shapeRequests().slice(first);
  assert.deepEqual(fetched.map((u) => new URL(u).pathname), ['/pkg/map-shapes.txt.lzma'], 'one file, beside the widget');
  assert.equal(new URL(fetched[0]).origin, h.base, 'never from another host');
  // Kept for the page: the map shown again fetches nothing.
  await show(page, 'timeline');
  await waitIn(page, (root) => !root.querySelector('.ma-map-svg') && root.querySelector('.ma-timeline-svg'));
  await show(page, 'map');
  await outlinesDrawn(page);
  assert.equal(shapeRequests().length, first + 1, 'fetched once');
  await page.context().close();
});

test('the marks draw before the outlines arrive, usable, and the outlines when they come', async () => {
  const page = await h.open('/www/plain.html');
  await ready(page);
  const release = await hold(page, '**/map-shapes.txt.lzma');
  await show(page, 'map');
  // The countries come with the marks' frame (an effect, or that frame's animation callback).
  const early = await waitIn(page, (root) => root.querySelector('.ma-map-svg .ma-badge')
    && root.querySelector('.ma-countries [data-mark="country"]') && ({
    outlines: root.querySelectorAll('.ma-countries path').length,
    dots: [...root.querySelectorAll('.ma-countries circle[data-mark="country"]')].map((c) => c.dataset.code),
    badges: root.querySelectorAll('.ma-badge[data-mark]').length,
    posts: root.querySelectorAll('.ma-post[data-mark]').length,
    home: root.querySelector('.ma-label-home')?.textContent,
    star: !!root.querySelector('.ma-home-star'),
    legends: root.querySelectorAll('.ma-legend-layer').length,
  }));
  assert.equal(early.outlines, 0, 'no outline yet');
  assert.ok(early.dots.includes('RUS') && early.dots.includes('KGZ') && early.dots.length > 20, `the countries named are dots: ${early.dots.length}`);
  assert.ok(early.badges > 10 && early.posts > 5, `badges ${early.badges}, posts ${early.posts}`);
  assert.equal(early.home, 'Kyrgyzstan');
  assert.ok(early.star && early.legends >= 3, 'Bishkek and the legend are there');
  // A country is a mark to choose before its outline is drawn.
  await clickIn(page, '.ma-countries circle[data-code="RUS"]');
  const title = await waitIn(page, (root) => root.querySelector('.ma-detail .ma-detail-title')?.textContent);
  assert.equal(title, 'Russia');
  release();
  assert.ok(await outlinesDrawn(page) > 150, 'the outlines, once they arrive');
  const late = await inShadow(page, 'migration-atlas', (root) => ({
    badges: root.querySelectorAll('.ma-badge[data-mark]').length,
    russia: root.querySelector('.ma-countries path[data-code="RUS"]').getAttribute('class'),
  }));
  assert.equal(late.badges, early.badges, 'the same badges');
  assert.match(late.russia, /ma-selected/, 'Russia, still selected, is now its outline');
  await page.context().close();
});

test('two widgets that open the map together share one request', async () => {
  const first = shapeRequests().length;
  const page = await h.open('/www/three-ways.html');
  await ready(page, '#by-element');
  await ready(page, '#by-api');
  assert.equal(shapeRequests().length, first, 'a timeline and a table fetch no outlines');
  await page.evaluate(() => {
    document.querySelector('#by-element').setAttribute('view', 'map');
    window.atlasByApi.update({ view: 'map' });
  });
  assert.ok(await outlinesDrawn(page, '#by-element') > 150);
  assert.ok(await outlinesDrawn(page, '#by-api') > 150);
  assert.equal(shapeRequests().length, first + 1, 'one request for both');
  await page.context().close();
});

test('a failed request shows a message in the reader\'s language over a usable map; Try again draws the outlines', async () => {
  const page = await h.open('/www/plain.html');
  await ready(page);
  await page.$eval('#atlas', (e) => e.setAttribute('lang', 'ru'));
  await waitIn(page, (root) => root.querySelector('.ma-title')?.textContent === 'Атлас миграции');
  let failing = true;
  await page.route('**/map-shapes.txt.lzma', (route) => (failing
    ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
    : route.continue()));
  await show(page, 'map');
  const shown = await failure(page);
  assert.equal(shown.text, 'Не удалось загрузить контуры стран на карте. Проверьте подключение и повторите попытку.');
  assert.equal(shown.button, 'Повторить');
  const usable = await inShadow(page, 'migration-atlas', (root) => ({
    outlines: root.querySelectorAll('.ma-countries path').length,
    badges: root.querySelectorAll('.ma-badge[data-mark]').length,
    dots: root.querySelectorAll('.ma-countries circle[data-mark="country"]').length,
  }));
  assert.equal(usable.outlines, 0);
  assert.ok(usable.badges > 10 && usable.dots > 20, `the marks stay: ${JSON.stringify(usable)}`);
  // The picture of the map is what is drawn: without the outlines, but made.
  await clickIn(page, 'button[data-panel="share"]');
  await waitIn(page, (root) => root.querySelector('[data-export="svg"]'));
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), clickIn(page, '[data-export="svg"]')]);
  const svg = readFileSync(await file.path(), 'utf8');
  assert.ok(svg.includes('data-code="RUS"') && !/<path[^>]*data-code="KGZ"/.test(svg), 'the picture has the dots, no outline');
  await clickIn(page, 'button[data-panel="share"]');
  const before = shapeRequests().length;
  failing = false;
  await clickIn(page, '.ma-outlines-failed button');
  assert.ok(await outlinesDrawn(page) > 150);
  assert.equal(shapeRequests().length, before + 1, 'the retry asked once more');
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-outlines-failed')), null, 'the message is gone');
  await page.context().close();
});

test('a malformed file is refused with a console report and the message, never a crash', async () => {
  const warnings = [];
  const problems = h.problems.length;
  const page = await h.open('/www/plain.html', { warnings });
  await ready(page);
  await page.route('**/map-shapes.txt.lzma', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><p>Moved</p>' }));
  await show(page, 'map');
  const shown = await failure(page);
  assert.equal(shown.text, 'The map\'s country outlines could not be loaded. Check the connection and try again.');
  assert.ok(warnings.some((w) => /^migration-atlas: http:.*\/pkg\/map-shapes\.txt\.lzma: ./.test(w)), `reported: ${warnings.join(' | ')}`);
  // Still a working widget: the tabs switch views.
  await show(page, 'table');
  await waitIn(page, (root) => root.querySelector('table tbody tr'));
  assert.deepEqual(h.problems.slice(problems), [], 'no page error, no crash');
  await page.context().close();
});

test('a page opening on the map has the outlines at its first paint, fetched once with the wasm', async () => {
  const first = shapeRequests().length;
  const page = await h.open('/www/article.html?atlas=1;v:map');
  await ready(page);
  // No wait: the loader script installed them before the widget's first render. Read as the
  // next frame is painted (in its animation callbacks, after the widget's own), since the
  // countries are drawn by an effect that Yew may leave for a later task.
  const drawn = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() =>
    resolve(document.querySelector('migration-atlas').shadowRoot.querySelectorAll('.ma-countries path').length))));
  assert.ok(drawn > 150, `outlines at the first paint: ${drawn}`);
  assert.deepEqual(shapeRequests().slice(first).map((u) => new URL(u).pathname), ['/pkg/map-shapes.txt.lzma']);
  await page.context().close();
});

test('outlines that stall do not hold back a page opening on the map: it starts without them', async () => {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const asked = [];
  // Held until the end of the test: the loader's request and then the map's own.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route('**/map-shapes.txt.lzma', async (route) => {
    asked.push(route.request().url());
    await held;
    await route.abort();
  });
  const page = await context.newPage();
  const started = Date.now();
  await page.goto(`${h.base}/www/article.html?atlas=1;v:map`);
  await ready(page);
  // The loader waits 2 s at most (EARLY_FILE_WAIT_MS in migration-atlas.js).
  assert.ok(Date.now() - started < 8000, `ready after ${Date.now() - started} ms`);
  // The countries come with the marks' frame (an effect, or that frame's animation callback).
  const drawn = await waitIn(page, (root) => root.querySelector('.ma-map-svg .ma-badge')
    && root.querySelector('.ma-countries [data-mark="country"]') && ({
    outlines: root.querySelectorAll('.ma-countries path').length,
    dots: root.querySelectorAll('.ma-countries circle[data-mark="country"]').length,
  }));
  assert.equal(drawn.outlines, 0);
  assert.ok(drawn.dots > 20, `the marks drawn without them: ${drawn.dots} countries`);
  // The map asks once it renders without them (it has: the dots are drawn).
  for (const end = Date.now() + 5000; asked.length < 2 && Date.now() < end;) {
    await new Promise((resolve) => setTimeout(resolve, 40));
  }
  assert.equal(asked.length, 2, 'the loader asked, then the map itself');
  release();
  await context.close();
});
