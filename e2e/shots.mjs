// Screenshots of the main views for the README: `./run build && node e2e/shots.mjs` writes docs/*.png.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, '../dist');
const docs = path.resolve(here, '../docs');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const f = path.join(dist, new URL(req.url, 'http://x').pathname.replace(/\/$/, '/index.html'));
  if (!f.startsWith(dist) || !fs.existsSync(f)) { res.writeHead(404); return res.end(); }
  res.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream' });
  fs.createReadStream(f).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
async function open(colorScheme, url = base, viewport = { width: 1400, height: 1000 }) {
  const page = await browser.newPage({ viewport, colorScheme });
  await page.goto(url);
  await page.waitForSelector('#app[data-ready="true"]:not([data-busy])');
  return page;
}
let page = await open('light');
await page.screenshot({ path: path.join(docs, 'screenshot.png') });
await page.locator('[data-testid="conflicts"] li button').first().click();
await page.locator('[data-testid="compare-view"]').screenshot({ path: path.join(docs, 'story-diff.png') });
await page.locator('[data-testid="source-item"]').nth(2).locator('.select').click();
await page.locator('[data-testid="figure-list"] button').first().click();
await page.waitForTimeout(400);
await page.locator('#panes').screenshot({ path: path.join(docs, 'article-view.png') });
page = await open('dark');
await page.screenshot({ path: path.join(docs, 'dark.png') });
await browser.close();
server.close();
