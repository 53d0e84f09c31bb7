//! The small symbols of the map and its legend, as constant paths of unit size centred on
//! the origin. A mark draws `glyph.path()` scaled to its size (`transform="scale(6)"`, with
//! `vector-effect: non-scaling-stroke` so outlines keep their width): no path text is built
//! or parsed per mark.

use crate::layout::map::BadgeShape;
use crate::model::PostKind;

/// A symbol.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Glyph {
    /// A disc of radius 1.
    Circle,
    /// A smaller disc (radius 0.6).
    Ring,
    /// A dot (radius 0.4).
    Dot,
    /// A square, 1.7 wide.
    Square,
    /// A diamond, 2.2 tall.
    Diamond,
    /// A triangle pointing up.
    Triangle,
    /// A triangle pointing down.
    Down,
    /// A plus sign.
    Plus,
    /// A hexagon.
    Hexagon,
}

impl Glyph {
    /// Every glyph.
    pub const ALL: [Glyph; 9] = [
        Glyph::Circle,
        Glyph::Ring,
        Glyph::Dot,
        Glyph::Square,
        Glyph::Diamond,
        Glyph::Triangle,
        Glyph::Down,
        Glyph::Plus,
        Glyph::Hexagon,
    ];

    /// The SVG path, unit size, centred on the origin.
    pub const fn path(self) -> &'static str {
        match self {
            Glyph::Circle => "M-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0Z",
            Glyph::Ring => "M-.6 0a.6 .6 0 1 0 1.2 0a.6 .6 0 1 0-1.2 0Z",
            Glyph::Dot => "M-.4 0a.4 .4 0 1 0 .8 0a.4 .4 0 1 0-.8 0Z",
            Glyph::Square => "M-.85-.85H.85V.85H-.85Z",
            Glyph::Diamond => "M0-1.1L1.1 0L0 1.1L-1.1 0Z",
            Glyph::Triangle => "M0-1L1 .8H-1Z",
            Glyph::Down => "M0 1L1-.8H-1Z",
            Glyph::Plus => "M-.35-1H.35V-.35H1V.35H.35V1H-.35V.35H-1V-.35H-.35Z",
            Glyph::Hexagon => "M-1 0L-.5-.87H.5L1 0L.5 .87H-.5Z",
        }
    }

    /// The marker of a post kind.
    pub const fn of_post(kind: PostKind) -> Glyph {
        match kind {
            PostKind::Embassy => Glyph::Square,
            PostKind::ConsulateGeneral => Glyph::Circle,
            PostKind::Consulate => Glyph::Ring,
            PostKind::ConsularFacility => Glyph::Dot,
            PostKind::EmbassyOffice => Glyph::Triangle,
            PostKind::HonoraryConsul => Glyph::Diamond,
            PostKind::PermanentMission => Glyph::Hexagon,
            PostKind::LabourOffice => Glyph::Plus,
            PostKind::PollingStation => Glyph::Down,
        }
    }

    /// The badge of an instrument's kind.
    pub const fn of_badge(shape: BadgeShape) -> Glyph {
        match shape {
            BadgeShape::Treaty => Glyph::Square,
            BadgeShape::Memorandum => Glyph::Diamond,
            BadgeShape::InterAgency => Glyph::Circle,
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
    fn post_kinds_have_distinct_glyphs() {
        let kinds = PostKind::ALL;
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                assert_ne!(Glyph::of_post(*a), Glyph::of_post(*b), "{a:?} / {b:?}");
            }
        }
    }
}
