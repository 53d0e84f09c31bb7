//! One handle for every kind of record, so filters, views and the URL can treat
//! events, agreements, posts and figures alike.
//!
//! **Invariant:** `RecordRef` is the only way into a record. Its fields are private; every
//! per-kind fact (id, citations, places, time span, title, summary, search text) is
//! answered here from one `match` per fact, and the kind-specific rows are reached through
//! [`RecordRef::detail`].

use crate::dataset::{self, Dataset};
use crate::i18n::Lang;
use crate::model::{Agreement, Citation, Date, Event, Period, Post, Statistic};
use crate::texts;
use atlas_vocab::TextPart;

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

    /// The id prefix of the kind's records.
    fn prefix(self) -> &'static str {
        match self {
            RecordKind::Event => "ev-",
            RecordKind::Agreement => "agr-",
            RecordKind::Post => "post-",
            RecordKind::Statistic => "st-",
        }
    }

    fn len(self, d: &Dataset) -> usize {
        match self {
            RecordKind::Event => d.events.len(),
            RecordKind::Agreement => d.agreements.len(),
            RecordKind::Post => d.posts.len(),
            RecordKind::Statistic => d.statistics.len(),
        }
    }
}

/// A record's kind-specific row.
#[derive(Clone, Copy, Debug)]
pub enum Detail {
    /// An event.
    Event(&'static Event),
    /// An agreement.
    Agreement(&'static Agreement),
    /// A post abroad.
    Post(&'static Post),
    /// A figure.
    Statistic(&'static Statistic),
}

/// A record of the dataset: its kind and its position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RecordRef {
    kind: RecordKind,
    index: u16,
}

impl RecordRef {
    /// Every record, events first.
    pub fn all() -> impl Iterator<Item = RecordRef> {
        let d = dataset::get();
        RecordKind::ALL.into_iter().flat_map(move |kind| {
            (0..kind.len(d))
                .filter_map(move |i| u16::try_from(i).ok().map(|index| RecordRef { kind, index }))
        })
    }

    /// Every record of one kind.
    pub fn of_kind(kind: RecordKind) -> impl Iterator<Item = RecordRef> {
        Self::all().filter(move |r| r.kind == kind)
    }

    /// Number of records in the dataset.
    pub fn count() -> usize {
        let d = dataset::get();
        RecordKind::ALL.iter().map(|k| k.len(d)).sum()
    }

    /// Position among all records, events first: a dense index for per-record tables.
    pub fn ordinal(self) -> usize {
        let d = dataset::get();
        RecordKind::ALL
            .iter()
            .take_while(|k| **k != self.kind)
            .map(|k| k.len(d))
            .sum::<usize>()
            + usize::from(self.index)
    }

    /// The record with this id (ids are unique across files; the build checks it).
    pub fn by_id(id: &str) -> Option<RecordRef> {
        let kind = RecordKind::ALL
            .into_iter()
            .find(|k| id.starts_with(k.prefix()))?;
        Self::of_kind(kind).find(|r| r.id() == id)
    }

    /// Which file the record comes from.
    pub fn kind(self) -> RecordKind {
        self.kind
    }

    /// The record's own row.
    pub fn detail(self) -> Detail {
        let d = dataset::get();
        let i = usize::from(self.index);
        // A `RecordRef` is made only by `all`/`by_id`, within the lists' lengths.
        match self.kind {
            RecordKind::Event => Detail::Event(&d.events[i]),
            RecordKind::Agreement => Detail::Agreement(&d.agreements[i]),
            RecordKind::Post => Detail::Post(&d.posts[i]),
            RecordKind::Statistic => Detail::Statistic(&d.statistics[i]),
        }
    }

    /// The agreement, if the record is one.
    pub fn agreement(self) -> Option<&'static Agreement> {
        match self.detail() {
            Detail::Agreement(a) => Some(a),
            _ => None,
        }
    }

    /// The post, if the record is one.
    pub fn post(self) -> Option<&'static Post> {
        match self.detail() {
            Detail::Post(p) => Some(p),
            _ => None,
        }
    }

    /// The figure, if the record is one.
    pub fn statistic(self) -> Option<&'static Statistic> {
        match self.detail() {
            Detail::Statistic(s) => Some(s),
            _ => None,
        }
    }

