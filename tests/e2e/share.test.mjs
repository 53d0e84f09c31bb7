// Issue 6 (shareable views): filters in the URL, reload, shared links (page and iframe),
// Back, malformed and hostile URLs, copy link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, atlasParam, atlasParamMatching, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const snapshot = (page, host = 'migration-atlas') => inShadow(page, host, (root) => ({
  view: root.querySelector('[role=tab][aria-selected=true]').dataset.view,
  status: root.querySelector('.ma-status').textContent,
  search: root.querySelector('.ma-search input').value,
  detail: root.querySelector('.ma-detail-title')?.textContent ?? null,
  lang: root.querySelector('.ma-root').lang,
}));

async function openFilters(page) {
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters'));
}

test('filters applied in the panel are kept in the URL and a reload restores the view', async () => {
  const page = await h.open('/www/article.html?page=2&utm_source=x#top');
  await ready(page);
  await openFilters(page);
  await clickIn(page, 'label[data-key="agreement"] input');
  await inShadow(page, 'migration-atlas', (root) => {
    const input = root.querySelector('.ma-country-search');
    input.value = 'russ';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  await waitIn(page, (root) => root.querySelector('label[data-key="RUS"]'));
  const count = await inShadow(page, 'migration-atlas', (root) => Number(root.querySelector('label[data-key="RUS"] .ma-count').textContent.replace(/\D/g, '')));
  await clickIn(page, 'label[data-key="RUS"] input');
  await clickIn(page, 'label[data-key="in-force"] input');
  await clickIn(page, '[role=tab][data-view="table"]');
  const before = await waitIn(page, (root) => root.querySelector('.ma-table tbody tr') && root.querySelector('.ma-status').textContent);
  const shown = Number(before.match(/Showing ([\d,]+)/)[1].replace(/,/g, ''));
  assert.ok(shown > 0 && shown <= count, `${shown} shown, option said ${count}`);
  const param = await atlasParam(page);
  assert.match(param, /^1;v:table;k:agreement;c:RUS;st:in-force$/);
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('page'), '2', 'host parameters untouched');
  assert.equal(url.searchParams.get('utm_source'), 'x');
  assert.equal(url.hash, '#top');
  const state = await snapshot(page);
  await page.reload();
  await ready(page);
  assert.deepEqual(await snapshot(page), state);
  await page.context().close();
});

test('a shared link opens the same view in a fresh page and in the iframe embed', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await inShadow(page, 'migration-atlas', (root) => {
    const input = root.querySelector('.ma-search input');
    input.value = 'pension';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  });
  await clickIn(page, '[role=tab][data-view="table"]');
  await waitIn(page, (root) => root.querySelector('.ma-table tbody tr'));
  await clickIn(page, '.ma-table tbody tr .ma-link');
  await waitIn(page, (root) => root.querySelector('.ma-detail-title'));
  await clickIn(page, 'button[data-panel="share"]');
  const shared = await waitIn(page, (root) => root.querySelector('#ma-share-link')?.value);
  const iframeCode = await inShadow(page, 'migration-atlas', (root) => root.querySelector('#ma-share-iframe').value);
  const state = await snapshot(page);
  assert.equal(new URL(shared).searchParams.get('atlas'), await atlasParam(page));
  await page.context().close();

  const fresh = await h.open(new URL(shared).pathname + new URL(shared).search);
  await ready(fresh);
  // The detail's code arrives after the first screen (src/components/lazy.rs).
  await waitIn(fresh, (root) => root.querySelector('.ma-detail-title'));
  assert.deepEqual(await snapshot(fresh), state);
  await fresh.context().close();

  const src = iframeCode.match(/src="([^"]+embed\.html[^"]*)"/)[1];
  const frame = await h.open(new URL(src).pathname + new URL(src).search);
  await ready(frame);
  await waitIn(frame, (root) => root.querySelector('.ma-detail-title'));
  const inFrame = await snapshot(frame);
  assert.deepEqual({ ...inFrame, status: inFrame.status }, state);
  // Inside the iframe, "Copy link" yields a link that reopens the same view.
  await clickIn(frame, 'button[data-panel="share"]');
  const again = await waitIn(frame, (root) => root.querySelector('#ma-share-link')?.value);
  const reopened = await h.open(new URL(again).pathname + new URL(again).search);
  await ready(reopened);
  await waitIn(reopened, (root) => root.querySelector('.ma-detail-title'));
  assert.deepEqual(await snapshot(reopened), state);
  await frame.context().close();
  await reopened.context().close();
});

