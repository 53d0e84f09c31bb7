// Two builds of the widget compared side by side, for trying a change (issue 16): one page
// per build in one headless Chromium, batches of samples alternated between them, so the
// slow and fast spells of a shared machine fall on both alike (runs of one build an hour
// apart differed by up to 2× here). Samples as `scripts/bench-browser.mjs` takes them (its
// `sampleInPage`): in-page time from the input to the next frame painted. Prints median and
// p95 of each build; writes nothing. That in-page time leaves out the tasks that run between
// the render and the frame (the URL's write, with the layout `pushState` forces): `--cpu`
// traces each batch (tasks and user timings only) and prints the main thread's
// CPU from the input to the frame painted, and to what follows one paint later ("all"), as
// the benchmark computes them (its `cpuPerSample`).
//
//   node scripts/bench-pair.mjs DIR_A DIR_B [timeline|map|table] [--on-screen] [--cpu]
//        [--action=filter|map-pan|map-zoom|timeline-pan|timeline-zoom] [--rounds=8] [--batch=10]
//        [--width=1000] [--height=900]
//
// DIR_A and DIR_B are copies of `pkg/` from the two builds (scripts/build, then cp -r pkg).
import { readFileSync } from 'node:fs';
import { setUp, ready, clickIn, waitIn } from '../tests/e2e/harness.mjs';

const flags = Object.fromEntries(process.argv.filter((a) => a.startsWith('--')).map((a) => a.slice(2).split('=')));
const [dirA, dirB, view = 'timeline'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench-pair.mjs DIR_A DIR_B [view] [--on-screen] [--action=…] [--rounds=8] [--batch=10]');
  process.exit(2);
}
const ROUNDS = Number(flags.rounds || 8);
const BATCH = Number(flags.batch || 10);

// The benchmark's own sampler, so both scripts measure alike.
const bench = readFileSync(new URL('./bench-browser.mjs', import.meta.url), 'utf8');
const sampleInPage = new Function(`return (${bench.slice(bench.indexOf('async function sampleInPage'), bench.indexOf('const stats ='))})`)();
const cpuPerSample = new Function(`${bench.slice(bench.indexOf('const RENDERING'), bench.indexOf('async function traced'))}; return cpuPerSample;`)();

const keys = (on, watch, attr, list) => ({ keys: list, on, watch, attr });
const ACTIONS = {
  filter: { click: 'label[data-key="agreement"] input', watch: '.ma-status' },
  'map-pan': keys('.ma-map-svg', '.ma-map-view', 'transform', ['ArrowRight', 'ArrowLeft']),
  'map-zoom': keys('.ma-map-svg', '.ma-map-view', 'transform', ['+', '-']),
  'timeline-pan': keys('.ma-timeline-svg', '.ma-window', undefined, ['ArrowRight', 'ArrowLeft']),
  'timeline-zoom': keys('.ma-timeline-svg', '.ma-window', undefined, ['+', '-']),
};
const action = ACTIONS[flags.action || 'filter'];
if (!action) throw new Error(`unknown action ${flags.action}`);

const h = await setUp();
async function openWith(dir) {
  const context = await h.browser.newContext({ viewport: { width: Number(flags.width || 1000), height: Number(flags.height || 900) } });
  await context.route('**/pkg/**', (r) => r.fulfill({ path: `${dir}/${new URL(r.request().url()).pathname.replace(/^\/pkg\//, '')}` }));
  const page = await context.newPage();
  await page.goto(`${h.base}/www/article.html?atlas=1;v:${view}`);
  await ready(page);
  if (view === 'map') await waitIn(page, (root) => root.querySelector('.ma-countries path'));
  if (action === ACTIONS.filter) {
    await clickIn(page, 'button[data-panel="filters"]');
    await waitIn(page, (root) => root.querySelector('.ma-filters'));
  }
  if ('on-screen' in flags) await page.evaluate(() => document.querySelector('migration-atlas').shadowRoot.querySelector('.ma-main').scrollIntoView());
  await page.evaluate(sampleInPage, { action, samples: 6 }); // warm-up, not counted
  return page;
}
const pages = [await openWith(dirA), await openWith(dirB)];
const times = [[], []];
const cpu = [[], []];
const all = [[], []];
/** One batch on `page`, traced with `--cpu`. */
async function batch(page, i) {
  if (!('cpu' in flags)) return times[i].push(...(await page.evaluate(sampleInPage, { action, samples: BATCH })).times);
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', 'disabled-by-default-devtools.timeline'] }, transferMode: 'ReportEvents' });
  times[i].push(...(await page.evaluate(sampleInPage, { action, samples: BATCH })).times);
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const per = cpuPerSample(events, BATCH);
  cpu[i].push(...per.cpu);
  all[i].push(...per.settled);
}
for (let r = 0; r < ROUNDS; r++) {
  // Alternate which build goes first, so neither always follows the other.
  for (const i of r % 2 ? [1, 0] : [0, 1]) {
    await pages[i].bringToFront();
    await batch(pages[i], i);
  }
}
const summary = (t) => {
  const s = [...t].sort((a, b) => a - b);
  return `median ${s[Math.floor(s.length / 2)].toFixed(2)} ms, p95 ${s[Math.min(s.length - 1, Math.floor(s.length * 0.95))].toFixed(2)} ms (${s.length} samples)`;
};
console.log(`${view}${'on-screen' in flags ? ' on screen' : ''}, ${flags.action || 'filter'}: A ${summary(times[0])} | B ${summary(times[1])}`);
if ('cpu' in flags) {
  console.log(`  CPU to the frame: A ${summary(cpu[0])} | B ${summary(cpu[1])}`);
  console.log(`  CPU, all:         A ${summary(all[0])} | B ${summary(all[1])}`);
}
await h.tearDown();
