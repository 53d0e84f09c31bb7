//! Filters and `matches`: which records the views show, and how many each filter option
//! would leave (the counts beside every option).

use crate::collections::Set;
use crate::dataset::{self, SourceId};
use crate::fold;
use crate::format;
use crate::i18n::Lang;
use crate::model::{Category, PostKind, Status};
use crate::record::{Detail, RecordKind, RecordRef};
use crate::time::MonthRange;
use atlas_vocab::TextPart;
use std::sync::OnceLock;

/// Longest search text kept: the reducer, the URL reader and the search box all cut here.
pub const MAX_TEXT: usize = 200;

/// The topic a record belongs to: the timeline's lanes, plus figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Topic {
    /// Agreements and agreement events.
    Agreements,
    /// Laws, decrees, programmes.
    Policy,
    /// Posts and consular events.
    Consular,
    /// Crises, amnesties, evacuations.
    Crisis,
    /// The reporting cycle.
    Reporting,
    /// Statistics.
    Figures,
}

impl Topic {
    /// Every topic, in lane order.
    pub const ALL: [Topic; 6] = [
        Topic::Agreements,
        Topic::Policy,
        Topic::Consular,
        Topic::Crisis,
        Topic::Reporting,
        Topic::Figures,
    ];

    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            Topic::Agreements => "agreement",
            Topic::Policy => "policy",
            Topic::Consular => "consular",
            Topic::Crisis => "crisis",
            Topic::Reporting => "reporting",
            Topic::Figures => "figures",
        }
    }

    /// Inverse of [`Topic::key`].
    pub fn from_key(key: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.key() == key)
    }

    /// The topic of an event category.
    pub fn of_category(c: Category) -> Topic {
        match c {
            Category::Agreement => Topic::Agreements,
            Category::Policy => Topic::Policy,
            Category::Consular => Topic::Consular,
            Category::Crisis => Topic::Crisis,
            Category::Reporting => Topic::Reporting,
        }
    }
}

/// The topic of a record.
pub fn topic(r: RecordRef) -> Topic {
    match r.detail() {
        Detail::Event(e) => Topic::of_category(e.category),
        Detail::Agreement(_) => Topic::Agreements,
        Detail::Post(_) => Topic::Consular,
        Detail::Statistic(_) => Topic::Figures,
    }
}

/// What the reader narrowed the records to. Empty sets mean "no restriction".
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Topics to show.
    pub topics: Set<Topic>,
    /// Country or organisation codes; a record matches if it names any of them.
    pub countries: Set<&'static str>,
    /// Source documents; a record matches if it cites any.
    pub sources: Set<SourceId>,
    /// Time range; records without a date are kept (their time is unknown, not absent).
    pub time: Option<MonthRange>,
    /// Agreement statuses; applies to agreements only.
    pub statuses: Set<Status>,
    /// Post kinds; applies to posts only.
    pub post_kinds: Set<PostKind>,
    /// Free text, every word must occur (case and diacritics folded); at most
    /// [`MAX_TEXT`] characters.
    pub text: String,
}

impl Filters {
    /// True when nothing is filtered.
    pub fn is_empty(&self) -> bool {
        *self == Filters::default()
    }
}

/// One facet of the filters, for counting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Facet {
    /// `topics`
    Topic,
    /// `countries`
    Country,
    /// `sources`
    Source,
    /// `time`
    Time,
    /// `statuses`
    Status,
    /// `post_kinds`
    PostKind,
    /// `text`
    Text,
}

fn haystacks(lang: Lang) -> &'static [String] {
    static CELLS: [OnceLock<Vec<String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    CELLS[slot].get_or_init(|| RecordRef::all().map(|r| haystack(r, lang)).collect())
}

