// Inside the iframe page: takes the widget's options from the page's query string
// (?lang=ru&view=map&height=600&atlas=…) and reports the page height to the host page.
// The attributes are set before the widget's script loads, so its first render is already
// the one asked for (no flash of the default language or view).
//
// It talks to its parent window only, and only once the host's embed-host.js has
// introduced itself: from then on, heights go to that origin alone.
const params = new URLSearchParams(location.search);
const element = document.querySelector('migration-atlas');
for (const name of ['lang', 'view', 'height', 'theme']) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
if (params.has('lang')) document.documentElement.lang = params.get('lang');
// Through the CSSOM: the page's own CSP allows no inline style.
for (const node of [document.documentElement, document.body]) {
  node.style.setProperty('margin', '0');
  node.style.setProperty('padding', '0');
  // Transparent: the widget paints its own card, in the host's scheme or its own.
  node.style.setProperty('background', 'transparent');
}

let hostOrigin = null;
let last = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (hostOrigin && height !== last) {
    last = height;
    window.parent.postMessage({ type: 'migration-atlas:height', height }, hostOrigin);
  }
}
if (window.parent !== window) {
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.data?.type !== 'migration-atlas:host') return;
    if (hostOrigin === null && event.origin !== 'null') hostOrigin = event.origin;
    if (event.origin === hostOrigin) {
      // The host page's own address, for "Copy link": only an address on the host's origin.
      let url = null;
      try { url = new URL(event.data.url); } catch { /* not an address */ }
      if (url && url.origin === hostOrigin && url.href.length <= 2000) element.setAttribute('share-url', url.href);
      last = 0;
      report();
    }
  });
  // Asks the host script to introduce itself (it may have run before this page loaded).
  // The message carries nothing else.
  window.parent.postMessage({ type: 'migration-atlas:frame' }, '*');
}
new ResizeObserver(report).observe(document.documentElement);
element.addEventListener('migration-atlas:ready', report);

try {
  await import('./migration-atlas.js');
} catch (error) {
  // The widget's script did not arrive: say so in the page's language, with a way to retry.
  console.error('migration-atlas: could not load migration-atlas.js next to embed.html', error);
  const ru = /^(ru|ky)\b/i.test(document.documentElement.lang);
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.textContent = ru
    ? 'Не удалось загрузить атлас миграции. Проверьте соединение и попробуйте ещё раз.'
    : 'The migration atlas could not be loaded. Check the connection and try again.';
  const retry = document.createElement('button');
  retry.type = 'button';
  retry.textContent = ru ? 'Повторить' : 'Try again';
  retry.addEventListener('click', () => location.reload());
  element.replaceChildren(message, retry);
  element.style.setProperty('display', 'block');
  element.style.setProperty('font', '15px/1.4 system-ui, sans-serif');
  element.style.setProperty('padding', '1em');
  element.style.setProperty('color', '#600');
}
report();
