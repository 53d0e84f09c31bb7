//! The flows layer: an arc from Bishkek to each country with a headline figure, its width
//! growing with the square root of the figure, so areas compare; the legend draws the
//! scale.

use super::{home, names, Legend, LegendKey, MapMarks, Scene, Symbol};
use crate::collections::sort_by;
use crate::dataset;
use crate::figures;
use crate::format::{self, fixed};
use crate::i18n::{Lang, Noun};
use crate::record::RecordRef;
use atlas_geo::Projection;
use std::cmp::Ordering;

/// Stroke width (px) of the widest flow.
pub const MAX_FLOW_PX: f64 = 12.0;
/// Stroke width (px) of a flow for a figure near zero.
pub const MIN_FLOW_PX: f64 = 1.5;

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
    /// Its tooltip and accessible name.
    pub name: names::Named,
}

/// The width (px) of the flow of `value` when the largest is `max`.
pub fn width_of(value: f64, max: f64) -> f64 {
    if max <= 0.0 {
        return MIN_FLOW_PX;
    }
    MIN_FLOW_PX + (MAX_FLOW_PX - MIN_FLOW_PX) * (value / max).max(0.0).sqrt()
}

/// An arc to every country with a headline figure, widest first (narrow arcs are drawn on
/// top and stay clickable).
pub fn lay_out(scene: &Scene, marks: &mut MapMarks) {
    let Some(start) = home() else {
        return;
    };
    let projection = Projection::default();
    let max = scene
        .heads
        .iter()
        .filter_map(|(_, h)| figures::statistic(h.record))
        .map(|s| s.value)
        .fold(0.0, f64::max);
    if max <= 0.0 {
        return;
    }
    let out: Vec<FlowMark> = scene
        .heads
        .iter()
        .filter_map(|(code, h)| {
            let s = figures::statistic(h.record)?;
            let country = dataset::country(code)?;
            let end = match country.capital {
                Some((lon, lat)) => projection.project(lon, lat),
                None => country.anchor,
            };
            let (dx, dy) = (end.0 - start.0, end.1 - start.1);
            if dx.hypot(dy) < 1e-6 {
                return None;
            }
            // Bend every arc to the same side (left of travel), a quarter of its length.
            let (cx, cy) = (
                (start.0 + end.0) / 2.0 + dy * 0.25,
                (start.1 + end.1) / 2.0 - dx * 0.25,
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
                width: width_of(s.value, max),
                record: h.record,
                name: names::flow(code, s, scene.lang),
            })
        })
        .collect();
    let mut order: Vec<usize> = (0..out.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        out[b]
            .width
            .partial_cmp(&out[a].width)
            .unwrap_or(Ordering::Equal)
    });
    marks.flows = order.into_iter().map(|i| out[i].clone()).collect();
    marks.flow_max = max;
}

/// Round figures for the scale: powers of ten up to the largest figure, the three largest.
pub fn scale_values(max: f64) -> Vec<f64> {
    let mut values: Vec<f64> = [1_000.0, 10_000.0, 100_000.0, 1_000_000.0, 10_000_000.0]
        .into_iter()
        .filter(|&v| v <= max)
        .collect();
    if values.len() > 3 {
        values.drain(..values.len() - 3);
    }
    values
}

/// The scale: a line as wide as each round figure, and how many flows there are.
pub fn legend(marks: &MapMarks, lang: Lang) -> Option<Legend> {
    if marks.flows.is_empty() {
        return None;
    }
    let keys = scale_values(marks.flow_max)
        .into_iter()
        .map(|v| LegendKey {
            symbol: Symbol::Flow(width_of(v, marks.flow_max)),
            label: format::number(v, lang),
            count: None,
        })
        .collect();
    Some(Legend {
        total: format::counted(marks.flows.len(), Noun::Countries, lang),
        keys,
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layers::{Layer, Layers};
    use crate::layout::map::layout;
    use crate::viewport::MapView;

    #[test]
    fn flows_start_in_bishkek_and_widen_with_the_figure() {
        let records: Vec<RecordRef> = RecordRef::all().collect();
        let on = Layers::default().with(Layer::Flows, true);
        let m = layout(&records, on, MapView::world(), 800.0, None, Lang::En);
        let (bx, by) = home().expect("Bishkek");
        let start = format!("M{} {}Q", fixed(bx, 1), fixed(by, 1));
        assert!(!m.flows.is_empty());
        for f in &m.flows {
            assert!(f.path.starts_with(&start), "{}", f.path);
            assert!(f.width >= MIN_FLOW_PX && f.width <= MAX_FLOW_PX + 1e-9);
        }
        assert!(m.flows.windows(2).all(|w| w[0].width >= w[1].width));
    }

    #[test]
    fn the_scale_draws_round_figures_at_the_widths_the_map_uses() {
        assert_eq!(scale_values(680_599.0), [1_000.0, 10_000.0, 100_000.0]);
        assert_eq!(
            scale_values(2_000_000.0),
            [10_000.0, 100_000.0, 1_000_000.0]
        );
        assert_eq!(width_of(680_599.0, 680_599.0), MAX_FLOW_PX);
        assert!(width_of(100_000.0, 680_599.0) < width_of(680_599.0, 680_599.0));
    }
}
