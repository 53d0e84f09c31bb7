//! Puts the detail sheet where `layout::sheet` says, beside (or under) the mark that opened
//! it, and for an opening by the reader scrolls it into view and moves the focus to its
//! heading. Measures the page; decides nothing itself.

use super::focus::{client_rect, Opener};
use crate::format::fixed;
use crate::layout::sheet::{anchor_of, place};
use crate::layout::text::Rect;
use crate::state::{RecordList, Selection, View};
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// What the sheet shows, under which view, from which opening: a change places it again.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetKey {
    /// The selection shown.
    pub selected: Option<Selection>,
    /// The list shown.
    pub list: Option<RecordList>,
    /// The view under the sheet.
    pub view: View,
    /// The reader's opening it comes from ([`Opener::generation`]).
    pub generation: u32,
}

/// Places the sheet `sheet` (absolutely positioned inside the widget's body) after the
/// renders that change `key`; `opener` says where it was opened from, and whether just now.
#[hook]
pub fn use_sheet_place(sheet: NodeRef, key: SheetKey, opener: Opener) {
    let latest = use_mut_ref(Opener::default);
    *latest.borrow_mut() = opener;
    use_effect_with(key, move |key| {
        let opener = latest.borrow().clone();
        let fresh = opener.fresh;
        if let Some(sheet) = sheet.cast::<HtmlElement>() {
            let selected = match key.selected {
                Some(Selection::Record(r)) => Some(r.id()),
                _ => None,
            };
            let anchor = if fresh { opener.anchor } else { None };
            put(&sheet, anchor, selected);
            if fresh {
                let options = ScrollIntoViewOptions::new();
                options.set_block(ScrollLogicalPosition::Nearest);
                sheet.scroll_into_view_with_scroll_into_view_options(&options);
                let heading = sheet.query_selector(".ma-detail-title").ok().flatten();
                if let Some(h) = heading.and_then(|h| h.dyn_into::<HtmlElement>().ok()) {
                    let _ = h.focus();
                }
            }
        }
    });
}

/// Sets the sheet's place: beside `anchor` (client pixels) when the reader just opened it,
/// else beside the selected record's mark in the view if it is drawn, else at the top of
/// what is in view.
fn put(sheet: &HtmlElement, anchor: Option<Rect>, selected: Option<&str>) {
    let Some(body) = sheet.parent_element() else {
        return;
    };
    let b = client_rect(&body);
    let (sx, sy) = (f64::from(body.scroll_left()), f64::from(body.scroll_top()));
    let to_body = |r: Rect| Rect {
        x0: r.x0 - b.x0 + sx,
        y0: r.y0 - b.y0 + sy,
        x1: r.x1 - b.x0 + sx,
        y1: r.y1 - b.y0 + sy,
    };
    let anchor = anchor.or_else(|| {
        let mark = body
            .query_selector(&format!(
                ".ma-main [data-id=\"{}\"]{}",
                selected?,
                super::DRAWN
            ))
            .ok()??;
        Some(anchor_of(client_rect(&mark), None, None))
    });
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok()?.as_f64())
        .unwrap_or(800.0);
    // A widget of fixed height scrolls its body: only the part of the body in view counts.
    let fixed_height = body.closest(".ma-fixed").ok().flatten().is_some();
    let (top, bottom) = if fixed_height {
        (b.y0.max(0.0), b.y1.min(height))
    } else {
        (0.0, height)
    };
    let view = (top - b.y0 + sy, bottom - b.y0 + sy);
    let body_w = b.x1 - b.x0;
    let style = sheet.style();
    let px = |v: f64| format!("{}px", fixed(v, 0));
    // The width first: it decides the height the sheet takes.
    let first = place(None, body_w, view, 0.0);
    // Short enough that the mark and the sheet fit in view together.
    let max = (view.1 - view.0) * if first.bottom { 0.7 } else { 0.8 };
    let _ = style.set_property("width", &px(first.width));
    let _ = style.set_property("max-height", &px(crate::scale::clamp(max, 160.0, 640.0)));
    let p = place(
        anchor.map(to_body),
        body_w,
        view,
        f64::from(sheet.offset_height()),
    );
    let _ = style.set_property("left", &px(p.left));
    let _ = style.set_property("top", &px(p.top));
    let _ = sheet.set_attribute("data-placement", if p.bottom { "bottom" } else { "side" });
}
