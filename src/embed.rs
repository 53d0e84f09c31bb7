//! The only door to the host page: `mount(element, options)` → a handle with `update`
//! and `destroy`. The custom element (`www/migration-atlas.js`) and the iframe page are
//! thin wrappers around it.
//!
//! The widget renders inside a shadow root with its own style sheet, so host CSS cannot
//! reach in and the widget's CSS cannot leak out. Nothing here writes markup as text or
//! a `style` attribute: a host that forbids inline styles or enforces Trusted Types gets
//! the same widget.

mod crash;
mod pool;
mod sheet;

use crate::components::AppProps;
use crate::options::{self, Loose, Options};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
/// `src/style.css` as `build.rs` minified it (also inside every picture the widget
/// exports, for the marks' colours).
pub static STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// Name of the event fired on the host element after the first render.
pub const READY_EVENT: &str = "migration-atlas:ready";

#[wasm_bindgen]
extern "C" {
    /// `Object.entries`, with a throwing getter or Proxy trap returned as an error: an
    /// exception unwinding through `Handle::update` would leave the handle borrowed for good
    /// ("recursive use of an object detected").
    #[wasm_bindgen(catch, js_namespace = Object, js_name = entries)]
    fn object_entries(value: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// A mounted widget, returned to JavaScript by [`mount`].
#[wasm_bindgen]
pub struct Handle {
    mounted: Option<Mounted>,
}

struct Mounted {
    slot: pool::Slot,
    host: Element,
    root: ShadowRoot,
    sheet: sheet::Sheet,
    /// Every option the host gave so far, as given: updates merge onto it.
    raw: Vec<(String, Loose)>,
    /// Warnings already shown: each bad value is reported once, not at every update.
    warned: Vec<String>,
    on_rendered: yew::Callback<()>,
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("migration-atlas: {message}")));
}

/// Reads the (name, value) pairs of a JS options object, without understanding them yet.
/// `null` and `undefined` values mean "back to the default". Never throws: an object that
/// cannot be read is reported and read as no options.
///
/// Read with `Object.entries` rather than serde-wasm-bindgen: measured, the serde path
/// cost 17 KB gzip of wasm (its error messages pull in float formatting) for what these
/// lines do.
fn entries(value: &JsValue) -> Vec<(String, Loose)> {
    if value.is_undefined() || value.is_null() {
        return Vec::new();
    }
    if !value.is_object() {
        warn("options must be a plain object such as { lang: 'en', view: 'map' }; using defaults");
        return Vec::new();
    }
    let Ok(pairs) = object_entries(value) else {
        warn("the options object threw when read; options unchanged");
        return Vec::new();
    };
    pairs
        .iter()
        .filter_map(|pair| {
            let pair: js_sys::Array = pair.dyn_into().ok()?;
            let key = pair.get(0).as_string()?;
            let v = pair.get(1);
            let loose = if let Some(s) = v.as_string() {
                Loose::Str(s)
            } else if let Some(n) = v.as_f64() {
                Loose::Num(n)
            } else if let Some(b) = v.as_bool() {
                Loose::Bool(b)
            } else if v.is_null() || v.is_undefined() {
                Loose::Unset
            } else {
                Loose::Other
            };
            Some((key, loose))
        })
        .collect()
}

/// Resolves `raw` into options, warning once (in one console message) about each bad value
/// not reported before.
fn resolve(raw: &[(String, Loose)], warned: &mut Vec<String>) -> Options {
    let (options, warnings) = options::resolve(raw);
    let fresh: Vec<String> = warnings
        .into_iter()
        .filter(|w| !warned.contains(w))
        .collect();
    if !fresh.is_empty() {
        warn(&fresh.join("; "));
        warned.extend(fresh);
    }
    options
}

fn shadow_root(host: &Element) -> Result<ShadowRoot, JsValue> {
    if let Some(root) = host.shadow_root() {
        return Ok(root);
    }
    host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
}

fn announce_ready(host: &Element) {
    let _ = host.set_attribute("ready", "");
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(READY_EVENT, &init) {
        let _ = host.dispatch_event(&event);
    }
}

/// Mounts a widget into `element` (inside its shadow root, created if needed).
/// `options`: `{ lang, view, height, urlKey, state }`, all optional.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Handle, JsValue> {
    crash::install();
    let root = shadow_root(&element)?;
    let document = element
        .owner_document()
        .ok_or_else(|| JsValue::from_str("migration-atlas: the element has no document"))?;
    let mut warned = Vec::new();
    let mut raw = Vec::new();
    options::merge(&mut raw, entries(&options));
    let options = resolve(&raw, &mut warned);
    let fired = Rc::new(Cell::new(false));
    let on_rendered = {
        let host = element.clone();
        yew::Callback::from(move |_| {
            if !fired.replace(true) {
                announce_ready(&host);
            }
        })
    };
    let sheet = sheet::attach(&root, &document)?;
    let lang = options.lang;
    let props = AppProps {
        options,
        on_rendered: on_rendered.clone(),
    };
    let slot = pool::take(&document, props)?;
    root.append_child(&slot.container)?;
    crash::register(&element, &slot.container, lang);
    Ok(Handle {
        mounted: Some(Mounted {
            slot,
            host: element,
            root,
            sheet,
            raw,
            warned,
            on_rendered,
        }),
    })
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options live. They merge onto the options given so far: a name not
    /// mentioned keeps its value, `null` brings its default back. An options object that
    /// throws when read changes nothing, and the handle stays usable.
    pub fn update(&mut self, options: JsValue) {
        if let Some(m) = self.mounted.as_mut() {
            options::merge(&mut m.raw, entries(&options));
            let options = resolve(&m.raw, &mut m.warned);
            let props = AppProps {
                options,
                on_rendered: m.on_rendered.clone(),
            };
            m.slot.update(props);
        }
    }

    /// Unmounts the widget and frees it; the host element is left empty. Calling it
    /// twice is harmless.
    pub fn destroy(&mut self) {
        if let Some(m) = self.mounted.take() {
            crash::unregister(&m.host);
            pool::park(m.slot);
            sheet::detach(&m.root, m.sheet);
            let _ = m.host.remove_attribute("ready");
        }
    }

    /// True until `destroy` is called.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mounted.is_some()
    }
}
