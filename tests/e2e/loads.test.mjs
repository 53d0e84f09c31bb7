// Issue 13: failed loads. When one of the widget's files is missing or its download stalls,
// the reader gets a message in the page's language and a button that tries again, in the
// element, through the JavaScript API and in the iframe; never a blank box or a permanent
// "Loading…". The demo server's /_fault/<tag>/<fault>/ prefix breaks one file
// (scripts/serve.mjs); with -once only the first request fails, so the retry can succeed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, inShadow, waitIn, until, RECORD_VIOLATIONS } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

let tags = 0;
const fault = (kind, path) => `/_fault/t${++tags}-${Date.now()}/${kind}${path}`;

/** The loading or failure box the element shows before the widget runs. */
const boot = (page, host = 'migration-atlas') => inShadow(page, host, (root) => {
  const box = root.querySelector('.ma-boot');
  return box && {
    role: box.getAttribute('role'),
    text: box.querySelector('p')?.textContent,
    button: box.querySelector('button')?.textContent ?? null,
    progress: box.querySelector('progress') && { value: box.querySelector('progress').value, max: box.querySelector('progress').max },
  };
});

const failure = (page, host) => waitIn(page, (root) => {
  const box = root.querySelector('.ma-boot[role=alert]');
  return box && { text: box.querySelector('p').textContent, button: box.querySelector('button')?.textContent };
}, null, host, 15000);

for (const file of ['glue', 'wasm']) {
  test(`a missing ${file === 'glue' ? 'wasm-bindgen glue' : 'WebAssembly'} file gives a message and a retry that works`, async () => {
    const page = await h.open(fault(`404-${file}-once`, '/tests/e2e/hosts/csp.html'));
    const shown = await failure(page);
    assert.equal(shown.text, 'The migration atlas could not be loaded. Check the connection and try again.');
    assert.equal(shown.button, 'Try again');
    await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-boot button').click());
    await ready(page);
    assert.equal(await boot(page), null, 'the message is gone');
    const title = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-title')?.textContent);
    assert.equal(title, 'Migration Atlas');
    await page.context().close();
  });
}

test('the message speaks the page language, and a Trusted Types page shows it too', async () => {
  const page = await h.open(`/_csp/trusted-types${fault('404-wasm', '/tests/e2e/hosts/blank.html')}`, { init: RECORD_VIOLATIONS });
  await until(page, () => !!customElements.get('migration-atlas'));
  // Elements added after the failure show it at once; the API's mount too.
  await page.evaluate(async () => {
    const ru = document.createElement('div');
    ru.lang = 'ru';
    ru.append(document.createElement('migration-atlas'));
    document.body.append(ru);
    const { mount } = await import('../../../pkg/migration-atlas.js');
    const target = document.createElement('div');
    target.id = 'by-api';
    document.body.append(target);
    window.handle = mount(target, { lang: 'en' });
  });
  const ru = await failure(page, 'div[lang=ru] migration-atlas');
  assert.equal(ru.text, 'Не удалось загрузить атлас миграции. Проверьте соединение и попробуйте ещё раз.');
  assert.equal(ru.button, 'Повторить');
  const api = await failure(page, '#by-api');
  assert.equal(api.button, 'Try again');
  assert.equal(await page.evaluate(() => window.handle.mounted), true);
  const tt = (await page.evaluate(() => window.__violations)).filter((v) => /trusted/i.test(v));
  assert.deepEqual(tt, []);
  await page.context().close();
});

test('a stalled download shows its progress, then a message after the timeout; the retry loads it', async () => {
  const page = await h.open(fault('stall-wasm-once', '/tests/e2e/hosts/csp.html'));
  const progress = await waitIn(page, (root) => {
    const bar = root.querySelector('.ma-boot progress');
    return bar && bar.value > 0 && { value: bar.value, max: bar.max, text: root.querySelector('.ma-boot p').textContent };
  });
  assert.equal(progress.text, 'Loading the migration atlas…');
  assert.ok(progress.value < progress.max, `part of the file arrived: ${progress.value} of ${progress.max}`);
  const started = Date.now();
  const shown = await failure(page);
  const waited = Date.now() - started;
  assert.match(shown.text, /could not be loaded/);
  assert.ok(waited > 5000 && waited < 15000, `the stall was noticed after about 10 s (${waited} ms after progress)`);
  await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-boot button').click());
  await ready(page);
  await page.context().close();
});

test('in the iframe, a missing migration-atlas.js gives a message in the frame language and a retry', async () => {
  const page = await h.open(fault('404-script-once', '/www/embed.html?lang=ru&view=table'));
  const shown = await until(page, () => {
    const box = document.querySelector('migration-atlas [role=alert]');
    return box && { text: box.textContent, button: document.querySelector('migration-atlas button')?.textContent };
  });
  assert.match(shown.text, /Не удалось загрузить атлас миграции/);
  assert.equal(shown.button, 'Повторить');
  await Promise.all([page.waitForEvent('load'), page.click('migration-atlas button')]);
  await ready(page);
  const tab = await inShadow(page, 'migration-atlas', (root) => root.querySelector('[role=tab][aria-selected=true]').dataset.view);
  assert.equal(tab, 'table');
  await page.context().close();
});

test('in the iframe, a missing WebAssembly file gives the message inside the frame', async () => {
  const page = await h.open(fault('404-wasm', '/www/embed.html?lang=en'));
  const shown = await failure(page);
  assert.equal(shown.button, 'Try again');
  await page.context().close();
});
