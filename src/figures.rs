//! Figures as families: the headline number of citizens in each country and series over
//! time. Where documents disagree is curated data (`crate::disagreements`).

use crate::collections::{group_by, sort_by, Set};
use crate::dataset;
use crate::disagreements;
use crate::model::{About, IndicatorId, Speaker, Statistic, Unit};
use crate::record::RecordRef;
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
    /// True when a curated disagreement sets two of these figures against each other.
    pub disagree: bool,
}

/// Whether a figure may shade a country: it counts Kyrgyz citizens (`about` is citizens
/// abroad, so `geo` is where they are, never foreigners' country of origin), in persons, in
/// one country, and it is data, not a Committee member's premise.
fn counts_citizens_in(s: &Statistic) -> Option<&'static str> {
    let key = dataset::indicator(s.indicator).key;
    (CITIZEN_INDICATORS.contains(&key)
        && s.unit == Unit::Persons
        && s.about == About::CitizensAbroad
        && s.speaker != Speaker::CommitteeMember)
        .then(|| single_country(s))
        .flatten()
}

/// The headline figure per country among `records` (usually the filtered selection), in
/// country-code order.
pub fn headlines(records: &[RecordRef]) -> Vec<(&'static str, Headline)> {
    let citizen: Vec<(&'static str, RecordRef)> = records
        .iter()
        .filter_map(|&r| Some((counts_citizens_in(statistic(r)?)?, r)))
        .collect();
    let disputes = disagreements::all();
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
            let others: Vec<RecordRef> = list.iter().copied().filter(|&r| r != best).collect();
            Some((
                code,
                Headline {
                    record: best,
                    others,
                    disagree: disagreements::any_between(&list, &disputes),
                },
            ))
        })
        .collect()
}

impl Headline {
    /// Every figure about the country, side by side: the headline and the others, by
    /// period (figures without one last).
    pub fn figures(&self) -> Vec<RecordRef> {
        let mut all: Vec<RecordRef> = std::iter::once(self.record)
            .chain(self.others.iter().copied())
            .collect();
        sort_by(&mut all, &by_time);
        all
    }
}

/// The headline of `code` over the whole dataset, whatever the filters: the top of a
/// country's detail sets every source's figure side by side.
pub fn country_headline(code: &str) -> Option<Headline> {
    let all: Vec<RecordRef> = RecordRef::all().collect();
    headline_of(&headlines(&all), code).cloned()
}

/// The headline of `code` in a list made by [`headlines`].
pub fn headline_of<'a>(list: &'a [(&'static str, Headline)], code: &str) -> Option<&'a Headline> {
    list.binary_search_by(|p| p.0.cmp(code))
        .ok()
        .map(|i| &list[i].1)
}

/// The indicator a figure is listed under beside others: the citizen indicators (citizens
/// staying in a country, labour migrants working there) count related people, so a figure
/// of one is shown with the figures of the other as related figures.
pub fn family(indicator: IndicatorId) -> IndicatorId {
    let key = dataset::indicator(indicator).key;
    if CITIZEN_INDICATORS.contains(&key) {
        dataset::indicator_index(CITIZEN_INDICATORS[0]).unwrap_or(indicator)
    } else {
        indicator
    }
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
            assert_eq!(s.about, About::CitizensAbroad);
        }
    }

    // Issue 14: foreign students in Kyrgyzstan have `geo` = their country of origin; the
    // map must never read them as Kyrgyz citizens in that country.
    #[test]
    fn figures_about_foreigners_in_kyrgyzstan_never_shade_their_country_of_origin() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        let heads = headlines(&all);
        for (_, h) in &heads {
            for &r in std::iter::once(&h.record).chain(&h.others) {
                let s = statistic(r).expect("a statistic");
                assert_eq!(s.about, About::CitizensAbroad, "{}", s.id);
            }
        }
        let students = RecordRef::by_id("st-foreign-students-uzb").expect("in the data");
        assert!(heads
            .iter()
            .all(|(_, h)| h.record != students && !h.others.contains(&students)));
        // The same figure read as about foreigners, or as a member's premise, shades nothing.
        let kaz = RecordRef::by_id("st-citizens-abroad-kaz-2022")
            .and_then(statistic)
            .expect("in the data");
        assert_eq!(counts_citizens_in(kaz), Some("KAZ"));
        let foreigners = Statistic {
            about: About::InKyrgyzstan,
            ..*kaz
        };
        assert_eq!(counts_citizens_in(&foreigners), None);
        let premise = Statistic {
            speaker: Speaker::CommitteeMember,
            ..*kaz
        };
        assert_eq!(counts_citizens_in(&premise), None);
    }

    // Issue 11: Russia's detail showed 680,599 and "sources disagree: 2", not ADC
    // Memorial's 1,063,000.
    #[test]
    fn a_countrys_figures_stand_side_by_side_whatever_the_filters() {
        let russia = country_headline("RUS").expect("figures about Russia");
        let values: Vec<f64> = russia
            .figures()
            .iter()
            .filter_map(|&r| statistic(r))
            .map(|s| s.value)
            .collect();
        assert!(
            values.contains(&680_599.0) && values.contains(&1_063_000.0),
            "{values:?}"
        );
        assert!(russia.disagree);
        let mids: Vec<f64> = russia.figures().iter().map(when).collect();
        assert!(mids.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn only_curated_disagreements_mark_a_country() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        let heads = headlines(&all);
        assert!(headline_of(&heads, "RUS").is_some_and(|h| h.disagree));
        // About 30,000 workers and 35,000 citizens in Kazakhstan can both be right.
        assert!(headline_of(&heads, "KAZ").is_some_and(|h| !h.disagree));
    }
}
