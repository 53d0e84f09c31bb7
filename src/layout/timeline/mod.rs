//! The timeline's marks: one lane per topic, items packed into rows so that nothing
//! overlaps; where a lane is too dense for its rows, items gather into a count ("+17") that
//! lists them. Every coordinate and every text the timeline shows is made here.
//!
//! **Invariant:** every dated record in the window is drawn exactly once, as an item or
//! inside an aggregate; no label, mark, bar, aggregate or lane title covers another; every
//! tick label stays inside the frame. The layout depends only on its input, so re-layout is
//! stable. Host tests check it for the real data at 320, 800 and 1400 px.

mod keys;
mod marks;
mod overview;
mod pack;
mod pan;
#[cfg(test)]
mod tests;

pub use keys::{neighbour, stops, Stop};
pub use marks::{AggregateMark, ItemMark, LaneMarks, Line, TickMark, TimelineMarks, TITLE_X};
pub use overview::{band, overview, Overview, OVERVIEW_H};
pub use pan::{ride, rides, Ride};

use crate::filter::{topic, Topic};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::layout::text;
use crate::record::{RecordKind, RecordRef};
use crate::scale::{time_ticks, Linear};
use crate::state::Selection;
use crate::viewport::TimeWindow;
use std::sync::OnceLock;

/// Height of one row of items, px: room for a two-line label, or a one- or two-line label
/// above a bar.
pub const ROW: f64 = 32.0;
/// Rows per lane before items gather into counts.
pub const MAX_ROWS: usize = 3;
/// Height of a lane's row of counts, px.
pub const AGGREGATE_ROW: f64 = 26.0;
/// Height of a count badge, px.
pub const AGGREGATE_H: f64 = 18.0;
/// Radius of a point mark, px.
pub const POINT_R: f64 = 5.0;
/// Top and bottom of a bar, px from its row's centre: at the bottom of the row, under its
/// label.
pub const BAR: (f64, f64) = (9.0, 14.0);
/// Font size of labels, ticks and lane titles, px (the style sheet uses the same).
pub const FONT: f64 = 11.0;
/// A text line's extent above and below its baseline, px.
pub const ASCENT: f64 = 9.0;
/// See [`ASCENT`].
pub const DESCENT: f64 = 3.0;
/// Space kept between boxes in a row, px.
pub const GAP: f64 = 6.0;
/// Height of the axis above the lanes, px.
pub const AXIS: f64 = 26.0;
/// Baseline of the tick labels, px from the top of the axis.
pub const TICK_Y: f64 = 14.0;
/// Distance between the lines of a lane title, px.
const TITLE_LINE: f64 = 13.0;

/// Width reserved for lane names on the left, px (none on narrow screens, where each name
/// sits above its lane).
pub fn gutter(width: f64) -> f64 {
    if width < 480.0 {
        0.0
    } else {
        128.0
    }
}

/// The lanes, in drawing order (figures are drawn as charts, not in a lane).
pub const LANES: [Topic; 5] = [
    Topic::Agreements,
    Topic::Policy,
    Topic::Consular,
    Topic::Crisis,
    Topic::Reporting,
];

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

/// The years the timeline's records span, in whole years: from the first record's year to
/// the end of the last one (a plan to 2030 ends with 2030). The axis never goes beyond.
pub fn extent() -> (f64, f64) {
    static EXTENT: OnceLock<(f64, f64)> = OnceLock::new();
    *EXTENT.get_or_init(|| {
        let (lo, hi) = RecordRef::all()
            .filter_map(when)
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), (a, b, _)| {
                (lo.min(a), hi.max(b))
            });
        if lo <= hi {
            (lo.floor(), hi.ceil().max(lo.floor() + 1.0))
        } else {
            crate::viewport::TIME_LIMITS
        }
    })
}

