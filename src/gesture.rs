//! Pointer gestures (mouse, pen, touch) on a view: one pointer pans, two pinch. Pure, so
//! the map and the timeline share it and the host tests check it.

/// Movement smaller than this many pixels is a click, not a drag.
pub const DRAG_THRESHOLD_PX: f64 = 4.0;

/// The zoom factor for a wheel turn of `delta` (pixels, or lines when `in_lines`): smooth
/// for trackpads, about 10 % a notch for mouse wheels; above 1 zooms in.
pub fn wheel_zoom(delta: f64, in_lines: bool) -> f64 {
    atlas_geo::math::exp(-delta * if in_lines { 0.05 } else { 0.002 })
}

/// What a wheel turn over a zoomable view (map, timeline) does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Wheel {
    /// Zoom by this factor (> 1 zooms in).
    Zoom(f64),
    /// Pan sideways by this many pixels (a sideways swipe on a view that pans sideways).
    Pan(f64),
    /// Leave it to the page: it scrolls. The view says how to zoom.
    Page,
}

/// What a wheel turn of `(dx, dy)` (pixels, or lines when `in_lines`) does: it zooms only
/// with Ctrl or ⌘ held (`modifier`; trackpad pinches arrive so too) or once the reader has
/// clicked inside the view (`engaged`), so a reader scrolling the article past the widget
/// keeps scrolling. A mostly sideways turn pans a view that `pans_sideways` (the
/// timeline); the page rarely scrolls sideways.
pub fn wheel(
    (dx, dy): (f64, f64),
    in_lines: bool,
    modifier: bool,
    engaged: bool,
    pans_sideways: bool,
) -> Wheel {
    if pans_sideways && dx.abs() > dy.abs() {
        return Wheel::Pan(if in_lines { dx * 20.0 } else { dx });
    }
    if modifier || engaged {
        Wheel::Zoom(wheel_zoom(dy, in_lines))
    } else {
        Wheel::Page
    }
}

/// What the pointers did since the gesture began, in client pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Move {
    /// One pointer moved by (dx, dy).
    Pan {
        /// Horizontal movement.
        dx: f64,
        /// Vertical movement.
        dy: f64,
    },
    /// Two pointers: their distance changed by `factor` (> 1: apart), around `centre`
    /// (where they started), and their midpoint moved by `shift`.
    Pinch {
        /// New distance over the starting one.
        factor: f64,
        /// Starting midpoint.
        centre: (f64, f64),
        /// Movement of the midpoint.
        shift: (f64, f64),
    },
}

/// The pointers down on a view and the view they started from (`V`: a map view or a time
/// window), so every move is measured from the start and rounding never accumulates.
#[derive(Clone, Debug)]
pub struct Gesture<V> {
    pointers: Vec<(i32, f64, f64)>,
    start: Vec<(i32, f64, f64)>,
    start_view: Option<V>,
    dragged: bool,
}

impl<V> Default for Gesture<V> {
    fn default() -> Self {
        Gesture {
            pointers: Vec::new(),
            start: Vec::new(),
            start_view: None,
            dragged: false,
        }
    }
}

impl<V: Copy> Gesture<V> {
    /// A pointer went down while `view` was shown.
    pub fn down(&mut self, id: i32, x: f64, y: f64, view: V) {
        self.pointers.retain(|p| p.0 != id);
        self.pointers.push((id, x, y));
        self.start = self.pointers.clone();
        self.start_view = Some(view);
        self.dragged = false;
    }

    /// A pointer moved. Returns the view the gesture started from, the move, and whether
    /// this is the move that turned a press into a drag; `None` while it is still a click.
    pub fn moved(&mut self, id: i32, x: f64, y: f64) -> Option<(V, Move, bool)> {
        let view = self.start_view?;
        let p = self.pointers.iter_mut().find(|p| p.0 == id)?;
        *p = (id, x, y);
        let m = match (self.start.as_slice(), self.pointers.as_slice()) {
            ([a], [b]) => {
                let (dx, dy) = (b.1 - a.1, b.2 - a.2);
                if !self.dragged && dx.hypot(dy) < DRAG_THRESHOLD_PX {
                    return None;
                }
                Move::Pan { dx, dy }
            }
            ([a0, a1], [b0, b1]) => {
                let d0 = (a1.1 - a0.1).hypot(a1.2 - a0.2).max(1.0);
                let d1 = (b1.1 - b0.1).hypot(b1.2 - b0.2).max(1.0);
                let centre = ((a0.1 + a1.1) / 2.0, (a0.2 + a1.2) / 2.0);
                let now = ((b0.1 + b1.1) / 2.0, (b0.2 + b1.2) / 2.0);
                Move::Pinch {
                    factor: d1 / d0,
                    centre,
                    shift: (now.0 - centre.0, now.1 - centre.1),
                }
            }
            _ => return None,
        };
        let first = !self.dragged;
        self.dragged = true;
        Some((view, m, first))
    }

