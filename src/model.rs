//! The records the widget shows and the citations that back them, without their texts.
//!
//! Every type here is plain data with `'static` borrows into the dataset, which
//! `dataset::get` reads once from the bytes the build produced and keeps for the life of
//! the page. Titles, summaries, notes and names are per language: see `texts`.

use std::fmt;

pub use crate::dataset::{IndicatorId, SourceId};

pub use atlas_vocab::{
    About, Category, EventKind, Group, PostKind, PostStatus, Qualifier, Scope, Speaker, Status,
    Subject, Unit,
};

/// A calendar date as precise as its document: a year, a month or a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Four-digit year.
    pub year: u16,
    /// 1–12, or 0 when the document gives only the year.
    pub month: u8,
    /// 1–31, or 0 when the document gives no day.
    pub day: u8,
}

impl Date {
    /// A date known to the year only.
    pub const fn year(year: u16) -> Self {
        Date {
            year,
            month: 0,
            day: 0,
        }
    }

    /// The date as a fractional year, placed at the middle of its uncertainty:
    /// mid-year for a bare year, mid-month for a month.
    pub fn as_year_fraction(self) -> f64 {
        let y = f64::from(self.year);
        match (self.month, self.day) {
            (0, _) => y + 0.5,
            (m, 0) => y + (f64::from(m) - 0.5) / 12.0,
            (m, d) => y + (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 0.5) / 365.0,
        }
    }

    /// The first instant the date can mean, as a fractional year.
    pub fn start_fraction(self) -> f64 {
        let y = f64::from(self.year);
        match (self.month, self.day) {
            (0, _) => y,
            (m, 0) => y + (f64::from(m) - 1.0) / 12.0,
            (m, d) => y + (f64::from(m) - 1.0) / 12.0 + (f64::from(d) - 1.0) / 365.0,
        }
    }

    /// The last instant the date can mean, as a fractional year.
    pub fn end_fraction(self) -> f64 {
        let y = f64::from(self.year);
        match (self.month, self.day) {
            (0, _) => y + 1.0,
            (m, 0) => y + f64::from(m) / 12.0,
            (m, d) => y + (f64::from(m) - 1.0) / 12.0 + f64::from(d) / 365.0,
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{}", self.year),
            (m, 0) => write!(f, "{}-{:02}", self.year, m),
            (m, d) => write!(f, "{}-{:02}-{:02}", self.year, m, d),
        }
    }
}

/// One of the five source documents (its title, author and printed date are texts).
#[derive(Debug, PartialEq)]
pub struct Source {
    /// File name without `.txt`, e.g. `CMW-C-KGZ-2`; the `DOC` of a citation.
    pub id: &'static str,
    /// UN document symbol, e.g. `CMW/C/KGZ/2`, or a short name for non-UN documents.
    pub symbol: &'static str,
    /// The year it was written (figures it prints without a period are compared as of it).
    pub year: u16,
    /// The official copy, when there is one.
    pub url: &'static str,
}

/// "This fact stands in that paragraph of that document."
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// The document.
    pub source: SourceId,
    /// The paragraph, packed: 0 is the cover page (`header`), `n` is paragraph `n`, and
    /// `n + 1000 × k` is sub-item `k` (a = 1) of question `n` (`5(a)` is 1005). Packed
    /// because a thousand citations as strings cost the wasm four times the bytes.
    pub para: u16,
}

impl Citation {
    /// The paragraph as the document writes it: `127`, `5(a)`, `header`.
    pub fn paragraph(self) -> String {
        match (self.para % 1000, self.para / 1000) {
            (0, _) => "header".to_string(),
            (n, 0) => n.to_string(),
            (n, k) => format!("{n}({})", char::from(b'a' + (k as u8).saturating_sub(1))),
        }
    }
}

/// Something that happened on a date, or over a period.
#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "bench-tenfold", derive(Clone))]
pub struct Event {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// When it happened or began.
    pub date: Date,
    /// When a period ended, if it is one.
    pub end: Option<Date>,
    /// Its timeline lane.
    pub category: Category,
    /// Law, decree, programme, evacuation …
    pub kind: EventKind,
    /// ISO 3166-1 alpha-3 codes it concerns (`KGZ` for domestic ones).
    pub countries: &'static [&'static str],
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// A treaty, convention or memorandum that protects (or would protect) migrants.
#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "bench-tenfold", derive(Clone))]
pub struct Agreement {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// How wide it reaches.
    pub scope: Scope,
    /// The parties other than Kyrgyzstan: ISO alpha-3 codes or organisation codes.
    pub parties: &'static [&'static str],
    /// What it is about (labour migration, pensions …).
    pub subjects: &'static [Subject],
    /// When it was signed, if the documents say.
    pub signed: Option<Date>,
    /// When it entered into force, if the documents say.
    pub in_force: Option<Date>,
    /// Where it stood, per the latest document that mentions it.
    pub status: Status,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// A diplomatic or consular post, labour office or polling place abroad.
