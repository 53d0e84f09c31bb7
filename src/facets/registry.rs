//! The entries of [`super::FACETS`]: one per facet, with the small functions they point to.
//! A new facet is one more entry here (and a field of `Filters`, and its strings).

use super::{Codec, Control, FacetDef, Options, Value, TEXT_KEY, UNDATED_KEY};
use crate::collections::Set;
use crate::dataset::{self, SourceId};
use crate::filter::{self, Filters, Topic, MAX_TEXT};
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::model::{PostKind, Status};
use crate::record::RecordRef;
use crate::time::MonthRange;
use std::sync::OnceLock;

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
