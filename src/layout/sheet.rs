//! Where the detail sheet opens: beside the mark that opened it on wide layouts (a side
//! sheet, on the side with room, inside the part of the page in view), under it on narrow
//! ones (a bottom sheet the width of the view, which the page then scrolls into view).
//! Pure: the component measures, this decides.

use crate::layout::text::Rect;

/// Width of the widget's body from which the sheet opens beside the mark, px.
pub const WIDE: f64 = 600.0;
/// Width of a side sheet, px (at most half the body).
pub const SIDE_W: f64 = 360.0;
/// Space between the mark and the sheet, and between the sheet and the edge of the view, px.
pub const GAP: f64 = 10.0;
/// A mark bigger than this (a country's outline, a table row) is not a place to open
/// beside: the sheet opens beside the point that was clicked or the middle instead, px.
pub const BIG: f64 = 80.0;

/// Where the sheet goes, in the body's coordinates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placement {
    /// Left edge, px.
    pub left: f64,
    /// Top edge, px.
    pub top: f64,
    /// Width, px.
    pub width: f64,
    /// True for a bottom sheet (narrow layouts).
    pub bottom: bool,
}

/// A mark wider than this (a table row) is not a place to open beside either: the sheet
/// opens beside the part that was clicked (its button), px.
pub const WIDE_MARK: f64 = 400.0;

/// The part of a mark's box to open beside: the box itself; for a very wide one (a table
/// row) the part clicked (`part`, say its button); for a big one (a country) the point
/// clicked inside it (`pointer`), else its middle.
pub fn anchor_of(mark: Rect, part: Option<Rect>, pointer: Option<(f64, f64)>) -> Rect {
    let (w, h) = (mark.x1 - mark.x0, mark.y1 - mark.y0);
    if w > WIDE_MARK {
        if let Some(p) = part.filter(|p| p.x1 - p.x0 <= WIDE_MARK && p.y1 - p.y0 <= 2.0 * BIG) {
            return p;
        }
    }
    if w <= BIG && h <= BIG || w <= WIDE_MARK && h <= BIG / 2.0 {
        return mark;
    }
    let inside =
        |p: &(f64, f64)| p.0 >= mark.x0 && p.0 <= mark.x1 && p.1 >= mark.y0 && p.1 <= mark.y1;
    let (x, y) = pointer
        .filter(inside)
        .unwrap_or(((mark.x0 + mark.x1) / 2.0, (mark.y0 + mark.y1) / 2.0));
    Rect {
        x0: x - 4.0,
        y0: y - 4.0,
        x1: x + 4.0,
        y1: y + 4.0,
    }
}

/// Places a sheet `height` px tall in a body `body_w` px wide, beside or under `anchor`
/// (the opening mark's box; `None` when the sheet opened from a link), with `view` the part
/// of the page in view (top and bottom), all in the body's coordinates.
pub fn place(anchor: Option<Rect>, body_w: f64, view: (f64, f64), height: f64) -> Placement {
    let in_view_top = (view.0 + GAP).max(0.0);
    if body_w < WIDE {
        return Placement {
            left: 0.0,
            top: anchor.map_or(in_view_top, |a| a.y1 + GAP),
            width: body_w,
            bottom: true,
        };
    }
    let width = SIDE_W.min(body_w / 2.0);
    let Some(a) = anchor else {
        return Placement {
            left: body_w - width,
            top: in_view_top,
            width,
            bottom: false,
        };
    };
    let left = if a.x1 + GAP + width <= body_w {
        a.x1 + GAP
    } else if a.x0 - GAP - width >= 0.0 {
        a.x0 - GAP - width
    } else if (a.x0 + a.x1) / 2.0 < body_w / 2.0 {
        body_w - width
    } else {
        0.0
    };
    // Level with the mark, moved up as far as it takes to be wholly in view, but never
    // above the view or the widget's body (it would cover the host page): what still does
    // not fit is scrolled into view (see `scroll_needed`).
    let top = (a.y0 - GAP)
        .min(view.1 - GAP - height)
        .max((view.0 + GAP).max(0.0));
    Placement {
        left,
        top,
        width,
        bottom: false,
    }
}

