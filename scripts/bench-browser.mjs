// Browser half of the benchmark, in headless Chromium (Debian's): how long an action takes
// in the real widget from the input event to the next frame painted, and whether memory
// comes back after many actions. Writes bench/browser.json. Figures are read, never
// asserted. node scripts/bench-browser.mjs [--runs=3] [--samples=40]
//
// A sample: two frames of quiet, then `t0` and the event dispatched: its handler runs, and
// Yew renders in the microtasks after it; a message posted right after the dispatch marks
// the end of that script work (`t_js`). Then the next requestAnimationFrame (`t_raf`) and a
// message posted from it, which runs once that frame's style, layout and paint are done
// (`t1`). The main thread's work from the input to the frame painted is taken as
// (t_js − t0) + (t1 − t_raf): the idle wait for the next vsync in between (up to 16.7 ms
// at 60 Hz, the same for any page) is left out, and with it any task that runs in that gap
// (the widget's URL write, and the layout `history.pushState` forces in it): the CPU
// columns, from a trace, count those too, and are the figures to go by. `wall` is t1 − t0
// with that wait. Each case
// runs on a fresh page; a run is every case once; the figures are the median over the runs
// of each run's median and p95. Of the CPU time, `rendering` is the browser's own style,
// layout and paint (see RENDERING): what no change to the widget's script can take away.
//
// What the widget draws one paint later (src/hooks/deferred.rs: the filter panel's counts,
// the charts, the table's rows below the fold) is left out of that frame by design, and
// measured apart: after `t1`, an idle callback (asked for after the widget's own, so it
// runs after them) and the frame after it (`t2`); `settled` is the main thread's CPU from
// the input to `t2`, so the catch-up's cost is reported, not hidden.
import { writeFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { setUp, ready, clickIn, waitIn } from '../tests/e2e/harness.mjs';

const arg = (name, fallback) => Number((process.argv.find((a) => a.startsWith(`--${name}=`)) || '').split('=')[1] || fallback);
const RUNS = arg('runs', 3);
const SAMPLES = arg('samples', 40);
// --only=text: just the cases whose description contains it, printed, bench/browser.json
// left alone (for trying a change).
const ONLY = (process.argv.find((a) => a.startsWith('--only=')) || '').slice(7);

/** Runs in the page: `samples` timings of `action` (see the header), in milliseconds. */
async function sampleInPage({ action, samples }) {
  const root = document.querySelector('migration-atlas').shadowRoot;
  const nextTask = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(0);
  });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => {
    const tRaf = performance.now();
    nextTask().then((t1) => resolve([tRaf, t1]));
  }));
  const afterPaint = nextFrame;
  // What must differ after the action, so a sample that changed nothing is counted.
  const signature = () => {
    const el = root.querySelector(action.watch);
    return action.attr ? el?.getAttribute(action.attr) : el?.textContent;
  };
  const out = [];
  const wall = [];
  let unchanged = 0;
  for (let i = 0; i < samples; i++) {
    await afterPaint();
    await afterPaint();
    const before = signature();
    performance.mark(`ma-sample-${i}-start`);
    const t0 = performance.now();
    if (action.click) {
      root.querySelector(action.click).click();
    } else if (action.keys) {
      const key = action.keys[i % action.keys.length];
      root.querySelector(action.on).dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
    const tJs = await nextTask();
    const [tRaf, t1] = await nextFrame();
    performance.mark(`ma-sample-${i}-end`);
    out.push(tJs - t0 + (t1 - tRaf));
    wall.push(t1 - t0);
    await new Promise((resolve) => (window.requestIdleCallback || setTimeout)(resolve));
    await nextFrame();
    performance.mark(`ma-sample-${i}-settled`);
    if ((action.click || action.keys) && signature() === before) unchanged++;
  }
  return { times: out, wall, unchanged };
}

