// Issue 11, item 4: a table that answers. Rows become cards on a narrow widget instead of
// overflowing (the old table was 594 px wide in a 317 px box at 375 px), and every
// column header sorts. Also what else issue 11 adds, audited with axe-core at any impact.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, waitIn, inShadow, clickIn } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

for (const lang of ['en', 'ru', 'ky']) {
  for (const width of [375, 700, 1000]) {
    test(`at ${width} px every table fits its box${width < 500 ? ', as cards with labelled cells' : ''} (${lang})`, async () => {
      const page = await h.open(`/www/article.html?atlas=1;v:table;l:${lang}`, { width });
      await ready(page);
      await waitIn(page, (root) => root.querySelectorAll('.ma-table-section').length === 4);
      const sizes = await inShadow(page, 'migration-atlas', (root) => {
        const wrap = root.querySelector('.ma-table-wrap');
        return {
          box: wrap.clientWidth,
          tables: [...root.querySelectorAll('.ma-table-section table')].map((t) => t.scrollWidth),
          wrapScroll: wrap.scrollWidth,
          label: getComputedStyle(root.querySelector('.ma-table-section td'), '::before').content,
        };
      });
      assert.ok(sizes.box > 250 && sizes.box < width, `box ${sizes.box}`);
      for (const w of sizes.tables) assert.ok(w <= sizes.box, `a table ${w} px wide in a ${sizes.box} px box`);
      assert.ok(sizes.wrapScroll <= sizes.box, `the tables scroll sideways: ${sizes.wrapScroll} > ${sizes.box}`);
      if (width < 500) assert.notEqual(sizes.label, 'none', 'each cell is labelled by its column');
      await page.context().close();
    });
  }
}

test('a column header sorts its table, and again in reverse', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;k:figures', { width: 1200 });
  await ready(page);
  const values = () => inShadow(page, 'migration-atlas', (root) =>
    [...root.querySelectorAll('.ma-table-section[data-kind="statistic"] tbody tr')].map((tr) => tr.dataset.id));
  const before = await values();
  await clickIn(page, 'th button[data-sort="value"]');
  await waitIn(page, (root) => root.querySelector('th[aria-sort="ascending"] button[data-sort="value"]'));
  const ascending = await values();
  assert.notDeepEqual(ascending, before);
  await clickIn(page, 'th button[data-sort="value"]');
  await waitIn(page, (root) => root.querySelector('th[aria-sort="descending"] button[data-sort="value"]'));
  const descending = await values();
  assert.notDeepEqual(descending, ascending);
  await page.context().close();
});

