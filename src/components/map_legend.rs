//! The map's legend: every layer with its switch and what its marks mean.

use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::layout::map::{BadgeShape, StatusGroup, CLASS_BOUNDS};
use crate::model::{PostKind, PostStatus};
use crate::state::{Action, Layer, Layers};
use yew::prelude::*;

/// Props of [`MapLegend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Layers on and off.
    pub layers: Layers,
    /// Agreements of organisations, not drawn on countries.
    pub organisation_agreements: usize,
    /// Posts without a city, not pinned.
    pub unplaced_posts: usize,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// A small SVG glyph, drawn in a 16 × 16 box.
pub fn glyph(class: &str, shape: &str) -> Html {
    html! {
        <svg class="ma-glyph" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            { shape_node(class, shape, false) }
        </svg>
    }
}

/// The node for a mark's shape, centred on the origin: radius 6 px in the legend and on
/// badges, 5.5 px (`post`) on post markers. The geometry is written out once below, so no
/// string is formatted in render (`shape_geometry_follows_its_formula` checks it).
pub fn shape_node(class: &str, shape: &str, post: bool) -> Html {
    let class = class.to_string();
    let pick = |big: &'static str, small: &'static str| if post { small } else { big };
    let d = match shape {
        "square" => {
            let (xy, wh) = (pick("-5.1", "-4.7"), pick("10.2", "9.4"));
            return html! { <rect class={class} x={xy} y={xy} width={wh} height={wh} /> };
        }
        "diamond" => pick("M0 -6.6L6.6 0L0 6.6L-6.6 0Z", "M0 -6.1L6.1 0L0 6.1L-6.1 0Z"),
        "triangle" => pick("M0 -6L6 4.8L-6 4.8Z", "M0 -5.5L5.5 4.4L-5.5 4.4Z"),
        "down" => pick("M0 6L6 -4.8L-6 -4.8Z", "M0 5.5L5.5 -4.4L-5.5 -4.4Z"),
        "plus" => pick(
            "M-2.1 -6H2.1V-2.1H6V2.1H2.1V6H-2.1V2.1H-6V-2.1H-2.1Z",
            "M-1.9 -5.5H1.9V-1.9H5.5V1.9H1.9V5.5H-1.9V1.9H-5.5V-1.9H-1.9Z",
        ),
        "hexagon" => pick(
            "M-6 0L-3 -5.2L3 -5.2L6 0L3 5.2L-3 5.2Z",
            "M-5.5 0L-2.8 -4.8L2.8 -4.8L5.5 0L2.8 4.8L-2.8 4.8Z",
        ),
        "ring" => return html! { <circle class={class} r={pick("3.6", "3.3")} /> },
        "dot" => return html! { <circle class={class} r={pick("2.4", "2.2")} /> },
        _ => return html! { <circle class={class} r={pick("6", "5.5")} /> },
    };
    html! { <path class={class} d={d} /> }
}

/// Shape of a post kind's marker.
pub fn post_shape(kind: PostKind) -> &'static str {
    match kind {
        PostKind::Embassy => "square",
        PostKind::ConsulateGeneral => "circle",
        PostKind::Consulate => "ring",
        PostKind::ConsularFacility => "dot",
        PostKind::EmbassyOffice => "triangle",
        PostKind::HonoraryConsul => "diamond",
        PostKind::PermanentMission => "hexagon",
        PostKind::LabourOffice => "plus",
        PostKind::PollingStation => "down",
    }
}

/// Shape of an agreement badge.
pub fn badge_shape(shape: BadgeShape) -> &'static str {
    match shape {
        BadgeShape::Treaty => "square",
        BadgeShape::Memorandum => "diamond",
        BadgeShape::InterAgency => "circle",
    }
}

fn status_text(g: StatusGroup) -> Text {
    match g {
        StatusGroup::InForce => Text::GroupInForce,
        StatusGroup::Signed => Text::GroupSigned,
        StatusGroup::Preparing => Text::GroupPreparing,
        StatusGroup::NotInForce => Text::GroupNotInForce,
        StatusGroup::Unknown => Text::GroupUnknown,
    }
}

