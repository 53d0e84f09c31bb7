// Issue 13: the widget on real host pages: strict CSP and Trusted Types, a router that keeps
// its state in history.state and re-encodes the query, a right-to-left page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, until, urlWritten, RECORD_VIOLATIONS } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const CSP_PAGE = '/tests/e2e/hosts/csp.html';

/** What the styles look like: enough to tell a styled widget from an unstyled one. */
const looks = (page) => inShadow(page, 'migration-atlas', (root) => {
  const css = (sel, prop) => { const e = root.querySelector(sel); return e ? getComputedStyle(e)[prop] : null; };
  return {
    radius: css('.ma-root', 'borderRadius'),
    tab: css('[role=tab][aria-selected=true]', 'backgroundColor'),
    countryFills: [...new Set([...root.querySelectorAll('.ma-map-svg path.ma-c')].slice(0, 60).map((p) => getComputedStyle(p).fill))].length,
    swatch: css('.ma-swatch.ma-class-4', 'backgroundColor'),
    font: css('.ma-root', 'fontSize'),
  };
});

/** Waits until the map draws the country outlines (a file fetched beside the wasm). */
const outlined = (page) => waitIn(page, (root) => root.querySelector('.ma-countries path[data-code="KGZ"]'), null, 'migration-atlas', 10000);

/** Hovers a country, sets a fixed height, then reads where the tooltip and the root ended up. */
async function exercise(page) {
  await waitIn(page, (root) => root.querySelectorAll('.ma-map-svg path.ma-c').length > 20);
  const box = await page.evaluate(() => {
    const svg = document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-map-svg');
    const r = svg.getBoundingClientRect();
    return { x: r.x + r.width * 0.6, y: r.y + r.height * 0.35 };
  });
  // Hovering must reach a country with a figure; walk along a line until the tooltip shows.
  for (let dx = 0; dx < 300; dx += 15) {
    await page.mouse.move(box.x + dx, box.y);
    const shown = await inShadow(page, 'migration-atlas', (root) => !!root.querySelector('.ma-tip'));
    if (shown) break;
  }
  const tip = await waitIn(page, (root) => {
    const t = root.querySelector('.ma-tip');
    return t && { left: t.style.left, top: t.style.top, attr: t.getAttribute('style') };
  });
  await page.$eval('migration-atlas', (e) => e.setAttribute('height', '520'));
  const height = await until(page, () => Math.round(document.querySelector('migration-atlas').getBoundingClientRect().height) === 520);
  return { tip, height };
}

for (const policy of ['strict', 'trusted-types', 'minimal']) {
  test(`under the ${policy} policy the widget keeps its looks and causes no violation`, async () => {
    const normal = await h.open(CSP_PAGE);
    await ready(normal);
    await outlined(normal);
    const expected = await looks(normal);
    const picture = await normal.locator('migration-atlas').screenshot();
    await normal.context().close();

    const page = await h.open(`/_csp/${policy}${CSP_PAGE}`, { init: RECORD_VIOLATIONS });
    await ready(page);
    await outlined(page);
    assert.deepEqual(await looks(page), expected);
    assert.ok(expected.countryFills >= 3, `countries are shaded (${expected.countryFills} fills)`);
    const same = (await page.locator('migration-atlas').screenshot()).equals(picture);
    assert.ok(same, 'the widget looks the same, pixel for pixel, as on a page without the policy');
    const { tip, height } = await exercise(page);
    assert.match(tip.left, /^\d+px$/, 'the tooltip is placed (through the CSSOM)');
    assert.equal(height, true);
    // The CSSOM writes a style attribute the browser serialises; none was parsed from markup.
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await page.context().close();
  });
}

test('with Trusted Types enforced, the iframe page works and reports no violation', async () => {
  const page = await h.open('/_csp/trusted-types/www/embed.html?view=map&lang=ru', { init: RECORD_VIOLATIONS });
  await ready(page);
  const title = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-title').textContent);
  assert.equal(title, 'Атлас миграции');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  await page.context().close();
});

