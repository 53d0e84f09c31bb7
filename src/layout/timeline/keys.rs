//! Moving between the timeline's marks with the keyboard: items and counts alike, left and
//! right in time across lanes, up and down to the nearest mark of the next lane.

use super::TimelineMarks;
use crate::layout::nearest;
use crate::record::RecordRef;

/// A mark that takes the keyboard focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stop {
    /// An item.
    Item(RecordRef),
    /// A count: lane and index in the lane.
    Aggregate(usize, usize),
}

impl Stop {
    /// The attribute that finds the mark's element (`data-id` or `data-aggregate`) and
    /// its value.
    pub fn attribute(self) -> (&'static str, String) {
        match self {
            Stop::Item(r) => ("data-id", r.id().to_string()),
            Stop::Aggregate(l, a) => ("data-aggregate", format!("{l}:{a}")),
        }
    }

    /// The CSS selector of the mark's element.
    pub fn selector(self) -> String {
        let (name, value) = self.attribute();
        format!("[{name}=\"{value}\"]")
    }

    /// Inverse of [`Stop::attribute`], for the element an event happened in.
    pub fn from_attribute(name: &str, value: &str) -> Option<Stop> {
        match name {
            "data-id" => RecordRef::by_id(value).map(Stop::Item),
            "data-aggregate" => {
                let (l, a) = value.split_once(':')?;
                Some(Stop::Aggregate(l.parse().ok()?, a.parse().ok()?))
            }
            _ => None,
        }
    }
}

/// Every stop with its lane and x, in reading order: by time, then lane, then record.
pub fn stops(marks: &TimelineMarks) -> Vec<(Stop, usize, f64)> {
    let mut all: Vec<(Stop, usize, f64)> = Vec::new();
    for (li, lane) in marks.lanes.iter().enumerate() {
        all.extend(lane.items.iter().map(|m| (Stop::Item(m.record), li, m.x0)));
        all.extend(
            lane.aggregates
                .iter()
                .enumerate()
                .map(|(ai, a)| (Stop::Aggregate(li, ai), li, a.x - a.w / 2.0)),
        );
    }
    crate::collections::sort_by(&mut all, &|a, b| {
        a.2.partial_cmp(&b.2)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.1.cmp(&b.1))
            .then(order(a.0).cmp(&order(b.0)))
    });
    all
}

fn order(s: Stop) -> (usize, usize) {
    match s {
        Stop::Item(r) => (0, r.ordinal()),
        Stop::Aggregate(l, a) => (1, l * 10_000 + a),
    }
}

/// The stop an arrow key (or Home, End) leads to from `current`: left and right move in
/// time across lanes, up and down to the nearest stop in the nearest lane above or below.
pub fn neighbour(marks: &TimelineMarks, current: Stop, key: &str) -> Option<Stop> {
    let all = stops(marks);
    let pos = all.iter().position(|s| s.0 == current)?;
    let (_, lane, x) = all[pos];
    match key {
        "ArrowRight" => all.get(pos + 1).map(|s| s.0),
        "ArrowLeft" => pos.checked_sub(1).and_then(|p| all.get(p)).map(|s| s.0),
        "ArrowDown" | "ArrowUp" => {
            let lanes: Vec<usize> = if key == "ArrowDown" {
                (lane + 1..marks.lanes.len()).collect()
            } else {
                (0..lane).rev().collect()
            };
            lanes.into_iter().find_map(|l| {
                nearest(all.iter().filter(|s| s.1 == l), |s| (s.2 - x).abs()).map(|s| s.0)
            })
        }
        "Home" => all.first().map(|s| s.0),
        "End" => all.last().map(|s| s.0),
        _ => None,
    }
}
