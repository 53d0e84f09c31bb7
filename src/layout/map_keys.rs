//! Moving between the map's marks with the keyboard, as on the timeline: the marks are one
//! tab stop, and arrow keys go from mark to mark in reading order (rows from the top, each
//! left to right), up and down to the nearest mark of the row above or below.

use crate::layout::map::MapMarks;
use crate::layout::nearest;
use crate::record::RecordRef;
use crate::state::Selection;

/// Height of a reading row, in screen pixels.
pub const ROW_PX: f64 = 40.0;

/// A mark that takes the keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MapStop {
    /// A country with records.
    Country(&'static str),
    /// A country's agreement badge.
    Badge(&'static str),
    /// A post or a cluster, by its index among the posts.
    Post(usize),
    /// A flow arc, by destination.
    Flow(&'static str),
}

impl MapStop {
    /// The stop of a mark's element, from its `data-mark`, `data-code` and `data-index`.
    pub fn from_attributes(
        marks: &MapMarks,
        kind: &str,
        code: Option<&str>,
        index: Option<&str>,
    ) -> Option<MapStop> {
        let known = |code: &str| {
            marks
                .countries
                .iter()
                .find(|c| c.code == code)
                .map(|c| c.code)
        };
        match kind {
            "country" => known(code?).map(MapStop::Country),
            "badge" => known(code?).map(MapStop::Badge),
            "flow" => known(code?).map(MapStop::Flow),
            "post" => index?.parse().ok().map(MapStop::Post),
            _ => None,
        }
    }

    /// The CSS selector of the stop's element.
    pub fn selector(self) -> String {
        match self {
            MapStop::Country(c) => format!("[data-mark=\"country\"][data-code=\"{c}\"]"),
            MapStop::Badge(c) => format!("[data-mark=\"badge\"][data-code=\"{c}\"]"),
            MapStop::Flow(c) => format!("[data-mark=\"flow\"][data-code=\"{c}\"]"),
            MapStop::Post(i) => format!("[data-mark=\"post\"][data-index=\"{i}\"]"),
        }
    }
}

/// Every stop and where it is (map units), in reading order. `units_per_px` sets the
/// height of a reading row.
pub fn stops(marks: &MapMarks) -> Vec<(MapStop, (f64, f64))> {
    let anchor = |code: &str| {
        marks
            .countries
            .iter()
            .find(|c| c.code == code)
            .map(|c| c.anchor)
    };
    let mut all: Vec<(MapStop, (f64, f64))> = Vec::new();
    all.extend(
        marks
            .countries
            .iter()
            .filter(|c| c.has_records)
            .map(|c| (MapStop::Country(c.code), c.anchor)),
    );
    // A badge sits up and right of its country's centre (see the map view).
    let u = marks.units_per_px;
    all.extend(
        marks
            .badges
            .iter()
            .map(|b| (MapStop::Badge(b.code), (b.at.0 + 9.0 * u, b.at.1 - 9.0 * u))),
    );
    // A post fanned out around its city stands `offset` pixels from it.
    all.extend(marks.posts.iter().enumerate().map(|(i, p)| {
        let at = (p.at.0 + p.offset.0 * u, p.at.1 + p.offset.1 * u);
        (MapStop::Post(i), at)
    }));
    all.extend(
        marks
            .flows
            .iter()
            .filter_map(|f| Some((MapStop::Flow(f.code), anchor(f.code)?))),
    );
    let row = |y: f64| (y / (ROW_PX * u.max(1e-9))).floor() as i64;
    crate::collections::sort_by(&mut all, &|a, b| {
        row(a.1 .1)
            .cmp(&row(b.1 .1))
            .then(
                a.1 .0
                    .partial_cmp(&b.1 .0)
                    .unwrap_or(std::cmp::Ordering::Equal),
            )
            .then(rank(a.0).cmp(&rank(b.0)))
    });
    all
}

/// Ties broken by kind, then by name or index: the order never depends on chance.
fn rank(s: MapStop) -> (u8, &'static str, usize) {
    match s {
        MapStop::Country(c) => (0, c, 0),
        MapStop::Badge(c) => (1, c, 0),
        MapStop::Post(i) => (2, "", i),
        MapStop::Flow(c) => (3, c, 0),
    }
}

/// The stop an arrow key (or Home, End) leads to from `current`.
pub fn neighbour(marks: &MapMarks, current: MapStop, key: &str) -> Option<MapStop> {
    let all = stops(marks);
    let pos = all.iter().position(|s| s.0 == current)?;
    let (x, y) = all[pos].1;
    let band = ROW_PX * marks.units_per_px;
    match key {
        "ArrowRight" => all.get(pos + 1).map(|s| s.0),
        "ArrowLeft" => pos.checked_sub(1).and_then(|p| all.get(p)).map(|s| s.0),
        "ArrowDown" | "ArrowUp" => {
            let down = key == "ArrowDown";
            // The nearest row in that direction, then the mark in it nearest across.
            let beyond = |p: &(f64, f64)| {
                if down {
                    p.1 > y + band / 2.0
                } else {
                    p.1 < y - band / 2.0
                }
            };
            let ys = all.iter().map(|s| s.1).filter(beyond).map(|p| p.1);
            let row_y = nearest(ys, |r| (r - y).abs())?;
            let in_row = all
                .iter()
                .filter(|s| beyond(&s.1) && (s.1 .1 - row_y).abs() <= band);
            nearest(in_row, |s| (s.1 .0 - x).abs()).map(|s| s.0)
        }
        "Home" => all.first().map(|s| s.0),
        "End" => all.last().map(|s| s.0),
        _ => None,
    }
}

/// The stop that takes the Tab key: `current` (the one last focused) while it is drawn,
/// else the selection's, else the first in reading order.
pub fn tab_stop(
    marks: &MapMarks,
    current: Option<MapStop>,
    selected: Option<Selection>,
) -> Option<MapStop> {
    let all = stops(marks);
    let drawn = |s: MapStop| all.iter().any(|x| x.0 == s);
    let of_selection = match selected {
        Some(Selection::Place(code)) => Some(MapStop::Country(code)),
        Some(Selection::Record(r)) => post_of(marks, r),
        None => None,
    };
    current
        .filter(|s| drawn(*s))
        .or(of_selection.filter(|s| drawn(*s)))
        .or_else(|| all.first().map(|s| s.0))
}

fn post_of(marks: &MapMarks, r: RecordRef) -> Option<MapStop> {
    marks
        .posts
        .iter()
        .position(|p| p.records.contains(&r))
        .map(MapStop::Post)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::layers::{Layer, Layers};
    use crate::layout::map::{extent, height_for, layout};

    fn marks() -> MapMarks {
        let records: Vec<RecordRef> = RecordRef::all().collect();
        let layers = Layers::default().with(Layer::Flows, true);
        // The view the map opens on.
        let view = extent::fitted(&extent::places(&records), 800.0, height_for(800.0));
        layout(&records, layers, view, 800.0, None, Lang::En)
    }

    #[test]
    fn right_arrow_visits_every_mark_once_in_reading_order() {
        let m = marks();
        let all = stops(&m);
        assert!(all.len() > 20, "{} marks", all.len());
        let mut current = all[0].0;
        let mut seen = vec![current];
        while let Some(next) = neighbour(&m, current, "ArrowRight") {
            assert!(!seen.contains(&next), "{next:?} twice");
            seen.push(next);
            current = next;
        }
        assert_eq!(seen.len(), all.len());
        // Rows run from the top: the first mark is no lower than the last row's.
        assert!(all[0].1 .1 <= all[all.len() - 1].1 .1 + ROW_PX * m.units_per_px);
        assert_eq!(neighbour(&m, current, "Home"), Some(all[0].0));
    }

    #[test]
    fn down_arrow_goes_to_a_lower_mark_and_up_comes_back_near() {
        let m = marks();
        let all = stops(&m);
        let band = ROW_PX * m.units_per_px;
        let (start, at) = all[0];
        let below = neighbour(&m, start, "ArrowDown").expect("a mark below");
        let y = all
            .iter()
            .find(|s| s.0 == below)
            .map(|s| s.1 .1)
            .unwrap_or(0.0);
        assert!(y > at.1 + band / 2.0);
        let back = neighbour(&m, below, "ArrowUp").expect("a mark above");
        let y2 = all
            .iter()
            .find(|s| s.0 == back)
            .map(|s| s.1 .1)
            .unwrap_or(0.0);
        assert!(y2 < y);
    }

    #[test]
    fn the_tab_stop_follows_focus_then_selection_then_reading_order() {
        let m = marks();
        let all = stops(&m);
        assert_eq!(tab_stop(&m, None, None), Some(all[0].0));
        assert_eq!(
            tab_stop(&m, None, Some(Selection::Place("RUS"))),
            Some(MapStop::Country("RUS"))
        );
        assert_eq!(
            tab_stop(&m, Some(all[3].0), Some(Selection::Place("RUS"))),
            Some(all[3].0)
        );
        assert_eq!(
            tab_stop(&m, Some(MapStop::Post(9999)), None),
            Some(all[0].0)
        );
    }

    #[test]
    fn stops_are_found_again_from_their_attributes() {
        let m = marks();
        for (s, _) in stops(&m) {
            let sel = s.selector();
            let attr = |name: &str| {
                sel.split(&format!("[{name}=\""))
                    .nth(1)
                    .and_then(|v| v.split('"').next())
                    .map(str::to_string)
            };
            let kind = attr("data-mark").expect("a kind");
            let code = attr("data-code");
            let index = attr("data-index");
            assert_eq!(
                MapStop::from_attributes(&m, &kind, code.as_deref(), index.as_deref()),
                Some(s)
            );
        }
    }
}