const stats = (times) => {
  const t = [...times].sort((a, b) => a - b);
  return { median: t[Math.floor(t.length / 2)], p95: t[Math.min(t.length - 1, Math.floor(t.length * 0.95))] };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => +x.toFixed(2);

const FILTER = { click: 'label[data-key="agreement"] input', watch: '.ma-status' };
const MAP_KEYS = (keys) => ({ keys, on: '.ma-map-svg', watch: '.ma-map-view', attr: 'transform' });
const TIME_KEYS = (keys) => ({ keys, on: '.ma-timeline-svg', watch: '.ma-window' });
const CASES = [
  { view: 'timeline', what: 'idle frame, no event (floor of the method)', action: {} },
  { view: 'timeline', what: 'filter change, timeline view', action: FILTER, panel: true },
  { view: 'map', what: 'filter change, map view', action: FILTER, panel: true },
  { view: 'table', what: 'filter change, table view', action: FILTER, panel: true },
  // The same with the view scrolled to the top of the screen (the open panel above it,
  // clicked by script): with the panel open the view is below a 900 px screen, and the
  // browser skips what is off screen, so these cases measure what a reader watching the
  // view waits for.
  { view: 'timeline', what: 'filter change, timeline on screen', action: FILTER, panel: true, scroll: true },
  { view: 'map', what: 'filter change, map on screen', action: FILTER, panel: true, scroll: true },
  { view: 'table', what: 'filter change, table on screen', action: FILTER, panel: true, scroll: true },
  { view: 'map', what: 'pan frame, map (arrow keys)', action: MAP_KEYS(['ArrowRight', 'ArrowLeft']) },
  { view: 'map', what: 'zoom frame, map (+ and −)', action: MAP_KEYS(['+', '-']) },
  { view: 'timeline', what: 'pan frame, timeline (arrow keys)', action: TIME_KEYS(['ArrowRight', 'ArrowLeft']) },
  { view: 'timeline', what: 'zoom frame, timeline (+ and −)', action: TIME_KEYS(['+', '-']) },
];
// The same actions with every record ten times over (a `bench-tenfold` build, ids suffixed):
// how the widget would fare with a dataset ten times larger.
const TENFOLD = ['filter change, timeline view', 'filter change, map view', 'filter change, table view',
  'pan frame, map (arrow keys)', 'zoom frame, map (+ and −)', 'pan frame, timeline (arrow keys)',
  'zoom frame, timeline (+ and −)'];
CASES.push(...CASES.filter((c) => TENFOLD.includes(c.what)).map((c) => ({ ...c, what: `${c.what}, 10× records`, tenfold: true })));

/**
 * Builds the `bench-tenfold` wasm and its glue into target/bench-tenfold/ (then the shipped
 * build again, so the next scripts/build finds it), unless a case needs none.
 */
function buildTenfold() {
  const target = process.env.CARGO_TARGET_DIR || 'target';
  const cargo = (features) => execFileSync('cargo', ['build', '--release', '--target', 'wasm32-unknown-unknown', '--lib', '--quiet', ...features], { stdio: 'inherit' });
  cargo(['--features', 'bench-tenfold']);
  execFileSync('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-dir', `${target}/bench-tenfold`,
    `${target}/wasm32-unknown-unknown/release/migration_atlas.wasm`], { stdio: 'inherit' });
  // Packed as the shipped wasm is, since the loader only takes it packed.
  execFileSync('python3', ['scripts/lzma_pack.py', `${target}/bench-tenfold/migration_atlas_bg.wasm`,
    `${target}/bench-tenfold/migration_atlas_bg.wasm.lzma`], { stdio: 'inherit' });
  cargo([]);
  return `${target}/bench-tenfold`;
}

