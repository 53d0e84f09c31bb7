//! Filters and `select`: which records the views show. Each facet (how it matches, counts,
//! reads and writes) is defined once in `facets`; this module holds the values and runs
//! them over the records.

use crate::collections::Set;
use crate::dataset::{self, SourceId};
use crate::facets;
use crate::fold;
use crate::format;
use crate::i18n::Lang;
use crate::model::{Category, PostKind, Status};
use crate::record::{Detail, RecordRef};
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

/// What the reader narrowed the records to. Empty sets mean "no restriction". Each field
/// is one facet of [`crate::facets::FACETS`], which says how it is matched, counted,
/// written in the URL and drawn in the panel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Filters {
    /// Topics to show.
    pub topics: Set<Topic>,
    /// Country or organisation codes; a record matches if it names any of them, or is an
    /// agreement of an organisation one of them belongs to (`data/memberships.csv`).
    pub countries: Set<&'static str>,
    /// Source documents; a record matches if it cites any.
    pub sources: Set<SourceId>,
    /// Time range: keeps the records whose dates reach into it.
    pub time: Option<MonthRange>,
    /// Keep records without a date while a time range is set (they are left out, and
    /// counted, otherwise).
    pub undated: bool,
    /// Agreement statuses; while any is chosen, only agreements are shown.
    pub statuses: Set<Status>,
    /// Post kinds; while any is chosen, only posts are shown.
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

/// Does `r` concern the country or organisation `code`: does it name it, or is it an
/// agreement of an organisation `code` belongs to (a regional instrument that binds it)?
pub fn binds(r: RecordRef, code: &str) -> bool {
    r.places().contains(&code) || member_party(r, code).is_some()
}

/// The organisation through which the agreement `r` binds the country `code`, when `r`
/// does not name `code` itself: a party of `r` that `code` is a member of.
pub fn member_party(r: RecordRef, code: &str) -> Option<&'static str> {
    r.agreement()?
        .parties
        .iter()
        .copied()
        .find(|p| dataset::is_member(code, p))
}

