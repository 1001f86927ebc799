// Starts Crossread. Trunk writes this tag in place of its inline loader (Trunk.toml,
// `pattern_script`), so the Content-Security-Policy needs no 'unsafe-inline' for scripts.
// A module script has no document.currentScript: the tag is found by its data attributes.
const { js, wasm } = document.querySelector('script[data-js]').dataset;
const bindings = await import(js);
await bindings.default({ module_or_path: wasm });
// The JavaScript API, for pages and tests that use this build directly (see README).
window.wasmBindings = bindings;