async function openView(h, view, panel, scroll, tenfold) {
  const path = `/www/article.html?atlas=1;v:${view}`;
  let page;
  if (tenfold) {
    // The page and its loader are the shipped ones; only the wasm and its glue are swapped.
    const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
    for (const file of ['migration_atlas.js', 'migration_atlas_bg.wasm.lzma']) {
      await context.route(`**/pkg/${file}*`, (r) => r.fulfill({ path: `${tenfold}/${file}` }));
    }
    page = await context.newPage();
    await page.goto(h.base + path);
  } else {
    page = await h.open(path, { width: 1000 });
  }
  await ready(page);
  // The map's outlines come with the wasm when a page opens on the map, but a late file must
  // not land in the middle of a measurement.
  if (view === 'map') await waitIn(page, (root) => root.querySelector('.ma-countries path'));
  if (panel) {
    await clickIn(page, 'button[data-panel="filters"]');
    await waitIn(page, (root) => root.querySelector('.ma-filters'));
  }
  if (scroll) await page.evaluate(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-main').scrollIntoView());
  return page;
}

/**
 * The renderer main thread's CPU time within each sample (between its two user-timing
 * marks), from a Chromium trace: the thread time (`tdur`) of every top-level task,
 * prorated by how much of the task's wall time falls inside the sample. Unlike wall time,
 * it does not grow when other processes take the machine's cores.
 */
// The browser's own rendering steps (style, layout, paint and handing the frame over),
// traced under `devtools.timeline`: none runs inside another, so their sum is what the
// browser spent turning the widget's DOM changes into pixels. Forced ones count too (a
// layout that `history.pushState` runs at once, say).
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'Commit']);

function cpuPerSample(events, samples) {
  const marks = new Map();
  let thread = null;
  for (const e of events) {
    const m = /^ma-sample-(\d+)-(start|end|settled)$/.exec(e.name);
    if (m && e.cat.includes('blink.user_timing')) {
      marks.set(e.name, e.ts);
      thread = `${e.pid}:${e.tid}`;
    }
  }
  const onThread = (e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread && e.dur > 0;
  const tasks = events.filter((e) => e.name === 'RunTask' && onThread(e));
  const steps = events.filter((e) => RENDERING.has(e.name) && onThread(e));
  const within = (list, a, b) => list.reduce((sum, t) => {
    const overlap = Math.min(b, t.ts + t.dur) - Math.max(a, t.ts);
    return overlap > 0 ? sum + (t.tdur ?? t.dur) * (overlap / t.dur) : sum;
  }, 0) / 1000;
  const cpu = [];
  const rendering = [];
  const settled = [];
  for (let i = 0; i < samples; i++) {
    const a = marks.get(`ma-sample-${i}-start`);
    const b = marks.get(`ma-sample-${i}-end`);
    const c = marks.get(`ma-sample-${i}-settled`);
    if (a === undefined || b === undefined) continue;
    cpu.push(within(tasks, a, b));
    rendering.push(within(steps, a, b));
    if (c !== undefined) settled.push(within(tasks, a, c));
  }
  return { cpu, rendering, settled };
}

async function traced(page, fn) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
    transferMode: 'ReportEvents',
  });
  const result = await fn();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return { result, events };
}

/** One benchmark run: every case once, each on a fresh page. */
async function latencyRun(h) {
  const rows = [];
  for (const c of CASES) {
    const page = await openView(h, c.view, c.panel, c.scroll, c.tenfold && tenfoldDir);
    const { result, events } = await traced(page, () => page.evaluate(sampleInPage, { action: c.action, samples: SAMPLES }));
    const { times, wall, unchanged } = result;
    const { cpu, rendering, settled } = cpuPerSample(events, SAMPLES);
    rows.push({ what: c.what, ...stats(times), wall: stats(wall), cpu: stats(cpu), rendering: stats(rendering), settled: stats(settled), cpuSamples: cpu.length, unchanged });
    await page.context().close();
  }
  return rows;
}

/**
 * JS heap (after a forced garbage collection) and wasm memory at the start, after 100
 * filter changes and after 100 pans, on the map view with the filter panel open.
 */
async function memory(h) {
  const page = await openView(h, 'map', true);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const measure = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    // The glue module is already initialised: its init returns the same instance.
    const wasm = await page.evaluate(async () => (await import('/pkg/migration_atlas.js')).default()
      .then((w) => w.memory.buffer.byteLength));
    return { js_heap: usedSize, wasm_memory: wasm };
  };
  // One of each action first, so what is made once (the panel's counts, caches) is there.
  await page.evaluate(sampleInPage, { action: FILTER, samples: 2 });
  await page.evaluate(sampleInPage, { action: MAP_KEYS(['ArrowRight', 'ArrowLeft']), samples: 2 });
  const start = await measure();
  await page.evaluate(sampleInPage, { action: FILTER, samples: 100 });
  const afterFilters = await measure();
  await page.evaluate(sampleInPage, { action: MAP_KEYS(['ArrowRight', 'ArrowLeft']), samples: 100 });
  const afterPans = await measure();
  await page.context().close();
  const ratio = (a, b) => round((a / b - 1) * 100);
  return {
    start, after_100_filter_changes: afterFilters, after_100_pans: afterPans,
    js_heap_change_percent: ratio(afterPans.js_heap, start.js_heap),
    wasm_memory_change_percent: ratio(afterPans.wasm_memory, start.wasm_memory),
  };
}

