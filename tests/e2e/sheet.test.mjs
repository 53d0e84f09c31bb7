// Issue 11, items 1 and 7: details open beside what was clicked, in view, with the focus
// on their heading; Escape and × give the focus back; a place lists what the filters
// keep; a cluster lists its posts; the keyboard never gets lost (tabs, panels, the map).
// Driven with the mouse and the keyboard, as a reader would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, waitIn, inShadow, atlasParam } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

/** What has the focus inside the widget: its class, data-id and text. */
const focused = (page) => inShadow(page, 'migration-atlas', (root) => {
  const a = root.activeElement;
  if (!a) return null;
  return {
    cls: a.getAttribute('class') ?? '', id: a.dataset?.id ?? null, text: a.textContent.trim().slice(0, 80),
    inSheet: !!a.closest('.ma-detail'), inPanel: !!a.closest('.ma-panel'), inMap: !!a.closest('.ma-map-frame'),
    panel: a.dataset?.panel ?? null, view: a.dataset?.view ?? null, mark: a.dataset?.mark ?? null,
    label: a.getAttribute('aria-label'),
  };
});

/** The sheet's box, the viewport and where the sheet was placed. */
const sheetBox = (page) => inShadow(page, 'migration-atlas', (root) => {
  const s = root.querySelector('.ma-detail');
  if (!s) return null;
  const r = s.getBoundingClientRect();
  return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, placement: s.dataset.placement,
    width: innerWidth, height: innerHeight, heading: s.querySelector('.ma-detail-title')?.textContent };
});

/** The box of the element matching `selector` in the widget. */
const box = (page, selector) => inShadow(page, 'migration-atlas', (root, sel) => {
  const r = root.querySelector(sel)?.getBoundingClientRect();
  return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
}, selector);

const inView = (b) => b.top >= 0 && b.left >= 0 && b.bottom <= b.height + 0.5 && b.right <= b.width + 0.5;
const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Clicks a labelled timeline mark of the review period with the mouse; returns its id. */
async function clickMark(page, nth = 0) {
  const mark = page.locator('migration-atlas .ma-item:has(.ma-label)').nth(nth);
  await mark.scrollIntoViewIfNeeded();
  const id = await mark.getAttribute('data-id');
  await mark.locator('circle, rect').first().click();
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-detail-title'));
  return id;
}

for (const [width, height] of [[1400, 900], [375, 740]]) {
  test(`at ${width} px a timeline mark opens its sheet in view, focus on its heading; Escape gives the focus back`, async () => {
    const page = await h.open('/www/article.html', { width, height });
    await ready(page);
    // A mark far down the lanes: the old panel opened hundreds of pixels below it.
    const count = await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('.ma-item .ma-label').length);
    const id = await clickMark(page, Math.floor(count * 0.7));
    const sheet = await sheetBox(page);
    const mark = await box(page, `.ma-item[data-id="${id}"]`);
    assert.ok(inView(sheet), `the sheet is in view: ${JSON.stringify(sheet)}`);
    assert.ok(mark.top >= 0 && mark.bottom <= sheet.height, `the mark is still in view: ${JSON.stringify(mark)}`);
    assert.ok(!overlaps(sheet, mark), `the sheet does not cover the mark: ${JSON.stringify({ sheet, mark })}`);
    assert.equal(sheet.placement, width >= 700 ? 'side' : 'bottom');
    if (sheet.placement === 'side') {
      const gap = Math.min(Math.abs(sheet.left - mark.right), Math.abs(mark.left - sheet.right));
      assert.ok(gap < 40, `beside the mark: ${gap} px away`);
      assert.ok(sheet.top <= mark.bottom && sheet.bottom >= mark.top, 'level with the mark');
    } else {
      assert.ok(sheet.top >= mark.bottom && sheet.top - mark.bottom < 40, `under the mark: ${sheet.top - mark.bottom} px`);
      assert.ok(sheet.right - sheet.left > width * 0.8, 'as wide as the view');
    }
    const f = await focused(page);
    assert.ok(f.inSheet && /ma-detail-title/.test(f.cls), `the focus is on the heading: ${JSON.stringify(f)}`);
    assert.equal(f.text, sheet.heading);
    await page.keyboard.press('Escape');
    await waitIn(page, (root) => !root.querySelector('.ma-detail'));
    const back = await focused(page);
    assert.equal(back?.id, id, `the focus is back on the mark: ${JSON.stringify(back)}`);
    assert.doesNotMatch(await atlasParam(page) ?? '', /sel:/, 'the selection is cleared');
    await page.context().close();
  });
}

test('the close button closes the sheet and gives the focus back to the mark', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  const id = await clickMark(page, 3);
  await page.locator('migration-atlas .ma-detail .ma-close').click();
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  assert.equal((await focused(page))?.id, id);
  await page.context().close();
});

