//! Where the keyboard focus goes when the detail sheet or a panel opens and closes.
//!
//! Opening the sheet moves the focus to its heading (the sheet does that, see
//! `components::detail_panel`), and the sheet remembers the mark that opened it; closing
//! it (Escape, ×) gives the focus back to that mark. Opening a panel moves the focus into
//! it; closing it gives the focus back to its button. The mark that opened the sheet is
//! the one last pressed with a pointer, or else the one with the focus. A filter option
//! toggled with the focus on it keeps the focus when its row moves.

use super::kept::DRAWN;
use crate::layout::text::Rect;
use crate::state::{Action, Panel, WidgetState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Every element [`FINDABLE`] names.
const FINDABLE_SELECTOR: &str =
    "[data-id],[data-aggregate],[data-mark],[data-panel],[data-view],[data-sort],[data-layer],[data-copy]";

/// Attributes that find a mark again after a redraw, most specific first.
const FINDABLE: [&str; 8] = [
    "data-id",
    "data-aggregate",
    "data-mark",
    "data-panel",
    "data-view",
    "data-sort",
    "data-layer",
    "data-copy",
];

/// What opened the sheet, as the sheet needs it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opener {
    /// The opening mark's box when it was chosen, in client pixels (see `layout::sheet`).
    pub anchor: Option<Rect>,
    /// Counts the reader's openings.
    pub generation: u32,
    /// True on the render that follows an opening by the reader: the sheet then moves the
    /// focus to its heading and scrolls into view. A sheet opened from a link, or brought
    /// back by the browser's Back button, does neither.
    pub fresh: bool,
}

/// What to do with the focus after the next render.
#[derive(Clone, Debug, Default, PartialEq)]
enum Pending {
    #[default]
    Nothing,
    /// The sheet closed with the focus in it: back to the mark that opened it.
    ToOpener,
    /// A panel opened: into it.
    IntoPanel,
    /// A panel closed with the focus in it: back to its button.
    ToPanelButton(Panel),
    /// A filter option was toggled with the focus on it: its list may reorder (chosen
    /// places first), and Chromium takes the focus from a row Yew moves (the rows are
    /// keyed, so it is the same element), so it goes back to it.
    Refocus(Element),
}

#[derive(Default)]
struct Inner {
    /// The element last pressed with a pointer, and where; `recent` until a key is pressed.
    pointer: Option<(Element, f64, f64)>,
    recent: bool,
    /// A selector that finds the mark that opened the sheet.
    opener: Option<String>,
    sheet: Opener,
    /// The last generation the sheet was drawn for.
    handled: u32,
    pending: Pending,
    /// The filter panel is a paint behind the filters (see `use_deferred`): the render
    /// that reorders its list is still to come.
    panel_behind: bool,
}

/// Tracks openers and moves the focus; see the module documentation.
#[derive(Clone)]
pub struct FocusKeeper {
    root: NodeRef,
    inner: Rc<RefCell<Inner>>,
}

/// The widget's focus keeper; `root` is the widget's root element.
#[hook]
pub fn use_focus_keeper(root: NodeRef) -> FocusKeeper {
    let inner = use_mut_ref(Inner::default);
    let keeper = FocusKeeper { root, inner };
    {
        let keeper = keeper.clone();
        use_effect(move || keeper.after_render());
    }
    keeper
}

