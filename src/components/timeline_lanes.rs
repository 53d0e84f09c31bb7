//! The timeline's lanes and axis: points, bars, labels, counts and ticks, drawn where
//! `layout::timeline` put them. Plain functions of `TimelineView`; no geometry, no text.

use crate::components::class::{class, flag};
use crate::components::dom::all;
use crate::filter::Topic;
use crate::format::fixed;
use crate::hooks::{kept, KEPT};
use crate::i18n::Lang;
use crate::layout::text::Rect;
use crate::layout::timeline::{Ride, Stop, TimelineMarks, POINT_R, TICK_Y, TITLE_X};
use crate::state::Selection;
use std::rc::Rc;
use yew::prelude::*;

/// The lane's class, which gives its marks their colour.
fn lane_class(t: Topic) -> &'static str {
    match t {
        Topic::Agreements => "ma-topic-agreement",
        Topic::Policy => "ma-topic-policy",
        Topic::Consular => "ma-topic-consular",
        Topic::Crisis => "ma-topic-crisis",
        Topic::Reporting => "ma-topic-reporting",
        Topic::Figures => "ma-topic-figures",
    }
}

/// A rectangle of the view (the brush, the overview's bars and window), if there is one.
pub fn rect(class: &'static str, r: Option<Rect>) -> Html {
    let Some(r) = r else { return html! {} };
    html! { <rect class={class} x={fixed(r.x0, 1)} y={fixed(r.y0, 1)} width={fixed(r.x1 - r.x0, 1)} height={fixed(r.y1 - r.y0, 1)} /> }
}

/// What rides with a pan (the marks and ticks laid out for an earlier window, moved by the
/// pan's shift), inside the plot's clip so nothing moving crosses the lane names. Clip
/// outside, shift inside: a clip path moves with its element's own transform. `kept`
/// content is there but not seen (see [`Lane`]). A lane's shift is not drawn by the lane:
/// `shift: None` leaves a [`RIDE`] group that `TimelineView` moves itself (see
/// [`ride_lanes`]).
fn riding(shift: Option<f64>, kept: bool, content: Html) -> Html {
    html! { <g clip-path="url(#ma-timeline-plot)" class={kept.then_some(KEPT)} aria-hidden={kept.then_some("true")}>
        { match shift {
            Some(shift) => html! { <g transform={ride_by(shift)}>{ content }</g> },
            None => html! { <g class={RIDE}>{ content }</g> },
        } }
    </g> }
}

/// The class of the groups in which a lane's marks ride with a pan or a zoom.
const RIDE: &str = "ma-ride";

fn ride_by(shift: f64) -> String {
    format!("translate({} 0)", fixed(shift, 1))
}

/// Moves every lane's marks inside `svg` where `ride` puts them: each lane's group by its
/// shift, and, in a zoom, each mark by its own move from where it was laid out (its
/// `data-x`). A step changes one attribute per lane (per mark in a zoom) and renders no lane
/// (each lane drawing its own shift rendered all five at every step of a pan, and a zoom laid
/// every lane out again: issue 16). `stretched`: marks were last moved on their own, and go
/// back where they were laid out unless this ride moves them too. Run after every render
/// of the view, so a lane drawn anew rides where the others do.
pub fn ride_lanes(svg: &web_sys::Element, ride: Ride, stretched: bool) {
    let value = ride_by(ride.shift);
    for group in all(svg, &format!(".{RIDE}")) {
        if group.get_attribute("transform").as_deref() != Some(value.as_str()) {
            let _ = group.set_attribute("transform", &value);
        }
    }
    if !(stretched || ride.stretches()) {
        return;
    }
    for mark in all(svg, &format!(".{RIDE} > [data-x]")) {
        match read_laid_at(&mark) {
            Some(x) if ride.stretches() => {
                let _ = mark.set_attribute("transform", &ride_by(ride.own(x)));
            }
            _ => {
                let _ = mark.remove_attribute("transform");
            }
        }
    }
}

