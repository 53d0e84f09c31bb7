// Issue 2 (foundation): embedding three ways, isolation, live attributes, no network.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, inShadow, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => {
  await h.tearDown();
});

test('the custom element renders inside its shadow root and says it is ready', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const info = await page.$eval('migration-atlas', (e) => ({
    open: !!e.shadowRoot,
    title: e.shadowRoot.querySelector('.ma-title')?.textContent,
    tabs: e.shadowRoot.querySelectorAll('[role=tab]').length,
    hostHasTitleInLightDom: !!document.querySelector('.ma-title'),
  }));
  assert.equal(info.open, true);
  assert.equal(info.title, 'Migration Atlas');
  assert.equal(info.tabs, 3);
  assert.equal(info.hostHasTitleInLightDom, false, 'widget markup stays out of the light DOM');
  // A new element announces itself with a bubbling, composed event and a `ready` attribute.
  const event = await page.evaluate(() => new Promise((resolve) => {
    const wrapper = document.createElement('div');
    document.addEventListener('migration-atlas:ready', (e) => resolve({
      bubbles: e.bubbles, composed: e.composed, fromNew: e.target.id === 'late', ready: e.target.hasAttribute('ready'),
    }), { once: true });
    wrapper.innerHTML = '<migration-atlas id="late" view="table"></migration-atlas>';
    document.body.append(wrapper);
  }));
  assert.deepEqual(event, { bubbles: true, composed: true, fromNew: true, ready: true });
  await page.context().close();
});

test('changing an attribute re-renders live: view and language', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'table'));
  await until(page, () => document.querySelector('migration-atlas').shadowRoot
    .querySelector('[role=tab][aria-selected=true]')?.dataset.view === 'table');
  await page.$eval('migration-atlas', (e) => e.setAttribute('lang', 'ru'));
  await until(page, () => document.querySelector('migration-atlas').shadowRoot
    .querySelector('.ma-title')?.textContent === 'Атлас миграции');
  const lang = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-root').lang);
  assert.equal(lang, 'ru');
  await page.context().close();
});

test('two instances on one page are independent', async () => {
  const page = await h.open('/www/three-ways.html');
  await ready(page, '#by-element, #by-api');
  const selected = () => page.evaluate(() => ['#by-element', '#by-api'].map((s) =>
    document.querySelector(s).shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.view));
  assert.deepEqual(await selected(), ['timeline', 'table']);
  await page.evaluate(() => document.querySelector('#by-element').shadowRoot
    .querySelector('[role=tab][data-view=map]').click());
  await until(page, () => document.querySelector('#by-element').shadowRoot
    .querySelector('[role=tab][aria-selected=true]').dataset.view === 'map');
  assert.deepEqual(await selected(), ['map', 'table']);
  await page.context().close();
});

test('the JavaScript API mounts, updates and destroys; bad options warn once and fall back', async () => {
  const warnings = [];
  const page = await h.open('/www/three-ways.html', { warnings });
  await ready(page, '#by-api');
  await page.evaluate(() => window.atlasByApi.update({ lang: 'ru' }));
  await until(page, () => document.querySelector('#by-api').shadowRoot
    .querySelector('.ma-title')?.textContent === 'Атлас миграции');
  const result = await page.evaluate(async () => {
    const { mount } = await import('../pkg/migration-atlas.js');
    const div = document.createElement('div');
    document.body.append(div);
    const handle = mount(div, { lang: 'xx', view: 42, height: 'tall', colour: 'red' });
    await new Promise((r) => div.addEventListener('migration-atlas:ready', r, { once: true }));
    const view = div.shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.view;
    const title = div.shadowRoot.querySelector('.ma-title').textContent;
    handle.destroy();
    handle.destroy();
    return { view, title, left: div.shadowRoot.childNodes.length, mounted: handle.mounted };
  });
  assert.deepEqual(result, { view: 'timeline', title: 'Migration Atlas', left: 0, mounted: false });
  const ours = warnings.filter((w) => w.startsWith('migration-atlas:'));
  assert.equal(ours.length, 1, `one warning expected, got ${JSON.stringify(ours)}`);
  for (const part of ['lang', 'view', 'height', 'colour']) assert.match(ours[0], new RegExp(part));
  await page.context().close();
});

