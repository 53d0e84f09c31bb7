// Issue 16: a pan or a zoom of the timeline moves the marks laid out for the window it
// settled on (no layout per step), clipped to the plot; 150 ms after the last step they are
// laid out for the new window. What a reader sees must not change: marks ride with the axis, never
// over the lane names, the label follows at once, and keyboard focus stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, waitIn, inShadow } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

/**
 * Runs in the page: presses `key` (with Shift if `shift`) `times` on `target` (the focused
 * element, else the timeline), a frame apart as a held key would, then measures at the next
 * frame, well inside the 150 ms a pan rests before its layout.
 */
async function panAndMeasure(root, { times, shift }) {
  const svg = root.querySelector('.ma-timeline-svg');
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const x = (el) => el.getBoundingClientRect().left;
  const tick = (label) => [...root.querySelectorAll('.ma-tick')].find((t) => t.textContent === label);
  const target = shift ? root.activeElement : svg;
  const focused = root.activeElement?.dataset.id;
  // A tick and a mark in the middle of the plot, before the pan.
  const s = svg.getBoundingClientRect();
  const middle = [...root.querySelectorAll('.ma-item')].find((g) => {
    const m = g.querySelector('.ma-point, .ma-range');
    return Math.abs(x(m) - (s.left + s.width * 0.6)) < s.width * 0.1;
  });
  const ticks = [...root.querySelectorAll('.ma-tick')];
  const axisTick = ticks[Math.floor(ticks.length / 2)];
  const before = {
    label: root.querySelector('.ma-window').textContent,
    id: middle.dataset.id,
    mark: x(middle.querySelector('.ma-point, .ma-range')),
    tickLabel: axisTick.textContent,
    tick: x(axisTick),
    ticks: ticks.map((t) => t.textContent),
  };
  const t0 = performance.now();
  for (let i = 0; i < times; i++) {
    target.dispatchEvent(new KeyboardEvent('keydown',
      { key: 'ArrowRight', shiftKey: shift, bubbles: true, composed: true, cancelable: true }));
    await frame();
  }
  const mark = root.querySelector(`.ma-item[data-id="${before.id}"] .ma-point, .ma-item[data-id="${before.id}"] .ma-range`);
  // What hit testing finds over the lane names (the gutter left of the plot's clip).
  const clip = Number(root.querySelector('#ma-timeline-plot rect').getAttribute('x')) * svg.getScreenCTM().a + s.left;
  const overNames = [];
  let intoGutter = 0;
  for (const g of root.querySelectorAll('.ma-item, .ma-aggregate')) {
    const r = g.getBoundingClientRect();
    if (r.width === 0 || r.left >= clip - 1) continue;
    intoGutter++;
    for (let px = Math.max(r.left + 1, s.left + 1); px < Math.min(r.right, clip - 1); px += 4) {
      const hit = root.elementFromPoint(px, (r.top + r.bottom) / 2);
      if (hit?.closest('.ma-item, .ma-aggregate')) overNames.push(`${g.dataset.id || g.dataset.aggregate} at ${px}`);
    }
  }
  return {
    before,
    ms: performance.now() - t0,
    during: {
      label: root.querySelector('.ma-window').textContent,
      mark: mark && x(mark),
      tick: tick(before.tickLabel) && x(tick(before.tickLabel)),
      ticks: [...root.querySelectorAll('.ma-tick')].map((t) => t.textContent),
      shift: root.querySelector('.ma-axis > g > g').getAttribute('transform'),
      intoGutter,
      overNames,
    },
    focused,
  };
}

/** The article at 1,400 px, its timeline scrolled into view and focused. */
async function timelineFocused() {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  await inShadow(page, 'migration-atlas', (root) => {
    const svg = root.querySelector('.ma-timeline-svg');
    svg.scrollIntoView({ block: 'center' });
    svg.focus();
  });
  return page;
}

const settled = (root) => /^translate\(-?0(\.0)? 0\)$/.test(root.querySelector('.ma-axis > g > g').getAttribute('transform'));