/// The legend.
#[function_component]
pub fn MapLegend(props: &LegendProps) -> Html {
    crate::render_count::hit("MapLegend");
    let lang = props.lang;
    let n = |v: f64| format::number(v, lang);
    let toggle = |layer: Layer, text: Text| {
        let on = props.layers.get(layer);
        html! {
            <label class="ma-layer-toggle">
                <input type="checkbox" checked={on} data-layer={layer.key()} onchange={props.on_action.reform(move |_| Action::ToggleLayer(layer))} />
                { tr(lang, text) }
            </label>
        }
    };
    let classes = (0..5u8).map(|c| {
        let label = match c {
            0 => format!("{} {}", tr(lang, Text::Under), n(CLASS_BOUNDS[0])),
            4 => format!("{} {}", n(CLASS_BOUNDS[3]), tr(lang, Text::AndMore)),
            _ => format!(
                "{}–{}",
                n(CLASS_BOUNDS[usize::from(c) - 1]),
                n(CLASS_BOUNDS[usize::from(c)] - 1.0)
            ),
        };
        html! { <li><span class={format!("ma-swatch ma-class-{c}")}></span>{ label }</li> }
    });
    html! {
        <div class="ma-legend" aria-label={tr(lang, Text::Legend)} role="group">
            <section>
                { toggle(Layer::Citizens, Text::LayerCitizens) }
                { if props.layers.citizens { html! { <ul class="ma-keys">
                    { for classes }
                    <li><span class="ma-swatch ma-class-none"></span>{ tr(lang, Text::NoFigure) }</li>
                    <li><span class="ma-hatch-key"></span><span class="ma-disagree-key">{ "≠" }</span>{ tr(lang, Text::SourcesDisagree) }</li>
                </ul> } } else { html! {} } }
            </section>
            <section>
                { toggle(Layer::Agreements, Text::LayerAgreements) }
                { if props.layers.agreements { html! { <ul class="ma-keys">
                    { for StatusGroup::ALL.iter().map(|g| html! {
                        <li>{ glyph(&format!("ma-badge ma-st-{}", g.key()), "square") }{ tr(lang, status_text(*g)) }</li>
                    }) }
                    { for [(BadgeShape::Treaty, Text::ShapeTreaty), (BadgeShape::Memorandum, Text::ShapeMemorandum), (BadgeShape::InterAgency, Text::ShapeInterAgency)].iter().map(|(s, t)| html! {
                        <li>{ glyph("ma-badge ma-st-neutral", badge_shape(*s)) }{ tr(lang, *t) }</li>
                    }) }
                    { if props.organisation_agreements > 0 { html! {
                        <li class="ma-muted">{ format!("+ {}", format::counted(props.organisation_agreements, Noun::OrganisationInstruments, lang)) }</li>
                    } } else { html! {} } }
                </ul> } } else { html! {} } }
            </section>
            <section>
                { toggle(Layer::Posts, Text::LayerPosts) }
                { if props.layers.posts { html! { <ul class="ma-keys">
                    { for PostKind::ALL.iter().map(|k| html! {
                        <li>{ glyph("ma-post ma-ps-existing", post_shape(*k)) }{ format::post_kind(*k, lang) }</li>
                    }) }
                    { for PostStatus::ALL.iter().map(|s| html! {
                        <li>{ glyph(&format!("ma-post ma-ps-{}", s.key()), "circle") }{ format::post_status(*s, lang) }</li>
                    }) }
                    <li><span class="ma-cluster-key">{ "3" }</span>{ lang.locale().noun(3.0, Noun::ClusterPosts) }</li>
                    { if props.unplaced_posts > 0 { html! {
                        <li class="ma-muted">{ format!("+ {}", format::counted(props.unplaced_posts, Noun::UnplacedPosts, lang)) }</li>
                    } } else { html! {} } }
                </ul> } } else { html! {} } }
            </section>
            <section>{ toggle(Layer::Flows, Text::LayerFlows) }</section>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::shape_node;
    use crate::format::fixed;
    use yew::virtual_dom::VNode;

    /// The attributes of the one element `shape_node` returns, as `name=value` pairs.
    fn attributes(html: yew::Html) -> Vec<String> {
        let VNode::VTag(tag) = html else {
            panic!("not an element")
        };
        tag.attributes
            .iter()
            .filter(|(k, _)| *k != "class")
            .map(|(k, v)| format!("{k}={v}"))
            .collect()
    }

    /// The shapes as they were computed in render before issue 16, for radius `r`.
    fn formula(shape: &str, r: f64) -> Vec<String> {
        let f = |v: f64| fixed(v, 1);
        let d = |d: String| vec![format!("d={d}")];
        match shape {
            "square" => vec![
                format!("x={}", f(-r * 0.85)),
                format!("y={}", f(-r * 0.85)),
                format!("width={}", f(r * 1.7)),
                format!("height={}", f(r * 1.7)),
            ],
            "diamond" => d(format!(
                "M0 {}L{} 0L0 {}L{} 0Z",
                f(-r * 1.1),
                f(r * 1.1),
                f(r * 1.1),
                f(-r * 1.1)
            )),
            "triangle" => d(format!(
                "M0 {}L{} {}L{} {}Z",
                f(-r),
                f(r),
                f(r * 0.8),
                f(-r),
                f(r * 0.8)
            )),
            "down" => d(format!(
                "M0 {}L{} {}L{} {}Z",
                f(r),
                f(r),
                f(-r * 0.8),
                f(-r),
                f(-r * 0.8)
            )),
            "plus" => {
                let (na, nr, a, r) = (f(-r * 0.35), f(-r), f(r * 0.35), f(r));
                d(format!(
                    "M{na} {nr}H{a}V{na}H{r}V{a}H{a}V{r}H{na}V{a}H{nr}V{na}H{na}Z"
                ))
            }
            "hexagon" => d(format!(
                "M{} 0L{} {}L{} {}L{} 0L{} {}L{} {}Z",
                f(-r),
                f(-r / 2.0),
                f(-r * 0.87),
                f(r / 2.0),
                f(-r * 0.87),
                f(r),
                f(r / 2.0),
                f(r * 0.87),
                f(-r / 2.0),
                f(r * 0.87)
            )),
            "ring" => vec![format!("r={}", f(r * 0.6))],
            "dot" => vec![format!("r={}", f(r * 0.4))],
            _ => vec![format!("r={}", f(r))],
        }
    }

    #[test]
    fn shape_geometry_follows_its_formula() {
        for shape in [
            "square", "diamond", "triangle", "down", "plus", "hexagon", "ring", "dot", "circle",
        ] {
            for (post, r) in [(false, 6.0), (true, 5.5)] {
                assert_eq!(
                    attributes(shape_node("c", shape, post)),
                    formula(shape, r),
                    "{shape} at {r}"
                );
            }
        }
    }
}
