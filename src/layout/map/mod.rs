//! The map's marks. The base map (every country, Kyrgyzstan marked as home) is always
//! laid out; each layer of `crate::layers::LAYERS` then adds its own marks: country classes
//! (`citizens`), agreement badges (`agreements`), posts clustered where they crowd
//! (`posts`), arcs from Kyrgyzstan (`flows`). Labels (`labels`) and the fitted view and
//! edge indicators (`extent`) depend on where the view is, so they are placed apart, after.
//!
//! Every string a mark shows or is named by is made here (`names`), in the reader's
//! language: components draw, they do not format.

pub mod agreements;
pub mod citizens;
pub mod extent;
pub mod flows;
pub mod labels;
pub mod names;
pub mod posts;

use crate::collections::Set;
use crate::dataset;
use crate::figures::{self, Headline};
use crate::i18n::Lang;
use crate::layers::{Layer, Layers};
use crate::model::Shape;
use crate::record::RecordRef;
use crate::state::Selection;
use crate::viewport::MapView;
use atlas_geo::{Projection, WORLD_WIDTH};

pub use agreements::{AgreementBadge, StatusGroup};
pub use citizens::{class_of, CLASS_BOUNDS};
pub use flows::FlowMark;
pub use names::Named;
pub use posts::{PostLook, PostMark, PostShape};

/// The code of the home country: marked on the map, where flows start, never shaded.
pub const HOME: &str = "KGZ";

/// What the layers lay out from: the filtered records, the zoom and the language.
pub struct Scene<'a> {
    /// The filtered selection.
    pub records: &'a [RecordRef],
    /// Zoom and centre (layouts use the zoom; the centre matters only to labels).
    pub view: MapView,
    /// Viewport width in CSS pixels.
    pub width: f64,
    /// The reader's language, for names.
    pub lang: Lang,
    /// The headline figure of each country in the selection.
    pub heads: Vec<(&'static str, Headline)>,
}

impl Scene<'_> {
    /// Map units per screen pixel.
    pub fn units_per_px(&self) -> f64 {
        WORLD_WIDTH / (self.view.k * self.width.max(1.0))
    }
}

/// A country's outline and fill.
#[derive(Clone, Debug, PartialEq)]
pub struct CountryMark {
    /// ISO alpha-3.
    pub code: &'static str,
    /// Path text in half map units; empty: draw a dot at `anchor`.
    pub path: &'static str,
    /// Label/dot position in map units.
    pub anchor: (f64, f64),
    /// Citizens class 0–4, when the citizens layer is on and a figure exists.
    pub class: Option<u8>,
    /// The headline figure, when there is one.
    pub headline: Option<Headline>,
    /// True when some selected record names the country (it is then focusable).
    pub has_records: bool,
    /// True when the country is the selection.
    pub selected: bool,
    /// True for Kyrgyzstan.
    pub home: bool,
    /// Its tooltip and accessible name: its name, its figure and any disagreement about
    /// it; empty when it has no records (it is then not focusable).
    pub name: Named,
}

impl CountryMark {
    /// Whether `other` is drawn in the same state: the same shade, the same flags, and the
    /// same name where the country is a mark (a country without records is not named).
    pub fn same_state(&self, other: &CountryMark) -> bool {
        (self.class, self.home, self.selected, self.has_records)
            == (other.class, other.home, other.selected, other.has_records)
            && (!self.has_records || self.name.spoken == other.name.spoken)
    }
}

impl MapMarks {
    /// Whether `other` draws its countries with the same elements: the same countries in
    /// the same order, each an outline or a dot alike (the outlines arrive after the first
    /// frame). What a filter, the selection or the language changes never differs here.
    pub fn same_elements(&self, other: &MapMarks) -> bool {
        self.countries.len() == other.countries.len()
            && self
                .countries
                .iter()
                .zip(&other.countries)
                .all(|(x, y)| x.code == y.code && std::ptr::eq(x.path, y.path))
    }