if (ONLY) CASES.splice(0, CASES.length, ...CASES.filter((c) => c.what.includes(ONLY)));
const tenfoldDir = CASES.some((c) => c.tenfold) ? buildTenfold() : null;
const h = await setUp();
const runs = [];
for (let r = 0; r < RUNS; r++) runs.push(await latencyRun(h));
const latency = CASES.map((c, i) => ({
  what: `${c.what} (input → next frame painted)`,
  samples: SAMPLES,
  runs: RUNS,
  median_ms: round(median(runs.map((run) => run[i].median))),
  p95_ms: round(median(runs.map((run) => run[i].p95))),
  p95_per_run_ms: runs.map((run) => round(run[i].p95)),
  cpu_median_ms: round(median(runs.map((run) => run[i].cpu.median))),
  cpu_p95_ms: round(median(runs.map((run) => run[i].cpu.p95))),
  cpu_p95_per_run_ms: runs.map((run) => round(run[i].cpu.p95)),
  // Of the CPU time, the browser's style, layout and paint (see RENDERING).
  rendering_cpu_median_ms: round(median(runs.map((run) => run[i].rendering.median))),
  rendering_cpu_p95_ms: round(median(runs.map((run) => run[i].rendering.p95))),
  // From the input until what follows one paint later is painted too (see the header).
  settled_cpu_median_ms: round(median(runs.map((run) => run[i].settled.median))),
  settled_cpu_p95_ms: round(median(runs.map((run) => run[i].settled.p95))),
  wall_median_ms: round(median(runs.map((run) => run[i].wall.median))),
  wall_p95_ms: round(median(runs.map((run) => run[i].wall.p95))),
  samples_that_changed_nothing: runs.reduce((a, run) => a + run[i].unchanged, 0),
}));
const mem = ONLY ? null : await memory(h);
if (!ONLY) await h.tearDown();

const col = (x, n) => String(x).padStart(n);
console.log(`${'input → next frame painted, main thread'.padEnd(56)} ${col('CPU med', 8)} ${col('CPU p95', 8)} ${col('rend med', 9)} ${col('work med', 9)} ${col('work p95', 9)} ${col('wall p95', 9)} ${col('all med', 8)} ${col('all p95', 8)}`);
for (const r of latency) console.log(`${r.what.replace(' (input → next frame painted)', '').padEnd(56)} ${col(r.cpu_median_ms, 8)} ${col(r.cpu_p95_ms, 8)} ${col(r.rendering_cpu_median_ms, 9)} ${col(r.median_ms, 9)} ${col(r.p95_ms, 9)} ${col(r.wall_p95_ms, 9)} ${col(r.settled_cpu_median_ms, 8)} ${col(r.settled_cpu_p95_ms, 8)}`);
console.log('("all": CPU from the input until what follows one paint later is painted too)');
for (const r of latency) if (r.samples_that_changed_nothing) console.log(`warning: ${r.what}: ${r.samples_that_changed_nothing} samples changed nothing`);
if (ONLY) {
  await h.tearDown();
  process.exit(0);
}
const kb = (b) => `${(b / 1024).toFixed(0)} KB`;
console.log(`memory, map view: JS heap ${kb(mem.start.js_heap)} → ${kb(mem.after_100_filter_changes.js_heap)} after 100 filter changes → ${kb(mem.after_100_pans.js_heap)} after 100 pans (${mem.js_heap_change_percent} %); ` +
  `wasm memory ${kb(mem.start.wasm_memory)} → ${kb(mem.after_100_pans.wasm_memory)} (${mem.wasm_memory_change_percent} %)`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/browser.json', JSON.stringify({ latency, memory: mem }, null, 1) + '\n');
