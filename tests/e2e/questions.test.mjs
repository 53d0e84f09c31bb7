// Issue 11, item 8: the five questions a reader brought to the widget, asked as a person
// would (mouse clicks and keys on the interface, never a URL that sets the view), each
// answer checked against the data files themselves. Every test counts the clicks and keys
// it takes and prints them (`node --test` shows them as diagnostics).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, ready, waitIn, inShadow } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

// ---- The data, read straight from data/ (an oracle independent of the widget's code) ----

/** Rows of a CSV file of data/ as objects (quoted cells, commas and quotes inside them). */
function csv(name) {
  const text = readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
  const rows = [];
  let row = [], cell = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  const [head, ...body] = rows;
  return body.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
  'September', 'October', 'November', 'December'];
/** A data date as the widget writes it in English ("2000", "May 2015", "22 January 1993"). */
function englishDate(d) {
  if (!d) return '—';
  const [y, m, day] = d.split('-').map(Number);
  if (!m) return String(y);
  if (!day) return `${MONTHS[m - 1]} ${y}`;
  return `${day} ${MONTHS[m - 1]} ${y}`;
}
const vocabulary = csv('text/en/vocabulary.csv');
const label = (kind, key) => vocabulary.find((v) => v.vocabulary === kind && v.key === key)?.label;
const capitalised = (s) => s.charAt(0).toUpperCase() + s.slice(1);

/** The first and last day a data date can mean, as comparable `YYYYMMDD` numbers. */
const first = (d) => { const [y, m = 1, day = 1] = d.split('-').map(Number); return y * 10000 + (m || 1) * 100 + (day || 1); };
const last = (d) => { const [y, m = 12, day = 31] = d.split('-').map(Number); return y * 10000 + (m || 12) * 100 + (day || 31); };
/** Whether a record dated from `a` to `b` (data dates; `b` may be empty) reaches into 2022. */
const in2022 = (a, b) => Boolean(a) && first(a) <= 20221231 && last(b || a) >= 20220101;

// ---- The reader ----

/** A reader of the widget on `page`: clicks and keys, counted. */
function reader(page) {
  const count = { clicks: 0, keys: 0 };
  const at = (selector) => page.locator(`migration-atlas ${selector}`).first();
  return {
    count,
    async click(selector, options) {
      await at(selector).click(options);
      count.clicks += 1;
    },
    async type(text) {
      await page.keyboard.type(text, { delay: 15 });
      count.keys += [...text].length;
    },
    async press(key) {
      await page.keyboard.press(key);
      count.keys += 1;
    },
  };
}

/** The rows of the table section of `kind`: id and the text of every cell by column. */
const rowsOf = (page, kind) => inShadow(page, 'migration-atlas', (root, kind) =>
  [...root.querySelectorAll(`.ma-table-section[data-kind="${kind}"] tbody tr`)].map((tr) => ({
    id: tr.dataset.id,
    cells: Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.dataset.column, td.textContent.trim()])),
  })), kind);
const sectionsShown = (page) => inShadow(page, 'migration-atlas', (root) =>
  [...root.querySelectorAll('.ma-table-section')].map((s) => s.dataset.kind));
/** Clicks every "Show more" of the table until all rows are drawn; returns the clicks. */
async function showAll(page, r) {
  let clicks = 0;
  while (await inShadow(page, 'migration-atlas', (root) => !!root.querySelector('.ma-table-section .ma-more'))) {
    await r.click('.ma-table-section .ma-more');
    clicks += 1;
    assert.ok(clicks < 40, 'Show more never ends');
  }
  return clicks;
}
const statusCount = (page) => inShadow(page, 'migration-atlas', (root) =>
  Number(root.querySelector('.ma-status').textContent.match(/Showing ([\d,]+)/)[1].replace(/,/g, '')));

function report(t, question, count, extra = '') {
  t.diagnostic(`${question}: ${count.clicks} clicks, ${count.keys} keys${extra}`);
}

// ---- The questions ----

const memberships = csv('memberships.csv');
/** Does the agreement bind Russia: Russia is a party, or a member of a party organisation? */
const bindsRussia = (a) => a.parties.split(';').some((p) => p === 'RUS'
  || memberships.some((m) => m.organisation === p && m.country === 'RUS'));

