// Migration Atlas — the one script a host page loads.
//
//   <script type="module" src="…/migration-atlas.js"></script>
//   <migration-atlas lang="en" view="map"></migration-atlas>
//
// or, from JavaScript:  import { mount } from '…/migration-atlas.js';
//                       const handle = mount(element, { view: 'map' });
//                       handle.update({ lang: 'ru' }); handle.destroy();
//
// Everything it loads sits next to this file (found through import.meta.url), so the
// folder can be copied to any static host unchanged. It fetches nothing else.
import init, { mount as mountWasm, installText, languages } from './migration_atlas.js';

const ATTRIBUTES = ['lang', 'view', 'height', 'url-key', 'state'];
// Where these files live, for the widget's "Copy embed code" and the texts.
const ASSET_BASE = new URL('.', import.meta.url).href;

// The language the first widget will most likely speak: its own lang, else the page's.
// Its text (one file per language) downloads alongside the wasm, so the first paint is
// already in that language; other languages are fetched by the widget when chosen.
const likelyLang = (document.querySelector('migration-atlas[lang]')?.getAttribute('lang') ||
  document.documentElement.lang || 'en').toLowerCase().split(/[-_]/)[0];
const earlyText = fetch(new URL(`text-${likelyLang}.txt`, import.meta.url))
  .then((response) => (response.ok ? response.text() : null))
  .catch(() => null);

// The loading skeleton: shown in each element's shadow root from the moment this script
// runs until the wasm and the text have arrived, with the download's progress. Built with
// DOM calls and styled by a constructable style sheet (no inline style, no innerHTML). It
// also reserves the widget's height, so the page does not jump when the widget starts
// (hosts reserve it before this script runs: see the README).
const WASM_BYTES = 0; // scripts/build writes the wasm's size here, for the progress bar
const LOADING = { en: 'Loading the migration atlas…', ru: 'Загрузка атласа миграции…', ky: 'Миграция атласы жүктөлүүдө…' };
const RESERVE = 1000; // px: no view is shorter at any width (bench/load.json checks the shift)
const SKELETON_CSS = `:host{display:block;min-height:var(--reserve)}
.mas{box-sizing:border-box;height:var(--reserve);padding:16px;border:1px solid #d6dae0;border-radius:8px;
background:#fff;font:15px/1.4 system-ui,sans-serif;color:#333;display:flex;flex-direction:column;gap:12px}
.mas-line{height:22px;width:40%;border-radius:4px;background:#e9ecf0}
.mas-tabs{height:32px;width:60%;border-radius:4px;background:#eef0f3}
.mas-body{flex:1;border-radius:6px;background:#f3f5f7}
.mas-text{margin:0}
.mas-progress{width:100%;height:6px}`;
const waiting = new Set();
let loaded = false;
let received = 0;

function showSkeleton(element) {
  if (element._skeleton || typeof CSSStyleSheet !== 'function') return;
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  const height = /^\d+(px)?$/.test(element.getAttribute('height') || '') ? parseInt(element.getAttribute('height'), 10) : RESERVE;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(SKELETON_CSS.replaceAll('var(--reserve)', `${height}px`));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  const lang = (element.getAttribute('lang') || likelyLang).toLowerCase().split(/[-_]/)[0];
  const box = document.createElement('div');
  box.className = 'mas';
  box.setAttribute('role', 'status');
  box.lang = LOADING[lang] ? lang : 'en';
  const part = (name) => Object.assign(document.createElement('div'), { className: name });
  const text = document.createElement('p');
  text.className = 'mas-text';
  text.textContent = LOADING[box.lang];
  const bar = document.createElement('progress');
  bar.className = 'mas-progress';
  bar.max = 100;
  bar.setAttribute('aria-label', LOADING[box.lang]);
  box.append(part('mas-line'), text, bar, part('mas-tabs'), part('mas-body'));
  root.append(box);
  element._skeleton = { box, bar, sheet };
  showProgress();
}

