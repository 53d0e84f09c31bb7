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
//
// It loads the WebAssembly itself, so a reader never faces a blank box or a permanent
// "Loading…": each widget shows the download's progress, and if a file fails or the
// download stalls, a message in the page's language with a button to try again. The
// element is defined at once; `mount` works before the WebAssembly has arrived (the
// widget appears when it has). Nothing here writes markup as text or a style attribute, so
// hosts that enforce a strict Content-Security-Policy or Trusted Types get the same.

const ATTRIBUTES = ['lang', 'view', 'height', 'url-key', 'state', 'theme', 'share-url'];
// Where these files live, for the widget's "Copy embed code".
const ASSET_BASE = new URL('.', import.meta.url).href;
// The packed wasm's size, written in by scripts/build: the progress bar counts the bytes
// received, which a download compressed by the host does not give in its Content-Length.
const WASM_BYTES = 0;
// Whether the build cut parts of the widget into files of their own (src/components/lazy.rs),
// written in by scripts/build: their loader, `__wasm_split.js`, is then given the running
// module and the decoder.
const PARTS = false;
// The height a widget takes when the host sets none: kept while it loads, so nothing jumps.
const RESERVE = 1000;
// Packed bytes decoded at a time (about 4 ms of work on a laptop): a whole file arriving at
// once (a fast connection, the cache) is decoded in slices, with the page free to respond
// between them while WebAssembly compiles what is already decoded.
const DECODE_SLICE = 16384;
// No byte of the WebAssembly for this long, and the download counts as stalled.
const STALL_MS = 10000;
// How long a first widget waits for the outlines (opening on the map) or the summaries
// (opening on a record or a search) fetched with the wasm.
const EARLY_FILE_WAIT_MS = 2000;
// What a reader may see before the WebAssembly (which holds every other string) is here.
const TEXTS = {
  en: {
    loading: 'Loading the migration atlas…',
    failed: 'The migration atlas could not be loaded. Check the connection and try again.',
    retry: 'Try again',
  },
  ru: {
    loading: 'Загрузка атласа миграции…',
    failed: 'Не удалось загрузить атлас миграции. Проверьте соединение и попробуйте ещё раз.',
    retry: 'Повторить',
  },
  ky: {
    loading: 'Миграция атласы жүктөлүүдө…',
    failed: 'Миграция атласы жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.',
    retry: 'Кайра аракет кылуу',
  },
};
const BOOT_CSS = `:host { display: block; }
.ma-boot { box-sizing: border-box; font: 15px/1.4 system-ui, sans-serif; padding: 1em; border: 1px solid #d0d7de;
  border-radius: 6px; color: #1b1f24; background: #fff; text-align: left; }
.ma-boot[role=alert] { border-color: #b00; color: #600; }
.ma-boot p { margin: 0 0 0.5em; }
.ma-boot progress { display: block; width: 100%; }
.ma-boot button { font: inherit; padding: 4px 14px; min-height: 36px; cursor: pointer; }`;

let glue = null; // the wasm-bindgen module, once its WebAssembly is running
let loading = null; // the attempt under way
let failed = null; // why the last attempt failed
let attempts = 0;
let progress = null; // [bytes received, bytes expected or 0]
const waiting = new Set(); // handles mounted before the WebAssembly was here
let bootSheet;

/** The primary subtag of a language tag (`ru-KG` → `ru`). */
const primary = (code) => (code || '').toLowerCase().split(/[-_]/)[0];

/** The languages the widget speaks: the WebAssembly says, once it is here. */
const speaks = (code) => (glue ? glue.languages() : ['en', 'ru', 'ky']).includes(primary(code));

/** The language a widget opens in: a shared view's (`l:` in its URL key), else its own. */
function language(element, options) {
  const code = opening(options, 'l') || options.lang || element.closest?.('[lang]')?.getAttribute('lang') ||
    element.ownerDocument.documentElement.lang || '';
  return speaks(code) ? primary(code) : 'en';
}

/**
 * What a widget opens with under `key` (`v` the view, `l` the language, `sel` a record or
 * place, `q` a search):
 * from its URL key's value, then its `state`, then (for the view) its `view`.
 */
function opening(options, key = 'v') {
  const part = (text) => new RegExp(`(?:^|;)${key}:([^;]+)`).exec(text || '')?.[1];
  const urlKey = options['url-key'] || options.urlKey || 'atlas';
  const inUrl = urlKey === 'none' ? '' : new URLSearchParams(location.search).get(urlKey);
  return part(inUrl) || part(options.state) || (key === 'v' ? options.view : undefined);
}

function sheet() {
  if (bootSheet === undefined) {
    try {
      bootSheet = new CSSStyleSheet();
      bootSheet.replaceSync(BOOT_CSS);
    } catch {
      bootSheet = null; // no constructed sheets (older browsers): a <style> element below
    }
  }
  return bootSheet;
}

