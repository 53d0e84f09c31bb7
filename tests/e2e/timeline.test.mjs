// Issue 5 (timeline): zoom, keyboard, brush a range and see the map follow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn, inShadow, atlasParam } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const label = (page) => inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-window').textContent);

test('the timeline draws lanes, marks and aggregates without overlapping labels', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const info = await inShadow(page, 'migration-atlas', (root) => {
    // On the screen: each lane draws in its own frame, so boxes in user space (getBBox)
    // of two lanes would share coordinates.
    const boxes = [...root.querySelectorAll('.ma-label')].map((t) => t.getBoundingClientRect()).map((b) => [b.left, b.top, b.right, b.bottom]);
    let overlaps = 0;
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a[0] < b[2] - 0.5 && b[0] < a[2] - 0.5 && a[1] < b[3] - 0.5 && b[1] < a[3] - 0.5) overlaps++;
    }
    return { lanes: root.querySelectorAll('.ma-lane').length, items: root.querySelectorAll('.ma-item').length,
      labels: boxes.length, overlaps, charts: root.querySelectorAll('.ma-chart').length };
  });
  assert.equal(info.lanes, 5);
  assert.ok(info.items > 20 && info.labels > 10, JSON.stringify(info));
  assert.equal(info.overlaps, 0, 'rendered labels do not overlap');
  assert.ok(info.charts >= 1, 'figures over time are charted');
  await page.context().close();
});

test('zoom by button and wheel narrows the window; the axis changes its ticks', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  assert.equal(await label(page), 'Showing 2015–2023');
  await clickIn(page, '.ma-zoom-inline button:first-child');
  await waitIn(page, (root) => root.querySelector('.ma-window').textContent !== 'Showing 2015–2023');
  const svg = await page.evaluateHandle(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-timeline-svg'));
  // The wheel reaches only what is on screen (the headline strip moved the timeline down).
  await svg.evaluate((e) => e.scrollIntoView({ block: 'center' }));
  const box = await svg.evaluate((e) => { const r = e.getBoundingClientRect(); return { x: r.x + r.width * 0.8, y: r.y + 60 }; });
  await page.mouse.move(box.x, box.y);
  // The wheel zooms with Ctrl held (issue 12; without it the page scrolls).
  await page.keyboard.down('Control');
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  const ticks = await waitIn(page, (root) => {
    const labels = [...root.querySelectorAll('.ma-tick')].map((t) => t.textContent);
    return labels.some((l) => /^[A-Z][a-z]{2}$/.test(l)) && labels;
  });
  assert.ok(ticks.length > 2, `month ticks appear when zoomed in: ${ticks}`);
  assert.match(await atlasParam(page), /t:\d{4}(\.\d+)?\.\.\d{4}/, 'the window is kept in the URL');
  await page.context().close();
});

test('arrow keys move between neighbouring marks and Enter opens one', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-item[tabindex="0"]').focus());
  const first = await page.evaluate(() => document.querySelector('migration-atlas').shadowRoot.activeElement.dataset.id);
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.querySelector('migration-atlas').shadowRoot.activeElement.dataset.id);
  assert.ok(first && second && first !== second, `${first} → ${second}`);
  await page.keyboard.press('Enter');
  const title = await waitIn(page, (root) => root.querySelector('.ma-detail .ma-detail-title')?.textContent);
  assert.ok(title.length > 3);
  assert.match(await atlasParam(page), new RegExp(`sel:${second}`));
  await page.context().close();
});

