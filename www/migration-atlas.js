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

let failure = null;
try {
  await init({ module_or_path: new URL('./migration_atlas_bg.wasm', import.meta.url) });
  const text = await earlyText;
  // A text that does not match this build is refused; the widget then fetches its own.
  if (text !== null && languages().includes(likelyLang)) {
    try { installText(likelyLang, text); } catch (error) { console.warn('migration-atlas:', error); }
  }
} catch (error) {
  failure = error;
  console.error('migration-atlas: could not load its WebAssembly file next to migration-atlas.js', error);
}

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

if (!customElements.get('migration-atlas')) {
  customElements.define('migration-atlas', MigrationAtlasElement);
}
