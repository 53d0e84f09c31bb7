//! What a printed page needs that the screen shows as controls: the view's name, the
//! filters in words, the documents the records shown cite, and the link that reopens the
//! view. Hidden on screen (the style sheet shows it in print only). A function, not a
//! component: it has no state of its own, and a component costs wasm bytes.

use crate::components::share_panel::share_link;
use crate::dataset::SourceId;
use crate::evidence;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::options::Options;
use crate::state::{View, WidgetState};
use yew::prelude::*;

fn view_name(view: View) -> Text {
    match view {
        View::Timeline => Text::ViewTimeline,
        View::Map => Text::ViewMap,
        View::Table => Text::ViewTable,
    }
}

/// The note for `state`, whose records cite `sources` (see `evidence::cited_sources`), with
/// the link the host's `options` give.
pub fn print_note(
    state: &WidgetState,
    sources: &[(SourceId, usize)],
    options: &Options,
    lang: Lang,
) -> Html {
    let link = share_link(state, options);
    html! {
        <div class="ma-print-only ma-print-note">
            <p><strong>{ tr(lang, Text::ViewSwitch) }</strong><span>{ " · " }{ tr(lang, view_name(state.view)) }</span></p>
            <p><strong>{ tr(lang, Text::Filters) }</strong>
                <span>{ " · " }{ evidence::filters_in_words(&state.filters, lang) }</span></p>
            <p><strong>{ tr(lang, Text::Sources) }</strong></p>
            <ul class="ma-cites">
                { for sources.iter().map(|&(id, n)| {
                    let source = crate::dataset::get().source(id);
                    html! { <li>
                        { format::source_title(id, lang) }{ " (" }{ format::source_symbol(id, lang) }{ ")" }
                        <span>{ " · " }{ format::counted(n, Noun::Record, lang) }</span>
                        { if source.url.is_empty() { html! {} } else { html! { <span translate="no">{ " · " }{ source.url }</span> } } }
                    </li> }
                }) }
            </ul>
            { if link.is_empty() { html! {} } else { html! {
                <p><strong>{ tr(lang, Text::LinkToView) }</strong><span translate="no">{ " · " }{ link }</span></p>
            } } }
        </div>
    }
}
