// The JavaScript API and the element's options: partial updates (issue 9), an options
// object that throws, one warning per bad value, a URL key changed live, and the crash
// notice (issue 13).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, until, urlWritten, RECORD_VIOLATIONS } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const BLANK = '/tests/e2e/hosts/blank.html';
const tab = (page, host) => inShadow(page, host, (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view);
const params = async (page) => {
  await urlWritten(page);
  return page.evaluate(() => Object.fromEntries(new URLSearchParams(location.search)));
};

/** Mounts a widget through the API into a new div#id, with `options`. */
async function mountIn(page, id, options) {
  await page.evaluate(async ({ id, options }) => {
    const { mount } = await import('../../../pkg/migration-atlas.js');
    const div = document.createElement('div');
    div.id = id;
    document.body.append(div);
    window[id] = mount(div, options);
  }, { id, options });
  await ready(page, `#${id}`);
}

test('update() merges: after mount(table, ru), update({view: map}) keeps Russian, the asset base and the URL key', async () => {
  const page = await h.open(BLANK);
  await mountIn(page, 'w', { view: 'table', lang: 'ru', urlKey: 'k1' });
  await page.evaluate(() => window.w.update({ view: 'map' }));
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'map', null, '#w');
  const title = await inShadow(page, '#w', (root) => root.querySelector('.ma-title').textContent);
  assert.equal(title, 'Атлас миграции', 'still Russian');
  // "Copy embed code" still points at the widget's own folder.
  await clickIn(page, 'button[data-panel="share"]', '#w');
  const code = await waitIn(page, (root) => root.querySelector('#ma-share-iframe')?.value, null, '#w');
  assert.ok(code.includes(`src="${h.base}/pkg/embed.html?`), code);
  // The URL key given at mount still holds…
  await clickIn(page, '[role=tab][data-view="timeline"]', '#w');
  assert.deepEqual(await params(page), { k1: '1;v:timeline' });
  // …and a new one is honoured: the view moves to it in the same history entry.
  const depth = await page.evaluate(() => history.length);
  await page.evaluate(() => window.w.update({ urlKey: 'k2' }));
  await until(page, () => new URLSearchParams(location.search).has('k2'));
  assert.deepEqual(await params(page), { k2: '1;v:timeline' });
  assert.equal(await page.evaluate(() => history.length), depth);
  await clickIn(page, '[role=tab][data-view="table"]', '#w');
  assert.deepEqual(await params(page), { k2: '1;v:table' });
  await page.context().close();
});

test('an options object that throws leaves the handle working', async () => {
  const warnings = [];
  const page = await h.open(BLANK, { warnings });
  await mountIn(page, 'w', { view: 'table', urlKey: 'none' });
  const thrown = await page.evaluate(() => {
    const bad = [
      new Proxy({}, { ownKeys() { throw new Error('trap'); } }),
      { get view() { throw new Error('getter'); } },
    ];
    const errors = [];
    for (const options of bad) {
      try { window.w.update(options); } catch (e) { errors.push(e.message); }
    }
    window.w.update({ view: 'map' });
    return errors;
  });
  assert.deepEqual(thrown, [], 'update() itself does not throw');
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'map', null, '#w');
  const after = await page.evaluate(() => {
    window.w.destroy();
    return { left: document.querySelector('#w').shadowRoot.childNodes.length, mounted: window.w.mounted };
  });
  assert.deepEqual(after, { left: 0, mounted: false });
  assert.equal(warnings.filter((w) => /threw/.test(w)).length, 2, warnings.join('\n'));
  assert.deepEqual(h.problems, []);
  await page.context().close();
});

test('a bad attribute value warns once, however often other attributes change', async () => {
  const warnings = [];
  const page = await h.open(BLANK, { warnings });
  await page.evaluate(() => {
    const e = document.createElement('migration-atlas');
    e.setAttribute('lang', 'xx');
    e.setAttribute('url-key', 'none');
    document.body.append(e);
  });
  await ready(page);
  for (const view of ['map', 'table', 'timeline', 'map']) {
    await page.$eval('migration-atlas', (e, v) => e.setAttribute('view', v), view);
    await waitIn(page, (root, v) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view === v, view);
  }
  await page.$eval('migration-atlas', (e) => e.setAttribute('height', 'tall'));
  await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'table'));
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'table');
  await page.$eval('migration-atlas', (e) => e.setAttribute('height', '500'));
  await until(page, () => Math.round(document.querySelector('migration-atlas').getBoundingClientRect().height) === 500);
  const ours = warnings.filter((w) => w.startsWith('migration-atlas:'));
  assert.equal(ours.filter((w) => /'xx'/.test(w)).length, 1, ours.join('\n'));
  assert.equal(ours.filter((w) => /'tall'/.test(w)).length, 1, ours.join('\n'));
  assert.equal(ours.length, 2, ours.join('\n'));
  // Removing an attribute brings its default back (merging must not keep the old value).
  await page.$eval('migration-atlas', (e) => e.removeAttribute('height'));
  await until(page, () => document.querySelector('migration-atlas').getBoundingClientRect().height > 600);
  await page.context().close();
});

test('a crash replaces the widget with a notice in the language it showed, built without innerHTML', async () => {
  // Trusted Types enforced: an innerHTML write would throw and leave a blank box.
  const page = await h.open('/_csp/trusted-types/tests/e2e/hosts/csp.html', { init: RECORD_VIOLATIONS });
  await ready(page);
  // The reader switches to Russian in the widget's own menu: the notice follows the reader.
  await inShadow(page, 'migration-atlas', (root) => {
    const select = root.querySelector('.ma-lang select');
    select.value = 'ru';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    return true;
  });
  await waitIn(page, (root) => root.querySelector('.ma-title')?.textContent === 'Атлас миграции');
  // A host script moves nodes the widget manages (everything after the toolbar, so also the
  // node the filter panel is inserted before); the next render that relies on them fails.
  await inShadow(page, 'migration-atlas', (root) => {
    const after = [...root.querySelectorAll('.ma-root > .ma-toolbar ~ *')];
    root.querySelector('.ma-host').append(...after);
    return after.length > 0;
  });
  await clickIn(page, 'button[data-panel="filters"]');
  const notice = await waitIn(page, (root) => {
    const p = root.querySelector('.ma-crash');
    return p && { role: p.getAttribute('role'), text: p.textContent, lang: p.lang, border: getComputedStyle(p).borderTopColor, alone: !root.querySelector('.ma-root') };
  });
  assert.deepEqual(notice, {
    role: 'alert',
    text: 'Атлас миграции остановился из-за внутренней ошибки. Перезагрузите страницу.',
    lang: 'ru',
    border: 'rgb(187, 0, 0)',
    alone: true,
  });
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.ok(h.problems.some((p) => /migration-atlas crashed/.test(p)), 'the crash is logged');
  h.problems.length = 0;
  await page.context().close();
});