    /// Whether `other` draws the same outlines: the same elements, and its dots where
    /// these are, as large (a dot's size follows the zoom).
    pub fn same_outlines(&self, other: &MapMarks) -> bool {
        let dots = self.countries.iter().any(|c| c.path.is_empty());
        self.same_elements(other)
            && (!dots || self.units_per_px == other.units_per_px)
            && self
                .countries
                .iter()
                .zip(&other.countries)
                .all(|(x, y)| x.anchor == y.anchor)
    }
}

/// One key of a layer's legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendKey {
    /// What the key shows.
    pub symbol: Symbol,
    /// What it means.
    pub label: String,
    /// How many marks of this kind the map shows now.
    pub count: Option<usize>,
}

/// The symbol of a legend key: the same classes and shapes the map draws.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Symbol {
    /// A citizens class swatch, 0–4.
    Class(u8),
    /// A country with no figure.
    NoFigure,
    /// The mark of a disagreement between sources.
    Disagree,
    /// An agreement badge of a status group.
    Badge(StatusGroup),
    /// A post's shape, drawn open.
    PostShape(PostShape),
    /// A post's look (open, planned, closed), drawn as a circle.
    PostLook(PostLook),
    /// Several posts in one marker.
    Cluster,
    /// A flow line this many pixels wide.
    Flow(f64),
}

/// What the legend says about one layer.
#[derive(Clone, Debug, PartialEq)]
pub struct Legend {
    /// How many things the layer shows, in words ("28 countries").
    pub total: String,
    /// Its keys.
    pub keys: Vec<LegendKey>,
    /// Notes on what it leaves out ("+ 16 posts with no city named").
    pub notes: Vec<String>,
}

/// Everything the map draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapMarks {
    /// Every country shape, in drawing order.
    pub countries: Vec<CountryMark>,
    /// Where the home marker (Bishkek) is, in map units.
    pub home_at: Option<(f64, f64)>,
    /// Agreement badges.
    pub badges: Vec<AgreementBadge>,
    /// Posts and clusters.
    pub posts: Vec<PostMark>,
    /// Cities with posts, for labels: position, name, and how far (px) their marks reach.
    pub cities: Vec<(f64, f64, String, f64)>,
    /// Flows.
    pub flows: Vec<FlowMark>,
    /// The figure the widest flow draws (the scale's top).
    pub flow_max: f64,
    /// Agreements with organisations (EAEU, CIS, ILO, UN): not drawn on a country.
    pub organisation_agreements: Vec<RecordRef>,
    /// Posts known only by their country (no city): listed, not pinned.
    pub unplaced_posts: Vec<RecordRef>,
    /// Map units per screen pixel at this zoom and width.
    pub units_per_px: f64,
    /// The layers laid out.
    pub layers: Layers,
}

/// The tests' usual scene: every record on the whole world at 800 px, in English, with
/// the layers that start on.
#[cfg(test)]
pub(crate) fn world_at_800() -> MapMarks {
    let records: Vec<RecordRef> = RecordRef::all().collect();
    layout(
        &records,
        Layers::default(),
        MapView::world(),
        800.0,
        None,
        Lang::En,
    )
}

/// Lays out the map for `records` (the filtered selection) at `view`'s zoom in a viewport
/// `width` pixels wide, with names in `lang`, on the country outlines installed so far.
pub fn layout(
    records: &[RecordRef],
    layers: Layers,
    view: MapView,
    width: f64,
    selected: Option<Selection>,
    lang: Lang,
) -> MapMarks {
    let scene = Scene {
        records,
        view,
        width,
        lang,
        heads: figures::headlines(records),
    };
    lay_out(&scene, dataset::outlines(), layers, selected)
}

