//! Hooks: the state reducer wired into Yew, live host options, the URL kept in step with
//! the state (see `url`), CSS properties set through the CSSOM, element widths, the
//! pointer gestures of the map and the timeline (see `gesture`), the wheel's manners over
//! zoomable views (see `wheel`), and the detail sheet's place and the keyboard focus
//! around it and the panels (see `sheet`, `focus`), the place a pan rested on (see
//! `rested`), what follows the reader's action one paint later (see `deferred`), and what a
//! filter empties, kept hidden to be shown again (see `kept`).

mod deferred;
mod focus;
mod gesture;
mod kept;
mod rested;
mod sheet;
mod url;
pub mod wheel;

pub use deferred::use_deferred;
pub use focus::{use_focus_keeper, FocusKeeper, Opener};
pub use gesture::{use_gesture, Gestures};
pub use kept::{kept, DRAWN, KEPT};
pub use rested::{use_rested, Rested};
pub use sheet::{use_sheet_place, SheetKey};
pub(crate) use url::after;

use crate::options::Options;
use crate::query;
use crate::share::meaningful_change;
use crate::state::{apply, Action, WidgetState};
use std::cell::RefCell;
use std::rc::Rc;
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

/// The state a page starts from before its URL is read: the host's options.
pub fn base_state(options: &Options) -> WidgetState {
    WidgetState {
        view: options.view,
        lang: options.lang,
        ..WidgetState::default()
    }
}

/// The widget state. Starts from the host's options, then the `state` option, then the
/// URL (which wins: it is what a shared link carries). Afterwards the URL follows the
/// state: meaningful changes push a history entry, panning and zooming replace it; Back
/// and Forward bring the matching state back. See [`url`] for how it treats host routers.
#[hook]
pub fn use_widget_state(options: &Options) -> UseReducerHandle<WidgetState> {
    let base = base_state(options);
    // The URL key this widget owns now (`None`: not syncing); read by the listeners below
    // when they run, so a change of the `url-key` option reaches them.
    let key = use_mut_ref(|| url::claim(options.url_key.as_deref()));
    let state = use_reducer_eq({
        let (options, key) = (options.clone(), key.borrow().clone());
        move || initial_state(&options, key.as_deref())
    });
    {
        let key = key.clone();
        use_effect_with((), move |_| move || url::release(key.borrow().as_deref()));
    }
    // Live options: apply only what the host changed, leaving the reader's choices alone.
    let previous = use_mut_ref(|| options.clone());
    {
        let (state, key, base) = (state.clone(), key.clone(), base.clone());
        use_effect_with(options.clone(), move |options| {
            let mut previous = previous.borrow_mut();
            if previous.view != options.view {
                state.dispatch(Action::SetView(options.view));
            }
            if previous.lang != options.lang {
                state.dispatch(Action::SetLang(options.lang));
            }
            if previous.url_key != options.url_key {
                switch_key(&key, options.url_key.as_deref(), &state, &base);
            }
            *previous = options.clone();
        });
    }
    // State → URL, just after the frame that shows the change.
    let written = use_mut_ref(|| None::<WidgetState>);
    let pending = use_mut_ref(Pending::default);
    {
        let (key, base, written, pending) =
            (key.clone(), base.clone(), written.clone(), pending.clone());
        use_effect_with((*state).clone(), move |now| {
            let mut last = written.borrow_mut();
            let push = last
                .as_ref()
                .is_some_and(|before| meaningful_change(before, now));
            *last = Some(now.clone());
            if let Some(key) = key.borrow().clone() {
                let value = query::write(now, &base);
                schedule_url_write(&pending, key, value, push, base);
            }
        });
    }
    // Back/Forward → state. The state it sets is the one the address describes and counts
    // as written, so the write above pushes nothing from here. A replace still waiting for
    // the entry the reader left loses its turn: fired later, it would write that entry's
    // view into the one the reader came to.
    {
        let state = state.clone();
        use_effect_with(base.clone(), move |base| {
            let base = base.clone();
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "popstate", move |_| {
                    let Some(key) = key.borrow().clone() else {
                        return;
                    };
                    {
                        let mut p = pending.borrow_mut();
                        p.turn = p.turn.wrapping_add(1);
                        p.visit = p.visit.wrapping_add(1);
                        p.value = None;
                    }
                    let value = query::param_text(&url::search(), &key).unwrap_or_default();
                    let reading = query::read(&value, &base);
                    *written.borrow_mut() = Some(reading.state.clone());
                    state.dispatch(Action::Replace(Box::new(reading.state)));
                })
            });
            move || drop(listener)
        });
    }
    state
}

/// The host changed `url-key`: give the old key back, take the new one, and move the view
/// there in one replaced entry (the old parameter goes; if the address already has a value
/// under the new key, that value is read instead, as at start-up).
fn switch_key(
    key: &RefCell<Option<String>>,
    wanted: Option<&str>,
    state: &UseReducerHandle<WidgetState>,
    base: &WidgetState,
) {
    let old = key.borrow_mut().take();
    url::release(old.as_deref());
    let new = url::claim(wanted);
    *key.borrow_mut() = new.clone();
    let search = url::search();
    let mut next = match &old {
        Some(old) => query::with_param(&search, old, None),
        None => search.clone(),
    };
    if let Some(new) = &new {
        match query::param_text(&search, new) {
            Some(value) => {
                state.dispatch(Action::Replace(Box::new(read_with_notice(&value, base))))
            }
            None => next = query::with_param(&next, new, query::write(state, base).as_deref()),
        }
    }
    if next != search {
        url::set_search(&next, false);
    }
}