/// The scale from years to pixels of the plot (right of the lane names) for `window` at
/// `width` px: the marks', the axis's and the brush's.
pub fn plot_scale(window: TimeWindow, width: f64) -> Linear {
    let left = gutter(width);
    let right = width.max(left + 40.0) - 8.0;
    Linear::new((window.from, window.to), (left + 6.0, right))
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
    let scale = plot_scale(window, width);
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
        let name = format::topic(lane, lang);
        // Wide: the name fills the gutter, in lines; narrow: it takes a row above the lane.
        let (title_lines, title_h) = if left > 0.0 {
            (
                text::wrap_cut(name, left - 2.0 * TITLE_X, 3, FONT, true),
                0.0,
            )
        } else {
            let lines = text::wrap_cut(name, width - 2.0 * TITLE_X, 2, FONT, true);
            let h = 6.0 + TITLE_LINE * lines.len() as f64;
            (lines, h)
        };
        let first_baseline = y + if left > 0.0 { 15.0 } else { 14.0 };
        let title: Vec<Line> = title_lines
            .into_iter()
            .enumerate()
            .map(|(i, text)| Line {
                y: first_baseline + TITLE_LINE * i as f64,
                text,
            })
            .collect();
        let title_w = title
            .iter()
            .map(|l| text::width(&l.text, FONT, true))
            .fold(0.0, f64::max);
        let top = y + title_h + 2.0;
        let limit = width - 2.0;
        let (items, overflow, rows) = pack::pack(&entries, &scale, lang, top, limit);
        let agg_y = top + rows.max(1) as f64 * ROW + AGGREGATE_ROW / 2.0;
        let aggregates = pack::gather(&overflow, &scale, agg_y, limit, lang);
        let content = title_h
            + 2.0
            + rows.max(1) as f64 * ROW
            + if aggregates.is_empty() {
                0.0
            } else {
                AGGREGATE_ROW
            }
            + 4.0;
        let named = title.last().map_or(0.0, |l| l.y + DESCENT + 6.0 - y);
        let height = content.max(named);
        lanes.push(LaneMarks {
            topic: lane,
            y,
            height,
            title,
            title_w,
            items,
            aggregates,
        });
        y += height;
    }
    let ticks = time_ticks(
        (window.from, window.to),
        scale.ratio(),
        44.0,
        &lang.locale().months_short,
    )
    .into_iter()
    .map(|t| {
        let x = scale.apply(t.at);
        TickMark {
            x,
            label_x: x + 3.0,
            label_w: text::width(&t.label, FONT, false),
            label: t.label,
            major: t.major,
        }
    })
    // A label that would leave the frame goes, with its grid line (issue 11: the last
    // tick's label used to spill past the right edge).
    .filter(|t| t.label_x + t.label_w <= width - 2.0)
    .collect();
    let empty = lanes
        .iter()
        .all(|l| l.items.is_empty() && l.aggregates.is_empty());
    let count =
        |n: usize, text: Text| format!("{} {}", format::number(n as f64, lang), tr(lang, text));
    TimelineMarks {
        lanes,
        ticks,
        height: y,
        left,
        width,
        scale,
        outside,
        undated,
        aria_label: format!(
            "{} — {}",
            tr(lang, Text::ViewTimeline),
            tr(lang, Text::TimelineKeys)
        ),
        outside_note: (empty && outside > 0).then(|| count(outside, Text::OutsideWindow)),
        undated_note: (undated > 0).then(|| count(undated, Text::UndatedRecords)),
    }
}

/// The height the timeline's `<svg>` keeps while its frame shows `plot_h` px of it: the
/// tallest plot drawn since the width or the language last changed. Chromium lays out every
/// mark and text of an `<svg>` whose own size changes (1.2 to 1.8 ms each time a filter hid
/// or brought back lanes), and the frame's height, a `<div>`'s, costs it 0.2 to 0.5 (issue
/// 16); a new width or language lays everything out anyway, so the height starts again there.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SvgHeight {
    drawn_for: Option<(i64, Lang)>,
    height: f64,
}

impl SvgHeight {
    /// The `<svg>`'s height for a plot `plot_h` px tall, `width` px wide, in `lang`.
    pub fn hold(&mut self, plot_h: f64, width: f64, lang: Lang) -> f64 {
        let key = Some((width as i64, lang));
        if self.drawn_for != key {
            *self = SvgHeight {
                drawn_for: key,
                height: 0.0,
            };
        }
        self.height = self.height.max(plot_h);
        self.height
    }
}

/// "Showing 2015–2023": the whole years the window shows.
pub fn window_label(window: TimeWindow, lang: Lang) -> String {
    format!(
        "{} {}–{}",
        tr(lang, Text::Window),
        format::fixed(window.from.floor(), 0),
        format::fixed((window.to - 0.001).floor(), 0)
    )
}

/// Records per year over `span` (inclusive), for the overview strip.
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
