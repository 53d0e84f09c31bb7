//! The posts layer: embassies, consulates, honorary consuls, polling stations. Three
//! shapes (what the post does) and three looks (open, planned, closed) keep the legend
//! short. Posts in one city are fanned out around it when the zoom leaves room, and gathered
//! in one marker (named after the city) when not; cities too close to tell apart at this
//! zoom share a cluster that splits as the reader zooms in.

use super::{names, Legend, LegendKey, MapMarks, Scene, Symbol};
use crate::collections::sort_by;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::layout::glyph::Glyph;
use crate::model::{PostKind, PostStatus};
use crate::record::RecordRef;
use atlas_geo::{math, Projection};
use std::cmp::Ordering;

/// Pixels within which cities merge into one cluster.
pub const CLUSTER_RADIUS_PX: f64 = 14.0;
/// Radius (px) of a single post's marker.
pub const POST_R: f64 = 5.5;
/// Radius (px) of the ring a city's posts are fanned out on (for up to six posts).
pub const FAN_R: f64 = 9.0;

/// The shape of a post's marker, by what the post does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostShape {
    /// Embassies, missions and their offices: a square.
    Diplomatic,
    /// Consulates and honorary consuls: a circle.
    Consular,
    /// Polling stations and labour offices: a triangle.
    Services,
}

impl PostShape {
    /// Every shape, in legend order.
    pub const ALL: [PostShape; 3] = [
        PostShape::Diplomatic,
        PostShape::Consular,
        PostShape::Services,
    ];

    /// The shape of a kind of post.
    pub fn of(kind: PostKind) -> PostShape {
        match kind {
            PostKind::Embassy | PostKind::EmbassyOffice | PostKind::PermanentMission => {
                PostShape::Diplomatic
            }
            PostKind::ConsulateGeneral
            | PostKind::Consulate
            | PostKind::ConsularFacility
            | PostKind::HonoraryConsul => PostShape::Consular,
            PostKind::PollingStation | PostKind::LabourOffice => PostShape::Services,
        }
    }

    /// Its symbol (`None`: a circle, drawn as one).
    pub fn glyph(self) -> Option<Glyph> {
        match self {
            PostShape::Diplomatic => Some(Glyph::Square),
            PostShape::Consular => None,
            PostShape::Services => Some(Glyph::Down),
        }
    }

    /// What the shape stands for.
    pub fn label(self, lang: Lang) -> &'static str {
        tr(
            lang,
            match self {
                PostShape::Diplomatic => Text::PostsDiplomatic,
                PostShape::Consular => Text::PostsConsular,
                PostShape::Services => Text::PostsServices,
            },
        )
    }
}

/// How a post's marker is filled, by its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostLook {
    /// Existing or newly opened: filled.
    Open,
    /// Planned or requested: hollow, dashed.
    Planned,
    /// Closed: hollow, grey.
    Closed,
}

impl PostLook {
    /// Every look, in legend order.
    pub const ALL: [PostLook; 3] = [PostLook::Open, PostLook::Planned, PostLook::Closed];

    /// The look of a status.
    pub fn of(status: PostStatus) -> PostLook {
        match status {
            PostStatus::Existing | PostStatus::Opened => PostLook::Open,
            PostStatus::Planned | PostStatus::Requested => PostLook::Planned,
            PostStatus::Closed => PostLook::Closed,
        }
    }

    /// Its CSS class (style.css draws each look).
    pub fn class(self) -> &'static str {
        match self {
            PostLook::Open => "ma-pl-open",
            PostLook::Planned => "ma-pl-planned",
            PostLook::Closed => "ma-pl-closed",
        }
    }

    /// What the look stands for.
    pub fn label(self, lang: Lang) -> &'static str {
        tr(
            lang,
            match self {
                PostLook::Open => Text::PostsOpen,
                PostLook::Planned => Text::PostsPlanned,
                PostLook::Closed => Text::PostStatusClosed,
            },
        )
    }
}