/// A mark's `data-x`: where it was laid out, in tenths of a pixel. An integer: parsing a
/// float brought 15 KB of code (gzip) to the first screen.
fn laid_at(x: f64) -> String {
    ((x * 10.0).round() as i32).to_string()
}

/// The place [`laid_at`] wrote on `mark`, px.
fn read_laid_at(mark: &web_sys::Element) -> Option<f64> {
    let tenths = mark.get_attribute("data-x")?.parse::<i32>().ok()?;
    Some(f64::from(tenths) / 10.0)
}

/// The time axis: grid lines and tick labels, where `ride` puts them (as the marks).
pub fn axis(marks: &TimelineMarks, bottom: f64, ride: Ride) -> Html {
    html! { <g class="ma-axis" aria-hidden="true">{ riding(Some(ride.shift), false, html! { <>
        { for marks.ticks.iter().map(|t| {
            let own = ride.own(t.x);
            html! { <>
            <line class={class(&["ma-grid", flag(t.major, "ma-major")])} x1={fixed(t.x + own, 1)} x2={fixed(t.x + own, 1)} y1="18" y2={fixed(bottom, 0)} />
            <text class="ma-tick" x={fixed(t.label_x + own, 1)} y={fixed(TICK_Y, 0)}>{ &t.label }</text>
        </> } }) }
    </> }) }</g> }
}

/// The lanes with their names, items and counts; `tab_stop` is the mark that takes the
/// Tab key; the marks are moved by [`ride_lanes`] (the names and backgrounds stay).
pub fn lanes(
    marks: &Rc<TimelineMarks>,
    selected: Option<Selection>,
    tab_stop: Option<Stop>,
    lang: Lang,
) -> Html {
    html! { <g transform="translate(0 26)">
        { for marks.lanes.iter().enumerate().map(|(index, lane)| {
            // Each lane hears only of the selection and the tab stop when they are its own,
            // so moving them re-renders the lanes they leave and enter, not all five.
            let selected = selected.filter(|&s| lane.items.iter().any(|i| s == Selection::Record(i.record)));
            let tab_stop = tab_stop.filter(|&s| match s {
                Stop::Item(r) => lane.items.iter().any(|i| i.record == r),
                Stop::Aggregate(li, _) => li == index,
            });
            html! { <Lane key={lane.topic.key()} marks={marks.clone()} {index} {selected} {tab_stop} {lang} /> }
        }) }
    </g> }
}

/// Props of [`Lane`].
#[derive(Properties)]
pub struct LaneProps {
    /// Every lane's marks; this lane's are `marks.lanes[index]`.
    pub marks: Rc<TimelineMarks>,
    /// Which lane.
    pub index: usize,
    /// The selection, if it is one of this lane's items.
    pub selected: Option<Selection>,
    /// The tab stop, if it is in this lane.
    pub tab_stop: Option<Stop>,
    /// Interface language.
    pub lang: Lang,
}

impl PartialEq for LaneProps {
    /// By this lane's marks only: a change elsewhere (another lane, the axis) leaves it be.
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && self.marks.width == other.marks.width
            && self.marks.lanes.get(self.index) == other.marks.lanes.get(other.index)
            && (self.selected, self.tab_stop, self.lang)
                == (other.selected, other.tab_stop, other.lang)
    }
}

