//! The timeline's lanes and axis: points, bars, labels, counts and ticks, drawn where
//! `layout::timeline` put them. Plain functions of `TimelineView`; no geometry, no text.

use crate::components::class::{class, flag};
use crate::filter::Topic;
use crate::format::fixed;
use crate::i18n::Lang;
use crate::layout::text::Rect;
use crate::layout::timeline::{Stop, TimelineMarks, POINT_R, TICK_Y, TITLE_X};
use crate::state::Selection;
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

/// What rides with a pan (the marks and ticks laid out for an earlier window, moved `shift`
/// px), inside the plot's clip so nothing moving crosses the lane names. Clip outside,
/// shift inside: a clip path moves with its element's own transform.
fn riding(shift: f64, content: Html) -> Html {
    html! { <g clip-path="url(#ma-timeline-plot)"><g transform={format!("translate({} 0)", fixed(shift, 1))}>{ content }</g></g> }
}

/// The time axis: grid lines and tick labels, moved `shift` px.
pub fn axis(marks: &TimelineMarks, bottom: f64, shift: f64) -> Html {
    html! { <g class="ma-axis" aria-hidden="true">{ riding(shift, html! { <>
        { for marks.ticks.iter().map(|t| html! { <>
            <line class={class(&["ma-grid", flag(t.major, "ma-major")])} x1={fixed(t.x, 1)} x2={fixed(t.x, 1)} y1="18" y2={fixed(bottom, 0)} />
            <text class="ma-tick" x={fixed(t.label_x, 1)} y={fixed(TICK_Y, 0)}>{ &t.label }</text>
        </> }) }
    </> }) }</g> }
}

/// The lanes with their names, items and counts; `tab_stop` is the mark that takes the
/// Tab key; the marks are moved `shift` px (the names and backgrounds stay).
///
/// Each lane is drawn in its own frame, moved to its top: when a filter empties or fills a
/// lane, the lanes below it move by one `transform` each, and their marks keep every
/// attribute (a country toggle: 34 attribute writes in the lanes instead of 62).
pub fn lanes(
    marks: &TimelineMarks,
    selected: Option<Selection>,
    tab_stop: Option<Stop>,
    lang: Lang,
    shift: f64,
) -> Html {
    let width = fixed(marks.width, 0);
    let tab = |s: Stop| if Some(s) == tab_stop { "0" } else { "-1" };
    html! { <g transform="translate(0 26)">
        { for marks.lanes.iter().enumerate().map(|(li, lane)| html! {
            <g key={lane.topic.key()} class={class(&["ma-lane", lane_class(lane.topic)])} role="list" aria-label={crate::format::topic(lane.topic, lang)}
                transform={format!("translate(0 {})", fixed(lane.y, 1))}>
                <rect class="ma-lane-bg" x="0" y="0" width={width.clone()} height={fixed(lane.height - 2.0, 1)} />
                <text class="ma-lane-title" aria-hidden="true">
                    { for lane.title.iter().map(|l| html! { <tspan x={fixed(TITLE_X, 0)} y={fixed(l.y - lane.y, 1)}>{ &l.text }</tspan> }) }
                </text>
                { riding(shift, html! { <>
                { for lane.items.iter().map(|item| {
                    let is_selected = selected == Some(Selection::Record(item.record));
                    let x = fixed(item.label_x, 1);
                    html! { <g key={item.record.id()} class={class(&["ma-item", flag(is_selected, "ma-selected")])} data-id={item.record.id()}
                        tabindex={tab(Stop::Item(item.record))} role="listitem" aria-label={item.text.clone()}>
                        { if item.range { html! {
                            <rect class="ma-range" x={fixed(item.x0, 1)} y={fixed(item.mark_box().y0 - lane.y, 1)} width={fixed(item.x1 - item.x0, 1)} height="5" rx="2.5" />
                        } } else { html! {
                            <circle class="ma-point" cx={fixed(item.x0, 1)} cy={fixed(item.y - lane.y, 1)} r={fixed(POINT_R, 0)} />
                        } } }
                        { if item.label.is_empty() { html! {} } else { html! {
                            <text class="ma-label">{ for item.label.iter().map(|l| html! { <tspan x={x.clone()} y={fixed(l.y - lane.y, 1)}>{ &l.text }</tspan> }) }</text>
                        } } }
                        <title>{ &item.text }</title>
                    </g> }
                }) }
                { for lane.aggregates.iter().enumerate().map(|(ai, agg)| {
                    let r = agg.rect();
                    html! {
                        <g key={Stop::Aggregate(li, ai).attribute().1} class="ma-aggregate" data-aggregate={Stop::Aggregate(li, ai).attribute().1}
                            tabindex={tab(Stop::Aggregate(li, ai))} role="listitem" aria-label={agg.aria.clone()}>
                            <rect x={fixed(r.x0, 1)} y={fixed(r.y0 - lane.y, 1)} width={fixed(agg.w, 0)} height={fixed(r.y1 - r.y0, 0)} rx="9" />
                            <text x={fixed(agg.x, 1)} y={fixed(agg.y - lane.y + 4.0, 1)}>{ &agg.text }</text>
                        </g>
                    }
                }) }
                </> }) }
            </g>
        }) }
    </g> }
}