/// Everything a reader might type in `lang` to find the record, folded once: its texts in
/// `lang`, its id, the English keys of its vocabulary, its places' codes and names, and
/// its documents' symbols. A query is matched against every language whose text is
/// loaded, so a Russian reader also finds records by ISO codes, symbols and English keys.
fn haystack(r: RecordRef, lang: Lang) -> String {
    let mut text = String::new();
    let mut push = |s: &str| {
        text.push_str(&fold::fold(s));
        text.push(' ');
    };
    push(r.id());
    let langs = [lang];
    for &l in &langs {
        push(&format::title(r, l));
        push(r.summary(l));
    }
    match r.detail() {
        Detail::Event(e) => {
            push(e.kind.key());
            langs
                .iter()
                .for_each(|l| push(format::label(TextPart::EventKindLabel, e.kind.index(), *l)));
        }
        Detail::Agreement(a) => {
            push(a.scope.key());
            push(a.status.key());
            for s in a.subjects {
                push(s.key());
                langs
                    .iter()
                    .for_each(|l| push(format::label(TextPart::SubjectLabel, s.index(), *l)));
            }
        }
        Detail::Post(p) => {
            push(p.kind.key());
            if let Some(c) = p.city {
                push(dataset::get().cities[usize::from(c)].key);
            }
        }
        Detail::Statistic(s) => push(dataset::indicator(s.indicator).key),
    }
    for code in r.places() {
        push(code);
        for &l in &langs {
            push(dataset::place_name(code, l));
        }
    }
    for c in r.cite() {
        push(dataset::source_of(c).symbol);
        push(format::source_symbol(c.source, lang));
    }
    text
}

/// Does `r` pass `facet` of `f`?
pub fn passes(f: &Filters, facet: Facet, r: RecordRef) -> bool {
    match facet {
        Facet::Topic => f.topics.is_empty() || f.topics.contains(&topic(r)),
        Facet::Country => {
            f.countries.is_empty() || r.places().iter().any(|p| f.countries.contains(p))
        }
        Facet::Source => {
            f.sources.is_empty() || r.cite().iter().any(|c| f.sources.contains(&c.source))
        }
        Facet::Time => match (f.time, existence(r)) {
            (None, _) | (_, None) => true,
            (Some(range), Some((a, b))) => range.overlaps(a, b),
        },
        Facet::Status => {
            f.statuses.is_empty() || r.agreement().is_none_or(|a| f.statuses.contains(&a.status))
        }
        Facet::PostKind => {
            f.post_kinds.is_empty() || r.post().is_none_or(|p| f.post_kinds.contains(&p.kind))
        }
        Facet::Text => matches_text(&fold::fold(f.text.trim()), r),
    }
}

/// Does `r` contain every word of the folded `query`, in any language whose text is loaded?
fn matches_text(query: &str, r: RecordRef) -> bool {
    query.is_empty()
        || Lang::ALL
            .into_iter()
            .filter(|l| crate::texts::is_installed(*l))
            .any(|l| {
                haystacks(l)
                    .get(r.ordinal())
                    .is_some_and(|h| fold::matches_all_words(h, query))
            })
}

/// "Still there": the end of an agreement's or a post's existence, later than any range.
const STILL_EXISTS: f64 = 9999.0;

/// When a record existed or happened: events and figures over their own span; agreements
/// and posts from their date on (they go on existing after they are signed or opened).
pub fn existence(r: RecordRef) -> Option<(f64, f64)> {
    let (a, b) = r.extent()?;
    match r.kind() {
        RecordKind::Agreement | RecordKind::Post => Some((a, STILL_EXISTS.max(b))),
        _ => Some((a, b)),
    }
}

const FACETS: [Facet; 7] = [
    Facet::Topic,
    Facet::Country,
    Facet::Source,
    Facet::Time,
    Facet::Status,
    Facet::PostKind,
    Facet::Text,
];

/// Does `r` pass every filter?
pub fn matches(f: &Filters, r: RecordRef) -> bool {
    // Text last: it is the only costly test.
    FACETS.iter().all(|&facet| passes(f, facet, r))
}

/// Every record that passes `f`, in dataset order.
pub fn select(f: &Filters) -> Vec<RecordRef> {
    let all: Vec<RecordRef> = RecordRef::all().collect();
    select_among(f, &all)
}

