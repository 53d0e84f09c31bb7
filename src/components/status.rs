//! The status line: how many records are shown, and the promise behind them.

use crate::format;
use crate::i18n::{tr, Lang, Text};
use yew::prelude::*;

/// "Showing 120 of 812 records. Every record cites …" — announced politely to screen readers.
/// A plain function, not a component: it has no hook, and a component's machinery cost more
/// wasm bytes than drawing one paragraph again when the root renders.
pub fn status_line(shown: usize, total: usize, lang: Lang) -> Html {
    html! {
        <p class="ma-status" role="status" aria-live="polite">
            { format!("{} {}. ", tr(lang, Text::StatusShowing), format::shown_of(shown, total, lang)) }
            { tr(lang, Text::StatusSources) }
        </p>
    }
}
