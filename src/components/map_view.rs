//! The map view: draws the marks `layout::map` placed, and turns wheel, drag, pinch, keys
//! and buttons into `SetMap` actions. Marks are found by event delegation (one listener
//! for the whole map) rather than a closure per mark.

use crate::components::map_legend::{shape_node, MapLegend, BADGE_SIZE, POST_SIZE};
use crate::dataset;
use crate::figures::statistic;
use crate::format::{self, fixed};
use crate::gesture::{wheel_zoom, Move};
use crate::hooks::{use_css, use_gesture, use_width};
use crate::i18n::{tr, Lang, Noun, Text};
use crate::layout::glyph::Glyph;
use crate::layout::map::{layout, MapMarks};
use crate::layout::map_keys::{neighbour, stops, tab_stop, MapStop};
use crate::record::RecordRef;
use crate::state::{Action, Layers, ListKind, RecordList, Selection};
use crate::viewport::MapView as View;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Props of [`MapView`].
#[derive(Properties, PartialEq)]
pub struct MapProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// Zoom and centre.
    pub view: View,
    /// Layers on and off.
    pub layers: Layers,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// The map's height for its width: wide enough for Eurasia, never taller than a phone.
pub fn height_for(width: f64) -> f64 {
    crate::scale::clamp(width * 0.6, 260.0, 620.0)
}

#[derive(Clone, PartialEq)]
struct Tip {
    x: f64,
    y: f64,
    title: String,
    lines: Vec<String>,
}

fn mark_of(e: &Event) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-mark]")
        .ok()
        .flatten()
}

fn tip_for(
    mark: &Element,
    marks: &MapMarks,
    lang: Lang,
) -> Option<(String, Vec<String>, (f64, f64))> {
    let kind = mark.get_attribute("data-mark")?;
    match kind.as_str() {
        "country" | "badge" | "flow" => {
            let code = mark.get_attribute("data-code")?;
            let c = marks.countries.iter().find(|c| c.code == code)?;
            let mut lines = Vec::new();
            // Every source's figure side by side (what it counts, when, whose), so a
            // disagreement shows where the number is, not as a count.
            if let Some(h) = &c.headline {
                if h.disagree {
                    lines.push(format!("≠ {}:", tr(lang, Text::SourcesDisagree)));
                }
                for r in h.figures() {
                    if let Some(s) = statistic(r) {
                        lines.push(format::figure_line(s, lang));
                    }
                }
            }
            if let Some(b) = marks.badges.iter().find(|b| b.code == code) {
                lines.push(format!(
                    "{}: {}",
                    tr(lang, Text::LayerAgreements),
                    b.records.len()
                ));
            }
            Some((
                dataset::place_name(c.code, lang).to_string(),
                lines,
                c.anchor,
            ))
        }
        "post" => {
            let i: usize = mark.get_attribute("data-index")?.parse().ok()?;
            let p = marks.posts.get(i)?;
            let lines = p.records.iter().take(6).filter_map(|&r| {
                let post = r.post()?;
                Some(format!(
                    "{} · {}",
                    format::title(r, lang),
                    format::post_status(post.status, lang)
                ))
            });
            let mut lines: Vec<String> = lines.collect();
            if p.records.len() > 6 {
                lines.push(format!("+{}", p.records.len() - 6));
            }
            let title = if p.records.len() == 1 {
                format::post_kind(p.kind, lang).to_string()
            } else {
                format::counted(p.records.len(), Noun::ClusterPosts, lang)
            };
            Some((title, lines, p.at))
        }
        _ => None,
    }
}