test('a record chosen inside the sheet replaces it there; Escape still returns to the first mark', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  const id = await clickMark(page, 2);
  const first = (await sheetBox(page)).heading;
  await page.locator('migration-atlas .ma-detail .ma-record-list .ma-link').first().click();
  await waitIn(page, (root, t) => root.querySelector('.ma-detail .ma-detail-title')?.textContent !== t, first);
  assert.ok((await focused(page)).inSheet, 'the focus moves to the new heading');
  await page.keyboard.press('Escape');
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  assert.equal((await focused(page))?.id, id);
  await page.context().close();
});

test('a place lists the records that pass the filters and counts the others', async () => {
  // Issue 11: with "Consular network + Russia" on, Russia's detail listed the HIV law and amnesties.
  const page = await h.open('/www/article.html?atlas=1;v:map;k:consular;c:RUS', { width: 1400, height: 900 });
  await ready(page);
  await waitIn(page, (root) => root.querySelector('.ma-c[data-code="RUS"]'));
  const russia = page.locator('migration-atlas .ma-c[data-code="RUS"]');
  // The headline strip sits above the views: bring the map into view as a reader would.
  await russia.scrollIntoViewIfNeeded();
  const r = await russia.boundingBox();
  // Click inside Russia, away from its badges and posts.
  await page.mouse.click(r.x + r.width * 0.6, r.y + r.height * 0.35);
  const sheet = await waitIn(page, (root) => {
    const d = root.querySelector('.ma-detail');
    return d?.querySelector('.ma-place-count') && {
      title: d.querySelector('.ma-detail-title').textContent,
      count: d.querySelector('.ma-place-count').textContent,
      lines: [...d.querySelectorAll('.ma-record-line .ma-link')].map((a) => a.dataset.id),
    };
  });
  assert.equal(sheet.title, 'Russia');
  const [, listed, outside] = sheet.count.match(/^([\d,]+) records? · ([\d,]+) more outside the filters$/) ?? [];
  assert.ok(listed && outside, `counted: ${sheet.count}`);
  assert.equal(sheet.lines.length, Math.min(Number(listed), 25));
  assert.ok(Number(outside) > 20, 'laws, amnesties and figures about Russia are outside');
  assert.ok(sheet.lines.every((id) => /^(post-|ev-)/.test(id)), sheet.lines.join(' '));
  const topics = await inShadow(page, 'migration-atlas', (root) => [...root.querySelectorAll('.ma-detail .ma-link')].map((a) => a.textContent));
  assert.ok(!topics.some((t) => /HIV|amnesty/i.test(t)), topics.join(' | '));
  await page.context().close();
});

test('a cluster of posts lists them with kind, city and status; it does not select the country', async () => {
  // On a phone the posts of one city are gathered in one marker (issue 12 fans them out
  // around their city where there is room).
  const page = await h.open('/www/article.html?atlas=1;v:map', { width: 375, height: 900 });
  await ready(page);
  // A cluster inside the map's frame (the map draws marks beyond its edges too).
  const index = await waitIn(page, (root) => {
    const frame = root.querySelector('.ma-map-frame').getBoundingClientRect();
    // The posts of one city (issue 12: a cluster of several cities zooms in until they part).
    const inside = [...root.querySelectorAll('.ma-post')].filter((p) => p.querySelector('.ma-cluster.ma-city')).find((p) => {
      const r = p.getBoundingClientRect();
      return r.left > frame.left + 10 && r.right < frame.right - 60 && r.top > frame.top + 10 && r.bottom < frame.bottom - 10;
    });
    return inside?.dataset.index;
  });
  const cluster = page.locator(`migration-atlas .ma-post[data-index="${index}"]`);
  const n = Number(await cluster.locator('.ma-cluster-count').textContent());
  await cluster.scrollIntoViewIfNeeded();
  await cluster.click();
  const list = await waitIn(page, (root) => {
    const d = root.querySelector('.ma-detail');
    return d?.querySelector('.ma-record-list') && {
      heading: d.querySelector('.ma-detail-title').textContent,
      kicker: d.querySelector('.ma-kicker').textContent,
      lines: [...d.querySelectorAll('.ma-record-line')].map((l) => l.textContent),
    };
  });
  assert.equal(list.lines.length, n, JSON.stringify(list));
  assert.match(list.heading, new RegExp(`^${n} posts`));
  assert.equal(list.kicker, 'Consular network');
  assert.ok(list.lines.every((l) => /^[A-Z][^:]+: .+ · (existing|newly opened|planned|requested|closed)$/.test(l)), list.lines.join(' | '));
  assert.doesNotMatch(await atlasParam(page) ?? '', /sel:/, 'nothing is selected');
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('.ma-c.ma-selected').length), 0);
  // A post chosen from the list opens; the way back leads to the list again.
  await page.locator('migration-atlas .ma-detail .ma-record-line .ma-link').first().click();
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-back'));
  assert.match(await atlasParam(page), /sel:post-/);
  await page.locator('migration-atlas .ma-detail .ma-back').click();
  await waitIn(page, (root, k) => root.querySelectorAll('.ma-detail .ma-record-line').length === k, n);
  await page.keyboard.press('Escape');
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  assert.equal((await focused(page))?.mark, 'post', 'the focus is back on the cluster');
  await page.context().close();
});