test('Back restores the previous view; panning does not add history entries', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await clickIn(page, '[role=tab][data-view="map"]');
  await waitIn(page, (root) => root.querySelector('.ma-map-svg'));
  await atlasParamMatching(page, /v:map/);
  const depth = await page.evaluate(() => history.length);
  await clickIn(page, '.ma-zoom button:first-child');
  await clickIn(page, '.ma-zoom button:first-child');
  await atlasParamMatching(page, /;m:/);
  assert.equal(await page.evaluate(() => history.length), depth, 'zooming replaces the entry');
  await clickIn(page, '[role=tab][data-view="table"]');
  await waitIn(page, (root) => root.querySelector('.ma-table'));
  await atlasParamMatching(page, /v:table/);
  await page.goBack();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'map');
  await atlasParamMatching(page, /v:map/);
  await page.goBack();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'timeline');
  await page.goForward();
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'map');
  await page.context().close();
});

test('choosing a view, a filter or a record adds a history entry; zooming and panning replace it', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const depth = () => page.evaluate(() => history.length);
  /** Waits until the URL parameter is not `previous` any more (the write follows the frame). */
  const changed = (previous) => until(page, (p) => {
    const now = new URL(location.href).searchParams.get('atlas');
    return now !== p && { now };
  }, previous).then((r) => r.now);
  const start = { param: await atlasParam(page), depth: await depth() };
  assert.equal(start.param, null);

  await clickIn(page, '[role=tab][data-view="map"]');
  const map = { param: await changed(start.param), depth: await depth() };
  assert.equal(map.param, '1;v:map');
  assert.equal(map.depth, start.depth + 1, 'a view pushes');

  await clickIn(page, '.ma-zoom button:first-child');
  const zoomed = { param: await changed(map.param), depth: await depth() };
  assert.match(zoomed.param, /^1;v:map;m:[\d.,]+$/);
  assert.equal(zoomed.depth, map.depth, 'a zoom replaces');

  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('label[data-key="agreement"] input'));
  await clickIn(page, 'label[data-key="agreement"] input');
  const filtered = { param: await changed(zoomed.param), depth: await depth() };
  assert.equal(filtered.param, zoomed.param.replace(';m:', ';k:agreement;m:'));
  assert.equal(filtered.depth, zoomed.depth + 1, 'a filter pushes');

  await clickIn(page, '.ma-c[data-code="RUS"]');
  const selected = { param: await changed(filtered.param), depth: await depth() };
  assert.equal(selected.param, filtered.param.replace(';m:', ';sel:RUS;m:'));
  assert.equal(selected.depth, filtered.depth + 1, 'a record pushes');
  // The sheet, whose code may still be arriving (src/components/lazy.rs), is drawn.
  await waitIn(page, (root) => root.querySelector('.ma-detail'));

  // A drag on the map pans it: the entry is replaced.
  const rect = await inShadow(page, 'migration-atlas', (root) => {
    const svg = root.querySelector('.ma-map-svg');
    svg.scrollIntoView({ block: 'center' });
    const r = svg.getBoundingClientRect();
    // A point of the map the detail sheet (open on Russia) does not cover.
    for (const fx of [0.5, 0.85, 0.25, 0.7, 0.15]) {
      const p = { x: r.x + r.width * fx, y: r.y + r.height / 2 };
      if (root.elementFromPoint(p.x, p.y)?.closest('.ma-map-svg')) return p;
    }
    return null;
  });
  assert.ok(rect, 'some of the map is not under the sheet');
  await page.mouse.move(rect.x, rect.y);
  await page.mouse.down();
  await page.mouse.move(rect.x - 80, rect.y + 10, { steps: 4 });
  await page.mouse.up();
  const panned = { param: await changed(selected.param), depth: await depth() };
  assert.match(panned.param, /^1;v:map;k:agreement;sel:RUS;m:[\d.,]+$/);
  assert.notEqual(panned.param, selected.param);
  assert.equal(panned.depth, selected.depth, 'a pan replaces');

  // Back undoes one choice at a time; the zoom stays with the entry it was made in.
  await page.goBack();
  assert.equal(await changed(panned.param), filtered.param);
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  await page.goBack();
  assert.equal(await changed(filtered.param), zoomed.param);
  await waitIn(page, (root) => root.querySelector('button[data-panel="filters"]').textContent === 'Filters');
  await page.goBack();
  assert.equal(await changed(zoomed.param), null);
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'timeline');
  await page.context().close();
});

test('url-key keeps a view under its own key; a second widget with the same key does not sync', async () => {
  const page = await h.open('/www/article.html?mine=1;v:table&atlas=1;v:map');
  await ready(page);
  const view = (host) => inShadow(page, host, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view);
  const add = async (id) => {
    await page.evaluate((i) => {
      const e = document.createElement('migration-atlas');
      e.id = i;
      e.setAttribute('url-key', 'mine');
      document.body.append(e);
    }, id);
    await ready(page, `#${id}`);
  };
  await add('first');
  await add('second');
  assert.equal(await view('#atlas'), 'map', 'the page\'s widget reads atlas=');
  assert.equal(await view('#first'), 'table', 'the first widget with url-key="mine" reads mine=');
  assert.equal(await view('#second'), 'timeline', 'the second one with the same key ignores it');

  await clickIn(page, '[role=tab][data-view="map"]', '#first');
  await until(page, () => new URL(location.href).searchParams.get('mine') === '1;v:map');
  assert.equal(await atlasParam(page), '1;v:map', 'the other key is left alone');

  const search = await page.evaluate(() => location.search);
  const entries = await page.evaluate(() => history.length);
  await clickIn(page, '[role=tab][data-view="table"]', '#second');
  await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'table', null, '#second');
  // Give a write that should not happen every chance to: two frames and the timers after them.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  assert.equal(await page.evaluate(() => location.search), search, 'the second widget writes nothing');
  assert.equal(await page.evaluate(() => history.length), entries);
  assert.equal(await view('#first'), 'map', 'and the first does not follow it');
  await page.context().close();
});

