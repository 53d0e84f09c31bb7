//! The timeline view: lanes of marks laid out by `layout::timeline`, a time axis, an
//! overview strip where the reader brushes the years the map shows, and charts of figures.
//! Wheel, drag, pinch, keys and buttons become `SetTimeline` actions.

use crate::components::timeline_charts::TimelineCharts;
use crate::filter::Topic;
use crate::format::{self, fixed};
use crate::gesture::{Gesture, Move, Wheel};
use crate::hooks::use_width;
use crate::hooks::wheel::use_wheel_manners;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::layout::timeline::{density, layout, neighbour, TimelineMarks, POINT_R, ROW};
use crate::record::RecordRef;
use crate::scale::Linear;
use crate::state::{Action, Selection};
use crate::time::MonthRange;
use crate::viewport::{TimeWindow, TIME_LIMITS};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Props of [`TimelineView`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// The years shown.
    pub window: TimeWindow,
    /// The brushed time range (the years filter), if any.
    pub time: Option<MonthRange>,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

const AXIS: f64 = 26.0;
const OVERVIEW: f64 = 40.0;

fn topic_class(t: Topic) -> &'static str {
    t.key()
}

/// The timeline.
#[function_component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let node = use_node_ref();
    let width = use_width(node.clone(), 800.0);
    let window = props.window;
    let marks: Rc<TimelineMarks> = use_memo(
        (
            props.records.clone(),
            fixed(window.from, 4),
            fixed(window.to, 4),
            width as i64,
            lang,
        ),
        move |(records, _, _, width, lang)| layout(records, window, *width as f64, *lang, None),
    );
    let drag = use_mut_ref(Gesture::<TimeWindow>::default);
    let brush_from = use_mut_ref(|| None::<f64>);
    let svg_ref = use_node_ref();
    let on_action = props.on_action.clone();
    let scale = marks.scale;
    let plot_h = AXIS + marks.height;
    let overview = Linear::new(TIME_LIMITS, (marks.left + 4.0, width - 8.0));

    let local_x = {
        let node = node.clone();
        move |cx: f64| {
            node.cast::<Element>()
                .map_or(cx, |e| cx - e.get_bounding_client_rect().left())
        }
    };
    // The wheel zooms only with Ctrl or ⌘, or after a click inside (issue 12).
    let manners = use_wheel_manners();
    let on_wheel = {
        let (on_action, local_x, manners) = (on_action.clone(), local_x.clone(), manners.clone());
        Callback::from(move |e: WheelEvent| match manners.read(&e, true) {
            Wheel::Pan(dx) => on_action.emit(Action::SetTimeline(window.pan(dx / scale.ratio()))),
            Wheel::Zoom(factor) => {
                let x = local_x(f64::from(e.client_x()));
                on_action.emit(Action::SetTimeline(window.zoom_at(factor, scale.invert(x))));
            }
            Wheel::Page => {}
        })
    };
    let on_leave = {
        let manners = manners.clone();
        Callback::from(move |e: PointerEvent| manners.leave(&e, "ma-timeline-svg"))
    };
    let on_down = {
        let (drag, manners) = (drag.clone(), manners.clone());
        Callback::from(move |e: PointerEvent| {
            manners.engage();
            drag.borrow_mut().down(
                e.pointer_id(),
                f64::from(e.client_x()),
                f64::from(e.client_y()),
                window,
            );
        })
    };
    let on_move = {
        let (drag, on_action, local_x) = (drag.clone(), on_action.clone(), local_x.clone());
        Callback::from(move |e: PointerEvent| {
            let moved = drag.borrow_mut().moved(
                e.pointer_id(),
                f64::from(e.client_x()),
                f64::from(e.client_y()),
            );
            let Some((start, m, first)) = moved else {
                return;
            };
            if first {
                if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    let _ = el.set_pointer_capture(e.pointer_id());
                }
            }
            // Time runs horizontally: vertical movement is left to the page (touch-action: pan-y).
            let next = match m {
                Move::Pan { dx, .. } => start.pan(-dx / scale.ratio()),
                Move::Pinch { factor, centre, .. } => {
                    start.zoom_at(factor, scale.invert(local_x(centre.0)))
                }
            };
            on_action.emit(Action::SetTimeline(next));
        })
    };
    let on_up = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| drag.borrow_mut().up(e.pointer_id(), window))
    };
    let choose = {
        let (on_action, marks) = (on_action.clone(), marks.clone());
        move |el: &Element| {
            if let Some(id) = el.get_attribute("data-id") {
                if let Some(r) = RecordRef::by_id(&id) {
                    on_action.emit(Action::Select(Some(Selection::Record(r))));
                }
            } else if let Some(i) = el.get_attribute("data-aggregate") {
                let found = i.split_once(':').and_then(|(l, a)| {
                    marks
                        .lanes
                        .get(l.parse::<usize>().ok()?)?
                        .aggregates
                        .get(a.parse::<usize>().ok()?)
                });
                if let Some(agg) = found {
                    let pad = ((agg.years.1 - agg.years.0) * 0.2).max(0.25);
                    on_action.emit(Action::SetTimeline(
                        TimeWindow {
                            from: agg.years.0 - pad,
                            to: agg.years.1 + pad,
                        }
                        .clamped(),
                    ));
                }
            }
        }
    };
    let on_click = {
        let (drag, choose) = (drag.clone(), choose.clone());
        Callback::from(move |e: MouseEvent| {
            if drag.borrow().dragged() {
                return;
            }
            if let Some(el) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-id],[data-aggregate]").ok().flatten())
            {
                choose(&el);
            }
        })
    };
    let on_key = {
        let (on_action, marks, svg_ref, choose) = (
            on_action.clone(),
            marks.clone(),
            svg_ref.clone(),
            choose.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            let focused = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.closest("[data-id],[data-aggregate]").ok().flatten());
            if let Some(el) = &focused {
                if key == "Enter" || key == " " {
                    e.prevent_default();
                    choose(el);
                    return;
                }
                let current = el
                    .get_attribute("data-id")
                    .and_then(|id| RecordRef::by_id(&id));
                if let Some(next) = current.and_then(|r| neighbour(&marks, r, &key)) {
                    e.prevent_default();
                    let target = svg_ref.cast::<Element>().and_then(|s| {
                        s.query_selector(&format!("[data-id=\"{}\"]", next.id()))
                            .ok()
                            .flatten()
                    });
                    if let Some(t) = target.and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok()) {
                        let _ = t.focus();
                    }
                    return;
                }
            }
            let span = window.span();
            let next = match key.as_str() {
                "ArrowLeft" => window.pan(-span * 0.1),
                "ArrowRight" => window.pan(span * 0.1),
                "+" | "=" => window.zoom_at(1.5, (window.from + window.to) / 2.0),
                "-" | "_" => window.zoom_at(1.0 / 1.5, (window.from + window.to) / 2.0),
                "0" => TimeWindow::default(),
                _ => return,
            };
            e.prevent_default();
            on_action.emit(Action::SetTimeline(next));
        })
    };

    // Overview strip: brush a range of years with the pointer (the map follows).
    let brush_down = {
        let (brush_from, local_x) = (brush_from.clone(), local_x.clone());
        Callback::from(move |e: PointerEvent| {
            let x = local_x(f64::from(e.client_x()));
            *brush_from.borrow_mut() = Some(overview.invert(x));
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let brush_up = {
        let (brush_from, on_action, local_x) =
            (brush_from.clone(), on_action.clone(), local_x.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(from) = brush_from.borrow_mut().take() else {
                return;
            };
            let to = overview.invert(local_x(f64::from(e.client_x())));
            if (to - from).abs() * overview.ratio() < 4.0 {
                // A click on the overview moves the window there.
                let half = window.span() / 2.0;
                on_action.emit(Action::SetTimeline(
                    TimeWindow {
                        from: to - half,
                        to: to + half,
                    }
                    .clamped(),
                ));
            } else {
                // The overview spans four decades: brushes snap to whole years.
                let (a, b) = (
                    from.min(to).max(TIME_LIMITS.0),
                    from.max(to).min(TIME_LIMITS.1 - 0.001),
                );
                on_action.emit(Action::SetTime(MonthRange::years(
                    a.floor() as u16,
                    b.floor() as u16,
                )));
            }
        })
    };

    let button = |text: Text, symbol: &'static str, next: TimeWindow| {
        html! { <button type="button" class="ma-button ma-icon" aria-label={tr(lang, text)} title={tr(lang, text)}
        onclick={props.on_action.reform(move |_| Action::SetTimeline(next))}>{ symbol }</button> }
    };
    let window_label = format!(
        "{} {}–{}",
        tr(lang, Text::Window),
        fixed(window.from.floor(), 0),
        fixed((window.to - 0.001).floor(), 0)
    );
    let bins = density(
        &props.records,
        (TIME_LIMITS.0 as u16, TIME_LIMITS.1 as u16 - 1),
    );
    let max_bin = bins.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
    let empty = if props.records.is_empty() {
        html! { <p class="ma-empty" role="status">{ tr(lang, Text::NothingMatches) }</p> }
    } else if marks
        .lanes
        .iter()
        .all(|l| l.items.is_empty() && l.aggregates.is_empty())
    {
        html! { <p class="ma-empty" role="status">{ format!("{} {}", format::number(marks.outside as f64, lang), tr(lang, Text::OutsideWindow)) }</p> }
    } else {
        html! {}
    };
    html! {
        <div class="ma-timeline" ref={node.clone()}>
            <div class="ma-timeline-controls">
                <span class="ma-window" aria-live="polite">{ window_label }</span>
                <div class="ma-zoom-inline">
                    { button(Text::ZoomIn, "+", window.zoom_at(1.5, (window.from + window.to) / 2.0)) }
                    { button(Text::ZoomOut, "−", window.zoom_at(1.0 / 1.5, (window.from + window.to) / 2.0)) }
                    { button(Text::ZoomReset, "⌂", TimeWindow::default()) }
                </div>
            </div>
            { empty }
            <div class="ma-timeline-frame">
            <svg ref={svg_ref} class="ma-timeline-svg" width="100%" height={fixed(plot_h, 0)} viewBox={format!("0 0 {} {}", fixed(width, 0), fixed(plot_h, 0))}
                role="group" tabindex="0" aria-label={format!("{} — {}", tr(lang, Text::ViewTimeline), tr(lang, Text::TimelineKeys))}
                onwheel={on_wheel} onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up}
                onclick={on_click} onkeydown={on_key} onpointerleave={on_leave}>
                { brush_band(props.time, &scale, AXIS, marks.height) }
                { axis(&marks, plot_h) }
                { lanes(&marks, props.selected, lang) }
            </svg>
            { if manners.hint() { html! { <p class="ma-wheel-hint" role="status">{ tr(lang, Text::WheelHint) }</p> } } else { html! {} } }
            </div>
            <svg class="ma-overview" width="100%" height={fixed(OVERVIEW, 0)} viewBox={format!("0 0 {} {}", fixed(width, 0), fixed(OVERVIEW, 0))}
                role="img" aria-label={format!("{}. {}", tr(lang, Text::Overview), tr(lang, Text::BrushHint))}
                onpointerdown={brush_down} onpointerup={brush_up}>
                { for bins.iter().filter(|b| b.1 > 0).map(|&(year, n)| {
                    let x = overview.apply(f64::from(year));
                    let h = 4.0 + 20.0 * (n as f64 / max_bin).sqrt();
                    html! { <rect class="ma-bin" x={fixed(x, 1)} y={fixed(28.0 - h, 1)} width={fixed(overview.ratio().max(1.5) - 0.5, 1)} height={fixed(h, 1)} /> }
                }) }
                { brush_band(props.time, &overview, 2.0, 26.0) }
                <rect class="ma-window-rect" x={fixed(overview.apply(window.from), 1)} y="1" width={fixed((overview.apply(window.to) - overview.apply(window.from)).max(2.0), 1)} height="27" />
                { for [1990.0, 2000.0, 2010.0, 2020.0, 2030.0].iter().map(|&y| html! {
                    <text class="ma-overview-label" x={fixed(overview.apply(y), 1)} y="39">{ fixed(y, 0) }</text>
                }) }
            </svg>
            <p class="ma-hint">
                { tr(lang, Text::BrushHint) }
                { if props.time.is_some() { html! {
                    <button type="button" class="ma-button ma-small" onclick={props.on_action.reform(|_| Action::SetTime(None))}>{ tr(lang, Text::ClearYears) }</button>
                } } else { html! {} } }
                { if marks.undated > 0 { html! { <span class="ma-muted">{ format!(" {} {}.", format::number(marks.undated as f64, lang), tr(lang, Text::UndatedRecords)) }</span> } } else { html! {} } }
            </p>
            <TimelineCharts records={props.records.clone()} window={window} scale_left={scale.range.0} scale_right={scale.range.1}
                width={width} lang={lang} selected={props.selected} on_action={props.on_action.clone()} />
        </div>
    }
}