/// One lane, drawn in its own frame moved to its top: when a filter empties or fills a
/// lane, the lanes below it move by one `transform` each, and their marks keep every
/// attribute (a country toggle: 34 attribute writes in the lanes instead of 62).
///
/// A lane a filter empties keeps its last marks, hidden ([`KEPT`]): ticking a topic and
/// unticking it again (the filter readers use most) shows them again with one attribute
/// instead of making them anew. Hidden by `opacity: 0` (clipped to nothing, so no pointer
/// reaches them; `aria-hidden`, and no mark of it takes the Tab key), so their boxes stay
/// laid out: with `display: none`, hiding four lanes took their layout objects down and
/// showing them built them again, marks and labels, 2.1 / 3.0 ms of layout in the frame
/// (median / p95); so hidden, 0.93 / 1.04 (issue 16). An inherited property restyles every
/// mark both ways: with `visibility`, the median change grew 1.8 ms, and with
/// `pointer-events: none` the layout was 1.45 / 1.9.
#[function_component]
pub fn Lane(props: &LaneProps) -> Html {
    crate::render_count::hit("Lane");
    let index = props.index;
    let empty = props
        .marks
        .lanes
        .get(index)
        .is_none_or(|l| l.items.is_empty() && l.aggregates.is_empty());
    let (shown, hidden) = kept(&use_mut_ref(|| None), props.marks.clone(), empty);
    let (Some(now), Some(drawn)) = (props.marks.lanes.get(index), shown.lanes.get(index)) else {
        return html! {};
    };
    let width = fixed(props.marks.width, 0);
    let tab = |s: Stop| if Some(s) == props.tab_stop { "0" } else { "-1" };
    // Items are placed in the lane's frame, from where the lane was when they were laid out.
    let top = drawn.y;
    html! {
        <g class={class(&["ma-lane", lane_class(now.topic)])} role="list" aria-label={crate::format::topic(now.topic, props.lang)}
            transform={format!("translate(0 {})", fixed(now.y, 1))}>
            <rect class="ma-lane-bg" x="0" y="0" width={width} height={fixed(now.height - 2.0, 1)} />
            <text class="ma-lane-title" aria-hidden="true">
                { for now.title.iter().map(|l| html! { <tspan x={fixed(TITLE_X, 0)} y={fixed(l.y - now.y, 1)}>{ &l.text }</tspan> }) }
            </text>
            { riding(None, hidden, html! { <>
            { for drawn.items.iter().map(|item| {
                let is_selected = props.selected == Some(Selection::Record(item.record));
                let x = fixed(item.label_x, 1);
                html! { <g key={item.record.id()} class={class(&["ma-item", flag(is_selected, "ma-selected")])} data-id={item.record.id()} data-x={laid_at(item.x0)}
                    tabindex={tab(Stop::Item(item.record))} role="listitem" aria-label={item.text.clone()}>
                    { if item.range { html! {
                        <rect class="ma-range" x={fixed(item.x0, 1)} y={fixed(item.mark_box().y0 - top, 1)} width={fixed(item.x1 - item.x0, 1)} height="5" rx="2.5" />
                    } } else { html! {
                        <circle class="ma-point" cx={fixed(item.x0, 1)} cy={fixed(item.y - top, 1)} r={fixed(POINT_R, 0)} />
                    } } }
                    { if item.label.is_empty() { html! {} } else { html! {
                        <text class="ma-label">{ for item.label.iter().map(|l| html! { <tspan x={x.clone()} y={fixed(l.y - top, 1)}>{ &l.text }</tspan> }) }</text>
                    } } }
                    <title>{ &item.text }</title>
                </g> }
            }) }
            { for drawn.aggregates.iter().enumerate().map(|(ai, agg)| {
                let r = agg.rect();
                let stop = Stop::Aggregate(index, ai);
                html! {
                    <g key={stop.attribute().1} class="ma-aggregate" data-aggregate={stop.attribute().1} data-x={laid_at(agg.x)}
                        tabindex={tab(stop)} role="listitem" aria-label={agg.aria.clone()}>
                        <rect x={fixed(r.x0, 1)} y={fixed(r.y0 - top, 1)} width={fixed(agg.w, 0)} height={fixed(r.y1 - r.y0, 0)} rx="9" />
                        <text x={fixed(agg.x, 1)} y={fixed(agg.y - top + 4.0, 1)}>{ &agg.text }</text>
                    </g>
                }
            }) }
            </> }) }
        </g>
    }
}
