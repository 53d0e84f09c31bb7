//! The table view: one table per kind of record, each with the columns that answer for it
//! (laid out in `layout::table`), sortable by every header; the accessible alternative to
//! the charts. On a narrow widget each row is drawn as a card (style.css), its cells
//! labelled by their column.

use crate::collections::Set;
use crate::components::citations::citations;
use crate::components::class::{class, flag};
use crate::components::dom;
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

/// What a row is drawn with besides its record: not the filtered records, so a table whose
/// rows a change leaves as they were is not drawn again (Yew skips equal props).
#[derive(PartialEq, Clone)]
struct RowContext {
    sort: Sort,
    countries: Set<&'static str>,
    lang: Lang,
    selected: Option<Selection>,
    on_action: Callback<Action>,
}

fn row(r: RecordRef, cols: &[Column], props: &RowContext) -> Html {
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

/// Props of [`TableSection`]: a kind's table, the rows it draws, and whether those are its
/// whole page ("Show more" offers the rest), which in the frame right after a change they
/// may not be yet.
#[derive(Properties, PartialEq, Clone)]
struct SectionProps {
    kind: RecordKind,
    /// Its records in all (the caption's count).
    total: usize,
    /// Beyond its page.
    hidden: usize,
    rows: Rc<Vec<RecordRef>>,
    whole_page: bool,
    /// Its columns' widths in percent, as its first rows laid them out: held from then on.
    held: Option<Rc<Vec<AttrValue>>>,
    table: RowContext,
    more: UseReducerDispatcher<ShowMore>,
}

/// Rows added by "Show more", per kind (in `RecordKind::ALL` order). A reducer, so the
/// button's dispatcher is the same on every render and a table left as it was keeps equal
/// props.
#[derive(PartialEq, Default)]
struct ShowMore([usize; 4]);

impl Reducible for ShowMore {
    type Action = RecordKind;
    fn reduce(self: Rc<Self>, kind: RecordKind) -> Rc<Self> {
        let mut extra = self.0;
        extra[kind as usize] += PAGE;
        Rc::new(ShowMore(extra))
    }
}

/// A component, so that the frame after a change can leave a table it does not reach as it
/// was (`TableView` passes it the props it drew with): Yew skips a component whose props
/// are equal, and its rows are neither rewritten nor removed until the catch-up.
#[function_component]
fn TableSection(p: &SectionProps) -> Html {
    crate::render_count::hit("TableSection");
    let props = &p.table;
    let lang = props.lang;
    let cols = columns(p.kind);
    html! {
        <section class="ma-table-section" data-kind={kind_key(p.kind)}>
            <table class={class(&["ma-table ma-cards", flag(p.held.is_some(), "ma-held")])}>
                <caption>{ format!("{} ({})", tr(lang, caption(p.kind)), format::number(p.total as f64, lang)) }</caption>
                { for p.held.iter().map(|shares| html! {
                    // The `width` attribute, not a style: a strict CSP forbids those.
                    <colgroup>{ for shares.iter().map(|width| html! { <col width={width.clone()} /> }) }</colgroup>
                }) }
                <thead><tr>{ for cols.iter().map(|&c| header(c, props.sort, lang, &props.on_action)) }</tr></thead>
                <tbody>{ for p.rows.iter().map(|&r| row(r, cols, props)) }</tbody>
            </table>
            { if p.hidden > 0 && p.whole_page { html! {
                <button type="button" class="ma-button ma-more" onclick={
                    let (more, kind) = (p.more.clone(), p.kind);
                    move |_| more.dispatch(kind)
                }>
                    { format!("{} ({})", tr(lang, Text::ShowMore), format::number(p.hidden as f64, lang)) }
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

/// Each table's columns as its first rows laid them out, by kind, for one widget width and
/// language: the `width` of each column, written once rather than at each render.
struct HeldColumns {
    width: f64,
    lang: Lang,
    kinds: Vec<(String, Rc<Vec<AttrValue>>)>,
}

impl HeldColumns {
    fn new(width: f64, lang: Lang) -> Self {
        HeldColumns {
            width,
            lang,
            kinds: Vec::new(),
        }
    }

    fn is_for(&self, width: f64, lang: Lang) -> bool {
        self.width == width && self.lang == lang
    }

    fn has(&self, kind: &str) -> bool {
        self.kinds.iter().any(|(k, _)| k == kind)
    }

    fn hold(&mut self, measured: Vec<(String, Vec<f64>)>) {
        for (kind, shares) in measured {
            let widths = shares
                .iter()
                .map(|s| AttrValue::from(format!("{}%", format::fixed(*s, 2))));
            self.kinds.push((kind, Rc::new(widths.collect())));
        }
    }

    fn widths(&self, kind: RecordKind) -> Option<Rc<Vec<AttrValue>>> {
        self.kinds
            .iter()
            .find(|(k, widths)| k == kind_key(kind) && widths.len() == columns(kind).len())
            .map(|(_, widths)| widths.clone())
    }
}

/// The tables.
#[function_component]
pub fn TableView(props: &TableProps) -> Html {
    crate::render_count::hit("TableView");
    let lang = props.lang;
    let extra = use_reducer_eq(ShowMore::default);
    // Behind the records for one paint after they change: that frame draws only the first
    // rows (a filter change on screen made 60 to 80 rows, most below the fold, 20 to 30 ms).
    let (_, catching_up) = crate::hooks::use_deferred(props.records.clone(), true);
    // Below the fold (the filter panel open above the tables, say), that frame draws none
    // (`first_frame_rows`).
    let wrap = use_node_ref();
    let fold = crate::hooks::use_fold(wrap.clone());
    // On a phone the rows are cards, a few to a screen: that frame draws those alone.
    let width = crate::hooks::use_width(wrap.clone(), f64::INFINITY);
    // On screen, as many rows as the reader saw when the tables last settled: read then,
    // when their layout is done anyway, never in the frame after a change.
    let in_sight = use_mut_ref(|| None::<usize>);
    // Each table's columns, as its first rows laid them out (at this width, in this
    // language, once it holds enough rows to stand for its kind), then held
    // (`table-layout: fixed`): a filter change that rewrites rows lays out those rows, not
    // every row again for the columns' widths (issue 16: the table's frame on screen, paired,
    // 6.56 / 7.36 → 6.26 / 6.80 ms; below the fold, unchanged).
    let held = use_mut_ref(|| HeldColumns::new(width, lang));
    if !held.borrow().is_for(width, lang) {
        *held.borrow_mut() = HeldColumns::new(width, lang);
    }
    let wide = width.is_finite() && width > crate::layout::table::CARDS_UP_TO;
    {
        let (wrap, in_sight, held) = (wrap.clone(), in_sight.clone(), held.clone());
        let redraw = use_force_update();
        let settled = (catching_up, width.to_bits(), lang);
        use_effect_with(settled, move |&(catching_up, _, _)| {
            if catching_up {
                return;
            }
            *in_sight.borrow_mut() = dom::rows_in_sight(&wrap);
            if wide {
                let new = dom::column_shares(&wrap, |kind| held.borrow().has(kind));
                if !new.is_empty() {
                    held.borrow_mut().hold(new);
                    redraw.force_update();
                }
            }
        });
    }
    let held_for = |kind: RecordKind| wide.then(|| held.borrow().widths(kind)).flatten();
    let first_frame = first_frame_rows(
        fold.below.get(),
        width,
        fold.screen_height.get(),
        *in_sight.borrow(),
    );
    // The first table the frame after a change leaves unfinished (its rows are not yet all
    // of the records now, or it is not yet there, or it should be gone), and how many of its
    // rows are. When the rows drawn end above the window's bottom (shorter than those they
    // replaced), that table would show there: the frame's animation callback looks, when
    // the layout it reads is the one that frame would make anyway, and draws the rows
    // missing at once, in the same frame (`dom::rows_short_of_window` counts them).
    let unfinished = use_mut_ref(|| None::<(RecordKind, usize)>);
    // Set while that frame draws the rows missing: a table it finishes then keeps none of its
    // old rows (they would show below its new ones). Otherwise it keeps them, below the
    // window: removing them cost the frame 0.6 ms.
    let topping_up = use_mut_ref(|| false);
    {
        let (wrap, in_sight, unfinished) = (wrap.clone(), in_sight.clone(), unfinished.clone());
        let topping_up = topping_up.clone();
        let redraw = use_force_update();
        use_effect_with(props.records.clone(), move |_| {
            *topping_up.borrow_mut() = false;
            let Some((kind, right)) = *unfinished.borrow() else {
                return;
            };
            dom::before_next_frame(move || {
                let Some(missing) = dom::rows_short_of_window(&wrap, kind_key(kind), right) else {
                    return;
                };
                *in_sight.borrow_mut() = Some(first_frame + missing);
                *topping_up.borrow_mut() = true;
                redraw.force_update();
            });
        });
    }
    let drawn_before = use_mut_ref(Vec::<SectionProps>::new);
    let list: Rc<Vec<Section>> = use_memo(
        (props.records.clone(), props.sort, lang),
        |(records, sort, lang)| sections(records, *sort, *lang),
    );
    if list.is_empty() {
        // The tables go: none is left to keep as it was.
        drawn_before.borrow_mut().clear();
        return html! { <div class="ma-table-wrap" ref={wrap}><p class="ma-empty">{ tr(lang, Text::NothingMatches) }</p></div> };
    }
    let first = if list.len() == 1 { PAGE } else { SHARED_PAGE };
    let context = RowContext {
        sort: props.sort,
        countries: props.countries.clone(),
        lang,
        selected: props.selected,
        on_action: props.on_action.clone(),
    };
    let mut budget = if catching_up { first_frame } else { usize::MAX };
    let mut drawn_before = drawn_before.borrow_mut();
    let mut unfinished = unfinished.borrow_mut();
    *unfinished = None;
    let topping_up = *topping_up.borrow();
    let sections: Vec<SectionProps> = RecordKind::ALL
        .iter()
        .filter_map(|&kind| {
            let before = drawn_before.iter().find(|p| p.kind == kind);
            let Some(section) = list.iter().find(|s| s.kind == kind) else {
                // A table whose kind a filter emptied, where the frame does not reach,
                // goes with the catch-up: removing its rows cost that frame 0.75 ms.
                let kept = before.filter(|_| catching_up && budget == 0).cloned();
                if kept.is_some() {
                    unfinished.get_or_insert((kind, 0));
                }
                return kept;
            };
            let limit = first + extra.0[section.kind as usize];
            let page = limit.min(section.rows.len());
            let whole = SectionProps {
                kind: section.kind,
                total: section.rows.len(),
                hidden: section.rows.len().saturating_sub(limit),
                whole_page: true,
                rows: Rc::new(section.rows[..page].to_vec()),
                held: held_for(section.kind),
                table: context.clone(),
                more: extra.dispatcher(),
            };
            if !catching_up {
                return Some(whole);
            }
            // A table the change leaves as it was costs the frame nothing (Yew skips it); its
            // rows still fill the screen the frame's rows stand for.
            if before == Some(&whole) {
                budget = budget.saturating_sub(page);
                return Some(whole);
            }
            // A table the frame does not reach stays as it was drawn, until the catch-up.
            if let (0, Some(before)) = (budget, before) {
                unfinished.get_or_insert((kind, 0));
                return Some(before.clone());
            }
            let drawn = page.min(budget);
            budget -= drawn;
            // Past the rows the frame draws, the table keeps those it had, all of them: the frame
            // neither rewrites nor removes them, and the catch-up brings them up to date. (Yew
            // pairs unkeyed rows from the end: with fewer rows, each would meet another's.)
            let kept = match before {
                Some(b) if budget == 0 || !topping_up => b.rows.get(drawn..).unwrap_or_default(),
                _ => &[],
            };
            let rows: Vec<RecordRef> = section.rows[..drawn].iter().chain(kept).copied().collect();
            let whole_page = rows[..] == whole.rows[..];
            if !whole_page {
                unfinished.get_or_insert((section.kind, drawn));
            }
            Some(SectionProps {
                whole_page,
                rows: Rc::new(rows),
                ..whole
            })
        })
        .collect();
    drawn_before.clone_from(&sections);
    html! {
        <div class="ma-table-wrap" ref={wrap}>
            <div class="ma-table-actions">
                <button type="button" class="ma-button ma-small" data-print="shown" onclick={props.on_print.reform(|_| crate::evidence::Sheet::Shown)}>{ tr(lang, Text::Print) }</button>
            </div>
            // Keyed by kind: a kind filtered out takes its table along, and the others keep
            // theirs (unkeyed, Yew pairs children from the end, each table with another kind's).
            // (In a fragment of their own: beside the unkeyed actions, the keys would not count.)
            <>{ for sections.iter().map(|p| html! { <TableSection key={kind_key(p.kind)} ..p.clone() /> }) }</>
        </div>
    }
}
