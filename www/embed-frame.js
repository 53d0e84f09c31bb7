// Inside the iframe page: takes the widget's options from the page's query string
// (?lang=ru&view=map&height=600&atlas=…) and reports the page height to the host page.
// The attributes are set before the widget's script loads, so its first render is already
// the one asked for (no flash of the default language or view).
const params = new URLSearchParams(location.search);
const element = document.querySelector('migration-atlas');
for (const name of ['lang', 'view', 'height']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (params.has('lang')) document.documentElement.lang = params.get('lang');
await import('./migration-atlas.js');

let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last && window.parent !== window) {
    last = height;
    window.parent.postMessage({ type: 'migration-atlas:height', height }, '*');
  }
}
new ResizeObserver(report).observe(document.documentElement);
element.addEventListener('migration-atlas:ready', report);
report();