impl FocusKeeper {
    /// For the root's `onpointerdown`: the element pressed may be about to open the sheet.
    pub fn on_pointer(&self) -> Callback<PointerEvent> {
        let inner = self.inner.clone();
        Callback::from(move |e: PointerEvent| {
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let mut inner = inner.borrow_mut();
                inner.pointer = Some((el, f64::from(e.client_x()), f64::from(e.client_y())));
                inner.recent = true;
            }
        })
    }

    /// Told at each render whether the filter panel still has to catch up with the filters.
    pub fn panel_behind(&self, behind: bool) {
        self.inner.borrow_mut().panel_behind = behind;
    }

    /// For the root's `onkeydown`: from now on the focused element is what acts.
    pub fn on_key(&self) {
        self.inner.borrow_mut().recent = false;
    }

    /// What opened the sheet.
    pub fn opener(&self) -> Opener {
        let inner = self.inner.borrow();
        Opener {
            fresh: inner.sheet.generation != inner.handled,
            ..inner.sheet.clone()
        }
    }

    /// Called with every action before it is applied to `state`.
    pub fn before(&self, action: &Action, state: &WidgetState) {
        // Choosing what the sheet already shows changes nothing, and renders nothing: an
        // opening counted here would take the focus at some later, unrelated render.
        let unchanged = match action {
            Action::Select(Some(s)) => state.selected == Some(*s),
            Action::ShowList(l) => state.selected.is_none() && state.list.as_ref() == Some(l),
            _ => false,
        };
        if unchanged {
            return;
        }
        let sheet_open = state.selected.is_some() || state.list.is_some();
        let focus = self.active();
        let in_sheet = |el: &Option<Element>| el.as_ref().is_some_and(|e| inside(e, ".ma-detail"));
        let mut inner = self.inner.borrow_mut();
        match action {
            Action::Select(Some(_)) | Action::ShowList(_) => {
                let acting = if inner.recent {
                    inner.pointer.as_ref().map(|p| p.0.clone())
                } else {
                    focus.clone()
                };
                // A record chosen inside the sheet keeps the mark that opened the sheet.
                if !(sheet_open && in_sheet(&acting)) {
                    let pointer = inner
                        .pointer
                        .as_ref()
                        .filter(|_| inner.recent)
                        .map(|p| (p.1, p.2));
                    inner.opener = acting.as_ref().and_then(selector);
                    // The whole mark (a point and its label), else what was pressed.
                    let mark = acting.as_ref().and_then(|el| {
                        el.closest(FINDABLE_SELECTOR)
                            .ok()
                            .flatten()
                            .or_else(|| Some(el.clone()))
                    });
                    inner.sheet.anchor = mark.map(|m| {
                        let part = acting.as_ref().map(client_rect);
                        crate::layout::sheet::anchor_of(client_rect(&m), part, pointer)
                    });
                } else {
                    // The page may have scrolled since: measure the opening mark again.
                    let mark = inner.opener.as_deref().and_then(|s| self.find(s));
                    inner.sheet.anchor =
                        mark.map(|m| crate::layout::sheet::anchor_of(client_rect(&m), None, None));
                }
                inner.sheet.generation += 1;
            }
            Action::Select(None) if sheet_open => {
                let pressed = inner
                    .pointer
                    .as_ref()
                    .map(|p| p.0.clone())
                    .filter(|_| inner.recent);
                if in_sheet(&focus) || focus.is_none() || in_sheet(&pressed) {
                    inner.pending = Pending::ToOpener;
                }
            }
            Action::Open(panel)
                if *panel == state.panel
                    && focus.as_ref().is_none_or(|e| inside(e, ".ma-panel")) =>
            {
                inner.pending = Pending::ToPanelButton(*panel);
            }
            // Closed with the focus elsewhere: it stays there.
            Action::Open(panel) if *panel == state.panel => {}
            Action::Open(_) => inner.pending = Pending::IntoPanel,
            Action::Toggle(..) => {
                if let Some(option) = focus.filter(|e| inside(e, ".ma-panel")) {
                    inner.pending = Pending::Refocus(option);
                }
            }
            _ => {}
        }
    }

    /// The element with the focus inside the widget, if any.
    fn active(&self) -> Option<Element> {
        let root = self.root.cast::<Element>()?;
        let node = root.get_root_node();
        let active = match node.dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.active_element(),
            None => web_sys::window()?.document()?.active_element(),
        }?;
        root.contains(Some(&active)).then_some(active)
    }

    /// The element `selector` finds, in the view first (a record's line in the sheet has
    /// the same `data-id` as its mark).
    fn find(&self, selector: &str) -> Option<Element> {
        let root = self.root.cast::<Element>()?;
        let find = |sel: &str| root.query_selector(sel).ok().flatten();
        find(&format!(".ma-main {selector}{DRAWN}")).or_else(|| find(&format!("{selector}{DRAWN}")))
    }

    fn after_render(&self) {
        // A sheet whose code is still on its way (`components::lazy`) has not had its
        // opening yet: it takes the focus when it arrives. Looked up only while an opening
        // waits, so most renders (a filter change, a pan) query nothing.
        let waiting = {
            let inner = self.inner.borrow();
            inner.handled != inner.sheet.generation
        };
        let sheet_drawn = waiting
            && self
                .root
                .cast::<Element>()
                .is_some_and(|root| root.query_selector(".ma-detail").ok().flatten().is_some());
        if sheet_drawn {
            let mut inner = self.inner.borrow_mut();
            inner.handled = inner.sheet.generation;
        }
        self.settle();
    }

    /// Called when a lazily loaded part (a panel, the sheet) is drawn for the first time:
    /// the focus goes where the opening that asked for it said.
    pub fn on_part_drawn(&self) -> Callback<()> {
        let keeper = self.clone();
        Callback::from(move |()| keeper.after_render())
    }

    /// Moves the focus as the last action asked, once what it goes to is drawn.
    fn settle(&self) {
        let Some(root) = self.root.cast::<Element>() else {
            return;
        };
        let pending = std::mem::take(&mut self.inner.borrow_mut().pending);
        let find = |sel: &str| root.query_selector(sel).ok().flatten();
        match pending {
            Pending::Nothing => {}
            Pending::ToOpener => {
                let opener = self.inner.borrow().opener.clone();
                let target = opener
                    .and_then(|s| self.find(&s))
                    // The mark is gone (filtered out, gathered into a count): its view.
                    .or_else(|| find(".ma-main [tabindex=\"0\"]"))
                    .or_else(|| find(".ma-tab[aria-selected=\"true\"]"));
                if let Some(t) = target {
                    focus_into(&t);
                }
            }
            Pending::IntoPanel => match find(".ma-panel") {
                Some(panel) => focus_into(&panel),
                // Its code is still on its way: kept for when it is drawn.
                None => self.inner.borrow_mut().pending = Pending::IntoPanel,
            },
            // Kept until the panel has caught up, whose render moves the row.
            Pending::Refocus(option) if self.inner.borrow().panel_behind => {
                self.inner.borrow_mut().pending = Pending::Refocus(option);
            }
            // Only when the focus was lost: never taken from where the reader moved it.
            Pending::Refocus(option) => {
                if self.active().is_none() && option.is_connected() {
                    focus_into(&option);
                }
            }
            Pending::ToPanelButton(p) => {
                if let Some(b) = find(&format!("[data-panel=\"{}\"]", p.key())) {
                    focus_into(&b);
                }
            }
        }
    }
}

