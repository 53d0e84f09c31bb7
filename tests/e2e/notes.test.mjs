// The records' summaries and the figures' notes are a file of their own per language
// (pkg/notes-<lang>.txt.lzma), fetched when a reader first opens a record, searches, opens the
// disagreements or exports, never for the first screen (titles only): one request per page
// and language, from the widget's folder. A failed request says so in the reader's language
// with a retry, and nothing shows an empty summary as if there were none.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { setUp, ready, inShadow, waitIn, clickIn, hold } from './harness.mjs';

let h;
before(async () => { h = await setUp(); });
after(async () => { await h.tearDown(); });

const noteRequests = () => h.requests.filter((u) => /\/notes-\w+\.txt\.lzma$/.test(new URL(u).pathname));

/** The detail's summary row (its label and value), once it has a value. */
const summaryShown = (page) => waitIn(page, (root) => {
  const row = [...root.querySelectorAll('.ma-detail .ma-facts dt')].find((dt) => /Описание|Summary|Кыскача/.test(dt.textContent));
  const value = row?.nextElementSibling?.textContent;
  return value ? value : null;
});

const RU_TURKEY = 'agr-tur-social-security-2018';

test('a Russian reader of the timeline downloads no summaries; opening a record fetches them once and shows its summary', async () => {
  const first = noteRequests().length;
  const page = await h.open('/www/article.html?atlas=1;l:ru;v:timeline');
  await ready(page);
  await waitIn(page, (root) => root.querySelector('.ma-timeline-svg .ma-item'));
  await page.waitForTimeout(500);
  assert.equal(noteRequests().length, first, 'no summaries for the first screen');
  await clickIn(page, '.ma-timeline-svg .ma-item');
  const summary = await summaryShown(page);
  assert.match(summary, /[а-яё]{4}/i, `a Russian summary: ${summary}`);
  const fetched = noteRequests().slice(first).map((u) => new URL(u));
  assert.deepEqual(fetched.map((u) => u.pathname), ['/pkg/notes-ru.txt.lzma'], 'one file, beside the widget, in the reader\'s language');
  assert.equal(fetched[0].origin, h.base, 'never from another host');
  // Another record: already here.
  await page.keyboard.press('Escape');
  await waitIn(page, (root) => !root.querySelector('.ma-detail'));
  const marks = await inShadow(page, 'migration-atlas', (root) => root.querySelectorAll('.ma-timeline-svg .ma-item').length);
  assert.ok(marks > 1);
  await page.locator('migration-atlas .ma-timeline-svg .ma-item').nth(1).click();
  await summaryShown(page);
  assert.equal(noteRequests().length, first + 1, 'fetched once');
  await page.context().close();
});

test('while the summaries load, the detail says so, titled and usable', async () => {
  const page = await h.open('/www/article.html?atlas=1;l:ru;v:timeline');
  await ready(page);
  const release = await hold(page, '**/notes-ru.txt.lzma');
  await clickIn(page, '.ma-timeline-svg .ma-item');
  const waiting = await waitIn(page, (root) => {
    const line = root.querySelector('.ma-detail .ma-notes-loading');
    return line && {
      line: line.textContent,
      rows: root.querySelectorAll('.ma-detail .ma-facts dt').length,
      title: root.querySelector('.ma-detail .ma-detail-title')?.textContent,
    };
  });
  assert.equal(waiting.line, 'Загрузка описаний…');
  assert.ok(waiting.title, 'the record is there, titled');
  assert.ok(waiting.rows > 2, 'its facts are there');
  release();
  assert.match(await summaryShown(page), /[а-яё]{4}/i);
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-detail .ma-notes-loading')), null);
  await page.context().close();
});

test('a Russian search finds a record by a word only its summary has', async () => {
  const first = noteRequests().length;
  const page = await h.open('/www/article.html?atlas=1;l:ru;v:table');
  await ready(page);
  await page.locator('migration-atlas .ma-search input').fill('погребение');
  const ids = await waitIn(page, (root) => {
    const rows = [...root.querySelectorAll('.ma-table tr[data-id]')].map((tr) => tr.dataset.id);
    return rows.length === 1 ? rows : null;
  });
  assert.deepEqual(ids, [RU_TURKEY], 'the social security agreement with Türkiye, by its summary');
  assert.equal(noteRequests().length, first + 1);
  await page.context().close();
});

