//! The map's legend: every layer with its switch and what its marks mean.

use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::layout::glyph::Glyph;
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

/// Scale of a glyph in the legend and on agreement badges (px, the glyph's unit).
pub const BADGE_SIZE: &str = "scale(6)";
/// Scale of a post's glyph on the map.
pub const POST_SIZE: &str = "scale(5.5)";

/// A small SVG glyph, drawn in a 16 × 16 box.
pub fn glyph(class: &str, glyph: Glyph) -> Html {
    html! {
        <svg class="ma-glyph" width="16" height="16" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false">
            { shape_node(class, glyph, BADGE_SIZE) }
        </svg>
    }
}

/// The node of a glyph at `size` (one of the `*_SIZE` transforms), centred on the origin.
pub fn shape_node(class: &str, glyph: Glyph, size: &'static str) -> Html {
    html! { <path class={classes!("ma-shape", class.to_string())} d={glyph.path()} transform={size} /> }
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
                    <li><span class="ma-disagree-key">{ "≠" }</span>{ tr(lang, Text::SourcesDisagree) }</li>
                </ul> } } else { html! {} } }
            </section>
            <section>
                { toggle(Layer::Agreements, Text::LayerAgreements) }
                { if props.layers.agreements { html! { <ul class="ma-keys">
                    { for StatusGroup::ALL.iter().map(|g| html! {
                        <li>{ glyph(&format!("ma-badge ma-st-{}", g.key()), Glyph::Square) }{ tr(lang, status_text(*g)) }</li>
                    }) }
                    { for [(BadgeShape::Treaty, Text::ShapeTreaty), (BadgeShape::Memorandum, Text::ShapeMemorandum), (BadgeShape::InterAgency, Text::ShapeInterAgency)].iter().map(|(s, t)| html! {
                        <li>{ glyph("ma-badge ma-st-neutral", Glyph::of_badge(*s)) }{ tr(lang, *t) }</li>
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
                        <li>{ glyph("ma-post ma-ps-existing", Glyph::of_post(*k)) }{ format::post_kind(*k, lang) }</li>
                    }) }
                    { for PostStatus::ALL.iter().map(|s| html! {
                        <li>{ glyph(&format!("ma-post ma-ps-{}", s.key()), Glyph::Circle) }{ format::post_status(*s, lang) }</li>
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