/// [`layout`] on `outlines`. Without them (before they arrive, or when they cannot be had)
/// every layer's marks are the same, drawn from the anchors compiled into the core; the
/// countries the records name are dots at their anchors, still marks to choose.
fn lay_out(
    scene: &Scene,
    outlines: &'static [Shape],
    layers: Layers,
    selected: Option<Selection>,
) -> MapMarks {
    let named: Set<&'static str> = scene
        .records
        .iter()
        .flat_map(|r| r.places().iter().copied())
        .collect();
    let mark = |code: &'static str, path: &'static str, anchor: (f64, f64)| {
        let headline = figures::headline_of(&scene.heads, code).cloned();
        let has_records = named.contains(code) && dataset::country(code).is_some();
        let name = if has_records {
            names::country(code, headline.as_ref(), scene.lang)
        } else {
            Named::default()
        };
        CountryMark {
            code,
            path,
            anchor,
            class: None,
            headline,
            has_records,
            selected: selected == Some(Selection::Place(code)),
            home: code == HOME,
            name,
        }
    };
    let countries = if outlines.is_empty() {
        dataset::get()
            .countries
            .iter()
            .filter(|c| c.iso3 == HOME || named.contains(c.iso3))
            .map(|c| mark(c.iso3, "", c.anchor))
            .collect()
    } else {
        outlines
            .iter()
            .map(|s| mark(s.code, s.path, s.anchor))
            .collect()
    };
    let mut marks = MapMarks {
        countries,
        home_at: home(),
        units_per_px: scene.units_per_px(),
        layers,
        ..MapMarks::default()
    };
    for spec in layers.on() {
        (spec.lay_out)(scene, &mut marks);
    }
    marks
}

/// The map's height for its width: wide enough for Eurasia, never taller than a phone.
pub fn height_for(width: f64) -> f64 {
    crate::scale::clamp(width * 0.6, 260.0, 620.0)
}

/// Where the home marker stands: Bishkek, in map units.
pub fn home() -> Option<(f64, f64)> {
    let (lon, lat) = dataset::country(HOME)?.capital?;
    Some(Projection::default().project(lon, lat))
}

