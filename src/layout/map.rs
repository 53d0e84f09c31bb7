//! The map's marks: country fills by citizens abroad, agreement badges, consular posts
//! (clustered where they crowd), and flow arcs from Kyrgyzstan.

use crate::collections::{sort_by, Set};
use crate::dataset::{self, SHAPES};
use crate::figures::{self, Headline};
use crate::format::fixed;
use crate::model::{PostKind, PostStatus, Scope, Status};
use crate::record::RecordRef;
use crate::state::{Layers, Selection};
use crate::viewport::MapView;
use atlas_geo::{Projection, WORLD_WIDTH};
use std::cmp::Ordering;

/// Upper bounds of the citizen classes: under 1,000; under 10,000; under 100,000; under
/// 1,000,000; and 1,000,000 or more. Powers of ten read at a glance and suit figures that
/// span three orders of magnitude.
pub const CLASS_BOUNDS: [f64; 4] = [1_000.0, 10_000.0, 100_000.0, 1_000_000.0];

/// Class (0–4) of a number of citizens.
pub fn class_of(value: f64) -> u8 {
    CLASS_BOUNDS.iter().take_while(|&&b| value >= b).count() as u8
}

/// Agreement statuses, grouped for the legend: five colours with a pattern each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusGroup {
    /// In force or ratified.
    InForce,
    /// Signed or being ratified.
    Signed,
    /// Drafted, negotiated, proposed or considered.
    Preparing,
    /// Not ratified or expired.
    NotInForce,
    /// Not stated.
    Unknown,
}

impl StatusGroup {
    /// Every group, strongest protection first.
    pub const ALL: [StatusGroup; 5] = [
        StatusGroup::InForce,
        StatusGroup::Signed,
        StatusGroup::Preparing,
        StatusGroup::NotInForce,
        StatusGroup::Unknown,
    ];

    /// The group of a status.
    pub fn of(s: Status) -> StatusGroup {
        match s {
            Status::InForce | Status::Ratified => StatusGroup::InForce,
            Status::Signed | Status::BeingRatified => StatusGroup::Signed,
            Status::Draft
            | Status::UnderNegotiation
            | Status::Proposed
            | Status::UnderConsideration => StatusGroup::Preparing,
            Status::NotRatified | Status::Expired => StatusGroup::NotInForce,
            Status::Unknown => StatusGroup::Unknown,
        }
    }

    /// CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            StatusGroup::InForce => "in-force",
            StatusGroup::Signed => "signed",
            StatusGroup::Preparing => "preparing",
            StatusGroup::NotInForce => "not-in-force",
            StatusGroup::Unknown => "unknown",
        }
    }
}

/// The shape of an agreement badge: what kind of instrument binds the country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BadgeShape {
    /// A treaty between states (square).
    Treaty,
    /// A memorandum (diamond).
    Memorandum,
    /// Between ministries or agencies (circle).
    InterAgency,
}

impl BadgeShape {
    /// The shape of a scope; instruments of organisations are not drawn on countries.
    pub fn of(scope: Scope) -> Option<BadgeShape> {
        match scope {
            Scope::Bilateral | Scope::Multilateral => Some(BadgeShape::Treaty),
            Scope::Memorandum => Some(BadgeShape::Memorandum),
            Scope::InterAgency => Some(BadgeShape::InterAgency),
            Scope::Regional | Scope::IloConvention | Scope::UnTreaty => None,
        }
    }

    /// CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            BadgeShape::Treaty => "treaty",
            BadgeShape::Memorandum => "memorandum",
            BadgeShape::InterAgency => "inter-agency",
        }
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
}

/// One badge per partner country: its strongest agreement status.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementBadge {
    /// Partner country.
    pub code: &'static str,
    /// Position in map units (the country's anchor).
    pub at: (f64, f64),
    /// Strongest status among its agreements.
    pub status: StatusGroup,
    /// Strongest kind of instrument.
    pub shape: BadgeShape,
    /// The agreements.
    pub records: Vec<RecordRef>,
}

