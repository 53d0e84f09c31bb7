//! Title and the view switch.

use crate::i18n::{tr, Lang, Text};
use crate::state::View;
use wasm_bindgen::JsCast;
use yew::prelude::*;

fn label(view: View) -> Text {
    match view {
        View::Timeline => Text::ViewTimeline,
        View::Map => Text::ViewMap,
        View::Table => Text::ViewTable,
    }
}

/// The widget's title and a tab list of views (arrow keys move between tabs); `on_view`
/// hears the view the reader picked. A plain function, not a component: it has no hook,
/// and a component's machinery cost more wasm bytes (about 0.4 KB gzip, issue 16) than
/// drawing three tabs again when the root renders.
pub fn header(view: View, lang: Lang, on_view: &Callback<View>) -> Html {
    let on_key = {
        let on_view = on_view.clone();
        Callback::from(move |e: KeyboardEvent| {
            let i = View::ALL.iter().position(|v| *v == view).unwrap_or(0);
            let n = View::ALL.len();
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => (i + 1) % n,
                "ArrowLeft" | "ArrowUp" => (i + n - 1) % n,
                "Home" => 0,
                "End" => n - 1,
                _ => return,
            };
            e.prevent_default();
            on_view.emit(View::ALL[next]);
            // The focus follows the selection (issue 11: the focused tab lost its ring).
            let tab = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|t| t.closest("[role=\"tablist\"]").ok().flatten())
                .and_then(|list| {
                    let selector = format!("[data-view=\"{}\"]", View::ALL[next].key());
                    list.query_selector(&selector).ok().flatten()
                })
                .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok());
            if let Some(tab) = tab {
                let _ = tab.focus();
            }
        })
    };
    let tabs = View::ALL.iter().map(|&v| {
        let selected = v == view;
        let on_click = on_view.reform(move |_: MouseEvent| v);
        html! {
            <button type="button" role="tab" class="ma-tab" id={crate::components::app::tab_id(v)}
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                data-view={v.key()} onclick={on_click}>
                { tr(lang, label(v)) }
            </button>
        }
    });
    html! {
        <header class="ma-header">
            <div class="ma-titles">
                <h2 class="ma-title">{ tr(lang, Text::Title) }</h2>
                <p class="ma-subtitle">{ tr(lang, Text::Subtitle) }</p>
            </div>
            <div class="ma-tabs" role="tablist" aria-label={tr(lang, Text::ViewSwitch)} onkeydown={on_key}>
                { for tabs }
            </div>
        </header>
    }
}
