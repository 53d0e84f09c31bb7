//! The marks the timeline draws, and the boxes they occupy (what the overlap tests check).

use super::{AGGREGATE_H, ASCENT, BAR, DESCENT, POINT_R};
use crate::filter::Topic;
use crate::layout::text::Rect;
use crate::record::RecordRef;
use crate::scale::Linear;

/// A line of text and its baseline, px.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Baseline.
    pub y: f64,
    /// Text.
    pub text: String,
}

/// A record drawn on its own.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemMark {
    /// The record.
    pub record: RecordRef,
    /// Start, px.
    pub x0: f64,
    /// End, px (equal to `x0` for a point in time).
    pub x1: f64,
    /// Centre of its row, px.
    pub y: f64,
    /// True for a period (drawn as a bar).
    pub range: bool,
    /// Label lines (none when there is no room), starting at `label_x`.
    pub label: Vec<Line>,
    /// Where the label starts, px.
    pub label_x: f64,
    /// The label's width, px (estimated; see `layout::text`).
    pub label_w: f64,
    /// What the mark says to assistive technology and in its tooltip: date and title.
    pub text: String,
}

impl ItemMark {
    /// The box of the point or the bar.
    pub fn mark_box(&self) -> Rect {
        if self.range {
            Rect {
                x0: self.x0,
                y0: self.y + BAR.0,
                x1: self.x1,
                y1: self.y + BAR.1,
            }
        } else {
            Rect {
                x0: self.x0 - POINT_R,
                y0: self.y - POINT_R,
                x1: self.x0 + POINT_R,
                y1: self.y + POINT_R,
            }
        }
    }

    /// The box of the label, if it has one.
    pub fn label_box(&self) -> Option<Rect> {
        let (first, last) = (self.label.first()?, self.label.last()?);
        Some(Rect {
            x0: self.label_x,
            y0: first.y - ASCENT,
            x1: self.label_x + self.label_w,
            y1: last.y + DESCENT,
        })
    }
}

/// Several records too close together to draw apart at this zoom: a count that lists them.
#[derive(Clone, Debug, PartialEq)]
pub struct AggregateMark {
    /// Centre, px.
    pub x: f64,
    /// Vertical centre, px.
    pub y: f64,
    /// Width of the badge, px.
    pub w: f64,
    /// The records, in time order.
    pub records: Vec<RecordRef>,
    /// The years they cover.
    pub years: (f64, f64),
    /// The badge's text ("+17").
    pub text: String,
    /// What it says to assistive technology.
    pub aria: String,
}

impl AggregateMark {
    /// The badge's box.
    pub fn rect(&self) -> Rect {
        Rect {
            x0: self.x - self.w / 2.0,
            y0: self.y - AGGREGATE_H / 2.0,
            x1: self.x + self.w / 2.0,
            y1: self.y + AGGREGATE_H / 2.0,
        }
    }
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
    /// Its name, in as many lines as its room needs, starting at x = [`TITLE_X`].
    pub title: Vec<Line>,
    /// The name's width, px.
    pub title_w: f64,
    /// Items.
    pub items: Vec<ItemMark>,
    /// Aggregates.
    pub aggregates: Vec<AggregateMark>,
}

/// Where lane names start, px.
pub const TITLE_X: f64 = 6.0;

impl LaneMarks {
    /// The box of the lane's name.
    pub fn title_box(&self) -> Rect {
        let first = self.title.first().map_or(self.y, |l| l.y);
        let last = self.title.last().map_or(self.y, |l| l.y);
        Rect {
            x0: TITLE_X,
            y0: first - ASCENT,
            x1: TITLE_X + self.title_w,
            y1: last + DESCENT,
        }
    }
}

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct TickMark {
    /// Position of its grid line, px.
    pub x: f64,
    /// Where its label starts, px.
    pub label_x: f64,
    /// Its label ("2015", "Mar"); empty for minor ticks.
    pub label: String,
    /// The label's width, px.
    pub label_w: f64,
    /// True for ticks that start a year.
    pub major: bool,
}

/// Everything the timeline draws.
#[derive(Clone, Debug, PartialEq)]
pub struct TimelineMarks {
    /// Lanes, top to bottom.
    pub lanes: Vec<LaneMarks>,
    /// Axis ticks whose labels fit inside the frame.
    pub ticks: Vec<TickMark>,
    /// Total height of the lanes, px.
    pub height: f64,
    /// Left edge of the plot, px (lane names sit left of it on wide screens).
    pub left: f64,
    /// Width of the frame, px.
    pub width: f64,
    /// The time scale (years → px).
    pub scale: Linear,
    /// Records with a date outside the window (for the status line).
    pub outside: usize,
    /// Records in the lanes' topics with no date at all (listed in the table).
    pub undated: usize,
    /// What the timeline says to assistive technology: its name and its keys.
    pub aria_label: String,
    /// "12 outside the years shown", when the window shows none of the records.
    pub outside_note: Option<String>,
    /// "3 undated (see the table)", when records have no date.
    pub undated_note: Option<String>,
}
