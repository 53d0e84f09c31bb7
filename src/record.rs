//! One handle for every kind of record, so filters, views and the URL can treat
//! events, agreements, posts and figures alike.

use crate::dataset::{AGREEMENTS, EVENTS, POSTS, STATISTICS};
use crate::model::{Citation, Date};

/// The four kinds of record.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RecordKind {
    /// events.csv
    Event,
    /// agreements.csv
    Agreement,
    /// posts.csv
    Post,
    /// statistics.csv
    Statistic,
}

impl RecordKind {
    /// Every kind, in table order.
    pub const ALL: [RecordKind; 4] = [
        RecordKind::Event,
        RecordKind::Agreement,
        RecordKind::Post,
        RecordKind::Statistic,
    ];
}

/// A record of the compiled-in dataset: its kind and its row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordRef {
    /// Which file.
    pub kind: RecordKind,
    /// Row index in that file's static.
    pub index: u16,
}

fn refs(kind: RecordKind, len: usize) -> impl Iterator<Item = RecordRef> {
    (0..len).filter_map(move |i| u16::try_from(i).ok().map(|index| RecordRef { kind, index }))
}

impl RecordRef {
    /// Every record, events first.
    pub fn all() -> impl Iterator<Item = RecordRef> {
        refs(RecordKind::Event, EVENTS.len())
            .chain(refs(RecordKind::Agreement, AGREEMENTS.len()))
            .chain(refs(RecordKind::Post, POSTS.len()))
            .chain(refs(RecordKind::Statistic, STATISTICS.len()))
    }

    /// Number of records in the dataset.
    pub fn count() -> usize {
        EVENTS.len() + AGREEMENTS.len() + POSTS.len() + STATISTICS.len()
    }

    /// The record with this id (ids are unique across files; the build checks it).
    pub fn by_id(id: &str) -> Option<RecordRef> {
        let kind = match id.split('-').next()? {
            "ev" => RecordKind::Event,
            "agr" => RecordKind::Agreement,
            "post" => RecordKind::Post,
            "st" => RecordKind::Statistic,
            _ => return None,
        };
        let index = match kind {
            RecordKind::Event => EVENTS.iter().position(|r| r.id == id),
            RecordKind::Agreement => AGREEMENTS.iter().position(|r| r.id == id),
            RecordKind::Post => POSTS.iter().position(|r| r.id == id),
            RecordKind::Statistic => STATISTICS.iter().position(|r| r.id == id),
        }?;
        Some(RecordRef {
            kind,
            index: u16::try_from(index).ok()?,
        })
    }

    fn i(self) -> usize {
        usize::from(self.index)
    }

    /// Stable id.
    pub fn id(self) -> &'static str {
        match self.kind {
            RecordKind::Event => EVENTS[self.i()].id,
            RecordKind::Agreement => AGREEMENTS[self.i()].id,
            RecordKind::Post => POSTS[self.i()].id,
            RecordKind::Statistic => STATISTICS[self.i()].id,
        }
    }

    /// Where the record is stated.
    pub fn cite(self) -> &'static [Citation] {
        match self.kind {
            RecordKind::Event => EVENTS[self.i()].cite,
            RecordKind::Agreement => AGREEMENTS[self.i()].cite,
            RecordKind::Post => POSTS[self.i()].cite,
            RecordKind::Statistic => STATISTICS[self.i()].cite,
        }
    }

    /// Country and organisation codes the record is about.
    pub fn places(self) -> &'static [&'static str] {
        match self.kind {
            RecordKind::Event => EVENTS[self.i()].countries,
            RecordKind::Agreement => AGREEMENTS[self.i()].parties,
            RecordKind::Post => std::slice::from_ref(&POSTS[self.i()].country),
            RecordKind::Statistic => STATISTICS[self.i()].geo,
        }
    }

    /// The date the record is placed at on the timeline and sorted by, if any.
    pub fn date(self) -> Option<Date> {
        match self.kind {
            RecordKind::Event => Some(EVENTS[self.i()].date),
            RecordKind::Agreement => {
                let a = &AGREEMENTS[self.i()];
                a.signed.or(a.in_force)
            }
            RecordKind::Post => POSTS[self.i()].date,
            RecordKind::Statistic => match STATISTICS[self.i()].period {
                crate::model::Period::Unknown => None,
                crate::model::Period::At(d) | crate::model::Period::Span(d, _) => Some(d),
            },
        }
    }

    /// The span of time the record covers, as fractional years, if it is dated.
    pub fn extent(self) -> Option<(f64, f64)> {
        match self.kind {
            RecordKind::Event => {
                let e = &EVENTS[self.i()];
                Some((
                    e.date.start_fraction(),
                    e.end.unwrap_or(e.date).end_fraction(),
                ))
            }
            RecordKind::Agreement => {
                let a = &AGREEMENTS[self.i()];
                let first = a.signed.or(a.in_force)?;
                let last = a.in_force.unwrap_or(first);
                Some((first.start_fraction(), last.end_fraction()))
            }
            RecordKind::Post => POSTS[self.i()]
                .date
                .map(|d| (d.start_fraction(), d.end_fraction())),
            RecordKind::Statistic => match STATISTICS[self.i()].period {
                crate::model::Period::Unknown => None,
                crate::model::Period::At(d) => Some((d.start_fraction(), d.end_fraction())),
                crate::model::Period::Span(a, b) => Some((a.start_fraction(), b.end_fraction())),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_record_is_found_again_by_its_id() {
        for r in RecordRef::all() {
            assert_eq!(RecordRef::by_id(r.id()), Some(r), "{}", r.id());
        }
        assert_eq!(RecordRef::all().count(), RecordRef::count());
    }

    #[test]
    fn unknown_and_malformed_ids_find_nothing() {
        for id in ["", "ev-", "ev-does-not-exist", "xx-1", "<script>", "агр-1"] {
            assert_eq!(RecordRef::by_id(id), None, "{id}");
        }
    }

    #[test]
    fn every_record_cites_at_least_one_paragraph() {
        assert!(RecordRef::all().all(|r| !r.cite().is_empty()));
    }

    #[test]
    fn extents_run_forward() {
        for r in RecordRef::all() {
            if let Some((a, b)) = r.extent() {
                assert!(a <= b, "{}", r.id());
            }
        }
    }
}
