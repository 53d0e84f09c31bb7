//! The citizens layer: each country shaded by its headline figure of Kyrgyz citizens
//! there, in five classes of powers of ten, and marked ≠ where curated sources disagree.

use super::{Legend, LegendKey, MapMarks, Scene, Symbol};
use crate::figures;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};

/// Upper bounds of the citizen classes: under 1,000; under 10,000; under 100,000; under
/// 1,000,000; and 1,000,000 or more. Powers of ten read at a glance and suit figures that
/// span three orders of magnitude.
pub const CLASS_BOUNDS: [f64; 4] = [1_000.0, 10_000.0, 100_000.0, 1_000_000.0];

/// Class (0–4) of a number of citizens.
pub fn class_of(value: f64) -> u8 {
    CLASS_BOUNDS.iter().take_while(|&&b| value >= b).count() as u8
}

/// Shades every country that has a headline figure.
pub fn lay_out(_: &Scene, marks: &mut MapMarks) {
    for c in &mut marks.countries {
        c.class = c
            .headline
            .as_ref()
            .and_then(|h| figures::statistic(h.record))
            .map(|s| class_of(s.value));
    }
}

/// The class text: "under 1,000", "1,000–9,999", "1,000,000 or more".
pub fn class_label(class: u8, lang: Lang) -> String {
    let n = |v: f64| format::number(v, lang);
    let i = usize::from(class.min(4));
    match i {
        0 => format!("{} {}", tr(lang, Text::Under), n(CLASS_BOUNDS[0])),
        4 => format!("{} {}", n(CLASS_BOUNDS[3]), tr(lang, Text::AndMore)),
        _ => format!("{}–{}", n(CLASS_BOUNDS[i - 1]), n(CLASS_BOUNDS[i] - 1.0)),
    }
}

/// Five classes with how many countries each holds, "no figure", and the ≠ mark when some
/// shaded country has one.
pub fn legend(marks: &MapMarks, lang: Lang) -> Option<Legend> {
    let shaded: Vec<u8> = marks.countries.iter().filter_map(|c| c.class).collect();
    if shaded.is_empty() {
        return None;
    }
    let mut keys: Vec<LegendKey> = (0..5u8)
        .map(|class| LegendKey {
            symbol: Symbol::Class(class),
            label: class_label(class, lang),
            count: Some(shaded.iter().filter(|&&c| c == class).count()),
        })
        .collect();
    keys.push(LegendKey {
        symbol: Symbol::NoFigure,
        label: tr(lang, Text::NoFigure).to_string(),
        count: None,
    });
    let disputed = marks
        .countries
        .iter()
        .filter(|c| c.class.is_some() && c.headline.as_ref().is_some_and(|h| h.disagree))
        .count();
    if disputed > 0 {
        keys.push(LegendKey {
            symbol: Symbol::Disagree,
            label: tr(lang, Text::SourcesDisagree).to_string(),
            count: Some(disputed),
        });
    }
    Some(Legend {
        total: format::counted(shaded.len(), Noun::Countries, lang),
        keys,
        notes: Vec::new(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_powers_of_ten() {
        assert_eq!(class_of(999.0), 0);
        assert_eq!(class_of(1_000.0), 1);
        assert_eq!(class_of(30_000.0), 2);
        assert_eq!(class_of(1_063_000.0), 4);
        assert_eq!(class_label(1, Lang::En), "1,000–9,999");
    }

    #[test]
    fn the_legend_counts_the_shaded_countries() {
        let m = crate::layout::map::world_at_800();
        let legend = legend(&m, Lang::En).expect("figures are shown");
        let shaded = m.countries.iter().filter(|c| c.class.is_some()).count();
        let counted: usize = legend.keys.iter().take(5).filter_map(|k| k.count).sum();
        assert_eq!(counted, shaded);
        assert!(legend.total.starts_with(&shaded.to_string()));
        assert!(m.countries.iter().all(|c| !c.home || c.class.is_none()));
    }
}
