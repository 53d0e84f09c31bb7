// Inside the iframe page: takes the widget's options from the page's query string
// (?lang=ru&view=map&height=600&atlas=…) and reports the page height to the host page.
import './migration-atlas.js';

const params = new URLSearchParams(location.search);
const element = document.querySelector('migration-atlas');
for (const name of ['lang', 'view', 'height']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (params.has('lang')) document.documentElement.lang = params.get('lang');

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
