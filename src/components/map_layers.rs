//! Drawing the map: the base (countries, Kyrgyzstan as home), one arm per layer of
//! `crate::layers::LAYERS`, the labels, and the glyphs the legend shares with the map.
//! Everything drawn here was placed and named by `layout::map`; marks are found again by
//! `data-mark` and `data-index` (event delegation, one listener for the whole map).

use crate::format::fixed;
use crate::layers::Layer;
use crate::layout::map::labels::Label;
use crate::layout::map::{Glyph, MapMarks, PostMark, PostShape};
use crate::state::Selection;
use yew::prelude::*;

/// A square of side 1.7 around the origin (unit size; scaled by the mark's radius).
const SQUARE: &str = "M-.85-.85H.85V.85H-.85Z";
/// A triangle pointing down, as polling stations are drawn on election maps.
const TRIANGLE: &str = "M0 1L1 -.75H-1Z";
/// A five-pointed star: home.
const STAR: &str = "M0-1L.24-.33H.95L.38 .1L.59 .81L0 .4L-.59 .81L-.38 .1L-.95-.33H-.24Z";

/// The unit path of a post's shape (circles are drawn as circles).
fn shape_path(shape: PostShape) -> Option<&'static str> {
    match shape {
        PostShape::Diplomatic => Some(SQUARE),
        PostShape::Consular => None,
        PostShape::Services => Some(TRIANGLE),
    }
}

