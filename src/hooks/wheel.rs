//! Wheel manners for a zoomable view: the wheel zooms only with Ctrl or ⌘ held, or after a
//! click inside the view (until the pointer leaves it); otherwise the page scrolls as it
//! would anywhere else, and a short hint says how to zoom. See `gesture::wheel`.

use crate::gesture::{wheel, Wheel};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the hint stays, in milliseconds.
pub const HINT_MS: i32 = 1600;

/// A view's wheel manners: whether it is engaged, and the hint.
#[derive(Clone)]
pub struct WheelManners {
    engaged: Rc<Cell<bool>>,
    hint: UseStateHandle<bool>,
    shown: Rc<Cell<u32>>,
}

impl WheelManners {
    /// The view's `onpointerdown`: `down` (the gesture's), after engaging the wheel (a press
    /// inside the view: the wheel zooms from now on).
    pub fn engaging(&self, down: &Callback<PointerEvent>) -> Callback<PointerEvent> {
        let (engaged, down) = (self.engaged.clone(), down.clone());
        Callback::from(move |e: PointerEvent| {
            engaged.set(true);
            down.emit(e);
        })
    }

    /// A `pointerleave` inside the view: the wheel scrolls the page again if it is the view
    /// (the element with class `view`) that the pointer left. Yew hands a view's handler the
    /// leave events of everything inside it too (it emulates bubbling), and one fires
    /// whenever a redraw removes the mark under the pointer.
    pub fn leave(&self, e: &PointerEvent, view: &str) {
        let target = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
        let class = target
            .and_then(|t| t.get_attribute("class"))
            .unwrap_or_default();
        if class.split_whitespace().any(|c| c == view) {
            self.engaged.set(false);
        }
    }

    /// What `e` does to the view. When the view takes it, the page does not scroll; when
    /// the page takes it, the hint shows for a moment.
    pub fn read(&self, e: &WheelEvent, pans_sideways: bool) -> Wheel {
        let what = wheel(
            (e.delta_x(), e.delta_y()),
            e.delta_mode() == 1,
            e.ctrl_key() || e.meta_key(),
            self.engaged.get(),
            pans_sideways,
        );
        if what == Wheel::Page {
            self.show_hint();
        } else {
            e.prevent_default();
        }
        what
    }

    /// True while the hint is shown.
    pub fn hint(&self) -> bool {
        *self.hint
    }

    fn show_hint(&self) {
        let ticket = self.shown.get().wrapping_add(1);
        self.shown.set(ticket);
        self.hint.set(true);
        let (hint, shown) = (self.hint.clone(), self.shown.clone());
        // Hidden again unless another turn came since; the closure frees itself once run.
        let hide = Closure::once_into_js(move || {
            if shown.get() == ticket {
                hint.set(false);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                hide.unchecked_ref(),
                HINT_MS,
            );
        }
    }
}

/// The wheel manners of one view.
#[hook]
pub fn use_wheel_manners() -> WheelManners {
    WheelManners {
        engaged: use_memo((), |_| Cell::new(false)),
        hint: use_state_eq(|| false),
        shown: use_memo((), |_| Cell::new(0u32)),
    }
}
