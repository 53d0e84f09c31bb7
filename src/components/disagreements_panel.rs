//! Every place where documents give different figures for the same thing, side by side.

use crate::components::citations::citations;
use crate::dataset;
use crate::figures::{self, statistic};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;
use crate::state::{Action, Panel, Selection};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`DisagreementsPanel`].
#[derive(Properties, PartialEq)]
pub struct DisagreementsProps {
    /// The filtered records: a disagreement is listed when any of its figures is among them.
    pub records: Rc<Vec<RecordRef>>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The list of disagreements.
#[function_component]
pub fn DisagreementsPanel(props: &DisagreementsProps) -> Html {
    let lang = props.lang;
    let all = use_memo((), |_| figures::disagreements());
    let shown: Vec<&figures::Disagreement> = all
        .iter()
        .filter(|d| d.figures.iter().any(|f| props.records.contains(f)))
        .collect();
    html! {
        <section class="ma-panel ma-disagreements" aria-label={tr(lang, Text::Disagreements)}>
            <h3 class="ma-section-title">{ tr(lang, Text::Disagreements) }</h3>
            <p class="ma-muted">{ tr(lang, Text::DisagreementsIntro) }</p>
            { if shown.is_empty() { html! { <p>{ tr(lang, Text::NoDisagreements) }</p> } } else { html! {} } }
            { for shown.iter().map(|d| {
                let places = d.geo.iter().map(|g| dataset::place_name(g, lang)).collect::<Vec<_>>().join(", ");
                html! {
                    <article class="ma-disagreement">
                        <h4>{ format!("{} — {places}", dataset::indicator(d.indicator).label) }</h4>
                        <table class="ma-table ma-compact">
                            <thead><tr>
                                <th scope="col">{ tr(lang, Text::Period) }</th>
                                <th scope="col">{ tr(lang, Text::KindStatistic) }</th>
                                <th scope="col">{ tr(lang, Text::ColumnSource) }</th>
                            </tr></thead>
                            <tbody>{ for d.figures.iter().filter_map(|&r| {
                                let s = statistic(r)?;
                                Some(html! { <tr data-id={r.id()}>
                                    <td class="ma-nowrap">{ s.period.to_string() }</td>
                                    <td><button type="button" class="ma-link" onclick={props.on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>
                                        { format::figure(s, lang) }</button>
                                        { if s.note.is_empty() { html! {} } else { html! { <div class="ma-muted ma-small-text">{ s.note }</div> } } }</td>
                                    <td>{ citations(s.cite, lang) }</td>
                                </tr> })
                            }) }</tbody>
                        </table>
                    </article>
                }
            }) }
            <div class="ma-panel-actions">
                <button type="button" class="ma-button" onclick={props.on_action.reform(|_| Action::Open(Panel::Disagreements))}>{ tr(lang, Text::Close) }</button>
            </div>
        </section>
    }
}
