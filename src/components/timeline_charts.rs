//! Small charts of figures over time, under the lanes and on the same time axis: one per
//! indicator and place that has figures for two or more periods.

use crate::dataset;
use crate::figures::{self, statistic};
use crate::format::{self, fixed};
use crate::i18n::{tr, Lang, Text};
use crate::model::Qualifier;
use crate::record::RecordRef;
use crate::scale::Linear;
use crate::state::{Action, Selection};
use crate::viewport::TimeWindow;
use std::rc::Rc;
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
const H: f64 = 64.0;

/// The charts.
#[function_component]
pub fn TimelineCharts(props: &ChartsProps) -> Html {
    crate::render_count::hit("TimelineCharts");
    let lang = props.lang;
    let all = use_state_eq(|| false);
    let series = use_memo(props.records.clone(), |records| figures::series(records));
    let scale = Linear::new(
        (props.window.from, props.window.to),
        (props.scale_left, props.scale_right),
    );
    let visible: Vec<&figures::Series> = series
        .iter()
        .filter(|s| {
            s.points
                .iter()
                .filter_map(|&p| statistic(p)?.period.midpoint())
                .any(|m| m >= props.window.from && m <= props.window.to)
        })
        .collect();
    if visible.is_empty() {
        return html! {};
    }
    let count = if *all {
        visible.len()
    } else {
        visible.len().min(FIRST)
    };
    let charts = visible.iter().take(count).map(|s| {
        let points: Vec<(RecordRef, f64, f64, f64)> = s
            .points
            .iter()
            .filter_map(|&r| {
                let st = statistic(r)?;
                Some((r, st.period.midpoint()?, st.value, st.value_high.unwrap_or(st.value)))
            })
            .collect();
        let max = points.iter().map(|p| p.3).fold(0.0, f64::max).max(1.0);
        let y = Linear::new((0.0, max * 1.15), (H - 8.0, 16.0));
        let inside: Vec<&(RecordRef, f64, f64, f64)> = points.iter().filter(|p| p.1 >= props.window.from && p.1 <= props.window.to).collect();
        let line: Vec<String> = inside.iter().map(|p| format!("{},{}", fixed(scale.apply(p.1), 1), fixed(y.apply(p.2), 1))).collect();
        let places = s.geo.iter().map(|g| dataset::place_name(g, lang)).collect::<Vec<_>>().join(", ");
        let title = format!("{} — {places}", crate::format::indicator(s.indicator, lang));
        let mut last_label = f64::NEG_INFINITY;
        html! {
            <figure class="ma-chart">
                <figcaption>{ &title }</figcaption>
                <svg width="100%" height={fixed(H, 0)} viewBox={format!("0 0 {} {}", fixed(props.width, 0), fixed(H, 0))} role="list" aria-label={title.clone()}>
                    <line class="ma-chart-base" x1={fixed(props.scale_left, 1)} x2={fixed(props.scale_right, 1)} y1={fixed(H - 8.0, 1)} y2={fixed(H - 8.0, 1)} />
                    <polyline class="ma-chart-line" points={line.join(" ")} />
                    { for inside.iter().map(|&&(r, t, v, hi)| {
                        let st = statistic(r);
                        let x = scale.apply(t);
                        let show_label = x - last_label >= 54.0;
                        if show_label { last_label = x; }
                        let qualifier = st.map_or(Qualifier::Exact, |s| s.qualifier);
                        let text = st.map(|s| format::figure(s, lang)).unwrap_or_default();
                        let source = st.and_then(|s| s.cite.first()).map(|c| format::citation(c, lang)).unwrap_or_default();
                        let selected = props.selected == Some(Selection::Record(r));
                        html! {
                            <g class={classes!("ma-chart-point", selected.then_some("ma-selected"), (qualifier != Qualifier::Exact).then_some("ma-approx"))}
                                role="listitem" tabindex="0" data-id={r.id()}
                                aria-label={format!("{}: {text} ({source})", st.map(|s| crate::format::period(s.period, lang)).unwrap_or_default())}
                                onclick={props.on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}
                                onkeydown={{
                                    let on_action = props.on_action.clone();
                                    move |e: KeyboardEvent| if e.key() == "Enter" || e.key() == " " {
                                        e.prevent_default();
                                        on_action.emit(Action::Select(Some(Selection::Record(r))));
                                    }
                                }}>
                                { if hi > v { html! { <line class="ma-chart-range" x1={fixed(x, 1)} x2={fixed(x, 1)} y1={fixed(y.apply(v), 1)} y2={fixed(y.apply(hi), 1)} /> } } else { html! {} } }
                                <circle cx={fixed(x, 1)} cy={fixed(y.apply(v), 1)} r="4" />
                                { if show_label { html! { <text x={fixed(x, 1)} y={fixed(y.apply(hi) - 6.0, 1)}>{
                                    format!("{}{}", match qualifier { Qualifier::Over => ">", Qualifier::Under => "<", Qualifier::UpTo => "≤", Qualifier::About => "~", _ => "" }, format::compact(v, lang))
                                }</text> } } else { html! {} } }
                                <title>{ format!("{text} — {source}") }</title>
                            </g>
                        }
                    }) }
                </svg>
            </figure>
        }
    });
    html! {
        <section class="ma-charts" aria-label={tr(lang, Text::FiguresOverTime)}>
            <h3 class="ma-section-title">{ tr(lang, Text::FiguresOverTime) }</h3>
            { for charts }
            { if visible.len() > count { html! {
                <button type="button" class="ma-button" onclick={{ let all = all.clone(); move |_| all.set(true) }}>
                    { format!("{} ({})", tr(lang, Text::ShowAllCharts), visible.len()) }
                </button>
            } } else { html! {} } }
        </section>
    }
}
