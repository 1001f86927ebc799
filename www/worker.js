// Crossread's analysis, off the page's main thread (a module worker started by src/web/app.rs).
// The page first sends the compiled WebAssembly module and its bindings' URL ({js, module}), so
// the .wasm is fetched and compiled once for both; then jobs ({id, articles: [{id, text}]}).
// Each job reports {id, progress: [done, total]} as articles are tagged, then is answered with
// {id, doc} or {id, error}; the page keeps only the latest job's messages.
let ready;
self.onmessage = async ({ data }) => {
  if (data.module) {
    ready = import(data.js).then(async (m) => { await m.default({ module_or_path: data.module }); return m; });
    return;
  }
  try {
    const m = await ready;
    const progress = (done, total) => self.postMessage({ id: data.id, progress: [done, total] });
    self.postMessage({ id: data.id, doc: m.compareWithProgress(data.articles, progress) });
  } catch (e) {
    self.postMessage({ id: data.id, error: String(e?.message ?? e) });
  }
};
