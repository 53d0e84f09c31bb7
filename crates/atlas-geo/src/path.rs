//! SVG path text for projected rings: integer coordinates and relative commands,
//! the form that gzips best (measured: about 40 % smaller than absolute decimals).

use std::fmt::Write;

/// Appends one closed ring as `M x y l dx dy … z`, rounding to whole map units and
/// dropping points that round onto their predecessor. Returns false (and appends
/// nothing) when fewer than three distinct points remain.
pub fn encode_ring(out: &mut String, ring: &[(f64, f64)], unit: f64) -> bool {
    let mut points: Vec<(i64, i64)> = Vec::with_capacity(ring.len());
    for &(x, y) in ring {
        let p = ((x / unit).round() as i64, (y / unit).round() as i64);
        if points.last() != Some(&p) {
            points.push(p);
        }
    }
    while points.len() > 1 && points.first() == points.last() {
        points.pop();
    }
    if points.len() < 3 {
        return false;
    }
    let (x0, y0) = points[0];
    let _ = write!(out, "M{x0} {y0}l");
    let mut previous = points[0];
    for (i, &(x, y)) in points.iter().enumerate().skip(1) {
        let (dx, dy) = (x - previous.0, y - previous.1);
        if i > 1 && dx >= 0 {
            out.push(' ');
        }
        let _ = write!(out, "{dx}");
        if dy >= 0 {
            out.push(' ');
        }
        let _ = write!(out, "{dy}");
        previous = (x, y);
    }
    out.push('z');
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_becomes_relative_integer_commands() {
        let mut s = String::new();
        assert!(encode_ring(
            &mut s,
            &[
                (0.2, 0.0),
                (10.0, 0.4),
                (10.0, 10.0),
                (0.0, 10.0),
                (0.0, 0.0)
            ],
            1.0
        ));
        assert_eq!(s, "M0 0l10 0 0 10-10 0z");
    }

    #[test]
    fn a_ring_that_rounds_to_a_dot_is_dropped() {
        let mut s = String::new();
        assert!(!encode_ring(
            &mut s,
            &[(0.1, 0.1), (0.2, 0.3), (0.3, 0.1)],
            1.0
        ));
        assert!(s.is_empty());
    }

    #[test]
    fn half_units_are_kept_when_the_unit_is_half() {
        let mut s = String::new();
        assert!(encode_ring(
            &mut s,
            &[(0.0, 0.0), (1.5, 0.0), (1.5, 1.5)],
            0.5
        ));
        assert_eq!(s, "M0 0l3 0 0 3z");
    }
}
