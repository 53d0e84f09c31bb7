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
            { shape_node(class, shape, 6.0) }
        </svg>
    }
}

/// The node for a mark's shape at radius `r` px, centred on the origin.
pub fn shape_node(class: &str, shape: &str, r: f64) -> Html {
    let f = |v: f64| format::fixed(v, 1);
    match shape {
        "square" => {
            html! { <rect class={class.to_string()} x={f(-r * 0.85)} y={f(-r * 0.85)} width={f(r * 1.7)} height={f(r * 1.7)} /> }
        }
        "diamond" => {
            html! { <path class={class.to_string()} d={format!("M0 {}L{} 0L0 {}L{} 0Z", f(-r * 1.1), f(r * 1.1), f(r * 1.1), f(-r * 1.1))} /> }
        }
        "triangle" => {
            html! { <path class={class.to_string()} d={format!("M0 {}L{} {}L{} {}Z", f(-r), f(r), f(r * 0.8), f(-r), f(r * 0.8))} /> }
        }
        "down" => {
            html! { <path class={class.to_string()} d={format!("M0 {}L{} {}L{} {}Z", f(r), f(r), f(-r * 0.8), f(-r), f(-r * 0.8))} /> }
        }
        "plus" => {
            let (na, nr) = (f(-r * 0.35), f(-r));
            let (a, r) = (f(r * 0.35), f(r));
            html! { <path class={class.to_string()} d={format!("M{na} {nr}H{a}V{na}H{r}V{a}H{a}V{r}H{na}V{a}H{nr}V{na}H{na}Z")} /> }
        }
        "hexagon" => {
            html! { <path class={class.to_string()} d={format!("M{} 0L{} {}L{} {}L{} 0L{} {}L{} {}Z", f(-r), f(-r / 2.0), f(-r * 0.87), f(r / 2.0), f(-r * 0.87), f(r), f(r / 2.0), f(r * 0.87), f(-r / 2.0), f(r * 0.87))} /> }
        }
        "ring" => html! { <circle class={class.to_string()} r={f(r * 0.6)} /> },
        "dot" => html! { <circle class={class.to_string()} r={f(r * 0.4)} /> },
        _ => html! { <circle class={class.to_string()} r={f(r)} /> },
    }
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
