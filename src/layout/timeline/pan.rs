//! A pan or a zoom of the timeline without a new layout (issue 16): while the reader moves
//! the window, the marks laid out for an earlier window ride along to where the window shown
//! puts them; when the move rests they are laid out again. These rules decide when the
//! earlier layout may still be shown, and how far each mark moves.

use super::plot_scale;
use crate::viewport::TimeWindow;

/// Two spans this close (years) are the same zoom: a pan's windows are rounded to
/// `viewport::YEAR_DECIMALS`, so their spans differ by a few ten-thousandths.
const SAME_SPAN: f64 = 1e-3;

/// The most a zoom may spread (or gather) the marks laid out before it rests: zoomed out
/// further, most of the plot would show years nothing was laid out for.
const MOST_STRETCH: f64 = 4.0;

/// How the marks laid out for one window stand where another puts them: a lane's marks
/// move `shift` px together (positive: to the right), and a mark laid out at `x` moves
/// [`Ride::own`] more on its own (a zoom spreads or gathers them; a pan moves none).
/// A mark keeps its size and its label: they are laid out again when the move rests.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ride {
    /// Pixels every mark moves.
    pub shift: f64,
    /// How much wider a year is now than when the marks were laid out.
    pub stretch: f64,
    /// The plot's left edge as laid out, px: the point a stretch spreads from.
    pub origin: f64,
}

impl Ride {
    /// Pixels a mark laid out at `x` moves beyond [`Ride::shift`].
    pub fn own(&self, x: f64) -> f64 {
        (x - self.origin) * (self.stretch - 1.0)
    }

    /// Whether marks move on their own (a zoom), not only together (a pan).
    pub fn stretches(&self) -> bool {
        (self.stretch - 1.0).abs() > 1e-9
    }
}

/// How the marks laid out for `laid` ride to where `now` puts them, at `width`.
pub fn ride(laid: TimeWindow, now: TimeWindow, width: f64) -> Ride {
    let was = plot_scale(laid, width);
    // A pan's rounding is no zoom: its marks move together, none on its own.
    let is = if (laid.span() - now.span()).abs() < SAME_SPAN {
        was
    } else {
        plot_scale(now, width)
    };
    Ride {
        shift: (laid.from - now.from) * is.ratio(),
        stretch: is.ratio() / was.ratio(),
        origin: was.range.0,
    }
}

/// Whether `now` may show the layout made for `laid`, moved: the two windows overlap (else
/// nothing laid out would be seen), and a zoom between them spreads or gathers the marks
/// at most [`MOST_STRETCH`] times.
pub fn rides(laid: TimeWindow, now: TimeWindow, width: f64) -> bool {
    let stretch = ride(laid, now, width).stretch;
    laid.from < now.to
        && now.from < laid.to
        && (1.0 / MOST_STRETCH..=MOST_STRETCH).contains(&stretch)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(from: f64, to: f64) -> TimeWindow {
        TimeWindow { from, to }
    }

    /// Where a year laid out for `laid` stands once it rides to `now`.
    fn ridden(laid: TimeWindow, now: TimeWindow, year: f64) -> f64 {
        let x = plot_scale(laid, 800.0).apply(year);
        let r = ride(laid, now, 800.0);
        x + r.shift + r.own(x)
    }

    #[test]
    fn a_pan_moves_every_year_as_far_as_the_scale_does_and_none_on_its_own() {
        let (laid, now) = (w(2015.0, 2024.0), w(2015.9, 2024.9));
        for year in [2015.5, 2020.0, 2024.5] {
            let expected = plot_scale(now, 800.0).apply(year);
            assert!((ridden(laid, now, year) - expected).abs() < 1e-9, "{year}");
        }
        let r = ride(laid, now, 800.0);
        assert!(
            r.shift < 0.0,
            "panning to later years moves marks left: {r:?}"
        );
        assert!(!r.stretches());
        // Rounding of a pan's ends moves no mark on its own.
        assert!(!ride(laid, w(2015.00004, 2024.00009), 800.0).stretches());
        assert_eq!(ride(laid, laid, 800.0).shift, 0.0);
    }

    #[test]
    fn a_zoom_puts_every_year_where_the_new_window_does() {
        let laid = w(2015.0, 2024.0);
        for now in [
            laid.zoom_at(1.5, 2019.5),
            laid.zoom_at(1.0 / 1.5, 2017.0),
            w(2018.0, 2020.0),
        ] {
            assert!(ride(laid, now, 800.0).stretches(), "{now:?}");
            for year in [2014.0, 2016.25, 2019.5, 2023.0] {
                let expected = plot_scale(now, 800.0).apply(year);
                assert!(
                    (ridden(laid, now, year) - expected).abs() < 1e-9,
                    "{now:?} {year}"
                );
            }
        }
    }

    #[test]
    fn the_layout_rides_while_the_windows_overlap_and_the_zoom_is_at_most_fourfold() {
        let laid = w(2015.0, 2024.0);
        assert!(rides(laid, laid, 800.0));
        assert!(rides(laid, laid.pan(8.9), 800.0));
        assert!(rides(laid, laid.pan(-8.9), 320.0));
        assert!(rides(laid, laid.zoom_at(1.5, 2019.5), 800.0));
        assert!(rides(laid, w(2018.0, 2020.25), 800.0), "4 times narrower");
        assert!(rides(laid, w(2001.5, 2037.5), 800.0), "4 times wider");
        // Nothing laid out would be seen.
        assert!(!rides(laid, w(2024.0, 2033.0), 800.0));
        assert!(!rides(laid, w(2006.0, 2015.0), 800.0));
        // Too far in or out: lay out at once.
        assert!(!rides(laid, w(2018.0, 2020.0), 800.0));
        assert!(!rides(laid, w(2000.0, 2040.0), 800.0));
    }
}
