//! Hooks: the state reducer wired into Yew, live host options, the URL kept in step with
//! the state, and element widths.

use crate::options::Options;
use crate::query;
use crate::share::meaningful_change;
use crate::state::{apply, Action, WidgetState};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = apply(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

thread_local! {
    /// URL keys in use on this page: a second widget with the same key does not sync,
    /// so two instances never fight over one parameter.
    static CLAIMED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// The state a page starts from before its URL is read: the host's options.
pub fn base_state(options: &Options) -> WidgetState {
    WidgetState {
        view: options.view,
        lang: options.lang,
        ..WidgetState::default()
    }
}

fn location_search() -> Option<String> {
    web_sys::window()?.location().search().ok()
}

/// The widget state. Starts from the host's options, then the `state` option, then the
/// URL (which wins: it is what a shared link carries). Afterwards the URL follows the
/// state: meaningful changes push a history entry, panning and zooming replace it; Back
/// and Forward bring the matching state back.
#[hook]
pub fn use_widget_state(options: &Options) -> UseReducerHandle<WidgetState> {
    let base = base_state(options);
    let state = use_reducer_eq({
        let options = options.clone();
        move || initial_state(&options)
    });
    let key = use_state(|| claim(options.url_key.as_deref()));
    {
        let key = key.clone();
        use_effect_with((), move |_| {
            let key = (*key).clone();
            move || {
                if let Some(k) = key {
                    CLAIMED.with(|c| c.borrow_mut().retain(|x| *x != k));
                }
            }
        });
    }
    // Live options: apply only what the host changed, leaving the reader's choices alone.
    let previous = use_mut_ref(|| options.clone());
    {
        let state = state.clone();
        use_effect_with(options.clone(), move |options| {
            let mut previous = previous.borrow_mut();
            if previous.view != options.view {
                state.dispatch(Action::SetView(options.view));
            }
            if previous.lang != options.lang {
                state.dispatch(Action::SetLang(options.lang));
            }
            *previous = options.clone();
        });
    }
    // State → URL.
    let written = use_mut_ref(|| None::<WidgetState>);
    let pending = use_mut_ref(|| None::<Pending>);
    {
        let key = (*key).clone();
        let base = base.clone();
        use_effect_with((*state).clone(), move |now| {
            if let Some(key) = key {
                let mut last = written.borrow_mut();
                let push = last
                    .as_ref()
                    .is_some_and(|before| meaningful_change(before, now));
                let value = query::write(now, &base);
                schedule_url_write(&pending, key, value, push);
                *last = Some(now.clone());
            }
        });
    }
    // Back/Forward → state.
    {
        let key = (*key).clone();
        let state = state.clone();
        use_effect_with(base.clone(), move |base| {
            let base = base.clone();
            let listener = key.zip(web_sys::window()).map(|(key, window)| {
                gloo_events::EventListener::new(&window, "popstate", move |_| {
                    let search = location_search().unwrap_or_default();
                    let value = query::param(&search, &key).unwrap_or("");
                    let reading = query::read(value, &base);
                    state.dispatch(Action::Replace(Box::new(reading.state)));
                })
            });
            move || drop(listener)
        });
    }
    state
}

fn claim(key: Option<&str>) -> Option<String> {
    let key = key?.to_string();
    CLAIMED.with(|c| {
        let mut claimed = c.borrow_mut();
        if claimed.contains(&key) {
            return None;
        }
        claimed.push(key.clone());
        Some(key)
    })
}

fn initial_state(options: &Options) -> WidgetState {
    let base = base_state(options);
    let mut state = base.clone();
    let mut dropped = Vec::new();
    if let Some(s) = &options.state {
        let r = query::read(s, &state);
        state = r.state;
        dropped.extend(r.dropped);
    }
    let claimed_elsewhere = options
        .url_key
        .as_ref()
        .is_some_and(|k| CLAIMED.with(|c| c.borrow().contains(k)));
    if let (Some(key), false) = (&options.url_key, claimed_elsewhere) {
        if let Some(value) = location_search()
            .as_deref()
            .and_then(|s| query::param(s, key).map(str::to_string))
        {
            let r = query::read(&value, &state);
            state = r.state;
            dropped.extend(r.dropped);
        }
    }
    if !dropped.is_empty() {
        state.notices.push(dropped.join(" · "));
    }
    state
}

/// Quiet time after a pan or zoom before the URL is replaced: one `replaceState` per
/// gesture, not one per pointer move or key repeat (Safari throws after about 100 calls in
/// 30 s, and each costs the frame about 2 ms in Chromium).
const REPLACE_AFTER_MS: u32 = 250;

/// A `replaceState` waiting for the gesture to end: the timer (dropping it cancels the
/// write) and the value it will write.
struct Pending {
    _timer: gloo_timers::callback::Timeout,
    value: Rc<RefCell<Option<Option<String>>>>,
}

/// Writes the URL after the frame that shows the change, not inside it. A meaningful change
/// pushes at once (after first writing a pending pan into the entry it leaves, so Back
/// returns to the view as it was); a pan or zoom replaces only after [`REPLACE_AFTER_MS`]
/// of quiet, each new one restarting the wait.
fn schedule_url_write(
    pending: &Rc<RefCell<Option<Pending>>>,
    key: String,
    value: Option<String>,
    push: bool,
) {
    use gloo_timers::callback::Timeout;
    let earlier = pending
        .borrow_mut()
        .take()
        .and_then(|p| p.value.borrow_mut().take());
    if push {
        Timeout::new(0, move || {
            if let Some(earlier) = earlier {
                write_url(&key, earlier.as_deref(), false);
            }
            write_url(&key, value.as_deref(), true);
        })
        .forget();
    } else {
        let cell = Rc::new(RefCell::new(Some(value)));
        let timer = Timeout::new(REPLACE_AFTER_MS, {
            let cell = cell.clone();
            move || {
                if let Some(value) = cell.borrow_mut().take() {
                    write_url(&key, value.as_deref(), false);
                }
            }
        });
        *pending.borrow_mut() = Some(Pending {
            _timer: timer,
            value: cell,
        });
    }
}

fn write_url(key: &str, value: Option<&str>, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let search = location.search().unwrap_or_default();
    if query::param(&search, key) == value {
        return;
    }
    let url = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        query::with_param(&search, key, value),
        location.hash().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// The width of `node` in CSS pixels, kept current by a ResizeObserver; `fallback` until
/// the element is measured (and on the host, where there is no layout).
#[hook]
pub fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let observer = node.cast::<web_sys::Element>().and_then(|element| {
                let measure = {
                    let width = width.clone();
                    move |w: f64| {
                        if w > 0.0 {
                            width.set(w.round());
                        }
                    }
                };
                measure(element.get_bounding_client_rect().width());
                let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(
                    move |entries: js_sys::Array| {
                        if let Ok(entry) = wasm_bindgen::JsCast::dyn_into::<
                            web_sys::ResizeObserverEntry,
                        >(entries.get(0))
                        {
                            measure(entry.content_rect().width());
                        }
                    },
                );
                let observer = web_sys::ResizeObserver::new(wasm_bindgen::JsCast::unchecked_ref(
                    callback.as_ref(),
                ))
                .ok()?;
                observer.observe(&element);
                Some((observer, callback))
            });
            move || {
                if let Some((observer, _callback)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