#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "bench-tenfold", derive(Clone))]
pub struct Post {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// What kind of presence.
    pub kind: PostKind,
    /// Its city (position in `Dataset::cities`), when the documents name one.
    pub city: Option<u16>,
    /// ISO alpha-3 of the host country.
    pub country: &'static str,
    /// Longitude and latitude of its city (degrees, from GeoNames); `None` when the
    /// documents name only the country, so the post is never pinned to a guessed place.
    pub lon_lat: Option<(f64, f64)>,
    /// Whether it exists, is new, or is asked for.
    pub status: PostStatus,
    /// When it opened (or was asked for), if the documents say.
    pub date: Option<Date>,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// The time a figure is for: a date, or a span for totals over several years.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Period {
    /// The document gives no time.
    Unknown,
    /// For, or as of, one date.
    At(Date),
    /// A total over a span of years.
    Span(Date, Date),
}

impl Period {
    /// A representative point in time, as a fractional year.
    pub fn midpoint(self) -> Option<f64> {
        match self {
            Period::Unknown => None,
            Period::At(d) => Some(d.as_year_fraction()),
            Period::Span(a, b) => Some((a.start_fraction() + b.end_fraction()) / 2.0),
        }
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Period::Unknown => Ok(()),
            Period::At(d) => write!(f, "{d}"),
            Period::Span(a, b) => write!(f, "{a}–{b}"),
        }
    }
}

/// One figure, as one document gives it.
#[derive(Debug, PartialEq)]
#[cfg_attr(feature = "bench-tenfold", derive(Clone))]
pub struct Statistic {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// What it measures.
    pub indicator: IndicatorId,
    /// The figure (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    pub value_high: Option<f64>,
    /// "over", "about" …
    pub qualifier: Qualifier,
    /// persons, USD, percent …
    pub unit: Unit,
    /// When it is for.
    pub period: Period,
    /// ISO alpha-3 codes of the places it is about (usually one); `WLD` for all
    /// countries abroad together.
    pub geo: &'static [&'static str],
    /// Whose situation it describes, and so what `geo` means.
    pub about: About,
    /// Who states it.
    pub speaker: Speaker,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// What a family of figures measures (its label is a text).
#[derive(Debug, PartialEq)]
pub struct Indicator {
    /// Stable snake_case key, used in URLs.
    pub key: &'static str,
    /// Usual unit.
    pub unit: Unit,
    /// Family (migration, remittances, consular, …), for grouping in lists.
    pub group: Group,
}

/// A country the data names (its name is a text).
#[derive(Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub iso3: &'static str,
    /// Longitude and latitude of the capital (GeoNames): where flow arcs end.
    pub capital: Option<(f64, f64)>,
    /// Where its label, badge and figure stand on the map, in map units (the centroid of its
    /// shape's largest ring): compiled in, so the marks need not wait for the outlines.
    pub anchor: (f64, f64),
}

/// A city a post is in (its name is a text).
#[derive(Debug, PartialEq)]
pub struct City {
    /// The English name, as the record files write it.
    pub key: &'static str,
    /// ISO alpha-3 of its country.
    pub country: &'static str,
}

/// A country's outline on the map, projected at build time (`map-shapes.txt`, fetched
/// when the map is first shown; see `dataset::outlines`).
#[derive(Debug, PartialEq)]
pub struct Shape {
    /// ISO alpha-3 (or the atlas's code for a territory without one).
    pub code: &'static str,
    /// Label and dot position, in map units.
    pub anchor: (f64, f64),
    /// SVG path in half map units (draw with `scale(0.5)`); empty for countries too
    /// small to draw, shown as a dot at `anchor`.
    pub path: &'static str,
}

/// A curated disagreement (`data/disagreements.csv`): records whose sources cannot all be
/// right as printed. Its note is a text (`TextPart::DisagreementNote`).
#[derive(Debug, PartialEq)]
pub struct DisagreementRow {
    /// Stable id (`dis-…`).
    pub id: &'static str,
    /// Ids of the records set side by side, in the editor's order.
    pub records: &'static [&'static str],
}

/// A country's membership of an organisation (`data/memberships.csv`): a country filter
/// also finds the regional instruments of the organisations the country belongs to.
#[derive(Debug, PartialEq)]
pub struct Membership {
    /// Organisation code (`EAEU`, `CIS`).
    pub organisation: &'static str,
    /// ISO alpha-3 of the member.
    pub country: &'static str,
    /// Since when, when the cited paragraph says.
    pub since: Option<Date>,
    /// Where the membership is stated.
    pub cite: &'static [Citation],
}
