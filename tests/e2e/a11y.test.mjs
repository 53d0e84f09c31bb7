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

const states = [
  ['timeline', null],
  ['map', null],
  ['table', null],
  ['table', 'filters'],
  ['map', 'share'],
  ['timeline', 'disagreements'],
];

for (const [view, panel] of states) {
  test(`no serious accessibility problems: ${view}${panel ? ` with ${panel}` : ''}`, async () => {
    const page = await h.open(`/www/article.html?atlas=1;v:${view};sel:RUS`);
    await ready(page);
    await waitIn(page, (root) => root.querySelector('.ma-detail'));
    if (panel) {
      await clickIn(page, `button[data-panel="${panel}"]`);
      await waitIn(page, (root) => root.querySelector('.ma-panel'));
    }
    const violations = (await audit(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
    assert.deepEqual(violations, []);
    await page.context().close();
  });
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
