//! The only door to the host page: `mount(element, options)` → a handle with `update`
//! and `destroy`. The custom element (`www/migration-atlas.js`) and the iframe page are
//! thin wrappers around it.
//!
//! The widget renders inside a shadow root with its own style sheet, so host CSS cannot
//! reach in and the widget's CSS cannot leak out.

use crate::components::{App, AppProps};
use crate::i18n::{tr, Text};
use crate::options::{self, Loose, Options};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

/// `src/style.css` as `build.rs` minified it.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));

/// Name of the event fired on the host element after the first render.
pub const READY_EVENT: &str = "migration-atlas:ready";

thread_local! {
    /// Every mounted host, so a crash can tell each reader instead of leaving a blank box.
    static HOSTS: RefCell<Vec<Element>> = const { RefCell::new(Vec::new()) };
}

/// A mounted widget, returned to JavaScript by [`mount`].
#[wasm_bindgen]
pub struct Handle {
    mounted: Option<Mounted>,
}

struct Mounted {
    app: AppHandle<App>,
    host: Element,
    root: ShadowRoot,
    container: Element,
    style: Element,
    on_rendered: yew::Callback<()>,
}

fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("migration-atlas: {message}")));
}

/// Reads options from a JS value. Bad values are reported in one console warning and
/// replaced by defaults; nothing here can fail.
///
/// Read with `Object.entries` rather than serde-wasm-bindgen: measured, the serde path
/// cost 17 KB gzip of wasm (its error messages pull in float formatting) for what these
/// twenty lines do.
pub fn read_options(value: &JsValue) -> Options {
    if value.is_undefined() || value.is_null() {
        return Options::default();
    }
    if !value.is_object() {
        warn("options must be a plain object such as { lang: 'en', view: 'map' }; using defaults");
        return Options::default();
    }
    let raw: Vec<(String, Loose)> = js_sys::Object::entries(value.unchecked_ref())
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
            } else {
                Loose::Other
            };
            Some((key, loose))
        })
        .collect();
    let (options, warnings) = options::resolve(&raw);
    if !warnings.is_empty() {
        warn(&warnings.join("; "));
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

fn install_crash_notice() {
    thread_local!(static INSTALLED: Cell<bool> = const { Cell::new(false) });
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "migration-atlas crashed: {info}"
        )));
        let _ = HOSTS.try_with(|hosts| {
            if let Ok(hosts) = hosts.try_borrow() {
                for host in hosts.iter() {
                    if let Some(root) = host.shadow_root() {
                        let lang = crate::i18n::Lang::from_code(&host.get_attribute("lang").unwrap_or_default()).unwrap_or_default();
                        root.set_inner_html(&format!(
                            "<p role=\"alert\" style=\"font:16px/1.4 system-ui,sans-serif;padding:1em;border:1px solid #b00;color:#600;background:#fff\">{}</p>",
                            tr(lang, Text::Crashed)
                        ));
                    }
                }
            }
        });
    }));
}

/// Mounts a widget into `element` (inside its shadow root, created if needed).
/// `options`: `{ lang, view, height, urlKey, state }`, all optional.
#[wasm_bindgen]
pub fn mount(element: Element, options: JsValue) -> Result<Handle, JsValue> {
    install_crash_notice();
    let root = shadow_root(&element)?;
    let document = element
        .owner_document()
        .ok_or_else(|| JsValue::from_str("migration-atlas: the element has no document"))?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(STYLE));
    let container = document.create_element("div")?;
    container.set_class_name("ma-host");
    root.append_child(&style)?;
    root.append_child(&container)?;
    let fired = Rc::new(Cell::new(false));
    let on_rendered = {
        let host = element.clone();
        yew::Callback::from(move |_| {
            if !fired.replace(true) {
                announce_ready(&host);
            }
        })
    };
    let props = AppProps {
        options: read_options(&options),
        on_rendered: on_rendered.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(container.clone(), props).render();
    HOSTS.with(|h| h.borrow_mut().push(element.clone()));
    Ok(Handle {
        mounted: Some(Mounted {
            app,
            host: element,
            root,
            container,
            style,
            on_rendered,
        }),
    })
}

#[wasm_bindgen]
impl Handle {
    /// Applies new options live (the same keys as `mount`).
    pub fn update(&mut self, options: JsValue) {
        if let Some(m) = self.mounted.as_mut() {
            let props = AppProps {
                options: read_options(&options),
                on_rendered: m.on_rendered.clone(),
            };
            m.app.update(props);
        }
    }

    /// Unmounts the widget and frees it; the host element is left empty. Calling it
    /// twice is harmless.
    pub fn destroy(&mut self) {
        if let Some(m) = self.mounted.take() {
            m.app.destroy();
            let _ = m.root.remove_child(&m.container);
            let _ = m.root.remove_child(&m.style);
            let _ = m.host.remove_attribute("ready");
            HOSTS.with(|h| h.borrow_mut().retain(|e| e != &m.host));
        }
    }

    /// True until `destroy` is called.
    #[wasm_bindgen(getter)]
    pub fn mounted(&self) -> bool {
        self.mounted.is_some()
    }
}