/// The records of `records` that pass `f`, in their order (the benchmark feeds it ten
/// copies of the dataset).
pub fn select_among(f: &Filters, records: &[RecordRef]) -> Vec<RecordRef> {
    let query = fold::fold(f.text.trim());
    records
        .iter()
        .copied()
        .filter(|&r| {
            FACETS[..6].iter().all(|&facet| passes(f, facet, r)) && matches_text(&query, r)
        })
        .collect()
}

/// Records that pass every facet except `skip`: what an option of `skip` would count.
pub fn select_except(f: &Filters, skip: Facet) -> Vec<RecordRef> {
    RecordRef::all()
        .filter(|&r| {
            FACETS
                .iter()
                .filter(|&&x| x != skip)
                .all(|&facet| passes(f, facet, r))
        })
        .collect()
}

/// How many records each topic option would leave.
pub fn topic_counts(f: &Filters) -> Vec<(Topic, usize)> {
    let base = select_except(f, Facet::Topic);
    Topic::ALL
        .iter()
        .map(|&t| (t, base.iter().filter(|&&r| topic(r) == t).count()))
        .collect()
}

/// How many records each country option would leave, for every code the data names.
pub fn country_counts(f: &Filters) -> Vec<(&'static str, usize)> {
    let base = select_except(f, Facet::Country);
    let codes: Set<&'static str> = RecordRef::all()
        .flat_map(|r| r.places().iter().copied())
        .collect();
    let codes: Vec<&'static str> = codes.iter().copied().collect();
    let mut counts = vec![0usize; codes.len()];
    for r in &base {
        let places: Set<&'static str> = r.places().iter().copied().collect();
        for p in &places {
            if let Ok(i) = codes.binary_search(p) {
                counts[i] += 1;
            }
        }
    }
    codes.into_iter().zip(counts).collect()
}

/// How many records each source option would leave.
pub fn source_counts(f: &Filters) -> Vec<(SourceId, usize)> {
    let base = select_except(f, Facet::Source);
    dataset::get()
        .source_ids()
        .map(|(s, _)| {
            (
                s,
                base.iter()
                    .filter(|r| r.cite().iter().any(|c| c.source == s))
                    .count(),
            )
        })
        .collect()
}

/// How many records of each `options` value the `facet` option would leave, where
/// `value` gives a record's value (`None` for records the facet does not apply to).
fn counts_by<T: Copy + PartialEq>(
    f: &Filters,
    facet: Facet,
    options: &[T],
    value: &dyn Fn(RecordRef) -> Option<T>,
) -> Vec<(T, usize)> {
    let base = select_except(f, facet);
    options
        .iter()
        .map(|&o| (o, base.iter().filter(|&&r| value(r) == Some(o)).count()))
        .collect()
}

/// How many agreements each status option would leave.
pub fn status_counts(f: &Filters) -> Vec<(Status, usize)> {
    counts_by(f, Facet::Status, Status::ALL, &|r| {
        r.agreement().map(|a| a.status)
    })
}

