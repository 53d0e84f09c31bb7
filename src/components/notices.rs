//! Short messages for the reader, such as parts of a shared link that could not be read.

use crate::i18n::{tr, Lang, Text};
use crate::state::Action;
use yew::prelude::*;

/// Props of [`Notices`].
#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    /// The messages (already worded or quoted).
    pub notices: Vec<String>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// A dismissible notice bar; nothing when there is nothing to say.
#[function_component]
pub fn Notices(props: &NoticesProps) -> Html {
    crate::render_count::hit("Notices");
    if props.notices.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <div class="ma-notice" role="status">
            <span>{ tr(lang, Text::Notice) }{ " " }<code>{ props.notices.join(" · ") }</code></span>
            <button type="button" class="ma-button ma-small" onclick={props.on_action.reform(|_| Action::DismissNotices)}>
                { tr(lang, Text::Dismiss) }
            </button>
        </div>
    }
}
