//! What else the detail sheet lists: every record about a place, records related to a
//! record (same country, same indicator), and the heading of a list of records.

use crate::figures::statistic;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::record::{RecordKind, RecordRef};
use crate::state::{ListKind, RecordList};

/// Every record naming `code`, grouped by kind (events, agreements, posts, figures) and
/// in date order within a kind (undated last).
pub fn about(code: &str) -> Vec<RecordRef> {
    let mut out: Vec<RecordRef> = RecordRef::all()
        .filter(|r| r.places().contains(&code))
        .collect();
    crate::collections::sort_by(&mut out, &|a, b| {
        (a.kind(), a.date().is_none(), a.date(), *a).cmp(&(
            b.kind(),
            b.date().is_none(),
            b.date(),
            *b,
        ))
    });
    out
}

/// Records sharing a country with `r` (Kyrgyzstan only when it is the record's only
/// place), and for a figure, the figures of the same indicator elsewhere. At most `limit`.
pub fn related(r: RecordRef, limit: usize) -> Vec<RecordRef> {
    let places: Vec<&str> = {
        let all = r.places();
        let abroad: Vec<&str> = all
            .iter()
            .copied()
            .filter(|p| *p != "KGZ" && *p != "WLD")
            .collect();
        if abroad.is_empty() {
            all.to_vec()
        } else {
            abroad
        }
    };
    let same_indicator = statistic(r).map(|s| s.indicator);
    let mut scored: Vec<(u8, RecordRef)> = RecordRef::all()
        .filter(|&o| o != r)
        .filter_map(|o| {
            let shares_place = o.places().iter().any(|p| places.contains(p));
            let shares_indicator =
                same_indicator.is_some() && statistic(o).map(|s| s.indicator) == same_indicator;
            match (shares_indicator, shares_place) {
                (true, true) => Some((0, o)),
                (true, false) => Some((2, o)),
                (false, true)
                    if o.kind() != RecordKind::Statistic || r.kind() == RecordKind::Statistic =>
                {
                    Some((1, o))
                }
                _ => None,
            }
        })
        .collect();
    crate::collections::sort_by(&mut scored, &|a, b| {
        (a.0, std::cmp::Reverse(a.1.date()), a.1).cmp(&(b.0, std::cmp::Reverse(b.1.date()), b.1))
    });
    scored.into_iter().take(limit).map(|(_, o)| o).collect()
}

/// The kicker and heading of a list in the detail sheet: "Agreements" over
/// "17 records, 2018–2021"; "Consular network" over "5 posts, Moscow".
pub fn list_heading(list: &RecordList, lang: Lang) -> (String, String) {
    let n = list.records.len();
    match list.kind {
        ListKind::Lane(topic) => {
            let years: Vec<u16> = list
                .records
                .iter()
                .filter_map(|r| r.dates())
                .flat_map(|(a, b)| [a.year, b.year])
                .collect();
            let (first, last) = (years.iter().min(), years.iter().max());
            let span = match (first, last) {
                (Some(a), Some(b)) if a == b => format!(", {a}"),
                (Some(a), Some(b)) => format!(", {a}–{b}"),
                _ => String::new(),
            };
            (
                format::topic(topic, lang).to_string(),
                format!("{}{span}", format::counted(n, Noun::Record, lang)),
            )
        }
        ListKind::Posts => {
            let cities: Vec<Option<u16>> = list
                .records
                .iter()
                .map(|r| r.post().and_then(|p| p.city))
                .collect();
            let place = match cities.first() {
                Some(Some(c)) if cities.iter().all(|o| *o == Some(*c)) => {
                    format!(", {}", format::city(*c, lang))
                }
                _ => String::new(),
            };
            (
                tr(lang, Text::LayerPosts).to_string(),
                format!("{}{place}", format::counted(n, Noun::Posts, lang)),
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_heading_counts_its_records_and_names_their_years_or_city() {
        let agreements: Vec<RecordRef> = RecordRef::of_kind(RecordKind::Agreement)
            .filter(|r| {
                r.dates()
                    .is_some_and(|(a, _)| a.year >= 2018 && a.year <= 2019)
            })
            .collect();
        assert!(agreements.len() >= 2);
        let list = RecordList {
            kind: ListKind::Lane(crate::filter::Topic::Agreements),
            records: agreements.clone(),
        };
        let (kicker, heading) = list_heading(&list, Lang::En);
        assert_eq!(kicker, "Agreements");
        assert!(
            heading.starts_with(&format!("{} records, 2018", agreements.len())),
            "{heading}"
        );
        let moscow: Vec<RecordRef> = RecordRef::of_kind(RecordKind::Post)
            .filter(|r| format::title(*r, Lang::En).ends_with("Moscow"))
            .collect();
        if moscow.len() > 1 {
            let list = RecordList {
                kind: ListKind::Posts,
                records: moscow.clone(),
            };
            let (_, heading) = list_heading(&list, Lang::Ru);
            assert!(heading.ends_with(", Москва"), "{heading}");
        }
    }

    #[test]
    fn about_lists_only_records_naming_the_place_in_kind_order() {
        let list = about("RUS");
        assert!(list.iter().all(|r| r.places().contains(&"RUS")));
        assert!(list.windows(2).all(|w| w[0].kind() <= w[1].kind()));
    }

    #[test]
    fn related_records_share_a_place_or_an_indicator_and_exclude_the_record() {
        for r in RecordRef::all().take(50) {
            for o in related(r, 8) {
                assert_ne!(o, r);
                let place = o.places().iter().any(|p| r.places().contains(p));
                let indicator = statistic(r)
                    .zip(statistic(o))
                    .is_some_and(|(a, b)| a.indicator == b.indicator);
                assert!(place || indicator, "{} ~ {}", r.id(), o.id());
            }
        }
    }
}
