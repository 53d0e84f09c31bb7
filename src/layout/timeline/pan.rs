//! A pan of the timeline without a new layout (issue 16): while the reader pans, the marks
//! laid out for an earlier window ride along, shifted by the pixels between that window and
//! the one shown; when the pan rests they are laid out again. These rules decide when the
//! earlier layout may still be shown, and how far it moves.

use super::plot_scale;
use crate::viewport::TimeWindow;

/// Two spans this close (years) are the same zoom: a pan's windows are rounded to
/// `viewport::YEAR_DECIMALS`, so their spans differ by a few ten-thousandths.
const SAME_SPAN: f64 = 1e-3;

/// Pixels the marks laid out for `laid` move to stand where `now` puts them, at `width`
/// (positive: to the right). Meaningful when the two spans are the same ([`is_pan`]).
pub fn pan_shift(laid: TimeWindow, now: TimeWindow, width: f64) -> f64 {
    (laid.from - now.from) * plot_scale(laid, width).ratio()
}

/// Whether `now` shows the layout made for `laid` moved sideways: the same span (a zoom
/// lays out at once), and a shift smaller than the plot (past it nothing laid out would
/// still be seen, so it lays out at once too).
pub fn is_pan(laid: TimeWindow, now: TimeWindow, width: f64) -> bool {
    let plot = plot_scale(laid, width).range;
    (laid.span() - now.span()).abs() < SAME_SPAN
        && pan_shift(laid, now, width).abs() < plot.1 - plot.0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(from: f64, to: f64) -> TimeWindow {
        TimeWindow { from, to }
    }

    #[test]
    fn a_shift_moves_a_year_as_far_as_the_scale_does() {
        let (laid, now) = (w(2015.0, 2024.0), w(2015.9, 2024.9));
        let scale = plot_scale(laid, 800.0);
        let dx = pan_shift(laid, now, 800.0);
        // A year drawn where `laid` put it, moved by dx, stands where `now` puts it.
        let year = 2020.0;
        let expected = plot_scale(now, 800.0).apply(year);
        assert!((scale.apply(year) + dx - expected).abs() < 1e-9, "{dx}");
        assert!(dx < 0.0, "panning to later years moves marks left: {dx}");
        assert_eq!(pan_shift(laid, laid, 800.0), 0.0);
    }

    #[test]
    fn a_pan_keeps_the_span_and_stays_within_the_plot() {
        let laid = w(2015.0, 2024.0);
        assert!(is_pan(laid, laid, 800.0));
        assert!(is_pan(laid, laid.pan(0.9), 800.0));
        assert!(is_pan(laid, laid.pan(-0.9), 320.0));
        // Rounding of a pan's ends is still a pan.
        assert!(is_pan(laid, w(2015.00004, 2024.00009), 800.0));
        // A zoom is not.
        assert!(!is_pan(laid, laid.zoom_at(1.5, 2019.5), 800.0));
        // Nor a shift as wide as the window: nothing laid out would be seen.
        assert!(!is_pan(laid, w(2024.0, 2033.0), 800.0));
    }
}
