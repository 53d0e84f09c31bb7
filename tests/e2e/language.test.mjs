// Issue 9 (item 9): the language menu, and `ky`. Choosing a language in the menu changes
// the interface and the root's `lang`; with `ky`, country names are Kyrgyz (CLDR).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, atlasParam } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

/** What the reader sees that depends on the language. */
const seen = (page) => inShadow(page, 'migration-atlas', (root) => {
  const name = (code) => root.querySelector(`.ma-filters label[data-key="${code}"] span`)?.textContent ?? null;
  return {
    lang: root.querySelector('.ma-root').lang,
    title: root.querySelector('.ma-title').textContent,
    filters: root.querySelector('button[data-panel="filters"]').textContent,
    menu: root.querySelector('.ma-lang select').value,
    kazakhstan: name('KAZ'),
    turkey: name('TUR'),
  };
});

async function choose(page, code, before) {
  await page.locator('migration-atlas .ma-lang select').selectOption(code);
  return waitIn(page, (root, b) => {
    const lang = root.querySelector('.ma-root').lang;
    return lang !== b && lang;
  }, before.lang);
}

test('choosing a language in the menu changes the interface, the root lang and country names', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters label[data-key="KAZ"]'));
  const en = await seen(page);
  assert.deepEqual(en, { lang: 'en', title: 'Migration Atlas', filters: 'Filters', menu: 'en', kazakhstan: 'Kazakhstan', turkey: 'Türkiye' });

  await choose(page, 'ru', en);
  const ru = await seen(page);
  assert.deepEqual(ru, { lang: 'ru', title: 'Атлас миграции', filters: 'Фильтры', menu: 'ru', kazakhstan: 'Казахстан', turkey: 'Турция' });
  assert.equal(await atlasParam(page), '1;l:ru', 'the language is part of the shared view');

  await choose(page, 'ky', ru);
  const ky = await seen(page);
  assert.equal(ky.lang, 'ky');
  assert.equal(ky.menu, 'ky');
  // Country names come from CLDR's Kyrgyz, which differs from Russian for these two.
  assert.equal(ky.kazakhstan, 'Казакстан');
  assert.equal(ky.turkey, 'Түркия');
  // The interface is not English (Russian until the Kyrgyz texts arrive).
  assert.notEqual(ky.title, en.title);
  assert.equal(await atlasParam(page), '1;l:ky');

  await choose(page, 'en', ky);
  assert.deepEqual(await seen(page), en, 'back to English, everything is as it was');
  assert.equal(await atlasParam(page), null);
  await page.context().close();
});

test('lang="ky" on the element gives Kyrgyz country names in the map and the detail', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:map;sel:KAZ');
  await page.$eval('migration-atlas', (e) => e.setAttribute('lang', 'ky'));
  await ready(page);
  const detail = await waitIn(page, (root) => root.querySelector('.ma-root').lang === 'ky'
    && root.querySelector('.ma-detail-title')?.textContent);
  assert.equal(detail, 'Казакстан');
  const label = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-c[data-code="TUR"]').getAttribute('aria-label'));
  assert.match(label, /^Түркия/);
  await page.context().close();
});
