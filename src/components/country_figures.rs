//! The top of a country's detail: every source's figure for the Kyrgyz citizens there, side
//! by side (when, what each counts, who states it, where), with the note of any curated
//! disagreement among them. Drawn whatever the filters: it answers "how many, and do the
//! sources agree?".

use crate::components::class::{class, flag};
use crate::components::figure_table::figure_table;
use crate::disagreements;
use crate::figures::country_headline;
use crate::i18n::{tr, Lang, Text};
use crate::state::Action;
use yew::prelude::*;

/// The figures about the citizens in `code`, or nothing when there are none.
pub fn country_figures(code: &str, lang: Lang, on_action: &Callback<Action>) -> Html {
    let Some(h) = country_headline(code) else {
        return html! {};
    };
    let rows = h.figures();
    let all = disagreements::all();
    let notes: Vec<&disagreements::Disagreement> = all
        .iter()
        .filter(|d| {
            d.records
                .iter()
                .filter(|r| rows.contains(r))
                .take(2)
                .count()
                == 2
        })
        .collect();
    html! {
        <section class={class(&["ma-side-by-side", "ma-country-figures", flag(h.disagree, "ma-disagreement")])}>
            <h4>{ tr(lang, Text::LayerCitizens) }{ if h.disagree { html! { <span class="ma-disagree-key" aria-hidden="true">{ " ≠" }</span> } } else { html! {} } }</h4>
            <>{ for notes.iter().map(|d| html! {
                <p class="ma-dispute-note" data-id={d.id}><strong>{ tr(lang, Text::SourcesDisagree) }{ ": " }</strong>{ d.note(lang) }</p>
            }) }</>
            { figure_table(&rows, lang, on_action, None) }
        </section>
    }
}