    /// The event, if the record is one.
    pub fn event(self) -> Option<&'static Event> {
        match self.detail() {
            Detail::Event(e) => Some(e),
            _ => None,
        }
    }

    /// Stable id.
    pub fn id(self) -> &'static str {
        match self.detail() {
            Detail::Event(e) => e.id,
            Detail::Agreement(a) => a.id,
            Detail::Post(p) => p.id,
            Detail::Statistic(s) => s.id,
        }
    }

    /// Where the record is stated.
    pub fn cite(self) -> &'static [Citation] {
        match self.detail() {
            Detail::Event(e) => e.cite,
            Detail::Agreement(a) => a.cite,
            Detail::Post(p) => p.cite,
            Detail::Statistic(s) => s.cite,
        }
    }

    /// Country and organisation codes the record is about.
    pub fn places(self) -> &'static [&'static str] {
        match self.detail() {
            Detail::Event(e) => e.countries,
            Detail::Agreement(a) => a.parties,
            Detail::Post(p) => std::slice::from_ref(&p.country),
            Detail::Statistic(s) => s.geo,
        }
    }

    /// The first and last dates the record covers, if it is dated: the one definition of
    /// a record's time that the timeline, the year filter and the table all use.
    pub fn dates(self) -> Option<(Date, Date)> {
        match self.detail() {
            Detail::Event(e) => Some((e.date, e.end.unwrap_or(e.date))),
            Detail::Agreement(a) => {
                let first = a.signed.or(a.in_force)?;
                Some((first, a.in_force.unwrap_or(first)))
            }
            Detail::Post(p) => p.date.map(|d| (d, d)),
            Detail::Statistic(s) => match s.period {
                Period::Unknown => None,
                Period::At(d) => Some((d, d)),
                Period::Span(a, b) => Some((a, b)),
            },
        }
    }

    /// The date the record is placed at on the timeline and sorted by, if any.
    pub fn date(self) -> Option<Date> {
        self.dates().map(|(first, _)| first)
    }

    /// The span of time the record covers, as fractional years, if it is dated.
    pub fn extent(self) -> Option<(f64, f64)> {
        self.dates()
            .map(|(a, b)| (a.start_fraction(), b.end_fraction()))
    }

    /// The record's own title in `lang` (posts and figures have none: see
    /// `format::title`, which composes one).
    pub fn own_title(self, lang: Lang) -> Option<&'static str> {
        let part = match self.kind {
            RecordKind::Event => TextPart::EventTitle,
            RecordKind::Agreement => TextPart::AgreementTitle,
            _ => return None,
        };
        Some(texts::for_lang(lang).get(part, usize::from(self.index)))
    }

    /// The record's summary (a figure's note) in `lang`.
    pub fn summary(self, lang: Lang) -> &'static str {
        let part = match self.kind {
            RecordKind::Event => TextPart::EventSummary,
            RecordKind::Agreement => TextPart::AgreementSummary,
            RecordKind::Post => TextPart::PostSummary,
            RecordKind::Statistic => TextPart::StatisticNote,
        };
        texts::for_lang(lang).get(part, usize::from(self.index))
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
    fn ordinals_are_dense_and_in_order() {
        for (i, r) in RecordRef::all().enumerate() {
            assert_eq!(r.ordinal(), i, "{}", r.id());
        }
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

    #[test]
    fn every_record_has_a_summary_in_every_language() {
        for lang in Lang::ALL {
            for r in RecordRef::all() {
                assert!(!r.summary(lang).is_empty(), "{} {}", lang.code(), r.id());
            }
        }
    }
}
