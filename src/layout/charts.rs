//! The small charts of figures over time under the timeline's lanes, on the same time axis:
//! one per indicator and place with figures for two or more periods in the window. Every
//! coordinate and every text a chart shows is made here; `components::timeline_charts`
//! only draws it.

use crate::dataset;
use crate::figures::{self, statistic};
use crate::format::{self, fixed};
use crate::i18n::Lang;
use crate::layout::text;
use crate::model::Qualifier;
use crate::record::RecordRef;
use crate::scale::Linear;
use crate::viewport::TimeWindow;

/// Height of one chart, px.
pub const CHART_H: f64 = 64.0;
/// Baseline of the values, px from the chart's top.
pub const BASELINE: f64 = CHART_H - 8.0;
/// Closest distance between two value labels' middles, px; a point whose label would come
/// closer to the last one keeps its value in its tooltip only.
pub const LABEL_GAP: f64 = 54.0;
/// The value labels' font size, px (as the style sheet draws them).
const LABEL_PX: f64 = 10.0;

/// One figure on a chart.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPoint {
    /// The figure.
    pub record: RecordRef,
    /// Position, px.
    pub x: f64,
    /// The value's height, px.
    pub y: f64,
    /// The upper bound's height when the figure is a range, px.
    pub y_high: Option<f64>,
    /// The value written above the point ("~137 k"), when there is room for it.
    pub label: Option<String>,
    /// Where the label's middle sits, px: above the point, moved inside the axis when a
    /// point near either end would cut it ("2,76 м" for "2,76 млрд").
    pub label_x: f64,
    /// Where the label's baseline sits, px.
    pub label_y: f64,
    /// What the point says to assistive technology: period, figure and source.
    pub aria: String,
    /// Its tooltip: figure and source.
    pub tip: String,
    /// True when the figure is not exact (over, under, about…): drawn hollow.
    pub approx: bool,
}

/// One chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// Indicator and places.
    pub title: String,
    /// The figures in the window, in time order.
    pub points: Vec<ChartPoint>,
    /// The polyline's `points` attribute.
    pub line: String,
}

/// The charts for `records` (the filtered selection) in `window`, on a time axis running
/// over `range` px.
pub fn charts(
    records: &[RecordRef],
    window: TimeWindow,
    range: (f64, f64),
    lang: Lang,
) -> Vec<Chart> {
    let scale = Linear::new((window.from, window.to), range);
    let inside = |t: f64| t >= window.from && t <= window.to;
    figures::series(records)
        .iter()
        .filter_map(|s| {
            let timed: Vec<(RecordRef, f64)> = s
                .points
                .iter()
                .filter_map(|&r| Some((r, statistic(r)?.period.midpoint()?)))
                .filter(|p| inside(p.1))
                .collect();
            if timed.is_empty() {
                return None;
            }
            // Scaled from zero to the largest figure of the whole series, so that panning
            // the window never rescales a chart.
            let max = s
                .points
                .iter()
                .filter_map(|&r| statistic(r))
                .map(|st| st.value_high.unwrap_or(st.value))
                .fold(0.0, f64::max)
                .max(1.0);
            let y = Linear::new((0.0, max * 1.15), (BASELINE, 16.0));
            let mut last_label = f64::NEG_INFINITY;
            let points: Vec<ChartPoint> = timed
                .iter()
                .filter_map(|&(r, t)| {
                    let st = statistic(r)?;
                    let x = scale.apply(t);
                    let high = st.value_high.filter(|h| *h > st.value).map(|h| y.apply(h));
                    let value =
                        format!("{}{}", sign(st.qualifier), format::compact(st.value, lang));
                    let half = text::width(&value, LABEL_PX, false) / 2.0;
                    let label_x = x.min(range.1 - half).max(range.0 + half);
                    let show = label_x - last_label >= LABEL_GAP;
                    if show {
                        last_label = label_x;
                    }
                    let figure = format::figure(st, lang);
                    let source = st
                        .cite
                        .first()
                        .map(|c| format::citation(c, lang))
                        .unwrap_or_default();
                    Some(ChartPoint {
                        record: r,
                        x,
                        y: y.apply(st.value),
                        y_high: high,
                        label: show.then_some(value),
                        label_x,
                        label_y: high.unwrap_or(y.apply(st.value)) - 6.0,
                        aria: format!("{}: {figure} ({source})", format::period(st.period, lang)),
                        tip: format!("{figure} — {source}"),
                        approx: st.qualifier != Qualifier::Exact,
                    })
                })
                .collect();
            let line = points
                .iter()
                .map(|p| format!("{},{}", fixed(p.x, 1), fixed(p.y, 1)))
                .collect::<Vec<_>>()
                .join(" ");
            let places = s
                .geo
                .iter()
                .map(|g| dataset::place_name(g, lang))
                .collect::<Vec<_>>()
                .join(", ");
            Some(Chart {
                title: format!("{} — {places}", format::indicator(s.indicator, lang)),
                points,
                line,
            })
        })
        .collect()
}

