//! Where documents disagree: the curated list of `data/disagreements.csv`, and the other
//! figures for the same thing, shown beside a figure as related, not as disagreeing.
//!
//! Which figures disagree is an editor's judgement written into the data, not computed:
//! rounding (US$2,756.2 million and US$2.76 billion), compatible bounds (59 stations and
//! "more than 50"), different spans and different counted things are not disagreements, and
//! a Committee member's premise is not data (issue 14).

use crate::collections::sort_by;
use crate::dataset;
use crate::figures::{family, statistic};
use crate::i18n::Lang;
use crate::record::RecordRef;

/// One disagreement, its records resolved.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// Stable id (`dis-…`).
    pub id: &'static str,
    /// The records set side by side, in the editor's order.
    pub records: Vec<RecordRef>,
    /// Position in the dataset's list (and in the texts' notes).
    index: usize,
}

impl Disagreement {
    /// One line on what each source counts or says, in `lang`.
    pub fn note(&self, lang: Lang) -> &'static str {
        crate::format::label(atlas_vocab::TextPart::DisagreementNote, self.index, lang)
    }
}

/// Every disagreement of the dataset, in file order.
pub fn all() -> Vec<Disagreement> {
    dataset::get()
        .disagreements
        .iter()
        .enumerate()
        .map(|(index, d)| Disagreement {
            id: d.id,
            // The build checked that every id names a record.
            records: d
                .records
                .iter()
                .filter_map(|id| RecordRef::by_id(id))
                .collect(),
            index,
        })
        .collect()
}

/// The disagreements `r` takes part in.
pub fn of(r: RecordRef, all: &[Disagreement]) -> Vec<Disagreement> {
    all.iter()
        .filter(|d| d.records.contains(&r))
        .cloned()
        .collect()
}

impl Disagreement {
    /// Whether it sets two of `records` against each other.
    pub fn between(&self, records: &[RecordRef]) -> bool {
        self.records
            .iter()
            .filter(|r| records.contains(r))
            .take(2)
            .count()
            == 2
    }
}

/// Whether some disagreement sets two of `records` against each other.
pub fn any_between(records: &[RecordRef], all: &[Disagreement]) -> bool {
    all.iter().any(|d| d.between(records))
}

/// What a disagreement is about, in words: the labels of its figures' indicators and their
/// places ("Kyrgyz labour migrants abroad / Kyrgyz citizens staying abroad — Russia"), or,
/// when it sets other records side by side, the first one's title.
pub fn label(d: &Disagreement, lang: Lang) -> String {
    let mut labels: Vec<&'static str> = Vec::new();
    let mut places: Vec<&'static str> = Vec::new();
    for s in d.records.iter().filter_map(|&r| statistic(r)) {
        let l = crate::format::indicator(s.indicator, lang);
        if !labels.contains(&l) {
            labels.push(l);
        }
        for g in s.geo {
            if !places.contains(g) {
                places.push(g);
            }
        }
    }
    if labels.is_empty() {
        return d
            .records
            .first()
            .map(|&r| crate::format::title(r, lang))
            .unwrap_or_default();
    }
    let places: Vec<&str> = places
        .iter()
        .map(|g| dataset::place_name(g, lang))
        .collect();
    format!("{} — {}", labels.join(" / "), places.join(", "))
}

/// The date a record is set side by side with: a figure's period, an event's date, an
/// agreement's entry into force (or signature, when no entry into force is given).
pub fn when(r: RecordRef, lang: Lang) -> String {
    if let Some(s) = statistic(r) {
        return crate::format::period(s.period, lang);
    }
    let date = match r.agreement() {
        Some(a) => a.in_force.or(a.signed),
        None => r.date(),
    };
    date.map(|d| crate::format::date(d, lang))
        .unwrap_or_default()
}