/// The legend of every layer laid out that has something to show, in drawing order.
pub fn legends(marks: &MapMarks, lang: Lang) -> Vec<(Layer, Legend)> {
    marks
        .layers
        .on()
        .filter_map(|spec| Some((spec.layer, (spec.legend)(marks, lang)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    /// `records` on the whole world at 800 px in `lang`, or zoomed in by `zoom`.
    fn laid(records: &[RecordRef], zoom: f64, lang: Lang) -> MapMarks {
        let world = MapView::world();
        let view = world.zoom_at(zoom, (world.x, world.y));
        layout(records, Layers::default(), view, 800.0, None, lang)
    }

    #[test]
    fn a_filter_changes_some_countries_states_never_their_outlines() {
        let every = laid(&all(), 1.0, Lang::En);
        let agreements: Vec<RecordRef> = all()
            .into_iter()
            .filter(|r| r.kind() == crate::record::RecordKind::Agreement)
            .collect();
        let some = laid(&agreements, 1.0, Lang::En);
        assert!(every.same_outlines(&some) && some.same_outlines(&every));
        let changed: Vec<&str> = every
            .countries
            .iter()
            .zip(&some.countries)
            .filter(|(a, b)| !a.same_state(b))
            .map(|(a, _)| a.code)
            .collect();
        assert!(!changed.is_empty(), "agreements alone changed no country");
        assert!(changed.len() * 4 < every.countries.len(), "{changed:?}");
        let russia = |m: &MapMarks| m.countries.iter().find(|c| c.code == "RUS").cloned();
        assert!(
            russia(&some).is_some_and(|c| c.has_records),
            "Russia has agreements"
        );
    }

    #[test]
    fn a_zoom_keeps_every_countrys_element_and_resizes_only_the_dots() {
        let (world, closer) = (laid(&all(), 1.0, Lang::En), laid(&all(), 2.0, Lang::En));
        assert!(world.same_elements(&closer));
        let dots = world.countries.iter().any(|c| c.path.is_empty());
        assert_eq!(world.same_outlines(&closer), !dots);
    }

    #[test]
    fn a_language_renames_the_marks_alone() {
        let (en, ru) = (laid(&all(), 1.0, Lang::En), laid(&all(), 1.0, Lang::Ru));
        assert!(en.same_outlines(&ru));
        for (a, b) in en.countries.iter().zip(&ru.countries) {
            assert_eq!(a.same_state(b), !a.has_records, "{}", a.code);
        }
    }

    #[test]
    fn every_shape_is_drawn_once_and_kyrgyzstan_is_home() {
        let m = crate::layout::map::world_at_800();
        assert_eq!(m.countries.len(), dataset::outlines().len());
        let homes: Vec<&str> = m
            .countries
            .iter()
            .filter(|c| c.home)
            .map(|c| c.code)
            .collect();
        assert_eq!(homes, ["KGZ"]);
        assert!(m.home_at.is_some(), "Bishkek is marked");
    }

    #[test]
    fn without_the_outlines_every_layer_draws_the_same_and_named_countries_are_dots() {
        let records = all();
        let scene = |records| Scene {
            records,
            view: MapView::world(),
            width: 800.0,
            lang: Lang::En,
            heads: figures::headlines(records),
        };
        let every = Layer::ALL
            .iter()
            .fold(Layers::NONE, |set, l| set.with(*l, true));
        let with = lay_out(&scene(&records), dataset::outlines(), every, None);
        let without = lay_out(&scene(&records), &[], every, None);
        assert_eq!(
            (
                &without.badges,
                &without.posts,
                &without.flows,
                without.home_at
            ),
            (&with.badges, &with.posts, &with.flows, with.home_at)
        );
        assert_eq!(legends(&without, Lang::En), legends(&with, Lang::En));
        assert!(without.countries.iter().all(|c| c.path.is_empty()));
        let kept = |m: &MapMarks| -> Vec<CountryMark> {
            let mut v: Vec<&CountryMark> = m
                .countries
                .iter()
                .filter(|c| c.has_records || c.home)
                .collect();
            crate::collections::sort_by(&mut v, &|a, b| a.code.cmp(b.code));
            v.into_iter()
                .map(|c| CountryMark {
                    path: "",
                    ..c.clone()
                })
                .collect()
        };
        assert_eq!(
            kept(&without),
            kept(&with),
            "the same country marks, as dots"
        );
        assert!(without.countries.len() < with.countries.len() / 3);
        assert!(with
            .countries
            .iter()
            .any(|c| c.home && c.path.starts_with('M')));
    }

    #[test]
    fn layers_that_are_off_draw_nothing_and_have_no_legend() {
        let m = layout(
            &all(),
            Layers::NONE,
            MapView::world(),
            800.0,
            None,
            Lang::En,
        );
        assert!(m.badges.is_empty() && m.posts.is_empty() && m.flows.is_empty());
        assert!(m.countries.iter().all(|c| c.class.is_none()));
        assert!(legends(&m, Lang::En).is_empty());
    }

    #[test]
    fn a_layer_with_nothing_to_show_has_no_legend() {
        // Issue 12: with a topic filter on, the choropleth vanished but its legend stayed.
        let agreements: Vec<RecordRef> = all()
            .into_iter()
            .filter(|r| r.agreement().is_some())
            .collect();
        let m = layout(
            &agreements,
            Layers::default(),
            MapView::world(),
            800.0,
            None,
            Lang::En,
        );
        let listed: Vec<Layer> = legends(&m, Lang::En).into_iter().map(|l| l.0).collect();
        assert_eq!(listed, [Layer::Agreements]);
    }

    #[test]
    fn countries_with_records_are_named_and_the_others_are_not() {
        let m = crate::layout::map::world_at_800();
        for c in &m.countries {
            assert_eq!(!c.name.spoken.is_empty(), c.has_records, "{}", c.code);
        }
    }
}
