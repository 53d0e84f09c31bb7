//! Figures as families: the headline number of citizens in each country, series over
//! time, and every place where documents give different figures for the same thing.

use crate::collections::{group_by, sort_by, Set};
use crate::dataset::{self, STATISTICS};
use crate::model::{Period, Statistic};
use crate::record::{RecordKind, RecordRef};
use std::cmp::Ordering;

/// Indicators that count Kyrgyz citizens in a country, most specific first: the map
/// shades countries by them and draws flows with them.
pub const CITIZEN_INDICATORS: [&str; 2] = ["labour_migrants_abroad", "citizens_abroad"];

/// The statistic behind a record.
pub fn statistic(r: RecordRef) -> Option<&'static Statistic> {
    (r.kind == RecordKind::Statistic).then(|| &STATISTICS[usize::from(r.index)])
}

/// The one country a figure is about, if it is about exactly one country abroad.
pub fn single_country(s: &Statistic) -> Option<&'static str> {
    match s.geo {
        [one] if *one != "WLD" && *one != "KGZ" && dataset::country(one).is_some() => Some(one),
        _ => None,
    }
}

fn year_of(p: Period) -> Option<u16> {
    match p {
        Period::Unknown => None,
        Period::At(d) => Some(d.year),
        Period::Span(_, b) => Some(b.year),
    }
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
        .then(a.index.cmp(&b.index))
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
            (CITIZEN_INDICATORS.contains(&key) && s.unit == "persons")
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
                compatible(o.period, head.period)
                    && (o.value, o.value_high) != (head.value, head.value_high)
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

/// Periods that may describe the same moment: equal, in the same year, or one unknown.
pub fn compatible(a: Period, b: Period) -> bool {
    match (year_of(a), year_of(b)) {
        (Some(x), Some(y)) => x == y,
        _ => true,
    }
}

/// Figures from the documents that differ for the same indicator, place and period.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// Index into `INDICATORS`.
    pub indicator: u16,
    /// The place codes.
    pub geo: &'static [&'static str],
    /// The figures, oldest period first.
    pub figures: Vec<RecordRef>,
}

/// The indicator a figure is compared under: the citizen indicators (citizens staying in
/// a country, labour migrants working there) count the same people in documents that word
/// it differently, so they are compared together under the first of them.
pub fn family(indicator: u16) -> u16 {
    let key = dataset::indicator(indicator).key;
    if CITIZEN_INDICATORS.contains(&key) {
        dataset::indicator_index(CITIZEN_INDICATORS[0]).unwrap_or(indicator)
    } else {
        indicator
    }
}

fn all_statistics() -> Vec<RecordRef> {
    RecordRef::all()
        .filter(|r| r.kind == RecordKind::Statistic)
        .collect()
}

/// Every disagreement in the dataset: figures of one indicator (family) and place whose
/// periods are compatible and whose values differ. Within a group, figures are ordered by
/// period.
pub fn disagreements() -> Vec<Disagreement> {
    let stats = all_statistics();
    let mut out = Vec::new();
    let groups = group_by(&stats, &|r| {
        statistic(*r).map(|s| (family(s.indicator), s.geo))
    });
    for (key, list) in groups {
        let Some((indicator, geo)) = key else {
            continue;
        };
        // Clusters of mutually compatible periods (same year); figures with no period may
        // be about any year, so they join every cluster.
        let by_year = group_by(&list, &|r| statistic(*r).and_then(|s| year_of(s.period)));
        let unknown: Vec<RecordRef> = by_year
            .iter()
            .filter(|(y, _)| y.is_none())
            .flat_map(|(_, l)| l.iter().copied())
            .collect();
        let mut clusters: Vec<Vec<RecordRef>> = by_year
            .into_iter()
            .filter(|(y, _)| y.is_some())
            .map(|(_, l)| l)
            .collect();
        if clusters.is_empty() {
            clusters.push(Vec::new());
        }
        for mut cluster in clusters {
            cluster.extend(unknown.iter().copied());
            let values: Set<(u64, u64)> = cluster
                .iter()
                .filter_map(|&r| statistic(r))
                .map(|s| (s.value.to_bits(), s.value_high.unwrap_or(s.value).to_bits()))
                .collect();
            if values.len() > 1 {
                sort_by(&mut cluster, &by_time);
                out.push(Disagreement {
                    indicator,
                    geo,
                    figures: cluster,
                });
            }
        }
    }
    out
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
    /// Index into `INDICATORS`.
    pub indicator: u16,
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
            assert_eq!(s.unit, "persons");
        }
    }

    #[test]
    fn compatible_periods_are_the_same_year_or_unknown() {
        use crate::model::Date;
        let y = |y| Period::At(Date::year(y));
        assert!(compatible(
            y(2022),
            Period::At(Date {
                year: 2022,
                month: 2,
                day: 0
            })
        ));
        assert!(compatible(y(2022), Period::Unknown));
        assert!(!compatible(y(2021), y(2022)));
    }
}
