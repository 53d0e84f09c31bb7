// Loading half of the browser benchmark: navigation → ready (the widget's first render in
// the reader's language) on the article demo page, and the layout shift the page suffers
// meanwhile, and the longest main-thread task before ready (the page's own input waits that
// long at most), then how long the map takes to open (its code arrives on first use), on a fast profile and on a slow one (400 kbit/s, 400 ms round trip, the CPU
// slowed four times, through the DevTools protocol). The server compresses with gzip, as
// a real host would. Writes bench/load.json; figures are read, never asserted.
// node scripts/bench-load.mjs [--runs=3]
import { writeFileSync, mkdirSync } from 'node:fs';
import { setUp } from '../tests/e2e/harness.mjs';

const RUNS = Number((process.argv.find((a) => a.startsWith('--runs=')) || '').split('=')[1] || 3);
const PROFILES = [
  { name: 'fast (loopback, no throttling)' },
  { name: 'slow (400 kbit/s, 400 ms RTT, CPU ×4)', network: { latency: 400, kbit: 400 }, cpu: 4 },
];

// Installed before the page's own scripts: when the widget became ready, when its
// skeleton first showed, and every layout shift not caused by input.
function observe() {
  window.__atlas = { ready: null, skeleton: null, shift: 0, shifts: [], longest: 0 };
  document.addEventListener('migration-atlas:ready', () => {
    window.__atlas.ready ??= performance.now();
  });
  const look = () => {
    if (document.querySelector('migration-atlas')?.shadowRoot?.querySelector('.mas')) {
      window.__atlas.skeleton = performance.now();
    } else if (window.__atlas.ready === null) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) {
        window.__atlas.shift += e.value;
        window.__atlas.shifts.push([Math.round(e.startTime), +e.value.toFixed(4)]);
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
  // Tasks of 50 ms or more (the browser reports no shorter ones), up to the first render.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (window.__atlas.ready === null) window.__atlas.longest = Math.max(window.__atlas.longest, e.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
}

async function once(h, profile, path) {
  const context = await h.browser.newContext({ viewport: { width: 1000, height: 900 } });
  await context.addInitScript(observe);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (profile.network) {
    const bytesPerSecond = (profile.network.kbit * 1000) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: profile.network.latency,
      downloadThroughput: bytesPerSecond, uploadThroughput: bytesPerSecond,
    });
  }
  if (profile.cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
  await page.goto(h.base + path, { waitUntil: 'commit' });
  const end = Date.now() + 120000;
  let ready = null;
  while (ready === null) {
    if (Date.now() > end) throw new Error(`${path}: not ready after 120 s on ${profile.name}`);
    await new Promise((r) => setTimeout(r, 100));
    ready = await page.evaluate(() => window.__atlas?.ready ?? null).catch(() => null);
  }
  // Shifts caused by the first render land in the frames after it.
  await new Promise((r) => setTimeout(r, 1000));
  const { shift, shifts, skeleton, longest } = await page.evaluate(() => window.__atlas);
  // Then the reader opens the map: its code is a part fetched on first use
  // (src/components/lazy.rs); from the click until the map is drawn.
  const mapOpen = await page.evaluate(async () => {
    const root = document.querySelector('migration-atlas').shadowRoot;
    const t0 = performance.now();
    root.querySelector('[role=tab][data-view="map"]').click();
    while (!root.querySelector('.ma-map-svg')) await new Promise((r) => setTimeout(r, 20));
    return performance.now() - t0;
  });
  await context.close();
  return { ready, shift, shifts, skeleton, longest, mapOpen };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const h = await setUp({ gzip: true });
const rows = [];
for (const profile of PROFILES) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await once(h, profile, '/www/article.html'));
  rows.push({
    what: `navigation → ready, article page, ${profile.name}`,
    runs: RUNS,
    ready_ms: Math.round(median(runs.map((r) => r.ready))),
    ready_per_run_ms: runs.map((r) => Math.round(r.ready)),
    // When the loading skeleton first showed (null: the page had none).
    skeleton_ms: runs[0].skeleton === null ? null : Math.round(median(runs.map((r) => r.skeleton ?? 0))),
    layout_shift: +median(runs.map((r) => r.shift)).toFixed(4),
    layout_shift_max: +Math.max(...runs.map((r) => r.shift)).toFixed(4),
    shifts_first_run: runs[0].shifts,
    // The longest task before ready, median over the runs (0: none reached 50 ms).
    longest_task_ms: Math.round(median(runs.map((r) => r.longest))),
    // After ready, a click on the Map tab until the map is drawn (its part fetched first).
    map_open_ms: Math.round(median(runs.map((r) => r.mapOpen))),
  });
}
await h.tearDown();
console.log(`${'what'.padEnd(76)} ${'skeleton ms'.padStart(11)} ${'ready ms'.padStart(9)} ${'CLS'.padStart(7)} ${'longest task'.padStart(12)} ${'map opened ms'.padStart(13)}`);
for (const r of rows) console.log(`${r.what.padEnd(76)} ${String(r.skeleton_ms ?? '—').padStart(11)} ${String(r.ready_ms).padStart(9)} ${String(r.layout_shift).padStart(7)} ${String(r.longest_task_ms).padStart(12)} ${String(r.map_open_ms).padStart(13)}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/load.json', JSON.stringify(rows, null, 1) + '\n');