/** Shows the loading state, or the failure, in the handle's shadow root (DOM calls only). */
function showBoot(handle) {
  const { element } = handle;
  const root = element.shadowRoot || element.attachShadow({ mode: 'open' });
  const texts = TEXTS[language(element, handle.first)];
  const doc = element.ownerDocument;
  if (!handle.boot) {
    handle.boot = doc.createElement('div');
    handle.boot.className = 'ma-boot mas';
    // The box keeps the widget's height, so the page does not jump when the widget starts
    // (hosts can reserve it before this script runs: see the README). CSSOM, not a style
    // attribute, so strict host policies allow it.
    const asked = /^\d+(px)?$/.test(element.getAttribute?.('height') || '') ? parseInt(element.getAttribute('height'), 10) : RESERVE;
    handle.boot.style.minHeight = `${asked}px`;
    handle.boot.dir = 'ltr';
    const own = sheet();
    if (own && doc === document && 'adoptedStyleSheets' in root) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, own];
    } else {
      const style = doc.createElement('style');
      style.textContent = BOOT_CSS;
      handle.boot.append(style);
    }
    root.append(handle.boot);
  }
  const box = handle.boot;
  box.lang = Object.keys(TEXTS).find((code) => TEXTS[code] === texts);
  [...box.children].filter((c) => c.localName !== 'style').forEach((c) => c.remove());
  const message = doc.createElement('p');
  if (failed) {
    box.setAttribute('role', 'alert');
    message.textContent = texts.failed;
    const retry = doc.createElement('button');
    retry.type = 'button';
    retry.textContent = texts.retry;
    retry.addEventListener('click', () => load());
    box.append(message, retry);
  } else {
    box.setAttribute('role', 'status');
    message.textContent = texts.loading;
    const bar = doc.createElement('progress');
    const [received, total] = progress || [0, 0];
    // A compressed download can outgrow its Content-Length: then no percentage.
    if (total && received <= total) {
      bar.max = total;
      bar.value = received;
    }
    bar.setAttribute('aria-label', texts.loading);
    box.append(message, bar);
  }
}

function hideBoot(handle) {
  if (!handle.boot) return;
  handle.boot.remove();
  handle.boot = null;
  const root = handle.element.shadowRoot;
  if (root && bootSheet && 'adoptedStyleSheets' in root) {
    root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== bootSheet);
  }
}

