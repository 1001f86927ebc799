// Crossread's speed in headless Chromium, against two JavaScript NLP libraries in the same page and
// the same run (so the ratios hold whatever the machine), and the page's own costs.
//
// What it measures:
//   - extraction speed, words/s (words = whitespace-separated tokens, the same count for all):
//       crossread   wasmBindings.analyze(text)       the full pipeline: entities, figures, quotes
//       compromise  nlp(text) then people(), places(), organizations(), numbers(), money(),
//                   percentages(), quotations(), each .out('array')
//       wink-nlp    nlp.readDoc(text) (default pipe, eng-lite-web-model) then
//                   doc.entities().out(its.detail)
//     on two corpora: the five seed articles (www/demo/*.txt) repeated to about 1 MB, and every
//     article of ../shared/data/clusters/*.jsonl (skipped if that folder is missing); each text is
//     analysed separately; one warm-up pass, then the median of 5 passes;
//   - comparing the five seeds: wasmBindings.compare([{id, text} x 5]), median of 20 after warm-up;
//   - first render: navigation start to the demo story shown (fresh context), median of 3 loads;
//   - wasm memory after analysing one ~5 MB article in a fresh page, and that analysis' time (if
//     analyze refuses it as over its size limit, the refusal is printed and the largest seed-built
//     article under the limit is measured instead).
// Targets: crossread >= 35x compromise and >= 1.25x wink (1 MB seeds corpus), seeds compared in
// < 10 ms, first render < 500 ms, 5 MB article < 200 MB of wasm memory.
//
// Usage (after `./run build`): node e2e/bench.mjs   (or `npm run bench --prefix e2e`)
//   DIST=path/to/dist   another build;  CHROMIUM=path   another browser.
// wink-nlp ships only CommonJS sources (no browser build): this file injects them, with the model's
// JSON files, behind a small `require` shim (see winkScript below).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, process.env.DIST || '../dist');
const demoDir = path.resolve(here, '../www/demo');
const clustersDir = path.resolve(here, '../../shared/data/clusters');
const PASSES = 5;

// ---- corpora ----
const seedNames = fs.readdirSync(demoDir).filter((f) => f.endsWith('.txt')).sort();
const seeds = seedNames.map((f) => fs.readFileSync(path.join(demoDir, f), 'utf8'));
/** The seed texts repeated as a list until their total length reaches `bytes`. */
const repeatSeeds = (bytes) => {
  const out = [];
  for (let n = 0, k = 0; n < bytes; k++) { out.push(seeds[k % seeds.length]); n += seeds[k % seeds.length].length + 2; }
  return out;
};
const corpora = [{ name: 'seeds ~1MB', texts: repeatSeeds(1_000_000) }];
if (fs.existsSync(clustersDir)) {
  const texts = [];
  for (const f of fs.readdirSync(clustersDir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of fs.readFileSync(path.join(clustersDir, f), 'utf8').split('\n')) {
      if (line.trim()) for (const a of JSON.parse(line).articles) if (a.text?.trim()) texts.push(a.text);
    }
  }
  corpora.push({ name: 'clusters', texts });
} else {
  console.log(`clusters corpus skipped: no folder ${clustersDir}`);
}
const words = (texts) => texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);

