// Issue 15 (evidence at hand): a citation opens to its paragraph, fetched from the widget's
// own folder only then, with what the record relies on marked; citations and views are
// copied in UN style; the records shown download as CSV and JSON, the map and timeline as
// SVG and PNG; the evidence sheet prints without a single control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { setUp, ready, clickIn, waitIn, inShadow, until } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const root = new URL('../../', import.meta.url);

/** Every mark of every paragraphs file: { doc, key, record, text }. */
function marks() {
  const out = [];
  for (const name of readdirSync(new URL('data/paragraphs/', root))) {
    const doc = name.replace(/\.txt$/, '');
    let key = null;
    for (const line of readFileSync(new URL(`data/paragraphs/${name}`, root), 'utf8').split('\n')) {
      if (line.startsWith('@ ')) key = line.slice(2);
      if (line.startsWith('= ')) {
        const [record, , , text] = line.slice(2).split('\t');
        out.push({ doc, key, record, text });
      }
    }
  }
  return out;
}

/** The rows of a CSV text (RFC 4180: quoted cells, doubled quotes, line breaks inside). */
function parseCsv(text) {
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (ch === '"') quoted = false; else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { rows.at(-1).push(cell); cell = ''; } else if (ch === '\r') continue;
    else if (ch === '\n') { rows.at(-1).push(cell); cell = ''; rows.push([]); } else cell += ch;
  }
  if (cell || rows.at(-1).length) rows.at(-1).push(cell);
  return rows.filter((r) => r.length > 1 || r[0]);
}

/** A statistic's value as data/statistics.csv writes it. */
function valueOf(id) {
  const [header, ...rows] = parseCsv(readFileSync(new URL('data/statistics.csv', root), 'utf8'));
  const row = rows.find((r) => r[0] === id);
  return Number(row[header.indexOf('value')]);
}