test('brushing years on the overview filters the map to what existed then', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const overview = await page.evaluateHandle(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-overview'));
  // Find the pixels of 2010 and 2014 on the overview's scale (1990–2032 over its width).
  const pos = await overview.evaluate((e) => {
    e.scrollIntoView({ block: 'center' });
    const r = e.getBoundingClientRect();
    const labels = [...e.querySelectorAll('.ma-overview-label')];
    const x = (year) => {
      const a = labels.find((l) => l.textContent === '2000'), b = labels.find((l) => l.textContent === '2020');
      const xa = Number(a.getAttribute('x')), xb = Number(b.getAttribute('x'));
      return r.x + (xa + (xb - xa) * (year - 2000) / 20) * r.width / e.viewBox.baseVal.width;
    };
    return { from: x(2010.05), to: x(2014.9), y: r.y + 15 };
  });
  const countMap = async () => {
    await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'map'));
    await waitIn(page, (root) => root.querySelectorAll('.ma-countries path').length > 150);
    const n = await inShadow(page, 'migration-atlas', (root) => ({
      agreements: [...root.querySelectorAll('.ma-badge[data-mark]')].map((b) => Number(b.getAttribute('aria-label').match(/: (\d+)/)[1])).reduce((a, b) => a + b, 0),
      shaded: root.querySelectorAll('.ma-c[class*="ma-class-"]:not(.ma-class-none)').length,
      russia: root.querySelector('.ma-c[data-code="RUS"]').getAttribute('class'),
    }));
    await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'timeline'));
    await waitIn(page, (root) => root.querySelector('.ma-overview'));
    return n;
  };
  const all = await countMap();
  await page.evaluate(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-overview').scrollIntoView({ block: 'center' }));
  await page.mouse.move(pos.from, pos.y);
  await page.mouse.down();
  await page.mouse.move(pos.to, pos.y, { steps: 4 });
  await page.mouse.up();
  await waitIn(page, (root) => root.querySelector('.ma-brush'));
  assert.match(await atlasParam(page), /y:2010\.\.2014/, 'the brushed years are in the URL');
  const some = await countMap();
  assert.ok(some.agreements < all.agreements, `agreements signed after 2014 leave the map: ${all.agreements} → ${some.agreements}`);
  assert.ok(some.shaded < all.shaded, `figures for other years leave the map: ${all.shaded} → ${some.shaded}`);
  assert.match(some.russia, /ma-class-none/, 'Russia has no figure for 2010–2014 in the documents');
  const statusLine = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-status').textContent);
  assert.match(statusLine, /Showing [\d,]+ of [\d,]+ records/);
  await page.context().close();
});

test('the timeline works in a 320 px column with no horizontal overflow', async () => {
  const page = await h.open('/www/plain.html', { width: 360 });
  await ready(page);
  await page.$eval('.stage', (e) => { e.style.width = '320px'; });
  await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'timeline'));
  await waitIn(page, (root) => root.querySelectorAll('.ma-item').length > 3);
  const w = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-root').scrollWidth);
  assert.ok(w <= 321, `scrollWidth ${w}`);
  await page.context().close();
});

/** The window's years as the label shows them ("Showing 2000–2025"), and where each tick
 * is on screen (px; during a pan the ticks ride in a shifted group, so not their `x`). */
const windowState = (page) => inShadow(page, 'migration-atlas', (root) => {
  const [from, to] = root.querySelector('.ma-window').textContent.match(/(\d{4})–(\d{4})/).slice(1).map(Number);
  return {
    from, to,
    ticks: Object.fromEntries([...root.querySelectorAll('.ma-tick')].map((t) => [t.textContent, t.getBoundingClientRect().left])),
  };
});

test('dragging the timeline moves its window by the distance dragged', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const rect = await inShadow(page, 'migration-atlas', (root) => {
    const svg = root.querySelector('.ma-timeline-svg');
    svg.scrollIntoView({ block: 'center' });
    const r = svg.getBoundingClientRect();
    return { x: r.x + r.width * 0.6, y: r.y + 10 };
  });
  const before = await windowState(page);
  await page.mouse.move(rect.x, rect.y);
  await page.mouse.down();
  // 100 px is about a year and a half: the window (2015–2023 by default) stays inside the
  // years the records span (1993–2030).
  await page.mouse.move(rect.x - 100, rect.y, { steps: 5 });
  await page.mouse.up();
  await waitIn(page, (root, from) => !root.querySelector('.ma-window').textContent.includes(`${from}–`), before.from);
  // The marks and ticks are laid out again once the pan rests (150 ms, issue 16).
  await waitIn(page, (root) => /^translate\(-?0(\.0)? 0\)$/.test(root.querySelector('.ma-axis > g > g').getAttribute('transform')),
    undefined, 'migration-atlas', 5000);
  const after = await windowState(page);
  assert.ok(after.from > before.from && after.to > before.to, `dragging left shows later years: ${before.from}–${before.to} → ${after.from}–${after.to}`);
  assert.ok(Math.abs((after.to - after.from) - (before.to - before.from)) <= 1, 'a drag keeps the span');
  // A tick on screen before and after moved left with the pointer.
  const common = Object.keys(before.ticks).find((t) => t in after.ticks);
  assert.ok(common, `a tick is on screen before and after: ${Object.keys(before.ticks)} / ${Object.keys(after.ticks)}`);
  const moved = after.ticks[common] - before.ticks[common];
  assert.ok(Math.abs(moved + 100) < 2, `the ${common} tick moved ${moved} px for a 100 px drag`);
  assert.match(await atlasParam(page), /t:\d{4}(\.\d+)?\.\.\d{4}/, 'the window is kept in the URL');
  await page.context().close();
});

