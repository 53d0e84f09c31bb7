//! The widget's style sheet in a shadow root.
//!
//! A constructed sheet (`new CSSStyleSheet()` + `replaceSync`) adopted by the shadow root,
//! one for the whole page: a host's Content-Security-Policy governs `<style>` elements and
//! `style` attributes (`style-src`), not the CSSOM, so the widget keeps its looks under
//! `style-src 'self'` without 'unsafe-inline'. Where constructed sheets are missing
//! (Safari before 16.4), or the element lives in another document than the script, a
//! `<style>` element as before.

use js_sys::{Array, Reflect};
use std::cell::RefCell;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, Element, ShadowRoot};

use super::STYLE;
const ADOPTED: &str = "adoptedStyleSheets";

thread_local! {
    /// The page's one constructed sheet, built at the first mount and shared by every widget.
    static SHARED: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
}

/// How a shadow root got the widget's styles, so they can be taken away again.
pub enum Sheet {
    /// The shared constructed sheet, in `adoptedStyleSheets`.
    Adopted(CssStyleSheet),
    /// A `<style>` element inside the root.
    Element(Element),
}

fn shared(document: &Document) -> Option<CssStyleSheet> {
    // A constructed sheet can only be adopted in the document whose window built it.
    let own = web_sys::window()?.document()?;
    if own != *document {
        return None;
    }
    SHARED.with(|shared| {
        let mut shared = shared.borrow_mut();
        if shared.is_none() {
            let sheet = CssStyleSheet::new().ok()?;
            sheet.replace_sync(STYLE).ok()?;
            *shared = Some(sheet);
        }
        shared.clone()
    })
}

/// The root's adopted sheets as a plain array (Chrome gives an ObservableArray).
fn adopted(root: &ShadowRoot) -> Option<Array> {
    let list = Reflect::get(root, &JsValue::from_str(ADOPTED)).ok()?;
    list.is_object().then(|| Array::from(&list))
}

/// Gives `root` the widget's styles, keeping any sheets the host adopted there itself.
pub fn attach(root: &ShadowRoot, document: &Document) -> Result<Sheet, JsValue> {
    if let (Some(sheet), Some(list)) = (shared(document), adopted(root)) {
        list.push(&sheet);
        if Reflect::set(root, &JsValue::from_str(ADOPTED), &list).unwrap_or(false) {
            return Ok(Sheet::Adopted(sheet));
        }
    }
    let style = document.create_element("style")?;
    style.set_text_content(Some(STYLE));
    root.append_child(&style)?;
    Ok(Sheet::Element(style))
}

/// Takes the widget's styles out of `root` again.
pub fn detach(root: &ShadowRoot, sheet: Sheet) {
    match sheet {
        Sheet::Adopted(sheet) => {
            if let Some(list) = adopted(root) {
                let rest: Array =
                    list.filter(&mut |s, _, _| s != *sheet.unchecked_ref::<JsValue>());
                let _ = Reflect::set(root, &JsValue::from_str(ADOPTED), &rest);
            }
        }
        Sheet::Element(style) => style.remove(),
    }
}
