//! Labels for Kyrgyzstan, the countries the records name and the cities with posts,
//! placed greedily by priority where they overlap neither another label nor a marker and
//! stay inside the map: a label that does not fit is left out, so zooming in (which moves
//! places apart) shows more of them.
//!
//! Text widths are estimated from the characters (per-class widths of a wide sans-serif,
//! DejaVu Sans, which Linux often falls back to), times `text_scale`, which the map measures
//! in the browser for the font actually used, whenever it changes (a host's own font may be
//! wider, or larger: heights are scaled alike).

use super::MapMarks;
use crate::dataset;
use crate::i18n::Lang;
use crate::viewport::MapView;

/// A rectangle in viewport pixels: left, top, width, height.
pub type Rect = (f64, f64, f64, f64);

/// What a label names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelKind {
    /// Kyrgyzstan.
    Home,
    /// A country with records.
    Country,
    /// A city with posts.
    City,
}

impl LabelKind {
    /// Font size in pixels.
    pub fn size(self) -> f64 {
        match self {
            LabelKind::Home => 12.5,
            LabelKind::Country => 11.0,
            LabelKind::City => 10.5,
        }
    }

    /// Width of a bold face relative to the regular one.
    fn weight(self) -> f64 {
        match self {
            LabelKind::Home => 1.12,
            LabelKind::Country => 1.06,
            LabelKind::City => 1.0,
        }
    }

    /// Its CSS classes, written once (labels are drawn again at every frame of a pan).
    pub fn class(self) -> &'static str {
        match self {
            LabelKind::Home => "ma-map-label ma-label-home",
            LabelKind::Country => "ma-map-label ma-label-country",
            LabelKind::City => "ma-map-label ma-label-city",
        }
    }
}

/// A placed label.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// What it names.
    pub kind: LabelKind,
    /// Its text.
    pub text: String,
    /// The text's anchor point in viewport pixels (baseline).
    pub x: f64,
    /// The baseline, in viewport pixels.
    pub y: f64,
    /// SVG `text-anchor`: `start`, `middle` or `end`.
    pub anchor: &'static str,
    /// The room it takes, in viewport pixels.
    pub rect: Rect,
}

/// Pixels kept between labels, and between a label and a marker.
pub const GAP: f64 = 2.0;

/// The estimated width (px) of `text` in a label of `kind`, before the measured scale.
pub fn estimate(kind: LabelKind, text: &str) -> f64 {
    em_width(text) * kind.size() * kind.weight()
}

/// The estimated width of `text` in ems of a regular sans-serif: the one estimate the
/// timeline's labels use too (`layout::text`).
pub fn em_width(text: &str) -> f64 {
    crate::layout::text::ems(text)
}

fn overlaps(a: Rect, b: Rect) -> bool {
    a.0 < b.0 + b.2 + GAP && b.0 < a.0 + a.2 + GAP && a.1 < b.1 + b.3 + GAP && b.1 < a.1 + a.3 + GAP
}

/// A candidate: what to label, where (viewport px), how far its own marker reaches (px),
/// and the label's kind.
struct Candidate {
    kind: LabelKind,
    text: String,
    at: (f64, f64),
    reach: f64,
}

/// Where each marker stands, as rectangles in viewport pixels: posts, badges, the ≠ marks,
/// the home marker.
pub fn obstacles(marks: &MapMarks, to_px: &dyn Fn((f64, f64)) -> (f64, f64)) -> Vec<Rect> {
    let square = |(x, y): (f64, f64), r: f64| (x - r, y - r, 2.0 * r, 2.0 * r);
    let mut out: Vec<Rect> = Vec::new();
    for p in &marks.posts {
        let (x, y) = to_px(p.at);
        out.push(square((x + p.offset.0, y + p.offset.1), p.radius()));
    }
    for b in &marks.badges {
        let (x, y) = to_px(b.at);
        // The badge (11 px) stands 9 px up and right of the anchor, its count beyond it
        // (see `components::map_layers`).
        let count = match b.records.len() {
            1 => 0.0,
            n if n < 10 => 8.0,
            _ => 14.0,
        };
        out.push((x + 3.5, y - 15.5, 11.0 + count, 12.0));
    }
    for c in marks.countries.iter().filter(|c| c.class.is_some()) {
        if c.headline.as_ref().is_some_and(|h| h.disagree) {
            let (x, y) = to_px(c.anchor);
            out.push((x - 19.0, y - 7.0, 12.0, 13.0));
        }
    }
    if let Some(home) = marks.home_at {
        out.push(square(to_px(home), 7.0));
    }
    out
}