fn brush_band(time: Option<MonthRange>, scale: &Linear, top: f64, height: f64) -> Html {
    let Some(r) = time else { return html! {} };
    let (a, b) = (
        scale.apply(r.from_year()).max(scale.range.0),
        scale.apply(r.to_year()).min(scale.range.1),
    );
    if b <= a {
        return html! {};
    }
    html! { <rect class="ma-brush" x={fixed(a, 1)} y={fixed(top, 1)} width={fixed(b - a, 1)} height={fixed(height, 1)} /> }
}

fn axis(marks: &TimelineMarks, bottom: f64) -> Html {
    html! { <g class="ma-axis">
        { for marks.ticks.iter().map(|(x, t)| html! { <>
            <line class={classes!("ma-grid", t.major.then_some("ma-major"))} x1={fixed(*x, 1)} x2={fixed(*x, 1)} y1="18" y2={fixed(bottom, 0)} />
            <text class="ma-tick" x={fixed(*x + 3.0, 1)} y="14">{ &t.label }</text>
        </> }) }
    </g> }
}

fn lanes(marks: &TimelineMarks, selected: Option<Selection>, lang: Lang) -> Html {
    let width = marks.scale.range.1 + 8.0;
    let first_focusable = marks
        .lanes
        .iter()
        .flat_map(|l| l.items.first())
        .map(|i| i.record)
        .next();
    html! { <g transform={format!("translate(0 {})", fixed(AXIS, 0))}>
        { for marks.lanes.iter().enumerate().map(|(li, lane)| {
            let class = topic_class(lane.topic);
            let title_y = if marks.left > 0.0 { lane.y + ROW / 2.0 + 4.0 } else { lane.y + 12.0 };
            html! { <g class={format!("ma-lane ma-topic-{class}")} role="list" aria-label={format::topic(lane.topic, lang)}>
                <rect class="ma-lane-bg" x="0" y={fixed(lane.y, 1)} width={fixed(width, 0)} height={fixed(lane.height - 2.0, 1)} />
                <text class="ma-lane-title" x="6" y={fixed(title_y, 1)}>{ format::topic(lane.topic, lang) }</text>
                { for lane.items.iter().map(|item| {
                    let is_selected = selected == Some(Selection::Record(item.record));
                    let tab = if is_selected || Some(item.record) == first_focusable && selected.is_none() { "0" } else { "-1" };
                    let date = item.record.date().map(|d| format::date(d, lang)).unwrap_or_default();
                    html! { <g class={classes!("ma-item", is_selected.then_some("ma-selected"))} data-id={item.record.id()} tabindex={tab}
                        role="listitem" aria-label={format!("{date}: {}", format::title(item.record, lang))}>
                        { if item.range { html! {
                            <rect class="ma-range" x={fixed(item.x0, 1)} y={fixed(item.y + 4.0, 1)} width={fixed(item.x1 - item.x0, 1)} height="6" rx="3" />
                        } } else { html! {
                            <circle class="ma-point" cx={fixed(item.x0, 1)} cy={fixed(item.y, 1)} r={fixed(POINT_R, 1)} />
                        } } }
                        { if item.label.is_empty() { html! {} } else { html! {
                            <text class="ma-label" x={fixed(item.label_x, 1)} y={fixed(item.y + if item.range { 1.0 } else { 4.0 }, 1)}>{ &item.label }</text>
                        } } }
                        <title>{ format!("{date}: {}", format::title(item.record, lang)) }</title>
                    </g> }
                }) }
                { for lane.aggregates.iter().enumerate().map(|(ai, agg)| html! {
                    <g class="ma-aggregate" data-aggregate={format!("{li}:{ai}")} tabindex="-1" role="listitem"
                        aria-label={format::counted(agg.records.len(), Noun::MoreRecords, lang)}>
                        <rect x={fixed(agg.x - 14.0, 1)} y={fixed(agg.y - 9.0, 1)} width="28" height="18" rx="9" />
                        <text x={fixed(agg.x, 1)} y={fixed(agg.y + 4.0, 1)}>{ format!("+{}", agg.records.len()) }</text>
                    </g>
                }) }
            </g> }
        }) }
    </g> }
}
