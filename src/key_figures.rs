//! The headline strip: the few figures a reader wants first (Kyrgyz citizens abroad, the
//! share of migrant workers in Russia, remittances), each with every source that states
//! it and, where the sources differ, every value side by side.
//!
//! Pure selection over `data/statistics.csv` (through the indicators): which figures count
//! is declared once in [`KEY_FIGURES`]; a Committee member's premise is never one of them.

use crate::collections::sort_by;
use crate::dataset;
use crate::disagreements;
use crate::format;
use crate::i18n::{Lang, Text};
use crate::model::{About, Period, Speaker, Statistic};
use crate::record::RecordRef;

/// Which figures of a headline are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Periods {
    /// Every figure, whatever its period (counts and shares the documents give undated).
    All,
    /// The figures for the latest whole year (yearly flows such as remittances; part-year
    /// totals are left to the detail).
    LatestYear,
}

/// One headline: what it shows and where its figures come from.
#[derive(Clone, Copy, Debug)]
pub struct KeyFigureSpec {
    /// Its label.
    pub label: Text,
    /// The indicators whose figures it shows.
    pub indicators: &'static [&'static str],
    /// The place the figures are about (`WLD`: all countries abroad).
    pub geo: &'static str,
    /// Which periods.
    pub periods: Periods,
}

/// The headlines, in the order the strip shows them.
pub const KEY_FIGURES: [KeyFigureSpec; 3] = [
    KeyFigureSpec {
        label: Text::LayerCitizens,
        indicators: &["citizens_abroad", "labour_migrants_abroad"],
        geo: "WLD",
        periods: Periods::All,
    },
    KeyFigureSpec {
        label: Text::KeyShareInRussia,
        indicators: &["labour_migrants_share_by_country"],
        geo: "RUS",
        periods: Periods::All,
    },
    KeyFigureSpec {
        label: Text::KeyRemittances,
        indicators: &["remittances"],
        geo: "WLD",
        periods: Periods::LatestYear,
    },
];

/// One value of a headline and the figures that state it (in `lang` the same text).
#[derive(Clone, Debug, PartialEq)]
pub struct KeyValue {
    /// The value as shown ("over 1 M").
    pub text: String,
    /// The figures stating it, in dataset order.
    pub records: Vec<RecordRef>,
    /// For each figure: what it counts (when the headline mixes indicators), its period
    /// and its document ("labour migrants abroad, February 2022, ADC Memorial …").
    pub sources: Vec<String>,
}

/// What a figure counts, when, and in which document, as the strip shows it.
fn source_line(s: &Statistic, lang: Lang, what: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    if what {
        parts.push(format::indicator(s.indicator, lang).to_string());
    }
    let period = format::period(s.period, lang);
    if !period.is_empty() {
        parts.push(period);
    }
    if let Some(c) = s.cite.first() {
        parts.push(format::source_symbol(c.source, lang).to_string());
    }
    parts.join(", ")
}

/// A headline with its values.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyFigure {
    /// Its label.
    pub label: Text,
    /// Its values, largest first; more than one when the sources differ.
    pub values: Vec<KeyValue>,
    /// The curated disagreements among its figures (ids).
    pub disagreements: Vec<&'static str>,
}

fn candidates(spec: &KeyFigureSpec) -> Vec<RecordRef> {
    let fits = |s: &Statistic| {
        spec.indicators
            .contains(&dataset::indicator(s.indicator).key)
            && s.geo == [spec.geo]
            && s.about == About::CitizensAbroad
            && s.speaker != Speaker::CommitteeMember
    };
    let all: Vec<RecordRef> = RecordRef::all()
        .filter(|r| r.statistic().is_some_and(fits))
        .collect();
    match spec.periods {
        Periods::All => all,
        Periods::LatestYear => {
            let year = |r: &RecordRef| match r.statistic().map(|s| s.period) {
                Some(Period::At(d)) if d.month == 0 => Some(d.year),
                _ => None,
            };
            let latest = all.iter().filter_map(year).max();
            all.into_iter()
                .filter(|r| latest.is_some() && year(r) == latest)
                .collect()
        }
    }
}

