// Issue 12: a widget that fits the host page. The host's custom properties reach inside the
// shadow root; a dark scheme follows the reader or the `theme` attribute; forced colours
// keep the selection and the overview window visible; print shows the view, its filters in
// words, the legend, the sources and the link, and no controls; axe finds no colour-contrast
// problem in either scheme.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, ready, waitIn, inShadow } from './harness.mjs';

const AXE = '/node_modules/axe-core/axe.min.js';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

/** Computed colours and fonts inside the widget. */
const looks = (page) => inShadow(page, 'migration-atlas', (root) => {
  const style = (sel) => getComputedStyle(root.querySelector(sel));
  return {
    accent: style('.ma-tab[aria-selected="true"]').backgroundColor,
    onAccent: style('.ma-tab[aria-selected="true"]').color,
    tab: style('.ma-tab[aria-selected="false"]').backgroundColor,
    text: style('.ma-root').color,
    background: style('.ma-root').backgroundColor,
    font: style('.ma-root').fontFamily,
    radius: style('.ma-root').borderTopLeftRadius,
    link: style('.ma-search input').borderTopLeftRadius,
  };
});

/** Relative luminance of a computed `rgb(…)` colour. */
/** The plain page, ready, for a reader whose scheme is dark. */
async function openDark() {
  const context = await h.browser.newContext({ viewport: { width: 900, height: 900 }, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${h.base}/www/plain.html`);
  await ready(page);
  return page;
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('the host\'s custom properties change computed colours, font and radius inside the shadow root', async () => {
  const page = await h.open('/www/plain.html', { width: 900 });
  await ready(page);
  const before = await looks(page);
  await page.$eval('migration-atlas', (e) => {
    e.style.setProperty('--atlas-accent', 'rgb(120, 20, 90)');
    e.style.setProperty('--atlas-accent-text', 'rgb(255, 255, 240)');
    e.style.setProperty('--atlas-text', 'rgb(20, 40, 30)');
    e.style.setProperty('--atlas-background', 'rgb(250, 245, 230)');
    e.style.setProperty('--atlas-font', 'Georgia, serif');
    e.style.setProperty('--atlas-radius', '0px');
  });
  const now = await looks(page);
  assert.notDeepEqual(now, before);
  assert.equal(now.accent, 'rgb(120, 20, 90)', 'the selected tab takes the accent');
  assert.equal(now.onAccent, 'rgb(255, 255, 240)');
  assert.equal(now.text, 'rgb(20, 40, 30)');
  assert.equal(now.background, 'rgb(250, 245, 230)');
  assert.equal(now.tab, 'rgb(250, 245, 230)', 'controls follow the background');
  assert.match(now.font, /^Georgia/);
  assert.equal(now.radius, '0px');
  assert.equal(now.link, '0px');
  // Set on an ancestor, they are inherited too.
  await page.$eval('migration-atlas', (e) => { e.removeAttribute('style'); e.parentElement.style.setProperty('--atlas-accent', 'rgb(0, 100, 0)'); });
  assert.equal((await looks(page)).accent, 'rgb(0, 100, 0)');
  await page.context().close();
});

test('dark follows the reader\'s scheme, and the theme attribute pins either', async () => {
  const page = await openDark();
  const dark = await looks(page);
  assert.ok(luminance(dark.background) < 0.05 && luminance(dark.text) > 0.7, JSON.stringify(dark));
  await page.$eval('migration-atlas', (e) => e.setAttribute('theme', 'light'));
  const light = await waitIn(page, (root) => {
    const bg = getComputedStyle(root.querySelector('.ma-root')).backgroundColor;
    return bg === 'rgb(255, 255, 255)' && bg;
  });
  assert.equal(light, 'rgb(255, 255, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.$eval('migration-atlas', (e) => e.setAttribute('theme', 'dark'));
  await waitIn(page, (root) => getComputedStyle(root.querySelector('.ma-root')).backgroundColor !== 'rgb(255, 255, 255)');
  assert.deepEqual(await looks(page), dark, 'theme="dark" under a light preference is the dark scheme');
  await page.$eval('migration-atlas', (e) => e.setAttribute('theme', 'auto'));
  await waitIn(page, (root) => getComputedStyle(root.querySelector('.ma-root')).backgroundColor === 'rgb(255, 255, 255)');
  await page.context().close();
});

test('forced colours keep the selected tab, the selection and the overview window visible', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:timeline;sel:agr-rus-labour-migration-2009', { width: 1000 });
  await ready(page);
  await page.emulateMedia({ forcedColors: 'active' });
  const seen = await inShadow(page, 'migration-atlas', (root) => {
    const style = (sel) => getComputedStyle(root.querySelector(sel));
    return {
      selected: style('.ma-tab[aria-selected="true"]').backgroundColor,
      other: style('.ma-tab[aria-selected="false"]').backgroundColor,
      window: [style('.ma-window-rect').stroke, style('.ma-window-rect').strokeWidth],
      canvas: getComputedStyle(root.querySelector('.ma-root')).backgroundColor,
      mark: root.querySelector('.ma-item.ma-selected') && style('.ma-item.ma-selected .ma-point, .ma-item.ma-selected .ma-range').stroke,
    };
  });
  assert.notEqual(seen.selected, seen.other, 'the selected tab stands out');
  assert.notEqual(seen.window[0], 'none');
  assert.notEqual(seen.window[0], seen.canvas, 'the overview window is drawn in a colour of its own');
  assert.ok(parseFloat(seen.window[1]) >= 2, `and thick enough: ${seen.window[1]}`);
  assert.equal(seen.window[0], seen.selected, 'in the system highlight');
  if (seen.mark) assert.equal(seen.mark, seen.selected, 'the selected mark too');
  await page.context().close();
});

test('print shows the view with its title, filters in words, legend, sources and link, and no controls', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:map;k:agreement,consular;c:RUS', { width: 1000 });
  await ready(page);
  await page.emulateMedia({ media: 'print' });
  const printed = await inShadow(page, 'migration-atlas', (root) => {
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    const controls = [...root.querySelectorAll('button, input, select, textarea, [role="tab"]')].filter(shown);
    return {
      controls: controls.map((c) => `${c.tagName.toLowerCase()}.${c.className}`),
      // Record names in lists and sortable column titles print as text.
      asText: controls.every((c) => /ma-link|ma-sort/.test(c.className)
        && getComputedStyle(c).borderTopStyle === 'none' && getComputedStyle(c).textDecorationLine === 'none'),
      title: shown(root.querySelector('.ma-title')) && root.querySelector('.ma-title').textContent,
      note: shown(root.querySelector('.ma-print-note')) && root.querySelector('.ma-print-note').textContent,
      legend: [...root.querySelectorAll('.ma-legend-layer')].filter(shown).map((s) => s.dataset.layer),
      map: shown(root.querySelector('.ma-map-svg')),
    };
  });
  assert.equal(printed.title, 'Migration Atlas');
  assert.ok(printed.map, 'the map prints');
  assert.ok(printed.asText, `no controls print: ${printed.controls.join(', ')}`);
  assert.ok(!printed.controls.some((c) => /^(input|select|textarea)/.test(c)), printed.controls.join(', '));
  assert.deepEqual(printed.legend, ['agreements', 'posts'], 'the legend of the layers shown');
  assert.match(printed.note, /View · Map/);
  assert.match(printed.note, /Topics: Agreements, Consular network/);
  assert.match(printed.note, /Countries: Russia/);
  assert.match(printed.note, /CMW\/C\/KGZ\/2/, 'the documents cited');
  assert.match(printed.note, /\d+ records?/);
  assert.match(printed.note, /Link to this view · http:\/\/127\.0\.0\.1:\d+\/www\/article\.html\?atlas=1;v:map;k:agreement,consular;c:RUS/);
  // On screen the note is not there.
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-print-note').getClientRects().length), 0);
  await page.context().close();
});

test('print is light even when the reader\'s scheme is dark', async () => {
  const page = await openDark();
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  assert.equal((await looks(page)).background, 'rgb(255, 255, 255)');
  await page.context().close();
});

async function contrast(page) {
  await page.addScriptTag({ url: AXE });
  return page.evaluate(async () => {
    const r = await window.axe.run({ include: [['migration-atlas']] }, { runOnly: ['color-contrast'] });
    return {
      checked: r.passes.reduce((n, p) => n + p.nodes.length, 0),
      violations: r.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.any.map((a) => a.message).join(' ')}`)),
    };
  });
}

for (const scheme of ['light', 'dark']) {
  test(`no colour-contrast problem in the ${scheme} scheme, in any view or panel`, async () => {
    const context = await h.browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme: scheme });
    const seen = [];
    for (const state of ['1;v:timeline;sel:RUS', '1;v:map;sel:RUS', '1;v:table', '1;v:table;k:agreement']) {
      const page = await context.newPage();
      await page.goto(`${h.base}/www/article.html?atlas=${state}`);
      await ready(page);
      if (state.endsWith('agreement')) {
        await inShadow(page, 'migration-atlas', (root) => root.querySelector('button[data-panel="filters"]').click());
        await waitIn(page, (root) => root.querySelector('.ma-panel'));
      }
      const { checked, violations } = await contrast(page);
      assert.ok(checked > 50, `axe checked ${checked} nodes`);
      seen.push(...violations.map((v) => `${state}: ${v}`));
      await page.close();
    }
    assert.deepEqual(seen, []);
    await context.close();
  });
}
