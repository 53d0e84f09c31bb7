//! The curated disagreements between documents, each with its note on what each source
//! counts, and its records side by side.

use crate::components::figure_table::figure_table;
use crate::components::notices::notes_notice;
use crate::disagreements::{self, Disagreement};
use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::record::RecordRef;
use crate::state::{Action, Panel};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DisagreementsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct DisagreementsProps {
    /// The filtered records: a disagreement is listed when any of its records is among them.
    pub records: Rc<Vec<RecordRef>>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Where the summaries and notes stand (`notes_loader`).
    pub notes: Status,
    /// Fetches them again after a failure.
    pub retry_notes: Callback<()>,
}

/// The list of disagreements.
#[function_component]
pub fn DisagreementsPanel(props: &DisagreementsProps) -> Html {
    crate::render_count::hit("DisagreementsPanel");
    let lang = props.lang;
    let all = use_memo((), |_| disagreements::all());
    let shown: Vec<&Disagreement> = all
        .iter()
        .filter(|d| d.records.iter().any(|f| props.records.contains(f)))
        .collect();
    html! {
        <section class="ma-panel ma-disagreements" aria-label={tr(lang, Text::Disagreements)}>
            <h3 class="ma-section-title">{ tr(lang, Text::Disagreements) }</h3>
            <p class="ma-muted">{ tr(lang, Text::DisagreementsIntro) }</p>
            { notes_notice(lang, props.notes, &props.retry_notes) }
            { if shown.is_empty() { html! { <p>{ tr(lang, Text::NoDisagreements) }</p> } } else { html! {} } }
            <>{ for shown.iter().map(|d| html! {
                <article class="ma-disagreement" data-id={d.id}>
                    <h4>{ disagreements::label(d, lang) }</h4>
                    <p class="ma-dispute-note">{ d.note(lang) }</p>
                    { figure_table(&d.records, lang, &props.on_action, None) }
                </article>
            }) }</>
            <div class="ma-panel-actions">
                <button type="button" class="ma-button" onclick={props.on_action.reform(|_| Action::Open(Panel::Disagreements))}>{ tr(lang, Text::Close) }</button>
            </div>
        </section>
    }
}
