//! Zoom and pan of the timeline (a window of years) and of the map (a zoom factor and a
//! centre in map units), with the limits both keep to.

use crate::scale::clamp;
use atlas_geo::{Projection, WORLD_WIDTH};

/// The span of years the timeline shows.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeWindow {
    /// First instant shown (fractional year).
    pub from: f64,
    /// Last instant shown.
    pub to: f64,
}

/// The whole span the timeline can show: the documents speak of 1990s treaties and of
/// plans to 2030.
pub const TIME_LIMITS: (f64, f64) = (1990.0, 2032.0);

/// The narrowest window: half a year, where month ticks appear.
pub const MIN_SPAN: f64 = 0.5;

/// Decimals a window's years are kept to (under an hour; a fifth of a pixel at the
/// narrowest window). The URL writes them all, so a state read back from its own link is
/// the same state, to the bit (issue 13: Back used to land slightly off).
pub const YEAR_DECIMALS: i32 = 4;
/// Decimals of the map's zoom factor.
pub const ZOOM_DECIMALS: i32 = 3;
/// Decimals of the map's centre, in map units (a sixth of a pixel at the deepest zoom).
pub const MAP_DECIMALS: i32 = 2;

/// `v` rounded to `decimals`: the nearest `n / 10^decimals`, computed as that one division,
/// which is also how `query::parse_decimal` reads the written digits back.
pub fn snap(v: f64, decimals: i32) -> f64 {
    let scale = 10f64.powi(decimals);
    (v * scale).round() / scale
}

impl Default for TimeWindow {
    /// The Committee's review period, 2015–2023, where the records are dense (two thirds
    /// of the dated ones; a host test in `layout::timeline` keeps that true).
    fn default() -> Self {
        TimeWindow {
            from: 2015.0,
            to: 2024.0,
        }
    }
}

impl TimeWindow {
    /// The whole span.
    pub const ALL: TimeWindow = TimeWindow {
        from: TIME_LIMITS.0,
        to: TIME_LIMITS.1,
    };

    /// Years shown.
    pub fn span(self) -> f64 {
        self.to - self.from
    }

    /// The window kept inside the limits, at least [`MIN_SPAN`] wide, keeping its centre
    /// where possible, its ends rounded to [`YEAR_DECIMALS`]. Non-finite input gives the
    /// default. Applying it twice changes nothing.
    pub fn clamped(self) -> TimeWindow {
        self.clamped_to(TIME_LIMITS)
    }

    /// [`TimeWindow::clamped`] inside `limits` (whole years within [`TIME_LIMITS`]): the
    /// timeline keeps its window inside the years its records span.
    pub fn clamped_to(self, limits: (f64, f64)) -> TimeWindow {
        if !self.from.is_finite() || !self.to.is_finite() {
            return TimeWindow::default().clamped_to(limits);
        }
        let (a, b) = if self.from <= self.to {
            (self.from, self.to)
        } else {
            (self.to, self.from)
        };
        let (a, b) = if b - a >= MIN_SPAN && a >= limits.0 && b <= limits.1 {
            (a, b)
        } else {
            let span = clamp(b - a, MIN_SPAN, limits.1 - limits.0);
            let centre = (a + b) / 2.0;
            let from = clamp(centre - span / 2.0, limits.0, limits.1 - span);
            (from, from + span)
        };
        // Rounded in whole steps of 10^-YEAR_DECIMALS, where the limits and the narrowest
        // span are whole numbers too, so rounding cannot break them.
        let scale = 10f64.powi(YEAR_DECIMALS);
        let (min, top) = (MIN_SPAN * scale, limits.1 * scale);
        let mut from = (a * scale).round();
        let mut to = (b * scale).round();
        if to - from < min {
            to = from + min;
            if to > top {
                (from, to) = (top - min, top);
            }
        }
        TimeWindow {
            from: from / scale,
            to: to / scale,
        }
    }

