// Issue 11 (filters that mean what they say), item 3: the year boxes never write defaults
// back while someone types. Driven with clicks and keys, as a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, until, atlasParamMatching } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const boxes = (page) => inShadow(page, 'migration-atlas', (root) => ({
  from: root.querySelector('input[data-year="from"]').value,
  to: root.querySelector('input[data-year="to"]').value,
}));
const shown = (page) => inShadow(page, 'migration-atlas', (root) =>
  Number(root.querySelector('.ma-status').textContent.match(/Showing ([\d,]+)/)[1].replace(/,/g, '')));
/** Waits until the widget's URL parameter is `value` (the write follows the frame). */
const param = (page, value) => until(page, (v) => new URL(location.href).searchParams.get('atlas') === v, value);

async function openYears(page) {
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('input[data-year="from"]'));
}

test('typing 2022 in From and 2022 in To keeps 2022 in both boxes and the URL', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table');
  await ready(page);
  await openYears(page);
  assert.deepEqual(await boxes(page), { from: '', to: '' });
  const all = await shown(page);
  await page.locator('migration-atlas input[data-year="from"]').click();
  await page.keyboard.type('2022', { delay: 20 });
  await param(page, '1;v:table;y:2022..2031');
  // An empty To is open-ended: nothing is written into it, so typing there starts afresh.
  assert.deepEqual(await boxes(page), { from: '2022', to: '' });
  const fromOnly = await shown(page);
  assert.ok(fromOnly < all, `From 2022 narrows the records: ${all} → ${fromOnly}`);
  await page.keyboard.press('Tab');
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.activeElement?.dataset.year), 'to');
  await page.keyboard.type('2022', { delay: 20 });
  await param(page, '1;v:table;y:2022..2022');
  await page.keyboard.press('Tab');
  assert.deepEqual(await boxes(page), { from: '2022', to: '2022' });
  const one = await shown(page);
  assert.ok(one < fromOnly, `To 2022 narrows them again: ${fromOnly} → ${one}`);
  await page.context().close();
});

test('an unfinished year is dropped when the reader leaves the box; emptying To opens the range', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;y:2015..2023');
  await ready(page);
  await openYears(page);
  assert.deepEqual(await boxes(page), { from: '2015', to: '2023' });
  const from = page.locator('migration-atlas input[data-year="from"]');
  await from.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  // "20" stays in the box while the reader is in it, and changes nothing yet.
  assert.deepEqual(await boxes(page), { from: '20', to: '2023' });
  await page.keyboard.press('Tab');
  await waitIn(page, (root) => root.querySelector('input[data-year="from"]').value === '2015');
  await param(page, '1;v:table;y:2015..2023');
  // The focus is in To now: empty it.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await param(page, '1;v:table;y:2015..2031');
  await page.keyboard.press('Tab');
  assert.deepEqual(await boxes(page), { from: '2015', to: '' });
  // Emptying From as well leaves no years filter at all.
  await from.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await param(page, '1;v:table');
  assert.deepEqual(await boxes(page), { from: '', to: '' });
  await page.context().close();
});

// A keyboard reader's question: "I chose Kazakhstan by mistake; Space again takes it back?"
// Choosing a country moves it to the top of the list. Before the rows were keyed, the
// checkbox with the focus stayed where it was and then stood for another country, so the
// second Space chose Kyrgyzstan instead.
test('a country chosen with Space keeps the focus when its row moves, and Space again takes back that country', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table', { width: 1000 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-country-search'));
  await page.locator('migration-atlas .ma-country-search').click();
  const focused = () => inShadow(page, 'migration-atlas', (root) => root.activeElement?.closest('label')?.textContent ?? '');
  const order = () => inShadow(page, 'migration-atlas', (root) =>
    [...root.querySelectorAll('.ma-options-scroll label')].map((l) => l.dataset.key));
  const before = await order();
  const steps = before.indexOf('KAZ') + 1;
  assert.ok(steps > 1, `Kazakhstan is not the first country, so choosing it moves it: ${before}`);
  for (let i = 0; i < steps; i++) await page.keyboard.press('Tab');
  assert.match(await focused(), /^Kazakhstan/);
  await page.keyboard.press('Space');
  await atlasParamMatching(page, /(^|;)c:KAZ(;|$)/);
  assert.equal((await order())[0], 'KAZ', 'the chosen country moved to the top');
  assert.match(await focused(), /^Kazakhstan/, 'the focus went with it');
  await page.keyboard.press('Space');
  await atlasParamMatching(page, /^(?!.*c:)/);
  assert.match(await focused(), /^Kazakhstan/);
  assert.equal((await order()).join(' '), before.join(' '), 'no other country was chosen');
  await page.close();
});

// Issue 16: the view answers a ticked box in the next frame; the counts beside the box
// follow right after it (src/hooks/deferred.rs). A browser without idle callbacks (Safari)
// takes a timer instead, and must get there too.
for (const idle of [true, false]) {
  test(`ticking a topic narrows the view, and the counts beside it follow${idle ? '' : ' (no requestIdleCallback)'}`, async () => {
    const init = idle ? undefined : () => { delete window.requestIdleCallback; delete Window.prototype.requestIdleCallback; };
    const page = await h.open('/www/article.html?atlas=1;v:table', { width: 1000, init });
    await ready(page);
    await clickIn(page, 'button[data-panel="filters"]');
    await waitIn(page, (root) => root.querySelector('.ma-options-scroll label[data-key="RUS"]'));
    const count = (key) => inShadow(page, 'migration-atlas', (root, k) =>
      root.querySelector(`.ma-filters label[data-key="${k}"] .ma-count`)?.textContent, key);
    const russiaBefore = Number(await count('RUS'));
    assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-table-section[data-kind="agreement"]') !== null), true);
    await page.locator('migration-atlas label[data-key="agreement"] input').click();
    // The tables now hold the agreements (and the events about them), no posts or figures,
    // and the panel counts the records about Russia among them: fewer than among everything.
    await waitIn(page, (root) => {
      const kinds = [...root.querySelectorAll('.ma-table-section')].map((s) => s.dataset.kind);
      return kinds.includes('agreement') && !kinds.includes('post') && !kinds.includes('statistic');
    });
    await waitIn(page, (root, before) => {
      const n = Number(root.querySelector('.ma-filters label[data-key="RUS"] .ma-count')?.textContent);
      return n > 0 && n !== before;
    }, russiaBefore);
    assert.ok(Number(await count('RUS')) < russiaBefore, 'Russia counts fewer records among the agreements');
    assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('label[data-key="agreement"] input').checked), true);
    // And back: every kind again, with the first counts.
    await page.locator('migration-atlas label[data-key="agreement"] input').click();
    await waitIn(page, (root) => root.querySelectorAll('.ma-table-section').length === 4);
    await waitIn(page, (root, n) => Number(root.querySelector('.ma-filters label[data-key="RUS"] .ma-count')?.textContent) === n, russiaBefore);
    await page.context().close();
  });
}