/// The figures beside `r` in its detail: every figure of the same indicator family and
/// place, `r` included, by period; figures already set against `r` in a disagreement are
/// left to that disagreement. Empty when `r` is not a figure or has no relative.
pub fn related_figures(r: RecordRef, all: &[Disagreement]) -> Vec<RecordRef> {
    let Some(s) = statistic(r) else {
        return Vec::new();
    };
    let disputed: Vec<RecordRef> = of(r, all).into_iter().flat_map(|d| d.records).collect();
    let mut rows: Vec<RecordRef> = RecordRef::all()
        .filter(|&o| o == r || !disputed.contains(&o))
        .filter(|&o| {
            statistic(o)
                .is_some_and(|x| family(x.indicator) == family(s.indicator) && x.geo == s.geo)
        })
        .collect();
    if rows.len() < 2 {
        return Vec::new();
    }
    let mid = |r: &RecordRef| {
        statistic(*r)
            .and_then(|x| x.period.midpoint())
            .unwrap_or(f64::MAX)
    };
    sort_by(&mut rows, &|a, b| {
        mid(a)
            .partial_cmp(&mid(b))
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(b))
    });
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Speaker, Statistic};
    use crate::record::RecordKind;

    fn figure(id: &str) -> RecordRef {
        RecordRef::by_id(id).unwrap_or_else(|| panic!("{id} is in the data"))
    }

    /// The disagreement holding figures with these values (and, if given, in this place).
    fn with_values(values: &[f64], place: Option<&str>) -> Option<Disagreement> {
        all().into_iter().find(|d| {
            let figures: Vec<&Statistic> = d.records.iter().filter_map(|&r| statistic(r)).collect();
            values.iter().all(|v| figures.iter().any(|s| s.value == *v))
                && place.is_none_or(|p| figures.iter().all(|s| s.geo.contains(&p)))
        })
    }

    #[test]
    fn every_curated_disagreement_resolves_to_two_or_more_records_with_a_note() {
        let list = all();
        let raw = &dataset::get().disagreements;
        assert_eq!(list.len(), raw.len());
        for (d, raw) in list.iter().zip(raw) {
            assert_eq!(d.records.len(), raw.records.len(), "{}", d.id);
            assert!(d.records.len() >= 2, "{}", d.id);
            for lang in Lang::ALL {
                assert!(!d.note(lang).trim().is_empty(), "{} {}", d.id, lang.code());
            }
        }
    }

    // Issue 14: the disagreements the documents hold, each named.
    #[test]
    fn russia_1_063_000_workers_and_680_599_citizens_disagree() {
        assert!(with_values(&[1_063_000.0, 680_599.0], Some("RUS")).is_some());
    }

    #[test]
    fn the_share_in_russia_under_70_disagrees_with_over_80_and_83_5_per_cent() {
        let d = with_values(&[70.0, 80.0, 83.5], Some("RUS")).expect("listed");
        let under = d
            .records
            .iter()
            .filter_map(|&r| statistic(r))
            .find(|s| s.value == 70.0)
            .expect("the 70 % figure");
        assert_eq!(under.qualifier, crate::model::Qualifier::Under);
    }

    #[test]
    fn remittances_from_russia_over_97_and_95_per_cent_disagree() {
        assert!(with_values(&[97.0, 95.0], Some("RUS")).is_some());
    }

    #[test]
    fn paragraph_180_text_8_112_and_table_28_112_disagree() {
        let d = with_values(&[8_112.0, 28_112.0], Some("KGZ")).expect("listed");
        assert!(d
            .records
            .iter()
            .all(|r| r.cite().iter().all(|c| c.paragraph() == "180")));
    }

    #[test]
    fn the_eaeu_pension_agreement_in_force_from_january_and_from_november_2021_disagree() {
        let agreement = figure("agr-eaeu-pension-2019");
        let d = of(agreement, &all()).pop().expect("listed");
        let in_force = agreement.agreement().and_then(|a| a.in_force);
        assert_eq!(
            in_force.map(|d| (d.year, d.month, d.day)),
            Some((2021, 1, 1))
        );
        assert_eq!(when(agreement, Lang::En), "1 January 2021");
        let event = d
            .records
            .iter()
            .find(|r| r.kind() == RecordKind::Event)
            .expect("the delegation's date, kept as an event");
        assert_eq!(event.date().map(|d| (d.year, d.month)), Some((2021, 11)));
    }

    #[test]
    fn prisoners_in_russia_1_920_and_5_311_six_months_later_are_listed() {
        assert!(with_values(&[1_920.0, 5_311.0], Some("RUS")).is_some());
    }

    #[test]
    fn rounding_bounds_and_different_counted_things_are_not_disagreements() {
        for pair in [
            ["st-remittances-2021", "st-adc-remittances-2021"],
            ["st-voters-abroad-2020-kgz2", "st-voters-abroad-2020-sr2023"],
            ["st-voters-abroad-2021-kgz2", "st-voters-abroad-2021-sr2023"],
            [
                "st-polling-stations-abroad-2021",
                "st-polling-stations-2021",
            ],
            [
                "st-polling-countries-2021-kgz2",
                "st-polling-countries-2021-sr2023",
            ],
            ["st-adc-migrants-kaz-2022-02", "st-citizens-abroad-kaz-2022"],
            ["st-adc-migrants-tur-2022-02", "st-citizens-abroad-tur-2022"],
            [
                "st-children-of-migrants-identified-2021",
                "st-children-left-behind",
            ],
        ] {
            let records = [figure(pair[0]), figure(pair[1])];
            assert!(!any_between(&records, &all()), "{pair:?}");
        }
    }

    #[test]
    fn no_committee_member_premise_is_compared_as_data() {
        for d in all() {
            for s in d.records.iter().filter_map(|&r| statistic(r)) {
                assert_ne!(s.speaker, Speaker::CommitteeMember, "{} in {}", s.id, d.id);
            }
        }
    }

    #[test]
    fn related_figures_leave_disputed_ones_to_the_disagreement() {
        let citizens = figure("st-citizens-abroad-rus-2022");
        let related = related_figures(citizens, &all());
        assert!(!related.contains(&figure("st-adc-migrants-rus-2022-02")));
        let kaz = figure("st-citizens-abroad-kaz-2022");
        let related = related_figures(kaz, &all());
        assert!(related.contains(&kaz));
        assert!(related.contains(&figure("st-adc-migrants-kaz-2022-02")));
    }

    #[test]
    fn labels_name_the_indicators_and_places_or_the_first_title() {
        let list = all();
        let russia = list
            .iter()
            .find(|d| d.records.contains(&figure("st-citizens-abroad-rus-2022")))
            .expect("listed");
        assert!(label(russia, Lang::En).ends_with("— Russia"));
        let pension = of(figure("agr-eaeu-pension-2019"), &list)
            .pop()
            .expect("listed");
        assert!(label(&pension, Lang::En).starts_with("EAEU Agreement on Pension"));
    }
}