    /// Zooms by `factor` (> 1 zooms in) keeping the year `anchor` where it is on screen.
    pub fn zoom_at(self, factor: f64, anchor: f64) -> TimeWindow {
        if factor <= 0.0 || !factor.is_finite() {
            return self;
        }
        TimeWindow {
            from: anchor - (anchor - self.from) / factor,
            to: anchor + (self.to - anchor) / factor,
        }
        .clamped()
    }

    /// Moves the window by `years` (positive: later).
    pub fn pan(self, years: f64) -> TimeWindow {
        let shift = clamp(years, TIME_LIMITS.0 - self.from, TIME_LIMITS.1 - self.to);
        TimeWindow {
            from: self.from + shift,
            to: self.to + shift,
        }
        .clamped()
    }
}

/// The map's zoom and centre.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MapView {
    /// Zoom factor: 1 shows the whole world's width.
    pub k: f64,
    /// Centre, in map units.
    pub x: f64,
    /// Centre, in map units.
    pub y: f64,
}

/// Zoom limits: the whole world, down to a region about the size of the Fergana valley.
pub const ZOOM_LIMITS: (f64, f64) = (1.0, 16.0);

/// The map's height in map units (the world's outline).
pub fn world_height() -> f64 {
    Projection::default().world_height()
}

impl MapView {
    /// The whole world.
    pub fn world() -> MapView {
        MapView {
            k: 1.0,
            x: WORLD_WIDTH / 2.0,
            y: snap(world_height() / 2.0, MAP_DECIMALS),
        }
    }

    /// Kept inside the zoom limits and with its centre on the world, rounded to
    /// [`ZOOM_DECIMALS`] and [`MAP_DECIMALS`]. Non-finite input gives the whole world.
    /// Applying it twice changes nothing.
    pub fn clamped(self) -> MapView {
        if !self.k.is_finite() || !self.x.is_finite() || !self.y.is_finite() {
            return MapView::world();
        }
        // Limits on the same grid as the values (the world's height is not a round number),
        // so rounding after clamping, or clamping after rounding, gives one answer.
        let bottom = (world_height() * 10f64.powi(MAP_DECIMALS)).floor() / 10f64.powi(MAP_DECIMALS);
        MapView {
            k: clamp(snap(self.k, ZOOM_DECIMALS), ZOOM_LIMITS.0, ZOOM_LIMITS.1),
            x: clamp(snap(self.x, MAP_DECIMALS), 0.0, WORLD_WIDTH),
            y: clamp(snap(self.y, MAP_DECIMALS), 0.0, bottom),
        }
    }

    /// Zooms by `factor` keeping the map point `anchor` where it is on screen.
    pub fn zoom_at(self, factor: f64, anchor: (f64, f64)) -> MapView {
        if factor <= 0.0 || !factor.is_finite() {
            return self;
        }
        let k = clamp(self.k * factor, ZOOM_LIMITS.0, ZOOM_LIMITS.1);
        let f = k / self.k;
        MapView {
            k,
            x: anchor.0 + (self.x - anchor.0) / f,
            y: anchor.1 + (self.y - anchor.1) / f,
        }
        .clamped()
    }

    /// Moves the centre by `(dx, dy)` map units.
    pub fn pan(self, dx: f64, dy: f64) -> MapView {
        MapView {
            x: self.x + dx,
            y: self.y + dy,
            ..self
        }
        .clamped()
    }

    /// The SVG `viewBox` (x, y, width, height) for a viewport of `width × height` pixels:
    /// at `k = 1` the world's width fills the viewport's width.
    pub fn view_box(self, width: f64, height: f64) -> (f64, f64, f64, f64) {
        let units_per_px = WORLD_WIDTH / (self.k * width.max(1.0));
        let (w, h) = (width * units_per_px, height * units_per_px);
        (self.x - w / 2.0, self.y - h / 2.0, w, h)
    }

    /// The map point under the pixel `(px, py)` of a `width × height` viewport.
    pub fn to_map(self, px: f64, py: f64, width: f64, height: f64) -> (f64, f64) {
        let (x, y, w, h) = self.view_box(width, height);
        (x + px / width.max(1.0) * w, y + py / height.max(1.0) * h)
    }