/// Every record's haystack in `lang`, built once; without the summaries until the
/// language's notes are installed (a search asks for them, see `notes_loader`), then once
/// more with them.
fn haystacks(lang: Lang) -> &'static [String] {
    static FULL: [OnceLock<Vec<String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    static BEFORE_NOTES: [OnceLock<Vec<String>>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    let cells = if crate::texts::notes_installed(lang) {
        &FULL
    } else {
        &BEFORE_NOTES
    };
    cells[slot].get_or_init(|| RecordRef::all().map(|r| haystack(r, lang)).collect())
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

/// Does `r` contain every word of the folded `query`, in any language whose text is loaded?
pub fn matches_text(query: &str, r: RecordRef) -> bool {
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

/// Does `r` pass every filter?
pub fn matches(f: &Filters, r: RecordRef) -> bool {
    select_among_except(f, &[r], None).len() == 1
}

/// Every record that passes `f`, in dataset order.
pub fn select(f: &Filters) -> Vec<RecordRef> {
    let all: Vec<RecordRef> = RecordRef::all().collect();
    select_among(f, &all)
}

/// The records of `records` that pass `f`, in their order (the benchmark feeds it ten
/// copies of the dataset).
pub fn select_among(f: &Filters, records: &[RecordRef]) -> Vec<RecordRef> {
    select_among_except(f, records, None)
}

/// Records that pass every facet except the one keyed `skip`: what an option of that
/// facet would count.
pub fn select_except(f: &Filters, skip: &str) -> Vec<RecordRef> {
    let all: Vec<RecordRef> = RecordRef::all().collect();
    select_among_except(f, &all, Some(skip))
}

fn select_among_except(f: &Filters, records: &[RecordRef], skip: Option<&str>) -> Vec<RecordRef> {
    let query = fold::fold(f.text.trim());
    let skip = facets::FACETS.iter().position(|d| Some(d.key) == skip);
    records
        .iter()
        .copied()
        .filter(|&r| {
            let failed = failed_facet(f, &query, r);
            failed == PASSES || Some(failed) == skip
        })
        .collect()
}

/// What [`failed_facet`] says of a record that passes every facet.
pub const PASSES: usize = usize::MAX;
/// What [`failed_facet`] says of a record that fails two facets or more.
pub const FAILS_TWO: usize = usize::MAX - 1;

/// The index in `FACETS` of the one facet of `f` that `r` fails, else [`PASSES`] or
/// [`FAILS_TWO`]. `query` is the search text folded once; the facets are tested in their
/// order, which ends with the costly search text, and a second failure ends the tests.
pub fn failed_facet(f: &Filters, query: &str, r: RecordRef) -> usize {
    let mut failed = PASSES;
    for (i, d) in facets::FACETS.iter().enumerate() {
        let passes = if d.key == facets::TEXT_KEY {
            matches_text(query, r)
        } else {
            (d.passes)(f, r)
        };
        if !passes {
            if failed != PASSES {
                return FAILS_TWO;
            }
            failed = i;
        }
    }
    failed
}

/// How many records without a date the time range leaves out (none when no range is set
/// or the reader asked to keep them): the note under the status line.
pub fn undated_left_out(f: &Filters) -> usize {
    if f.time.is_none() || f.undated {
        return 0;
    }
    select_except(f, facets::UNDATED_KEY)
        .iter()
        .filter(|r| r.extent().is_none())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;
    use crate::record::RecordKind;

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
    fn country_filter_keeps_records_naming_the_country() {
        let f = Filters {
            countries: ["KOR"].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(!kept.is_empty());
        assert!(kept.iter().all(|r| r.places().contains(&"KOR")));
    }

    // Issue 11: the EAEU Treaty binds Russia and Kyrgyzstan but was filed under EAEU only.
    #[test]
    fn a_country_filter_finds_the_regional_instruments_that_bind_the_country() {
        let f = Filters {
            countries: ["RUS"].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        let treaty = RecordRef::by_id("agr-eaeu-treaty").expect("in the data");
        let cis = RecordRef::by_id("agr-cis-legal-assistance-minsk-1993").expect("in the data");
        assert!(kept.contains(&treaty) && kept.contains(&cis));
        assert_eq!(member_party(treaty, "RUS"), Some("EAEU"));
        // Membership reaches agreements only, and only of the organisations a country is in.
        for r in &kept {
            if !r.places().contains(&"RUS") {
                assert_eq!(r.kind(), RecordKind::Agreement, "{}", r.id());
                assert!(member_party(*r, "RUS").is_some(), "{}", r.id());
            }
        }
        let korea = Filters {
            countries: ["KOR"].into(),
            ..Filters::default()
        };
        assert!(!select(&korea).contains(&treaty));
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

    // Issue 11: 2022..2022 showed 387 of 646 records, agreements of 1993 and 134 undated
    // records among them.
    #[test]
    fn a_year_range_keeps_what_happened_in_it_and_counts_the_undated_it_leaves_out() {
        let f = Filters {
            time: MonthRange::years(2022, 2022),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(!kept.is_empty());
        for r in &kept {
            let (a, b) = r
                .extent()
                .unwrap_or_else(|| panic!("{} is undated", r.id()));
            assert!(a < 2023.0 && b > 2022.0, "{} {a}..{b}", r.id());
        }
        let undated = RecordRef::all().filter(|r| r.extent().is_none()).count();
        assert!(undated > 0);
        assert_eq!(undated_left_out(&f), undated);
        let with_undated = Filters {
            undated: true,
            ..f.clone()
        };
        assert_eq!(select(&with_undated).len(), kept.len() + undated);
        assert_eq!(undated_left_out(&with_undated), 0);
        assert_eq!(undated_left_out(&Filters::default()), 0);
        let minsk = RecordRef::by_id("agr-cis-legal-assistance-minsk-1993").expect("in the data");
        assert!(
            !kept.contains(&minsk),
            "signed in 1993: nothing happened to it in 2022"
        );
    }

    #[test]
    fn a_status_filter_keeps_only_agreements_with_that_status() {
        let f = Filters {
            statuses: [Status::InForce].into(),
            ..Filters::default()
        };
        let kept = select(&f);
        assert!(!kept.is_empty());
        assert!(kept
            .iter()
            .all(|r| r.agreement().is_some_and(|a| a.status == Status::InForce)));
    }
}
