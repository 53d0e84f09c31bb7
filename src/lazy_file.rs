//! Files of the widget's folder fetched when a widget first needs them (the map's outlines,
//! a language's notes), not before the first paint: one request per file for every widget
//! on the page, the widgets that asked rendered again when it ends, and a failure kept
//! until a reader tries again.

use std::cell::RefCell;
use yew::prelude::*;

/// Where a file stands for the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Installed: draw with it.
    Ready,
    /// Being fetched (or about to be).
    Loading,
    /// The last request failed or its file was refused; the reader can retry.
    Failed,
}

/// A request under way, or the last one, failed.
enum Request {
    /// Under way, with the widgets to render again when it ends.
    Waiting(Vec<UseForceUpdateHandle>),
    /// The last one failed.
    Failed,
}

/// Reads a file's bytes into the page's data, or says why it refused them. Boxed, so the
/// request's future is one instantiation for every file (each costs the wasm about 1 KB).
pub type Install = Box<dyn FnOnce(&[u8]) -> Result<(), String>>;

thread_local! {
    /// Requests by file name; a file that arrived has none.
    static REQUESTS: RefCell<Vec<(String, Request)>> = const { RefCell::new(Vec::new()) };
}

/// Where `file` stands, `installed` telling whether its data is here.
pub fn status(file: &str, installed: bool) -> Status {
    let failed = || {
        REQUESTS.with(|r| {
            r.borrow()
                .iter()
                .any(|(f, q)| f == file && matches!(q, Request::Failed))
        })
    };
    if installed {
        Status::Ready
    } else if failed() {
        Status::Failed
    } else {
        Status::Loading
    }
}

/// Renders `widget` again once `file` is installed or its request has failed, fetching it
/// from `base` (the widget's folder) unless it is on its way.
pub fn load(file: &str, base: &str, widget: &UseForceUpdateHandle, install: Install) {
    let first = REQUESTS.with(|r| {
        let mut r = r.borrow_mut();
        match r.iter_mut().find(|(f, _)| f == file) {
            Some((_, Request::Waiting(waiting))) => {
                waiting.push(widget.clone());
                false
            }
            Some((_, q)) => {
                *q = Request::Waiting(vec![widget.clone()]);
                true
            }
            None => {
                r.push((file.to_string(), Request::Waiting(vec![widget.clone()])));
                true
            }
        }
    });
    if !first {
        return;
    }
    let (url, file) = (format!("{base}{file}"), file.to_string());
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::text_loader::fetch_bytes(&url)
            .await
            .and_then(|bytes| install(&bytes).map_err(|e| format!("{url}: {e}")));
        let failed = result
            .map_err(|e| crate::report(&format!("migration-atlas: {e}")))
            .is_err();
        let waiting = REQUESTS.with(|r| {
            let mut r = r.borrow_mut();
            let i = r.iter().position(|(f, _)| *f == file)?;
            let request = if failed {
                std::mem::replace(&mut r[i].1, Request::Failed)
            } else {
                r.remove(i).1
            };
            match request {
                Request::Waiting(waiting) => Some(waiting),
                Request::Failed => None,
            }
        });
        for w in waiting.into_iter().flatten() {
            w.force_update();
        }
    });
}

/// Where `file` stands for `widget` (its `use_force_update`), fetching it from `base` when
/// the widget renders without it (never again by itself after a failure: [`load`] tries
/// again). The widget renders again when the request ends.
///
/// Not a hook with a state or an effect: each costs the wasm its generic code, and asking
/// again on every render while the file loads is harmless (one request; Yew renders a
/// component once however many updates it was sent).
pub fn wanted(
    file: &str,
    installed: bool,
    install: impl FnOnce(&[u8]) -> Result<(), String> + 'static,
    base: &str,
    widget: &UseForceUpdateHandle,
) -> Status {
    let now = status(file, installed);
    if now == Status::Loading {
        load(file, base, widget, Box::new(install));
    }
    now
}
