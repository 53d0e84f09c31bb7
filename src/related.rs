//! What else the detail panel lists: every record about a place, and records related to
//! a record (same country, same indicator).

use crate::figures::statistic;
use crate::record::{RecordKind, RecordRef};

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

#[cfg(test)]
mod tests {
    use super::*;

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