/// A post, or the posts of one city, or of several cities too close to tell apart.
#[derive(Clone, Debug, PartialEq)]
pub struct PostMark {
    /// Position in map units: the city, or the cluster's centre.
    pub at: (f64, f64),
    /// Offset in pixels from `at` (a post fanned out around its city).
    pub offset: (f64, f64),
    /// The posts, in dataset order.
    pub records: Vec<RecordRef>,
    /// How many cities the posts are in.
    pub cities: usize,
    /// Shape of the first post (the only one for a single).
    pub shape: PostShape,
    /// Look of the first post.
    pub look: PostLook,
    /// Its tooltip and accessible name.
    pub name: names::Named,
}

impl PostMark {
    /// Radius of the marker in pixels.
    pub fn radius(&self) -> f64 {
        if self.records.len() == 1 {
            POST_R
        } else {
            8.0 + (self.records.len() as f64).sqrt() * 2.0
        }
    }
}

/// The posts of one city (one position).
struct City {
    at: (f64, f64),
    index: Option<u16>,
    records: Vec<RecordRef>,
}

/// Places the posts that have a city; lists the others.
pub fn lay_out(scene: &Scene, marks: &mut MapMarks) {
    let projection = Projection::default();
    let mut cities: Vec<City> = Vec::new();
    for (r, post) in scene.records.iter().filter_map(|r| Some((*r, r.post()?))) {
        let Some((lon, lat)) = post.lon_lat else {
            marks.unplaced_posts.push(r);
            continue;
        };
        let at = projection.project(lon, lat);
        match cities.iter_mut().find(|c| c.at == at) {
            Some(c) => c.records.push(r),
            None => cities.push(City {
                at,
                index: post.city,
                records: vec![r],
            }),
        }
    }
    let unit = scene.units_per_px();
    let (posts, reach) = arrange(&cities, unit, scene.lang);
    marks.cities = cities
        .iter()
        .zip(reach)
        .filter_map(|(c, reach)| {
            let name = format::city(c.index?, scene.lang);
            Some((c.at.0, c.at.1, name.to_string(), reach?))
        })
        .collect();
    marks.posts = posts;
}

/// Markers for `cities` at `unit` map units per pixel, and how far (px) each city's
/// markers reach from it (`None`: the city is inside a cluster of several and unlabelled).
fn arrange(cities: &[City], unit: f64, lang: Lang) -> (Vec<PostMark>, Vec<Option<f64>>) {
    let groups = cluster(
        &cities.iter().map(|c| c.at).collect::<Vec<_>>(),
        CLUSTER_RADIUS_PX * unit,
    );
    let px = |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).hypot(a.1 - b.1) / unit;
    let mut out = Vec::new();
    let mut reach = vec![None; cities.len()];
    for group in groups {
        let records: Vec<RecordRef> = group
            .iter()
            .flat_map(|&i| cities[i].records.iter().copied())
            .collect();
        let Some(first) = records.first().and_then(|r| r.post()) else {
            continue;
        };
        let mark = |at, offset, records: Vec<RecordRef>, cities: usize, name| PostMark {
            at,
            offset,
            shape: PostShape::of(first.kind),
            look: PostLook::of(first.status),
            records,
            cities,
            name,
        };
        if let [i] = group[..] {
            let c = &cities[i];
            let n = c.records.len();
            let ring = fan_radius(n);
            // Room to fan out: the ring clears every other city's markers, fanned or not.
            let reach_of = |o: &City| match o.records.len() {
                1 => POST_R,
                n => fan_radius(n) + POST_R,
            };
            let room = cities
                .iter()
                .filter(|o| o.at != c.at)
                .all(|o| px(o.at, c.at) >= ring + POST_R + reach_of(o) + 2.0);
            if n == 1 || room {
                for (k, &r) in c.records.iter().enumerate() {
                    let angle =
                        std::f64::consts::TAU * k as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
                    // The browser's sin and cos in the wasm (std's cost 8.7 KB of it).
                    let offset = if n == 1 {
                        (0.0, 0.0)
                    } else {
                        (ring * math::cos(angle), ring * math::sin(angle))
                    };
                    let single = mark(c.at, offset, vec![r], 1, names::post(r, lang));
                    out.push(PostMark {
                        shape: r.post().map_or(single.shape, |p| PostShape::of(p.kind)),
                        look: r.post().map_or(single.look, |p| PostLook::of(p.status)),
                        ..single
                    });
                }
                reach[i] = Some(if n == 1 { POST_R } else { ring + POST_R });
            } else {
                let name = names::city_posts(c.index, &c.records, lang);
                let m = mark(c.at, (0.0, 0.0), c.records.clone(), 1, name);
                reach[i] = Some(m.radius());
                out.push(m);
            }
        } else {
            let n = group.len() as f64;
            let at = group.iter().fold((0.0, 0.0), |(x, y), &i| {
                (x + cities[i].at.0 / n, y + cities[i].at.1 / n)
            });
            let indices: Vec<Option<u16>> = group.iter().map(|&i| cities[i].index).collect();
            let name = names::cluster(&indices, records.len(), lang);
            out.push(mark(at, (0.0, 0.0), records, group.len(), name));
        }
    }
    (out, reach)
}

