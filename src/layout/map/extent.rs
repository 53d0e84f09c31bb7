//! Where the map looks when the reader has not moved it: fitted to the places the records
//! name, at whatever size the widget is. The Americas are left out of the fit (three posts
//! and a few figures would shrink Eurasia, where nearly every record is, to a strip) and
//! pointed to from the edge of the map instead, with a button that goes there.

use super::names::Named;
use crate::collections::Set;
use crate::dataset;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::record::RecordRef;
use crate::viewport::{MapView, ZOOM_LIMITS};
use atlas_geo::{Projection, WORLD_WIDTH};

/// Places west of this longitude are in the Americas.
pub const AMERICAS_EAST_LON: f64 = -25.0;
/// Room kept between the fitted places and the left and right edges, as a share of the
/// width (badges and labels stand beside their places), and at most this many pixels.
pub const FIT_PAD_X: (f64, f64) = (0.06, 44.0);
/// Room (px) kept above and below.
pub const FIT_PAD_Y: f64 = 22.0;
/// The narrowest span (map units) a fit shows: about 2,500 km, so one small country is
/// shown with its neighbours.
pub const FIT_MIN_SPAN: f64 = 70.0;

/// A place the records name, in map units, and whether it is in the Americas.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Country code.
    pub code: &'static str,
    /// Position in map units.
    pub at: (f64, f64),
    /// West of [`AMERICAS_EAST_LON`].
    pub americas: bool,
}

/// Every country the records name (at its label anchor) and every post's city.
pub fn places(records: &[RecordRef]) -> Vec<Place> {
    let projection = Projection::default();
    let in_americas = |at: (f64, f64)| {
        projection
            .invert(at.0, at.1)
            .is_some_and(|(lon, _)| lon < AMERICAS_EAST_LON)
    };
    // Codes that are not countries (regions, organisations) match none below; looking each
    // place up as a country first cost 0.8 ms per filter change with 10× records.
    let codes: Set<&'static str> = records
        .iter()
        .flat_map(|r| r.places().iter().copied())
        .collect();
    // The anchors compiled into the core: the fit needs no outline.
    let mut out: Vec<Place> = dataset::get()
        .countries
        .iter()
        .filter(|c| codes.contains(c.iso3))
        .map(|c| Place {
            code: c.iso3,
            at: c.anchor,
            americas: in_americas(c.anchor),
        })
        .collect();
    for post in records.iter().filter_map(|r| r.post()) {
        if let Some((lon, lat)) = post.lon_lat {
            out.push(Place {
                code: post.country,
                at: projection.project(lon, lat),
                americas: lon < AMERICAS_EAST_LON,
            });
        }
    }
    out
}

