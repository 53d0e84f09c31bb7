//! What stands beside the answer to the reader's action follows one paint later (issue 16):
//! the filter panel's counts beside the box just ticked, the charts under the lanes, the
//! map legend's counts, the table's rows below the fold. The view and the ticked box change
//! in the next frame; these catch up right after it, so the frame the reader waits for
//! carries only what answers the action. React calls the same idea `useDeferredValue`.

use super::url::Once;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// The longest what follows a frame waits for the page to be idle (ms). Headless Chromium
/// gave no idle time at all to a page where no other task followed the frame (the counts
/// beside a ticked box never came); a real browser is idle long before.
const IDLE_DEADLINE_MS: u32 = 100;

/// Runs `f` once the next frame has been painted and the page is idle: the frame's
/// animation callback asks for an idle callback, so the work lands after the paint and
/// after whatever else was waiting (a browser without idle callbacks, Safari, takes a
/// timer). A task queued right after the frame instead ran before the frame was shown
/// (Chromium presents it later), and the frame waited for it: 6–8 ms more per filter change.
pub(super) fn after_paint(f: Once) {
    let Some(window) = web_sys::window() else {
        return f();
    };
    // A hidden page paints no frame, and shows nothing to catch up with until it does.
    let next = Closure::once_into_js(move || {
        let run = Closure::once_into_js(f);
        let Some(window) = web_sys::window() else {
            return;
        };
        // `{ timeout }` built as a plain object: the typed builder (web-sys IdleRequestOptions)
        // cost 261 B gzip more.
        let deadline = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&deadline, &"timeout".into(), &IDLE_DEADLINE_MS.into());
        if window
            .request_idle_callback_with_options(run.unchecked_ref(), deadline.unchecked_ref())
            .is_err()
        {
            let _ = window
                .set_timeout_with_callback_and_timeout_and_arguments_0(run.unchecked_ref(), 0);
        }
    });
    let _ = window.request_animation_frame(next.unchecked_ref());
}

/// A render asked for once the next frame is painted. While one is asked for, asking again
/// changes nothing: renders in between (a pan's steps, say) cannot push it back, and the
/// render it brings catches up with whatever the value is by then.
#[derive(Clone)]
struct Later {
    /// Set when the asked-for render is due: the render that finds it catches up.
    due: Rc<RefCell<bool>>,
    asked: Rc<RefCell<bool>>,
    refresh: UseForceUpdateHandle,
}

thread_local! {
    /// The renders asked for until the next paint. One wait serves them all, so they are
    /// asked in one task, and Yew renders a component with two values behind (the map's
    /// legend and labels) once, not once per value.
    static WAITING: RefCell<Vec<Later>> = const { RefCell::new(Vec::new()) };
}

impl Later {
    fn ask(&self) {
        if std::mem::replace(&mut *self.asked.borrow_mut(), true) {
            return;
        }
        let first = WAITING.with(|w| {
            let mut waiting = w.borrow_mut();
            waiting.push(self.clone());
            waiting.len() == 1
        });
        if first {
            after_paint(Box::new(|| {
                for later in WAITING.with(|w| std::mem::take(&mut *w.borrow_mut())) {
                    *later.asked.borrow_mut() = false;
                    *later.due.borrow_mut() = true;
                    later.refresh.force_update();
                }
            }));
        }
    }
}

#[hook]
fn use_later() -> Later {
    Later {
        due: use_mut_ref(|| false),
        asked: use_mut_ref(|| false),
        refresh: use_force_update(),
    }
}

/// `value` as drawn, and whether that is behind `value`: when `lag`, a new value is
/// returned from the first render after the next paint (the component renders once more
/// then), and until then the one drawn before; otherwise `value` at once. Only the
/// closures of [`Later`] run outside render, and they hold no `T`: one copy of them serves
/// every type.
#[hook]
pub fn use_deferred<T: Clone + PartialEq + 'static>(value: T, lag: bool) -> (T, bool) {
    let shown: Rc<RefCell<T>> = use_mut_ref(|| value.clone());
    let later = use_later();
    let due = std::mem::take(&mut *later.due.borrow_mut());
    let behind = lag && !due && *shown.borrow() != value;
    if behind {
        later.ask();
    } else {
        *shown.borrow_mut() = value;
    }
    let drawn = shown.borrow().clone();
    (drawn, behind)
}
