//! The status line: how many records are shown, and the promise behind them.

use crate::format;
use crate::i18n::{tr, Lang, Text};
use yew::prelude::*;

/// Props of [`StatusLine`].
#[derive(Properties, PartialEq)]
pub struct StatusProps {
    /// Records the filters leave.
    pub shown: usize,
    /// Records in the dataset.
    pub total: usize,
    /// Interface language.
    pub lang: Lang,
}

/// "Showing 120 of 812 records. Every record cites …" — announced politely to screen readers.
#[function_component]
pub fn StatusLine(props: &StatusProps) -> Html {
    crate::render_count::hit("StatusLine");
    let lang = props.lang;
    html! {
        <p class="ma-status" role="status" aria-live="polite">
            { format!("{} {}. ", tr(lang, Text::StatusShowing), format::shown_of(props.shown, props.total, lang)) }
            { tr(lang, Text::StatusSources) }
        </p>
    }
}
