//! Reading the widget's own DOM where Yew does not: the marks a pan or zoom moves
//! (`timeline_lanes::ride_lanes`), the picture of a view (`view_picture`).

use wasm_bindgen::JsCast;
use web_sys::Element;

/// Every element of `root` matching `selector`.
pub fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}