/// A post, or several posts too close to tell apart at this zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct PostMark {
    /// Position in map units.
    pub at: (f64, f64),
    /// The posts, in dataset order.
    pub records: Vec<RecordRef>,
    /// Kind of the first post (the only one for a single).
    pub kind: PostKind,
    /// Status of the first post.
    pub status: PostStatus,
    /// True when every member sits at the same place (zooming will not separate them).
    pub same_place: bool,
}

/// An arc from Kyrgyzstan to a destination, as wide as the number of citizens there.
#[derive(Clone, Debug, PartialEq)]
pub struct FlowMark {
    /// Destination.
    pub code: &'static str,
    /// SVG path in map units (`M … Q …`).
    pub path: String,
    /// Stroke width in pixels.
    pub width: f64,
    /// The figure it draws.
    pub record: RecordRef,
}

/// Everything the map draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapMarks {
    /// Every country shape, in drawing order.
    pub countries: Vec<CountryMark>,
    /// Agreement badges.
    pub badges: Vec<AgreementBadge>,
    /// Posts and clusters.
    pub posts: Vec<PostMark>,
    /// Flows.
    pub flows: Vec<FlowMark>,
    /// Agreements with organisations (EAEU, CIS, ILO, UN): not drawn on a country.
    pub organisation_agreements: Vec<RecordRef>,
    /// Posts known only by their country (no city): listed, not pinned.
    pub unplaced_posts: Vec<RecordRef>,
    /// Map units per screen pixel at this zoom and width.
    pub units_per_px: f64,
}

/// Pixels within which posts merge into a cluster.
pub const CLUSTER_RADIUS_PX: f64 = 14.0;

/// Lays out the map for `records` (the filtered selection) in a `width × height` viewport.
pub fn layout(
    records: &[RecordRef],
    layers: Layers,
    view: MapView,
    width: f64,
    selected: Option<Selection>,
) -> MapMarks {
    let units_per_px = WORLD_WIDTH / (view.k * width.max(1.0));
    let named: Set<&'static str> = records
        .iter()
        .flat_map(|r| r.places().iter().copied())
        .collect();
    let heads = figures::headlines(records);
    let countries = SHAPES
        .iter()
        .map(|s| {
            let headline = figures::headline_of(&heads, s.code).cloned();
            CountryMark {
                code: s.code,
                path: s.path,
                anchor: s.anchor,
                class: headline
                    .as_ref()
                    .filter(|_| layers.citizens)
                    .and_then(|h| figures::statistic(h.record))
                    .map(|st| class_of(st.value)),
                headline,
                has_records: named.contains(s.code) && dataset::country(s.code).is_some(),
                selected: selected == Some(Selection::Place(s.code)),
            }
        })
        .collect();
    let mut marks = MapMarks {
        countries,
        units_per_px,
        ..MapMarks::default()
    };

    let mut badges: Vec<AgreementBadge> = Vec::new();
    for (r, a) in records.iter().filter_map(|r| Some((*r, r.agreement()?))) {
        let shape = BadgeShape::of(a.scope);
        let countries: Vec<&'static str> = a
            .parties
            .iter()
            .copied()
            .filter(|p| dataset::country(p).is_some())
            .collect();
        let (Some(shape), false) = (shape, countries.is_empty()) else {
            marks.organisation_agreements.push(r);
            continue;
        };
        if !layers.agreements {
            continue;
        }
        for code in countries {
            let Some(anchor) = SHAPES.iter().find(|s| s.code == code).map(|s| s.anchor) else {
                continue;
            };
            let i = match badges.iter().position(|b| b.code == code) {
                Some(i) => i,
                None => {
                    badges.push(AgreementBadge {
                        code,
                        at: anchor,
                        status: StatusGroup::Unknown,
                        shape,
                        records: Vec::new(),
                    });
                    badges.len() - 1
                }
            };
            let badge = &mut badges[i];
            if badge.records.is_empty() || StatusGroup::of(a.status) < badge.status {
                badge.status = StatusGroup::of(a.status);
            }
            badge.shape = badge.shape.min(shape);
            badge.records.push(r);
        }
    }
    // In the order agreements first name each country: deterministic, as the data is.
    marks.badges = badges;

    let projection = Projection::default();
    let mut placed: Vec<(RecordRef, (f64, f64))> = Vec::new();
    for (r, post) in records.iter().filter_map(|r| Some((*r, r.post()?))) {
        match post.lon_lat {
            Some((lon, lat)) => placed.push((r, projection.project(lon, lat))),
            None => marks.unplaced_posts.push(r),
        }
    }
    if layers.posts {
        marks.posts = cluster(&placed, CLUSTER_RADIUS_PX * units_per_px);
    }

    if layers.flows {
        marks.flows = flows(&heads, &projection);
    }
    marks
}