test('on a right-to-left page the widget keeps its own direction, ranges and numbers', async () => {
  const page = await h.open('/tests/e2e/hosts/rtl.html');
  await ready(page);
  const info = await waitIn(page, (root) => {
    const item = [...root.querySelectorAll('.ma-legend li')].find((li) => /\d–\d/.test(li.textContent));
    const more = [...root.querySelectorAll('.ma-legend li')].find((li) => /or more/.test(li.textContent));
    if (!item || !more) return null;
    // Where each character of the range is drawn: the first must be leftmost.
    const textIn = (el, re) => {
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) if (re.test(n.data)) return n;
      return null;
    };
    const text = textIn(item, /–/);
    const x = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().x; };
    const moreText = textIn(more, /or more/);
    return {
      direction: getComputedStyle(root.querySelector('.ma-root')).direction,
      label: text.data,
      firstLeftOfLast: x(text, 0) < x(text, text.data.length - 1),
      numberBeforeWords: x(moreText, 0) < x(moreText, moreText.data.indexOf('or')),
    };
  });
  assert.equal(info.direction, 'ltr');
  assert.match(info.label, /^1,000–9,999$|^\d[\d,]*–[\d,]+$/);
  assert.equal(info.firstLeftOfLast, true, `${info.label} reads left to right`);
  assert.equal(info.numberBeforeWords, true, '"1,000,000 or more" is not turned around');
  // The host page itself is still right-to-left.
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), 'rtl');
  await page.context().close();
});

// --- Routers and history ---------------------------------------------------------------

const view = (page) => inShadow(page, 'migration-atlas', (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view);
const rawParam = async (page) => {
  await urlWritten(page);
  return page.evaluate(() => location.search.match(/[?&]atlas=([^&]*)/)?.[1] ?? null);
};

test('a link re-encoded by URLSearchParams is read, and the router keeps its history.state', async () => {
  const page = await h.open('/tests/e2e/hosts/router.html?atlas=1%3Bv%3Amap%3Bc%3ARUS');
  await ready(page);
  assert.equal(await view(page), 'map');
  const filtered = await inShadow(page, 'migration-atlas', (root) => ({
    notice: root.querySelector('.ma-notice')?.textContent ?? null,
    chip: root.querySelector('[data-panel="filters"]')?.textContent ?? '',
  }));
  assert.equal(filtered.notice, null, 'nothing was dropped');
  assert.match(filtered.chip, /\(1\)/, 'one filter (RUS) is on');
  // Reading the link did not rewrite it, and the router's state is still there.
  assert.equal(await rawParam(page), '1%3Bv%3Amap%3Bc%3ARUS');
  assert.deepEqual(await page.evaluate(() => history.state), { router: true, idx: 0, key: 'k0' });

  // A widget change pushes an entry that carries the router's state over.
  await clickIn(page, '[role=tab][data-view="table"]');
  await waitIn(page, (root) => root.querySelector('.ma-table'));
  assert.equal(await rawParam(page), '1;v:table;c:RUS');
  assert.deepEqual(await page.evaluate(() => history.state), { router: true, idx: 0, key: 'k0' });

  // The router navigates and re-encodes the widget's parameter: the widget leaves it be.
  await page.evaluate(() => window.router.navigate(2));
  assert.equal(await rawParam(page), '1%3Bv%3Atable%3Bc%3ARUS');
  assert.equal(await view(page), 'table');
  const depth = await page.evaluate(() => history.length);

  // Back and Forward: the widget follows, never pushes, and forward history survives.
  await page.goBack();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'table');
  assert.match(await page.evaluate(() => document.querySelector('#where').textContent), /page 1/);
  await page.goBack();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'map');
  assert.equal(await rawParam(page), '1%3Bv%3Amap%3Bc%3ARUS');
  await page.goForward();
  await page.goForward();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'table');
  assert.match(await page.evaluate(() => document.querySelector('#where').textContent), /page 2/);
  assert.equal(await page.evaluate(() => history.length), depth, 'no entry was pushed on Back or Forward');
  const states = await page.evaluate(() => window.router.seen);
  assert.ok(states.every((s) => s && s.router === true), `the router always found its state: ${JSON.stringify(states)}`);
  await page.context().close();
});

test('a link with parts the widget cannot read is kept, with a notice; a change pushes a new entry', async () => {
  const page = await h.open('/tests/e2e/hosts/router.html?atlas=1;v:map;zz:future-part');
  await ready(page);
  const notice = await waitIn(page, (root) => root.querySelector('.ma-notice')?.textContent);
  assert.match(notice, /zz:future-part/);
  assert.equal(await rawParam(page), '1;v:map;zz:future-part', 'the unreadable part stays in the address');
  const depth = await page.evaluate(() => history.length);
  // Zooming would replace the entry; here it pushes, so the original link stays in history.
  await clickIn(page, '.ma-zoom button:first-child');
  await until(page, (d) => history.length === d + 1, depth);
  assert.match(await rawParam(page), /^1;v:map;m:/);
  await page.goBack();
  await until(page, () => location.search.includes('zz:future-part'));
  assert.equal(await rawParam(page), '1;v:map;zz:future-part');
  assert.deepEqual(await page.evaluate(() => history.state), { router: true, idx: 0, key: 'k0' });
  await page.context().close();
});
