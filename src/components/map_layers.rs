//! Drawing the map: the base (countries, Kyrgyzstan as home), one arm per layer of
//! `crate::layers::LAYERS`, the labels, and the glyphs the legend shares with the map.
//! Everything drawn here was placed and named by `layout::map`; marks are found again by
//! `data-mark` and `data-index` (event delegation, one listener for the whole map).

use crate::components::class::{class, flag};
use crate::format::fixed;
use crate::layers::Layer;
use crate::layout::glyph::Glyph;
use crate::layout::map::labels::Label;
use crate::layout::map::{MapMarks, PostMark, PostShape, Symbol};
use crate::layout::map_keys::MapStop;
use crate::state::Selection;
use std::rc::Rc;
use yew::prelude::*;

/// The size of a post's shape (px, the glyph's unit), written once, not per mark.
const POST_SIZE: &str = "scale(5.5)";
/// The radius of a consular post's circle at that size.
const POST_CIRCLE_R: &str = "4.95";
/// The id of the hatching pattern, unique inside the widget's shadow root.
const HATCH_ID: &str = "ma-hatch";
/// The fill that draws it (an attribute, not a style: strict host policies).
const HATCH_FILL: &str = "url(#ma-hatch)";

/// A post's shape at [`POST_SIZE`] around the origin.
fn shape(class: &'static str, shape: PostShape) -> Html {
    match shape.glyph() {
        Some(g) => html! { <path class={class} d={g.path()} transform={POST_SIZE} /> },
        None => html! { <circle class={class} r={POST_CIRCLE_R} /> },
    }
}

/// The `tabindex` of a mark: the one tab stop of the map is `0`, every other mark `-1`.
fn tab(stop: MapStop, tab_stop: Option<MapStop>) -> &'static str {
    if Some(stop) == tab_stop {
        "0"
    } else {
        "-1"
    }
}

/// `translate(x y) scale(u)`: a group whose children are drawn in pixels around a point.
fn at_px(at: (f64, f64), units_per_px: f64) -> String {
    format!(
        "translate({} {}) scale({})",
        fixed(at.0, 2),
        fixed(at.1, 2),
        fixed(units_per_px, 4)
    )
}

/// The class of a country's shade: citizens class 0–4, or none (style.css colours them).
fn shade_class(class: Option<u8>) -> &'static str {
    const SHADES: [&str; 5] = [
        "ma-class-0",
        "ma-class-1",
        "ma-class-2",
        "ma-class-3",
        "ma-class-4",
    ];
    class
        .and_then(|k| SHADES.get(usize::from(k)).copied())
        .unwrap_or("ma-class-none")
}

/// Kyrgyzstan's star at Bishkek, over the countries (which [`draw_countries`] draws).
pub fn home_star(marks: &MapMarks) -> Html {
    marks
        .home_at
        .map(|at| html! {
            <path class="ma-home-star" d={Glyph::Star.path()} transform={format!("{} scale(7)", at_px(at, marks.units_per_px))} aria-hidden="true" />
        })
        .unwrap_or_default()
}

/// What [`draw_countries`] last drew, to change only what changes.
#[derive(Default)]
pub struct CountriesDrawn(Option<(web_sys::Element, Rc<MapMarks>, Option<MapStop>)>);