// ---- wink-nlp for the page: its CommonJS files and the model's JSON behind a tiny require ----
function winkScript() {
  const nm = path.join(here, 'node_modules');
  const entries = { 'wink-nlp': path.join(nm, 'wink-nlp/src/wink-nlp.js'), 'wink-eng-lite-web-model': path.join(nm, 'wink-eng-lite-web-model/dist/model.js') };
  const mods = new Map(); // absolute path -> { code, deps: {request: absolute path} }
  const visit = (file) => {
    if (mods.has(file)) return;
    const src = fs.readFileSync(file, 'utf8');
    const mod = { src, deps: {} };
    mods.set(file, mod);
    if (file.endsWith('.json')) return;
    for (const [, , req] of src.matchAll(/require\s*\(\s*(['"])([^'"]+)\1\s*\)/g)) {
      const dep = entries[req] || (req.startsWith('.') ? path.resolve(path.dirname(file), req) : null);
      if (!dep || !fs.existsSync(dep)) throw new Error(`wink shim: cannot resolve require('${req}') in ${file}`);
      mod.deps[req] = dep;
      visit(dep);
    }
  };
  Object.values(entries).forEach(visit);
  const defs = [...mods].map(([file, { src, deps }]) => `${JSON.stringify(file)}: [${JSON.stringify(deps)}, ` +
    (file.endsWith('.json') ? `function (module) { module.exports = ${src}; }]` : `function (module, exports, require) {\n${src}\n}]`));
  return `(function () {
  var defs = {${defs.join(',\n')}}, cache = {};
  function load(file) {
    if (cache[file]) return cache[file].exports;
    var module = cache[file] = { exports: {} };
    defs[file][1](module, module.exports, function (req) { return load(defs[file][0][req]); });
    return module.exports;
  }
  window.winkNLP = load(${JSON.stringify(entries['wink-nlp'])});
  window.winkModel = load(${JSON.stringify(entries['wink-eng-lite-web-model'])});
})();`;
}

// ---- page server and browser ----
if (!fs.existsSync(path.join(dist, 'index.html')) || !fs.readdirSync(dist).some((f) => f.endsWith('.wasm'))) {
  console.error(`no built page in ${dist}: run ./run build first`);
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css', '.txt': 'text/plain' };
const server = http.createServer((req, res) => {
  const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname.slice(1)) || 'index.html';
  const file = path.join(dist, rel);
  if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(file)] || 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const READY = '#app[data-ready="true"]:not([data-busy])';
/** A fresh page (own context) at the dist URL, loaded and done with its own demo analysis. */
async function freshPage() {
  const ctx = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log(`page error: ${e}`));
  return { ctx, page };
}

// ---- extraction speed ----
const { ctx, page } = await freshPage();
await page.goto(url);
await page.waitForSelector(READY, { timeout: 30000 });
await page.addScriptTag({ path: path.join(here, 'node_modules/compromise/builds/compromise.js') });
await page.addScriptTag({ content: winkScript() });
await page.evaluate(() => {
  const wink = window.winkNLP(window.winkModel);
  const its = wink.its;
  const cr = window.wasmBindings;
  const c = window.nlp;
  // each returns the number of items it found, so nothing is optimised away
  window.bench = {
    crossread: (t) => { const a = cr.analyze(t).articles[0]; return a.entities.length + a.figures.length + a.quotes.length; },
    compromise: (t) => {
      const d = c(t);
      return d.people().out('array').length + d.places().out('array').length + d.organizations().out('array').length +
        d.numbers().out('array').length + d.money().out('array').length + d.percentages().out('array').length +
        d.quotations().out('array').length;
    },
    wink: (t) => wink.readDoc(t).entities().out(its.detail).length,
  };
});

const rows = [];
for (const { name, texts } of corpora) {
  const n = words(texts);
  await page.evaluate((texts) => { window.corpus = texts; }, texts);
  for (const lib of ['crossread', 'compromise', 'wink']) {
    const r = await page.evaluate(({ lib, passes }) => {
      const f = window.bench[lib];
      const errors = [];
      const pass = () => {
        let found = 0;
        for (let i = 0; i < window.corpus.length; i++) {
          try { found += f(window.corpus[i]); } catch (e) { if (errors.length < 3) errors.push(`text ${i}: ${e?.message ?? e}`); }
        }
        return found;
      };
      const found = pass(); // warm-up
      const runs = [];
      for (let k = 0; k < passes; k++) { const t0 = performance.now(); pass(); runs.push(performance.now() - t0); }
      runs.sort((a, b) => a - b);
      return { ms: runs[runs.length >> 1], found, errors };
    }, { lib, passes: PASSES });
    rows.push({ corpus: name, lib, words: n, ...r });
    for (const e of r.errors) console.log(`${lib} threw on ${name}, ${e}`);
  }
}

// ---- comparing the five seeds ----
const compareMs = await page.evaluate((seeds) => {
  const arts = seeds.map(([id, text]) => ({ id, text }));
  for (let k = 0; k < 3; k++) window.wasmBindings.compare(arts);
  const runs = [];
  for (let k = 0; k < 20; k++) { const t0 = performance.now(); window.wasmBindings.compare(arts); runs.push(performance.now() - t0); }
  runs.sort((a, b) => a - b);
  return (runs[9] + runs[10]) / 2;
}, seeds.map((t, k) => [seedNames[k].replace(/\.txt$/, ''), t]));
await ctx.close();

// ---- first render of the demo story ----
const renders = [];
for (let k = 0; k < 3; k++) {
  const { ctx, page } = await freshPage();
  // records performance.now() (ms since navigation start) the first time the demo story is shown
  await page.addInitScript(() => {
    const shown = () => document.querySelector('#app[data-ready="true"]:not([data-busy])') &&
      document.querySelectorAll('[data-testid="source-item"]').length === 5 &&
      document.querySelector('[data-testid="article-view"] .ent');
    new MutationObserver((_, obs) => {
      if (shown()) { window.__rendered = performance.now(); obs.disconnect(); }
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(url);
  renders.push(await (await page.waitForFunction(() => window.__rendered, null, { timeout: 30000 })).jsonValue());
  await ctx.close();
}
renders.sort((a, b) => a - b);

// ---- wasm memory after one 5 MB article ----
// Crossread refuses an article over its size limit (MAX_ARTICLE_BYTES in src/analysis.rs); then
// the refusal is reported, and the largest seed-built article under the limit is measured instead.
/** The seeds joined until the text is about `bytes` long (UTF-8), never over `max` bytes. */
const bigText = (bytes, max = Infinity) => {
  const parts = [];
  for (let n = 0, k = 0; n < bytes; k++) {
    const size = Buffer.byteLength(seeds[k % seeds.length]) + (parts.length ? 2 : 0);
    if (n + size > max) break;
    parts.push(seeds[k % seeds.length]);
    n += size;
  }
  return parts.join('\n\n');
};
async function bigArticle(text) {
  const { ctx, page } = await freshPage();
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 30000 });
  const r = await page.evaluate(async (text) => {
    const wasm = await window.wasmBindings.default(); // the module is initialised: returns its exports
    const before = wasm.memory.buffer.byteLength;
    const t0 = performance.now();
    try {
      window.wasmBindings.analyze(text);
    } catch (e) {
      return { error: String(e?.message ?? e) };
    }
    const ms = performance.now() - t0;
    return { before, after: wasm.memory.buffer.byteLength, ms };
  }, text);
  await ctx.close();
  return { bytes: Buffer.byteLength(text), ...r };
}
const big = [await bigArticle(bigText(5_000_000))];
const limit = Number(big[0].error?.match(/the limit is (\d+)/)?.[1]);
if (limit) big.push(await bigArticle(bigText(limit, limit)));
await browser.close();
server.close();

// ---- report ----
const MB = 1e6;
const fmt = (x) => Math.round(x).toLocaleString('en-US');
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);
console.log(`Chromium, warm-up then median of ${PASSES} passes, each text analysed separately`);
console.log(`${pad('library', 12)}${pad('corpus', 13)}${lpad('texts', 7)}${lpad('words', 10)}${lpad('ms', 10)}${lpad('words/s', 12)}${lpad('found', 9)}`);
for (const r of rows) {
  const texts = corpora.find((c) => c.name === r.corpus).texts.length;
  console.log(`${pad(r.lib, 12)}${pad(r.corpus, 13)}${lpad(texts, 7)}${lpad(fmt(r.words), 10)}${lpad(r.ms.toFixed(1), 10)}${lpad(fmt(r.words / r.ms * 1000), 12)}${lpad(fmt(r.found), 9)}`);
}
const ratio = (corpus, peer) => {
  const ms = (lib) => rows.find((r) => r.corpus === corpus && r.lib === lib).ms;
  return (ms(peer) / ms('crossread')).toFixed(2);
};
if (corpora.length > 1) {
  console.log(`clusters ratio crossread/compromise: ${ratio('clusters', 'compromise')}`);
  console.log(`clusters ratio crossread/wink: ${ratio('clusters', 'wink')}`);
}
console.log(`seeds compared (compare, 5 articles): ${compareMs.toFixed(2)} ms (median of 20)`);
console.log(`first render of the demo story: ${renders[1].toFixed(0)} ms (median of 3: ${renders.map((x) => x.toFixed(0)).join(', ')})`);
for (const b of big) {
  const size = `${(b.bytes / MB).toFixed(2)} MB article`;
  console.log(b.error ? `${size}: refused (${b.error})`
    : `${size}: analyze ${fmt(b.ms)} ms, wasm memory ${(b.after / MB).toFixed(1)} MB (${(b.before / MB).toFixed(1)} MB before)`);
}
console.log(`ratio crossread/compromise: ${ratio('seeds ~1MB', 'compromise')}`);
console.log(`ratio crossread/wink: ${ratio('seeds ~1MB', 'wink')}`);
