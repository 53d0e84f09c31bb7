// Accessibility: axe-core (offline, from npm) on every view and panel, inside the shadow root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, clickIn, waitIn } from './harness.mjs';

// Served by the demo server from node_modules (same origin), as the pages' CSP allows.
const AXE = '/node_modules/axe-core/axe.min.js';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

async function audit(page) {
  await page.addScriptTag({ url: AXE });
  const result = await page.evaluate(async () => {
    // axe reaches into open shadow roots; run it on the widget only.
    const r = await window.axe.run({ include: [['migration-atlas']] });
    return {
      checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
      violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')), help: v.help })),
    };
  });
  // axe must have reached inside the shadow root, or an empty result would prove nothing.
  assert.ok(result.checked > 100, `axe checked only ${result.checked} nodes`);
  return result.violations;
}

// Every view, every panel and every kind of sheet (a place, a record, a list), in English
// and Russian: no violation of any impact inside the widget (issue 11).
const states = [
  ['timeline', null, 'sel:RUS'],
  ['map', null, 'sel:RUS'],
  ['table', null, 'sel:RUS'],
  ['table', 'filters', ''],
  ['map', 'share', ''],
  ['timeline', 'disagreements', ''],
  ['timeline', null, 'sel:agr-rus-labour-migration-2009'],
  ['map', null, 'sel:st-citizens-abroad-rus-2022'],
  ['timeline', 'list', ''],
  ['map', 'cluster', ''],
];

for (const lang of ['en', 'ru']) {
  for (const [view, panel, sel] of states) {
    test(`no accessibility problem of any impact (${lang}): ${view}${panel ? ` with ${panel}` : ''}${sel ? ` and ${sel}` : ''}`, async () => {
      // On a phone the posts of one city gather in one marker (issue 12 fans them out where
      // there is room); a cluster of several cities zooms in instead of listing.
      const size = panel === 'cluster' ? { width: 375, height: 900 } : undefined;
      const page = await h.open(`/www/article.html?atlas=1;v:${view};l:${lang}${sel ? `;${sel}` : ''}`, size);
      await ready(page);
      await waitIn(page, (root, l) => root.querySelector('.ma-root')?.getAttribute('lang') === l, lang);
      if (sel) await waitIn(page, (root) => root.querySelector('.ma-detail'));
      if (panel === 'list') {
        await clickIn(page, '.ma-aggregate');
        await waitIn(page, (root) => root.querySelector('.ma-detail .ma-record-list'));
      } else if (panel === 'cluster') {
        await waitIn(page, (root) => root.querySelector('.ma-post .ma-cluster.ma-city'));
        await clickIn(page, '.ma-post:has(.ma-cluster.ma-city)');
        await waitIn(page, (root) => root.querySelector('.ma-detail .ma-record-list'));
      } else if (panel) {
        await clickIn(page, `button[data-panel="${panel}"]`);
        await waitIn(page, (root) => root.querySelector('.ma-panel'));
      }
      assert.deepEqual(await audit(page), []);
      await page.context().close();
    });
  }
}

// Issue 15: a record's detail with a citation opened to its quoted, marked paragraph.
test('no serious accessibility problems: a record with its paragraph quoted', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;sel:st-citizens-abroad-rus-2022');
  await ready(page);
  await clickIn(page, '.ma-detail .ma-cite-toggle');
  await waitIn(page, (root) => root.querySelector('.ma-detail blockquote mark'));
  const violations = (await audit(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(violations, []);
  await page.context().close();
});
