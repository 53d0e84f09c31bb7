//! The filter facets, each defined once: its URL key and codec, how a record passes it,
//! its options and their labels, and how the panel draws it.
//!
//! **Invariant:** the URL reader and writer (`query`), the option counts ([`counts`]), the
//! active-filter count of the toolbar, the reducer ([`crate::state::Action::Toggle`]) and
//! the filter panel all loop over [`FACETS`]; none names a facet. Adding a facet is one
//! field of `Filters`, one entry here and its strings in `i18n`; the URL round-trip
//! property test draws states from this table, so it covers the new facet unchanged.

use crate::collections::Set;
use crate::dataset::{self, SourceId};
use crate::filter::{self, Filters, Topic, MAX_TEXT};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::model::{PostKind, Status};
use crate::record::RecordRef;
use crate::time::MonthRange;
use std::sync::OnceLock;

/// How the filter panel draws a facet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// One checkbox per option, each with how many records it would leave.
    Checkboxes,
    /// Like `Checkboxes`, leaving out options that would leave nothing (unless chosen).
    NonEmpty,
    /// A search box over many options; the options leaving most records first.
    Searchable,
    /// The From and To year boxes.
    Years,
    /// One switch, with how many records it would add; shown while `visible` holds.
    Switch,
    /// The toolbar's search box: not drawn in the panel.
    Toolbar,
}

/// A facet whose value is a set of options, written `key:item,item`.
pub struct Options {
    /// Number of options.
    pub len: fn() -> usize,
    /// The URL item of option `i` (also its `data-key` in the panel).
    pub item: fn(usize) -> String,
    /// The option a URL item names.
    pub parse: fn(&str) -> Option<usize>,
    /// Is option `i` chosen?
    pub has: fn(&Filters, usize) -> bool,
    /// Chooses option `i`, or un-chooses it.
    pub toggle: fn(&mut Filters, usize),
    /// Un-chooses every option.
    pub clear: fn(&mut Filters),
    /// The option's label in the panel.
    pub label: fn(usize, Lang) -> String,
    /// Calls back with every option the record passes when that option alone is chosen,
    /// each once: the counts take one pass over the records instead of one per option.
    pub each: fn(RecordRef, &mut dyn FnMut(usize)),
}

/// A facet with one value, written `key:value`.
pub struct Value {
    /// Reads a URL value into the filters; false when it was not (wholly) read.
    pub read: fn(&mut Filters, &str) -> bool,
    /// The URL value, or `None` when the facet is not set.
    pub write: fn(&Filters) -> Option<String>,
    /// Sets the facet to an arbitrary value drawn from `seed`: the URL round-trip property
    /// test builds its states from this.
    #[cfg(test)]
    pub sample: fn(&mut Filters, u64),
}

/// How a facet's value is written and chosen.
pub enum Codec {
    /// A set of options.
    Options(Options),
    /// One value.
    Value(Value),
}

/// One facet of the filters.
pub struct FacetDef {
    /// The URL key (`k`, `c`…); also names the facet in actions and as `data-facet`.
    pub key: &'static str,
    /// The panel's heading for it.
    pub label: Text,
    /// Lines under its options.
    pub note: &'static [Text],
    /// How the panel draws it.
    pub control: Control,
    /// Does the record pass this facet of the filters?
    pub passes: fn(&Filters, RecordRef) -> bool,
    /// Whether the panel shows it for these filters.
    pub visible: fn(&Filters) -> bool,
    /// How its value is written and chosen.
    pub codec: Codec,
}

impl FacetDef {
    /// The options, when the facet is a set of them.
    pub fn options(&self) -> Option<&Options> {
        match &self.codec {
            Codec::Options(o) => Some(o),
            Codec::Value(_) => None,
        }
    }

    /// The facet's part of a URL value (`k:agreement,policy`), when it is set.
    pub fn write(&self, f: &Filters) -> Option<String> {
        let value = match &self.codec {
            Codec::Options(o) => {
                let items: Vec<String> = (0..(o.len)())
                    .filter(|&i| (o.has)(f, i))
                    .map(|i| (o.item)(i))
                    .collect();
                (!items.is_empty()).then(|| items.join(","))
            }
            Codec::Value(v) => (v.write)(f),
        }?;
        Some(format!("{}:{value}", self.key))
    }

