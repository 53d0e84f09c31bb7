//! Short messages for the reader, such as parts of a shared link that could not be read, or
//! a file that could not be fetched.

use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::state::Action;
use yew::prelude::*;

/// A dismissible notice bar; nothing when there is nothing to say. A plain function (no
/// hook): cheaper in wasm bytes than a component.
pub fn notices(notices: &[String], lang: Lang, on_action: &Callback<Action>) -> Html {
    if notices.is_empty() {
        return html! {};
    }
    html! {
        <div class="ma-notice" role="status">
            <span>{ tr(lang, Text::Notice) }{ " " }<code>{ notices.join(" · ") }</code></span>
            <button type="button" class="ma-button ma-small" onclick={on_action.reform(|_| Action::DismissNotices)}>
                { tr(lang, Text::Dismiss) }
            </button>
        </div>
    }
}

/// A file could not be fetched (the text of `lang`, the map's outlines): `message`, in
/// `lang`, with a button that tries again.
pub fn failed_notice(lang: Lang, message: &'static str, retry: &Callback<()>) -> Html {
    html! {
        <div role="alert" class="ma-load-failed" lang={lang.code()}>
            <p>{ message }</p>
            <button type="button" class="ma-button" onclick={retry.reform(|_| ())}>{ lang.locale().boot.retry }</button>
        </div>
    }
}

/// Where the summaries and notes of `lang` stand, for a panel that shows them: nothing once
/// they are here, a quiet line while they load, a failure with a retry.
pub fn notes_notice(lang: Lang, notes: Status, retry: &Callback<()>) -> Html {
    match notes {
        Status::Ready => html! {},
        Status::Loading => {
            html! { <p class="ma-muted ma-notes-loading" role="status">{ tr(lang, Text::NotesLoading) }</p> }
        }
        Status::Failed => failed_notice(lang, tr(lang, Text::NotesFailed), retry),
    }
}