/// `value` read on top of `state`, with a notice quoting what could not be read.
fn read_with_notice(value: &str, state: &WidgetState) -> WidgetState {
    let reading = query::read(value, state);
    let mut next = reading.state;
    if !reading.dropped.is_empty() {
        next.notices.push(reading.dropped.join(" · "));
    }
    next
}

/// The first state: the options, then the `state` option, then the URL value under `key`
/// (the key this widget owns, if any).
fn initial_state(options: &Options, key: Option<&str>) -> WidgetState {
    let mut state = base_state(options);
    let mut notices = Vec::new();
    let values = [
        options.state.clone(),
        key.and_then(|k| query::param_text(&url::search(), k)),
    ];
    for value in values.iter().flatten() {
        state = read_with_notice(value, &state);
        notices.append(&mut state.notices);
    }
    if !notices.is_empty() {
        state.notices.push(notices.join(" · "));
    }
    state
}

/// Scrolls `node` into view once, when `ready` first holds, if the page was opened from a
/// link to a view of this widget (the address holds a value under its URL key `key`) and
/// the link names no anchor of the page itself: a shared link lands on the widget, not at
/// the top of the article around it.
#[hook]
pub fn use_scroll_to_shared(node: NodeRef, ready: bool, key: Option<String>) {
    // Decided from the address the page opened with, before the widget writes its own.
    let shared = *use_memo((), move |_| {
        let search = url::search();
        let linked = key.is_some_and(|k| query::param_text(&search, &k).is_some());
        let document = web_sys::window().and_then(|w| w.document());
        let hash = web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .unwrap_or_default();
        let anchored =
            hash.len() > 1 && document.is_some_and(|d| d.get_element_by_id(&hash[1..]).is_some());
        linked && !anchored
    });
    let done = use_mut_ref(|| false);
    use_effect_with(ready, move |ready| {
        if *ready && shared && !done.replace(true) {
            if let Some(element) = node.cast::<web_sys::Element>() {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                element.scroll_into_view_with_scroll_into_view_options(&options);
            }
        }
    });
}