/// How far the page must scroll down for a sheet placed at `p`, `height` px tall, to be
/// wholly in `view` (what `scrollIntoView({block: "nearest"})` then does), px.
pub fn scroll_needed(p: Placement, height: f64, view: (f64, f64)) -> f64 {
    (p.top + height + GAP - view.1).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(x: f64, y: f64) -> Rect {
        Rect {
            x0: x - 5.0,
            y0: y - 5.0,
            x1: x + 5.0,
            y1: y + 5.0,
        }
    }

    fn sheet(p: Placement, height: f64) -> Rect {
        Rect {
            x0: p.left,
            y0: p.top,
            x1: p.left + p.width,
            y1: p.top + height,
        }
    }

    /// The view after the page scrolled the sheet into view.
    fn scrolled(p: Placement, height: f64, view: (f64, f64)) -> (f64, f64) {
        let by = scroll_needed(p, height, view);
        (view.0 + by, view.1 + by)
    }

    #[test]
    fn a_side_sheet_opens_beside_the_mark_and_both_end_in_view() {
        // The widget's body 700 px wide; the part of it in view: 300..1100, or -200..600
        // (the body starts 200 px down the screen).
        for view in [(300.0, 1100.0), (-200.0, 600.0)] {
            for (x, y) in [
                (150.0, 500.0),
                (650.0, 400.0),
                (400.0, 580.0),
                (360.0, 310.0),
            ] {
                let m = mark(x, y);
                let p = place(Some(m), 700.0, view, 500.0);
                let s = sheet(p, 500.0);
                let now = scrolled(p, 500.0, view);
                assert!(!p.bottom);
                assert!(!s.overlaps(&m), "{x},{y}: {p:?}");
                assert!(s.x0 >= 0.0 && s.x1 <= 700.0, "{p:?}");
                assert!(s.y0 >= now.0 && s.y1 <= now.1, "{x},{y} {view:?}: {p:?}");
                assert!(m.y0 >= now.0 && m.y1 <= now.1, "the mark stays in view");
                assert!(s.y0 >= 0.0, "never above the body");
            }
        }
        // Level with the mark when there is room.
        let p = place(Some(mark(100.0, 600.0)), 700.0, (300.0, 1100.0), 300.0);
        assert_eq!((p.left, p.top), (115.0, 585.0));
        assert_eq!(scroll_needed(p, 300.0, (300.0, 1100.0)), 0.0);
    }

    #[test]
    fn a_sheet_near_the_bottom_of_the_view_moves_up_rather_than_out() {
        let p = place(Some(mark(100.0, 750.0)), 1200.0, (0.0, 800.0), 400.0);
        assert_eq!(p.top, 390.0);
        assert_eq!(scroll_needed(p, 400.0, (0.0, 800.0)), 0.0);
    }

    #[test]
    fn a_bottom_sheet_opens_under_the_mark_across_the_view() {
        let m = mark(200.0, 500.0);
        let p = place(Some(m), 351.0, (0.0, 667.0), 400.0);
        assert!(p.bottom);
        assert_eq!((p.left, p.width), (0.0, 351.0));
        assert_eq!(p.top, m.y1 + GAP);
        assert!(!sheet(p, 400.0).overlaps(&m));
        // The page scrolls it into view, and the mark stays in view above it.
        let now = scrolled(p, 400.0, (0.0, 667.0));
        assert!(p.top + 400.0 <= now.1 && m.y0 >= now.0, "{now:?}");
    }

    #[test]
    fn a_sheet_opened_from_a_link_sits_at_the_top_of_what_is_in_view() {
        let p = place(None, 1000.0, (-200.0, 600.0), 400.0);
        assert_eq!((p.left, p.top, p.width), (640.0, 0.0, 360.0));
        assert_eq!(place(None, 360.0, (120.0, 700.0), 400.0).top, 130.0);
    }

    #[test]
    fn a_big_mark_opens_the_sheet_beside_the_point_clicked() {
        let russia = Rect {
            x0: 300.0,
            y0: 100.0,
            x1: 900.0,
            y1: 400.0,
        };
        assert_eq!(anchor_of(russia, None, Some((350.0, 150.0))).x0, 346.0);
        assert_eq!(anchor_of(russia, None, None).x0, 596.0);
        assert_eq!(
            anchor_of(russia, None, Some((10.0, 10.0))).x0,
            596.0,
            "a point outside"
        );
        assert_eq!(anchor_of(mark(5.0, 5.0), None, None), mark(5.0, 5.0));
        // A bar with its label: the whole of it, so the sheet covers neither.
        let bar = Rect {
            x0: 100.0,
            y0: 40.0,
            x1: 330.0,
            y1: 70.0,
        };
        assert_eq!(anchor_of(bar, None, Some((200.0, 65.0))), bar);
        // A table row: the button that was clicked in it.
        let row = Rect {
            x0: 0.0,
            y0: 300.0,
            x1: 900.0,
            y1: 340.0,
        };
        let button = Rect {
            x0: 200.0,
            y0: 305.0,
            x1: 420.0,
            y1: 335.0,
        };
        assert_eq!(anchor_of(row, Some(button), None), button);
        let tall_row = Rect { y1: 420.0, ..row };
        assert_eq!(anchor_of(tall_row, Some(button), None), button);
    }
}
