//! Short messages for the reader, such as parts of a shared link that could not be read.

use crate::i18n::{tr, Lang, Text};
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