/// Greedy, deterministic clustering: posts sorted by position; each post not yet taken
/// gathers every untaken post within `radius` (map units).
pub fn cluster(points: &[(RecordRef, (f64, f64))], radius: f64) -> Vec<PostMark> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        let (pa, pb) = (points[a].1, points[b].1);
        pa.0.partial_cmp(&pb.0)
            .unwrap_or(Ordering::Equal)
            .then(pa.1.partial_cmp(&pb.1).unwrap_or(Ordering::Equal))
            .then(points[a].0.cmp(&points[b].0))
    });
    let mut taken = vec![false; points.len()];
    let mut out = Vec::new();
    for &i in &order {
        if taken[i] {
            continue;
        }
        let seed = points[i].1;
        let mut members: Vec<usize> = Vec::new();
        for &j in &order {
            let p = points[j].1;
            if !taken[j] && (p.0 - seed.0).hypot(p.1 - seed.1) <= radius {
                taken[j] = true;
                members.push(j);
            }
        }
        sort_by(&mut members, &|&a, &b| points[a].0.cmp(&points[b].0));
        let n = members.len() as f64;
        let at = members.iter().fold((0.0, 0.0), |(x, y), &j| {
            (x + points[j].1 .0 / n, y + points[j].1 .1 / n)
        });
        let same_place = members.iter().all(|&j| {
            (points[j].1 .0 - seed.0).abs() < 1e-9 && (points[j].1 .1 - seed.1).abs() < 1e-9
        });
        let Some(first) = points[members[0]].0.post() else {
            continue;
        };
        out.push(PostMark {
            at,
            records: members.iter().map(|&j| points[j].0).collect(),
            kind: first.kind,
            status: first.status,
            same_place,
        });
    }
    out
}

/// Stroke width (px) of the widest flow.
pub const MAX_FLOW_PX: f64 = 12.0;