    /// Reads the facet's URL value into `f`; `bad` hears every item or value it drops.
    /// Reading an item twice chooses it once.
    pub fn read(&self, f: &mut Filters, raw: &str, bad: &mut dyn FnMut(&str)) {
        match &self.codec {
            Codec::Options(o) => {
                for item in raw.split(',').filter(|s| !s.is_empty()).take(MAX_ITEMS) {
                    match (o.parse)(item) {
                        Some(i) if !(o.has)(f, i) => (o.toggle)(f, i),
                        Some(_) => {}
                        None => bad(item),
                    }
                }
            }
            Codec::Value(v) => {
                if !(v.read)(f, raw) {
                    bad(raw);
                }
            }
        }
    }

    /// How many filters of this facet are on: chosen options, or one for a set value.
    pub fn active(&self, f: &Filters) -> usize {
        match &self.codec {
            Codec::Options(o) => (0..(o.len)()).filter(|&i| (o.has)(f, i)).count(),
            Codec::Value(v) => usize::from((v.write)(f).is_some()),
        }
    }
}

/// Most items read from one list of a URL.
pub const MAX_ITEMS: usize = 300;

/// The URL key of the search text, the one costly facet (matched last, folded once).
pub const TEXT_KEY: &str = "q";

/// The URL key of the switch that keeps records without a date in a year range.
pub const UNDATED_KEY: &str = "u";

/// The facet with this URL key.
pub fn by_key(key: &str) -> Option<&'static FacetDef> {
    FACETS.iter().find(|d| d.key == key)
}

/// How many records each option of `facet` would leave, given the other facets of `f`
/// (empty for a facet that has no options).
pub fn counts(f: &Filters, facet: &FacetDef) -> Vec<usize> {
    let Some(o) = facet.options() else {
        return Vec::new();
    };
    let mut counts = vec![0; (o.len)()];
    for r in filter::select_except(f, facet.key) {
        (o.each)(r, &mut |i| {
            if let Some(n) = counts.get_mut(i) {
                *n += 1;
            }
        });
    }
    counts
}

/// How many records a switch (a facet of one option) adds when it is turned on, or holds
/// in while it is on.
pub fn added_by(f: &Filters, facet: &FacetDef) -> usize {
    let Some(o) = facet.options() else {
        return 0;
    };
    let base = filter::select_except(f, facet.key);
    let mut off = f.clone();
    (o.clear)(&mut off);
    base.len() - base.iter().filter(|&&r| (facet.passes)(&off, r)).count()
}

/// How many filters are on, the search text aside (the toolbar shows it on the button).
pub fn active(f: &Filters) -> usize {
    FACETS
        .iter()
        .filter(|d| d.control != Control::Toolbar)
        .map(|d| d.active(f))
        .sum()
}

fn always(_: &Filters) -> bool {
    true
}

/// Every code a country option can name: the countries and organisations of the dataset,
/// in code order (the order the URL lists them in).
fn place_codes() -> &'static [&'static str] {
    static CODES: OnceLock<Vec<&'static str>> = OnceLock::new();
    CODES.get_or_init(|| {
        let d = dataset::get();
        let codes: Set<&'static str> = d
            .countries
            .iter()
            .map(|c| c.iso3)
            .chain(d.organisations.iter().copied())
            .collect();
        codes.iter().copied().collect()
    })
}

/// The country options a record passes alone: the places it names, and the members of the
/// organisations it is an agreement of (see `filter::binds`).
fn each_place(r: RecordRef, to: &mut dyn FnMut(usize)) {
    let codes = place_codes();
    let mut seen: Set<&'static str> = r.places().iter().copied().collect();
    if r.agreement().is_some() {
        for p in r.places() {
            for m in dataset::get()
                .memberships
                .iter()
                .filter(|m| m.organisation == *p)
            {
                seen.insert(m.country);
            }
        }
    }
    for code in seen.iter() {
        if let Ok(i) = codes.binary_search(code) {
            to(i);
        }
    }
}