/// An element's box in client pixels.
pub(super) fn client_rect(el: &Element) -> Rect {
    let r = el.get_bounding_client_rect();
    Rect {
        x0: r.left(),
        y0: r.top(),
        x1: r.right(),
        y1: r.bottom(),
    }
}

/// True when `el` is inside an element matching `sel` (itself included).
fn inside(el: &Element, sel: &str) -> bool {
    el.closest(sel).ok().flatten().is_some()
}

/// A selector that finds `el` (or the nearest findable element around it) after a redraw.
fn selector(el: &Element) -> Option<String> {
    let found = el
        .closest(&FINDABLE.map(|a| format!("[{a}]")).join(","))
        .ok()??;
    let name = FINDABLE.iter().find(|a| found.has_attribute(a))?;
    let value = found.get_attribute(name)?;
    let mut s = format!(
        "{}[{name}=\"{value}\"]",
        found.tag_name().to_ascii_lowercase()
    );
    for extra in ["data-code", "data-index"] {
        if let Some(v) = found.get_attribute(extra) {
            s.push_str(&format!("[{extra}=\"{v}\"]"));
        }
    }
    Some(s)
}

/// Focuses `el`, or the first thing inside it that takes the focus.
fn focus_into(el: &Element) {
    let try_focus = |e: &Element| -> bool {
        if let Some(h) = e.dyn_ref::<web_sys::HtmlElement>() {
            h.focus().is_ok()
        } else if let Some(s) = e.dyn_ref::<web_sys::SvgElement>() {
            s.focus().is_ok()
        } else {
            false
        }
    };
    let focusable = el
        .matches("button,a[href],input,select,textarea,[tabindex]")
        .unwrap_or(false);
    if focusable && try_focus(el) {
        return;
    }
    let inner = el
        .query_selector("button,a[href],input,select,textarea,[tabindex]:not([tabindex=\"-1\"])")
        .ok()
        .flatten();
    if let Some(inner) = inner {
        try_focus(&inner);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_selector_of_findable_elements_names_every_findable_attribute() {
        let names: Vec<String> = FINDABLE.iter().map(|a| format!("[{a}]")).collect();
        assert_eq!(FINDABLE_SELECTOR, names.join(","));
    }
}