/// The map.
#[function_component]
pub fn MapView(props: &MapProps) -> Html {
    crate::render_count::hit("MapView");
    let lang = props.lang;
    let node = use_node_ref();
    let width = use_width(node.clone(), 800.0);
    let height = height_for(width);
    let view = props.view;
    let marks: Rc<MapMarks> = use_memo(
        (
            props.records.clone(),
            props.layers,
            fixed(view.k, 3),
            width as i64,
            props.selected,
        ),
        move |(records, layers, _, width, selected)| {
            layout(records, *layers, view, *width as f64, *selected)
        },
    );
    let tip = use_state_eq(|| None::<Tip>);
    // The mark that takes the Tab key: the one last focused, while it is drawn.
    let current = use_state_eq(|| None::<MapStop>);
    // The tooltip is placed through the CSSOM: a strict host CSP blocks style attributes.
    let tip_node = use_node_ref();
    let tip_at = (*tip).as_ref().map_or_else(Vec::new, |t| {
        let px = |v: f64| format!("{}px", fixed(v, 0));
        vec![
            ("left", px(t.x.min(width - 180.0).max(0.0))),
            ("top", px(t.y + 14.0)),
        ]
    });
    use_css(tip_node.clone(), tip_at);
    let (vx, vy, vw, vh) = view.view_box(width, height);
    let units = marks.units_per_px;
    let on_action = props.on_action.clone();

    let local = {
        let node = node.clone();
        move |cx: f64, cy: f64| -> (f64, f64) {
            let r = node.cast::<Element>().map(|e| e.get_bounding_client_rect());
            r.map_or((cx, cy), |r| (cx - r.left(), cy - r.top()))
        }
    };
    let to_map = move |px: f64, py: f64| (vx + px / width * vw, vy + py / height * vh);

    let on_wheel = {
        let (on_action, local) = (on_action.clone(), local.clone());
        Callback::from(move |e: WheelEvent| {
            e.prevent_default();
            let (px, py) = local(f64::from(e.client_x()), f64::from(e.client_y()));
            let factor = wheel_zoom(e.delta_y(), e.delta_mode() == 1);
            on_action.emit(Action::SetMap(view.zoom_at(factor, to_map(px, py))));
        })
    };
    let gestures = {
        let (on_action, local, tip) = (on_action.clone(), local.clone(), tip.clone());
        use_gesture(view, move |start: View, m, first| {
            if first {
                tip.set(None);
            }
            let next = match m {
                Move::Pan { dx, dy } => start.pan(-dx * units, -dy * units),
                Move::Pinch {
                    factor,
                    centre,
                    shift,
                } => {
                    let (mx, my) = local(centre.0, centre.1);
                    start
                        .zoom_at(factor, to_map(mx, my))
                        .pan(-shift.0 * units, -shift.1 * units)
                }
            };
            on_action.emit(Action::SetMap(next));
        })
    };
    let choose = {
        let (marks, on_action) = (marks.clone(), on_action.clone());
        move |mark: &Element| {
            let Some(kind) = mark.get_attribute("data-mark") else {
                return;
            };
            let code = mark.get_attribute("data-code").unwrap_or_default();
            let place = || dataset::country(&code).map(|c| Selection::Place(c.iso3));
            match kind.as_str() {
                "country" => on_action.emit(Action::Select(place())),
                "badge" => {
                    let single = marks
                        .badges
                        .iter()
                        .find(|b| b.code == code)
                        .filter(|b| b.records.len() == 1)
                        .map(|b| Selection::Record(b.records[0]));
                    on_action.emit(Action::Select(single.or_else(place)));
                }
                "flow" => {
                    let record = marks
                        .flows
                        .iter()
                        .find(|f| f.code == code)
                        .map(|f| Selection::Record(f.record));
                    on_action.emit(Action::Select(record));
                }
                "post" => {
                    let Some(p) = mark
                        .get_attribute("data-index")
                        .and_then(|i| i.parse::<usize>().ok())
                        .and_then(|i| marks.posts.get(i))
                    else {
                        return;
                    };
                    // A cluster lists its posts in the sheet; it never selects the country
                    // (issue 11: a post cluster selected the whole of Russia).
                    if p.records.len() == 1 {
                        on_action.emit(Action::Select(Some(Selection::Record(p.records[0]))));
                    } else {
                        on_action.emit(Action::ShowList(RecordList {
                            kind: ListKind::Posts,
                            records: p.records.clone(),
                        }));
                    }
                }
                _ => {}
            }
        }
    };
    let on_click = {
        let (gestures, choose, tip) = (gestures.clone(), choose.clone(), tip.clone());
        Callback::from(move |e: MouseEvent| {
            if gestures.dragged() {
                return;
            }
            if let Some(mark) = mark_of(&e) {
                // The sheet now shows what the tooltip said, and more.
                tip.set(None);
                choose(&mark);
            }
        })
    };
    let on_key = {
        let (on_action, choose, marks, node) = (
            on_action.clone(),
            choose.clone(),
            marks.clone(),
            node.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let step = 60.0 * units;
            let key = e.key();
            // On a mark, arrow keys go to the next mark in reading order (Shift and arrow
            // keys pan); the map follows the focus when it leaves the view.
            let stop = mark_of(&e).and_then(|m| stop_of(&m, &marks));
            if let (Some(stop), false) = (stop, e.shift_key()) {
                if let Some(next) = neighbour(&marks, stop, &key) {
                    e.prevent_default();
                    let el = node
                        .cast::<Element>()
                        .and_then(|n| n.query_selector(&next.selector()).ok().flatten());
                    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok()) {
                        let _ = el.focus();
                    }
                    let at = stops(&marks).into_iter().find(|s| s.0 == next).map(|s| s.1);
                    let margin = 40.0 * units;
                    if let Some((x, y)) = at.filter(|(x, y)| {
                        *x < vx + margin
                            || *x > vx + vw - margin
                            || *y < vy + margin
                            || *y > vy + vh - margin
                    }) {
                        on_action.emit(Action::SetMap(View { x, y, ..view }.clamped()));
                    }
                    return;
                }
            }
            let next = match key.as_str() {
                "Enter" | " " => {
                    if let Some(mark) = mark_of(&e) {
                        e.prevent_default();
                        choose(&mark);
                    }
                    return;
                }
                "ArrowLeft" => view.pan(-step, 0.0),
                "ArrowRight" => view.pan(step, 0.0),
                "ArrowUp" => view.pan(0.0, -step),
                "ArrowDown" => view.pan(0.0, step),
                "+" | "=" => view.zoom_at(1.5, (view.x, view.y)),
                "-" | "_" => view.zoom_at(1.0 / 1.5, (view.x, view.y)),
                "0" => View::default(),
                _ => return,
            };
            e.prevent_default();
            on_action.emit(Action::SetMap(next));
        })
    };
    let show_tip = {
        let (tip, marks, local) = (tip.clone(), marks.clone(), local.clone());
        move |e: &Event, pointer: Option<(f64, f64)>| {
            let found = mark_of(e).and_then(|m| tip_for(&m, &marks, lang));
            tip.set(found.map(|(title, lines, at)| {
                let (x, y) = pointer.map_or(
                    ((at.0 - vx) / vw * width, (at.1 - vy) / vh * height),
                    |(cx, cy)| local(cx, cy),
                );
                Tip { x, y, title, lines }
            }));
        }
    };
    let on_over = {
        let show_tip = show_tip.clone();
        Callback::from(move |e: PointerEvent| {
            show_tip(&e, Some((f64::from(e.client_x()), f64::from(e.client_y()))))
        })
    };
    let on_focus = {
        let (current, marks) = (current.clone(), marks.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(stop) = mark_of(&e).and_then(|m| stop_of(&m, &marks)) {
                current.set(Some(stop));
            }
            show_tip(&e, None)
        })
    };
    let on_leave = {
        let tip = tip.clone();
        Callback::from(move |_: PointerEvent| tip.set(None))
    };

    let button = |text: Text, symbol: &'static str, next: View| {
        html! { <button type="button" class="ma-button ma-icon" aria-label={tr(lang, text)} title={tr(lang, text)}
        onclick={props.on_action.reform(move |_| Action::SetMap(next))}>{ symbol }</button> }
    };
    let tab_stop = tab_stop(&marks, *current, props.selected);
    html! {
        <div class="ma-map">
            // No height here: the SVG's height attribute sizes the frame (no style attribute,
            // which a strict host CSP would block).
            <div class="ma-map-frame" ref={node.clone()}>
                // The controls come before the marks in the tab order (issue 11); they are
                // placed over the map's corner by the style sheet.
                <div class="ma-zoom">
                    { button(Text::ZoomIn, "+", view.zoom_at(1.5, (view.x, view.y))) }
                    { button(Text::ZoomOut, "−", view.zoom_at(1.0 / 1.5, (view.x, view.y))) }
                    { button(Text::ZoomReset, "⌂", View::default()) }
                    { button(Text::WholeWorld, "◯", View::world()) }
                </div>
                // The marks are one tab stop; the map itself takes the focus from a click
                // (arrow keys then pan), or from Tab when no mark is drawn.
                <svg class="ma-map-svg" width="100%" height={fixed(height, 0)}
                    viewBox={format!("{} {} {} {}", fixed(vx, 2), fixed(vy, 2), fixed(vw, 2), fixed(vh, 2))}
                    role="group" tabindex={if tab_stop.is_some() { "-1" } else { "0" }}
                    aria-label={format!("{} — {}", tr(lang, Text::ViewMap), tr(lang, Text::MapKeys))}
                    onwheel={on_wheel} onpointerdown={gestures.down.clone()} onpointermove={gestures.moved.clone()} onpointerup={gestures.up.clone()}
                    onpointercancel={gestures.up.clone()} onclick={on_click} onkeydown={on_key} onpointerover={on_over}
                    onfocusin={on_focus} onpointerleave={on_leave}>
                    <MapMarksLayer marks={marks.clone()} selected={props.selected} tab_stop={tab_stop} lang={lang} />
                </svg>
                { match &*tip { Some(t) => html! {
                    <div class="ma-tip" role="tooltip" ref={tip_node.clone()}>
                        <strong>{ &t.title }</strong>
                        { for t.lines.iter().map(|l| html! { <div>{ l }</div> }) }
                    </div>
                }, None => html! {} } }
                { if props.records.is_empty() { html! {
                    <p class="ma-empty ma-map-empty" role="status">{ tr(lang, Text::NothingMatches) }</p>
                } } else { html! {} } }
            </div>
            <MapLegend layers={props.layers} organisation_agreements={marks.organisation_agreements.len()}
                unplaced_posts={marks.unplaced_posts.len()} lang={lang} on_action={props.on_action.clone()} />
        </div>
    }
}

