//! Douglas–Peucker line simplification on projected points.

/// Indices of the points of `line` to keep so that no dropped point lies farther than
/// `tolerance` from the simplified line. The first and last points are always kept, so
/// arcs shared by two countries stay joined after simplification.
pub fn simplify_indices(line: &[(f64, f64)], tolerance: f64) -> Vec<usize> {
    if line.len() <= 2 {
        return (0..line.len()).collect();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let mut farthest = None;
        let mut max_distance = tolerance;
        for i in first + 1..last {
            let d = distance_to_segment(line[i], line[first], line[last]);
            if d > max_distance {
                max_distance = d;
                farthest = Some(i);
            }
        }
        if let Some(i) = farthest {
            keep[i] = true;
            stack.push((first, i));
            stack.push((i, last));
        }
    }
    keep.iter()
        .enumerate()
        .filter_map(|(i, k)| k.then_some(i))
        .collect()
}

fn distance_to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let length2 = dx * dx + dy * dy;
    if length2 == 0.0 {
        return ((p.0 - a.0).powi(2) + (p.1 - a.1).powi(2)).sqrt();
    }
    // Constant bounds cannot panic, and this runs at build time only.
    #[allow(clippy::disallowed_methods)]
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / length2).clamp(0.0, 1.0);
    ((p.0 - a.0 - t * dx).powi(2) + (p.1 - a.1 - t * dy).powi(2)).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_straight_line_keeps_only_its_ends() {
        let line: Vec<_> = (0..10)
            .map(|i| (f64::from(i), 2.0 * f64::from(i)))
            .collect();
        assert_eq!(simplify_indices(&line, 0.1), vec![0, 9]);
    }

    #[test]
    fn a_corner_farther_than_the_tolerance_is_kept() {
        let line = [(0.0, 0.0), (5.0, 0.2), (10.0, 0.0), (10.0, 10.0)];
        assert_eq!(simplify_indices(&line, 0.5), vec![0, 2, 3]);
        assert_eq!(simplify_indices(&line, 0.1), vec![0, 1, 2, 3]);
    }

    #[test]
    fn closed_rings_keep_their_shared_endpoint() {
        let ring = [
            (0.0, 0.0),
            (10.0, 0.0),
            (10.0, 10.0),
            (0.0, 10.0),
            (0.0, 0.0),
        ];
        let kept = simplify_indices(&ring, 1.0);
        assert_eq!(kept.first(), Some(&0));
        assert_eq!(kept.last(), Some(&4));
        assert!(kept.len() >= 4);
    }
}
