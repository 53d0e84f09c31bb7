//! The map's layers, each declared once: one entry of [`LAYERS`] holds its label, whether
//! it starts on, how it is laid out and what its legend says; the state keeps the layers
//! that are on as one bitset ([`Layers`]); the URL writes their keys (`ly:citizens,posts`).
//!
//! Drawing is the one part not here, because the pure core draws nothing:
//! `components::map_layers::draw` has one arm per layer, so a layer added here without its
//! drawing does not compile.

use crate::i18n::{Lang, Text};
use crate::layout::map::{agreements, citizens, flows, posts, Legend, MapMarks, Scene};

atlas_vocab::keyed_enum! {
    /// One map layer. Its key is what the URL writes, so keys never change.
    pub enum Layer {
        /// Countries shaded by the number of Kyrgyz citizens there.
        Citizens = "citizens",
        /// A badge on each partner country: its strongest agreement.
        Agreements = "agreements",
        /// Embassies, consulates, polling stations (clustered where they crowd).
        Posts = "posts",
        /// Arcs from Kyrgyzstan, as wide as the number of citizens at their end.
        Flows = "flows",
    }
}

/// Everything the atlas knows about one layer.
pub struct LayerSpec {
    /// The layer.
    pub layer: Layer,
    /// Its name, on its switch and over its legend.
    pub label: Text,
    /// On when the widget opens.
    pub on_at_start: bool,
    /// Adds the layer's marks (called only while the layer is on).
    pub lay_out: fn(&Scene, &mut MapMarks),
    /// What the legend says about the marks it laid out; `None` when it laid out none.
    pub legend: fn(&MapMarks, Lang) -> Option<Legend>,
    /// Whether the layout left it without a mark of its own: the map then keeps the marks it
    /// drew last for the layer, hidden, to show them again instead of building them anew.
    pub drew_nothing: fn(&MapMarks) -> bool,
}

/// Every layer, in the order they are laid out, drawn (later on top, so flows pass under
/// badges and posts) and listed in the legend. The URL lists them in [`Layer::ALL`] order.
pub const LAYERS: [LayerSpec; 4] = [
    LayerSpec {
        layer: Layer::Citizens,
        label: Text::LayerCitizens,
        on_at_start: true,
        lay_out: citizens::lay_out,
        legend: citizens::legend,
        // The countries are drawn by the base map; a filter only recolours them.
        drew_nothing: |_| false,
    },
    LayerSpec {
        layer: Layer::Flows,
        label: Text::LayerFlows,
        on_at_start: false,
        lay_out: flows::lay_out,
        legend: flows::legend,
        drew_nothing: |m| m.flows.is_empty(),
    },
    LayerSpec {
        layer: Layer::Agreements,
        label: Text::LayerAgreements,
        on_at_start: true,
        lay_out: agreements::lay_out,
        legend: agreements::legend,
        drew_nothing: |m| m.badges.is_empty(),
    },
    LayerSpec {
        layer: Layer::Posts,
        label: Text::LayerPosts,
        on_at_start: true,
        lay_out: posts::lay_out,
        legend: posts::legend,
        drew_nothing: |m| m.posts.is_empty(),
    },
];

impl Layer {
    /// The layer's entry in [`LAYERS`].
    pub fn spec(self) -> &'static LayerSpec {
        // Every layer has exactly one entry (tested below); the first is a safe answer.
        LAYERS
            .iter()
            .find(|s| s.layer == self)
            .unwrap_or(&LAYERS[0])
    }
}

/// The layers that are on, one bit per layer (bit `Layer::index()`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Layers(u8);

impl Default for Layers {
    /// The layers on at start.
    fn default() -> Self {
        LAYERS
            .iter()
            .fold(Layers::NONE, |set, s| set.with(s.layer, s.on_at_start))
    }
}

impl Layers {
    /// No layer.
    pub const NONE: Layers = Layers(0);

    /// Is `layer` on?
    pub fn get(self, layer: Layer) -> bool {
        self.0 & (1 << layer.index()) != 0
    }

    /// A copy with `layer` set to `on`.
    pub fn with(self, layer: Layer, on: bool) -> Layers {
        let bit = 1 << layer.index();
        Layers(if on { self.0 | bit } else { self.0 & !bit })
    }

    /// The layers that are on, in registry order.
    pub fn on(self) -> impl Iterator<Item = &'static LayerSpec> {
        LAYERS.iter().filter(move |s| self.get(s.layer))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_layer_has_one_entry_and_a_bit() {
        assert!(Layer::ALL.len() <= 8, "one bit each in a u8");
        for &layer in Layer::ALL {
            assert_eq!(LAYERS.iter().filter(|s| s.layer == layer).count(), 1);
            assert_eq!(layer.spec().layer, layer);
        }
        assert_eq!(LAYERS.len(), Layer::ALL.len());
    }

    #[test]
    fn layers_start_as_before_flows_off() {
        let start = Layers::default();
        assert!(start.get(Layer::Citizens) && start.get(Layer::Agreements));
        assert!(start.get(Layer::Posts) && !start.get(Layer::Flows));
    }

    #[test]
    fn links_written_before_the_bitset_read_the_same() {
        use crate::query::{read, write};
        use crate::state::WidgetState;
        let base = WidgetState::default();
        let r = read("1;v:map;ly:citizens,posts,flows", &base);
        assert!(r.dropped.is_empty(), "{:?}", r.dropped);
        let on: Vec<Layer> = Layer::ALL
            .iter()
            .copied()
            .filter(|l| r.state.layers.get(*l))
            .collect();
        assert_eq!(on, [Layer::Citizens, Layer::Posts, Layer::Flows]);
        let text = write(&r.state, &base).unwrap_or_default();
        assert!(text.ends_with(";ly:citizens,posts,flows"), "{text}");
        assert_eq!(read("1;ly:", &base).state.layers, Layers::NONE);
    }

    #[test]
    fn setting_a_layer_touches_only_its_bit() {
        for &a in Layer::ALL {
            let one = Layers::NONE.with(a, true);
            for &b in Layer::ALL {
                assert_eq!(one.get(b), a == b);
            }
            assert_eq!(one.with(a, false), Layers::NONE);
            assert_eq!(one.on().count(), 1);
        }
    }
}