fn source_list() -> &'static [SourceId] {
    static IDS: OnceLock<Vec<SourceId>> = OnceLock::new();
    IDS.get_or_init(|| dataset::get().source_ids().map(|(id, _)| id).collect())
}

/// The `Options` of a facet stored as a `Set` in `Filters::$field`, over the values of
/// `$all` (a slice), with `$item` (value → URL item) and `$label` (value, lang → text).
macro_rules! set_options {
    ($field:ident, $all:expr, $item:expr, $label:expr, $each:expr) => {
        Codec::Options(Options {
            len: || $all.len(),
            item: |i| $all.get(i).map_or(String::new(), |v| $item(*v)),
            parse: |s| (0..$all.len()).find(|&i| $all.get(i).is_some_and(|v| $item(*v) == s)),
            has: |f, i| $all.get(i).is_some_and(|v| f.$field.contains(v)),
            toggle: |f, i| {
                if let Some(v) = $all.get(i) {
                    f.$field.toggle(*v)
                }
            },
            clear: |f| f.$field = Set::default(),
            label: |i, lang| $all.get(i).map_or(String::new(), |v| $label(*v, lang)),
            each: $each,
        })
    };
}

/// Calls `to` with the position of `value` in `all`, if it is there.
fn position_of<T: PartialEq>(all: &[T], value: &T, to: &mut dyn FnMut(usize)) {
    if let Some(i) = all.iter().position(|v| v == value) {
        to(i);
    }
}

fn topic_item(t: Topic) -> String {
    t.key().to_string()
}

fn topic_label(t: Topic, lang: Lang) -> String {
    format::topic(t, lang).to_string()
}

fn code_item(c: &'static str) -> String {
    c.to_string()
}

fn place_label(c: &'static str, lang: Lang) -> String {
    dataset::place_name(c, lang).to_string()
}

fn source_item(s: SourceId) -> String {
    dataset::get().source(s).id.to_string()
}

fn source_label(s: SourceId, lang: Lang) -> String {
    format!(
        "{} ({})",
        format::source_symbol(s, lang),
        format::source_date(s, lang)
    )
}

fn status_item(s: Status) -> String {
    s.key().replace(' ', "-")
}

fn status_label(s: Status, lang: Lang) -> String {
    format::status(s, lang).to_string()
}

fn post_kind_item(k: PostKind) -> String {
    k.key().replace(' ', "-")
}

fn post_kind_label(k: PostKind, lang: Lang) -> String {
    format::post_kind(k, lang).to_string()
}

/// `2015..2023`, or months `2015-03..2016-07`.
pub fn month_range(s: &str) -> Option<MonthRange> {
    let (a, b) = s.split_once("..")?;
    let month = |t: &str, end: bool| -> Option<u32> {
        let (y, m) = match t.split_once('-') {
            Some((y, m)) if m.len() == 2 => (y, Some(m)),
            None => (t, None),
            _ => return None,
        };
        if y.len() != 4 {
            return None;
        }
        let y: u32 = y.parse().ok()?;
        match m {
            None => Some(y * 12 + if end { 12 } else { 0 }),
            Some(m) => {
                let m: u32 = m.parse().ok()?;
                (1..=12)
                    .contains(&m)
                    .then_some(y * 12 + m - 1 + u32::from(end))
            }
        }
    };
    MonthRange::new(month(a, false)?, month(b, true)?)
}

fn read_years(f: &mut Filters, raw: &str) -> bool {
    match month_range(raw) {
        Some(r) => {
            f.time = Some(r);
            true
        }
        None => false,
    }
}

fn read_text(f: &mut Filters, raw: &str) -> bool {
    let t = crate::query::decode(raw);
    let whole = t.chars().count() <= MAX_TEXT;
    f.text = t.chars().take(MAX_TEXT).collect();
    whole
}

