//! The crash notice: if the widget panics, every widget on the page is replaced by a short
//! message in the language it was showing, asking the reader to reload, never a blank box. Built with
//! DOM calls (no `innerHTML`), so it also appears on pages that enforce Trusted Types.

use crate::i18n::Lang;
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;
use web_sys::Element;

struct Widget {
    host: Element,
    container: Element,
    lang: Lang,
}

thread_local! {
    /// Every mounted widget, so a crash can tell each reader.
    static WIDGETS: RefCell<Vec<Widget>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a mounted widget: its host element, the container the app renders into, and
/// the language its notice should speak.
pub fn register(host: &Element, container: &Element, lang: Lang) {
    WIDGETS.with(|w| {
        w.borrow_mut().push(Widget {
            host: host.clone(),
            container: container.clone(),
            lang,
        })
    });
}

/// Forgets a destroyed widget.
pub fn unregister(host: &Element) {
    WIDGETS.with(|w| w.borrow_mut().retain(|w| w.host != *host));
}

fn show(widget: &Widget) -> Option<()> {
    // The language the reader sees (the widget's root says it), else the one it was mounted with.
    let lang = widget
        .container
        .query_selector(".ma-root")
        .ok()
        .flatten()
        .and_then(|root| Lang::from_code(&root.get_attribute("lang")?))
        .unwrap_or(widget.lang);
    let document = widget.host.owner_document()?;
    let notice = document.create_element("p").ok()?;
    notice.set_class_name("ma-crash");
    notice.set_attribute("role", "alert").ok()?;
    notice.set_attribute("lang", lang.code()).ok()?;
    notice.set_attribute("dir", "ltr").ok()?;
    notice.set_text_content(Some(lang.locale().boot.crashed));
    let parent = widget.container.parent_node()?;
    parent.replace_child(&notice, &widget.container).ok()?;
    Some(())
}

/// Installs the panic hook once per page.
pub fn install() {
    thread_local!(static INSTALLED: Cell<bool> = const { Cell::new(false) });
    if INSTALLED.with(|i| i.replace(true)) {
        return;
    }
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!(
            "migration-atlas crashed: {info}"
        )));
        // The panic may have struck while the list was borrowed: then there is no one to tell.
        let _ = WIDGETS.try_with(|widgets| {
            if let Ok(widgets) = widgets.try_borrow() {
                for widget in widgets.iter() {
                    let _ = show(widget);
                }
            }
        });
    }));
}
