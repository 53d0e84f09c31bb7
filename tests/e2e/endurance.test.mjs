// Issue 13: endless mounting. 300 create/remove cycles of the element and 300 mount/destroy
// cycles of the JavaScript API end with as many DOM nodes and event listeners as before (after
// a garbage collection, counted by Chromium through CDP; give or take the one widget Chromium's
// style cache may keep, below) and with the WebAssembly memory grown
// by less than one 64 KB page in all. Before the fix: +300 nodes, +2,700 listeners and
// +1.1 MB per 300 cycles.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const CYCLES = Number(process.env.ENDURANCE_CYCLES || 300);
const PAGE = 64 * 1024;
/** Nodes Chromium itself may keep of one removed widget: its style engine's matched-properties
 *  cache can hold a computed style whose `clip-path: url(#ma-timeline-plot)` keeps that
 *  widget's shadow root and host alive (a heap snapshot's retainer path: StyleEngine →
 *  StyleResolver → CachedMatchedProperties → ComputedStyle → ReferenceClipPathOperation →
 *  LocalSVGResource → the tree scope). Which widget it holds, if any, depends on the cache, so
 *  a count read after the same cycles is 53 or 55 (a CI run failed on 53 → 55, a local one on
 *  55 → 53). It is one widget's host and root at most, never one per cycle: a leak of 300
 *  cycles is hundreds of nodes. */
const CACHED_BY_CHROMIUM = 2;

/** The page's DOM counters once they hold still: a widget destroyed a moment ago can still be
 *  held by a timer it armed (the map lays its marks out 150 ms after a move rests), so one
 *  collection right after the last cycle sometimes counted its ~900 detached nodes (a CI run
 *  read 990 at the start and 53 at the end). Collections 250 ms apart until two agree. */
async function settledDomCounters(cdp) {
  let last = null;
  for (let i = 0; i < 12; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
    if (last && last.nodes === nodes && last.jsEventListeners === jsEventListeners) break;
    last = { nodes, jsEventListeners };
    await new Promise((r) => setTimeout(r, 250));
  }
  return last;
}

async function counters(page, cdp) {
  const { nodes, jsEventListeners } = await settledDomCounters(cdp);
  // The glue the widget loaded (the same module: same address); its init returns the
  // running instance's exports.
  const wasm = await page.evaluate(async () => {
    const glue = await import('../../../pkg/migration_atlas.js');
    return (await glue.default()).memory.buffer.byteLength;
  });
  return { nodes, listeners: jsEventListeners, wasm };
}

/** Runs `n` cycles in the page: each one mounts a widget, waits until it is ready, removes it. */
function cycles(page, n, kind) {
  return page.evaluate(async ({ n, kind }) => {
    const { mount } = await import('../../../pkg/migration-atlas.js');
    const readyIn = (e) => new Promise((r) => e.addEventListener('migration-atlas:ready', r, { once: true }));
    for (let i = 0; i < n; i++) {
      const e = document.createElement(kind === 'element' ? 'migration-atlas' : 'div');
      const done = readyIn(e);
      document.body.append(e);
      const handle = kind === 'element' ? null : mount(e, { view: i % 2 ? 'map' : 'timeline' });
      await done;
      if (handle) {
        handle.destroy();
        handle.free();
      }
      e.remove();
      // The element frees its widget in a microtask after removal.
      await new Promise((r) => setTimeout(r, 0));
    }
  }, { n, kind });
}

/** Mounts a map until it draws the outlines (installed for the page from then on). */
async function outlinesInstalled(page) {
  const drawn = await page.evaluate(async () => {
    const { mount } = await import('../../../pkg/migration-atlas.js');
    const e = document.createElement('div');
    document.body.append(e);
    const handle = mount(e, { view: 'map', urlKey: 'none' });
    let drawn = false;
    for (let i = 0; i < 250 && !drawn; i++) {
      await new Promise((r) => setTimeout(r, 40));
      drawn = !!e.shadowRoot?.querySelector('.ma-countries path[data-code="KGZ"]');
    }
    handle.destroy();
    handle.free();
    e.remove();
    return drawn;
  });
  assert.ok(drawn, 'the map drew its outlines within 10 s');
}

for (const kind of ['element', 'api']) {
  test(`${CYCLES} ${kind === 'element' ? 'create/remove cycles of the element' : 'mount/destroy cycles of the API'} leak nothing`, async (t) => {
    const page = await h.open('/tests/e2e/hosts/blank.html');
    await until(page, () => !!customElements.get('migration-atlas'));
    const cdp = await page.context().newCDPSession(page);
    // The first mounts fill caches that stay (the style sheet, the pool, the allocator's
    // free lists): 900 cycles after them grow nothing, so the 300 measured come after 60.
    // The allocator's high-water mark settles one page up after 5 to 15 API mounts on a
    // quiet machine and later on a loaded one (a CI run warmed with 20 reached it only in
    // the measured cycles, failing with +65,536 B), so the warm-up is well past it. The
    // map's outlines, fetched by the first map and kept for the page, are there before them.
    if (kind === 'api') await outlinesInstalled(page);
    await cycles(page, 60, kind);
    const start = await counters(page, cdp);
    const began = Date.now();
    await cycles(page, CYCLES, kind);
    let end = await counters(page, cdp);
    t.diagnostic(`${kind}: ${CYCLES} cycles in ${Date.now() - began} ms; nodes ${start.nodes} → ${end.nodes}, ` +
      `listeners ${start.listeners} → ${end.listeners}, wasm memory ${start.wasm} → ${end.wasm} B`);
    assert.ok(Math.abs(end.nodes - start.nodes) <= CACHED_BY_CHROMIUM,
      `DOM nodes back at their baseline (${start.nodes} → ${end.nodes})`);
    assert.equal(end.listeners, start.listeners, 'event listeners back at their baseline');
    if (end.wasm - start.wasm === PAGE) {
      // The high-water mark reached its page late (a loaded machine, as in a .ci/run of
      // stop 37): a leak grows again over as many cycles more, a settled mark does not.
      const settled = end;
      await cycles(page, CYCLES, kind);
      end = await counters(page, cdp);
      t.diagnostic(`${kind}: ${CYCLES} cycles more; wasm memory ${settled.wasm} → ${end.wasm} B`);
      assert.equal(end.wasm, settled.wasm, `wasm memory grew again, by ${end.wasm - settled.wasm} B`);
    } else {
      assert.ok(end.wasm - start.wasm < PAGE, `wasm memory grew by ${end.wasm - start.wasm} B`);
    }
    assert.deepEqual(h.problems, []);
    await page.context().close();
  });
}
