// Browser half of the benchmark: how long a filter change takes in the real widget, from
// the click on a filter to the DOM updated and laid out, in headless Chromium (Debian's).
// Writes bench/browser.json. node scripts/bench-browser.mjs
import { writeFileSync, mkdirSync } from 'node:fs';
import { setUp, ready, clickIn, waitIn } from '../tests/e2e/harness.mjs';

const h = await setUp();
const results = [];
for (const view of ['timeline', 'map', 'table']) {
  const page = await h.open(`/www/article.html?atlas=1;v:${view}`, { width: 1000 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await waitIn(page, (root) => root.querySelector('.ma-filters'));
  const times = await page.evaluate(async () => {
    const root = document.querySelector('migration-atlas').shadowRoot;
    const out = [];
    for (let i = 0; i < 40; i++) {
      const box = root.querySelector('label[data-key="agreement"] input');
      const status = root.querySelector('.ma-status');
      const before = status.textContent;
      const changed = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          if (status.textContent !== before) { seen.disconnect(); resolve(); }
        });
        seen.observe(status, { childList: true, characterData: true, subtree: true });
      });
      const t0 = performance.now();
      box.click();
      // Yew may render in a later microtask: wait for the status line to change, then read
      // a layout property so style and layout are included.
      await changed;
      void root.querySelector('.ma-root').offsetHeight;
      out.push(performance.now() - t0);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    }
    return out;
  });
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const p95 = times[Math.floor(times.length * 0.95)];
  results.push({ what: `filter change in the browser, ${view} view (click → DOM laid out)`, records: null, median_ms: +median.toFixed(2), p95_ms: +p95.toFixed(2) });
  await page.context().close();
}
await h.tearDown();
console.log(`${'what'.padEnd(70)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(8)}`);
for (const r of results) console.log(`${r.what.padEnd(70)} ${String(r.median_ms).padStart(10)} ${String(r.p95_ms).padStart(8)}`);
mkdirSync('bench', { recursive: true });
writeFileSync('bench/browser.json', JSON.stringify(results, null, 1) + '\n');
