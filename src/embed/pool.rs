//! Yew apps kept for reuse. Yew never removes the event listeners an app registers on its
//! root element (it forgets their closures on purpose), so every app created and destroyed
//! kept its container node, nine listeners and about 3.7 KB of wasm memory: 300 mounts
//! grew the page by 1 MB. A destroyed widget's app is parked here instead, emptied, and
//! the next mount moves its container into the new shadow root: the page holds as many
//! apps as it ever showed widgets at once.

use crate::components::{App, AppProps};
use std::cell::{Cell, RefCell};
use wasm_bindgen::JsValue;
use web_sys::{Document, Element};
use yew::prelude::*;
use yew::AppHandle;

/// Props of [`Root`].
#[derive(Properties, PartialEq, Clone)]
pub struct RootProps {
    /// The widget to show, with the mount it belongs to; `None` while parked.
    pub widget: Option<(u32, AppProps)>,
}

/// The component an app is created with: the widget, keyed by its mount, so each mount
/// starts from fresh state (hooks, listeners, URL claim) and a parked app holds none.
#[function_component]
pub fn Root(props: &RootProps) -> Html {
    match &props.widget {
        Some((mount, app)) => html! { <App key={*mount} ..app.clone() /> },
        None => html! {},
    }
}

/// An app and the element it renders into.
pub struct Slot {
    /// The app.
    pub app: AppHandle<Root>,
    /// Its root element: a `div.ma-host` that moves between shadow roots.
    pub container: Element,
    /// The mount it shows now.
    mount: u32,
}

impl Slot {
    /// Shows `props` in the current mount (the host changed its options).
    pub fn update(&mut self, props: AppProps) {
        self.app.update(RootProps {
            widget: Some((self.mount, props)),
        });
    }
}

thread_local! {
    static PARKED: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
    static MOUNTS: Cell<u32> = const { Cell::new(0) };
}

/// An app showing `props`, parked or new, whose container belongs to `document`.
pub fn take(document: &Document, props: AppProps) -> Result<Slot, JsValue> {
    let mount = MOUNTS.with(|m| m.replace(m.get().wrapping_add(1)));
    let parked = PARKED.with(|p| {
        let mut parked = p.borrow_mut();
        let i = parked
            .iter()
            .position(|s| s.container.owner_document().as_ref() == Some(document))?;
        Some(parked.swap_remove(i))
    });
    if let Some(mut slot) = parked {
        slot.mount = mount;
        slot.update(props);
        return Ok(slot);
    }
    let container = document.create_element("div")?;
    container.set_class_name("ma-host");
    // The widget's languages are written left to right: a right-to-left host page must not
    // turn its ranges and numbers around ("9,999–1,000").
    container.set_attribute("dir", "ltr")?;
    let widget = Some((mount, props));
    let app = yew::Renderer::<Root>::with_root_and_props(container.clone(), RootProps { widget })
        .render();
    Ok(Slot {
        app,
        container,
        mount,
    })
}

/// Empties `slot`'s app, takes its container out of the page and keeps both for the next
/// mount.
pub fn park(mut slot: Slot) {
    slot.app.update(RootProps { widget: None });
    slot.container.remove();
    PARKED.with(|p| p.borrow_mut().push(slot));
}
