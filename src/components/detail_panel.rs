//! The detail sheet, shared by every view: beside the mark that opened it on wide layouts,
//! under it on narrow ones (see `hooks::use_sheet_place`). It shows the selected record
//! with every fact and its citation, the curated disagreements it is in, related figures
//! and related records; or, for a place, the records about it that pass the filters; or a
//! list of records (a "+N" count, a cluster of posts).

use crate::components::citations::citations;
use crate::components::cited_paragraphs::cited_paragraphs;
use crate::components::figure_table::figure_table;
use crate::components::notices::notes_notice;
use crate::dataset;
use crate::disagreements;
use crate::evidence::Sheet;
use crate::format;
use crate::hooks::{use_sheet_place, Opener, SheetKey};
use crate::i18n::{tr, Lang, Noun, Text};
use crate::lazy_file::Status;
use crate::record::RecordRef;
use crate::related;
use crate::state::{Action, RecordList, Selection, View};
use std::rc::Rc;
use yew::prelude::*;

/// Records of a place listed before "Show more".
pub const PLACE_PAGE: usize = 25;

/// Props of [`DetailPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct DetailProps {
    /// The selected record or place, if any.
    pub selection: Option<Selection>,
    /// The list shown, if any (with a selection: the record opened from it).
    #[prop_or_default]
    pub list: Option<RecordList>,
    /// The filtered records (a place lists those of its records that pass the filters).
    pub records: Rc<Vec<RecordRef>>,
    /// Interface language.
    pub lang: Lang,
    /// The view under the sheet.
    #[prop_or_default]
    pub view: View,
    /// How the sheet was opened (where, and whether by the reader).
    #[prop_or_default]
    pub opener: Opener,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// The widget's folder, where the quoted paragraphs are.
    #[prop_or_default]
    pub asset_base: AttrValue,
    /// Asks for the evidence sheet of a record.
    #[prop_or_default]
    pub on_print: Callback<Sheet>,
    /// Where the summaries and notes stand (`notes_loader`).
    pub notes: Status,
    /// Fetches them again after a failure.
    pub retry_notes: Callback<()>,
}

fn row(label: &str, value: impl Into<Html>) -> Html {
    html! { <><dt>{ label }</dt><dd>{ value.into() }</dd></> }
}

/// A clickable line naming a record (a post with its status), with its citations.
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
            { match r.post() {
                Some(p) => html! { <span class="ma-muted">{ " · " }{ format::post_status(p.status, lang) }</span> },
                None => html! {},
            } }
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

/// The sheet's heading: focused when the reader opens the sheet.
fn heading(text: impl Into<Html>) -> Html {
    html! { <h3 class="ma-detail-title" id="ma-sheet-title" tabindex="-1">{ text.into() }</h3> }
}

/// A record's detail; `cited` is its citations, each opening to its quoted paragraph, and
/// `print` the button for its evidence sheet.
fn record_body(
    r: RecordRef,
    lang: Lang,
    on_action: &Callback<Action>,
    cited: Html,
    print: Html,
) -> Html {
    let related = related::related(r, 8);
    html! { <>
        <p class="ma-kicker">{ format::kind(r, lang) }</p>
        { heading(format::title(r, lang)) }
        { facts(r, lang) }
        <h4>{ tr(lang, Text::CitedIn) }</h4>
        { cited }
        { print }
        { side_by_side(r, lang, on_action) }
        { if related.is_empty() { html! {} } else { html! { <>
            <h4>{ tr(lang, Text::Related) }</h4>
            <ul class="ma-record-list">{ for related.iter().map(|&o| record_line(o, lang, on_action, false)) }</ul>
        </> } } }
    </> }
}

fn list_body(list: &RecordList, lang: Lang, on_action: &Callback<Action>) -> Html {
    let (kicker, title) = related::list_heading(list, lang);
    html! { <>
        <p class="ma-kicker">{ kicker }</p>
        { heading(title) }
        <ul class="ma-record-list">{ for list.records.iter().map(|&r| record_line(r, lang, on_action, false)) }</ul>
    </> }
}

/// The detail sheet.
#[function_component]
pub fn DetailPanel(props: &DetailProps) -> Html {
    crate::render_count::hit("DetailPanel");
    let lang = props.lang;
    let on_action = &props.on_action;
    let sheet = use_node_ref();
    use_sheet_place(
        sheet.clone(),
        SheetKey {
            selected: props.selection,
            list: props.list.clone(),
            view: props.view,
            generation: props.opener.generation,
        },
        props.opener.clone(),
    );
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
    let back = match (&props.list, props.selection) {
        (Some(list), Some(_)) => {
            let list = list.clone();
            let label = format::with_count(tr(lang, Text::BackToList), list.records.len(), lang);
            html! {
                <button type="button" class="ma-link ma-back" onclick={on_action.reform(move |_| Action::ShowList(list.clone()))}>
                    { "← " }{ label }
                </button>
            }
        }
        _ => html! {},
    };
    let body = match (props.selection, &props.list) {
        (Some(Selection::Record(r)), _) => record_body(
            r,
            lang,
            on_action,
            cited_paragraphs(r, lang, &props.asset_base, &opened, &copied, &update),
            html! {
                <button type="button" class="ma-button ma-small ma-print-button" data-print="record"
                    onclick={props.on_print.reform(move |_| Sheet::Record(r))}>{ tr(lang, Text::Print) }</button>
            },
        ),
        (Some(Selection::Place(code)), _) => {
            let about = related::about(code);
            // Only what passes the filters; the rest is counted (issue 11: with "Consular
            // network + Russia" on, Russia's detail listed laws and amnesties).
            let list: Vec<RecordRef> = about
                .iter()
                .copied()
                .filter(|r| props.records.contains(r))
                .collect();
            let outside = about.len() - list.len();
            html! { <>
                <p class="ma-kicker">{ tr(lang, Text::AllAbout) }</p>
                { heading(dataset::place_name(code, lang)) }
                <p class="ma-muted ma-place-count">
                    { format::counted(list.len(), Noun::Record, lang) }
                    { if outside > 0 { html! { <>{ " · " }{ format::counted(outside, Noun::MoreOutsideFilters, lang) }</> } } else { html! {} } }
                </p>
                { crate::components::country_figures::country_figures(code, lang, on_action) }
                <ul class="ma-record-list">{ for list.iter().take(*limit).map(|&r| record_line(r, lang, on_action, true)) }</ul>
                { if list.len() > *limit { html! {
                    <button type="button" class="ma-button ma-more" onclick={{ let limit = limit.clone(); move |_| limit.set(*limit + PLACE_PAGE) }}>
                        { format::with_count(tr(lang, Text::ShowMore), list.len() - *limit, lang) }
                    </button>
                } } else { html! {} } }
            </> }
        }
        (None, Some(list)) => list_body(list, lang, on_action),
        (None, None) => html! {},
    };
    html! {
        <div class="ma-detail" role="dialog" aria-labelledby="ma-sheet-title" ref={sheet}>
            <button type="button" class="ma-close" aria-label={tr(lang, Text::Close)} title={tr(lang, Text::Close)}
                onclick={on_action.reform(|_| Action::Select(None))}>{ "×" }</button>
            { back }
            { notes_notice(lang, props.notes, &props.retry_notes) }
            { body }
        </div>
    }
}