/// Every facet, in the order the URL writes them and the panel shows them.
pub static FACETS: [FacetDef; 8] = [
    FacetDef {
        key: "k",
        label: Text::Topics,
        note: &[],
        control: Control::Checkboxes,
        passes: |f, r| f.topics.is_empty() || f.topics.contains(&filter::topic(r)),
        visible: always,
        codec: set_options!(topics, Topic::ALL, topic_item, topic_label, |r, to| {
            position_of(&Topic::ALL, &filter::topic(r), to)
        }),
    },
    FacetDef {
        key: "c",
        label: Text::Countries,
        note: &[Text::CountriesNote],
        control: Control::Searchable,
        passes: |f, r| f.countries.is_empty() || f.countries.iter().any(|c| filter::binds(r, c)),
        visible: always,
        codec: set_options!(countries, place_codes(), code_item, place_label, each_place),
    },
    FacetDef {
        key: "s",
        label: Text::Sources,
        note: &[],
        control: Control::Checkboxes,
        passes: |f, r| {
            f.sources.is_empty() || r.cite().iter().any(|c| f.sources.contains(&c.source))
        },
        visible: always,
        codec: set_options!(
            sources,
            source_list(),
            source_item,
            source_label,
            |r, to| {
                let mut seen = Set::default();
                for c in r.cite() {
                    if seen.insert(c.source) {
                        position_of(source_list(), &c.source, to);
                    }
                }
            }
        ),
    },
    FacetDef {
        key: "y",
        label: Text::Years,
        note: &[Text::YearsNote],
        control: Control::Years,
        // What happened in the range: a record whose dates reach into it. Undated records
        // are the next facet's business.
        passes: |f, r| match (f.time, r.extent()) {
            (Some(range), Some((a, b))) => range.overlaps(a, b),
            _ => true,
        },
        visible: always,
        codec: Codec::Value(Value {
            read: read_years,
            write: |f| f.time.map(|r| r.text("..", false)),
            #[cfg(test)]
            sample: |f, seed| {
                let (year, len) = (1990 + (seed % 40) as u32, (seed >> 8) as u32 % 40);
                f.time = ((seed >> 16) % 4 != 0)
                    .then(|| MonthRange::new(year * 12, year * 12 + len + 1))
                    .flatten();
            },
        }),
    },
    FacetDef {
        key: UNDATED_KEY,
        label: Text::Undated,
        note: &[],
        control: Control::Switch,
        // While years are chosen, a record without a date is left out unless asked for:
        // its time is unknown, so it cannot be said to fall in the range.
        passes: |f, r| f.time.is_none() || f.undated || r.extent().is_some(),
        visible: |f| f.time.is_some(),
        codec: Codec::Options(Options {
            len: || 1,
            item: |_| "1".to_string(),
            parse: |s| (s == "1").then_some(0),
            has: |f, _| f.undated,
            toggle: |f, _| f.undated = !f.undated,
            clear: |f| f.undated = false,
            label: |_, lang| tr(lang, Text::IncludeUndated).to_string(),
            // Switched on, the facet keeps every record.
            each: |_, to| to(0),
        }),
    },
    FacetDef {
        key: "st",
        label: Text::AgreementStatus,
        note: &[Text::StatusAppliesToAgreements, Text::StatusExplained],
        control: Control::NonEmpty,
        // A status is an agreement's: while one is chosen, only agreements are shown, so
        // "Agreements + in force" never lists the agreement lane's events.
        passes: |f, r| {
            f.statuses.is_empty()
                || r.agreement()
                    .is_some_and(|a| f.statuses.contains(&a.status))
        },
        visible: always,
        codec: set_options!(statuses, Status::ALL, status_item, status_label, |r, to| {
            if let Some(a) = r.agreement() {
                to(a.status.index());
            }
        }),
    },
    FacetDef {
        key: "pk",
        label: Text::PostKinds,
        note: &[Text::PostKindsApply],
        control: Control::NonEmpty,
        passes: |f, r| {
            f.post_kinds.is_empty() || r.post().is_some_and(|p| f.post_kinds.contains(&p.kind))
        },
        visible: always,
        codec: set_options!(
            post_kinds,
            PostKind::ALL,
            post_kind_item,
            post_kind_label,
            |r, to| {
                if let Some(p) = r.post() {
                    to(p.kind.index());
                }
            }
        ),
    },
    FacetDef {
        key: TEXT_KEY,
        label: Text::Search,
        note: &[],
        control: Control::Toolbar,
        passes: |f, r| filter::matches_text(&crate::fold::fold(f.text.trim()), r),
        visible: always,
        codec: Codec::Value(Value {
            read: read_text,
            write: |f| (!f.text.is_empty()).then(|| crate::query::encode(&f.text)),
            #[cfg(test)]
            sample: |f, seed| {
                const CHARS: [char; 24] = [
                    'a', 'Z', 'q', 'я', 'Ё', 'ж', '0', '7', ' ', ',', ';', ':', '&', '%', '#', '+',
                    '=', '<', '>', '\'', '"', 'ü', 'ө', ' ',
                ];
                let mut s = seed;
                let len = (s % 31) as usize;
                let mut text = String::new();
                for _ in 0..len {
                    s = s.rotate_left(5) ^ 0x9e37_79b9_7f4a_7c15;
                    text.push(CHARS[(s % CHARS.len() as u64) as usize]);
                }
                f.text = text.trim().to_string();
            },
        }),
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::RecordKind;

    fn facet(key: &str) -> &'static FacetDef {
        by_key(key).unwrap_or_else(|| panic!("facet {key}"))
    }

    #[test]
    fn keys_are_unique_and_every_option_reads_back_from_its_item() {
        for (i, d) in FACETS.iter().enumerate() {
            assert!(FACETS[..i].iter().all(|e| e.key != d.key), "{}", d.key);
            if let Some(o) = d.options() {
                for j in 0..(o.len)() {
                    assert_eq!((o.parse)(&(o.item)(j)), Some(j), "{} {j}", d.key);
                    assert!(!(o.label)(j, Lang::En).is_empty(), "{} {j}", d.key);
                }
            }
        }
    }

    #[test]
    fn every_option_count_agrees_with_choosing_that_option() {
        let f = Filters {
            countries: ["RUS"].into(),
            time: MonthRange::years(2010, 2023),
            ..Filters::default()
        };
        for d in &FACETS {
            let Some(o) = d.options() else { continue };
            for (i, n) in counts(&f, d).into_iter().enumerate() {
                let mut g = f.clone();
                (o.clear)(&mut g);
                (o.toggle)(&mut g, i);
                assert_eq!(filter::select(&g).len(), n, "{} {}", d.key, (o.item)(i));
            }
        }
    }

    // Issue 11: "Agreements + Russia + in force" listed three meetings of the agreement lane.
    #[test]
    fn a_status_keeps_only_agreements_even_with_a_topic() {
        let f = Filters {
            topics: [Topic::Agreements].into(),
            countries: ["RUS"].into(),
            statuses: [Status::InForce].into(),
            ..Filters::default()
        };
        let kept = filter::select(&f);
        assert!(!kept.is_empty());
        for r in &kept {
            assert_eq!(r.kind(), RecordKind::Agreement, "{}", r.id());
            assert_eq!(r.agreement().map(|a| a.status), Some(Status::InForce));
        }
        // "ratified" is its own option: the ratified readmission agreement is not in force.
        let readmission = RecordRef::by_id("agr-rus-readmission-2012").expect("in the data");
        assert!(!kept.contains(&readmission));
        let g = Filters {
            statuses: [Status::Ratified].into(),
            ..f.clone()
        };
        assert!(filter::select(&g).contains(&readmission));
    }

    #[test]
    fn the_undated_switch_shows_only_while_years_are_chosen_and_counts_as_a_filter() {
        let mut f = Filters::default();
        assert!(!(facet("u").visible)(&f));
        f.time = MonthRange::years(2022, 2022);
        assert!((facet("u").visible)(&f));
        assert_eq!(active(&f), 1);
        f.undated = true;
        assert_eq!(active(&f), 2);
        f.text = "pension".into();
        assert_eq!(
            active(&f),
            2,
            "the search text is counted by the toolbar itself"
        );
    }

    #[test]
    fn month_ranges_read_years_and_months() {
        assert_eq!(month_range("2015..2023"), MonthRange::years(2015, 2023));
        assert_eq!(
            month_range("2015-03..2016-07"),
            MonthRange::new(2015 * 12 + 2, 2016 * 12 + 7)
        );
        for bad in ["2023..2015", "15..23", "2015-13..2016", "2015", ""] {
            assert_eq!(month_range(bad), None, "{bad}");
        }
    }
}