/** A marked figure read as the citation checker reads numbers. */
function readNumber(text) {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const words = { nine: 9, five: 5, three: 3, two: 2, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
  let m = t.match(/^([\d.,]+) million (\d+) thousand$/);
  if (m) return Number(m[1].replace(',', '.')) * 1e6 + Number(m[2]) * 1e3;
  m = t.match(/^([\d.,]+) (thousand|million|billion)$/);
  if (m) return Number(m[1].replace(/,/g, '')) * { thousand: 1e3, million: 1e6, billion: 1e9 }[m[2]];
  if (t in words) return words[t];
  return Number(t.replace(/[, ]/g, ''));
}

const paragraphRequests = () => h.requests.filter((u) => /paragraphs-[^/]*\.txt/.test(u));

/** Opens the detail of `record` in a fresh page; returns the page. */
async function detail(record, { lang = 'en' } = {}) {
  const page = await h.open(`/www/article.html?atlas=1;v:table;l:${lang};sel:${record}`, { width: 1300 });
  await ready(page);
  await waitIn(page, (root) => root.querySelector('.ma-detail .ma-cite-toggle'));
  return page;
}

test('a citation of each of the five documents opens to its paragraph, fetched only then, with the figure marked', async () => {
  const all = marks();
  const docs = [...new Set(all.map((m) => m.doc))].sort();
  assert.equal(docs.length, 5, `five documents: ${docs}`);
  for (const doc of docs) {
    // A figure where the document has one marked, else an event's year.
    const mark = all.find((m) => m.doc === doc && m.record.startsWith('st-')) || all.find((m) => m.doc === doc && m.record.startsWith('ev-'));
    assert.ok(mark, `${doc}: a record with a marked paragraph`);
    const before = paragraphRequests().length;
    const page = await detail(mark.record);
    assert.equal(paragraphRequests().length, before, `${doc}: nothing quoted is fetched before a citation is opened`);
    const opened = await inShadow(page, 'migration-atlas', (root, m) => {
      const toggles = [...root.querySelectorAll('.ma-detail .ma-cite-toggle')];
      const key = new RegExp(`(?:para\\. ${m.key}(?:\\([a-z]\\))?|^[^,]+)$`);
      const toggle = toggles.find((t) => t.dataset.source === m.doc && (m.key === 'header' ? !/para\./.test(t.textContent) : key.test(t.textContent.trim())));
      if (!toggle) return null;
      toggle.click();
      return toggle.getAttribute('aria-controls');
    }, mark);
    assert.ok(opened, `${doc}: ${mark.record} has a citation of paragraph ${mark.key}`);
    const shown = await waitIn(page, (root, id) => {
      const box = root.getElementById(id);
      const quote = box?.querySelector('blockquote');
      return quote && {
        lang: quote.lang,
        marks: [...quote.querySelectorAll('mark')].map((m) => m.textContent.replace(/\s+/g, ' ')),
        expanded: root.querySelector(`[aria-controls="${id}"]`).getAttribute('aria-expanded'),
        text: quote.textContent.length,
      };
    }, opened);
    assert.equal(shown.lang, 'en', `${doc}: the quotation says its language`);
    assert.equal(shown.expanded, 'true');
    assert.ok(shown.text > 20, `${doc}: the whole paragraph is shown`);
    assert.ok(shown.marks.includes(mark.text), `${doc}: "${mark.text}" marked in ${JSON.stringify(shown.marks)}`);
    if (mark.record.startsWith('st-')) {
      assert.equal(readNumber(mark.text), valueOf(mark.record), `${doc}: the mark reads the record's figure`);
    } else {
      assert.match(mark.text, /^\d{4}$/, `${doc}: an event's year`);
    }
    const fetched = paragraphRequests().slice(before);
    assert.deepEqual(fetched.map((u) => new URL(u).pathname), [`/pkg/paragraphs-${doc}.txt.lzma`], `${doc}: one file, from the widget's folder`);
    assert.ok(fetched.every((u) => new URL(u).origin === h.base), 'never from another host');
    // Closing and opening again fetches nothing more: the document is kept.
    await clickIn(page, `[aria-controls="${opened}"]`);
    await clickIn(page, `[aria-controls="${opened}"]`);
    await waitIn(page, (root, id) => root.getElementById(id)?.querySelector('mark'), opened);
    assert.equal(paragraphRequests().length, before + 1, `${doc}: fetched once`);
    await page.context().close();
  }
  assert.deepEqual(h.problems, []);
});

test('Copy citation puts a UN-style citation with the title and date on the clipboard, in the reader\'s language', async () => {
  for (const [lang, expected] of [['en', 'CMW/C/KGZ/2, para. 31 — Second periodic report'], ['ru', 'CMW/C/KGZ/2, п. 31 — '], ['ky', 'CMW/C/KGZ/2, п. 31 — ']]) {
    const page = await detail('st-citizens-abroad-rus-2022', { lang });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
    await clickIn(page, '.ma-detail [data-copy-cite]');
    await waitIn(page, (root) => root.querySelector('.ma-detail .ma-cite-row [role=status]')?.textContent);
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.ok(text.startsWith(expected), `${lang}: ${text}`);
    assert.ok(text.includes('2023'), `${lang}: the document's date: ${text}`);
    assert.ok(text.endsWith('https://undocs.org/CMW/C/KGZ/2'), `${lang}: ${text}`);
    await page.context().close();
  }
});

async function openShare(page) {
  await clickIn(page, 'button[data-panel="share"]');
  await waitIn(page, (root) => root.querySelector('[data-export="csv"]'));
}

/** Clicks the export button `kind` and returns the download's bytes. */
async function download(page, kind) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 15000 }),
    clickIn(page, `[data-export="${kind}"]`),
  ]);
  assert.equal(await file.failure(), null, `${kind}: downloaded`);
  return { name: file.suggestedFilename(), body: readFileSync(await file.path()) };
}

test('Cite this view copies a sentence with the count, the filters in words and the link', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;k:agreement;c:RUS', { width: 1300 });
  await ready(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  await openShare(page);
  const link = await inShadow(page, 'migration-atlas', (root) => root.querySelector('#ma-share-link').value);
  await clickIn(page, '[data-copy="ma-cite-view"]');
  await until(page, () => navigator.clipboard.readText().then((t) => t.startsWith('Migration Atlas:')));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /^Migration Atlas: \d+ of [\d,]+ records \(Topics: Agreements; Countries: Russia\)\. Sources dated 2015–2023\. /);
  assert.ok(text.endsWith(link), text);
  await page.context().close();
});