const hostile = [
  ['garbage', 'atlas=%%%;;;:::zz'],
  ['another version', 'atlas=7;v:map'],
  ['unknown parts', 'atlas=1;v:globe;c:RUS,XXX;zz:1;sel:ev-none'],
  ['script payload', 'atlas=1;q:%3Cscript%3Ealert(1)%3C%2Fscript%3E;sel:%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E'],
  // Big, but within what web servers accept in a request line (Node's limit is 16 KB).
  ['huge', `atlas=1;q:${'a'.repeat(6000)};c:${'RUS,'.repeat(600)}`],
];

for (const [name, query] of hostile) {
  test(`a ${name} URL gives a working widget and a notice`, async () => {
    const dialogs = [];
    const page = await h.open(`/www/article.html?${query}`);
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
    await ready(page);
    const s = await snapshot(page);
    assert.ok(['timeline', 'map', 'table'].includes(s.view));
    const notice = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-notice')?.textContent ?? '');
    assert.match(notice, /could not be read/, `${name}: ${notice.slice(0, 100)}`);
    const injected = await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('script, img').length);
    assert.equal(injected, 0, 'nothing from the URL becomes markup');
    // Still works: switch view and dismiss the notice.
    await clickIn(page, '[role=tab][data-view="table"]');
    await waitIn(page, (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view === 'table');
    await clickIn(page, '.ma-notice button');
    await waitIn(page, (root) => !root.querySelector('.ma-notice'));
    assert.deepEqual(dialogs, []);
    await page.context().close();
  });
}

test('Copy link puts the shareable link on the clipboard', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;c:TUR');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  await ready(page);
  await clickIn(page, 'button[data-panel="share"]');
  await waitIn(page, (root) => root.querySelector('[data-copy="ma-share-link"]'));
  await clickIn(page, '[data-copy="ma-share-link"]');
  await waitIn(page, (root) => root.querySelector('.ma-share [role=status]').textContent === 'Copied.');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(new URL(text).searchParams.get('atlas'), '1;v:table;c:TUR');
  await page.context().close();
});

test('filters that leave nothing show a message in every view, not a blank box', async () => {
  const page = await h.open('/www/article.html?atlas=1;q:zzzznothing');
  await ready(page);
  for (const view of ['timeline', 'map', 'table']) {
    await clickIn(page, `[role=tab][data-view="${view}"]`);
    const text = await waitIn(page, (root) => root.querySelector('.ma-empty')?.textContent);
    assert.equal(text, 'No record matches these filters.', view);
  }
  await page.context().close();
});

test('a burst of pans replaces the URL once, after the gesture ends, and pushes nothing (issue 16)', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:map');
  await page.addInitScript(() => {
    window.__urlWrites = { replaceState: 0, pushState: 0 };
    for (const name of ['replaceState', 'pushState']) {
      const original = history[name].bind(history);
      history[name] = (...args) => { window.__urlWrites[name]++; return original(...args); };
    }
  });
  await page.reload();
  await ready(page);
  await waitIn(page, (root) => root.querySelector('.ma-map-svg'));
  await atlasParam(page);
  const writes = () => page.evaluate(() => ({ ...window.__urlWrites, param: new URL(location.href).searchParams.get('atlas') }));
  const before = await writes();
  // Twenty pans 20 ms apart: a held arrow key, or a drag.
  await inShadow(page, 'migration-atlas', async (root) => {
    for (let i = 0; i < 20; i++) {
      root.querySelector('.ma-map-svg').dispatchEvent(new KeyboardEvent('keydown',
        { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true }));
      await new Promise((r) => setTimeout(r, 20));
    }
  });
  const during = await writes();
  assert.equal(during.replaceState, before.replaceState, 'no URL write while the gesture goes on');
  await atlasParam(page);
  const after = await writes();
  assert.equal(after.replaceState - before.replaceState, 1, 'one replaceState for the whole gesture');
  assert.equal(after.pushState, before.pushState, 'a pan adds no history entry');
  assert.notEqual(after.param, before.param);
  assert.match(after.param, /m:[\d.,]+/, 'the panned view is in the URL');
  await page.context().close();
});
