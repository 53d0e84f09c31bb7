//! Reading the widget's own DOM where Yew does not: the marks a pan or zoom moves
//! (`timeline_lanes::ride_lanes`), the picture of a view (`view_picture`), the table rows
//! in sight (`table_view`).

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

/// How many rows of the tables under `wrap` begin above the bottom of the window: those the
/// reader sees and those scrolled past. None while no row is there: before the tables are
/// drawn, or while they lie below the window.
pub fn rows_in_sight(wrap: &yew::NodeRef) -> Option<usize> {
    let wrap = wrap.cast::<Element>()?;
    let bottom = window_bottom()?;
    let rows = all(&wrap, "tbody tr");
    let seen = rows
        .iter()
        .take_while(|r| r.get_bounding_client_rect().top() < bottom)
        .count();
    (seen > 0).then_some(seen)
}

/// The columns of each table under `wrap` whose kind is not `known`, as shares of its width
/// in percent, by its section's `data-kind`: what its columns are then held to (see
/// `table_view`). A table known is not read: reading one off screen would make the browser
/// lay out what `content-visibility` skips.
pub fn column_shares(wrap: &yew::NodeRef, known: impl Fn(&str) -> bool) -> Vec<(String, Vec<f64>)> {
    let Some(wrap) = wrap.cast::<Element>() else {
        return Vec::new();
    };
    all(&wrap, ".ma-table-section")
        .iter()
        .filter_map(|section| {
            let kind = section.get_attribute("data-kind").filter(|k| !known(k))?;
            if all(section, "tbody tr").len() < crate::layout::table::HOLD_COLUMNS_FROM_ROWS {
                return None;
            }
            let width = section
                .query_selector("table")
                .ok()??
                .get_bounding_client_rect()
                .width();
            let shares = all(section, "thead th")
                .iter()
                .map(|th| 100.0 * th.get_bounding_client_rect().width() / width)
                .collect();
            (width > 0.0).then_some((kind, shares))
        })
        .collect()
}

/// How many rows the table of `kind` under `wrap` lacks to reach the window's bottom past
/// its first `right` rows (those of the records now); None when they reach it. Counted as
/// rows no taller than the shortest it holds (a one-line row or the smallest card, likely;
/// the header row when it holds none), so that many fill the gap.
pub fn rows_short_of_window(wrap: &yew::NodeRef, kind: &str, right: usize) -> Option<usize> {
    let wrap = wrap.cast::<Element>()?;
    let bottom = window_bottom()?;
    let section = wrap
        .query_selector(&format!(".ma-table-section[data-kind=\"{kind}\"]"))
        .ok()??;
    let header = section.query_selector("thead tr").ok()??;
    let rows = all(&section, "tbody tr");
    let last = match right {
        0 => &header,
        n => rows.get(n - 1)?,
    };
    let gap = bottom - last.get_bounding_client_rect().bottom();
    if gap <= 0.0 {
        return None;
    }
    let shortest = rows
        .iter()
        .chain([&header].into_iter().filter(|_| rows.is_empty()))
        .map(|r| r.get_bounding_client_rect().height())
        .fold(f64::INFINITY, f64::min);
    crate::layout::table::rows_to_fill(gap, shortest)
}

/// Runs `f` in the next frame's animation callbacks, before its style and layout: a layout
/// `f` reads there is the one the frame would make anyway, and what `f` changes is painted
/// in that frame.
pub fn before_next_frame(f: impl FnOnce() + 'static) {
    // The server renderer (host tests) has no frames, nor a window to ask.
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    if let Some(window) = web_sys::window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = window.request_animation_frame(f.unchecked_ref());
    }
}

/// The window's bottom edge, as `getBoundingClientRect` measures, at most a screen's height
/// down: in a frame its host sizes to the widget, the window is the whole widget, and the
/// reader sees a screen of it at most.
fn window_bottom() -> Option<f64> {
    let inner = web_sys::window()?.inner_height().ok()?.as_f64()?;
    let screen = crate::hooks::screen_height();
    Some(if screen > 0.0 {
        inner.min(screen)
    } else {
        inner
    })
}