// States only issue 11 draws: every facet of the panel (with the undated switch), the
// undated note, the tables and their cards, a country's figures side by side with the
// hatched map, the headline strip. Zero violations of any impact, in English and Russian.
const AXE = '/node_modules/axe-core/axe.min.js';
const states = [
  ['1;v:table;c:RUS;st:in-force;y:2015..2023', 'filters', 1000],
  ['1;v:table;y:2022..2022;u:1', null, 375],
  ['1;v:map;sel:RUS', null, 1000],
  ['1;v:map;sel:RUS', null, 375],
];
for (const lang of ['en', 'ru']) {
  for (const [state, panel, width] of states) {
    test(`axe finds nothing at any impact: ${state}${panel ? ` with ${panel}` : ''} at ${width} px (${lang})`, async () => {
      const page = await h.open(`/www/article.html?atlas=${state};l:${lang}`, { width });
      await ready(page);
      if (panel) {
        await clickIn(page, `button[data-panel="${panel}"]`);
        await waitIn(page, (root) => root.querySelector('.ma-panel'));
      }
      await page.addScriptTag({ url: AXE });
      const result = await page.evaluate(async () => {
        const r = await window.axe.run({ include: [['migration-atlas']] });
        return {
          checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
          violations: r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`),
        };
      });
      assert.ok(result.checked > 100, `axe checked only ${result.checked} nodes`);
      assert.deepEqual(result.violations, []);
      await page.context().close();
    });
  }
}

// Issue 16: a filter change draws the first rows in the frame after it (about a screen's
// worth: `FIRST_FRAME_ROWS` in src/layout/table.rs), none while the tables lie
// below what the reader sees, and the rest of the page of rows right after that frame,
// with the "Show more" that offers what is beyond it. The rows past those the frame draws
// stay as they were until then: neither rewritten nor removed.

/**
 * Runs in the page: ticks the box of `key` (the agreements' topic unless told) and returns,
 * for the frame after it as it is painted, the rows drawn (added or changed) and removed,
 * every row as it stands, and the "Show more" buttons of the tables it drew rows in. Read
 * in a ResizeObserver's first report, which comes after that frame's animation callbacks
 * (where the widget may draw rows it finds missing) and its layout, before its paint.
 */
async function rowsDrawnInTheFrame(root, key = 'agreement') {
  const rows = () => [...root.querySelectorAll('.ma-table-section tbody tr')];
  const kindOf = (row) => row.closest('.ma-table-section').dataset.kind;
  const before = new Map(rows().map((r) => [r, { html: r.outerHTML, kind: kindOf(r) }]));
  root.querySelector(`.ma-filters label[data-key="${key}"] input`).click();
  await new Promise((resolve) => requestAnimationFrame(() => {
    const observer = new ResizeObserver(() => { observer.disconnect(); resolve(); });
    observer.observe(root.querySelector('.ma-table-wrap') || root.firstElementChild);
  }));
  // Drawn: a row that is new, or no longer what it was.
  const drawn = rows().filter((r) => before.get(r)?.html !== r.outerHTML);
  // Removed: a row gone from a table that stays (a kind filtered out takes its table along).
  const removed = [...before].filter(([r, b]) => !r.isConnected && root.querySelector(`.ma-table-section[data-kind="${b.kind}"]`));
  // Gone: any row no longer in the page, its table's with it.
  const gone = [...before].filter(([r]) => !r.isConnected);
  const mores = new Set(drawn.map((r) => r.closest('.ma-table-section').querySelector('.ma-more')).filter(Boolean));
  return { drawn: drawn.length, which: drawn.map((r) => `${kindOf(r)} ${r.dataset.id}${before.has(r) ? ' (changed)' : ''}`).join(', '),
    removed: removed.length, gone: gone.length, rows: tableRows(root), window: innerHeight, more: [...mores].map((m) => m.textContent) };
}

/** Runs in the page: every row of the tables, in order, with its table and top edge. */
function tableRows(root) {
  return [...root.querySelectorAll('.ma-table-section tbody tr')].map((r) => ({
    at: `${r.closest('.ma-table-section').dataset.kind} ${r.dataset.id}`, top: r.getBoundingClientRect().top,
  }));
}

/** Runs in the page: the rows once what follows the frame after a change has come too. */
async function settledRows(root) {
  await new Promise((resolve) => requestAnimationFrame(() => requestIdleCallback(() => requestAnimationFrame(resolve), { timeout: 2000 })));
  return tableRows(root);
}

/** The top edge of the first row `inFrame` shows that is not the row `settled` has there. */
function firstWrongRow(inFrame, settled) {
  const wrong = inFrame.find((r, i) => settled[i]?.at !== r.at);
  return wrong ? wrong.top : Infinity;
}

for (const where of ['on screen', 'below the fold']) {
  test(`after a filter change with the tables ${where}, the first rows come in the next frame and the whole page of rows right after`, async () => {
    const page = await h.open('/www/article.html?atlas=1;v:table', { width: 1000, height: 700 });
    await ready(page);
    await clickIn(page, 'button[data-panel="filters"]');
    await waitIn(page, (root) => root.querySelector('.ma-filters label[data-key="agreement"] input'));
    const onScreen = where === 'on screen';
    await inShadow(page, 'migration-atlas', (root, top) => {
      const wrap = root.querySelector('.ma-table-wrap');
      if (top) wrap.scrollIntoView({ block: 'start' });
      else window.scrollTo(0, 0);
    }, onScreen);
    // Where the tables are, as the reader sees them (and the browser has reported it).
    const below = await inShadow(page, 'migration-atlas', async (root) => {
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return root.querySelector('.ma-table-wrap').getBoundingClientRect().top > window.innerHeight;
    });
    assert.equal(below, !onScreen, `the tables are ${where}`);
    const seen = await page.evaluate(`(() => { ${tableRows}; return (${rowsDrawnInTheFrame})(document.querySelector('migration-atlas').shadowRoot); })()`);
    if (onScreen) assert.ok(seen.drawn <= 24, `${seen.drawn} rows drawn before the frame: ${seen.which}`);
    // Below the fold, nothing: not even the tables of the kinds filtered out, which go
    // with the catch-up.
    else assert.equal(seen.drawn + seen.gone, 0, 'no row drawn or removed below the fold before the frame');
    assert.deepEqual(seen.more, [], 'no "Show more" with a wrong count beside the rows drawn while the rest are still coming');
    // Two kinds now (the agreements and the events about them): a page of 20 rows each.
    const after = await waitIn(page, (root) => {
      const section = root.querySelector('.ma-table-section[data-kind="agreement"]');
      const rows = section?.querySelectorAll('tbody tr').length;
      const more = section?.querySelector('.ma-more');
      const events = root.querySelector('.ma-table-section[data-kind="event"]');
      const eventCount = Number(events?.querySelector('caption').textContent.match(/\((\d+)\)/)[1]);
      // Settled: the tables of the kinds filtered out, which go with the catch-up when the
      // frame did not reach them, are gone (the wait fails if they never go).
      const kinds = root.querySelectorAll('.ma-table-section').length;
      return rows === 20 && more && events.querySelectorAll('tbody tr').length === Math.min(20, eventCount) && kinds === 2
        && { more: more.textContent, caption: section.querySelector('caption').textContent, kinds: root.querySelectorAll('.ma-table-section').length };
    });
    assert.equal(after.kinds, 2, 'the posts and figures tables are gone');
    // On screen, what the reader sees in that frame is already right: a row it left as it
    // was (or none yet) lies below the window.
    const settled = await inShadow(page, 'migration-atlas', tableRows);
    if (onScreen) assert.ok(firstWrongRow(seen.rows, settled) >= seen.window, `a row seen in the frame is not yet right: ${firstWrongRow(seen.rows, settled)} < ${seen.window}`);
    const total = Number(after.caption.match(/\((\d+)\)/)[1]);
    assert.ok(total > 20, `the agreements number ${total}`);
    assert.match(after.more, new RegExp(`\\(${total - 20}\\)`), 'Show more offers the rest');
    await page.context().close();
  });
}

// The frame after a change draws as many rows as the reader saw before it, and one more.
// Where the new rows are shorter than those they replace, it draws the rows missing in
// that same frame (`TableView` looks before the frame's layout), and it keeps no row of the
// records before within the window: whichever way a filter changes the rows, the window
// shows only rows of the records now. (Before, a country ticked left rows of every country
// in sight for a frame, under the few rows of that country.)
test('whichever way a filter changes the rows, the window shows only rows of the records now in the frame after it', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table', { width: 1000, height: 900 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters label[data-key="KAZ"] input'));
  const fewer = [];
  for (const key of ['KAZ', 'KAZ', 'expired', 'expired', 'labour-office', 'labour-office']) {
    await inShadow(page, 'migration-atlas', async (root) => {
      root.querySelector('.ma-table-wrap').scrollIntoView({ block: 'start' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    });
    const seen = await page.evaluate(`(() => { ${tableRows}; return (${rowsDrawnInTheFrame})(document.querySelector('migration-atlas').shadowRoot, ${JSON.stringify(key)}); })()`);
    const settled = await page.evaluate(`(() => { ${tableRows}; return (${settledRows})(document.querySelector('migration-atlas').shadowRoot); })()`);
    assert.ok(settled.length > 0, `no rows after ${key}`);
    const wrong = firstWrongRow(seen.rows, settled);
    assert.ok(wrong >= seen.window, `${key}: a row seen in the frame is not of the records now, at ${wrong} px of ${seen.window}`);
    fewer.push(seen.drawn < settled.length);
  }
  // And the frame drew fewer rows than the tables hold once settled, each time but where
  // they hold fewer than a window's worth.
  assert.ok(fewer.filter(Boolean).length >= 3, `the frame drew every row each time: ${fewer}`);
  await page.context().close();
});

// On a phone each row is a card, a few to a screen: the frame after a filter change draws
// the cards that fill the screen (`layout::table::first_frame_rows`), no fewer, and the
// rest of the page of rows right after.
test('on a phone, the frame after a filter change draws the cards that fill the screen, and the rest right after', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table', { width: 375, height: 667 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters label[data-key="agreement"] input'));
  await inShadow(page, 'migration-atlas', async (root) => {
    root.querySelector('.ma-table-section tbody tr').scrollIntoView({ block: 'start' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
  const seen = await page.evaluate(`(() => { ${tableRows}; return (${rowsDrawnInTheFrame})(document.querySelector('migration-atlas').shadowRoot); })()`);
  assert.ok(seen.drawn <= 7, `${seen.drawn} cards drawn before the frame: ${seen.which}`);
  const after = await waitIn(page, (root) => root.querySelectorAll('.ma-table-section[data-kind="agreement"] tbody tr').length === 20);
  assert.ok(after);
  const settled = await inShadow(page, 'migration-atlas', tableRows);
  assert.ok(firstWrongRow(seen.rows, settled) >= seen.window, `a card seen in the frame is not yet right: ${firstWrongRow(seen.rows, settled)} < ${seen.window}`);
  await page.context().close();
});

for (const lang of ['ru', 'en']) {
  test(`a filter keeps each table's columns where they were, and no word runs out of its cell (${lang})`, async () => {
    const page = await h.open(`/www/article.html?atlas=1;v:table;l:${lang}`, { width: 1000 });
    await ready(page);
    await waitIn(page, (root) => root.querySelectorAll('.ma-table-section').length === 4);
    const columns = () => inShadow(page, 'migration-atlas', (root) => Object.fromEntries(
      [...root.querySelectorAll('.ma-table-section')].map((s) => [s.dataset.kind,
        [...s.querySelectorAll('thead th')].map((th) => Math.round(th.getBoundingClientRect().width))])));
    // What a reader would see run over: a cell whose content is wider than the cell.
    const overflowing = () => inShadow(page, 'migration-atlas', (root) => [...root.querySelectorAll('.ma-table td')]
      .filter((td) => td.scrollWidth > td.clientWidth + 1).map((td) => td.textContent.slice(0, 40)));
    // The tables settle, then the columns they were first laid out with are held.
    await waitIn(page, (root) => root.querySelectorAll('.ma-held').length === 4);
    const before = await columns();
    await clickIn(page, 'button[data-panel="filters"]');
    await waitIn(page, (root) => root.querySelector('label[data-key="agreement"] input'));
    for (let i = 0; i < 2; i++) {
      await clickIn(page, 'label[data-key="agreement"] input');
      await waitIn(page, (root, n) => root.querySelectorAll('.ma-table-section').length === n, i === 0 ? 2 : 4);
      await new Promise((r) => setTimeout(r, 300));
      const now = await columns();
      for (const [kind, widths] of Object.entries(now)) {
        assert.deepEqual(widths, before[kind], `${kind}: ${widths} after the filter, ${before[kind]} before`);
      }
      assert.deepEqual(await overflowing(), [], 'a cell runs over');
    }
    await page.context().close();
  });
}
