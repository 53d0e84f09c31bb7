//! The status line: how many records are shown, and the promise behind them; and the note
//! on records without a date that a year range leaves out.

use crate::facets::UNDATED_KEY;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::state::Action;
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

/// While a year range leaves records without a date out: how many, with a switch to
/// include them (drawn above the views, where the change shows).
pub fn undated_note(left_out: usize, lang: Lang, on_action: &Callback<Action>) -> Html {
    if left_out == 0 {
        return html! {};
    }
    html! {
        <p class="ma-undated-note">
            { format::counted(left_out, Noun::UndatedLeftOut, lang) }{ " " }
            <button type="button" class="ma-button ma-small" data-facet={UNDATED_KEY}
                onclick={on_action.reform(|_| Action::Toggle(UNDATED_KEY, 0))}>{ tr(lang, Text::IncludeUndated) }</button>
        </p>
    }
}
