//! The timeline's marks: one lane per topic, items packed into rows so that no two marks
//! or labels overlap; where a lane is too dense for its rows, items gather into a count
//! that comes apart as the reader zooms in.
//!
//! **Invariant:** every dated record in the window is drawn exactly once, as an item or
//! inside an aggregate; no two item boxes (mark plus label) in a lane row overlap; no two
//! aggregates overlap. The layout depends only on its input, so re-layout is stable.

use crate::filter::{topic, Topic};
use crate::format;
use crate::i18n::Lang;
use crate::record::{RecordKind, RecordRef};
use crate::scale::{time_ticks, Linear, TimeTick};
use crate::state::Selection;
use crate::viewport::TimeWindow;

/// Height of one row of items, px.
pub const ROW: f64 = 24.0;
/// Rows per lane before items gather into counts.
pub const MAX_ROWS: usize = 3;
/// Width reserved for lane names on the left, px (less on narrow screens).
pub fn gutter(width: f64) -> f64 {
    if width < 480.0 {
        0.0
    } else {
        128.0
    }
}
/// Estimated width of one character of a 12 px label, px.
pub const CHAR_PX: f64 = 6.6;
/// Longest label, in characters, before it is cut with "…".
pub const LABEL_CHARS: usize = 30;
/// Radius of a point mark, px.
pub const POINT_R: f64 = 5.0;
/// Width of an aggregate's count badge, px.
pub const AGGREGATE_W: f64 = 28.0;
/// Space kept between boxes in a row, px.
pub const GAP: f64 = 6.0;
/// Height of a lane's name row when lane names sit above the lane (narrow screens).
const LANE_TITLE: f64 = 18.0;

/// The lanes, in drawing order (figures are drawn as charts, not in a lane).
pub const LANES: [Topic; 5] = [
    Topic::Agreements,
    Topic::Policy,
    Topic::Consular,
    Topic::Crisis,
    Topic::Reporting,
];

/// A record drawn on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemMark {
    /// The record.
    pub record: RecordRef,
    /// Start, px.
    pub x0: f64,
    /// End, px (equal to `x0` for a point in time).
    pub x1: f64,
    /// Vertical centre, px.
    pub y: f64,
    /// True for a period (drawn as a bar).
    pub range: bool,
    /// Label text (cut to [`LABEL_CHARS`]); empty when there is no room.
    pub label: String,
    /// Where the label starts, px.
    pub label_x: f64,
    /// The box the item occupies (mark and label), px: start and end.
    pub span: (f64, f64),
}

/// Several records too close together to draw apart at this zoom.
#[derive(Clone, Debug, PartialEq)]
pub struct AggregateMark {
    /// Centre, px.
    pub x: f64,
    /// Vertical centre, px.
    pub y: f64,
    /// The records.
    pub records: Vec<RecordRef>,
    /// The years they cover (to zoom into).
    pub years: (f64, f64),
}

/// One lane.
#[derive(Clone, Debug, PartialEq)]
pub struct LaneMarks {
    /// Its topic.
    pub topic: Topic,
    /// Top, px.
    pub y: f64,
    /// Height, px.
    pub height: f64,
    /// Items.
    pub items: Vec<ItemMark>,
    /// Aggregates.
    pub aggregates: Vec<AggregateMark>,
}

/// Everything the timeline draws.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineMarks {
    /// Lanes, top to bottom.
    pub lanes: Vec<LaneMarks>,
    /// Axis ticks with their x, px.
    pub ticks: Vec<(f64, TimeTick)>,
    /// Total height of the lanes, px.
    pub height: f64,
    /// Left edge of the plot, px (lane names sit left of it on wide screens).
    pub left: f64,
    /// The time scale (years → px).
    pub scale: Linear,
    /// Records with a date outside the window (for the status line).
    pub outside: usize,
    /// Dated records in the lanes' topics with no date at all (listed in the table).
    pub undated: usize,
}

/// When the record starts and ends on the timeline, as fractional years, and whether it
/// is drawn as a span: its dates (`RecordRef::dates`), a single date at its middle.
/// Figures are charted, not placed in lanes.
pub fn when(r: RecordRef) -> Option<(f64, f64, bool)> {
    if r.kind() == RecordKind::Statistic {
        return None;
    }
    let (first, last) = r.dates()?;
    Some(if first == last {
        (first.as_year_fraction(), first.as_year_fraction(), false)
    } else {
        (first.start_fraction(), last.end_fraction(), true)
    })
}

