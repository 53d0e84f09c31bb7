//! The timeline view: lanes of marks laid out by `layout::timeline`, a time axis, an
//! overview strip where the reader brushes the years the map shows, and charts of figures.
//! Wheel, drag, pinch, keys and buttons become `SetTimeline` actions; a "+N" count lists
//! its records in the detail sheet. Computes no geometry and formats no text.
//!
//! The marks are one tab stop (the last one focused, else the selected one, else the
//! first): arrow keys move between them in reading order, Shift and arrows move in time.

use crate::components::timeline_charts::TimelineCharts;
use crate::components::timeline_lanes::{axis, lanes, rect, ride_lanes};
use crate::format::{fixed, view_box};
use crate::gesture::{Move, Wheel};
use crate::hooks::wheel::use_wheel_manners;
use crate::hooks::{use_gesture, use_rested, use_width, Rested};
use crate::i18n::{tr, Lang, Text};
use crate::layout::timeline::{
    band, extent, layout, neighbour, overview, plot_scale, ride, rides, stops, window_label, Stop,
    SvgHeight, TimelineMarks, AXIS, OVERVIEW_H,
};
use crate::record::RecordRef;
use crate::state::{Action, ListKind, RecordList, Selection};
use crate::time::MonthRange;
use crate::viewport::TimeWindow;
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

/// The mark (item or count) an event happened in, and its element.
fn stop_of(e: &Event) -> Option<(Stop, Element)> {
    let el = e
        .target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-id],[data-aggregate]")
        .ok()??;
    let stop = ["data-id", "data-aggregate"]
        .into_iter()
        .find_map(|name| Stop::from_attribute(name, &el.get_attribute(name)?))?;
    Some((stop, el))
}

/// Moves the keyboard focus to `stop`'s element inside `svg`.
fn focus_stop(svg: &NodeRef, stop: Stop) {
    let found = svg.cast::<Element>().and_then(|s| {
        s.query_selector(&format!("{}{}", stop.selector(), crate::hooks::DRAWN))
            .ok()
            .flatten()
    });
    if let Some(el) = found.and_then(|t| t.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
    }
}

