//! The detail panel, shared by every view: the selected record with every fact and its
//! citation, the curated disagreements it is in, related figures and related records; or,
//! for a place, every record about it.

use crate::components::citations::citations;
use crate::components::cited_paragraphs::cited_paragraphs;
use crate::components::figure_table::figure_table;
use crate::dataset;
use crate::disagreements;
use crate::evidence::Sheet;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;
use crate::related;
use crate::state::{Action, Selection};
use std::rc::Rc;
use yew::prelude::*;

/// Records of a place listed before "Show more".
pub const PLACE_PAGE: usize = 25;

/// Props of [`DetailPanel`].
#[derive(Properties, PartialEq)]
pub struct DetailProps {
    /// What to show.
    pub selection: Selection,
    /// The filtered records (to say how many of a place's records the filters leave).
    pub records: Rc<Vec<RecordRef>>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// The widget's folder, where the quoted paragraphs are.
    #[prop_or_default]
    pub asset_base: AttrValue,
    /// Asks for the evidence sheet of a record.
    #[prop_or_default]
    pub on_print: Callback<Sheet>,
}

fn row(label: &str, value: impl Into<Html>) -> Html {
    html! { <><dt>{ label }</dt><dd>{ value.into() }</dd></> }
}

/// A clickable line naming a record, with its citations.
pub fn record_line(
    r: RecordRef,
    lang: Lang,
    on_action: &Callback<Action>,
    with_cites: bool,
) -> Html {
    let date = r.date().map(|d| format::date(d, lang)).unwrap_or_default();
    html! {
        <li class="ma-record-line">
            <button type="button" class="ma-link" data-id={r.id()}
                onclick={on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>
                { if date.is_empty() { html! {} } else { html! { <span class="ma-date">{ date }</span> } } }
                { format::title(r, lang) }
            </button>
            { if with_cites { html! { { citations(r.cite(), lang) } } } else { html! {} } }
        </li>
    }
}

fn facts(r: RecordRef, lang: Lang) -> Html {
    let rows = format::facts(r, lang);
    let first_is_figure = r.statistic().is_some();
    html! { <dl class="ma-facts">
        { for rows.into_iter().enumerate().map(|(i, (label, value))| {
            if i == 0 && first_is_figure {
                row(label, html! { <strong>{ value }</strong> })
            } else {
                row(label, value)
            }
        }) }
    </dl> }
}

/// The curated disagreements `r` is in, each with its note, then the related figures (same
/// indicator family and place) that are not set against it.
fn side_by_side(r: RecordRef, lang: Lang, on_action: &Callback<Action>) -> Html {
    let all = disagreements::all();
    let disputes = disagreements::of(r, &all);
    let related = disagreements::related_figures(r, &all);
    html! { <>
        { for disputes.iter().map(|d| html! {
            <section class="ma-side-by-side ma-disagreement" data-id={d.id}>
                <h4>{ tr(lang, Text::SourcesDisagree) }</h4>
                <p class="ma-dispute-note">{ d.note(lang) }</p>
                { figure_table(&d.records, lang, on_action, Some(r)) }
            </section>
        }) }
        { if related.is_empty() { html! {} } else { html! {
            <section class="ma-side-by-side">
                <h4>{ tr(lang, Text::OtherFigures) }</h4>
                { figure_table(&related, lang, on_action, Some(r)) }
            </section>
        } } }
    </> }
}

/// The detail panel.
#[function_component]
pub fn DetailPanel(props: &DetailProps) -> Html {
    crate::render_count::hit("DetailPanel");
    let lang = props.lang;
    let on_action = &props.on_action;
    let close = on_action.reform(|_| Action::Select(None));
    // A place's list can run to a hundred records: show it a page at a time, from the
    // top again whenever the selection changes.
    let limit = use_state_eq(|| PLACE_PAGE);
    // The citations open and the one copied, also reset with the selection.
    let opened = use_state_eq(Vec::<usize>::new);
    let copied = use_state_eq(|| None::<(usize, bool)>);
    let update = use_force_update();
    {
        let (limit, opened, copied) = (limit.clone(), opened.clone(), copied.clone());
        use_effect_with(props.selection, move |_| {
            limit.set(PLACE_PAGE);
            opened.set(Vec::new());
            copied.set(None);
        });
    }
    let body = match props.selection {
        Selection::Record(r) => {
            let related = related::related(r, 8);
            html! { <>
                <p class="ma-kicker">{ format::kind(r, lang) }</p>
                <h3 class="ma-detail-title">{ format::title(r, lang) }</h3>
                { facts(r, lang) }
                <h4>{ tr(lang, Text::CitedIn) }</h4>
                { cited_paragraphs(r, lang, &props.asset_base, &opened, &copied, &update) }
                <button type="button" class="ma-button ma-small ma-print-button" data-print="record"
                    onclick={props.on_print.reform(move |_| Sheet::Record(r))}>{ tr(lang, Text::Print) }</button>
                { side_by_side(r, lang, on_action) }
                { if related.is_empty() { html! {} } else { html! { <>
                    <h4>{ tr(lang, Text::Related) }</h4>
                    <ul class="ma-record-list">{ for related.iter().map(|&o| record_line(o, lang, on_action, false)) }</ul>
                </> } } }
            </> }
        }
        Selection::Place(code) => {
            let list = related::about(code);
            let shown = list.iter().filter(|r| props.records.contains(r)).count();
            html! { <>
                <p class="ma-kicker">{ tr(lang, Text::AllAbout) }</p>
                <h3 class="ma-detail-title">{ dataset::place_name(code, lang) }</h3>
                <p class="ma-muted">{ format::shown_of(shown, list.len(), lang) }</p>
                { crate::components::country_figures::country_figures(code, lang, on_action) }
                <ul class="ma-record-list">{ for list.iter().take(*limit).map(|&r| record_line(r, lang, on_action, true)) }</ul>
                { if list.len() > *limit { html! {
                    <button type="button" class="ma-button ma-more" onclick={{ let limit = limit.clone(); move |_| limit.set(*limit + PLACE_PAGE) }}>
                        { format!("{} ({})", tr(lang, Text::ShowMore), format::number((list.len() - *limit) as f64, lang)) }
                    </button>
                } } else { html! {} } }
            </> }
        }
    };
    html! {
        <aside class="ma-detail" aria-label={tr(lang, Text::Detail)}>
            <button type="button" class="ma-close" aria-label={tr(lang, Text::ClearSelection)} onclick={close}>{ "×" }</button>
            { body }
        </aside>
    }
}
