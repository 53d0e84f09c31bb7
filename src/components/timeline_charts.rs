//! Small charts of figures over time, under the lanes and on the same time axis: one per
//! indicator and place that has figures for two or more periods. Draws what
//! `layout::charts` made; computes no coordinate and formats no text.

use crate::components::class::{class, flag};
use crate::format::fixed;
use crate::i18n::{tr, Lang, Text};
use crate::layout::charts::{charts, Chart, BASELINE, CHART_H};
use crate::record::RecordRef;
use crate::state::{Action, Selection};
use crate::viewport::TimeWindow;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`TimelineCharts`].
#[derive(Properties, PartialEq)]
pub struct ChartsProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// The years shown.
    pub window: TimeWindow,
    /// Left end of the time scale, px.
    pub scale_left: f64,
    /// Right end of the time scale, px.
    pub scale_right: f64,
    /// Width of the view, px.
    pub width: f64,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Charts shown before "Show all charts".
pub const FIRST: usize = 6;

/// The record of the chart point an event happened in, if any.
fn point_of(e: &Event) -> Option<RecordRef> {
    let el = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    let id = el.closest("[data-id]").ok()??.get_attribute("data-id")?;
    RecordRef::by_id(&id)
}

/// The charts.
#[function_component]
pub fn TimelineCharts(props: &ChartsProps) -> Html {
    crate::render_count::hit("TimelineCharts");
    let lang = props.lang;
    let all = use_state_eq(|| false);
    let window = props.window;
    let range = (props.scale_left, props.scale_right);
    let charts: Rc<Vec<Chart>> = use_memo(
        (
            props.records.clone(),
            fixed(window.from, 4),
            fixed(window.to, 4),
            fixed(range.0, 1),
            fixed(range.1, 1),
            lang,
        ),
        move |(records, _, _, _, _, lang)| charts(records, window, range, *lang),
    );
    // The last charts drawn stay in the page, hidden, while the filters leave none (their
    // ~500 nodes are not built anew when the topic comes back).
    let empty = charts.is_empty();
    let (charts, hidden) = crate::hooks::kept(&use_mut_ref(|| None), charts, empty);
    if charts.is_empty() {
        return html! {};
    }
    let count = if *all {
        charts.len()
    } else {
        charts.len().min(FIRST)
    };
    // One listener for every point (event delegation), as on the lanes.
    let select = props
        .on_action
        .reform(|r: RecordRef| Action::Select(Some(Selection::Record(r))));
    let on_click = {
        let select = select.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(r) = point_of(&e) {
                select.emit(r);
            }
        })
    };
    let on_key = Callback::from(move |e: KeyboardEvent| {
        if e.key() == "Enter" || e.key() == " " {
            if let Some(r) = point_of(&e) {
                e.prevent_default();
                select.emit(r);
            }
        }
    });
    let view_box = crate::format::view_box(props.width, CHART_H);
    let chart = |c: &Chart| {
        html! {
            <figure class="ma-chart">
                <figcaption>{ &c.title }</figcaption>
                <svg width="100%" height={fixed(CHART_H, 0)} viewBox={view_box.clone()} role="list" aria-label={c.title.clone()}>
                    <line class="ma-chart-base" x1={fixed(props.scale_left, 1)} x2={fixed(props.scale_right, 1)} y1={fixed(BASELINE, 1)} y2={fixed(BASELINE, 1)} />
                    <polyline class="ma-chart-line" points={c.line.clone()} />
                    <>{ for c.points.iter().map(|p| {
                        let selected = props.selected == Some(Selection::Record(p.record));
                        let x = fixed(p.x, 1);
                        html! {
                            <g class={class(&["ma-chart-point", flag(selected, "ma-selected"), flag(p.approx, "ma-approx")])}
                                role="listitem" tabindex="0" data-id={p.record.id()} aria-label={p.aria.clone()}>
                                { match p.y_high { Some(h) => html! { <line class="ma-chart-range" x1={x.clone()} x2={x.clone()} y1={fixed(p.y, 1)} y2={fixed(h, 1)} /> }, None => html! {} } }
                                <circle cx={x.clone()} cy={fixed(p.y, 1)} r="4" />
                                { match &p.label { Some(l) => html! { <text x={fixed(p.label_x, 1)} y={fixed(p.label_y, 1)}>{ l }</text> }, None => html! {} } }
                                <title>{ &p.tip }</title>
                            </g>
                        }
                    }) }</>
                </svg>
            </figure>
        }
    };
    html! {
        <section class="ma-charts" {hidden} aria-label={tr(lang, Text::FiguresOverTime)} onclick={on_click} onkeydown={on_key}>
            <h3 class="ma-section-title">{ tr(lang, Text::FiguresOverTime) }</h3>
            <>{ for charts.iter().take(count).map(chart) }</>
            { if charts.len() > count { html! {
                <button type="button" class="ma-button" onclick={{ let all = all.clone(); move |_| all.set(true) }}>
                    { crate::format::with_count(tr(lang, Text::ShowAllCharts), charts.len(), lang) }
                </button>
            } } else { html! {} } }
        </section>
    }
}