/// The timeline.
#[function_component]
pub fn TimelineView(props: &TimelineProps) -> Html {
    crate::render_count::hit("TimelineView");
    let lang = props.lang;
    let node = use_node_ref();
    let width = use_width(node.clone(), 800.0);
    let window = props.window;
    let span = extent();
    // The marks are laid out for the window a pan or a zoom rested on (see `use_rested`):
    // between layouts they ride to where the window shown puts them (`layout::timeline::ride`).
    // Other records, a new width or language lay them out at once.
    // The charts under the lanes follow the window once any move has rested, a zoom's too:
    // drawing them at every step of a zoom cost about 3 ms of each frame (issue 16).
    let Rested { laid, settled } = use_rested(
        window,
        (props.records.clone(), width as i64, lang),
        move |laid: TimeWindow, now: TimeWindow| rides(laid, now, width),
    );
    let ride = ride(laid, window, width);
    let marks: Rc<TimelineMarks> = use_memo(
        (
            props.records.clone(),
            fixed(laid.from, 4),
            fixed(laid.to, 4),
            width as i64,
            lang,
        ),
        move |(records, _, _, width, lang)| layout(records, laid, *width as f64, *lang, None),
    );
    // What is drawn beside the lanes (the overview's bars, the charts) follows the records
    // one paint later (see `use_deferred`); the overview's window and brush follow at once.
    let (later_records, _) = crate::hooks::use_deferred(props.records.clone(), true);
    let strip = use_memo(
        (
            later_records.clone(),
            fixed(window.from, 4),
            fixed(window.to, 4),
            width as i64,
            props.time,
        ),
        move |(records, _, _, width, time)| {
            overview(
                records,
                crate::layout::timeline::gutter(*width as f64),
                *width as f64,
                window,
                *time,
            )
        },
    );
    // The mark that takes the Tab key: the one last focused, while it is drawn.
    let current = use_state_eq(|| None::<Stop>);
    let brush_from = use_mut_ref(|| None::<f64>);
    let svg_ref = use_node_ref();
    {
        let svg_ref = svg_ref.clone();
        // Whether marks were last moved on their own, so a pan or a rest that moves none
        // puts them back once.
        let stretched = use_mut_ref(|| false);
        use_effect(move || {
            if let Some(svg) = svg_ref.cast::<web_sys::Element>() {
                let was = std::mem::replace(&mut *stretched.borrow_mut(), ride.stretches());
                ride_lanes(&svg, ride, was);
            }
        });
    }
    let on_action = props.on_action.clone();
    // The scale of the window shown, for the pointer and the brush (the marks' may lag).
    let scale = plot_scale(window, width);
    let plot_h = AXIS + marks.height;
    // The frame shows the plot, its border (1 px above and 1 below) inside its height; the
    // svg in it keeps its own height (see `SvgHeight`).
    let svg_h = use_mut_ref(SvgHeight::default)
        .borrow_mut()
        .hold(plot_h, width, lang);
    let clip = use_node_ref();
    crate::hooks::use_css(
        clip.clone(),
        vec![("height", format!("{}px", fixed(plot_h + 2.0, 0)))],
    );
    // Every window the reader moves to stays inside the years the records span.
    let show = {
        let on_action = on_action.clone();
        Callback::from(move |w: TimeWindow| on_action.emit(Action::SetTimeline(w.clamped_to(span))))
    };

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
        let (show, local_x, manners) = (show.clone(), local_x.clone(), manners.clone());
        Callback::from(move |e: WheelEvent| match manners.read(&e, true) {
            Wheel::Pan(dx) => show.emit(window.pan(dx / scale.ratio())),
            Wheel::Zoom(factor) => {
                let x = local_x(f64::from(e.client_x()));
                show.emit(window.zoom_at(factor, scale.invert(x)));
            }
            Wheel::Page => {}
        })
    };
    let on_leave = {
        let manners = manners.clone();
        Callback::from(move |e: PointerEvent| manners.leave(&e, "ma-timeline-svg"))
    };
    let gestures = {
        let (show, local_x) = (show.clone(), local_x.clone());
        // Time runs horizontally: vertical movement is left to the page (touch-action: pan-y).
        use_gesture(window, move |start: TimeWindow, m, _| {
            show.emit(match m {
                Move::Pan { dx, .. } => start.pan(-dx / scale.ratio()),
                Move::Pinch { factor, centre, .. } => {
                    start.zoom_at(factor, scale.invert(local_x(centre.0)))
                }
            });
        })
    };
    let on_down = manners.engaging(&gestures.down);
    let choose = {
        let (on_action, marks) = (on_action.clone(), marks.clone());
        move |stop: Stop| match stop {
            Stop::Item(r) => on_action.emit(Action::Select(Some(Selection::Record(r)))),
            Stop::Aggregate(l, a) => {
                let lane = marks.lanes.get(l);
                if let Some((lane, agg)) =
                    lane.and_then(|lane| Some((lane, lane.aggregates.get(a)?)))
                {
                    on_action.emit(Action::ShowList(RecordList {
                        kind: ListKind::Lane(lane.topic),
                        records: agg.records.clone(),
                    }));
                }
            }
        }
    };
    let on_click = {
        let (gestures, choose) = (gestures.clone(), choose.clone());
        Callback::from(move |e: MouseEvent| {
            if gestures.dragged() {
                return;
            }
            if let Some((stop, _)) = stop_of(&e) {
                choose(stop);
            }
        })
    };
    let on_focus = {
        let current = current.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some((stop, _)) = stop_of(&e) {
                current.set(Some(stop));
            }
        })
    };
    let on_key = {
        let (marks, svg_ref, show) = (marks.clone(), svg_ref.clone(), show.clone());
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if let Some((stop, _)) = stop_of(&e) {
                if key == "Enter" || key == " " {
                    e.prevent_default();
                    choose(stop);
                    return;
                }
                if !e.shift_key() {
                    if let Some(next) = neighbour(&marks, stop, &key) {
                        e.prevent_default();
                        focus_stop(&svg_ref, next);
                        return;
                    }
                }
            }
            let span = window.span();
            let middle = (window.from + window.to) / 2.0;
            let next = match key.as_str() {
                "ArrowLeft" => window.pan(-span * 0.1),
                "ArrowRight" => window.pan(span * 0.1),
                "+" | "=" => window.zoom_at(1.5, middle),
                "-" | "_" => window.zoom_at(1.0 / 1.5, middle),
                "0" => TimeWindow::default(),
                _ => return,
            };
            e.prevent_default();
            show.emit(next);
        })
    };

    // Overview strip: brush a range of years with the pointer (the map follows).
    let over = strip.scale;
    let brush_down = {
        let (brush_from, local_x) = (brush_from.clone(), local_x.clone());
        Callback::from(move |e: PointerEvent| {
            *brush_from.borrow_mut() = Some(over.invert(local_x(f64::from(e.client_x()))));
            if let Some(el) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = el.set_pointer_capture(e.pointer_id());
            }
        })
    };
    let brush_up = {
        let (brush_from, on_action, show) = (brush_from.clone(), on_action.clone(), show.clone());
        Callback::from(move |e: PointerEvent| {
            let Some(from) = brush_from.borrow_mut().take() else {
                return;
            };
            let to = over.invert(local_x(f64::from(e.client_x())));
            if (to - from).abs() * over.ratio() < 4.0 {
                // A click on the overview moves the window there.
                let half = window.span() / 2.0;
                show.emit(TimeWindow {
                    from: to - half,
                    to: to + half,
                });
            } else {
                // The overview spans decades: brushes snap to whole years.
                let (a, b) = (from.min(to).max(span.0), from.max(to).min(span.1 - 0.001));
                on_action.emit(Action::SetTime(MonthRange::years(
                    a.floor() as u16,
                    b.floor() as u16,
                )));
            }
        })
    };

    let button = |text: Text, symbol: &'static str, next: TimeWindow| {
        let show = show.clone();
        html! { <button type="button" class="ma-button ma-icon" aria-label={tr(lang, text)} title={tr(lang, text)}
        onclick={move |_| show.emit(next)}>{ symbol }</button> }
    };
    let empty = if props.records.is_empty() {
        html! { <p class="ma-empty" role="status">{ tr(lang, Text::NothingMatches) }</p> }
    } else if let Some(note) = &marks.outside_note {
        html! { <p class="ma-empty" role="status">{ note }</p> }
    } else {
        html! {}
    };
    let tab_stop = tab_stop(&marks, *current, props.selected);
    let middle = (window.from + window.to) / 2.0;
    html! {
        <div class="ma-timeline" ref={node.clone()}>
            <div class="ma-timeline-controls">
                <span class="ma-window" aria-live="polite">{ window_label(window, lang) }</span>
                <div class="ma-zoom-inline">
                    { button(Text::ZoomIn, "+", window.zoom_at(1.5, middle)) }
                    { button(Text::ZoomOut, "−", window.zoom_at(1.0 / 1.5, middle)) }
                    { button(Text::ZoomReset, "⌂", TimeWindow::default()) }
                </div>
            </div>
            { empty }
            <div class="ma-timeline-frame">
            <div class="ma-timeline-clip" ref={clip}>
            <svg ref={svg_ref} class="ma-timeline-svg" width="100%" height={fixed(svg_h, 0)} viewBox={view_box(width, svg_h)} preserveAspectRatio="xMidYMin meet"
                role="group" tabindex="-1" aria-label={marks.aria_label.clone()}
                onwheel={on_wheel} onpointerdown={on_down} onpointermove={gestures.moved.clone()} onpointerup={gestures.up.clone()} onpointercancel={gestures.up.clone()}
                onclick={on_click} onkeydown={on_key} onfocusin={on_focus} onpointerleave={on_leave}>
                { rect("ma-brush", band(props.time, &scale, AXIS, marks.height)) }
                // Only its sides clip; its height is fixed, so a filter that changes the
                // plot's height leaves the clip path, which every lane uses, unchanged.
                <defs><clipPath id="ma-timeline-plot"><rect x={fixed(marks.left, 1)} y="-9999" width={fixed(width - marks.left, 1)} height="99999" /></clipPath></defs>
                { axis(&marks, plot_h, ride) }
                { lanes(&marks, props.selected, tab_stop, lang) }
            </svg>
            </div>
            { if manners.hint() { html! { <p class="ma-wheel-hint" role="status">{ tr(lang, Text::WheelHint) }</p> } } else { html! {} } }
            </div>
            <svg class="ma-overview" width="100%" height={fixed(OVERVIEW_H, 0)} viewBox={view_box(width, OVERVIEW_H)}
                role="img" aria-label={tr(lang, Text::Overview)}
                onpointerdown={brush_down} onpointerup={brush_up}>
                <>{ for strip.bins.iter().map(|b| rect("ma-bin", Some(*b))) }</>
                { rect("ma-brush", strip.brush) }
                { rect("ma-window-rect", Some(strip.window)) }
                <>{ for strip.labels.iter().map(|(x, text)| html! {
                    <text class="ma-overview-label" x={fixed(*x, 1)} y="39">{ text }</text>
                }) }</>
            </svg>
            <p class="ma-hint">
                { tr(lang, Text::BrushHint) }
                { if props.time.is_some() { html! {
                    <button type="button" class="ma-button ma-small" onclick={props.on_action.reform(|_| Action::SetTime(None))}>{ tr(lang, Text::ClearYears) }</button>
                } } else { html! {} } }
                { match &marks.undated_note { Some(n) => html! { <span class="ma-muted">{ n }</span> }, None => html! {} } }
            </p>
            <TimelineCharts records={later_records} window={settled} scale_left={scale.range.0} scale_right={scale.range.1}
                width={width} lang={lang} selected={props.selected} on_action={props.on_action.clone()} />
        </div>
    }
}

/// The mark that takes the Tab key: the last one focused while it is drawn, else the
/// selected record's, else the first in reading order.
fn tab_stop(
    marks: &TimelineMarks,
    current: Option<Stop>,
    selected: Option<Selection>,
) -> Option<Stop> {
    let all = stops(marks);
    let drawn = |s: Stop| all.iter().any(|x| x.0 == s);
    current
        .filter(|s| drawn(*s))
        .or_else(|| match selected {
            Some(Selection::Record(r)) if drawn(Stop::Item(r)) => Some(Stop::Item(r)),
            _ => None,
        })
        .or_else(|| all.first().map(|s| s.0))
}