/// Draws every country inside `group` (`<g class="ma-countries">`, which Yew draws empty):
/// its outline, or a dot where it has none, made only when the outlines change (they
/// arrive; a zoom resizes the dots), then its state (class, tab stop, role and name)
/// written where it differs from what was last written. Countries with records are marks:
/// of those and the layers' marks, `tab_stop` alone takes the Tab key. Run after every
/// render of the marks (and before the next paint). Drawing ~200 countries through Yew
/// made and compared them all at every filter change, 0.6 ms of the map's frame, for the
/// ~15 a topic changes (issue 16).
pub fn draw_countries(
    group: &NodeRef,
    marks: &Rc<MapMarks>,
    tab_stop: Option<MapStop>,
    drawn: &mut CountriesDrawn,
) {
    let Some(group) = group.cast::<web_sys::Element>() else {
        return;
    };
    if let Some((g, was, stop)) = &drawn.0 {
        if *g == group && Rc::ptr_eq(was, marks) && *stop == tab_stop {
            return;
        }
    }
    let earlier = drawn
        .0
        .take()
        .filter(|(g, was, _)| *g == group && was.same_elements(marks));
    let u = marks.units_per_px;
    let dot = |el: &web_sys::Element, c: &crate::layout::map::CountryMark| {
        let _ = el.set_attribute("cx", &fixed(c.anchor.0 * 2.0, 1));
        let _ = el.set_attribute("cy", &fixed(c.anchor.1 * 2.0, 1));
        let _ = el.set_attribute("r", &fixed(3.0 * u * 2.0, 2));
    };
    if earlier.is_none() {
        group.set_text_content(None);
        let Some(document) = group.owner_document() else {
            return;
        };
        for (i, c) in marks.countries.iter().enumerate() {
            let tag = if c.path.is_empty() { "circle" } else { "path" };
            let Ok(el) = document.create_element_ns(Some("http://www.w3.org/2000/svg"), tag) else {
                return;
            };
            if c.path.is_empty() {
                dot(&el, c);
            } else {
                let _ = el.set_attribute("d", c.path);
            }
            let _ = el.set_attribute("data-mark", "country");
            let _ = el.set_attribute("data-code", c.code);
            let _ = el.set_attribute("data-index", &i.to_string());
            let _ = group.append_child(&el);
        }
    }
    let elements = group.children();
    let resized = earlier
        .as_ref()
        .is_some_and(|(_, was, _)| !was.same_outlines(marks));
    for (i, c) in marks.countries.iter().enumerate() {
        let tab_of =
            |stop: Option<MapStop>, has: bool| has.then(|| tab(MapStop::Country(c.code), stop));
        let same = earlier.as_ref().is_some_and(|(_, was, was_stop)| {
            was.countries.get(i).is_some_and(|w| {
                w.same_state(c)
                    && tab_of(*was_stop, w.has_records) == tab_of(tab_stop, c.has_records)
            })
        });
        let dot_resized = resized && c.path.is_empty();
        // Only the elements written are asked for: each is a call out of the wasm.
        if same && !dot_resized {
            continue;
        }
        let Some(el) = elements.item(i as u32) else {
            continue;
        };
        if dot_resized {
            dot(&el, c);
        }
        if same {
            continue;
        }
        let classes = [
            "ma-c",
            shade_class(c.class),
            flag(c.home, "ma-home"),
            flag(c.selected, "ma-selected"),
            flag(c.has_records, "ma-has-records"),
        ];
        if let Some(classes) = class(&classes) {
            let _ = el.set_attribute("class", &classes);
        }
        match tab_of(tab_stop, c.has_records) {
            Some(t) => {
                let _ = el.set_attribute("tabindex", t);
                let _ = el.set_attribute("role", "button");
                let _ = el.set_attribute("aria-label", &c.name.spoken);
            }
            None => {
                for name in ["tabindex", "role", "aria-label"] {
                    let _ = el.remove_attribute(name);
                }
            }
        }
    }
    drawn.0 = Some((group, marks.clone(), tab_stop));
}

/// The marks of one layer.
pub fn draw(
    layer: Layer,
    marks: &MapMarks,
    selected: Option<Selection>,
    tab_stop: Option<MapStop>,
) -> Html {
    let u = marks.units_per_px;
    match layer {
        Layer::Citizens => {
            let disputed: Vec<_> = marks
                .countries
                .iter()
                .filter(|c| c.class.is_some() && c.headline.as_ref().is_some_and(|h| h.disagree))
                .collect();
            // Countries whose sources disagree are hatched over their fill (issue 11); the
            // hatching keeps its screen size at every zoom (the pattern is scaled by the
            // units per pixel).
            let hatched = disputed.iter().filter(|c| !c.path.is_empty()).map(|c| {
                html! { <path class="ma-hatched" d={c.path} fill={HATCH_FILL} /> }
            });
            html! { <g aria-hidden="true">
                <defs>
                    <pattern id={HATCH_ID} patternUnits="userSpaceOnUse" width="6" height="6"
                        patternTransform={format!("scale({}) rotate(45)", fixed(u * 2.0, 4))}>
                        <rect class="ma-hatch-line" x="0" y="0" width="1.6" height="6" />
                    </pattern>
                </defs>
                <g class="ma-hatches" transform="scale(0.5)">{ for hatched }</g>
                <g class="ma-disagreements">{ for disputed.iter().map(|c| html! {
                    <text class="ma-disagree" transform={at_px(c.anchor, u)} x="-13" y="4">{ "≠" }</text>
                }) }</g>
            </g> }
        }
        Layer::Flows => {
            html! { <g class="ma-flows">{ for marks.flows.iter().enumerate().map(|(i, f)| html! {
                <path class="ma-flow" d={f.path.clone()} stroke-width={fixed(f.width, 1)} data-mark="flow" data-code={f.code}
                    data-index={i.to_string()} tabindex={tab(MapStop::Flow(f.code), tab_stop)} role="button" aria-label={f.name.spoken.clone()} />
            }) }</g> }
        }
        Layer::Agreements => {
            html! { <g class="ma-badges">{ for marks.badges.iter().enumerate().map(|(i, b)| html! {
                <g class={format!("ma-badge ma-st-{}", b.status.key())} transform={at_px(b.at, u)} data-mark="badge" data-code={b.code}
                    data-index={i.to_string()} tabindex={tab(MapStop::Badge(b.code), tab_stop)} role="button" aria-label={b.name.spoken.clone()}>
                    // Up and right of the country's centre, clear of its label and the ≠ mark.
                    <g transform="translate(9 -9)">
                        <rect class="ma-badge-shape" x="-5.5" y="-5.5" width="11" height="11" rx="2" />
                        { if b.records.len() > 1 { html! { <text class="ma-badge-count" x="8" y="-3">{ b.records.len() }</text> } } else { html! {} } }
                    </g>
                </g>
            }) }</g> }
        }
        Layer::Posts => {
            let post = |(i, p)| post(i, p, u, selected, tab_stop);
            html! { <g class="ma-posts">{ for marks.posts.iter().enumerate().map(post) }</g> }
        }
    }
}