/// Props of [`MapMarksLayer`]: equal while the layout is the same value, so a pan (which
/// changes only the view box) leaves the marks alone.
#[derive(Properties)]
struct MarksProps {
    marks: Rc<MapMarks>,
    selected: Option<Selection>,
    tab_stop: Option<MapStop>,
    lang: Lang,
}

impl PartialEq for MarksProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.marks, &other.marks)
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
            && self.lang == other.lang
    }
}

/// The marks, in map units: drawn again only when the layout changes (a filter, a zoom
/// level, the selection, the width), never on a pan.
#[function_component]
fn MapMarksLayer(props: &MarksProps) -> Html {
    crate::render_count::hit("MapMarks");
    draw(&props.marks, props.selected, props.tab_stop, props.lang)
}

/// The id of the hatching pattern, unique inside the widget's shadow root.
const HATCH_ID: &str = "ma-hatch";
/// The fill that draws it (an attribute, not a style: strict host policies).
const HATCH_FILL: &str = "url(#ma-hatch)";

/// The keyboard stop of a mark's element.
fn stop_of(mark: &Element, marks: &MapMarks) -> Option<MapStop> {
    MapStop::from_attributes(
        marks,
        &mark.get_attribute("data-mark")?,
        mark.get_attribute("data-code").as_deref(),
        mark.get_attribute("data-index").as_deref(),
    )
}