/// How many posts each kind option would leave.
pub fn post_kind_counts(f: &Filters) -> Vec<(PostKind, usize)> {
    counts_by(f, Facet::PostKind, PostKind::ALL, &|r| {
        r.post().map(|p| p.kind)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_filter_keeps_every_record() {
        assert_eq!(select(&Filters::default()).len(), RecordRef::count());
    }

    #[test]
    fn a_topic_filter_keeps_only_that_topic() {
        let f = Filters {
            topics: [Topic::Figures].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|r| r.kind() == RecordKind::Statistic));
    }

    #[test]
    fn topic_counts_agree_with_selecting_each_topic() {
        let f = Filters {
            countries: ["RUS"].into(),
            ..Filters::default()
        };
        for (t, n) in topic_counts(&f) {
            let mut g = f.clone();
            g.topics = [t].into();
            assert_eq!(select(&g).len(), n, "{t:?}");
        }
    }

    #[test]
    fn status_and_post_kind_counts_agree_with_selecting_each_option() {
        let f = Filters::default();
        for (s, n) in status_counts(&f) {
            let g = Filters {
                statuses: [s].into(),
                topics: [Topic::Agreements].into(),
                ..Filters::default()
            };
            let agreements = select(&g)
                .into_iter()
                .filter(|r| r.kind() == RecordKind::Agreement)
                .count();
            assert_eq!(agreements, n, "{s:?}");
        }
        for (k, n) in post_kind_counts(&f) {
            let g = Filters {
                post_kinds: [k].into(),
                ..Filters::default()
            };
            assert_eq!(
                select(&g)
                    .into_iter()
                    .filter(|r| r.kind() == RecordKind::Post)
                    .count(),
                n,
                "{k:?}"
            );
        }
    }

    #[test]
    fn country_filter_keeps_records_naming_the_country() {
        let f = Filters {
            countries: ["RUS"].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|r| r.places().contains(&"RUS")));
    }

    /// How many records a reader of `lang` finds with `query` in their own language's text.
    fn found_in(lang: Lang, query: &str) -> usize {
        let q = fold::fold(query);
        RecordRef::all()
            .filter(|r| {
                haystacks(lang)
                    .get(r.ordinal())
                    .is_some_and(|h| fold::matches_all_words(h, &q))
            })
            .count()
    }

    #[test]
    fn every_placeholder_suggests_queries_that_find_records_in_its_language() {
        for lang in Lang::ALL {
            let placeholder = crate::i18n::tr(lang, crate::i18n::Text::SearchPlaceholder);
            let (_, examples) = placeholder
                .rsplit_once(". ")
                .expect("an example after the abbreviation");
            for example in examples.split(',').map(str::trim) {
                let n = found_in(lang, example);
                assert!(n > 0, "{}: '{example}' finds nothing", lang.code());
            }
        }
    }

    #[test]
    fn russian_and_kyrgyz_readers_find_records_by_their_own_text_and_by_codes() {
        // Words that occur only in the translations, not in English.
        assert!(found_in(Lang::Ru, "соглашение") > 10);
        assert!(found_in(Lang::Ky, "макулдашуу") > 10);
        // Kyrgyz letters fold: "өкүлчүлүк" is found as typed without ө and ү too.
        assert_eq!(
            found_in(Lang::Ky, "өкүлчүлүк"),
            found_in(Lang::Ky, "окулчулук")
        );
        assert!(found_in(Lang::Ky, "өкүлчүлүк") > 0);
        // ё and е are one letter for search.
        assert_eq!(found_in(Lang::Ru, "ещё"), found_in(Lang::Ru, "еще"));
        // Codes and symbols work whatever the language.
        for lang in Lang::ALL {
            assert!(found_in(lang, "CMW/C/KGZ/2") > 100, "{}", lang.code());
            assert!(found_in(lang, "RUS") > 10, "{}", lang.code());
        }
    }

    #[test]
    fn text_search_folds_case_and_diacritics() {
        let plain = Filters {
            text: "TURKIYE".into(),
            ..Filters::default()
        };
        let accented = Filters {
            text: "türkiye".into(),
            ..Filters::default()
        };
        let russian = Filters {
            text: "ТУРЦИЯ".into(),
            ..Filters::default()
        };
        let a = select(&plain);
        assert!(!a.is_empty());
        assert_eq!(a, select(&accented));
        assert_eq!(
            a,
            select(&russian),
            "country names in Russian are searchable too"
        );
    }

    #[test]
    fn undated_records_survive_a_time_filter_and_dated_ones_must_overlap() {
        let f = Filters {
            time: MonthRange::years(2021, 2021),
            ..Filters::default()
        };
        for r in select(&f) {
            if let Some((a, b)) = existence(r) {
                assert!(a < 2022.0 && b > 2021.0, "{} {a}..{b}", r.id());
            }
        }
        let undated = RecordRef::all().filter(|&r| existence(r).is_none()).count();
        assert!(select(&f).len() >= undated);
    }

    #[test]
    fn status_filter_narrows_agreements_and_leaves_other_kinds() {
        let f = Filters {
            statuses: [Status::InForce].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(kept
            .iter()
            .filter(|r| r.kind() == RecordKind::Agreement)
            .all(|r| r.agreement().is_some_and(|a| a.status == Status::InForce)));
        assert!(kept.iter().any(|r| r.kind() == RecordKind::Event));
    }
}
