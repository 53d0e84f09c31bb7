//! The table view: one table per kind of record, each with the columns that answer for it
//! (laid out in `layout::table`), sortable by every header; the accessible alternative to
//! the charts. On a narrow widget each row is drawn as a card (style.css), its cells
//! labelled by their column.

use crate::collections::Set;
use crate::components::citations::citations;
use crate::components::class::{class, flag};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::layout::table::{caption, cell, columns, first_frame_rows, sections, Column, Section};
use crate::record::{RecordKind, RecordRef};
use crate::state::{Action, Selection, Sort};
use std::rc::Rc;
use yew::prelude::*;

/// Rows drawn at first when one kind is shown, and added by each "Show more": enough to
/// read, few enough to keep a filter change within a frame.
pub const PAGE: usize = 60;
/// Rows drawn at first per kind when several kinds are shown.
pub const SHARED_PAGE: usize = 20;
/// Rows a change of the records draws in the frame after it, in all (about a tall
/// screen's worth): the rest, below the fold, follow right after that frame is painted.
pub const FIRST_FRAME_ROWS: usize = 24;

/// Props of [`TableView`].
#[derive(Properties, PartialEq, Clone)]
pub struct TableProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// Order.
    pub sort: Sort,
    /// The countries filtered on: an agreement that binds one through an organisation
    /// says so in its parties.
    #[prop_or_default]
    pub countries: Set<&'static str>,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// Asks for the printed evidence sheet of the records shown.
    #[prop_or_default]
    pub on_print: Callback<crate::evidence::Sheet>,
}

fn header(column: Column, sort: Sort, lang: Lang, on_action: &Callback<Action>) -> Html {
    let key = column.sort_key();
    let active = sort.key == key;
    let (aria, arrow) = match (active, sort.descending) {
        (false, _) => ("none", ""),
        (true, false) => ("ascending", " ▲"),
        (true, true) => ("descending", " ▼"),
    };
    html! {
        <th scope="col" aria-sort={aria}>
            <button type="button" class="ma-sort" data-sort={key.key()} onclick={on_action.reform(move |_| Action::SortBy(key))}>
                { tr(lang, column.header()) }{ arrow }
            </button>
        </th>
    }
}

fn row(r: RecordRef, cols: &[Column], props: &TableProps) -> Html {
    let lang = props.lang;
    let selected = props.selected == Some(Selection::Record(r));
    let cells = cols.iter().map(|&c| {
        let label = tr(lang, c.header());
        let text = cell(c, r, lang, &props.countries);
        let body = if c.opens() {
            html! { <button type="button" class="ma-link" aria-pressed={selected.to_string()}
                onclick={props.on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>{ text }</button> }
        } else if c == Column::Source {
            // One element, so a card lays it out beside its label.
            html! { <div>
                { citations(r.cite(), lang) }
                // Who states a figure, so a Committee member's premise never reads as data.
                { match r.statistic() {
                    Some(s) => html! { <div class="ma-muted ma-small-text ma-speaker">{ format::speaker(s.speaker, lang) }</div> },
                    None => html! {},
                } }
            </div> }
        } else {
            html! { { text } }
        };
        html! { <td data-label={label} data-column={c.key()}>{ body }</td> }
    });
    // Not keyed: a filter change mostly replaces the rows, and rewriting a row's cells in
    // place costs less than removing one row and making another (measured, issue 16: keys
    // on rows and sections made a filter change 1–3 ms slower, on screen and off).
    html! { <tr data-id={r.id()} class={class(&[flag(selected, "ma-current")])}>{ for cells }</tr> }
}

/// A kind's table with its first `drawn` rows; `limit` rows are its page ("Show more"
/// offers the rest), of which `drawn` may be fewer in the frame right after a change.
fn section(
    s: &Section,
    limit: usize,
    drawn: usize,
    props: &TableProps,
    more: Callback<MouseEvent>,
) -> Html {
    let lang = props.lang;
    let cols = columns(s.kind);
    let hidden = s.rows.len().saturating_sub(limit);
    html! {
        <section class="ma-table-section" data-kind={kind_key(s.kind)}>
            <table class="ma-table ma-cards">
                <caption>{ format!("{} ({})", tr(lang, caption(s.kind)), format::number(s.rows.len() as f64, lang)) }</caption>
                <thead><tr>{ for cols.iter().map(|&c| header(c, props.sort, lang, &props.on_action)) }</tr></thead>
                <tbody>{ for s.rows.iter().take(drawn.min(limit)).map(|&r| row(r, cols, props)) }</tbody>
            </table>
            { if hidden > 0 && drawn >= limit { html! {
                <button type="button" class="ma-button ma-more" onclick={more}>
                    { format!("{} ({})", tr(lang, Text::ShowMore), format::number(hidden as f64, lang)) }
                </button>
            } } else { html! {} } }
        </section>
    }
}

fn kind_key(kind: RecordKind) -> &'static str {
    match kind {
        RecordKind::Event => "event",
        RecordKind::Agreement => "agreement",
        RecordKind::Post => "post",
        RecordKind::Statistic => "statistic",
    }
}

/// The tables.
#[function_component]
pub fn TableView(props: &TableProps) -> Html {
    crate::render_count::hit("TableView");
    let lang = props.lang;
    // Rows added by "Show more", per kind (in `RecordKind::ALL` order).
    let extra = use_state_eq(|| [0usize; 4]);
    // Behind the records for one paint after they change: that frame draws only the first
    // rows (a filter change on screen made 60 to 80 rows, most below the fold, 20 to 30 ms).
    let (_, catching_up) = crate::hooks::use_deferred(props.records.clone(), true);
    // Below the fold (the filter panel open above the tables, say), that frame draws none
    // (`first_frame_rows`).
    let wrap = use_node_ref();
    let fold = crate::hooks::use_fold(wrap.clone());
    // On a phone the rows are cards, a few to a screen: that frame draws those alone.
    let width = crate::hooks::use_width(wrap.clone(), f64::INFINITY);
    let first_frame = first_frame_rows(
        fold.below.get(),
        width,
        fold.screen_height.get(),
        FIRST_FRAME_ROWS,
    );
    let list: Rc<Vec<Section>> = use_memo(
        (props.records.clone(), props.sort, lang),
        |(records, sort, lang)| sections(records, *sort, *lang),
    );
    if list.is_empty() {
        return html! { <div class="ma-table-wrap" ref={wrap}><p class="ma-empty">{ tr(lang, Text::NothingMatches) }</p></div> };
    }
    let first = if list.len() == 1 { PAGE } else { SHARED_PAGE };
    html! {
        <div class="ma-table-wrap" ref={wrap}>
            <div class="ma-table-actions">
                <button type="button" class="ma-button ma-small" data-print="shown" onclick={props.on_print.reform(|_| crate::evidence::Sheet::Shown)}>{ tr(lang, Text::Print) }</button>
            </div>
            <>{ for list.iter().scan(if catching_up { first_frame } else { usize::MAX }, |budget, s| {
                let k = s.kind as usize;
                let limit = first + extra[k];
                let drawn = limit.min(s.rows.len()).min(*budget);
                *budget -= drawn;
                let more = { let extra = extra.clone(); move |_| { let mut e = *extra; e[k] += PAGE; extra.set(e); } };
                Some(section(s, limit, drawn, props, Callback::from(more)))
            }) }</>
        </div>
    }
}