fn post(
    i: usize,
    p: &PostMark,
    u: f64,
    selected: Option<Selection>,
    tab_stop: Option<MapStop>,
) -> Html {
    let is_selected = p
        .records
        .iter()
        .any(|r| selected == Some(Selection::Record(*r)));
    let classes = class(&["ma-post", p.look.class(), flag(is_selected, "ma-selected")]);
    let body = if p.records.len() == 1 {
        shape("ma-post-shape", p.shape)
    } else {
        html! { <>
            <circle class={class(&["ma-cluster", flag(p.cities == 1, "ma-city")])} r={fixed(p.radius(), 1)} />
            <text class="ma-cluster-count" y="4">{ p.records.len() }</text>
        </> }
    };
    // A post fanned out around its city stands `offset` pixels from it.
    let at = (p.at.0 + p.offset.0 * u, p.at.1 + p.offset.1 * u);
    html! { <g class={classes} transform={at_px(at, u)} data-mark="post" data-index={i.to_string()}
    tabindex={tab(MapStop::Post(i), tab_stop)} role="button" aria-label={p.name.spoken.clone()}>{ body }</g> }
}

/// The labels, drawn in pixels over the view box `(x, y)` at `units_per_px`.
/// Keyed by what they name, so a filter that drops a few labels removes those and moves
/// none of the others' text (an unkeyed list rewrote the text and place of every label after
/// the first one gone, and the browser shaped them all again).
pub fn labels(labels: &[Label], origin: (f64, f64), units_per_px: f64) -> Html {
    html! { <g class="ma-labels" transform={at_px(origin, units_per_px)} aria-hidden="true">
        { for labels.iter().enumerate().map(|(i, l)| {
            let mut key = format!("{}{}", l.kind.class(), l.text);
            // Two cities of one name (in two countries) keep distinct keys.
            if labels[..i].iter().any(|o| o.kind == l.kind && o.text == l.text) {
                key.push_str(&i.to_string());
            }
            html! {
                <text key={key} class={l.kind.class()} x={fixed(l.x, 1)} y={fixed(l.y, 1)}
                    text-anchor={l.anchor}>{ &l.text }</text>
            }
        }) }
    </g> }
}

/// A legend key's symbol, in a 20 × 16 box, with the classes the map uses.
pub fn glyph(g: Symbol) -> Html {
    let body = match g {
        Symbol::Class(k) => {
            html! { <rect class={format!("ma-c ma-class-{k}")} x="2" y="-6" width="16" height="12" /> }
        }
        Symbol::NoFigure => {
            html! { <rect class="ma-c ma-class-none" x="2" y="-6" width="16" height="12" /> }
        }
        Symbol::Disagree => {
            html! { <text class="ma-disagree" x="10" y="5" text-anchor="middle">{ "≠" }</text> }
        }
        Symbol::Badge(status) => {
            html! { <g class={format!("ma-badge ma-st-{}", status.key())} transform="translate(10 0)">
                <rect class="ma-badge-shape" x="-5.5" y="-5.5" width="11" height="11" rx="2" />
            </g> }
        }
        Symbol::PostShape(s) => {
            html! { <g class="ma-post ma-pl-open" transform="translate(10 0)">{ shape("ma-post-shape", s) }</g> }
        }
        Symbol::PostLook(look) => {
            html! { <g class={class(&["ma-post", look.class()])} transform="translate(10 0)">
                { shape("ma-post-shape", PostShape::Consular) }
            </g> }
        }
        Symbol::Cluster => html! { <g class="ma-post" transform="translate(10 0)">
            <circle class="ma-cluster" r="7.5" /><text class="ma-cluster-count" y="3.5">{ "3" }</text>
        </g> },
        Symbol::Flow(w) => {
            html! { <line class="ma-flow" x1="1" x2="19" y1="0" y2="0" stroke-width={fixed(w, 1)} /> }
        }
    };
    html! {
        <svg class="ma-glyph" width="20" height="16" viewBox="0 -8 20 16" aria-hidden="true" focusable="false">{ body }</svg>
    }
}

/// The home key: Kyrgyzstan's fill with its star.
pub fn home_glyph() -> Html {
    html! {
        <svg class="ma-glyph" width="20" height="16" viewBox="0 -8 20 16" aria-hidden="true" focusable="false">
            <rect class="ma-c ma-home" x="2" y="-6" width="16" height="12" />
            <path class="ma-home-star" d={Glyph::Star.path()} transform="translate(10 0) scale(5)" />
        </svg>
    }
}
