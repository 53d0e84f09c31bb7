//! The one pointer-gesture hook of the map and the timeline: pointer events in, the view a
//! drag or a pinch asks for out. The arithmetic lives in `crate::gesture` (host-tested);
//! this file only wires it to Yew's pointer events and captures the pointer once a press
//! becomes a drag.

use crate::gesture::{Gesture, Move};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// The handlers to put on a view's element, and whether the last press became a drag.
#[derive(Clone)]
pub struct Gestures<V> {
    /// `onpointerdown`.
    pub down: Callback<PointerEvent>,
    /// `onpointermove`.
    pub moved: Callback<PointerEvent>,
    /// `onpointerup` and `onpointercancel`.
    pub up: Callback<PointerEvent>,
    state: Rc<RefCell<Gesture<V>>>,
}

impl<V: Copy> Gestures<V> {
    /// True when the last press became a drag: its click must not select anything.
    pub fn dragged(&self) -> bool {
        self.state.borrow().dragged()
    }
}

/// Pointer gestures on a view showing `view`. `on_move` gets the view the gesture started
/// from, the move so far, and whether this move is the one that turned a press into a drag
/// (the map hides its tooltip then); it emits the action that shows the new view.
#[hook]
pub fn use_gesture<V, F>(view: V, on_move: F) -> Gestures<V>
where
    V: Copy + 'static,
    F: Fn(V, Move, bool) + 'static,
{
    let state = use_mut_ref(Gesture::<V>::default);
    let down = {
        let state = state.clone();
        Callback::from(move |e: PointerEvent| {
            state.borrow_mut().down(
                e.pointer_id(),
                f64::from(e.client_x()),
                f64::from(e.client_y()),
                view,
            );
        })
    };
    let moved = {
        let state = state.clone();
        Callback::from(move |e: PointerEvent| {
            let moved = state.borrow_mut().moved(
                e.pointer_id(),
                f64::from(e.client_x()),
                f64::from(e.client_y()),
            );
            let Some((start, m, first)) = moved else {
                return;
            };
            if first {
                // Keep receiving the moves when the pointer leaves the element mid-drag.
                if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
            on_move(start, m, first);
        })
    };
    let up = {
        let state = state.clone();
        Callback::from(move |e: PointerEvent| state.borrow_mut().up(e.pointer_id(), view))
    };
    Gestures {
        down,
        moved,
        up,
        state,
    }
}
