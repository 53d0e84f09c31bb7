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

/// What a view's wheel manners remember between renders.
#[derive(Default)]
struct Memory {
    /// Clicked inside, and the pointer has not left since.
    engaged: Cell<bool>,
    /// How many times the hint was shown: a timer hides it only if it is still its turn.
    shown: Cell<u32>,
}

/// A view's wheel manners: whether it is engaged, and the hint.
#[derive(Clone)]
pub struct WheelManners {
    memory: Rc<Memory>,
    hint: UseStateHandle<bool>,
}

impl WheelManners {
    /// The view's `onpointerdown`: `down` (the gesture's), after engaging the wheel (a press
    /// inside the view: the wheel zooms from now on).
    pub fn engaging(&self, down: &Callback<PointerEvent>) -> Callback<PointerEvent> {
        let (memory, down) = (self.memory.clone(), down.clone());
        Callback::from(move |e: PointerEvent| {
            memory.engaged.set(true);
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
            self.memory.engaged.set(false);
        }
    }

    /// What `e` does to the view. When the view takes it, the page does not scroll; when
    /// the page takes it, the hint shows for a moment.
    pub fn read(&self, e: &WheelEvent, pans_sideways: bool) -> Wheel {
        let what = wheel(
            (e.delta_x(), e.delta_y()),
            e.delta_mode() == 1,
            e.ctrl_key() || e.meta_key(),
            self.memory.engaged.get(),
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
        let ticket = self.memory.shown.get().wrapping_add(1);
        self.memory.shown.set(ticket);
        self.hint.set(true);
        let (hint, memory) = (self.hint.clone(), self.memory.clone());
        // Hidden again unless another turn came since; the closure frees itself once run.
        let hide = Closure::once_into_js(move || {
            if memory.shown.get() == ticket {
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
        memory: use_memo((), |_| Memory::default()),
        hint: use_state_eq(|| false),
    }
}