/// The ring radius (px) for `n` posts fanned out around their city: wide enough that
/// neighbouring markers do not touch.
pub fn fan_radius(n: usize) -> f64 {
    let spacing = 2.0 * POST_R + 3.0;
    FAN_R.max(spacing * n as f64 / std::f64::consts::TAU)
}

/// Greedy, deterministic clustering of `points` (map units): sorted by position, each
/// point not yet taken gathers every untaken point within `radius`. Returns the indices of
/// each cluster's members, in index order.
pub fn cluster(points: &[(f64, f64)], radius: f64) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        let (pa, pb) = (points[a], points[b]);
        pa.0.partial_cmp(&pb.0)
            .unwrap_or(Ordering::Equal)
            .then(pa.1.partial_cmp(&pb.1).unwrap_or(Ordering::Equal))
            .then(a.cmp(&b))
    });
    let mut taken = vec![false; points.len()];
    let mut out = Vec::new();
    for &i in &order {
        if taken[i] {
            continue;
        }
        let seed = points[i];
        let mut members: Vec<usize> = Vec::new();
        for &j in &order {
            let p = points[j];
            if !taken[j] && (p.0 - seed.0).hypot(p.1 - seed.1) <= radius {
                taken[j] = true;
                members.push(j);
            }
        }
        sort_by(&mut members, &|a, b| a.cmp(b));
        out.push(members);
    }
    out
}