test('(a) which agreements with Russia are in force, and since when', async (t) => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const r = reader(page);
  await r.click('[role=tab][data-view="table"]');
  await r.click('button[data-panel="filters"]');
  await r.click('fieldset[data-facet="c"] label[data-key="RUS"] input');
  await r.click('fieldset[data-facet="st"] label[data-key="in-force"] input');
  const expected = csv('agreements.csv').filter((a) => a.status === 'in force' && bindsRussia(a));
  assert.ok(expected.some((a) => a.id === 'agr-eaeu-treaty'), 'the EAEU Treaty binds Russia');
  await waitIn(page, (root, n) => root.querySelectorAll('.ma-table-section[data-kind="agreement"] tbody tr').length === n, expected.length);
  // Only agreements: the status filter never lists the agreement lane's meetings.
  assert.deepEqual(await sectionsShown(page), ['agreement']);
  const rows = await rowsOf(page, 'agreement');
  assert.deepEqual(rows.map((x) => x.id).sort(), expected.map((a) => a.id).sort());
  for (const row of rows) {
    const a = expected.find((e) => e.id === row.id);
    assert.equal(row.cells.status, 'in force', row.id);
    assert.equal(row.cells.signed, englishDate(a.signed), row.id);
    assert.equal(row.cells['in-force'], englishDate(a.in_force), row.id);
    assert.match(row.cells.parties, /Russia/, `${row.id}: ${row.cells.parties}`);
  }
  report(t, '(a)', r.count, ` to list ${rows.length} agreements in force`);
  // "Ratified" is its own status, explained beside the options, not folded into "in force".
  const explained = await inShadow(page, 'migration-atlas', (root) => root.querySelector('fieldset[data-facet="st"]').textContent);
  assert.match(explained, /Ratified: Kyrgyzstan has ratified it; the documents do not say it has entered into force/);
  await r.click('fieldset[data-facet="st"] label[data-key="ratified"] input');
  const ratified = csv('agreements.csv').filter((a) => a.status === 'ratified' && bindsRussia(a));
  await waitIn(page, (root, n) => root.querySelectorAll('.ma-table-section[data-kind="agreement"] tbody tr').length === n, expected.length + ratified.length);
  const readmission = (await rowsOf(page, 'agreement')).find((x) => x.id === 'agr-rus-readmission-2012');
  assert.equal(readmission?.cells.status, 'ratified');
  await page.context().close();
});

test('(b) how many Kyrgyz citizens are in Russia, and do the sources agree', async (t) => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const r = reader(page);
  await r.click('[role=tab][data-view="map"]');
  await waitIn(page, (root) => root.querySelector('path[data-code="RUS"]'));
  // A point of Russia that no mark or label covers (issue 12's map opens fitted to the
  // records, so what lies where depends on the widget's size), relative to its box.
  const position = await inShadow(page, 'migration-atlas', (root) => {
    const russia = root.querySelector('path[data-code="RUS"]');
    const b = russia.getBoundingClientRect();
    for (let y = b.top + 20; y < b.bottom; y += 10) {
      for (let x = b.left + 20; x < b.right; x += 10) {
        if (root.elementFromPoint(x, y) === russia) return { x: x - b.left, y: y - b.top };
      }
    }
    return null;
  });
  assert.ok(position, 'some of Russia is uncovered');
  // Hovering shows every source's figure in the tooltip (no click).
  await page.locator('migration-atlas path[data-code="RUS"]').hover({ position });
  const tip = await waitIn(page, (root) => root.querySelector('.ma-tip')?.textContent);
  assert.match(tip, /1,063,000/);
  assert.match(tip, /680,599/);
  await r.click('path[data-code="RUS"]', { position });
  // The first detail opened answers: both figures, what each counts, and their sources.
  const detail = await waitIn(page, (root) => root.querySelector('.ma-detail .ma-country-figures') && root.querySelector('.ma-detail'));
  assert.ok(detail);
  const figures = await inShadow(page, 'migration-atlas', (root) => {
    const row = (id) => root.querySelector(`.ma-detail .ma-country-figures tr[data-id="${id}"]`)?.textContent ?? '';
    return {
      title: root.querySelector('.ma-detail-title').textContent,
      state: row('st-citizens-abroad-rus-2022'),
      ngo: row('st-adc-migrants-rus-2022-02'),
      note: root.querySelector('.ma-detail .ma-country-figures .ma-dispute-note')?.textContent ?? '',
    };
  });
  assert.equal(figures.title, 'Russia');
  assert.match(figures.state, /680,599/);
  assert.match(figures.state, /CMW\/C\/KGZ\/2, para\. 31/);
  assert.match(figures.ngo, /1,063,000/);
  assert.match(figures.ngo, /ADC Memorial alternative report, para\. 1/);
  assert.match(figures.note, /Sources disagree/);
  // The map marks Russia as disputed by hatching, not only by a count.
  assert.ok(await inShadow(page, 'migration-atlas', (root) => !!root.querySelector('.ma-hatches path[d]')));
  report(t, '(b)', r.count);
  await page.context().close();
});