test('CSV and JSON hold exactly the records shown, with their citations', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;k:agreement;c:RUS', { width: 1300 });
  await ready(page);
  // The table's code arrives after the widget is ready: its rows first, so the loop below
  // does not look for "Show more" before the table is there (it then found none, and the
  // wait after it timed out once the button came).
  await waitIn(page, (root) => root.querySelector('.ma-table tbody tr'));
  // Every row shown, as a reader would ask for them ("Show more" until there is none).
  for (let i = 0; i < 20 && await inShadow(page, 'migration-atlas', (root) => !!root.querySelector('.ma-more')); i++) {
    await clickIn(page, '.ma-more');
  }
  const shown = await waitIn(page, (root) => {
    const rows = [...root.querySelectorAll('.ma-table tbody tr')];
    return rows.length && !root.querySelector('.ma-more') && { ids: rows.map((r) => r.dataset.id), status: root.querySelector('.ma-status').textContent };
  });
  assert.equal(Number(shown.status.match(/Showing ([\d,]+)/)[1].replace(/,/g, '')), shown.ids.length);
  await openShare(page);
  const csv = await download(page, 'csv');
  assert.equal(csv.name, 'migration-atlas.csv');
  const text = csv.body.toString('utf8');
  assert.ok(text.startsWith('\ufeffid,kind,date,'), 'a header after the byte-order mark');
  const [header, ...rows] = parseCsv(text.replace(/^\ufeff/, ''));
  assert.deepEqual(rows.map((r) => r[0]), shown.ids, 'the rows are the records shown, in the table\'s order');
  assert.ok(rows.every((r) => r.length === header.length), 'every row has every column');
  const citations = header.indexOf('citations');
  assert.ok(rows.every((r) => /para\.|header|report|record/.test(r[citations]) || r[citations].length > 3), 'each row cites');
  const json = JSON.parse((await download(page, 'json')).body.toString('utf8'));
  assert.equal(json.count, shown.ids.length);
  assert.deepEqual(json.records.map((r) => r.id), shown.ids);
  assert.ok(json.records.every((r) => r.citations.length > 0 && r.citations[0].citation));
  assert.match(json.filters, /Topics: Agreements; Countries: Russia/);
  assert.match(json.link, /atlas=1;v:table;k:agreement;c:RUS/);
  await page.context().close();
});

/** Width and height from a PNG's header. */
function pngSize(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG signature');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const view of ['map', 'timeline']) {
  test(`the ${view} downloads as an SVG with its legend and link, and as a PNG of its size`, async () => {
    const page = await h.open(`/www/article.html?atlas=1;v:${view};c:RUS`, { width: 1300 });
    await ready(page);
    const selector = view === 'map' ? '.ma-map-svg' : '.ma-timeline-svg';
    // The map's outlines are a file of their own: the picture is taken once they are drawn.
    if (view === 'map') await waitIn(page, (root) => root.querySelector('.ma-countries path[data-code="KGZ"]'));
    const size = await waitIn(page, (root, sel) => {
      const r = root.querySelector(sel)?.getBoundingClientRect();
      return r && r.width > 0 && { width: Math.round(r.width), height: Math.round(r.height) };
    }, selector);
    // A key reads as its label and its count, as the screen sets them apart (issue 12).
    const legend = await inShadow(page, 'migration-atlas', (root) =>
      [...root.querySelectorAll('.ma-legend .ma-keys li')].slice(0, 3)
        .map((li) => [...li.children].filter((c) => c.tagName !== 'svg').map((c) => c.textContent.trim()).join(' · ')));
    await openShare(page);
    const link = await inShadow(page, 'migration-atlas', (root) => root.querySelector('#ma-share-link').value);
    const svg = await download(page, 'svg');
    assert.equal(svg.name, `migration-atlas-${view}.svg`);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const error = doc.querySelector('parsererror');
      return {
        error: error && error.textContent,
        width: doc.documentElement.getAttribute('width'),
        height: doc.documentElement.getAttribute('height'),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        link: doc.querySelector('a')?.getAttribute('href'),
        kyrgyzstan: doc.querySelector('path[data-code="KGZ"]')?.getAttribute('d')?.slice(0, 1),
      };
    }, svg.body.toString('utf8'));
    if (view === 'map') assert.equal(parsed.kyrgyzstan, 'M', 'the countries\' outlines are in the picture');
    assert.equal(parsed.error, null, 'the SVG parses');
    assert.equal(Number(parsed.width), size.width, 'as wide as the view');
    const texts = parsed.texts.join('\n');
    assert.ok(texts.includes(`Migration Atlas — ${view === 'map' ? 'Map' : 'Timeline'}`), 'a title');
    assert.ok(texts.includes('Countries: Russia'), 'the filters in words');
    assert.ok(texts.includes('Sources dated 2015–2023'), "the data's date");
    assert.ok(texts.includes('Data: UN documents'), 'the source line');
    assert.equal(parsed.link, link, 'the link that reopens the view');
    assert.ok(texts.replace(/\n/g, '').includes(link), 'the link written out');
    if (view === 'map') {
      for (const entry of legend) assert.ok(texts.includes(entry), `legend entry ${entry}`);
    } else {
      for (const lane of ['Agreements', 'Laws and policy', 'Consular network']) assert.ok(texts.includes(lane), `legend ${lane}`);
    }
    const png = await download(page, 'png');
    assert.equal(png.name, `migration-atlas-${view}.png`);
    assert.deepEqual(pngSize(png.body), { width: size.width, height: Number(parsed.height) }, 'the view\'s width, the picture\'s height');
    await page.context().close();
  });
}

