// Takes a PNG of a demo page, for looking at a change: node scripts/screenshot.mjs PATH OUT [WIDTH] [HEIGHT]
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';

const [path = '/www/article.html', out = '/tmp/shot.png', width = '1000', height = '1200'] = process.argv.slice(2);
const server = await startServer(0);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
await page.waitForSelector('migration-atlas[ready]', { state: 'attached', timeout: 20000 }).catch(() => {});
await page.waitForTimeout(300);
if (process.env.ACTION) await page.evaluate(process.env.ACTION);
await page.waitForTimeout(300);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
server.close();