test('arrow keys in the view tabs move the focus with the selection', async () => {
  const page = await h.open('/www/article.html', { width: 1000 });
  await ready(page);
  await page.locator('migration-atlas .ma-tab[data-view="timeline"]').focus();
  await page.keyboard.press('ArrowRight');
  await waitIn(page, (root) => root.querySelector('.ma-tab[data-view="map"]').getAttribute('aria-selected') === 'true');
  assert.equal((await focused(page)).view, 'map');
  await page.keyboard.press('End');
  await waitIn(page, (root) => root.querySelector('.ma-tab[data-view="table"]').getAttribute('aria-selected') === 'true');
  assert.equal((await focused(page)).view, 'table');
  await page.keyboard.press('ArrowRight');
  await waitIn(page, (root) => root.querySelector('.ma-tab[data-view="timeline"]').getAttribute('aria-selected') === 'true');
  assert.equal((await focused(page)).view, 'timeline');
  await page.context().close();
});

for (const panel of ['filters', 'share', 'disagreements']) {
  test(`opening ${panel} moves the focus into it; Escape closes it and gives the focus back`, async () => {
    const page = await h.open('/www/article.html', { width: 1000 });
    await ready(page);
    await page.locator(`migration-atlas button[data-panel="${panel}"]`).click();
    await waitIn(page, (root) => root.querySelector('.ma-panel'));
    const inside = await focused(page);
    assert.ok(inside?.inPanel, `the focus is in the panel: ${JSON.stringify(inside)}`);
    await page.keyboard.press('Escape');
    await waitIn(page, (root) => !root.querySelector('.ma-panel'));
    assert.equal((await focused(page))?.panel, panel);
    // The panel's own Close button does the same.
    await page.keyboard.press('Enter');
    await waitIn(page, (root) => root.querySelector('.ma-panel'));
    await page.locator('migration-atlas .ma-panel .ma-panel-actions button:last-child').click();
    await waitIn(page, (root) => !root.querySelector('.ma-panel'));
    assert.equal((await focused(page))?.panel, panel);
    await page.context().close();
  });
}

test('the map is one tab stop after its controls; arrow keys move between marks in reading order', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:map', { width: 1400, height: 900 });
  await ready(page);
  await waitIn(page, (root) => root.querySelectorAll('.ma-countries path').length > 150);
  const marks = await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('.ma-map-svg [data-mark]').length);
  assert.ok(marks > 50, `${marks} marks`);
  await page.locator('migration-atlas .ma-tab[data-view="map"]').focus();
  const order = [];
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) break;
    order.push(f);
    if (order.filter((o) => o.inMap).length > 0 && !f.inMap) break;
  }
  const inMap = order.filter((o) => o.inMap);
  // Issue 12 adds the button to the records beyond the map's edge (the Americas), after them.
  assert.equal(inMap.length, 6, `four zoom buttons, one mark, the Americas: ${JSON.stringify(inMap)}`);
  assert.ok(inMap.slice(0, 4).every((o) => /ma-button/.test(o.cls)), 'the controls come first');
  assert.ok(inMap[4].mark, 'then a mark');
  assert.match(inMap[5].cls, /ma-edge/, 'then the button to the Americas');
  // Back past the Americas button to the mark, then along the marks with the arrow keys.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  const start = await focused(page);
  assert.ok(start.mark, JSON.stringify(start));
  const seen = new Set();
  const positions = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowRight');
    const f = await focused(page);
    assert.ok(f?.mark, `still on a mark: ${JSON.stringify(f)}`);
    // Marks are told apart by their names (issue 12's posts and countries hold no text).
    seen.add(`${f.mark}:${f.label}`);
    positions.push(await inShadow(page, 'migration-atlas', (root) => {
      const r = root.activeElement.getBoundingClientRect();
      return { y: r.top + r.height / 2, x: r.left + r.width / 2 };
    }));
  }
  assert.ok(seen.size >= 5, `arrow keys reach different marks: ${[...seen]}`);
  await page.keyboard.press('Enter');
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-detail-title'));
  assert.ok((await focused(page)).inSheet);
  await page.keyboard.press('Escape');
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  assert.ok((await focused(page))?.mark, 'Escape returns to the mark');
  await page.context().close();
});
