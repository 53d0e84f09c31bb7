//! The small symbols of the map and its legend, as constant paths of unit size centred on
//! the origin. A mark draws `glyph.path()` scaled to its size (`transform="scale(5.5)"`, with
//! `vector-effect: non-scaling-stroke` so outlines keep their width): no path text is built
//! or parsed per mark.

/// A symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Glyph {
    /// A square, 1.7 wide: diplomatic posts.
    Square,
    /// A triangle pointing down, as polling stations are drawn on election maps: services.
    Down,
    /// A five-pointed star: home (Bishkek).
    Star,
}

impl Glyph {
    /// Every glyph.
    pub const ALL: [Glyph; 3] = [Glyph::Square, Glyph::Down, Glyph::Star];

    /// The SVG path, unit size, centred on the origin.
    pub const fn path(self) -> &'static str {
        match self {
            Glyph::Square => "M-.85-.85H.85V.85H-.85Z",
            Glyph::Down => "M0 1L1-.75H-1Z",
            Glyph::Star => "M0-1L.24-.33H.95L.38 .1L.59 .81L0 .4L-.59 .81L-.38 .1L-.95-.33H-.24Z",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers in a path, read the way SVG reads them ("-.85-.85" is two numbers).
    fn numbers(path: &str) -> Vec<f64> {
        let mut out = Vec::new();
        let mut current = String::new();
        for c in path.chars() {
            let starts_new = c == '-' || (c == '.' && current.contains('.'));
            if c.is_ascii_digit() || c == '.' || c == '-' {
                if starts_new && !current.is_empty() {
                    out.push(current.parse().expect("a number"));
                    current.clear();
                }
                current.push(c);
            } else if !current.is_empty() {
                out.push(current.parse().expect("a number"));
                current.clear();
            }
        }
        if !current.is_empty() {
            out.push(current.parse().expect("a number"));
        }
        out
    }

    #[test]
    fn every_glyph_is_a_closed_path_of_unit_size() {
        for g in Glyph::ALL {
            let p = g.path();
            assert!(p.starts_with('M') && p.ends_with('Z'), "{g:?}");
            let n = numbers(p);
            assert!(!n.is_empty(), "{g:?}");
            assert!(n.iter().all(|v| v.abs() <= 2.2), "{g:?}: {n:?}");
            assert!(n.iter().any(|v| v.abs() >= 0.4), "{g:?} is not a speck");
        }
    }

    #[test]
    fn post_shapes_have_distinct_glyphs() {
        use crate::layout::map::PostShape;
        let glyphs: Vec<_> = PostShape::ALL.iter().map(|s| s.glyph()).collect();
        for (i, a) in glyphs.iter().enumerate() {
            assert!(!glyphs[i + 1..].contains(a), "{a:?} twice");
        }
    }
}
