//! The table view: every record in rows, sortable, with its citations — the accessible
//! alternative to the charts.

use crate::components::citations::citations;
use crate::evidence::Sheet;
use crate::figures::statistic;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::layout::table::sorted;
use crate::record::RecordRef;
use crate::state::{Action, Selection, Sort, SortKey};
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn at first and added by each "Show more": enough to read, few enough to keep a
/// filter change within a frame.
pub const PAGE: usize = 60;

/// Props of [`TableView`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// Order.
    pub sort: Sort,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Asks for the evidence sheet of the records shown.
    #[prop_or_default]
    pub on_print: Callback<Sheet>,
}

/// A plain HTML table with sortable headers.
#[function_component]
pub fn TableView(props: &TableProps) -> Html {
    crate::render_count::hit("TableView");
    let lang = props.lang;
    let shown = use_state_eq(|| PAGE);
    let rows: Rc<Vec<RecordRef>> = use_memo(
        (props.records.clone(), props.sort, lang),
        |(records, sort, lang)| sorted(records, *sort, *lang),
    );
    if rows.is_empty() {
        return html! { <p class="ma-empty">{ tr(lang, Text::NothingMatches) }</p> };
    }
    let header = |key: SortKey, text: Text| {
        let active = props.sort.key == key;
        let aria = match (active, props.sort.descending) {
            (false, _) => "none",
            (true, false) => "ascending",
            (true, true) => "descending",
        };
        let arrow = match (active, props.sort.descending) {
            (false, _) => "",
            (true, false) => " ▲",
            (true, true) => " ▼",
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="ma-sort" data-sort={key.key()} onclick={props.on_action.reform(move |_| Action::SortBy(key))}>
                    { tr(lang, text) }{ arrow }
                </button>
            </th>
        }
    };
    let body = rows.iter().take(*shown).map(|&r| {
        let selected = props.selected == Some(Selection::Record(r));
        html! { <Row key={r.id()} record={r} selected={selected} lang={lang} on_action={props.on_action.clone()} /> }
    });
    let more = rows.len().saturating_sub(*shown);
    html! {
        <div class="ma-table-wrap">
            <div class="ma-table-actions">
                <button type="button" class="ma-button ma-small" data-print="shown" onclick={props.on_print.reform(|_| Sheet::Shown)}>{ tr(lang, Text::Print) }</button>
            </div>
            <table class="ma-table">
                <thead><tr>
                    { header(SortKey::Date, Text::ColumnDate) }
                    { header(SortKey::Kind, Text::ColumnKind) }
                    { header(SortKey::Title, Text::ColumnRecord) }
                    { header(SortKey::Place, Text::ColumnPlaces) }
                    { header(SortKey::Source, Text::ColumnSource) }
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            { if more > 0 { html! {
                <button type="button" class="ma-button ma-more" onclick={{ let shown = shown.clone(); move |_| shown.set(*shown + PAGE) }}>
                    { format!("{} ({})", tr(lang, Text::ShowMore), format::number(more as f64, lang)) }
                </button>
            } } else { html! {} } }
        </div>
    }
}

/// Props of [`Row`].
#[derive(Properties, PartialEq)]
struct RowProps {
    record: RecordRef,
    selected: bool,
    lang: Lang,
    on_action: Callback<Action>,
}

/// One record's row. A component (not a plain function) so that Yew skips the rows whose
/// record, selection and language did not change: a filter change or a sort draws only the
/// rows that are new, instead of formatting and diffing every row again.
#[function_component]
fn Row(props: &RowProps) -> Html {
    let (r, lang, selected) = (props.record, props.lang, props.selected);
    html! {
        <tr data-id={r.id()} class={classes!(selected.then_some("ma-current"))}>
            <td class="ma-nowrap">{ r.date().map(|d| format::date(d, lang)).unwrap_or_default() }</td>
            <td>{ format::kind(r, lang) }{ match statistic(r) {
                // Who states a figure, so a Committee member's premise never reads as data.
                Some(s) => html! { <div class="ma-muted ma-small-text ma-speaker">{ format::speaker(s.speaker, lang) }</div> },
                None => html! {},
            } }</td>
            <td><button type="button" class="ma-link" aria-pressed={if selected { "true" } else { "false" }}
                onclick={props.on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>{ format::title(r, lang) }</button></td>
            <td>{ format::places(r, lang) }</td>
            <td>{ citations(r.cite(), lang) }</td>
        </tr>
    }
}