function showProgress() {
  for (const element of waiting) {
    const bar = element._skeleton?.bar;
    if (bar && WASM_BYTES > 0) bar.value = Math.min(99, Math.round((received / WASM_BYTES) * 100));
  }
}

function removeSkeleton(element) {
  const s = element._skeleton;
  if (!s) return;
  s.box.remove();
  element.shadowRoot.adoptedStyleSheets = element.shadowRoot.adoptedStyleSheets.filter((x) => x !== s.sheet);
  element._skeleton = null;
}

// The wasm, counted as it streams in (the decompressed bytes, against its size on disk).
async function fetchWasm(url) {
  const response = await fetch(url);
  if (!response.ok || !response.body || !(WASM_BYTES > 0)) return response;
  const reader = response.body.getReader();
  const counted = new ReadableStream({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.length;
      showProgress();
      controller.enqueue(value);
    },
  });
  return new Response(counted, { headers: { 'content-type': 'application/wasm' } });
}

let failure = null;
// Awaited at the end of this module, after the element is defined, so that `mount` is
// ready when an importer gets it and the elements show their skeleton meanwhile.
const loading = (async () => {
  try {
    await init({ module_or_path: fetchWasm(new URL('./migration_atlas_bg.wasm', import.meta.url)) });
    const text = await earlyText;
    // A text that does not match this build is refused; the widget then fetches its own.
    if (text !== null && languages().includes(likelyLang)) {
      try { installText(likelyLang, text); } catch (error) { console.warn('migration-atlas:', error); }
    }
  } catch (error) {
    failure = error;
    console.error('migration-atlas: could not load its WebAssembly file next to migration-atlas.js', error);
  }
  loaded = true;
  for (const element of waiting) element.connectedCallback();
  waiting.clear();
})();

function showFailure(element) {
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  root.innerHTML = '<p role="alert" style="all:initial;display:block;font:15px/1.4 system-ui,sans-serif;' +
    'padding:1em;border:1px solid #b00;color:#600;background:#fff">' +
    'The migration atlas could not load. Please reload the page. / ' +
    'Не удалось загрузить атлас миграции. Перезагрузите страницу.</p>';
}

/** Mounts the widget into `element` (in a shadow root). Options: lang, view, height, urlKey, state. */
export function mount(element, options = {}) {
  if (failure) {
    showFailure(element);
    throw failure;
  }
  const handle = mountWasm(element, { assetBase: ASSET_BASE, ...options });
  // The widget finds its texts through the asset base, so every update keeps it.
  const update = handle.update.bind(handle);
  handle.update = (next = {}) => update({ assetBase: ASSET_BASE, ...next });
  return handle;
}

class MigrationAtlasElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  options() {
    const options = { 'asset-base': ASSET_BASE };
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    if (!('lang' in options)) {
      // Follow the page's language when the widget speaks it.
      const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang') || '';
      if (languages().includes(inherited.toLowerCase().split(/[-_]/)[0])) options.lang = inherited;
    }
    return options;
  }

  connectedCallback() {
    if (this._handle) return; // moved inside the page: keep the same widget
    if (!loaded) {
      waiting.add(this);
      showSkeleton(this);
      return;
    }
    if (!this.isConnected) return;
    removeSkeleton(this);
    if (failure) {
      showFailure(this);
      return;
    }
    this._handle = mountWasm(this, this.options());
  }

  disconnectedCallback() {
    // A move is a removal then an insertion in the same task: wait before freeing.
    queueMicrotask(() => {
      if (!this.isConnected && this._handle) {
        this._handle.destroy();
        this._handle.free();
        this._handle = null;
      }
    });
  }

  attributeChangedCallback(name, oldValue, newValue) {
    if (this._handle && oldValue !== newValue) this._handle.update(this.options());
  }
}

// Defined before the wasm arrives, so each element shows its skeleton at once.
if (!customElements.get('migration-atlas')) {
  customElements.define('migration-atlas', MigrationAtlasElement);
}
await loading;