/// Places labels for a `width × height` viewport showing `view`, avoiding `reserved`
/// (controls drawn over the map) and every marker of `marks`.
pub fn place(
    marks: &MapMarks,
    view: MapView,
    width: f64,
    height: f64,
    lang: Lang,
    text_scale: f64,
    reserved: &[Rect],
) -> Vec<Label> {
    let (vx, vy, vw, vh) = view.view_box(width, height);
    let to_px = |(x, y): (f64, f64)| ((x - vx) / vw * width, (y - vy) / vh * height);
    let mut taken: Vec<Rect> = obstacles(marks, &to_px);
    taken.extend_from_slice(reserved);

    // Kyrgyzstan first; then countries with many records, cities with posts, the rest.
    let mut candidates: Vec<(u8, usize, Candidate)> = Vec::new();
    let home = marks.countries.iter().filter(|c| c.home);
    for c in home.chain(marks.countries.iter().filter(|c| c.has_records && !c.home)) {
        let records = record_count(marks, c.code);
        let bucket = if c.home {
            0
        } else if records >= 10 {
            1
        } else {
            3
        };
        candidates.push((
            bucket,
            records,
            Candidate {
                kind: if c.home {
                    LabelKind::Home
                } else {
                    LabelKind::Country
                },
                text: dataset::place_name(c.code, lang).to_string(),
                at: to_px(c.anchor),
                reach: 0.0,
            },
        ));
    }
    for (x, y, name, reach) in &marks.cities {
        let posts = marks
            .posts
            .iter()
            .filter(|p| p.at == (*x, *y))
            .map(|p| p.records.len())
            .sum();
        candidates.push((
            2,
            posts,
            Candidate {
                kind: LabelKind::City,
                text: name.clone(),
                at: to_px((*x, *y)),
                reach: *reach,
            },
        ));
    }
    let mut order: Vec<usize> = (0..candidates.len()).collect();
    crate::collections::sort_by(&mut order, &|&a, &b| {
        let (a, b) = (&candidates[a], &candidates[b]);
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.text.cmp(&b.2.text))
    });

    // Placed by priority, given back in the candidates' own order (Kyrgyzstan, the other
    // countries, then cities):
    // an order a filter does not reshuffle, so a drawing keyed by label moves none of them.
    let mut placed: Vec<Option<Label>> = vec![None; candidates.len()];
    for i in order {
        let c = &candidates[i].2;
        let size = c.kind.size();
        let w = estimate(c.kind, &c.text) * text_scale;
        // A font wider than the estimate is taken to be as much taller (a larger font is).
        let h = size * 1.25 * text_scale;
        let (x, y) = c.at;
        let r = c.reach + GAP;
        // Positions to try, best first: (left, top, text anchor x, anchor). A city's label
        // stands beside its markers; a country's below its centre (its badge and ≠ mark
        // stand above), else around it.
        let tries: Vec<(f64, f64, f64, &'static str)> = match c.kind {
            LabelKind::City => vec![
                (x + r, y - h / 2.0, x + r, "start"),
                (x - r - w, y - h / 2.0, x - r, "end"),
                (x - w / 2.0, y - r - h, x, "middle"),
                (x - w / 2.0, y + r, x, "middle"),
            ],
            // Kyrgyzstan, always worth a label, may stand a little further off.
            LabelKind::Home => {
                let tops = [
                    y + 4.0,
                    y - h / 2.0,
                    y - 20.0 - h,
                    y + 8.0 + h,
                    y - 24.0 - 2.0 * h,
                    y + 12.0 + 2.0 * h,
                ];
                let shifts = [0.0, -0.25 * w, 0.25 * w, -0.5 * w, 0.5 * w];
                tops.iter()
                    .flat_map(|&top| {
                        shifts
                            .iter()
                            .map(move |&s| (x + s - w / 2.0, top, x + s, "middle"))
                    })
                    .collect()
            }
            LabelKind::Country => {
                let tops = [y + 4.0, y - h / 2.0, y - 20.0 - h, y + 8.0 + h];
                let shifts = [0.0, -0.35 * w, 0.35 * w];
                let mut v: Vec<(f64, f64, f64, &'static str)> = tops
                    .iter()
                    .flat_map(|&top| {
                        shifts
                            .iter()
                            .map(move |&s| (x + s - w / 2.0, top, x + s, "middle"))
                    })
                    .collect();
                v.push((x + 10.0, y - h / 2.0, x + 10.0, "start"));
                v.push((x - 10.0 - w, y - h / 2.0, x - 10.0, "end"));
                v
            }
        };
        let inside = |rect: Rect| {
            rect.0 >= GAP
                && rect.1 >= GAP
                && rect.0 + rect.2 <= width - GAP
                && rect.1 + rect.3 <= height - GAP
        };
        let found = tries
            .into_iter()
            .map(|(left, top, ax, anchor)| ((left, top, w, h), ax, anchor))
            .find(|(rect, _, _)| inside(*rect) && !taken.iter().any(|t| overlaps(*rect, *t)));
        if let Some((rect, ax, anchor)) = found {
            taken.push(rect);
            placed[i] = Some(Label {
                kind: c.kind,
                text: c.text.clone(),
                x: ax,
                y: rect.1 + size * 0.95,
                anchor,
                rect,
            });
        }
    }
    placed.into_iter().flatten().collect()
}

