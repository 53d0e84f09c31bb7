//! Fetches the map's country outlines (`map-shapes.txt`, from the widget's own folder) when
//! a map is first shown, and installs them for the page (`dataset::install_outlines`): one
//! request for every widget on it, none for a reader who never opens the map. The map's
//! marks do not wait for them (their anchors are compiled into the core); the outlines are
//! drawn when they arrive, and a failure leaves a message with a retry in the map.

use crate::dataset;
use std::cell::RefCell;
use yew::prelude::*;

/// The file, relative to the widget's folder (as `atlas_build::SHAPES_FILE` names it).
pub const SHAPES_FILE: &str = "map-shapes.txt";

/// Where the outlines stand for the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outlines {
    /// Installed: the map draws them.
    Ready,
    /// Being fetched (or about to be).
    Loading,
    /// The last request failed or its file was refused; the reader can retry.
    Failed,
}

/// The page's request for the outlines.
enum Request {
    /// None yet, or the last one succeeded.
    None,
    /// Under way, with the widgets to render again when it ends.
    Waiting(Vec<UseForceUpdateHandle>),
    /// The last one failed.
    Failed,
}

thread_local! {
    static REQUEST: RefCell<Request> = const { RefCell::new(Request::None) };
}

/// Where the outlines stand now.
pub fn status() -> Outlines {
    if dataset::outlines_installed() {
        Outlines::Ready
    } else if REQUEST.with(|r| matches!(*r.borrow(), Request::Failed)) {
        Outlines::Failed
    } else {
        Outlines::Loading
    }
}

/// Renders `widget` again once the outlines are installed or their request has failed,
/// fetching them from `base` (the widget's folder) unless they are here or on their way.
fn load(base: &str, widget: &UseForceUpdateHandle) {
    if dataset::outlines_installed() {
        return;
    }
    let first = REQUEST.with(|r| {
        let mut r = r.borrow_mut();
        if let Request::Waiting(waiting) = &mut *r {
            waiting.push(widget.clone());
            return false;
        }
        *r = Request::Waiting(vec![widget.clone()]);
        true
    });
    if !first {
        return;
    }
    let url = format!("{base}{SHAPES_FILE}");
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::text_loader::fetch_bytes(&url)
            .await
            .and_then(|file| dataset::install_outlines(&file).map_err(|e| format!("{url}: {e}")));
        let failed = result.map_err(|e| crate::report(&format!("migration-atlas: {e}")));
        let next = if failed.is_err() {
            Request::Failed
        } else {
            Request::None
        };
        if let Request::Waiting(waiting) = REQUEST.with(|r| r.replace(next)) {
            for w in waiting {
                w.force_update();
            }
        }
    });
}

/// Where the outlines stand for `widget` (a map's `use_force_update`), fetching them from
/// `base` when it renders without them (never again by itself after a failure), and a
/// callback that tries again. The widget renders again when they arrive.
///
/// Not a hook with a state or an effect: each costs the wasm its generic code, and asking
/// again on every render while they load is harmless (one request; Yew renders a component
/// once however many updates it was sent).
pub fn outlines(base: &AttrValue, widget: &UseForceUpdateHandle) -> (Outlines, Callback<()>) {
    if status() == Outlines::Loading {
        load(base, widget);
    }
    let (base, widget) = (base.clone(), widget.clone());
    (status(), Callback::from(move |_| load(&base, &widget)))
}

/// Installs the outlines that the loader script fetched in parallel with the wasm (the
/// file's bytes, as a `Uint8Array`) when the first widget opens on the map, so the map's
/// first paint has them. Returns an error (never panics) for a file that does not read.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = installOutlines)]
pub fn install_outlines(file: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    dataset::install_outlines(file).map_err(|e| wasm_bindgen::JsValue::from_str(&e))
}