/** Lets the page run (input, rendering) between two slices of work. */
function yieldToPage() {
  if (globalThis.scheduler?.yield) return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Fetches the packed WebAssembly (www/lzma.js says why it is packed) and gives it decoded,
 * as a stream that WebAssembly compiles while the rest arrives; counts the bytes received
 * and fails if they stop coming or the file is cut or corrupt.
 */
async function fetchWasm(url, decoder) {
  const controller = new AbortController();
  let timer = 0;
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no data for ${STALL_MS / 1000} s`)), STALL_MS);
  };
  watch();
  let response;
  try {
    response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    clearTimeout(timer);
    throw error;
  }
  const total = WASM_BYTES || Number(response.headers.get('content-length')) || 0;
  const reader = response.body.getReader();
  let unpack;
  try {
    unpack = (await decoder).lzmaDecoder();
  } catch (error) {
    clearTimeout(timer);
    controller.abort(error);
    throw error;
  }
  let received = 0;
  let pending = new Uint8Array(0); // received, not yet decoded
  const body = new ReadableStream({
    async pull(stream) {
      try {
        if (pending.length) {
          await yieldToPage();
        } else {
          const { done, value } = await reader.read();
          if (done) {
            clearTimeout(timer);
            stream.enqueue(unpack.finish());
            stream.close();
            return;
          }
          received += value.byteLength;
          watch();
          progress = [received, total];
          waiting.forEach(showBoot);
          pending = value;
        }
        const decoded = unpack.push(pending.subarray(0, DECODE_SLICE));
        pending = pending.subarray(DECODE_SLICE);
        if (decoded.length) stream.enqueue(decoded);
      } catch (error) {
        clearTimeout(timer);
        stream.error(controller.signal.reason || error);
      }
    },
    cancel(reason) {
      clearTimeout(timer);
      controller.abort(reason);
    },
  });
  return new Response(body, { headers: { 'content-type': 'application/wasm' } });
}

/** Loads (or, after a failure, loads again) the glue and the WebAssembly. */
function load() {
  if (glue || loading) return loading;
  attempts += 1;
  failed = null;
  progress = null;
  waiting.forEach(showBoot);
  // A module that failed to load stays failed under its address: a retry asks for another.
  const again = attempts > 1 ? `?attempt=${attempts}` : '';
  // The text of the language the first widget will speak downloads alongside the wasm,
  // so its first paint is already in that language (one text file per language; others
  // are fetched by the widget when a reader chooses them).
  const first = waiting.values().next().value;
  const lang = first ? language(first.element, first.first) : primary(document.documentElement.lang);
  const get = (file) => fetch(new URL(`./${file}${again}`, import.meta.url))
    .then((response) => (response.ok ? response.arrayBuffer() : null), () => null);
  const text = get(`text-${lang}.txt.lzma`);
  // A first widget opening on the map gets the map's outlines alongside too (others fetch
  // them when a reader first opens the map).
  const outlines = first && opening(first.first) === 'map' ? get('map-shapes.txt.lzma') : null;
  // So do the summaries when it opens on a record or a search (others fetch them when a
  // reader first opens a record, searches or exports).
  const notes = first && (opening(first.first, 'sel') || opening(first.first, 'q')) ? get(`notes-${lang}.txt.lzma`) : null;
  // So does the code of a lazily loaded part the page opens on: the map, the table, a record's
  // detail (the parts' loader, a few KB, comes with the glue anyway).
  if (PARTS && first) {
    const view = opening(first.first);
    const parts = [view === 'map' || view === 'table' ? view : null, opening(first.first, 'sel') ? 'detail' : null];
    import('./__wasm_split.js').then((loader) => parts.forEach((part) => part && loader.prefetch(part)), () => {});
  }
  // The wasm, its decoder and its glue are asked for at once: none waits for another.
  const decoder = import(`./lzma.js${again}`);
  const wasm = fetchWasm(new URL(`./migration_atlas_bg.wasm.lzma${again}`, import.meta.url), decoder);
  // A rejection handled later (by the glue's init) must not be reported as unhandled now.
  wasm.catch(() => {});
  loading = (async () => {
    const module = await import(`./migration_atlas.js${again}`);
    const exports = await module.default({ module_or_path: wasm });
    // Every file beside the wasm ships packed as it does; the widget unpacks the ones it
    // fetches itself with the same decoder.
    const { unpack } = await decoder;
    module.setUnpacker(unpack);
    // The glue imported the parts' loader already; this only hands it what it links to.
    if (PARTS) (await import('./__wasm_split.js')).link(exports, unpack);
    const fetched = await text;
    // A text that does not match this build is refused; the widget then fetches its own.
    if (fetched !== null && module.languages().includes(lang)) {
      try { module.installText(lang, unpack(new Uint8Array(fetched))); } catch (error) { console.warn('migration-atlas:', error); }
    }
    // Waited for (12 KB against the wasm's 214, they are nearly always here), but never
    // long: stalled, they must not hold the widget back. Late, missing or refused here, the
    // map fetches them itself and reports a failure.
    const soon = (file) => Promise.race([file, new Promise((resolve) => setTimeout(resolve, EARLY_FILE_WAIT_MS, null))]);
    const shapes = await soon(outlines);
    if (shapes) {
      try { module.installOutlines(unpack(new Uint8Array(shapes))); } catch (error) { console.warn('migration-atlas:', error); }
    }
    const summaries = await soon(notes);
    if (summaries && module.languages().includes(lang)) {
      try { module.installNotes(lang, unpack(new Uint8Array(summaries))); } catch (error) { console.warn('migration-atlas:', error); }
    }
    glue = module;
  })().then(() => {
    loading = null;
    for (const handle of waiting) handle.start();
    waiting.clear();
  }, (error) => {
    loading = null;
    failed = error;
    console.error('migration-atlas: could not load its files next to migration-atlas.js', error);
    waiting.forEach(showBoot);
  });
  return loading;
}

/** A mounted widget; it waits for the WebAssembly if that is not here yet. */
class Handle {
  constructor(element, options) {
    this.element = element;
    this.first = options;
    this.updates = [];
    this.inner = null;
    this.boot = null;
    if (glue) {
      this.inner = glue.mount(element, options);
    } else {
      waiting.add(this);
      showBoot(this);
    }
  }

  start() {
    hideBoot(this);
    try {
      this.inner = glue.mount(this.element, this.first);
      for (const options of this.updates) this.inner.update(options);
    } catch (error) {
      console.error('migration-atlas: could not mount', error);
    }
    this.updates = [];
  }

  /** Applies new options live; they merge onto the ones given so far. */
  update(options) {
    if (this.inner) this.inner.update(options);
    else if (waiting.has(this)) this.updates.push(options);
  }

  /** Unmounts the widget; the element is left empty. Calling it twice is harmless. */
  destroy() {
    waiting.delete(this);
    hideBoot(this);
    this.inner?.destroy();
  }

  /** Frees the WebAssembly side (after `destroy`). */
  free() {
    this.inner?.free();
    this.inner = null;
  }

  /** True until `destroy` is called. */
  get mounted() {
    return this.inner ? this.inner.mounted : waiting.has(this);
  }
}

/** Mounts the widget into `element` (in a shadow root). Options: lang, view, height, urlKey, state. */
export function mount(element, options = {}) {
  return new Handle(element, { assetBase: ASSET_BASE, ...options });
}

class MigrationAtlasElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  /** Every option the element states, with null for attributes it does not have. */
  options() {
    const options = { 'asset-base': ASSET_BASE };
    for (const name of ATTRIBUTES) options[name] = this.getAttribute(name);
    if (options.lang === null) {
      // Follow the page's language when the widget speaks it.
      const inherited = this.parentElement?.closest('[lang]')?.getAttribute('lang') || '';
      if (speaks(inherited)) options.lang = inherited;
    }
    return options;
  }

  connectedCallback() {
    if (this._handle) return; // moved inside the page: keep the same widget
    this._handle = new Handle(this, this.options());
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
load();