test('(c) where are Kyrgyz consulates in Russia', async (t) => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const r = reader(page);
  await r.click('[role=tab][data-view="table"]');
  await r.click('button[data-panel="filters"]');
  await r.click('fieldset[data-facet="k"] label[data-key="consular"] input');
  await r.click('fieldset[data-facet="c"] label[data-key="RUS"] input');
  const expected = csv('posts.csv').filter((p) => p.country === 'RUS');
  await waitIn(page, (root, n) => root.querySelectorAll('.ma-table-section[data-kind="post"] tbody tr').length === n, expected.length);
  const rows = await rowsOf(page, 'post');
  assert.deepEqual(rows.map((x) => x.id).sort(), expected.map((p) => p.id).sort());
  for (const row of rows) {
    const p = expected.find((e) => e.id === row.id);
    assert.equal(row.cells['post-kind'], capitalised(label('post_kind', p.kind)), row.id);
    assert.equal(row.cells.city, p.city || '—', row.id);
    assert.equal(row.cells.status, label('post_status', p.status), row.id);
  }
  // The requested consulate general in Kazan no longer reads like the existing consulate.
  const kazan = rows.filter((x) => x.cells.city === 'Kazan').map((x) => `${x.cells['post-kind']}: ${x.cells.status}`);
  assert.ok(kazan.includes('Consulate general: requested'), kazan.join('; '));
  report(t, '(c)', r.count, ` to list ${rows.length} posts`);
  await page.context().close();
});

test('(d) what happened in 2022', async (t) => {
  const page = await h.open('/www/article.html');
  await ready(page);
  const r = reader(page);
  await r.click('button[data-panel="filters"]');
  await r.click('input[data-year="from"]');
  await r.type('2022');
  await r.press('Tab');
  await r.type('2022');
  await r.click('[role=tab][data-view="table"]');
  const expected = [
    ...csv('events.csv').filter((e) => in2022(e.date, e.end_date)),
    ...csv('agreements.csv').filter((a) => in2022(a.signed || a.in_force, a.in_force)),
    ...csv('posts.csv').filter((p) => in2022(p.date, '')),
    ...csv('statistics.csv').filter((s) => { const [a, b] = s.period.split('/'); return in2022(a, b); }),
  ].map((x) => x.id);
  await waitIn(page, (root) => root.querySelector('.ma-table-section'));
  assert.equal(await statusCount(page), expected.length);
  const more = await showAll(page, r);
  const shown = await inShadow(page, 'migration-atlas', (root) => [...root.querySelectorAll('.ma-table-section tbody tr')].map((tr) => tr.dataset.id));
  assert.deepEqual([...shown].sort(), [...expected].sort());
  // Records without a date are left out, counted, and come back on request.
  const undated = [
    ...csv('agreements.csv').filter((a) => !a.signed && !a.in_force),
    ...csv('posts.csv').filter((p) => !p.date),
    ...csv('statistics.csv').filter((s) => !s.period),
  ].length;
  const note = await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-undated-note')?.textContent ?? '');
  assert.match(note, new RegExp(`^${undated} undated records left out`));
  report(t, '(d)', { clicks: r.count.clicks - more, keys: r.count.keys }, ` (and ${more} "Show more" to read all ${expected.length} rows)`);
  await r.click('.ma-undated-note button');
  await waitIn(page, (root, n) => Number(root.querySelector('.ma-status').textContent.match(/Showing ([\d,]+)/)[1].replace(/,/g, '')) === n, expected.length + undated);
  await page.context().close();
});

test('(e) a copied link reopens the same view in a fresh page', async (t) => {
  const page = await h.open('/www/article.html');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  await ready(page);
  const r = reader(page);
  await r.click('[role=tab][data-view="table"]');
  await r.click('button[data-panel="filters"]');
  await r.click('fieldset[data-facet="c"] label[data-key="RUS"] input');
  await r.click('fieldset[data-facet="st"] label[data-key="in-force"] input');
  await r.click('.ma-table-section[data-kind="agreement"] th button[data-sort="signed"]');
  await waitIn(page, (root) => root.querySelector('th[aria-sort="ascending"] button[data-sort="signed"]'));
  const view = (p) => inShadow(p, 'migration-atlas', (root) => ({
    tab: root.querySelector('[role=tab][aria-selected=true]').dataset.view,
    status: root.querySelector('.ma-status').textContent,
    filters: root.querySelector('button[data-panel="filters"]').textContent,
    rows: [...root.querySelectorAll('.ma-table-section tbody tr')].map((tr) => tr.dataset.id),
    sorted: root.querySelector('th[aria-sort="ascending"] button')?.dataset.sort ?? null,
  }));
  const before = await view(page);
  await r.click('button[data-panel="share"]');
  await r.click('button[data-copy="ma-share-link"]');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /atlas=/);
  await page.context().close();

  const fresh = await h.open(new URL(link).pathname + new URL(link).search);
  await ready(fresh);
  await waitIn(fresh, (root) => root.querySelector('.ma-table-section'));
  assert.deepEqual(await view(fresh), before);
  report(t, '(e)', r.count);
  await fresh.context().close();
});
