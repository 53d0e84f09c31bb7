//! The overview strip under the timeline: records per year over the whole span of the
//! data, the window shown, the brushed years, and decade labels.

use super::{density, extent, FONT};
use crate::format;
use crate::layout::text::{self, Rect};
use crate::record::RecordRef;
use crate::scale::Linear;
use crate::time::MonthRange;
use crate::viewport::TimeWindow;

/// Height of the strip, px.
pub const OVERVIEW_H: f64 = 40.0;
/// Bottom of the bars, px.
const FLOOR: f64 = 28.0;

/// Everything the strip draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Overview {
    /// The whole span's scale (years → px).
    pub scale: Linear,
    /// One bar per year with records, as tall as the square root of their number.
    pub bins: Vec<Rect>,
    /// The window the timeline shows.
    pub window: Rect,
    /// The brushed years (the years filter), if any.
    pub brush: Option<Rect>,
    /// Decade labels: centre x and text.
    pub labels: Vec<(f64, String)>,
}

/// The strip for `records` at `width` px, its scale starting at `left`.
pub fn overview(
    records: &[RecordRef],
    left: f64,
    width: f64,
    window: TimeWindow,
    time: Option<MonthRange>,
) -> Overview {
    let span = extent();
    let scale = Linear::new(span, (left + 6.0, width - 8.0));
    let bins = density(records, (span.0 as u16, (span.1 as u16).saturating_sub(1)));
    let max = bins.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
    let bar_w = (scale.ratio().max(1.5) - 0.5).max(1.0);
    let bins = bins
        .iter()
        .filter(|b| b.1 > 0)
        .map(|&(year, n)| {
            let x = scale.apply(f64::from(year));
            let h = 4.0 + 20.0 * (n as f64 / max).sqrt();
            Rect {
                x0: x,
                y0: FLOOR - h,
                x1: x + bar_w,
                y1: FLOOR,
            }
        })
        .collect();
    let (a, b) = (scale.apply(window.from), scale.apply(window.to));
    let labels = (0..5)
        .map(|i| ((span.0 / 10.0).ceil() + f64::from(i)) * 10.0)
        .filter(|&y| y <= span.1)
        .map(|y| (scale.apply(y), format::fixed(y, 0)))
        // Labels are centred on their year: keep those whose text stays in the strip.
        .filter(|(x, t)| {
            let half = text::width(t, FONT - 1.0, false) / 2.0;
            x - half >= 0.0 && x + half <= width
        })
        .collect();
    Overview {
        scale,
        bins,
        window: Rect {
            x0: a,
            y0: 1.0,
            x1: a + (b - a).max(2.0),
            y1: FLOOR,
        },
        brush: band(time, &scale, 2.0, 26.0),
        labels,
    }
}

/// The band of the brushed years on a time scale, from `top`, `height` px tall; `None`
/// when there is no range or it lies outside the scale.
pub fn band(time: Option<MonthRange>, scale: &Linear, top: f64, height: f64) -> Option<Rect> {
    let r = time?;
    let (a, b) = (
        scale.apply(r.from_year()).max(scale.range.0),
        scale.apply(r.to_year()).min(scale.range.1),
    );
    (b > a).then_some(Rect {
        x0: a,
        y0: top,
        x1: b,
        y1: top + height,
    })
}