fn draw(
    marks: &MapMarks,
    selected: Option<Selection>,
    tab_stop: Option<MapStop>,
    lang: Lang,
) -> Html {
    let u = marks.units_per_px;
    let tab = |s: MapStop| if Some(s) == tab_stop { "0" } else { "-1" };
    let at = |x: f64, y: f64| {
        format!(
            "translate({} {}) scale({})",
            fixed(x, 2),
            fixed(y, 2),
            fixed(u, 4)
        )
    };
    let countries = marks.countries.iter().map(|c| {
        let class = classes!(
            "ma-c",
            c.class.map(|k| format!("ma-class-{k}")).unwrap_or_else(|| "ma-class-none".into()),
            c.selected.then_some("ma-selected"),
            c.has_records.then_some("ma-has-records")
        );
        let label = dataset::place_name(c.code, lang).to_string();
        let (tab, role) = if c.has_records { (Some(tab(MapStop::Country(c.code))), Some("button")) } else { (None, None) };
        if c.path.is_empty() {
            html! { <circle class={class} cx={fixed(c.anchor.0 * 2.0, 1)} cy={fixed(c.anchor.1 * 2.0, 1)} r={fixed(3.0 * u * 2.0, 2)}
                data-mark="country" data-code={c.code} tabindex={tab} role={role} aria-label={c.has_records.then_some(label)} /> }
        } else {
            html! { <path class={class} d={c.path} data-mark="country" data-code={c.code} tabindex={tab} role={role}
                aria-label={c.has_records.then_some(label)} /> }
        }
    });
    let disputed: Vec<_> = marks
        .countries
        .iter()
        .filter(|c| c.class.is_some() && c.headline.as_ref().is_some_and(|h| h.disagree))
        .collect();
    let disagree = disputed.iter().map(|c| {
        html! { <text class="ma-disagree" transform={at(c.anchor.0, c.anchor.1)} x="-14" y="4" aria-hidden="true">{ "≠" }</text> }
    });
    // Countries whose sources disagree are hatched over their fill; the hatching keeps
    // its screen size at every zoom (the pattern is scaled by the units per pixel).
    let hatched = disputed.iter().filter(|c| !c.path.is_empty()).map(|c| {
        html! { <path class="ma-hatched" d={c.path} fill={HATCH_FILL} aria-hidden="true" /> }
    });
    let flows = marks.flows.iter().map(|f| {
        html! { <path class="ma-flow" d={f.path.clone()} stroke-width={fixed(f.width, 1)} data-mark="flow" data-code={f.code}
            tabindex={tab(MapStop::Flow(f.code))} role="button" aria-label={format!("{}: {}", dataset::place_name(f.code, lang), statistic(f.record).map(|s| format::figure(s, lang)).unwrap_or_default())} /> }
    });
    let badges = marks.badges.iter().map(|b| {
        html! { <g class={format!("ma-badge ma-st-{}", b.status.key())} transform={at(b.at.0, b.at.1)} data-mark="badge" data-code={b.code}
            tabindex={tab(MapStop::Badge(b.code))} role="button" aria-label={format!("{}: {} {}", dataset::place_name(b.code, lang), b.records.len(), tr(lang, Text::LayerAgreements))}>
            // Offset up and right of the country's centre, clear of its posts and the ≠ mark.
            <g transform="translate(9 -9)">
                { shape_node("ma-badge-shape", Glyph::of_badge(b.shape), BADGE_SIZE) }
                { if b.records.len() > 1 { html! { <text class="ma-badge-count" x="8" y="-4">{ b.records.len() }</text> } } else { html! {} } }
            </g>
        </g> }
    });
    let posts = marks.posts.iter().enumerate().map(|(i, p)| {
        let selected = p.records.iter().any(|r| selected == Some(Selection::Record(*r)));
        let label = if p.records.len() == 1 { format::title(p.records[0], lang) } else { format::counted(p.records.len(), Noun::ClusterPosts, lang) };
        html! { <g class={classes!("ma-post", format!("ma-ps-{}", p.status.key()), selected.then_some("ma-selected"))} transform={at(p.at.0, p.at.1)}
            data-mark="post" data-index={i.to_string()} tabindex={tab(MapStop::Post(i))} role="button" aria-label={label}>
            { if p.records.len() == 1 { shape_node("ma-post-shape", Glyph::of_post(p.kind), POST_SIZE) } else { html! { <>
                <circle class="ma-cluster" r={fixed(8.0 + (p.records.len() as f64).sqrt() * 2.0, 1)} />
                <text class="ma-cluster-count" y="4">{ p.records.len() }</text>
            </> } } }
        </g> }
    });
    html! { <>
        <defs>
            <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="6" height="6"
                patternTransform={format!("scale({}) rotate(45)", fixed(u * 2.0, 4))}>
                <rect class="ma-hatch-line" x="0" y="0" width="1.6" height="6" />
            </pattern>
        </defs>
        <g class="ma-countries" transform="scale(0.5)">{ for countries }</g>
        <g class="ma-hatches" transform="scale(0.5)">{ for hatched }</g>
        <g class="ma-flows">{ for flows }</g>
        <g class="ma-disagreements">{ for disagree }</g>
        <g class="ma-badges">{ for badges }</g>
        <g class="ma-posts">{ for posts }</g>
    </> }
}