test('a picture of the timeline taken after ticking a topic holds only the marks shown', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:timeline', { width: 1300 });
  await ready(page);
  await clickIn(page, 'button[data-panel="filters"]');
  await clickIn(page, 'label[data-key="agreement"] input');
  // The other lanes' marks are still in the page, hidden, ready to be shown again.
  await waitIn(page, (root) => root.querySelector('.ma-kept .ma-item'));
  const shown = await inShadow(page, 'migration-atlas', (root) =>
    [...root.querySelectorAll('.ma-timeline-svg .ma-item')].filter((g) => g.checkVisibility({ opacityProperty: true })).map((g) => g.dataset.id).sort());
  assert.ok(shown.length >= 3, JSON.stringify(shown));
  await openShare(page);
  const svg = await download(page, 'svg');
  const inPicture = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { ids: [...doc.querySelectorAll('.ma-item')].map((g) => g.dataset.id).sort(), kept: doc.querySelectorAll('.ma-kept').length };
  }, svg.body.toString('utf8'));
  assert.deepEqual(inPicture, { ids: shown, kept: 0 });
  await page.context().close();
});

/** Visible elements inside the widget that a reader could operate. */
const visibleControls = (page) => inShadow(page, 'migration-atlas', (root) =>
  [...root.querySelectorAll('button, input, select, textarea, [role=button], [role=tab], [tabindex]')]
    .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => e.outerHTML.slice(0, 80)));

test('the evidence sheet of the records shown prints with their quoted paragraphs and no controls', async () => {
  const page = await h.open('/www/article.html?atlas=1;v:table;k:agreement;c:KAZ', { width: 1300 });
  await ready(page);
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
  const ids = await waitIn(page, (root) => {
    const rows = [...root.querySelectorAll('.ma-table tbody tr')];
    return rows.length && !root.querySelector('.ma-more') && rows.map((r) => r.dataset.id);
  });
  assert.ok((await visibleControls(page)).length > 5, 'on screen the widget has controls');
  await clickIn(page, '.ma-table-actions [data-print="shown"]');
  await until(page, () => window.printed === 1, null, 15000);
  const sheet = await inShadow(page, 'migration-atlas', (root) => {
    const s = root.querySelector('.ma-print');
    return {
      records: s.querySelectorAll('.ma-print-record').length,
      quotes: [...s.querySelectorAll('blockquote')].map((q) => q.lang),
      marks: s.querySelectorAll('mark').length,
      text: s.textContent,
      link: s.querySelector('a')?.getAttribute('href'),
      onScreen: s.getClientRects().length,
    };
  });
  assert.equal(sheet.onScreen, 0, 'the sheet is for print only');
  assert.equal(sheet.records, ids.length);
  assert.ok(sheet.quotes.length >= ids.length && sheet.quotes.every((l) => l === 'en'), 'every citation quoted, in English');
  assert.ok(sheet.marks > 0, 'with what the records rely on marked');
  assert.match(sheet.text, /Filters: Topics: Agreements; Countries: Kazakhstan/);
  assert.match(sheet.link, /atlas=1;v:table;k:agreement;c:KAZ/);
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), [], 'no control is printed');
  const printed = await inShadow(page, 'migration-atlas', (root) => ({
    sheet: root.querySelector('.ma-print').getClientRects().length > 0,
    views: [...root.querySelectorAll('.ma-table, .ma-toolbar, .ma-header, .ma-status')].filter((e) => e.getClientRects().length).length,
  }));
  assert.deepEqual(printed, { sheet: true, views: 0 }, 'only the sheet prints');
  // The dialog closing takes the sheet away.
  await page.emulateMedia({ media: 'screen' });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await waitIn(page, (root) => !root.querySelector('.ma-print'));
  await page.context().close();
});

test('a record detail prints its own evidence sheet', async () => {
  const page = await detail('st-adc-migrants-abroad-2022-02');
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed || 0) + 1; }; });
  await clickIn(page, '.ma-detail [data-print="record"]');
  await until(page, () => window.printed === 1, null, 15000);
  const sheet = await inShadow(page, 'migration-atlas', (root) => ({
    records: root.querySelectorAll('.ma-print .ma-print-record').length,
    marks: [...root.querySelectorAll('.ma-print mark')].map((m) => m.textContent),
  }));
  assert.equal(sheet.records, 1);
  assert.ok(sheet.marks.includes('1 million 118 thousand'), JSON.stringify(sheet.marks));
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), []);
  await page.context().close();
  assert.deepEqual(h.problems, []);
});