/// The headline of `spec` in `lang`: its figures grouped by the value they show.
pub fn key_figure(spec: &KeyFigureSpec, lang: Lang) -> KeyFigure {
    let records = candidates(spec);
    let mut values: Vec<KeyValue> = Vec::new();
    for &r in &records {
        let Some(s) = r.statistic() else { continue };
        let text = format::figure_compact(s, lang);
        let source = source_line(s, lang, spec.indicators.len() > 1);
        match values.iter_mut().find(|v| v.text == text) {
            Some(v) => {
                v.records.push(r);
                v.sources.push(source);
            }
            None => values.push(KeyValue {
                text,
                records: vec![r],
                sources: vec![source],
            }),
        }
    }
    // Largest first (`collections::sort_by` sorts copies: order positions, then move).
    let value_of = |v: &KeyValue| {
        v.records
            .first()
            .and_then(|r| r.statistic())
            .map_or(0.0, |s| s.value)
    };
    let mut order: Vec<usize> = (0..values.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        value_of(&values[b])
            .partial_cmp(&value_of(&values[a]))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let mut slots: Vec<Option<KeyValue>> = values.into_iter().map(Some).collect();
    let values: Vec<KeyValue> = order.iter().filter_map(|&i| slots[i].take()).collect();
    let disagreements = disagreements::all()
        .into_iter()
        .filter(|d| d.between(&records))
        .map(|d| d.id)
        .collect();
    KeyFigure {
        label: spec.label,
        values,
        disagreements,
    }
}

/// Every headline of [`KEY_FIGURES`] in `lang`.
pub fn key_figures(lang: Lang) -> Vec<KeyFigure> {
    KEY_FIGURES.iter().map(|s| key_figure(s, lang)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn values(k: &KeyFigure) -> Vec<Vec<f64>> {
        k.values
            .iter()
            .map(|v| {
                v.records
                    .iter()
                    .filter_map(|r| r.statistic())
                    .map(|s| s.value)
                    .collect()
            })
            .collect()
    }

    #[test]
    fn citizens_abroad_show_over_a_million_and_adcs_1_118_000_never_a_members_premise() {
        let k = key_figure(&KEY_FIGURES[0], Lang::En);
        assert_eq!(k.values[0].text, "1.12\u{a0}M");
        assert_eq!(values(&k)[0], [1_118_000.0]);
        // The State report and the delegation both say "over 1,000,000"; the Committee
        // member's "1 million" is a premise, not data.
        assert_eq!(k.values[1].text, "over 1\u{a0}M");
        assert_eq!(values(&k)[1], [1_000_000.0, 1_000_000.0]);
        assert_eq!(k.values.len(), 2);
        for r in k.values.iter().flat_map(|v| &v.records) {
            assert_ne!(
                r.statistic().map(|s| s.speaker),
                Some(Speaker::CommitteeMember)
            );
        }
    }

    #[test]
    fn the_share_in_russia_shows_every_value_and_its_curated_disagreement() {
        let k = key_figure(&KEY_FIGURES[1], Lang::En);
        let texts: Vec<&str> = k.values.iter().map(|v| v.text.as_str()).collect();
        assert_eq!(texts, ["83.5\u{a0}%", "over 80\u{a0}%", "under 70\u{a0}%"]);
        assert_eq!(k.disagreements, ["dis-share-in-russia"]);
    }

    #[test]
    fn remittances_show_the_latest_whole_year_and_group_equal_values_of_two_sources() {
        let k = key_figure(&KEY_FIGURES[2], Lang::En);
        assert_eq!(k.values.len(), 1, "{k:?}");
        assert_eq!(
            k.values[0].records.len(),
            2,
            "the State report and ADC Memorial"
        );
        for r in &k.values[0].records {
            assert_eq!(
                r.statistic().map(|s| s.period),
                Some(Period::At(crate::model::Date::year(2021)))
            );
        }
        assert!(k.disagreements.is_empty());
        assert!(k.values[0].text.starts_with("2.76"), "{}", k.values[0].text);
    }

    #[test]
    fn every_headline_has_a_value_in_every_language() {
        for lang in Lang::ALL {
            for k in key_figures(lang) {
                assert!(!k.values.is_empty(), "{:?} {}", k.label, lang.code());
            }
        }
    }
}