/// The view that shows every point of `points` in a `width × height` viewport, with room
/// around them, as close as the zoom limits allow.
pub fn fit(points: &[(f64, f64)], width: f64, height: f64) -> MapView {
    let Some(&first) = points.first() else {
        return MapView::world();
    };
    let (mut x0, mut y0, mut x1, mut y1) = (first.0, first.1, first.0, first.1);
    for &(x, y) in points {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let (width, height) = (width.max(100.0), height.max(4.0 * FIT_PAD_Y));
    let pad_x = (width * FIT_PAD_X.0).min(FIT_PAD_X.1);
    let span_x = (x1 - x0).max(FIT_MIN_SPAN);
    let span_y = (y1 - y0).max(FIT_MIN_SPAN * 0.5);
    // Visible width is WORLD_WIDTH / k; the padding takes 2·pad of `width` pixels of it.
    let k_x = WORLD_WIDTH * (1.0 - 2.0 * pad_x / width) / span_x;
    let k_y = WORLD_WIDTH * (height - 2.0 * FIT_PAD_Y) / (width * span_y);
    MapView {
        k: k_x.min(k_y).max(ZOOM_LIMITS.0),
        x: (x0 + x1) / 2.0,
        y: (y0 + y1) / 2.0,
    }
    .clamped()
}

/// The view the map opens on for records naming `all` (see [`places`]): fitted to the
/// places outside the Americas (to the Americas when there is nothing else; the world when
/// there is no place).
pub fn fitted(all: &[Place], width: f64, height: f64) -> MapView {
    let rest: Vec<(f64, f64)> = all.iter().filter(|p| !p.americas).map(|p| p.at).collect();
    if !rest.is_empty() {
        return fit(&rest, width, height);
    }
    let americas: Vec<(f64, f64)> = all.iter().map(|p| p.at).collect();
    fit(&americas, width, height)
}

/// A button in a bottom corner of the map that points to records the view does not show.
#[derive(Clone, Debug, PartialEq)]
pub struct EdgeMark {
    /// In the bottom left corner (pointing west) rather than the right.
    pub left: bool,
    /// Its text, short enough for a phone: "Americas · 6" (its name lists the countries).
    pub text: String,
    /// Its accessible name and tooltip.
    pub name: Named,
    /// The view that shows them.
    pub target: MapView,
}

/// An edge button for the records in the Americas when none of their places (among `all`,
/// the places of `records`) is in view.
pub fn beyond(
    all: &[Place],
    records: &[RecordRef],
    view: MapView,
    width: f64,
    height: f64,
    lang: Lang,
) -> Option<EdgeMark> {
    let americas: Vec<&Place> = all.iter().filter(|p| p.americas).collect();
    let (vx, vy, vw, vh) = view.view_box(width, height);
    let seen = |&(x, y): &(f64, f64)| x >= vx && x <= vx + vw && y >= vy && y <= vy + vh;
    if americas.is_empty() || americas.iter().any(|p| seen(&p.at)) {
        return None;
    }
    let mut codes: Vec<&'static str> = Vec::new();
    for p in &americas {
        if !codes.contains(&p.code) {
            codes.push(p.code);
        }
    }
    let count = records
        .iter()
        .filter(|r| r.places().iter().any(|c| codes.contains(c)))
        .count();
    let n = americas.len() as f64;
    let cx = americas.iter().fold(0.0, |x, p| x + p.at.0 / n);
    let left = cx < vx + vw / 2.0;
    let names: Vec<&str> = codes.iter().map(|c| dataset::place_name(c, lang)).collect();
    let counted = format::counted(count, Noun::Record, lang);
    let points: Vec<(f64, f64)> = americas.iter().map(|p| p.at).collect();
    let text = format!(
        "{} · {}",
        tr(lang, Text::Americas),
        format::number(count as f64, lang)
    );
    // The name starts with the text shown, as a speech-input user says what they see.
    let spoken = format!(
        "{text}. {}: {counted}. {}",
        names.join(", "),
        tr(lang, Text::ShowOnMap)
    );
    Some(EdgeMark {
        left,
        text,
        name: Named {
            title: names.join(", "),
            lines: vec![counted, tr(lang, Text::ShowOnMap).to_string()],
            spoken,
        },
        target: fit(&points, width, height),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::map::home;

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    fn inside(view: MapView, width: f64, height: f64, at: (f64, f64)) -> bool {
        let (x, y, w, h) = view.view_box(width, height);
        at.0 >= x && at.0 <= x + w && at.1 >= y && at.1 <= y + h
    }

    #[test]
    fn the_opening_view_shows_every_place_outside_the_americas_at_every_width() {
        // Issue 12: the default view was one constant for every width.
        for width in [320.0, 800.0, 1400.0] {
            let height = crate::layout::map::height_for(width);
            let view = fitted(&places(&all()), width, height);
            let places = places(&all());
            for p in places.iter().filter(|p| !p.americas) {
                assert!(inside(view, width, height, p.at), "{} at {width}", p.code);
            }
            assert!(inside(view, width, height, home().expect("Bishkek")));
            // Fitted, not the world: Eurasia fills the view.
            assert!(view.k > 1.8, "{width}: ×{}", view.k);
        }
    }

    #[test]
    fn the_americas_are_pointed_to_from_the_left_edge() {
        let (width, height) = (800.0, 480.0);
        let view = fitted(&places(&all()), width, height);
        let edge =
            beyond(&places(&all()), &all(), view, width, height, Lang::En).expect("an edge button");
        assert!(edge.left);
        assert!(edge.text.starts_with("Americas · "), "{}", edge.text);
        // The name starts with the text shown (axe: label-content-name-mismatch).
        assert!(
            edge.name.spoken.starts_with(&edge.text),
            "{}",
            edge.name.spoken
        );
        assert!(
            edge.name.spoken.contains("United States"),
            "{}",
            edge.name.spoken
        );
        // Going there shows them, and then the button goes.
        assert!(places(&all()).iter().filter(|p| p.americas).all(|p| inside(
            edge.target,
            width,
            height,
            p.at
        )));
        assert_eq!(
            beyond(
                &places(&all()),
                &all(),
                edge.target,
                width,
                height,
                Lang::En
            ),
            None
        );
    }

    #[test]
    fn a_selection_in_one_small_country_is_fitted_with_its_neighbours() {
        let austria: Vec<RecordRef> = all()
            .into_iter()
            .filter(|r| r.places() == ["AUT"])
            .collect();
        assert!(!austria.is_empty());
        let view = fitted(&places(&austria), 800.0, 480.0);
        assert!(view.k < ZOOM_LIMITS.1, "×{}", view.k);
        assert_eq!(fitted(&[], 800.0, 480.0), MapView::world());
    }
}