/// A shape of radius `r` px around the origin.
fn shape(class: &'static str, shape: PostShape, r: f64) -> Html {
    match shape_path(shape) {
        Some(d) => {
            html! { <path class={class} d={d} transform={format!("scale({})", fixed(r, 2))} /> }
        }
        None => html! { <circle class={class} r={fixed(r * 0.9, 2)} /> },
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

/// Every country, Kyrgyzstan marked as home, and the home star at Bishkek.
pub fn base(marks: &MapMarks) -> Html {
    let u = marks.units_per_px;
    let countries = marks.countries.iter().enumerate().map(|(i, c)| {
        let class = classes!(
            "ma-c",
            c.class.map(|k| format!("ma-class-{k}")).unwrap_or_else(|| "ma-class-none".into()),
            c.home.then_some("ma-home"),
            c.selected.then_some("ma-selected"),
            c.has_records.then_some("ma-has-records")
        );
        let named = c.has_records.then(|| c.name.spoken.clone());
        let (tab, role) = if c.has_records { (Some("0"), Some("button")) } else { (None, None) };
        if c.path.is_empty() {
            html! { <circle class={class} cx={fixed(c.anchor.0 * 2.0, 1)} cy={fixed(c.anchor.1 * 2.0, 1)} r={fixed(3.0 * u * 2.0, 2)}
                data-mark="country" data-code={c.code} data-index={i.to_string()} tabindex={tab} role={role} aria-label={named} /> }
        } else {
            html! { <path class={class} d={c.path} data-mark="country" data-code={c.code} data-index={i.to_string()}
                tabindex={tab} role={role} aria-label={named} /> }
        }
    });
    html! { <>
        <g class="ma-countries" transform="scale(0.5)">{ for countries }</g>
        { for marks.home_at.map(|at| html! {
            <path class="ma-home-star" d={STAR} transform={format!("{} scale(7)", at_px(at, u))} aria-hidden="true" />
        }) }
    </> }
}

/// The marks of one layer.
pub fn draw(layer: Layer, marks: &MapMarks, selected: Option<Selection>) -> Html {
    let u = marks.units_per_px;
    match layer {
        Layer::Citizens => {
            let disputed = marks
                .countries
                .iter()
                .filter(|c| c.class.is_some() && c.headline.as_ref().is_some_and(|h| h.disagree));
            html! { <g class="ma-disagreements" aria-hidden="true">{ for disputed.map(|c| html! {
                <text class="ma-disagree" transform={at_px(c.anchor, u)} x="-13" y="4">{ "≠" }</text>
            }) }</g> }
        }
        Layer::Flows => {
            html! { <g class="ma-flows">{ for marks.flows.iter().enumerate().map(|(i, f)| html! {
                <path class="ma-flow" d={f.path.clone()} stroke-width={fixed(f.width, 1)} data-mark="flow" data-index={i.to_string()}
                    tabindex="0" role="button" aria-label={f.name.spoken.clone()} />
            }) }</g> }
        }
        Layer::Agreements => {
            html! { <g class="ma-badges">{ for marks.badges.iter().enumerate().map(|(i, b)| html! {
                <g class={format!("ma-badge ma-st-{}", b.status.key())} transform={at_px(b.at, u)} data-mark="badge"
                    data-index={i.to_string()} tabindex="0" role="button" aria-label={b.name.spoken.clone()}>
                    // Up and right of the country's centre, clear of its label and the ≠ mark.
                    <g transform="translate(9 -9)">
                        <rect class="ma-badge-shape" x="-5.5" y="-5.5" width="11" height="11" rx="2" />
                        { if b.records.len() > 1 { html! { <text class="ma-badge-count" x="8" y="-3">{ b.records.len() }</text> } } else { html! {} } }
                    </g>
                </g>
            }) }</g> }
        }
        Layer::Posts => {
            html! { <g class="ma-posts">{ for marks.posts.iter().enumerate().map(|(i, p)| post(i, p, u, selected)) }</g> }
        }
    }
}

fn post(i: usize, p: &PostMark, u: f64, selected: Option<Selection>) -> Html {
    let is_selected = p
        .records
        .iter()
        .any(|r| selected == Some(Selection::Record(*r)));
    let class = classes!(
        "ma-post",
        format!("ma-pl-{}", p.look.key()),
        is_selected.then_some("ma-selected")
    );
    let body = if p.records.len() == 1 {
        html! { <g transform={format!("translate({} {})", fixed(p.offset.0, 1), fixed(p.offset.1, 1))}>
            { shape("ma-post-shape", p.shape, 5.5) }
        </g> }
    } else {
        html! { <>
            <circle class={classes!("ma-cluster", (p.cities == 1).then_some("ma-city"))} r={fixed(p.radius(), 1)} />
            <text class="ma-cluster-count" y="4">{ p.records.len() }</text>
        </> }
    };
    html! { <g class={class} transform={at_px(p.at, u)} data-mark="post" data-index={i.to_string()} tabindex="0"
    role="button" aria-label={p.name.spoken.clone()}>{ body }</g> }
}

/// The labels, drawn in pixels over the view box `(x, y)` at `units_per_px`.
pub fn labels(labels: &[Label], origin: (f64, f64), units_per_px: f64) -> Html {
    html! { <g class="ma-labels" transform={at_px(origin, units_per_px)} aria-hidden="true">
        { for labels.iter().map(|l| html! {
            <text class={format!("ma-map-label ma-label-{}", l.kind.key())} x={fixed(l.x, 1)} y={fixed(l.y, 1)}
                text-anchor={l.anchor}>{ &l.text }</text>
        }) }
    </g> }
}

/// A legend key's symbol, in a 20 × 16 box, with the classes the map uses.
pub fn glyph(g: Glyph) -> Html {
    let body = match g {
        Glyph::Class(k) => {
            html! { <rect class={format!("ma-c ma-class-{k}")} x="2" y="-6" width="16" height="12" /> }
        }
        Glyph::NoFigure => {
            html! { <rect class="ma-c ma-class-none" x="2" y="-6" width="16" height="12" /> }
        }
        Glyph::Disagree => {
            html! { <text class="ma-disagree" x="10" y="5" text-anchor="middle">{ "≠" }</text> }
        }
        Glyph::Badge(status) => {
            html! { <g class={format!("ma-badge ma-st-{}", status.key())} transform="translate(10 0)">
                <rect class="ma-badge-shape" x="-5.5" y="-5.5" width="11" height="11" rx="2" />
            </g> }
        }
        Glyph::PostShape(s) => {
            html! { <g class="ma-post ma-pl-open" transform="translate(10 0)">{ shape("ma-post-shape", s, 5.5) }</g> }
        }
        Glyph::PostLook(look) => {
            html! { <g class={format!("ma-post ma-pl-{}", look.key())} transform="translate(10 0)">
                { shape("ma-post-shape", PostShape::Consular, 5.5) }
            </g> }
        }
        Glyph::Cluster => html! { <g class="ma-post" transform="translate(10 0)">
            <circle class="ma-cluster" r="7.5" /><text class="ma-cluster-count" y="3.5">{ "3" }</text>
        </g> },
        Glyph::Flow(w) => {
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
            <path class="ma-home-star" d={STAR} transform="translate(10 0) scale(5)" />
        </svg>
    }
}