test('arrow keys pan the timeline: marks ride with the axis, clipped, and are laid out when the pan rests', async () => {
  const page = await timelineFocused();
  const m = await inShadow(page, 'migration-atlas', panAndMeasure, { times: 3, shift: false });
  assert.ok(m.ms < 120, `the three steps took ${m.ms} ms: too slow to see the pan before it rests`);
  assert.ok(!/^translate\(-?0(\.0)? 0\)$/.test(m.during.shift), `during the pan the marks are shifted: ${m.during.shift}`);
  // The window label follows every step.
  assert.notEqual(m.during.label, m.before.label, 'the window label follows the pan at once');
  // A mark and the axis moved left by the same amount.
  const markMoved = m.during.mark - m.before.mark;
  const tickMoved = m.during.tick - m.before.tick;
  assert.ok(tickMoved < -50, `the ${m.before.tickLabel} tick moved left: ${tickMoved} px`);
  assert.ok(Math.abs(markMoved - tickMoved) < 0.5, `mark ${m.before.id} moved ${markMoved} px, the axis ${tickMoved} px`);
  // Marks that rode into the gutter are not drawn there.
  assert.ok(m.during.intoGutter > 0, 'some marks rode past the plot\'s left edge (else this checks nothing)');
  assert.deepEqual(m.during.overNames, [], 'no mark is drawn over the lane names');
  // When the pan rests, the new window is laid out: its last year's tick appears.
  const last = m.during.label.match(/–(\d{4})/)[1];
  assert.ok(!m.during.ticks.includes(last), `the ${last} tick is not drawn before the pan rests: ${m.during.ticks}`);
  await waitIn(page, settled, undefined, 'migration-atlas', 5000);
  const now = await inShadow(page, 'migration-atlas', (root) => ({
    label: root.querySelector('.ma-window').textContent,
    ticks: [...root.querySelectorAll('.ma-tick')].map((t) => t.textContent),
    active: root.activeElement?.getAttribute('class'),
  }));
  assert.equal(now.label, m.during.label, 'the label says the new years');
  assert.ok(now.ticks.includes(last), `the ${last} tick at the new window's edge is drawn: ${now.ticks}`);
  assert.equal(now.active, 'ma-timeline-svg', 'the timeline keeps the focus');
  await page.context().close();
});

test('Shift and arrows on a focused mark pan the timeline and the mark keeps the focus when laid out again', async () => {
  const page = await h.open('/www/article.html', { width: 1400, height: 900 });
  await ready(page);
  // Focus a mark right of the middle (it stays in the window after the pan).
  const id = await inShadow(page, 'migration-atlas', (root) => {
    const svg = root.querySelector('.ma-timeline-svg');
    svg.scrollIntoView({ block: 'center' });
    const s = svg.getBoundingClientRect();
    const g = [...root.querySelectorAll('.ma-item')].find((e) => {
      const r = e.querySelector('.ma-point, .ma-range').getBoundingClientRect();
      return r.left > s.left + s.width * 0.6 && r.left < s.left + s.width * 0.75;
    });
    g.focus();
    return root.activeElement?.dataset.id;
  });
  assert.ok(id, 'a mark has the focus');
  const m = await inShadow(page, 'migration-atlas', panAndMeasure, { times: 2, shift: true });
  assert.equal(m.focused, id);
  assert.notEqual(m.during.label, m.before.label, 'Shift and arrows pan');
  const ridden = await inShadow(page, 'migration-atlas', (root, i) => root.querySelector(`.ma-item[data-id="${i}"] .ma-point, .ma-item[data-id="${i}"] .ma-range`).getBoundingClientRect().left, id);
  await waitIn(page, settled, undefined, 'migration-atlas', 5000);
  const after = await inShadow(page, 'migration-atlas', (root, i) => ({
    active: root.activeElement?.dataset.id,
    tabStop: root.querySelector('.ma-timeline-svg [tabindex="0"]')?.dataset.id,
    x: root.querySelector(`.ma-item[data-id="${i}"] .ma-point, .ma-item[data-id="${i}"] .ma-range`)?.getBoundingClientRect().left,
  }), id);
  assert.equal(after.active, id, 'the focused mark keeps the focus after the new layout');
  assert.equal(after.tabStop, id, 'and stays the Tab stop');
  // Laid out again, the mark stands where it rode to (a point's position is its date's).
  assert.ok(Math.abs(after.x - ridden) < 1, `the mark rode to ${ridden}, is laid out at ${after.x}`);
  await page.context().close();
});