/// The shapes and looks the map shows, with how many posts have each; one key for
/// gathered posts when some are; the posts without a city as a note.
pub fn legend(marks: &MapMarks, lang: Lang) -> Option<Legend> {
    let placed: Vec<RecordRef> = marks
        .posts
        .iter()
        .flat_map(|p| p.records.iter().copied())
        .collect();
    if placed.is_empty() && marks.unplaced_posts.is_empty() {
        return None;
    }
    let posts: Vec<&crate::model::Post> = placed.iter().filter_map(|r| r.post()).collect();
    let mut keys: Vec<LegendKey> = Vec::new();
    // A key only for what the map shows.
    let mut key = |symbol: Symbol, label: &str, n: usize| {
        if n > 0 {
            keys.push(LegendKey {
                symbol,
                label: label.to_string(),
                count: Some(n),
            });
        }
    };
    for shape in PostShape::ALL {
        let n = posts
            .iter()
            .filter(|p| PostShape::of(p.kind) == shape)
            .count();
        key(Symbol::PostShape(shape), shape.label(lang), n);
    }
    for look in PostLook::ALL {
        let n = posts
            .iter()
            .filter(|p| PostLook::of(p.status) == look)
            .count();
        key(Symbol::PostLook(look), look.label(lang), n);
    }
    let gathered = marks.posts.iter().filter(|p| p.records.len() > 1).count();
    key(Symbol::Cluster, tr(lang, Text::GatheredPosts), gathered);
    let notes = if marks.unplaced_posts.is_empty() {
        Vec::new()
    } else {
        vec![format!(
            "+ {}",
            format::counted(marks.unplaced_posts.len(), Noun::UnplacedPosts, lang)
        )]
    };
    Some(Legend {
        total: format::counted(placed.len() + marks.unplaced_posts.len(), Noun::Posts, lang),
        keys,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::Layers;
    use crate::layout::map::{layout, MapMarks};
    use crate::record::RecordKind;
    use crate::viewport::{MapView, ZOOM_LIMITS};

    fn posts() -> Vec<RecordRef> {
        RecordRef::of_kind(RecordKind::Post).collect()
    }

    fn at(view: MapView, width: f64) -> MapMarks {
        layout(&posts(), Layers::default(), view, width, None, Lang::En)
    }

    #[test]
    fn every_post_is_placed_once_or_listed() {
        for (view, width) in [(MapView::world(), 320.0), (MapView::world(), 1400.0)] {
            let m = at(view, width);
            let placed: usize = m.posts.iter().map(|p| p.records.len()).sum();
            assert_eq!(placed + m.unplaced_posts.len(), posts().len());
        }
    }

    #[test]
    fn clusters_split_as_the_zoom_separates_them() {
        // Issue 12: clusters of one city stayed clusters at ×5.85 whatever the zoom.
        let wide = at(MapView::world(), 320.0);
        assert!(
            wide.posts.iter().any(|p| p.cities > 1),
            "the whole world at 320 px gathers cities"
        );
        let mut previous = wide.posts.len();
        for k in [2.0, 4.0, 8.0, ZOOM_LIMITS.1] {
            let m = at(
                MapView {
                    k,
                    ..MapView::world()
                },
                320.0,
            );
            assert!(
                m.posts.len() >= previous,
                "×{k}: {} < {previous}",
                m.posts.len()
            );
            previous = m.posts.len();
        }
        let deepest = at(
            MapView {
                k: ZOOM_LIMITS.1,
                ..MapView::world()
            },
            320.0,
        );
        assert!(
            deepest.posts.iter().all(|p| p.records.len() == 1),
            "at the deepest zoom every post is its own marker"
        );
        let moderate = at(
            MapView {
                k: 5.85,
                ..MapView::world()
            },
            800.0,
        );
        assert!(moderate.posts.iter().all(|p| p.cities == 1));
    }

    #[test]
    fn fanned_posts_do_not_touch_and_stay_near_their_city() {
        let m = at(
            MapView {
                k: ZOOM_LIMITS.1,
                ..MapView::world()
            },
            800.0,
        );
        for (i, a) in m.posts.iter().enumerate() {
            assert!(a.offset.0.hypot(a.offset.1) <= fan_radius(6) + 1e-9);
            for b in &m.posts[i + 1..] {
                if a.at == b.at {
                    let d = (a.offset.0 - b.offset.0).hypot(a.offset.1 - b.offset.1);
                    assert!(d >= 2.0 * POST_R, "{d}");
                }
            }
        }
    }

    #[test]
    fn gathered_posts_are_named_by_their_cities() {
        let m = at(MapView::world(), 320.0);
        for p in m.posts.iter().filter(|p| p.records.len() > 1) {
            let cities: Vec<&str> = p
                .records
                .iter()
                .filter_map(|r| r.post()?.city)
                .map(|c| format::city(c, Lang::En))
                .collect();
            assert!(
                cities.iter().any(|c| p.name.spoken.contains(c)),
                "{} names none of {cities:?}",
                p.name.spoken
            );
            let n = p.records.len().to_string();
            assert!(p.name.spoken.contains(&n), "{}", p.name.spoken);
        }
    }

    #[test]
    fn clustering_fixed_points() {
        let points = [(0.0, 0.0), (3.0, 4.0), (100.0, 0.0), (0.0, 0.0)];
        assert_eq!(cluster(&points, 5.0), vec![vec![0, 1, 3], vec![2]]);
        assert_eq!(
            cluster(&points, 0.0).len(),
            3,
            "the very same place stays together"
        );
    }

    #[test]
    fn three_shapes_and_three_looks_cover_every_kind_and_status() {
        for &k in PostKind::ALL {
            assert!(PostShape::ALL.contains(&PostShape::of(k)));
        }
        for &s in PostStatus::ALL {
            assert!(PostLook::ALL.contains(&PostLook::of(s)));
        }
    }
}