/// How many of the laid-out marks' records name `code` (badges and the country's figure
/// are what make a country worth a label first).
fn record_count(marks: &MapMarks, code: &str) -> usize {
    let badges = marks
        .badges
        .iter()
        .find(|b| b.code == code)
        .map_or(0, |b| b.records.len());
    let figure = marks
        .countries
        .iter()
        .find(|c| c.code == code)
        .and_then(|c| c.headline.as_ref())
        .map_or(0, |h| 1 + h.others.len());
    let posts = marks
        .posts
        .iter()
        .flat_map(|p| p.records.iter())
        .filter(|r| r.post().is_some_and(|p| p.country == code))
        .count();
    badges + 2 * figure + posts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::Layers;
    use crate::layout::map::{extent, height_for, layout};
    use crate::record::RecordRef;

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    fn labels_at(view: MapView, width: f64, lang: Lang) -> (Vec<Label>, Vec<Rect>) {
        let height = height_for(width);
        let m = layout(&all(), Layers::default(), view, width, None, lang);
        let (vx, vy, vw, vh) = view.view_box(width, height);
        let to_px = |(x, y): (f64, f64)| ((x - vx) / vw * width, (y - vy) / vh * height);
        (
            place(&m, view, width, height, lang, 1.0, &[]),
            obstacles(&m, &to_px),
        )
    }

    #[test]
    fn labels_never_overlap_each_other_or_a_marker_and_stay_inside() {
        for lang in [Lang::En, Lang::Ru] {
            for width in [320.0, 800.0, 1400.0] {
                let height = height_for(width);
                let fitted = extent::fitted(&extent::places(&all()), width, height);
                for k in [1.0, 1.5, 3.0, 6.0] {
                    let view = fitted.zoom_at(k, (fitted.x, fitted.y));
                    let (labels, marks) = labels_at(view, width, lang);
                    for (i, a) in labels.iter().enumerate() {
                        let r = a.rect;
                        assert!(
                            r.0 >= 0.0 && r.1 >= 0.0 && r.0 + r.2 <= width && r.1 + r.3 <= height
                        );
                        for b in &labels[i + 1..] {
                            assert!(
                                !overlaps(a.rect, b.rect),
                                "{} / {} at {width} ×{k}",
                                a.text,
                                b.text
                            );
                        }
                        for m in &marks {
                            assert!(
                                !overlaps(a.rect, *m),
                                "{} on a marker at {width} ×{k}",
                                a.text
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn labels_a_filter_keeps_stay_in_the_same_order() {
        // The map keys its labels by what they name: labels that come in a new order would
        // be moved in the page, and shaped again, on every filter change.
        let width = 800.0;
        let height = height_for(width);
        let view = extent::fitted(&extent::places(&all()), width, height);
        let order = |records: &[RecordRef]| -> Vec<String> {
            let m = layout(records, Layers::default(), view, width, None, Lang::En);
            place(&m, view, width, height, Lang::En, 1.0, &[])
                .into_iter()
                .map(|l| l.text)
                .collect()
        };
        let before = order(&all());
        let no_agreements: Vec<RecordRef> = all()
            .into_iter()
            .filter(|r| r.agreement().is_none())
            .collect();
        let after = order(&no_agreements);
        let kept: Vec<&String> = before.iter().filter(|t| after.contains(t)).collect();
        assert!(
            kept.len() >= 3 && kept.len() < before.len(),
            "{before:?} → {after:?}"
        );
        assert_eq!(
            kept,
            after
                .iter()
                .filter(|t| before.contains(t))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn kyrgyzstan_is_labelled_first() {
        // At 320 px the opening view crowds Central Asia with agreement badges: Kyrgyzstan
        // is marked by its fill and star there, and labelled two zoom steps (×1.5 each) in.
        for (width, zoom) in [(320.0, 2.25), (800.0, 1.0), (1400.0, 1.0)] {
            let fitted = extent::fitted(&extent::places(&all()), width, height_for(width));
            let home = super::super::home().expect("Bishkek");
            let view = fitted.zoom_at(zoom, home);
            let (labels, _) = labels_at(view, width, Lang::En);
            assert_eq!(
                labels.first().map(|l| l.kind),
                Some(LabelKind::Home),
                "{width}"
            );
            assert!(labels.iter().any(|l| l.text == "Russia"), "{width}");
        }
    }

    #[test]
    fn zooming_in_shows_more_labels_where_the_reader_looks() {
        for width in [320.0, 800.0, 1400.0] {
            let height = height_for(width);
            let fitted = extent::fitted(&extent::places(&all()), width, height);
            // Zoom on Europe: the area the zoomed view shows had fewer labels before.
            let europe = atlas_geo::Projection::default().project(25.0, 52.0);
            let zoomed = fitted.zoom_at(3.0, europe);
            let (vx, vy, vw, vh) = zoomed.view_box(width, height);
            let (before, _) = labels_at(fitted, width, Lang::En);
            let (fx, fy, fw, fh) = fitted.view_box(width, height);
            let within = before
                .iter()
                .filter(|l| {
                    let (x, y) = (fx + l.x / width * fw, fy + l.y / height * fh);
                    x >= vx && x <= vx + vw && y >= vy && y <= vy + vh
                })
                .count();
            let (after, _) = labels_at(zoomed, width, Lang::En);
            assert!(after.len() > within, "{width}: {within} → {}", after.len());
        }
    }

    #[test]
    fn wide_letters_are_wider() {
        assert!(em_width("Ширь") > em_width("tilt"));
        assert!(em_width("Kyrgyzstan") > 5.0 && em_width("Kyrgyzstan") < 8.0);
    }
}