    /// A pointer went up (or was cancelled) while `view` was shown; the others go on from it.
    pub fn up(&mut self, id: i32, view: V) {
        self.pointers.retain(|p| p.0 != id);
        self.start = self.pointers.clone();
        self.start_view = (!self.pointers.is_empty()).then_some(view);
    }

    /// True when the last press became a drag (its click must not select anything).
    pub fn dragged(&self) -> bool {
        self.dragged
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wheeling_down_zooms_out_and_up_zooms_in() {
        assert!(wheel_zoom(100.0, false) < 1.0 && wheel_zoom(-100.0, false) > 1.0);
        assert_eq!(wheel_zoom(0.0, true), 1.0);
        assert!((wheel_zoom(-3.0, true) - wheel_zoom(-75.0, false)).abs() < 1e-12);
    }

    #[test]
    fn the_wheel_scrolls_the_page_unless_ctrl_is_held_or_the_view_was_clicked() {
        // Issue 12: the wheel over the map zoomed the map instead of scrolling the article.
        assert_eq!(wheel((0.0, 100.0), false, false, false, false), Wheel::Page);
        assert_eq!(wheel((0.0, 100.0), false, false, false, true), Wheel::Page);
        assert_eq!(
            wheel((0.0, 100.0), false, true, false, false),
            Wheel::Zoom(wheel_zoom(100.0, false))
        );
        assert_eq!(
            wheel((0.0, -3.0), true, false, true, false),
            Wheel::Zoom(wheel_zoom(-3.0, true))
        );
        assert_eq!(
            wheel((50.0, 10.0), false, false, false, true),
            Wheel::Pan(50.0)
        );
        assert_eq!(wheel((50.0, 10.0), false, false, false, false), Wheel::Page);
    }

    #[test]
    fn a_small_movement_stays_a_click() {
        let mut g = Gesture::default();
        g.down(1, 10.0, 10.0, 0u8);
        assert_eq!(g.moved(1, 12.0, 11.0), None);
        assert!(!g.dragged());
        assert_eq!(
            g.moved(1, 20.0, 10.0),
            Some((0, Move::Pan { dx: 10.0, dy: 0.0 }, true))
        );
        assert_eq!(
            g.moved(1, 21.0, 10.0),
            Some((0, Move::Pan { dx: 11.0, dy: 0.0 }, false))
        );
        assert!(g.dragged());
    }

    #[test]
    fn two_pointers_pinch_around_their_starting_midpoint() {
        let mut g = Gesture::default();
        g.down(1, 0.0, 0.0, 7u8);
        g.down(2, 100.0, 0.0, 7u8);
        let (view, m, _) = g.moved(2, 200.0, 0.0).expect("a pinch");
        assert_eq!(view, 7);
        assert_eq!(
            m,
            Move::Pinch {
                factor: 2.0,
                centre: (50.0, 0.0),
                shift: (50.0, 0.0)
            }
        );
    }

    #[test]
    fn lifting_one_of_two_fingers_pans_from_where_the_view_is_now() {
        let mut g = Gesture::default();
        g.down(1, 0.0, 0.0, 1u8);
        g.down(2, 100.0, 0.0, 1u8);
        g.up(2, 5u8);
        let (view, m, _) = g.moved(1, 0.0, 50.0).expect("a pan");
        assert_eq!((view, m), (5, Move::Pan { dx: 0.0, dy: 50.0 }));
        g.up(1, 5u8);
        assert_eq!(g.moved(1, 0.0, 90.0), None, "no pointer is down");
    }
}
