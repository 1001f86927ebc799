// Entity tagging speed inside headless Chromium: Crossread's wasm `entities(text)` against the
// compromise NLP library (npm `compromise`, people + places + organisations), both on the five
// seed articles, in the same page and the same run, so the ratio holds whatever the machine.
// Usage (after `./run build`): node e2e/bench-ner.mjs  [DIST=path/to/dist]
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, process.env.DIST || '../dist');
const seeds = fs.readdirSync(path.resolve(here, '../www/demo')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.resolve(here, '../www/demo', f), 'utf8'));
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1)) || 'index.html';
  const file = path.join(dist, rel);
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const ctx = await browser.newContext({ bypassCSP: true });
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
await page.waitForSelector('#app[data-ready="true"]', { timeout: 20000 });
await page.addScriptTag({ path: path.resolve(here, 'node_modules/compromise/builds/compromise.js') });
const result = await page.evaluate(async (texts) => {
  const cr = window.wasmBindings;
  // tokens as Crossread's tagger counts them: words, numbers, and each other non-space character
  const tokens = texts.reduce((n, t) => n + (t.match(/[\p{L}\p{N}]+(?:[-'.,/][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu) || []).length, 0);
  const ours = () => texts.reduce((n, t) => n + cr.entities(t).length, 0);
  const peer = () => texts.reduce((n, t) => {
    const d = window.nlp(t);
    return n + d.people().length + d.places().length + d.organizations().length;
  }, 0);
  const time = (f) => {
    f(); f(); // warm up (the first call loads the model)
    const runs = [];
    for (let k = 0; k < 15; k++) { const t0 = performance.now(); f(); runs.push(performance.now() - t0); }
    runs.sort((a, b) => a - b);
    return runs[7];
  };
  const ms = time(ours), pms = time(peer);
  return { tokens, found: ours(), peerFound: peer(), ms, pms };
}, seeds);
console.log(`five seed articles, ${result.tokens} tokens, median of 15 passes in Chromium`);
console.log(`crossread entities(): ${result.ms.toFixed(2)} ms a pass, ${Math.round(result.tokens / result.ms * 1000)} tokens/s, ${result.found} mentions`);
console.log(`compromise people+places+organizations: ${result.pms.toFixed(2)} ms a pass, ${Math.round(result.tokens / result.pms * 1000)} tokens/s, ${result.peerFound} mentions`);
console.log(`ratio: crossread is ${(result.pms / result.ms).toFixed(2)}x the speed of compromise`);
await browser.close();
server.close();