test('removing the element unmounts the widget and frees it', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const after = await page.evaluate(async () => {
    const e = document.querySelector('migration-atlas');
    const handle = e._handle;
    e.remove();
    await new Promise((r) => setTimeout(r, 20));
    return { children: e.shadowRoot.childNodes.length, ready: e.hasAttribute('ready'), handle: e._handle, hadHandle: !!handle };
  });
  assert.deepEqual(after, { children: 0, ready: false, handle: null, hadHandle: true });
  await page.context().close();
});

test('moving the element inside the page keeps the same widget', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const same = await page.evaluate(async () => {
    const e = document.querySelector('migration-atlas');
    const handle = e._handle;
    document.body.append(e);
    await new Promise((r) => setTimeout(r, 20));
    return e._handle === handle && e.shadowRoot.querySelector('.ma-title') !== null;
  });
  assert.equal(same, true);
  await page.context().close();
});

test('the iframe page renders and reports its height to the host page', async () => {
  const page = await h.open('/www/three-ways.html');
  const frame = page.frameLocator('#by-iframe');
  await frame.locator('migration-atlas[ready]').waitFor({ state: 'attached', timeout: 20000 });
  await until(page, () => {
    const f = document.querySelector('#by-iframe');
    const inner = f.contentDocument.documentElement.getBoundingClientRect().height;
    return Math.abs(f.getBoundingClientRect().height - Math.ceil(inner)) <= 1;
  }, null, 10000);
  const view = await frame.locator('migration-atlas').evaluate((e) =>
    e.shadowRoot.querySelector('[role=tab][aria-selected=true]').dataset.view);
  assert.equal(view, 'table');
  await page.context().close();
});

test('hostile host CSS leaves the widget with the same boxes as a plain page', async () => {
  const boxes = async (path) => {
    const page = await h.open(path);
    await ready(page);
    const result = await page.$eval('migration-atlas', (host) => {
      const origin = host.getBoundingClientRect();
      const pick = [...host.shadowRoot.querySelectorAll('.ma-root, .ma-header, .ma-title, [role=tab], .ma-main, .ma-status, table, tr:nth-child(-n+5)')];
      return {
        visible: getComputedStyle(host).display !== 'none' && getComputedStyle(host).visibility === 'visible',
        hostWidth: Math.round(origin.width),
        boxes: pick.map((e) => {
          const r = e.getBoundingClientRect();
          return [e.className || e.tagName, Math.round(r.x - origin.x), Math.round(r.y - origin.y), Math.round(r.width), Math.round(r.height)];
        }),
      };
    });
    await page.context().close();
    return result;
  };
  const plain = await boxes('/www/plain.html');
  const hostile = await boxes('/www/hostile.html');
  assert.equal(hostile.visible, true);
  assert.ok(plain.boxes.length > 8, 'enough boxes compared');
  assert.deepEqual(hostile, plain);
});

test('the built folder works on its own: pkg/embed.html finds its files next to it', async () => {
  const page = await h.open('/pkg/embed.html?view=table&lang=ru');
  await ready(page);
  const title = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-title').textContent);
  assert.equal(title, 'Атлас миграции');
  await page.context().close();
});

test('no request leaves 127.0.0.1 and no page logs an error', async () => {
  for (const path of ['/www/', '/www/article.html', '/www/three-ways.html', '/www/hostile.html', '/www/embed.html?view=map', '/pkg/embed.html']) {
    const page = await h.open(path);
    await page.waitForLoadState('networkidle');
    await page.context().close();
  }
  assert.ok(h.requests.length > 10, 'requests were recorded');
  const outside = h.requests.filter((u) => new URL(u).hostname !== '127.0.0.1' && !u.startsWith('data:'));
  assert.deepEqual(outside, []);
  assert.deepEqual(h.problems, []);
});

test('a fixed height keeps the widget that tall and scrolls inside it', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table');
  await ready(page);
  await page.$eval('migration-atlas', (e) => e.setAttribute('height', '420'));
  const box = await until(page, () => {
    const e = document.querySelector('migration-atlas');
    const body = e.shadowRoot.querySelector('.ma-body');
    const h = Math.round(e.getBoundingClientRect().height);
    return h === 420 && { height: h, scrolls: body.scrollHeight > body.clientHeight };
  });
  assert.deepEqual(box, { height: 420, scrolls: true });
  await page.context().close();
});
