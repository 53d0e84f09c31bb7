//! The map's legend: a switch per layer, then a short key for each layer that shows
//! something, with how many marks of each kind the map shows now. On narrow screens it
//! starts folded behind one button; it always prints unfolded.

use crate::components::class::{class, flag};
use crate::components::map_layers::{glyph, home_glyph};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::layers::{Layer, Layers, LAYERS};
use crate::layout::map::{Legend, HOME};
use crate::state::Action;
use std::rc::Rc;
use yew::prelude::*;

/// Below this width (px) the legend starts folded.
pub const FOLD_BELOW: f64 = 560.0;

/// Props of [`MapLegend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// Layers on and off.
    pub layers: Layers,
    /// The legend of each layer that shows something, in drawing order.
    pub legends: Rc<Vec<(Layer, Legend)>>,
    /// The map's width, to fold the legend on narrow screens.
    pub width: f64,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

fn section(layer: Layer, legend: &Legend, lang: Lang) -> Html {
    html! {
        <section class="ma-legend-layer" data-layer={layer.key()}>
            <h4 class="ma-legend-title">{ tr(lang, layer.spec().label) }
                <span class="ma-count ma-sep">{ &legend.total }</span></h4>
            <ul class="ma-keys">
                { for legend.keys.iter().map(|k| html! {
                    <li>{ glyph(k.symbol) }<span>{ &k.label }</span>
                        { k.count.map(|n| html! { <span class="ma-count">{ format::number(n as f64, lang) }</span> }).unwrap_or_default() }</li>
                }) }
            </ul>
            <>{ for legend.notes.iter().map(|n| html! { <p class="ma-muted ma-legend-note">{ n }</p> }) }</>
        </section>
    }
}

/// The legend.
#[function_component]
pub fn MapLegend(props: &LegendProps) -> Html {
    crate::render_count::hit("MapLegend");
    let lang = props.lang;
    // The reader's own choice wins; until they make one, the width decides.
    let chosen = use_state_eq(|| None::<bool>);
    let open = chosen.unwrap_or(props.width >= FOLD_BELOW);
    let toggle = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| chosen.set(Some(!open)))
    };
    let switch = |layer: Layer| {
        let on = props.layers.get(layer);
        html! {
            <label class="ma-layer-toggle">
                <input type="checkbox" checked={on} data-layer={layer.key()}
                    onchange={props.on_action.reform(move |_| Action::ToggleLayer(layer))} />
                { tr(lang, layer.spec().label) }
            </label>
        }
    };
    html! {
        <div class={class(&["ma-legend", flag(!open, "ma-folded")])} role="group" aria-label={tr(lang, Text::Legend)}>
            <button type="button" class="ma-button ma-small ma-legend-fold" aria-expanded={open.to_string()}
                aria-controls="ma-legend-body" onclick={toggle}>{ tr(lang, Text::Legend) }</button>
            <div class="ma-legend-body" id="ma-legend-body">
                <fieldset class="ma-layer-switches">
                    <legend class="ma-visually-hidden">{ tr(lang, Text::Layers) }</legend>
                    { for LAYERS.iter().map(|s| switch(s.layer)) }
                </fieldset>
                <p class="ma-legend-home">{ home_glyph() }
                    <span>{ crate::dataset::place_name(HOME, lang) }</span>
                    <span class="ma-sep">{ tr(lang, Text::HomeCountry) }</span></p>
                <>{ for props.legends.iter().map(|(layer, legend)| section(*layer, legend, lang)) }</>
            </div>
        </div>
    }
}