fn flows(heads: &[(&'static str, Headline)], projection: &Projection) -> Vec<FlowMark> {
    let home = dataset::country("KGZ").and_then(|c| c.capital);
    let Some((lon0, lat0)) = home else {
        return Vec::new();
    };
    let start = projection.project(lon0, lat0);
    let max = heads
        .iter()
        .map(|p| &p.1)
        .filter_map(|h| figures::statistic(h.record))
        .map(|s| s.value)
        .fold(0.0, f64::max);
    if max <= 0.0 {
        return Vec::new();
    }
    let out: Vec<FlowMark> = heads
        .iter()
        .filter_map(|&(code, ref h)| {
            let s = figures::statistic(h.record)?;
            let end = match dataset::country(code).and_then(|c| c.capital) {
                Some((lon, lat)) => projection.project(lon, lat),
                None => SHAPES.iter().find(|x| x.code == code)?.anchor,
            };
            let (dx, dy) = (end.0 - start.0, end.1 - start.1);
            let length = dx.hypot(dy);
            if length < 1e-6 {
                return None;
            }
            // Bend every arc to the same side (left of travel), a quarter of its length.
            let (mx, my) = ((start.0 + end.0) / 2.0, (start.1 + end.1) / 2.0);
            let (cx, cy) = (
                mx + dy / length * length * 0.25,
                my - dx / length * length * 0.25,
            );
            let path = format!(
                "M{} {}Q{} {} {} {}",
                fixed(start.0, 1),
                fixed(start.1, 1),
                fixed(cx, 1),
                fixed(cy, 1),
                fixed(end.0, 1),
                fixed(end.1, 1)
            );
            Some(FlowMark {
                code,
                path,
                width: 1.5 + (MAX_FLOW_PX - 1.5) * (s.value / max).sqrt(),
                record: h.record,
            })
        })
        .collect();
    // Widest first, so narrow arcs are drawn on top and stay clickable.
    let mut order: Vec<usize> = (0..out.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        out[b]
            .width
            .partial_cmp(&out[a].width)
            .unwrap_or(Ordering::Equal)
    });
    order.into_iter().map(|i| out[i].clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    #[test]
    fn classes_follow_powers_of_ten() {
        assert_eq!(class_of(999.0), 0);
        assert_eq!(class_of(1_000.0), 1);
        assert_eq!(class_of(30_000.0), 2);
        assert_eq!(class_of(1_063_000.0), 4);
    }

    #[test]
    fn every_shape_is_drawn_once() {
        let m = layout(&all(), Layers::default(), MapView::default(), 800.0, None);
        assert_eq!(m.countries.len(), SHAPES.len());
    }

    use crate::record::RecordKind;

    #[test]
    fn clusters_hold_every_post_once_and_separate_when_zoomed_in() {
        let posts: Vec<RecordRef> = all()
            .into_iter()
            .filter(|r| r.kind() == RecordKind::Post)
            .collect();
        let wide = layout(&posts, Layers::default(), MapView::world(), 320.0, None);
        let placed: usize = wide.posts.iter().map(|p| p.records.len()).sum();
        assert_eq!(placed + wide.unplaced_posts.len(), posts.len());
        let zoomed = layout(
            &posts,
            Layers::default(),
            MapView {
                k: 16.0,
                ..MapView::default()
            },
            1400.0,
            None,
        );
        assert!(zoomed.posts.len() >= wide.posts.len());
    }

    #[test]
    fn clustering_fixed_points() {
        let posts: Vec<RecordRef> = RecordRef::of_kind(RecordKind::Post).collect();
        assert!(posts.len() >= 4, "the dataset has posts to cluster");
        let r = |i: usize| posts[i];
        let points = [
            (r(0), (0.0, 0.0)),
            (r(1), (3.0, 4.0)),
            (r(2), (100.0, 0.0)),
            (r(3), (0.0, 0.0)),
        ];
        let c = cluster(&points, 5.0);
        assert_eq!(c.len(), 2);
        assert_eq!(c[0].records, vec![r(0), r(1), r(3)]);
        assert!(!c[0].same_place);
        assert_eq!(c[0].at, (1.0, 4.0 / 3.0));
        assert_eq!(c[1].records, vec![r(2)]);
        assert!(c[1].same_place);
        let c = cluster(&points, 0.0);
        assert_eq!(c.len(), 3, "posts at the very same place stay together");
    }

    #[test]
    fn layers_that_are_off_draw_nothing() {
        let off = Layers {
            citizens: false,
            agreements: false,
            posts: false,
            flows: false,
        };
        let m = layout(&all(), off, MapView::default(), 800.0, None);
        assert!(m.badges.is_empty() && m.posts.is_empty() && m.flows.is_empty());
        assert!(m.countries.iter().all(|c| c.class.is_none()));
    }

    #[test]
    fn flows_start_in_bishkek_and_widen_with_the_figure() {
        let on = Layers {
            flows: true,
            ..Layers::default()
        };
        let m = layout(&all(), on, MapView::default(), 800.0, None);
        let (lon, lat) = dataset::country("KGZ")
            .and_then(|c| c.capital)
            .expect("Bishkek");
        let (bx, by) = Projection::default().project(lon, lat);
        let start = format!("M{} {}Q", fixed(bx, 1), fixed(by, 1));
        for f in &m.flows {
            assert!(f.path.starts_with(&start), "{}", f.path);
            assert!(f.width >= 1.5 && f.width <= MAX_FLOW_PX + 1e-9);
        }
        assert!(m.flows.windows(2).all(|w| w[0].width >= w[1].width));
    }
}