test('a two-finger pinch on a touch screen zooms the timeline around the fingers', async () => {
  const context = await h.browser.newContext({ viewport: { width: 420, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${h.base}/www/plain.html`);
  await page.$eval('.stage', (e) => { e.style.width = '400px'; });
  await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'timeline'));
  await waitIn(page, (root) => root.querySelectorAll('.ma-item').length > 3);
  const box = await inShadow(page, 'migration-atlas', (root) => {
    const r = root.querySelector('.ma-timeline-svg').getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + 12 };
  });
  const before = await windowState(page);
  const cdp = await context.newCDPSession(page);
  const touch = (type, spread) => cdp.send('Input.dispatchTouchEvent', {
    type,
    touchPoints: type === 'touchEnd' ? [] : [
      { x: box.x - spread, y: box.y, id: 1 },
      { x: box.x + spread, y: box.y, id: 2 },
    ],
  });
  await touch('touchStart', 20);
  for (const spread of [30, 45, 60, 80]) await touch('touchMove', spread);
  await touch('touchEnd', 0);
  const span = before.to - before.from;
  const after = await waitIn(page, (root, s) => {
    const [from, to] = root.querySelector('.ma-window').textContent.match(/(\d{4})–(\d{4})/).slice(1).map(Number);
    return to - from < s / 2 && { from, to };
  }, span);
  assert.ok(after.to - after.from < span / 2, `pinching out zooms in: ${before.from}–${before.to} → ${after.from}–${after.to}`);
  assert.ok(after.from >= before.from && after.to <= before.to, 'around a point inside the window, so the new one lies inside the old');
  await context.close();
});

// Issue 11, item 2: a timeline that tells the story.

test('the default window shows the review years 2015–2023 with readable labels', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  assert.equal(await label(page), 'Showing 2015–2023');
  const items = await inShadow(page, 'migration-atlas', (root) => [...root.querySelectorAll('.ma-item')].map((g) => ({
    aria: g.getAttribute('aria-label'),
    label: [...g.querySelectorAll('.ma-label tspan')].map((t) => t.textContent).join(' '),
  })));
  const labelled = items.filter((i) => i.label);
  assert.ok(labelled.length >= 20, `${labelled.length} labelled marks`);
  // Dated in the window (a bar that began earlier and runs into it counts too).
  const years = labelled.map((i) => Number(i.aria.match(/(\d{4})/)[1]));
  assert.ok(years.filter((y) => y >= 2015 && y <= 2023).length >= labelled.length * 0.8, years.join(' '));
  // Labels are no longer cut at 30 characters: many show their whole title.
  const whole = labelled.filter((i) => i.aria.endsWith(`: ${i.label}`));
  assert.ok(whole.length >= labelled.length / 2, `${whole.length} of ${labelled.length} whole`);
  assert.ok(whole.some((i) => i.label.length > 45), 'long titles are shown whole where there is room');
  await page.context().close();
});

test('a "+N" count lists its records in the sheet and keeps the window', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  const before = await label(page);
  const count = page.locator('migration-atlas .ma-aggregate').first();
  await count.scrollIntoViewIfNeeded();
  const n = Number((await count.locator('text').textContent()).slice(1));
  const where = await count.getAttribute('data-aggregate');
  await count.click();
  const list = await waitIn(page, (root) => {
    const d = root.querySelector('.ma-detail');
    return d?.querySelector('.ma-record-list') && {
      heading: d.querySelector('.ma-detail-title').textContent,
      lines: [...d.querySelectorAll('.ma-record-line')].map((l) => l.textContent),
    };
  });
  assert.equal(list.lines.length, n);
  assert.match(list.heading, new RegExp(`^${n} records?(, \\d{4}(–\\d{4})?)?$`));
  assert.equal(await label(page), before, 'the window does not zoom');
  const focusedClass = () => inShadow(page, 'migration-atlas', (root) => root.activeElement?.getAttribute('class'));
  assert.match(await focusedClass(), /ma-detail-title/);
  // One of them opens; the way back leads to the list; Escape returns to the count.
  await page.locator('migration-atlas .ma-detail .ma-record-line .ma-link').last().click();
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-back'));
  await page.locator('migration-atlas .ma-detail .ma-back').click();
  await waitIn(page, (root, k) => root.querySelectorAll('.ma-detail .ma-record-line').length === k, n);
  await page.keyboard.press('Escape');
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.activeElement?.dataset.aggregate), where);
  await page.context().close();
});

test('the keyboard reaches the counts, and Enter lists their records', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-timeline-svg [tabindex="0"]').focus());
  let onCount = false;
  for (let i = 0; i < 80 && !onCount; i++) {
    await page.keyboard.press('ArrowRight');
    onCount = await inShadow(page, 'migration-atlas', (root) => !!root.activeElement?.dataset.aggregate);
  }
  assert.ok(onCount, 'arrow keys reach a count');
  await page.keyboard.press('Enter');
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-record-list'));
  await page.context().close();
});

for (const width of [320, 800, 1400]) {
  test(`at ${width} px no mark covers a lane title, a bar or a label, and no tick leaves the frame`, async () => {
    const page = await h.open('/www/plain.html', { width: width + 40, height: 900 });
    await ready(page);
    await page.$eval('.stage', (e, w) => { e.style.width = `${w}px`; }, width);
    await page.$eval('migration-atlas', (e) => e.setAttribute('view', 'timeline'));
    await waitIn(page, (root) => root.querySelectorAll('.ma-item').length > 3);
    for (const lang of ['en', 'ru']) {
      await page.$eval('migration-atlas', (e, l) => e.setAttribute('lang', l), lang);
      await waitIn(page, (root, l) => root.querySelector('.ma-root')?.getAttribute('lang') === l
        && root.querySelectorAll('.ma-item').length > 3, lang);
      const problems = await inShadow(page, 'migration-atlas', (root) => {
        const svg = root.querySelector('.ma-timeline-svg');
        const frame = svg.getBoundingClientRect();
        const boxes = [];
        const add = (name, el) => {
          const r = el.getBoundingClientRect();
          if (r.width > 0) boxes.push({ name, l: r.left, t: r.top, r: r.right, b: r.bottom });
        };
        root.querySelectorAll('.ma-lane-title').forEach((t) => add(`title ${t.textContent}`, t));
        root.querySelectorAll('.ma-item').forEach((g) => {
          g.querySelectorAll('circle, rect').forEach((m) => add(`mark ${g.dataset.id}`, m));
          g.querySelectorAll('.ma-label').forEach((t) => add(`label ${g.dataset.id}`, t));
        });
        root.querySelectorAll('.ma-aggregate rect').forEach((r) => add(`count ${r.parentNode.dataset.aggregate}`, r));
        const out = [];
        // Half a pixel of antialiasing is not an overlap.
        const hit = (a, b) => a.l < b.r - 0.5 && b.l < a.r - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i];
          if (a.l < frame.left - 0.5 || a.r > frame.right + 0.5) out.push(`${a.name} leaves the frame`);
          for (let j = i + 1; j < boxes.length; j++) {
            const b = boxes[j];
            if (a.name !== b.name && hit(a, b)) out.push(`${a.name} / ${b.name}`);
          }
        }
        root.querySelectorAll('.ma-tick').forEach((t) => {
          const r = t.getBoundingClientRect();
          if (r.left < frame.left || r.right > frame.right) out.push(`tick ${t.textContent} leaves the frame`);
        });
        return out;
      });
      assert.deepEqual(problems, [], `${width} px, ${lang}`);
    }
    await page.context().close();
  });
}

test('a topic with no figures hides the charts; turning it off shows the same charts again, not rebuilt', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const charts = () => inShadow(page, 'migration-atlas', (root) => {
    const section = root.querySelector('.ma-charts');
    return section && { shown: section.checkVisibility(), charts: section.querySelectorAll('.ma-chart').length, same: section.__seen === true };
  });
  const before = await charts();
  assert.ok(before.shown && before.charts >= 1, JSON.stringify(before));
  await inShadow(page, 'migration-atlas', (root) => { root.querySelector('.ma-charts').__seen = true; });
  await clickIn(page, 'button[data-panel="filters"]');
  await clickIn(page, 'label[data-key="agreement"] input');
  await waitIn(page, (root) => !root.querySelector('.ma-charts')?.checkVisibility());
  const hidden = await charts();
  assert.equal(hidden.shown, false, 'agreements alone have no figures over time: no chart is shown');
  assert.equal(await inShadow(page, 'migration-atlas', (root) => [...root.querySelectorAll('.ma-chart')].every((c) => !c.checkVisibility())), true,
    'nor any chart inside');
  await clickIn(page, 'label[data-key="agreement"] input');
  await waitIn(page, (root) => root.querySelector('.ma-charts')?.checkVisibility());
  const after = await charts();
  assert.deepEqual(after, { shown: true, charts: before.charts, same: true });
  await page.context().close();
});

test('after a zoom, the figures charted under the lanes stand under their years on the axis', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  await clickIn(page, '.ma-zoom-inline button:first-child');
  await waitIn(page, (root) => root.querySelector('.ma-window').textContent !== 'Showing 2015–2023');
  // Each whole-year figure ("2021: …") between its year's grid line and the next one. The
  // charts follow a zoom once it rests (issue 16), so this waits for them.
  const aligned = await waitIn(page, (root) => {
    const lines = [...root.querySelectorAll('.ma-axis line')];
    const year = new Map([...root.querySelectorAll('.ma-tick')].map((t, i) => [t.textContent, +lines[i].getAttribute('x1')]));
    const points = [...root.querySelectorAll('.ma-chart-point')]
      .map((g) => [/^(\d{4}):/.exec(g.getAttribute('aria-label'))?.[1], +g.querySelector('circle').getAttribute('cx')])
      .filter(([y]) => y && year.has(y) && year.has(String(+y + 1)));
    const off = points.filter(([y, x]) => x < year.get(y) || x > year.get(String(+y + 1)));
    return points.length > 0 && off.length === 0 && { checked: points.length, ticks: year.size };
  });
  assert.ok(aligned.checked >= 2, JSON.stringify(aligned));
  await page.context().close();
});

test('ticking a topic leaves only its marks in sight and under the keys; unticking it shows the same marks again, not rebuilt', async () => {
  const page = await h.open('/www/article.html');
  await ready(page);
  // What a reader sees: the marks drawn, by lane (hidden marks are in the page, laid out, not seen).
  const seen = () => inShadow(page, 'migration-atlas', (root) => {
    const shown = [...root.querySelectorAll('.ma-item, .ma-aggregate')].filter((g) => g.checkVisibility({ opacityProperty: true }));
    return {
      ids: shown.map((g) => g.dataset.id || `+${g.dataset.aggregate}`).sort(),
      lanes: [...new Set(shown.map((g) => g.closest('.ma-lane').classList[1]))].sort(),
      same: shown.every((g) => g.__seen === true),
    };
  });
  // The panel open first: the page's scroll bar it brings narrows the timeline.
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('label[data-key="agreement"] input'));
  const before = await seen();
  assert.ok(before.lanes.length >= 4 && before.ids.length > 20, JSON.stringify(before.lanes));
  await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('.ma-item, .ma-aggregate').forEach((g) => { g.__seen = true; }));
  await clickIn(page, 'label[data-key="agreement"] input');
  await waitIn(page, (root) => root.querySelector('.ma-status').textContent.length > 0
    && [...root.querySelectorAll('.ma-item')].filter((g) => g.checkVisibility({ opacityProperty: true })).every((g) => g.closest('.ma-topic-agreement')));
  const ticked = await seen();
  assert.deepEqual(ticked.lanes, ['ma-topic-agreement'], 'only agreements are in sight');
  assert.ok(ticked.ids.length >= 3 && ticked.ids.length < before.ids.length, JSON.stringify(ticked.ids));
  // Nor under the pointer: wherever a mark, hidden or not, lies on screen, a pointer there
  // finds no hidden one.
  const pointed = await inShadow(page, 'migration-atlas', (root) => {
    root.querySelector('.ma-timeline-clip').scrollIntoView({ block: 'center' });
    const spots = [...root.querySelectorAll('.ma-item .ma-point, .ma-item .ma-range')].map((m) => {
      const b = m.getBoundingClientRect();
      return { hidden: !!m.closest('.ma-kept'), x: b.left + b.width / 2, y: b.top + b.height / 2 };
    }).filter((p) => p.x > 0 && p.y > 0 && p.x < innerWidth && p.y < innerHeight);
    const hits = spots.map((p) => ({ ...p, hit: root.elementFromPoint(p.x, p.y) }));
    return { hidden: spots.filter((p) => p.hidden).length, shown: spots.filter((p) => !p.hidden).length,
      onHidden: hits.filter((p) => p.hit?.closest('.ma-kept')).length,
      shownReached: hits.filter((p) => !p.hidden && p.hit?.closest('.ma-item')).length };
  });
  assert.ok(pointed.hidden > 10 && pointed.shown >= 3, JSON.stringify(pointed));
  assert.equal(pointed.onHidden, 0, JSON.stringify(pointed));
  assert.equal(pointed.shownReached, pointed.shown, JSON.stringify(pointed));
  await clickIn(page, 'label[data-key="agreement"] input');
  await waitIn(page, (root) => [...root.querySelectorAll('.ma-item')].filter((g) => g.checkVisibility({ opacityProperty: true })).length > 20);
  const after = await seen();
  assert.deepEqual(after, { ...before, same: true }, 'the same marks, the same elements');
  // Ticked again, the keys walk the marks in sight only: the hidden ones take no focus.
  await clickIn(page, 'label[data-key="agreement"] input');
  await waitIn(page, (root, n) => [...root.querySelectorAll('.ma-item')].filter((g) => g.checkVisibility({ opacityProperty: true })).length === n,
    ticked.ids.filter((i) => !i.startsWith('+')).length);
  await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-timeline-svg [tabindex="0"]').focus());
  const walked = [];
  for (let i = 0; i < ticked.ids.length + 2; i++) {
    walked.push(await inShadow(page, 'migration-atlas', (root) => {
      const a = root.activeElement;
      return { lane: a?.closest('.ma-lane')?.classList[1], visible: !!a && a.checkVisibility({ opacityProperty: true }) };
    }));
    await page.keyboard.press('ArrowRight');
  }
  assert.ok(walked.every((w) => w.lane === 'ma-topic-agreement' && w.visible), JSON.stringify(walked));
  await page.context().close();
});

test('a topic leaves the other lanes empty and the timeline shorter, with no blank under them; unticking it brings all back', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:timeline', { width: 1000 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters'));
  // What a reader sees of the timeline: the frame's box, the lanes drawn in it, and
  // whatever lies just under the frame.
  const seen = () => inShadow(page, 'migration-atlas', (root) => {
    const clip = root.querySelector('.ma-timeline-clip');
    // The frame's bottom edge in the middle of the screen, so what lies under it is there.
    window.scrollBy(0, clip.getBoundingClientRect().bottom - window.innerHeight / 2);
    const frame = clip.getBoundingClientRect();
    const lanes = [...root.querySelectorAll('.ma-lane')];
    const bottom = Math.max(...lanes.map((l) => l.querySelector('.ma-lane-bg').getBoundingClientRect().bottom));
    const drawn = lanes.filter((l) => l.querySelector('.ma-item:not(.ma-kept *), .ma-aggregate:not(.ma-kept *)'));
    const under = root.elementFromPoint(frame.left + frame.width / 2, frame.bottom + 2);
    return { height: frame.height, lanes: drawn.length, gap: frame.bottom - bottom,
      svgHeight: root.querySelector('.ma-timeline-svg').getAttribute('height'),
      underIsPlot: !!under?.closest('.ma-timeline-svg') };
  });
  const all = await seen();
  assert.equal(all.lanes, 5, JSON.stringify(all));
  await clickIn(page, 'label[data-key="agreement"] input');
  // Seen again until the lanes drawn are `n` (the filter answers within a frame or two).
  const once = async (n) => {
    for (let i = 0; i < 50; i++) {
      const s = await seen();
      if (s.lanes === n) return s;
      await new Promise((r) => setTimeout(r, 40));
    }
    return seen();
  };
  const alone = await once(1);
  assert.equal(alone.lanes, 1, JSON.stringify(alone));
  assert.ok(alone.height < all.height - 100, `the frame shrinks with the lanes: ${all.height} → ${alone.height}`);
  assert.ok(alone.gap >= 0 && alone.gap < 6, `the last lane ends at the frame's bottom edge (${alone.gap} px apart)`);
  assert.equal(alone.underIsPlot, false, 'nothing of the plot shows under the frame');
  // The plot itself kept its size: Chromium lays out every mark and text of an svg whose
  // size changes (issue 16).
  assert.equal(alone.svgHeight, all.svgHeight, 'the svg keeps its height; only its frame shrinks');
  await clickIn(page, 'label[data-key="agreement"] input');
  const back = await once(5);
  assert.equal(back.lanes, 5);
  assert.equal(back.height, all.height, 'all the lanes show again, in a frame as tall as before');
  assert.ok(back.gap >= 0 && back.gap < 6, `the last lane ends at the frame's bottom edge (${back.gap} px apart)`);
  await page.context().close();
});