test('a shared Russian link to a record on an English page shows its summary, and fetches Russian texts only', async () => {
  const seen = h.requests.length;
  // The iframe page: English, with no preload hints of its own (the article page preloads
  // text-en.txt.lzma, as its host chose).
  const page = await h.open(`/www/embed.html?atlas=1;l:ru;sel:${RU_TURKEY}`);
  await ready(page);
  const summary = await summaryShown(page);
  assert.match(summary, /погребение/);
  const texts = h.requests.slice(seen).map((u) => new URL(u).pathname).filter((p) => /\/(text|notes)-/.test(p));
  assert.deepEqual(texts.sort(), ['/pkg/notes-ru.txt.lzma', '/pkg/text-ru.txt.lzma'], 'the link\'s language, not the page\'s');
  await page.context().close();
});

test('switching language with a record open shows its summary in the new language, that language\'s file fetched once', async () => {
  const first = noteRequests().length;
  const page = await h.open(`/www/article.html?atlas=1;l:ru;sel:${RU_TURKEY}`);
  await ready(page);
  assert.match(await summaryShown(page), /погребение/);
  await page.locator('migration-atlas .ma-lang select').selectOption('ky');
  const ky = await waitIn(page, (root) => {
    const dd = [...root.querySelectorAll('.ma-detail .ma-facts dt')].find((dt) => dt.textContent === 'Кыскача мазмуну')?.nextElementSibling;
    return dd?.textContent;
  });
  assert.match(ky, /сөөк коюу/, 'the Kyrgyz summary');
  const files = noteRequests().slice(first).map((u) => new URL(u).pathname);
  assert.deepEqual(files, ['/pkg/notes-ru.txt.lzma', '/pkg/notes-ky.txt.lzma']);
  await page.context().close();
});

test('a failed request says so in the reader\'s language; Try again brings the summary', async () => {
  const problems = h.problems.length;
  const page = await h.open('/www/article.html?atlas=1;l:ru;v:timeline');
  await ready(page);
  let failing = true;
  await page.route('**/notes-ru.txt.lzma', (route) => (failing
    ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
    : route.continue()));
  await clickIn(page, '.ma-timeline-svg .ma-item');
  const shown = await waitIn(page, (root) => {
    const box = root.querySelector('.ma-detail [role=alert]');
    return box && { text: box.querySelector('p').textContent, button: box.querySelector('button').textContent };
  });
  assert.equal(shown.text, 'Не удалось загрузить описания. Проверьте подключение и повторите попытку.');
  assert.equal(shown.button, 'Повторить');
  assert.ok(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-detail .ma-detail-title')?.textContent), 'the detail stays, with its title');
  failing = false;
  await clickIn(page, '.ma-detail [role=alert] button');
  assert.match(await summaryShown(page), /[а-яё]{4}/i);
  assert.equal(await inShadow(page, 'migration-atlas', (root) => root.querySelector('.ma-detail [role=alert]')), null, 'the message is gone');
  // The failure was reported to the console; nothing else went wrong.
  const reported = h.problems.splice(problems);
  assert.ok(reported.length > 0 && reported.every((p) => /notes-ru\.txt|status of 404/.test(p)), reported.join('\n'));
  await page.context().close();
});

test('the CSV of the records shown carries their summaries', async () => {
  const page = await h.open(`/www/article.html?atlas=1;l:ru;v:table;q:погребение`);
  await ready(page);
  await clickIn(page, 'button[data-panel="share"]');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), page.locator('migration-atlas [data-export="csv"]').click()]);
  const csv = readFileSync(await file.path(), 'utf8');
  const lines = csv.trim().split('\n');
  assert.equal(lines.length, 2, csv.slice(0, 500));
  assert.match(lines[1], /погребение/);
  await page.context().close();
});
