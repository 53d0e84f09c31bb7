//! Figures as families: the headline number of citizens in each country, series over
//! time, and every place where documents give different figures for the same thing.

use crate::collections::{group_by, sort_by, Set};
use crate::dataset;
use crate::i18n::Lang;
use crate::model::{Group, IndicatorId, Period, Statistic, Unit};
use crate::record::{RecordKind, RecordRef};
use std::cmp::Ordering;

/// Indicators that count Kyrgyz citizens in a country, most specific first: the map
/// shades countries by them and draws flows with them.
pub const CITIZEN_INDICATORS: [&str; 2] = ["labour_migrants_abroad", "citizens_abroad"];

/// The statistic behind a record.
pub fn statistic(r: RecordRef) -> Option<&'static Statistic> {
    r.statistic()
}

/// The one country a figure is about, if it is about exactly one country abroad.
pub fn single_country(s: &Statistic) -> Option<&'static str> {
    match s.geo {
        [one] if *one != "WLD" && *one != "KGZ" && dataset::country(one).is_some() => Some(one),
        _ => None,
    }
}

/// The years a figure may be about, inclusive: its period's years; for a figure printed
/// without a period, the year its document was written or the year before (reports give
/// last year's figures).
pub fn years(s: &Statistic) -> (u16, u16) {
    match s.period {
        Period::At(d) => (d.year, d.year),
        Period::Span(a, b) => (a.year, b.year),
        Period::Unknown => {
            let written = s.cite.first().map_or(0, |c| dataset::source_of(c).year);
            (written.saturating_sub(1), written)
        }
    }
}

/// Whether two figures may describe the same moment, so that different values disagree.
/// A year and a date in it may (a report's 2022 and a count "as of February 2022"); two
/// different months may not; a span (a part of a year, a total over years) only matches the
/// same span; a figure with no period matches dates within its document's years, never a
/// span. So a 2015 reply is not set against a 2021 figure, nor January–June against a year.
pub fn comparable(a: &Statistic, b: &Statistic) -> bool {
    let meet = |x: (u16, u16), y: (u16, u16)| x.0 <= y.1 && y.0 <= x.1;
    match (a.period, b.period) {
        (Period::At(x), Period::At(y)) => {
            x.year == y.year && (x.month == 0 || y.month == 0 || x.month == y.month)
        }
        (Period::Span(..), Period::Span(..)) => a.period == b.period,
        (Period::Span(..), _) | (_, Period::Span(..)) => false,
        _ => meet(years(a), years(b)),
    }
}

/// Legal settings (time limits, penalties) are rules with several parts, not measurements:
/// they are never compared as disagreements.
fn is_rule(s: &Statistic) -> bool {
    dataset::indicator(s.indicator).group == Group::Rules
}

/// A figure's time for ordering: its period's middle, unknown periods last.
fn when(r: &RecordRef) -> f64 {
    statistic(*r)
        .and_then(|s| s.period.midpoint())
        .unwrap_or(f64::MAX)
}

fn by_time(a: &RecordRef, b: &RecordRef) -> Ordering {
    when(a)
        .partial_cmp(&when(b))
        .unwrap_or(Ordering::Equal)
        .then(a.cmp(b))
}

/// The figure a country is shaded by, and the others about the same thing.
#[derive(Clone, Debug, PartialEq)]
pub struct Headline {
    /// The figure shown: the most recent one (most specific indicator on ties).
    pub record: RecordRef,
    /// The other figures of citizen indicators for the same country in the selection.
    pub others: Vec<RecordRef>,
    /// True when any other figure for a compatible period has a different value.
    pub disagree: bool,
}

