//! Row packing of a lane: each item takes the first row where its box (mark and label)
//! ends before the next begins, with the most readable label that fits: the whole title on
//! one line, then on two lines, then cut, then the mark alone. What fits nowhere gathers
//! into counts.

use super::{AggregateMark, ItemMark, Line, BAR, FONT, GAP, MAX_ROWS, POINT_R, ROW};
use crate::format;
use crate::i18n::{Lang, Noun};
use crate::layout::text;
use crate::record::RecordRef;
use crate::scale::Linear;

/// Widest one-line label, px.
const ONE_LINE: f64 = 230.0;
/// Widest line of a two-line label, px.
const TWO_LINES: f64 = 280.0;
/// Widest line of a short two-line label, px.
const SHORT: f64 = 130.0;
/// Distance between the lines of a label, px.
const LINE: f64 = 12.0;

/// The most readable label of `title` whose width `fits`: the whole title on one line,
/// then on two, then cut on two lines, then shorter; none at all when nothing fits. Each
/// is worked out only when the one before does not fit.
fn label_for(title: &str, fits: impl Fn(f64) -> bool) -> (Vec<String>, f64) {
    let widest = |lines: &[String]| {
        lines
            .iter()
            .map(|l| text::width(l, FONT, false))
            .fold(0.0, f64::max)
    };
    let one = text::width(title, FONT, false);
    if one <= ONE_LINE && fits(one) {
        return (vec![title.to_string()], one);
    }
    let shorter: [&dyn Fn() -> Option<Vec<String>>; 3] = [
        &|| text::balanced(title, TWO_LINES, FONT, false),
        &|| Some(text::wrap_cut(title, TWO_LINES, 2, FONT, false)),
        &|| Some(text::wrap_cut(title, SHORT, 2, FONT, false)),
    ];
    for lines in shorter.iter().filter_map(|option| option()) {
        let w = widest(&lines);
        if fits(w) {
            return (lines, w);
        }
    }
    (Vec::new(), 0.0)
}

/// Baselines of a label of `count` lines on an item whose row is centred on `y`: beside a
/// point, centred on it; above a bar, clear of it.
fn baselines(y: f64, count: usize, range: bool) -> Vec<f64> {
    match (count, range) {
        (0, _) => Vec::new(),
        (1, _) => vec![y + 4.0],
        (_, false) => vec![y - 2.0, y - 2.0 + LINE],
        (_, true) => vec![y + BAR.0 - 16.0, y + BAR.0 - 16.0 + LINE],
    }
}

/// Records that fit nowhere: record, start and end year.
pub type Overflow = Vec<(RecordRef, f64, f64)>;

/// Packs a lane's entries (record, start, end, is a span) into at most [`MAX_ROWS`] rows
/// starting at `top`, no box passing `limit` px. Returns the items, the overflow and the
/// number of rows used.
pub fn pack(
    entries: &[(RecordRef, f64, f64, bool)],
    scale: &Linear,
    lang: Lang,
    top: f64,
    limit: f64,
) -> (Vec<ItemMark>, Overflow, usize) {
    let mut row_ends: Vec<f64> = Vec::new();
    let mut items = Vec::new();
    let mut overflow = Vec::new();
    for &(record, a, b, range) in entries {
        let x0 = scale.apply(a).max(scale.range.0);
        let x1 = if range {
            scale.apply(b).min(scale.range.1).max(x0 + 2.0 * POINT_R)
        } else {
            x0
        };
        let label_x = if range { x0 + 2.0 } else { x0 + POINT_R + 4.0 };
        let (mark_start, mark_end) = if range {
            (x0, x1)
        } else {
            (x0 - POINT_R, x0 + POINT_R)
        };
        // A label starts right of its mark's start and may run to the frame's edge, so the
        // row depends on the mark alone: the first row that has room for it.
        let row = (0..MAX_ROWS).find(|&row| {
            let end = row_ends.get(row).copied().unwrap_or(f64::NEG_INFINITY);
            end + GAP <= mark_start && mark_end <= limit
        });
        let Some(row) = row else {
            overflow.push((record, a, b));
            continue;
        };
        let title = format::title(record, lang);
        let (lines, w) = label_for(&title, |w| label_x + w <= limit);
        let span = (
            mark_start,
            mark_end.max(if lines.is_empty() { 0.0 } else { label_x + w }),
        );
        if row >= row_ends.len() {
            row_ends.resize(row + 1, f64::NEG_INFINITY);
        }
        row_ends[row] = span.1;
        let y = top + row as f64 * ROW + ROW / 2.0;
        let date = record
            .date()
            .map(|d| format::date(d, lang))
            .unwrap_or_default();
        let label = baselines(y, lines.len(), range)
            .into_iter()
            .zip(lines)
            .map(|(y, text)| Line { y, text })
            .collect();
        items.push(ItemMark {
            record,
            x0,
            x1,
            y,
            range,
            label,
            label_x,
            label_w: w,
            text: format!("{date}: {title}"),
        });
    }
    (items, overflow, row_ends.len())
}

/// Overflowing items gather into count badges at height `y`; badges never overlap and
/// never pass `limit` px (a badge that would is merged into the one before it).
pub fn gather(
    overflow: &Overflow,
    scale: &Linear,
    y: f64,
    limit: f64,
    lang: Lang,
) -> Vec<AggregateMark> {
    let mut groups: Vec<Vec<(RecordRef, f64, f64)>> = Vec::new();
    let mut group_start = f64::NEG_INFINITY;
    for &(r, a, b) in overflow {
        let x = scale.apply(a);
        match groups.last_mut() {
            Some(g) if x - group_start <= badge_w(g.len() + 1) + GAP => g.push((r, a, b)),
            _ => {
                groups.push(vec![(r, a, b)]);
                group_start = x;
            }
        }
    }
    let mut out: Vec<AggregateMark> = Vec::new();
    for group in groups {
        let from = group.iter().map(|g| g.1).fold(f64::INFINITY, f64::min);
        let to = group.iter().map(|g| g.2).fold(f64::NEG_INFINITY, f64::max);
        let records: Vec<RecordRef> = group.iter().map(|g| g.0).collect();
        let w = badge_w(records.len());
        let mut x = scale.apply(from).max(scale.range.0) + w / 2.0 - POINT_R;
        if let Some(prev) = out.last() {
            x = x.max(prev.x + prev.w / 2.0 + GAP + w / 2.0);
        }
        match out.last_mut() {
            Some(prev) if x + w / 2.0 > limit => {
                prev.records.extend(records);
                prev.years = (prev.years.0.min(from), prev.years.1.max(to));
                *prev = badge(
                    prev.x - prev.w / 2.0,
                    y,
                    prev.records.clone(),
                    prev.years,
                    lang,
                );
            }
            _ => out.push(badge(x - w / 2.0, y, records, (from, to), lang)),
        }
    }
    out
}

/// Width of a badge counting `n`, px.
fn badge_w(n: usize) -> f64 {
    let digits = format::fixed(n as f64, 0).len() as f64;
    (14.0 + 7.0 * (digits + 1.0)).max(28.0)
}

/// A badge starting at `x0`.
fn badge(x0: f64, y: f64, records: Vec<RecordRef>, years: (f64, f64), lang: Lang) -> AggregateMark {
    let w = badge_w(records.len());
    AggregateMark {
        x: x0 + w / 2.0,
        y,
        w,
        text: format!("+{}", records.len()),
        aria: format::counted(records.len(), Noun::MoreRecords, lang),
        records,
        years,
    }
}