/**
 * Runs in the page: where a point mark near the middle (or mark `id`) and the axis' grid
 * lines stand (screen px), and how many marks are moved on their own. With `press`, first
 * presses "+" on the timeline and measures at the next frame, well inside the 150 ms a zoom
 * rests before its layout, counting the nodes the lanes gained or lost meanwhile.
 */
async function zoomProbe(root, { id, press }) {
  let made = 0;
  if (press) {
    const watch = new MutationObserver((list) => list.forEach((m) => { made += m.addedNodes.length + m.removedNodes.length; }));
    for (const lane of root.querySelectorAll('.ma-lane')) watch.observe(lane, { subtree: true, childList: true });
    root.querySelector('.ma-timeline-svg').dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, composed: true, cancelable: true }));
    await new Promise((r) => requestAnimationFrame(() => r()));
    watch.disconnect();
  }
  const cx = (el) => { const r = el.getBoundingClientRect(); return r.left + r.width / 2; };
  const s = root.querySelector('.ma-timeline-svg').getBoundingClientRect();
  const point = id
    ? root.querySelector(`.ma-item[data-id="${id}"] .ma-point`)
    : [...root.querySelectorAll('.ma-item .ma-point')].find((p) => Math.abs(cx(p) - (s.left + s.width * 0.55)) < s.width * 0.1);
  const grid = [...root.querySelectorAll('.ma-grid')].map(cx);
  return {
    id: point?.closest('.ma-item').dataset.id,
    x: point && cx(point),
    ticks: Object.fromEntries([...root.querySelectorAll('.ma-tick')].map((t, i) => [t.textContent, grid[i]])),
    ownMoves: root.querySelectorAll('.ma-ride > [transform]').length,
    window: root.querySelector('.ma-window').textContent,
    made,
  };
}

/** Where `x` stands between the ticks labelled `a` and `b` (0 at a, 1 at b). */
const between = (m, x, a, b) => (x - m.ticks[a]) / (m.ticks[b] - m.ticks[a]);

test('a zoom step moves the marks to their years on the new axis without making any; at rest they are laid out again', async () => {
  const page = await timelineFocused();
  const before = await inShadow(page, 'migration-atlas', zoomProbe, {});
  assert.ok(before.id, 'a point mark near the middle (else this checks nothing)');
  assert.equal(before.ownMoves, 0, 'at rest no mark is moved on its own');
  const during = await inShadow(page, 'migration-atlas', zoomProbe, { id: before.id, press: true });
  assert.notEqual(during.window, before.window, 'the window label follows the step at once');
  // Two year ticks on both sides of the mark, drawn before and during the step.
  const years = Object.keys(before.ticks).filter((l) => /^\d{4}$/.test(l) && l in during.ticks);
  const a = years.filter((l) => before.ticks[l] < before.x).at(-1);
  const b = years.find((l) => before.ticks[l] > before.x);
  assert.ok(a && b, `year ticks around the mark: ${years}`);
  const spread = (during.ticks[b] - during.ticks[a]) / (before.ticks[b] - before.ticks[a]);
  assert.ok(Math.abs(spread - 1.5) < 0.02, `the axis is 1.5 times wider: ${spread}`);
  const at = between(before, before.x, a, b);
  assert.ok(Math.abs(between(during, during.x, a, b) - at) < 0.01,
    `mark ${before.id} stands at its date on the new axis: ${at} → ${between(during, during.x, a, b)} of ${a}–${b}`);
  assert.ok(during.ownMoves > 10, `the marks moved on their own: ${during.ownMoves}`);
  assert.equal(during.made, 0, 'the step made or removed no node in the lanes');
  // At rest: laid out again for the new window, the mark at the same place, none moved on
  // its own.
  await waitIn(page, (root) => root.querySelectorAll('.ma-ride > [transform]').length === 0
    && /^translate\(-?0(\.0)? 0\)$/.test(root.querySelector('.ma-axis > g > g').getAttribute('transform')),
    undefined, 'migration-atlas', 5000);
  const rest = await inShadow(page, 'migration-atlas', zoomProbe, { id: before.id });
  assert.equal(rest.window, during.window);
  assert.ok(Math.abs(rest.x - during.x) < 1, `laid out again, the mark stands where it rode to: ${during.x} → ${rest.x}`);
  await page.context().close();
});