/// The headline figure per country among `records` (usually the filtered selection), in
/// country-code order.
pub fn headlines(records: &[RecordRef]) -> Vec<(&'static str, Headline)> {
    let citizen: Vec<(&'static str, RecordRef)> = records
        .iter()
        .filter_map(|&r| {
            let s = statistic(r)?;
            let key = dataset::indicator(s.indicator).key;
            (CITIZEN_INDICATORS.contains(&key) && s.unit == Unit::Persons)
                .then_some((single_country(s)?, r))
        })
        .collect();
    group_by(&citizen, &|p| p.0)
        .into_iter()
        .filter_map(|(code, list)| {
            let list: Vec<RecordRef> = list.into_iter().map(|p| p.1).collect();
            let rank = |r: &RecordRef| {
                let s = statistic(*r)?;
                let specific = CITIZEN_INDICATORS
                    .iter()
                    .position(|k| *k == dataset::indicator(s.indicator).key)
                    .unwrap_or(9);
                Some((s.period.midpoint().unwrap_or(0.0), 9 - specific))
            };
            let mut best = *list.first()?;
            for &r in &list[1..] {
                if rank(&r).partial_cmp(&rank(&best)) == Some(Ordering::Greater) {
                    best = r;
                }
            }
            let head = statistic(best)?;
            let others: Vec<RecordRef> = list.iter().copied().filter(|&r| r != best).collect();
            let disagree = others.iter().filter_map(|&r| statistic(r)).any(|o| {
                comparable(o, head) && (o.value, o.value_high) != (head.value, head.value_high)
            });
            Some((
                code,
                Headline {
                    record: best,
                    others,
                    disagree,
                },
            ))
        })
        .collect()
}

/// The headline of `code` in a list made by [`headlines`].
pub fn headline_of<'a>(list: &'a [(&'static str, Headline)], code: &str) -> Option<&'a Headline> {
    list.binary_search_by(|p| p.0.cmp(code))
        .ok()
        .map(|i| &list[i].1)
}

/// Figures from the documents that differ for the same indicator, place and period.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// What the figures measure.
    pub indicator: IndicatorId,
    /// The place codes.
    pub geo: &'static [&'static str],
    /// The figures, oldest period first.
    pub figures: Vec<RecordRef>,
}

/// The indicator a figure is compared under: the citizen indicators (citizens staying in
/// a country, labour migrants working there) count the same people in documents that word
/// it differently, so they are compared together under the first of them.
pub fn family(indicator: IndicatorId) -> IndicatorId {
    let key = dataset::indicator(indicator).key;
    if CITIZEN_INDICATORS.contains(&key) {
        dataset::indicator_index(CITIZEN_INDICATORS[0]).unwrap_or(indicator)
    } else {
        indicator
    }
}

fn all_statistics() -> Vec<RecordRef> {
    RecordRef::all()
        .filter(|r| r.kind() == RecordKind::Statistic)
        .collect()
}

/// Every disagreement in the dataset: figures of one indicator (family) and place where
/// some two are [`comparable`] and differ in value, gathered with every figure linked to
/// them that way. Within a group, figures are ordered by period.
pub fn disagreements() -> Vec<Disagreement> {
    let stats: Vec<RecordRef> = all_statistics()
        .into_iter()
        .filter(|&r| statistic(r).is_some_and(|s| !is_rule(s)))
        .collect();
    let mut out = Vec::new();
    for (key, list) in group_by(&stats, &|r| {
        statistic(*r).map(|s| (family(s.indicator), s.geo))
    }) {
        let Some((indicator, geo)) = key else {
            continue;
        };
        // Union-find over the figures: join two when they are comparable and differ.
        let mut parent: Vec<usize> = (0..list.len()).collect();
        fn root(parent: &mut [usize], mut i: usize) -> usize {
            while parent[i] != i {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            i
        }
        for i in 0..list.len() {
            for j in i + 1..list.len() {
                let (Some(a), Some(b)) = (statistic(list[i]), statistic(list[j])) else {
                    continue;
                };
                if comparable(a, b) && (a.value, a.value_high) != (b.value, b.value_high) {
                    let (ri, rj) = (root(&mut parent, i), root(&mut parent, j));
                    parent[ri] = rj;
                }
            }
        }
        let roots: Vec<usize> = (0..list.len()).map(|i| root(&mut parent, i)).collect();
        let members: Vec<usize> = (0..list.len()).collect();
        for (_, cluster) in group_by(&members, &|&i| roots[i]) {
            if cluster.len() > 1 {
                let mut figures: Vec<RecordRef> = cluster.into_iter().map(|i| list[i]).collect();
                sort_by(&mut figures, &by_time);
                out.push(Disagreement {
                    indicator,
                    geo,
                    figures,
                });
            }
        }
    }
    out
}

/// What a disagreement is about, in words: its indicator's label, or the labels of every
/// indicator it gathers (citizens staying abroad and labour migrants are compared together).
pub fn label(d: &Disagreement, lang: Lang) -> String {
    let mut labels: Vec<&'static str> = Vec::new();
    for s in d.figures.iter().filter_map(|&r| statistic(r)) {
        let l = crate::format::indicator(s.indicator, lang);
        if !labels.contains(&l) {
            labels.push(l);
        }
    }
    if labels.is_empty() {
        crate::format::indicator(d.indicator, lang).to_string()
    } else {
        labels.join(" / ")
    }
}

/// The disagreements a record takes part in.
pub fn disagreements_of(r: RecordRef, all: &[Disagreement]) -> Vec<Disagreement> {
    all.iter()
        .filter(|d| d.figures.contains(&r))
        .cloned()
        .collect()
}

/// A series: one indicator for one place, at two or more known periods.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// What the figures measure.
    pub indicator: IndicatorId,
    /// The place codes.
    pub geo: &'static [&'static str],
    /// The figures, by period.
    pub points: Vec<RecordRef>,
}