/// Sets CSS properties of `node` through the CSSOM (`element.style`) after every render; an
/// empty value removes the property. Never a `style="…"` attribute: a host page whose
/// Content-Security-Policy has no 'unsafe-inline' in `style-src` blocks those (and reports
/// each one), but not the CSSOM.
#[hook]
pub fn use_css(node: NodeRef, properties: Vec<(&'static str, String)>) {
    use_effect(move || {
        if let Some(element) = node.cast::<web_sys::HtmlElement>() {
            let style = element.style();
            for (name, value) in &properties {
                let _ = if value.is_empty() {
                    style.remove_property(name).map(drop)
                } else {
                    style.set_property(name, value)
                };
            }
        }
    });
}

/// Quiet time after a pan or zoom before the URL is replaced: one `replaceState` per
/// gesture, not one per pointer move or key repeat (Safari throws after about 100 calls in
/// 30 s, and each costs the frame about 2 ms in Chromium).
const REPLACE_AFTER_MS: i32 = 250;

/// The replace waiting for a gesture to end: its turn (a later write takes the turn, so
/// the waiting one does nothing when it fires) and the value it would write; and which
/// history entry the writes are for (Back or Forward starts another visit: a push still
/// waiting from the last one would cut off the entries ahead).
#[derive(Default)]
pub struct Pending {
    turn: u32,
    visit: u32,
    value: Option<Option<String>>,
}

/// Writes the URL after the frame that shows the change, not inside it. A meaningful change
/// pushes at once (after first writing a pending pan into the entry it leaves, so Back
/// returns to the view as it was); a pan or zoom replaces only after [`REPLACE_AFTER_MS`]
/// of quiet, each new one restarting the wait. Timers are self-freeing closures
/// (`url::after`), never cancelled: a stale one finds its turn taken and writes nothing.
fn schedule_url_write(
    pending: &Rc<RefCell<Pending>>,
    key: String,
    value: Option<String>,
    push: bool,
    base: WidgetState,
) {
    let mut p = pending.borrow_mut();
    p.turn = p.turn.wrapping_add(1);
    let earlier = p.value.take();
    // Nothing to write and nothing in the address: no timer at all (a page that mounts
    // many default widgets keeps no closures waiting).
    if !push
        && value.is_none()
        && earlier.is_none()
        && query::param_text(&url::search(), &key).is_none()
    {
        return;
    }
    if push {
        let visit = p.visit;
        drop(p);
        let pending = pending.clone();
        // After the paint: `pushState` costs 0.6–0.9 ms median in Chromium even on a blank
        // page, with tails of several ms, and the frame that answers the click need not wait
        // for the address. A Back in between starts another visit, and this push is dropped.
        deferred::after_paint(Box::new(move || {
            if pending.borrow().visit != visit {
                return;
            }
            if let Some(earlier) = earlier {
                url::write(&key, earlier.as_deref(), false, &base);
            }
            url::write(&key, value.as_deref(), true, &base);
        }));
    } else {
        p.value = Some(value);
        let turn = p.turn;
        drop(p);
        let pending = pending.clone();
        url::after(
            REPLACE_AFTER_MS,
            Box::new(move || {
                let mut p = pending.borrow_mut();
                if p.turn == turn {
                    if let Some(value) = p.value.take() {
                        url::write(&key, value.as_deref(), false, &base);
                    }
                }
            }),
        );
    }
}

/// An observer watching one element (a ResizeObserver, or an IntersectionObserver bound
/// as one: their `observe(target)` and `disconnect()` are the same calls, so one binding
/// serves both), with the callback it reports to; dropping it disconnects the observer.
struct Watching {
    observer: web_sys::ResizeObserver,
    // Kept alive while the observer may call it.
    _callback: wasm_bindgen::closure::Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for Watching {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Watches `element` with the observer `construct` makes around `on_entries`; `None`
/// where the browser has no such observer.
fn watch(
    element: &web_sys::Element,
    construct: fn(&js_sys::Function) -> Result<web_sys::ResizeObserver, wasm_bindgen::JsValue>,
    on_entries: impl FnMut(js_sys::Array) + 'static,
) -> Option<Watching> {
    let callback = wasm_bindgen::closure::Closure::<dyn FnMut(js_sys::Array)>::new(on_entries);
    let observer = construct(wasm_bindgen::JsCast::unchecked_ref(callback.as_ref())).ok()?;
    observer.observe(element);
    Some(Watching {
        observer,
        _callback: callback,
    })
}

/// Where an element lies against what the reader sees, as the browser last reported it
/// ([`use_fold`]). Both stay at their defaults on the host, where effects do not run.
#[derive(Default)]
pub struct Fold {
    /// Wholly below what the reader sees (not yet scrolled to): what is drawn there can
    /// wait one paint (issue 16). `false` until the browser first reports.
    pub below: std::cell::Cell<bool>,
    /// The screen's height, px; 0 until measured. No window shows more than its screen,
    /// and reading the window's (`innerHeight`) makes mobile Chromium lay the page out at
    /// once, mid-render.
    pub screen_height: std::cell::Cell<f64>,
}

/// The screen's height, px, through `Reflect` (web-sys's `Screen` cost glue for two
/// getters); 0 where there is none.
pub(crate) fn screen_height() -> f64 {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"screen".into()).ok())
        .and_then(|s| js_sys::Reflect::get(&s, &"height".into()).ok())
        .and_then(|h| h.as_f64())
        .unwrap_or_default()
}

/// Where `node` lies against what the reader sees, kept current by an
/// IntersectionObserver (and the screen's height read with each report).
#[hook]
pub fn use_fold(node: NodeRef) -> Rc<Fold> {
    let fold = use_memo((), |_| Fold::default());
    {
        let fold = fold.clone();
        use_effect_with(node, move |node| {
            fold.screen_height.set(screen_height());
            let watching = node.cast::<web_sys::Element>().and_then(|element| {
                let construct = |f: &js_sys::Function| {
                    web_sys::IntersectionObserver::new(f).map(wasm_bindgen::JsCast::unchecked_into)
                };
                watch(&element, construct, move |entries: js_sys::Array| {
                    // The newest report is the last; the observer reports nothing else.
                    if entries.length() > 0 {
                        let entry: web_sys::IntersectionObserverEntry =
                            wasm_bindgen::JsCast::unchecked_into(entries.at(-1));
                        fold.below.set(
                            !entry.is_intersecting() && entry.bounding_client_rect().top() > 0.0,
                        );
                        fold.screen_height.set(screen_height());
                    }
                })
            });
            move || drop(watching)
        });
    }
    fold
}

/// The width of `node` in CSS pixels, kept current by a ResizeObserver; `fallback` until
/// the element is measured (and on the host, where there is no layout).
#[hook]
pub fn use_width(node: NodeRef, fallback: f64) -> f64 {
    let width = use_state_eq(|| fallback);
    {
        let width = width.clone();
        use_effect_with(node, move |node| {
            let watching = node.cast::<web_sys::Element>().and_then(|element| {
                let measure = {
                    let width = width.clone();
                    move |w: f64| {
                        if w > 0.0 {
                            width.set(w.round());
                        }
                    }
                };
                measure(element.get_bounding_client_rect().width());
                watch(
                    &element,
                    web_sys::ResizeObserver::new,
                    move |entries: js_sys::Array| {
                        if let Ok(entry) = wasm_bindgen::JsCast::dyn_into::<
                            web_sys::ResizeObserverEntry,
                        >(entries.get(0))
                        {
                            measure(entry.content_rect().width());
                        }
                    },
                )
            });
            move || drop(watching)
        });
    }
    *width
}
