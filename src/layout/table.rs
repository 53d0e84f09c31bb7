//! The table's order.

use crate::format;
use crate::i18n::Lang;
use crate::record::RecordRef;
use crate::state::{Sort, SortKey};
use std::cmp::Ordering;

fn source_key(r: RecordRef) -> (usize, String) {
    r.cite().first().map_or((usize::MAX, String::new()), |c| {
        (c.source.index(), format!("{:>8}", c.paragraph()))
    })
}

/// `records` in the table's order; ties keep dataset order, undated records sort last
/// whichever the direction.
pub fn sorted(records: &[RecordRef], sort: Sort, lang: Lang) -> Vec<RecordRef> {
    let mut out = records.to_vec();
    let compare = |a: &RecordRef, b: &RecordRef| -> Ordering {
        match sort.key {
            SortKey::Date => match (a.date(), b.date()) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => return Ordering::Less,
                (None, Some(_)) => return Ordering::Greater,
                (None, None) => Ordering::Equal,
            },
            SortKey::Kind => a.kind().cmp(&b.kind()),
            SortKey::Title => crate::fold::fold(&format::title(*a, lang))
                .cmp(&crate::fold::fold(&format::title(*b, lang))),
            SortKey::Place => format::places(*a, lang).cmp(&format::places(*b, lang)),
            SortKey::Source => source_key(*a).cmp(&source_key(*b)),
        }
        .then_with(|| {
            if sort.descending {
                Ordering::Equal
            } else {
                a.cmp(b)
            }
        })
    };
    crate::collections::sort_by(&mut out, &|a, b| {
        let undated = sort.key == SortKey::Date && (a.date().is_none() != b.date().is_none());
        let o = compare(a, b);
        if sort.descending && !undated {
            o.reverse().then(a.cmp(b))
        } else {
            o
        }
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_sort_both_ways_with_undated_last() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        for descending in [false, true] {
            let s = sorted(
                &all,
                Sort {
                    key: SortKey::Date,
                    descending,
                },
                Lang::En,
            );
            assert_eq!(s.len(), all.len());
            let dated: Vec<_> = s.iter().map(|r| r.date()).collect();
            let first_undated = dated
                .iter()
                .position(Option::is_none)
                .unwrap_or(dated.len());
            assert!(dated[first_undated..].iter().all(Option::is_none));
            let d: Vec<_> = dated[..first_undated].iter().flatten().collect();
            assert!(d.windows(2).all(|w| if descending {
                w[0] >= w[1]
            } else {
                w[0] <= w[1]
            }));
        }
    }

    #[test]
    fn titles_sort_alphabetically_ignoring_case_and_accents() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        let s = sorted(
            &all,
            Sort {
                key: SortKey::Title,
                descending: false,
            },
            Lang::En,
        );
        let titles: Vec<String> = s
            .iter()
            .map(|r| crate::fold::fold(&format::title(*r, Lang::En)))
            .collect();
        assert!(titles.windows(2).all(|w| w[0] <= w[1]));
    }
}