/// Every series among `records` (figures with a known period, grouped by indicator and
/// place, kept when they cover at least two periods). Ordered by indicator then place.
pub fn series(records: &[RecordRef]) -> Vec<Series> {
    let timed: Vec<RecordRef> = records
        .iter()
        .copied()
        .filter(|&r| statistic(r).is_some_and(|s| s.period.midpoint().is_some()))
        .collect();
    group_by(&timed, &|r| statistic(*r).map(|s| (s.indicator, s.geo)))
        .into_iter()
        .filter_map(|(key, mut points)| {
            let (indicator, geo) = key?;
            sort_by(&mut points, &by_time);
            let periods: Set<u64> = points.iter().map(|p| when(p).to_bits()).collect();
            (periods.len() >= 2).then_some(Series {
                indicator,
                geo,
                points,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_disagreement_has_at_least_two_different_values() {
        for d in disagreements() {
            assert!(d.figures.len() >= 2);
            let values: Set<u64> = d
                .figures
                .iter()
                .filter_map(|&r| statistic(r))
                .map(|s| s.value.to_bits())
                .collect();
            let highs: Set<u64> = d
                .figures
                .iter()
                .filter_map(|&r| statistic(r))
                .map(|s| s.value_high.unwrap_or(s.value).to_bits())
                .collect();
            assert!(values.len() > 1 || highs.len() > 1);
        }
    }

    #[test]
    fn every_figure_in_a_disagreement_differs_from_a_comparable_one() {
        for d in disagreements() {
            for &r in &d.figures {
                let a = statistic(r).expect("a figure");
                let linked = d.figures.iter().filter_map(|&o| statistic(o)).any(|b| {
                    comparable(a, b) && (a.value, a.value_high) != (b.value, b.value_high)
                });
                assert!(
                    linked,
                    "{} is listed without a comparable, different figure",
                    r.id()
                );
            }
        }
    }

    #[test]
    fn a_part_of_a_year_is_not_compared_with_the_whole_year() {
        use crate::model::Date;
        let day = |y, m| Date {
            year: y,
            month: m,
            day: 0,
        };
        let year = |y| Period::At(Date::year(y));
        let base = RecordRef::all()
            .filter_map(statistic)
            .next()
            .expect("a figure");
        let with = |p| Statistic { period: p, ..*base };
        assert!(!comparable(
            &with(year(2021)),
            &with(Period::Span(day(2021, 1), day(2021, 6)))
        ));
        assert!(comparable(
            &with(year(2022)),
            &with(Period::At(day(2022, 2)))
        ));
        assert!(!comparable(
            &with(Period::At(day(2020, 3))),
            &with(Period::At(day(2020, 5)))
        ));
        assert!(comparable(
            &with(Period::Span(day(2021, 1), day(2021, 6))),
            &with(Period::Span(day(2021, 1), day(2021, 6)))
        ));
    }

    #[test]
    fn an_undated_figure_is_about_its_document_year_or_the_one_before() {
        let undated = RecordRef::all()
            .filter_map(statistic)
            .find(|s| s.period == Period::Unknown)
            .expect("an undated figure");
        let written = dataset::source_of(&undated.cite[0]).year;
        assert_eq!(years(undated), (written - 1, written));
    }

    #[test]
    fn series_points_are_in_time_order_and_share_indicator_and_place() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        for s in series(&all) {
            let mids: Vec<f64> = s
                .points
                .iter()
                .filter_map(|&r| statistic(r)?.period.midpoint())
                .collect();
            assert!(mids.windows(2).all(|w| w[0] <= w[1]));
            assert!(s
                .points
                .iter()
                .filter_map(|&r| statistic(r))
                .all(|x| x.indicator == s.indicator && x.geo == s.geo));
        }
    }

    #[test]
    fn headlines_only_count_people_in_one_country() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        for (code, h) in headlines(&all) {
            let s = statistic(h.record).expect("a statistic");
            assert_eq!(single_country(s), Some(code));
            assert_eq!(s.unit, Unit::Persons);
        }
    }
}
