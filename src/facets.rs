//! The filter facets, each defined once: its URL key and codec, how a record passes it,
//! its options and their labels, and how the panel draws it.
//!
//! **Invariant:** the URL reader and writer (`query`), the option counts ([`counts`]), the
//! active-filter count of the toolbar, the reducer ([`crate::state::Action::Toggle`]) and
//! the filter panel all loop over [`FACETS`]; none names a facet. Adding a facet is one
//! field of `Filters`, one entry in `facets/registry.rs` and its strings in `i18n`; the URL round-trip
//! property test draws states from this table, so it covers the new facet unchanged.

use crate::filter::{self, Filters};
use crate::i18n::{Lang, Text};
use crate::record::RecordRef;

mod registry;
pub use registry::{month_range, FACETS};

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

/// [`counts`] of every facet of [`FACETS`], in its order, in one pass over the records: each
/// facet is tested once per record (the search text last, folded once), instead of a pass
/// over every record and facet per facet. A record that passes every facet counts for the
/// options of every facet; one that fails exactly one facet counts for that facet's options
/// only (it would pass were that facet cleared); one that fails two counts nowhere.
pub fn all_counts(f: &Filters) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = FACETS
        .iter()
        .map(|d| vec![0; d.options().map_or(0, |o| (o.len)())])
        .collect();
    let query = crate::fold::fold(f.text.trim());
    for r in RecordRef::all() {
        let failed = filter::failed_facet(f, &query, r);
        for (i, (d, counts)) in FACETS.iter().zip(&mut out).enumerate() {
            if let Some(o) = d
                .options()
                .filter(|_| failed == filter::PASSES || failed == i)
            {
                (o.each)(r, &mut |k| {
                    if let Some(n) = counts.get_mut(k) {
                        *n += 1;
                    }
                });
            }
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Topic;
    use crate::model::Status;
    use crate::record::RecordKind;
    use crate::time::MonthRange;

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

    // Issue 16: the panel's counts come from one pass over the records, not one per facet.
    #[test]
    fn the_one_pass_counts_equal_each_facets_own_counts() {
        let samples = [
            Filters::default(),
            Filters {
                countries: ["RUS"].into(),
                time: MonthRange::years(2010, 2023),
                ..Filters::default()
            },
            Filters {
                topics: [Topic::Agreements].into(),
                statuses: [Status::InForce].into(),
                text: "russia".into(),
                ..Filters::default()
            },
            Filters {
                time: MonthRange::years(2022, 2022),
                undated: true,
                text: "pension".into(),
                ..Filters::default()
            },
        ];
        for f in &samples {
            let all = all_counts(f);
            assert_eq!(all.len(), FACETS.len());
            for (d, got) in FACETS.iter().zip(&all) {
                assert_eq!(*got, counts(f, d), "{} for {f:?}", d.key);
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
