//! Fetches the map's country outlines (`map-shapes.txt`, from the widget's own folder) when
//! a map is first shown, and installs them for the page (`dataset::install_outlines`): one
//! request for every widget on it, none for a reader who never opens the map. The map's
//! marks do not wait for them (their anchors are compiled into the core); the outlines are
//! drawn when they arrive, and a failure leaves a message with a retry in the map.

use crate::dataset;
use crate::lazy_file::{self, Status};
use yew::prelude::*;

/// The file, relative to the widget's folder: `atlas_build::SHAPES_FILE`, packed by
/// scripts/build.
pub const SHAPES_FILE: &str = "map-shapes.txt.lzma";

/// Where the outlines stand for the page.
pub type Outlines = Status;

/// Where the outlines stand for `widget` (a map's `use_force_update`), fetching them from
/// `base` when it renders without them, and a callback that tries again (see
/// `lazy_file::wanted`).
pub fn outlines(base: &AttrValue, widget: &UseForceUpdateHandle) -> (Outlines, Callback<()>) {
    let install = dataset::install_outlines;
    let now = lazy_file::wanted(
        SHAPES_FILE,
        dataset::outlines_installed(),
        install,
        base,
        widget,
    );
    let (base, widget) = (base.clone(), widget.clone());
    let retry = move |_| lazy_file::load(SHAPES_FILE, &base, &widget, Box::new(install));
    (now, Callback::from(retry))
}

/// Installs the outlines that the loader script fetched in parallel with the wasm (the
/// file's bytes, as a `Uint8Array`) when the first widget opens on the map, so the map's
/// first paint has them. Returns an error (never panics) for a file that does not read.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = installOutlines)]
pub fn install_outlines(file: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    dataset::install_outlines(file).map_err(|e| wasm_bindgen::JsValue::from_str(&e))
}