fn label_of(r: RecordRef, lang: Lang) -> String {
    let title = format::title(r, lang);
    if title.chars().count() <= LABEL_CHARS {
        title
    } else {
        let cut: String = title.chars().take(LABEL_CHARS - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn label_width(label: &str) -> f64 {
    label.chars().count() as f64 * CHAR_PX
}

/// Lays out `records` (the filtered selection) in `window` at `width` px.
pub fn layout(
    records: &[RecordRef],
    window: TimeWindow,
    width: f64,
    lang: Lang,
    _selected: Option<Selection>,
) -> TimelineMarks {
    let left = gutter(width);
    let right = width.max(left + 40.0) - 8.0;
    let scale = Linear::new((window.from, window.to), (left + 4.0, right));
    let ticks = time_ticks(
        (window.from, window.to),
        scale.ratio(),
        44.0,
        &lang.locale().months_short,
    )
    .into_iter()
    .map(|t| (scale.apply(t.at), t))
    .collect();
    let mut lanes = Vec::new();
    let mut y = 0.0;
    let mut outside = 0;
    let mut undated = 0;
    for lane in LANES {
        let mut entries: Vec<(RecordRef, f64, f64, bool)> = Vec::new();
        for &r in records
            .iter()
            .filter(|&&r| r.kind() != RecordKind::Statistic && topic(r) == lane)
        {
            match when(r) {
                None => undated += 1,
                Some((a, b, range)) if b >= window.from && a <= window.to => {
                    entries.push((r, a, b, range))
                }
                Some(_) => outside += 1,
            }
        }
        // Stable order: by start, then by record (dataset order), never by hash or time of day.
        crate::collections::sort_by(&mut entries, &|a, b| {
            a.1.partial_cmp(&b.1)
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(a.0.cmp(&b.0))
        });
        let title_h = if left == 0.0 { LANE_TITLE } else { 0.0 };
        let (items, overflow, rows) = pack(&entries, &scale, lang, y + title_h, right);
        let agg_y = y + title_h + rows as f64 * ROW + ROW / 2.0;
        let aggregates = gather(&overflow, &scale, agg_y);
        let used_rows = rows + usize::from(!aggregates.is_empty());
        let height = title_h + (used_rows.max(1) as f64) * ROW + 6.0;
        lanes.push(LaneMarks {
            topic: lane,
            y,
            height,
            items,
            aggregates,
        });
        y += height;
    }
    TimelineMarks {
        lanes,
        ticks,
        height: y,
        left,
        scale,
        outside,
        undated,
    }
}

type Overflow = Vec<(RecordRef, f64, f64)>;

/// Greedy row packing: each item goes to the first row whose last box ends before it
/// starts. Labels are dropped (mark only) before an item is sent to the overflow.
fn pack(
    entries: &[(RecordRef, f64, f64, bool)],
    scale: &Linear,
    lang: Lang,
    top: f64,
    right: f64,
) -> (Vec<ItemMark>, Overflow, usize) {
    let mut row_ends: Vec<f64> = Vec::new();
    let mut items = Vec::new();
    let mut overflow = Vec::new();
    for &(record, a, b, range) in entries {
        let x0 = scale.apply(a).max(scale.range.0);
        let x1 = if range {
            scale.apply(b).min(right).max(x0 + 2.0 * POINT_R)
        } else {
            x0
        };
        let label = label_of(record, lang);
        let label_x = if range { x0 + 4.0 } else { x0 + POINT_R + 4.0 };
        let with_label = (
            x0 - POINT_R,
            (label_x + label_width(&label)).max(x1 + POINT_R),
        );
        let bare = (x0 - POINT_R, x1 + POINT_R);
        let fits = |end: f64, span: (f64, f64)| end + GAP <= span.0 && span.1 <= right + 1.0;
        let mut placed = None;
        for (want_label, span) in [(true, with_label), (false, bare)] {
            if let Some(row) = (0..MAX_ROWS).find(|&row| {
                fits(
                    row_ends.get(row).copied().unwrap_or(f64::NEG_INFINITY),
                    span,
                )
            }) {
                placed = Some((row, want_label, span));
                break;
            }
        }
        match placed {
            Some((row, want_label, span)) => {
                if row >= row_ends.len() {
                    row_ends.resize(row + 1, f64::NEG_INFINITY);
                }
                row_ends[row] = span.1;
                items.push(ItemMark {
                    record,
                    x0,
                    x1,
                    y: top + row as f64 * ROW + ROW / 2.0,
                    range,
                    label: if want_label { label } else { String::new() },
                    label_x,
                    span,
                });
            }
            None => overflow.push((record, a, b)),
        }
    }
    (items, overflow, row_ends.len())
}

/// Overflowing items gather into count badges; badges never overlap.
fn gather(overflow: &Overflow, scale: &Linear, y: f64) -> Vec<AggregateMark> {
    let mut out: Vec<AggregateMark> = Vec::new();
    let mut group: Vec<(RecordRef, f64, f64)> = Vec::new();
    let mut group_start = 0.0;
    let flush = |group: &mut Vec<(RecordRef, f64, f64)>, out: &mut Vec<AggregateMark>| {
        if group.is_empty() {
            return;
        }
        let from = group.iter().map(|g| g.1).fold(f64::INFINITY, f64::min);
        let to = group.iter().map(|g| g.2).fold(f64::NEG_INFINITY, f64::max);
        let first_x = scale.apply(from).max(scale.range.0);
        let mut x = first_x + AGGREGATE_W / 2.0 - POINT_R;
        if let Some(prev) = out.last() {
            x = x.max(prev.x + AGGREGATE_W + GAP);
        }
        out.push(AggregateMark {
            x,
            y,
            records: group.iter().map(|g| g.0).collect(),
            years: (from, to),
        });
        group.clear();
    };
    for &(r, a, b) in overflow {
        let x = scale.apply(a);
        if !group.is_empty() && x - group_start > AGGREGATE_W + GAP {
            flush(&mut group, &mut out);
        }
        if group.is_empty() {
            group_start = x;
        }
        group.push((r, a, b));
    }
    flush(&mut group, &mut out);
    out
}

/// The next item in reading order from `current` for an arrow key: left/right move in
/// time across lanes, up/down move to the nearest item in the lane above or below.
pub fn neighbour(marks: &TimelineMarks, current: RecordRef, key: &str) -> Option<RecordRef> {
    let all: Vec<(usize, &ItemMark)> = marks
        .lanes
        .iter()
        .enumerate()
        .flat_map(|(i, l)| l.items.iter().map(move |m| (i, m)))
        .collect();
    let (lane, item) = all.iter().find(|(_, m)| m.record == current).copied()?;
    let mut by_time: Vec<&(usize, &ItemMark)> = all.iter().collect();
    crate::collections::sort_by(&mut by_time, &|a, b| {
        a.1.x0
            .partial_cmp(&b.1.x0)
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.0.cmp(&b.0))
            .then(a.1.record.cmp(&b.1.record))
    });
    let pos = by_time.iter().position(|(_, m)| m.record == current)?;
    match key {
        "ArrowRight" => by_time.get(pos + 1).map(|(_, m)| m.record),
        "ArrowLeft" => pos
            .checked_sub(1)
            .and_then(|p| by_time.get(p))
            .map(|(_, m)| m.record),
        "ArrowDown" | "ArrowUp" => {
            let lanes: Vec<usize> = if key == "ArrowDown" {
                (lane + 1..marks.lanes.len()).collect()
            } else {
                (0..lane).rev().collect()
            };
            lanes.into_iter().find_map(|l| {
                marks.lanes[l]
                    .items
                    .iter()
                    .min_by(|a, b| {
                        (a.x0 - item.x0)
                            .abs()
                            .partial_cmp(&(b.x0 - item.x0).abs())
                            .unwrap_or(std::cmp::Ordering::Equal)
                    })
                    .map(|m| m.record)
            })
        }
        "Home" => by_time.first().map(|(_, m)| m.record),
        "End" => by_time.last().map(|(_, m)| m.record),
        _ => None,
    }
}

/// Records per year over the whole time span, for the overview strip.
pub fn density(records: &[RecordRef], span: (u16, u16)) -> Vec<(u16, usize)> {
    let mut counts: Vec<(u16, usize)> = (span.0..=span.1).map(|y| (y, 0)).collect();
    for &r in records {
        if let Some((a, _, _)) = when(r) {
            let year = a.floor() as i64;
            if let Some(slot) = counts.iter_mut().find(|(y, _)| i64::from(*y) == year) {
                slot.1 += 1;
            }
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    // Tests compare with the standard library; the size rules are for shipped code.
    #![allow(clippy::disallowed_methods, clippy::disallowed_types)]
    use super::*;
    use crate::filter;

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    fn check_no_overlap(m: &TimelineMarks) {
        for lane in &m.lanes {
            let mut rows: std::collections::BTreeMap<i64, Vec<(f64, f64)>> =
                std::collections::BTreeMap::new();
            for item in &lane.items {
                rows.entry((item.y * 10.0) as i64)
                    .or_default()
                    .push(item.span);
            }
            for spans in rows.values() {
                for (i, a) in spans.iter().enumerate() {
                    for b in &spans[i + 1..] {
                        assert!(
                            a.1 <= b.0 || b.1 <= a.0,
                            "{:?} overlaps {:?} in {:?}",
                            a,
                            b,
                            lane.topic
                        );
                    }
                }
            }
            for pair in lane.aggregates.windows(2) {
                assert!(
                    pair[1].x - pair[0].x >= AGGREGATE_W,
                    "aggregates overlap in {:?}",
                    lane.topic
                );
            }
        }
        for pair in m.lanes.windows(2) {
            assert!(pair[0].y + pair[0].height <= pair[1].y + 1e-9);
        }
    }

    fn drawn(m: &TimelineMarks) -> Vec<RecordRef> {
        let mut out: Vec<RecordRef> = m
            .lanes
            .iter()
            .flat_map(|l| {
                l.items
                    .iter()
                    .map(|i| i.record)
                    .chain(l.aggregates.iter().flat_map(|a| a.records.iter().copied()))
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn no_marks_or_labels_overlap_for_the_real_dataset_at_three_widths() {
        let records = all();
        for width in [320.0, 800.0, 1400.0] {
            for window in [
                TimeWindow::ALL,
                TimeWindow::default(),
                TimeWindow {
                    from: 2019.0,
                    to: 2023.0,
                },
                TimeWindow {
                    from: 2020.0,
                    to: 2020.6,
                },
            ] {
                for lang in [Lang::En, Lang::Ru] {
                    check_no_overlap(&layout(&records, window, width, lang, None));
                }
            }
        }
    }

    #[test]
    fn every_dated_record_in_the_window_is_drawn_exactly_once() {
        let records = all();
        for width in [320.0, 800.0, 1400.0] {
            let m = layout(&records, TimeWindow::ALL, width, Lang::En, None);
            let got = drawn(&m);
            let mut expected: Vec<RecordRef> = records
                .iter()
                .copied()
                .filter(|&r| r.kind() != RecordKind::Statistic && when(r).is_some())
                .collect();
            expected.sort();
            assert_eq!(got, expected, "at {width}px");
            assert_eq!(m.outside, 0);
        }
    }

    #[test]
    fn relayout_is_stable() {
        let records = all();
        let a = layout(&records, TimeWindow::default(), 800.0, Lang::En, None);
        let mut shuffled = records.clone();
        shuffled.reverse();
        let b = layout(&shuffled, TimeWindow::default(), 800.0, Lang::En, None);
        assert_eq!(a, b);
    }

    #[test]
    fn zooming_in_turns_aggregates_into_items() {
        let records = all();
        let wide = layout(&records, TimeWindow::ALL, 320.0, Lang::En, None);
        let narrow = layout(
            &records,
            TimeWindow {
                from: 2021.0,
                to: 2022.0,
            },
            1400.0,
            Lang::En,
            None,
        );
        let count = |m: &TimelineMarks| {
            m.lanes
                .iter()
                .map(|l| l.aggregates.iter().map(|a| a.records.len()).sum::<usize>())
                .sum::<usize>()
        };
        assert!(count(&narrow) <= count(&wide));
    }

    #[test]
    fn right_arrow_walks_forward_in_time() {
        let m = layout(&all(), TimeWindow::ALL, 1400.0, Lang::En, None);
        let items: Vec<&ItemMark> = m.lanes.iter().flat_map(|l| l.items.iter()).collect();
        let Some(first) = items
            .iter()
            .min_by(|a, b| a.x0.partial_cmp(&b.x0).unwrap_or(std::cmp::Ordering::Equal))
        else {
            return;
        };
        let mut current = first.record;
        let mut steps = 0;
        while let Some(next) = neighbour(&m, current, "ArrowRight") {
            let x = |r| {
                items
                    .iter()
                    .find(|i| i.record == r)
                    .map(|i| i.x0)
                    .unwrap_or(0.0)
            };
            assert!(x(next) >= x(current));
            current = next;
            steps += 1;
        }
        assert_eq!(steps + 1, items.len());
        assert_eq!(
            neighbour(&m, current, "ArrowLeft").is_some(),
            items.len() > 1
        );
    }

    #[test]
    fn a_filtered_selection_draws_only_its_records() {
        let f = filter::Filters {
            topics: [Topic::Policy].into(),
            ..filter::Filters::default()
        };
        let m = layout(&filter::select(&f), TimeWindow::ALL, 800.0, Lang::En, None);
        assert!(m
            .lanes
            .iter()
            .filter(|l| l.topic != Topic::Policy)
            .all(|l| l.items.is_empty() && l.aggregates.is_empty()));
    }
}