/// The sign written before a value that is not exact.
fn sign(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Over => ">",
        Qualifier::Under => "<",
        Qualifier::UpTo => "≤",
        Qualifier::About => "~",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    #[test]
    fn charts_hold_only_figures_inside_the_window_and_inside_the_axis() {
        let window = TimeWindow {
            from: 2015.0,
            to: 2024.0,
        };
        let charts = charts(&all(), window, (132.0, 692.0), Lang::En);
        assert!(!charts.is_empty());
        for c in &charts {
            assert!(!c.points.is_empty(), "{}", c.title);
            for p in &c.points {
                assert!(p.x >= 132.0 - 1e-9 && p.x <= 692.0 + 1e-9, "{}", c.title);
                assert!(p.y <= BASELINE + 1e-9 && p.y >= 0.0);
                assert!(p.y_high.is_none_or(|h| h < p.y));
                assert!(!p.aria.is_empty() && !p.tip.is_empty());
            }
            assert_eq!(c.line.split(' ').count(), c.points.len());
        }
    }

    #[test]
    fn value_labels_keep_their_distance() {
        let window = TimeWindow {
            from: 1990.0,
            to: 2032.0,
        };
        for c in charts(&all(), window, (0.0, 320.0), Lang::Ru) {
            let xs: Vec<f64> = c
                .points
                .iter()
                .filter(|p| p.label.is_some())
                .map(|p| p.label_x)
                .collect();
            assert!(
                xs.windows(2).all(|w| w[1] - w[0] >= LABEL_GAP),
                "{}",
                c.title
            );
        }
    }

    #[test]
    fn a_window_without_figures_has_no_charts() {
        let window = TimeWindow {
            from: 1990.0,
            to: 1991.0,
        };
        assert!(charts(&all(), window, (0.0, 800.0), Lang::En).is_empty());
    }

    #[test]
    fn value_labels_stay_inside_the_axis_when_their_points_sit_at_its_ends() {
        // Zoomed in, so that figures sit at both ends of the window: a label centred on
        // such a point was cut by the chart's edge.
        for (window, range) in [
            ((2017.5, 2021.5), (8.0, 360.0)),
            ((2019.0, 2022.0), (134.0, 726.0)),
        ] {
            let window = TimeWindow {
                from: window.0,
                to: window.1,
            };
            let mut at_ends = 0;
            for lang in [Lang::En, Lang::Ru, Lang::Ky] {
                for c in charts(&all(), window, range, lang) {
                    for p in c.points.iter() {
                        let Some(label) = &p.label else { continue };
                        let half = text::width(label, LABEL_PX, false) / 2.0;
                        assert!(
                            p.label_x - half >= range.0 - 1e-9
                                && p.label_x + half <= range.1 + 1e-9,
                            "{label} at {} in {}",
                            p.label_x,
                            c.title
                        );
                        if p.x + half > range.1 || p.x - half < range.0 {
                            at_ends += 1;
                        }
                    }
                }
            }
            assert!(
                at_ends > 0,
                "no label near an end in {window:?}: the test would prove nothing"
            );
        }
    }
}
