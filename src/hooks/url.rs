//! The page's address and history, as the widget touches them: which URL key a widget owns,
//! reading its value, writing it back. Written for host pages with routers:
//!
//! - the host's `history.state` is carried over on every write (routers keep their own
//!   state there), on pushed entries too;
//! - the value is read raw or percent-encoded (routers that re-serialise the query with
//!   `URLSearchParams` turn `1;v:map` into `1%3Bv%3Amap`);
//! - the address is written only when it does not already describe the state, so reading a
//!   link never rewrites it, Back and Forward never write, and a value with parts the widget
//!   could not read stays in its history entry (a change then pushes a new one).

use crate::query;
use crate::state::WidgetState;
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// URL keys in use on this page: a second widget with the same key does not sync,
    /// so two instances never fight over one parameter.
    static CLAIMED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Takes `key` for this widget; `None` when there is no key or another widget has it.
pub fn claim(key: Option<&str>) -> Option<String> {
    let key = key?.to_string();
    CLAIMED.with(|c| {
        let mut claimed = c.borrow_mut();
        if claimed.contains(&key) {
            return None;
        }
        claimed.push(key.clone());
        Some(key)
    })
}

/// Gives a key back (the widget is gone, or uses another key now).
pub fn release(key: Option<&str>) {
    if let Some(k) = key {
        CLAIMED.with(|c| c.borrow_mut().retain(|x| x != k));
    }
}

/// The page's query string (`?…`), or "" outside a browser.
pub fn search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// A callback run once. Boxed, so that every timer shares one instantiation of
/// `Closure::once_into_js` (each closure type costs about 0.5 KB of wasm).
pub type Once = Box<dyn FnOnce()>;

/// Runs `f` once after `ms` milliseconds. The closure frees itself when it has run (a
/// forgotten timer closure would keep its memory for the life of the page).
pub fn after(ms: i32, f: Once) {
    if let Some(window) = web_sys::window() {
        let callback = Closure::once_into_js(f);
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), ms);
    }
}

/// Sets the page's query string to `next` (pathname and hash kept), pushing a history
/// entry or replacing the current one, and carrying the host's `history.state` over.
pub fn set_search(next: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        next,
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let kept = history.state().unwrap_or(JsValue::NULL);
        let _ = if push {
            history.push_state_with_url(&kept, "", Some(&url))
        } else {
            history.replace_state_with_url(&kept, "", Some(&url))
        };
    }
}

/// Writes `value` (the state written against `base`) under `key`, unless the address
/// already describes that state. `push` adds a history entry (a meaningful change).
pub fn write(key: &str, value: Option<&str>, push: bool, base: &WidgetState) {
    let search = search();
    let mut push = push;
    match query::param_text(&search, key) {
        Some(current) => {
            let reading = query::read(&current, base);
            if query::write(&reading.state, base).as_deref() == value {
                return;
            }
            // The entry keeps the link it was opened with, unreadable parts and all.
            push |= !reading.dropped.is_empty();
        }
        None if value.is_none() => return,
        None => {}
    }
    set_search(&query::with_param(&search, key, value), push);
}
