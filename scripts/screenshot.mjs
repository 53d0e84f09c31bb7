// Screenshots for reviewing a change in looks.
//
//   node scripts/screenshot.mjs [--out DIR] [--views map,table] [--langs ru] [--widths 375]
//                               [--schemes dark] [--print]
//       every view (timeline, map, table) in en and ru, at 375, 800 and 1,400 px, in the
//       light and the dark scheme: DIR/<view>-<lang>-<width>-<scheme>.png (DIR defaults to
//       screenshots/, which git ignores). --print adds each view as printed (print media,
//       800 px): DIR/<view>-<lang>-print.png. Options narrow the set.
//   node scripts/screenshot.mjs PATH OUT [WIDTH] [HEIGHT]
//       one page of the demo server, e.g. /www/article.html (ACTION: a script to run first;
//       FULL=1: the whole page).
//
// The widget is shown through the iframe page (www/embed.html), which fills the window, so
// the window's width is the widget's. The scheme is the reader's (prefers-color-scheme), as
// a browser set to dark would report it.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

const argv = process.argv.slice(2);
const server = await startServer(0);
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });

/** Waits (up to 20 s) for the widget's ready attribute and for its fonts and layout to settle. */
async function settle(page) {
  await page.waitForSelector('migration-atlas[ready]', { state: 'attached', timeout: 20000 });
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(400);
}

try {
  if (argv.length && !argv[0].startsWith('--')) {
    const [path = '/www/article.html', out = '/tmp/shot.png', width = '1000', height = '1200'] = argv;
    const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
    await page.goto(base + path);
    await settle(page).catch(() => {});
    if (process.env.ACTION) await page.evaluate(process.env.ACTION);
    await page.waitForTimeout(300);
    await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
  } else {
    const option = (name, fallback) => {
      const i = argv.indexOf(`--${name}`);
      return i >= 0 && argv[i + 1] ? argv[i + 1].split(',') : fallback;
    };
    const out = option('out', ['screenshots'])[0];
    const views = option('views', ['timeline', 'map', 'table']);
    const langs = option('langs', ['en', 'ru']);
    const widths = option('widths', ['375', '800', '1400']).map(Number);
    const schemes = option('schemes', ['light', 'dark']);
    mkdirSync(out, { recursive: true });
    const shots = [];
    for (const view of views) {
      for (const lang of langs) {
        for (const width of widths) {
          for (const scheme of schemes) shots.push({ view, lang, width, scheme, media: 'screen' });
        }
        if (argv.includes('--print')) shots.push({ view, lang, width: 800, scheme: 'light', media: 'print' });
      }
    }
    for (const s of shots) {
      const context = await browser.newContext({ viewport: { width: s.width, height: 900 }, colorScheme: s.scheme });
      const page = await context.newPage();
      await page.emulateMedia({ media: s.media, colorScheme: s.scheme });
      await page.goto(`${base}/www/embed.html?view=${s.view}&lang=${s.lang}`);
      await settle(page);
      const name = s.media === 'print' ? `${s.view}-${s.lang}-print.png` : `${s.view}-${s.lang}-${s.width}-${s.scheme}.png`;
      await page.screenshot({ path: join(out, name), fullPage: true });
      console.log(join(out, name));
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