    /// The pixel of a `width × height` viewport where the map point `at` is: the inverse
    /// of [`MapView::to_map`].
    pub fn to_px(self, at: (f64, f64), width: f64, height: f64) -> (f64, f64) {
        let (x, y, w, h) = self.view_box(width, height);
        (
            (at.0 - x) / w * width.max(1.0),
            (at.1 - y) / h * height.max(1.0),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EURASIA: MapView = MapView {
        k: 2.6,
        x: 600.0,
        y: 100.0,
    };

    #[test]
    fn zooming_keeps_the_anchor_year_in_place() {
        let w = TimeWindow {
            from: 2000.0,
            to: 2020.0,
        };
        let z = w.zoom_at(2.0, 2015.0);
        let before = (2015.0 - w.from) / w.span();
        let after = (2015.0 - z.from) / z.span();
        assert!((before - after).abs() < 1e-9);
        assert!((z.span() - 10.0).abs() < 1e-9);
    }

    #[test]
    fn the_window_stays_inside_its_limits() {
        let w = TimeWindow {
            from: 1900.0,
            to: 2100.0,
        }
        .clamped();
        assert_eq!(w, TimeWindow::ALL);
        let narrow = TimeWindow {
            from: 2020.0,
            to: 2020.01,
        }
        .clamped();
        assert!((narrow.span() - MIN_SPAN).abs() < 1e-9);
        assert_eq!(
            TimeWindow {
                from: f64::NAN,
                to: 1.0
            }
            .clamped(),
            TimeWindow::default()
        );
        let panned = TimeWindow::default().pan(100.0);
        assert!(
            (panned.to - TIME_LIMITS.1).abs() < 1e-9
                && (panned.span() - TimeWindow::default().span()).abs() < 1e-9
        );
    }

    #[test]
    fn map_zoom_keeps_the_point_under_the_cursor() {
        let v = EURASIA;
        let (width, height) = (800.0, 480.0);
        let px = (200.0, 100.0);
        let anchor = v.to_map(px.0, px.1, width, height);
        let z = v.zoom_at(2.0, anchor);
        // Within the rounding of the centre (a hundredth of a map unit): far below a pixel.
        let (ax, ay) = z.to_map(px.0, px.1, width, height);
        let px_per_unit = width / z.view_box(width, height).2;
        assert!(
            (ax - anchor.0).abs() * px_per_unit < 0.02,
            "{ax} vs {}",
            anchor.0
        );
        assert!(
            (ay - anchor.1).abs() * px_per_unit < 0.02,
            "{ay} vs {}",
            anchor.1
        );
    }

    #[test]
    fn panning_a_window_outside_the_limits_does_not_panic() {
        let odd = TimeWindow {
            from: 1900.0,
            to: 2100.0,
        };
        assert_eq!(odd.pan(5.0), TimeWindow::ALL);
    }

    #[test]
    fn map_zoom_stops_at_its_limits() {
        let v = EURASIA.zoom_at(1000.0, (500.0, 200.0));
        assert_eq!(v.k, ZOOM_LIMITS.1);
        let v = v.zoom_at(1e-6, (500.0, 200.0));
        assert_eq!(v.k, ZOOM_LIMITS.0);
        assert_eq!(
            MapView {
                k: f64::INFINITY,
                x: 0.0,
                y: 0.0
            }
            .clamped(),
            MapView::world()
        );
    }

    #[test]
    fn at_zoom_one_the_world_fills_the_width() {
        let (_, _, w, _) = MapView::world().view_box(640.0, 400.0);
        assert!((w - WORLD_WIDTH).abs() < 1e-9);
    }

    #[test]
    fn pixels_and_map_points_round_trip() {
        for (px, py) in [(0.0, 0.0), (123.4, 56.7), (800.0, 480.0)] {
            let at = EURASIA.to_map(px, py, 800.0, 480.0);
            let (qx, qy) = EURASIA.to_px(at, 800.0, 480.0);
            assert!((qx - px).abs() < 1e-9 && (qy - py).abs() < 1e-9);
        }
    }
}
