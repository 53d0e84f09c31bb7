//! The records the widget shows and the citations that back them.
//!
//! Every type here is plain data with `'static` borrows: the dataset is compiled into the
//! binary by `build.rs` (see `crates/atlas-build`), so nothing is parsed at run time.

use std::fmt;

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

/// One of the five source documents.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// File name without `.txt`, e.g. `CMW-C-KGZ-2`; the `DOC` of a citation.
    pub id: &'static str,
    /// UN document symbol, e.g. `CMW/C/KGZ/2`, or a short name for non-UN documents.
    pub symbol: &'static str,
    /// Full title.
    pub title: &'static str,
    /// Who wrote it.
    pub author: &'static str,
    /// When it was issued or received, as printed.
    pub date: &'static str,
    /// The year it was written (figures it prints without a period are compared as of it).
    pub year: u16,
    /// State report, list of issues, summary record, alternative report, replies.
    pub kind: &'static str,
    /// The official copy, when there is one.
    pub url: &'static str,
}

/// "This fact stands in that paragraph of that document."
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Citation {
    /// Index into `dataset::SOURCES`.
    pub source: u8,
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

/// The timeline lane an event belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    /// Treaties, accessions, negotiations.
    Agreement,
    /// Laws, decrees, programmes, institutions.
    Policy,
    /// Embassies, consulates, voting abroad.
    Consular,
    /// COVID-19, evacuations, amnesties, bans.
    Crisis,
    /// Reports, lists of issues, reviews.
    Reporting,
}

impl Category {
    /// Every category in lane order.
    pub const ALL: [Category; 5] = [
        Category::Agreement,
        Category::Policy,
        Category::Consular,
        Category::Crisis,
        Category::Reporting,
    ];

    /// The key used in data files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Category::Agreement => "agreement",
            Category::Policy => "policy",
            Category::Consular => "consular",
            Category::Crisis => "crisis",
            Category::Reporting => "reporting",
        }
    }

    /// Inverse of [`Category::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Something that happened on a date, or over a period.
#[derive(Debug, PartialEq)]
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
    pub kind: &'static str,
    /// Short title in the project's words.
    pub title: &'static str,
    /// One or two sentences in the project's words.
    pub summary: &'static str,
    /// ISO 3166-1 alpha-3 codes it concerns (`KGZ` for domestic ones).
    pub countries: &'static [&'static str],
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// How wide an agreement reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Scope {
    /// Two states.
    Bilateral,
    /// Several states, outside a regional organisation.
    Multilateral,
    /// EAEU or CIS instruments.
    Regional,
    /// Between ministries or agencies.
    InterAgency,
    /// Memorandums of understanding or cooperation.
    Memorandum,
    /// ILO conventions.
    IloConvention,
    /// UN human-rights and other treaties.
    UnTreaty,
}

impl Scope {
    /// Every scope, in legend order.
    pub const ALL: [Scope; 7] = [
        Scope::Bilateral,
        Scope::Regional,
        Scope::Multilateral,
        Scope::InterAgency,
        Scope::Memorandum,
        Scope::IloConvention,
        Scope::UnTreaty,
    ];

    /// The value used in data files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Scope::Bilateral => "bilateral",
            Scope::Multilateral => "multilateral",
            Scope::Regional => "regional",
            Scope::InterAgency => "inter-agency",
            Scope::Memorandum => "memorandum",
            Scope::IloConvention => "ILO convention",
            Scope::UnTreaty => "UN treaty",
        }
    }
}

/// Where an agreement stood, as of the document that says so.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    /// Binding now.
    InForce,
    /// Signed, not yet in force.
    Signed,
    /// Ratified by Kyrgyzstan.
    Ratified,
    /// Ratification under way.
    BeingRatified,
    /// Not ratified by Kyrgyzstan.
    NotRatified,
    /// Text drafted.
    Draft,
    /// Being negotiated.
    UnderNegotiation,
    /// Suggested by one side.
    Proposed,
    /// Being considered.
    UnderConsideration,
    /// No longer binding.
    Expired,
    /// The document does not say.
    Unknown,
}

impl Status {
    /// Every status, in legend order (strongest protection first).
    pub const ALL: [Status; 11] = [
        Status::InForce,
        Status::Ratified,
        Status::Signed,
        Status::BeingRatified,
        Status::UnderNegotiation,
        Status::Draft,
        Status::Proposed,
        Status::UnderConsideration,
        Status::NotRatified,
        Status::Expired,
        Status::Unknown,
    ];

    /// The value used in data files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            Status::InForce => "in force",
            Status::Signed => "signed",
            Status::Ratified => "ratified",
            Status::BeingRatified => "being ratified",
            Status::NotRatified => "not ratified",
            Status::Draft => "draft",
            Status::UnderNegotiation => "under negotiation",
            Status::Proposed => "proposed",
            Status::UnderConsideration => "under consideration",
            Status::Expired => "expired",
            Status::Unknown => "unknown",
        }
    }

    /// Inverse of [`Status::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A treaty, convention or memorandum that protects (or would protect) migrants.
#[derive(Debug, PartialEq)]
pub struct Agreement {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// Short name.
    pub title: &'static str,
    /// How wide it reaches.
    pub scope: Scope,
    /// The parties other than Kyrgyzstan: ISO alpha-3 codes or organisation codes.
    pub parties: &'static [&'static str],
    /// What it is about (labour migration, pensions …).
    pub subject: &'static [&'static str],
    /// When it was signed, if the documents say.
    pub signed: Option<Date>,
    /// When it entered into force, if the documents say.
    pub in_force: Option<Date>,
    /// Where it stood, per the latest document that mentions it.
    pub status: Status,
    /// One or two sentences in the project's words.
    pub summary: &'static str,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// What kind of presence abroad a post is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostKind {
    /// An embassy.
    Embassy,
    /// A consulate general.
    ConsulateGeneral,
    /// A consulate.
    Consulate,
    /// A consular facility whose type the document does not state.
    ConsularFacility,
    /// A chancery, branch or office of an embassy.
    EmbassyOffice,
    /// An honorary consul.
    HonoraryConsul,
    /// A permanent mission to an organisation.
    PermanentMission,
    /// An office of the labour or migration ministry abroad.
    LabourOffice,
    /// A place where citizens abroad could vote.
    PollingStation,
}

impl PostKind {
    /// Every kind, in legend order.
    pub const ALL: [PostKind; 9] = [
        PostKind::Embassy,
        PostKind::ConsulateGeneral,
        PostKind::Consulate,
        PostKind::ConsularFacility,
        PostKind::EmbassyOffice,
        PostKind::HonoraryConsul,
        PostKind::PermanentMission,
        PostKind::LabourOffice,
        PostKind::PollingStation,
    ];

    /// The value used in data files and URLs.
    pub fn key(self) -> &'static str {
        match self {
            PostKind::Embassy => "embassy",
            PostKind::ConsulateGeneral => "consulate general",
            PostKind::Consulate => "consulate",
            PostKind::ConsularFacility => "consular facility",
            PostKind::EmbassyOffice => "embassy office",
            PostKind::HonoraryConsul => "honorary consul",
            PostKind::PermanentMission => "permanent mission",
            PostKind::LabourOffice => "labour office",
            PostKind::PollingStation => "polling station",
        }
    }

    /// Inverse of [`PostKind::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Whether a post exists, is new, or is only asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostStatus {
    /// Working.
    Existing,
    /// Opened during the period the documents cover.
    Opened,
    /// Asked for by migrants, NGOs or the Committee.
    Requested,
    /// Planned by the Government.
    Planned,
    /// Closed.
    Closed,
}

impl PostStatus {
    /// Every status, in legend order.
    pub const ALL: [PostStatus; 5] = [
        PostStatus::Existing,
        PostStatus::Opened,
        PostStatus::Planned,
        PostStatus::Requested,
        PostStatus::Closed,
    ];

    /// The value used in data files.
    pub fn key(self) -> &'static str {
        match self {
            PostStatus::Existing => "existing",
            PostStatus::Opened => "opened",
            PostStatus::Requested => "requested",
            PostStatus::Planned => "planned",
            PostStatus::Closed => "closed",
        }
    }
}

/// A diplomatic or consular post, labour office or polling place abroad.
#[derive(Debug, PartialEq)]
pub struct Post {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// What kind of presence.
    pub kind: PostKind,
    /// City, as the document names it (may be empty when only the country is known).
    pub city: &'static str,
    /// ISO alpha-3 of the host country.
    pub country: &'static str,
    /// Longitude and latitude of its city (degrees, from GeoNames); `None` when the
    /// documents name only the country, so the post is never pinned to a guessed place.
    pub lon_lat: Option<(f64, f64)>,
    /// Whether it exists, is new, or is asked for.
    pub status: PostStatus,
    /// When it opened (or was asked for), if the documents say.
    pub date: Option<Date>,
    /// One sentence in the project's words.
    pub summary: &'static str,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// How a figure is qualified in its document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// As printed.
    Exact,
    /// "More than".
    Over,
    /// "Less than".
    Under,
    /// A maximum: "up to", "not to exceed", "no longer than".
    UpTo,
    /// "About", "some".
    About,
    /// From `value` to `value_high`.
    Range,
}

impl Qualifier {
    /// The value used in data files.
    pub fn key(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::UpTo => "up to",
            Qualifier::About => "about",
            Qualifier::Range => "range",
        }
    }
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
pub struct Statistic {
    /// Stable id, used in URLs.
    pub id: &'static str,
    /// Index into `dataset::INDICATORS`.
    pub indicator: u16,
    /// The figure (the low end of a range).
    pub value: f64,
    /// The high end of a range.
    pub value_high: Option<f64>,
    /// "over", "about" …
    pub qualifier: Qualifier,
    /// persons, USD, percent …
    pub unit: &'static str,
    /// When it is for.
    pub period: Period,
    /// ISO alpha-3 codes of the places it is about (usually one); `WLD` for all
    /// countries abroad together.
    pub geo: &'static [&'static str],
    /// `female`, `male` or empty.
    pub sex: &'static str,
    /// Whose situation it describes, and so what `geo` means.
    pub about: About,
    /// Who states it.
    pub speaker: Speaker,
    /// What exactly is counted, in the project's words.
    pub note: &'static str,
    /// Where it is stated.
    pub cite: &'static [Citation],
}

/// Whose situation a figure describes; it says how to read its places (`geo`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum About {
    /// Kyrgyz citizens abroad: `geo` is where they are (`WLD` for all countries abroad).
    CitizensAbroad,
    /// Foreigners or matters in Kyrgyzstan: `geo` is their country of origin, or `KGZ`.
    InKyrgyzstan,
    /// Anything else (rules of other States and organisations, agreements, targets).
    Other,
}

/// Who states a figure: data, or a question put to the State.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Speaker {
    /// The State: its report, its replies, its delegation in the dialogue.
    State,
    /// The Committee as a body (its list of issues).
    Committee,
    /// A Committee member's premise or question in the dialogue: not data.
    CommitteeMember,
    /// A non-governmental organisation.
    Ngo,
}

/// Records whose sources cannot all be right as printed, side by side with a note on what
/// each counts. Curated in `data/disagreements.csv`, never computed.
#[derive(Debug, PartialEq)]
pub struct Disagreement {
    /// Stable id (`dis-…`).
    pub id: &'static str,
    /// Ids of the records set side by side (figures, or an agreement and an event).
    pub records: &'static [&'static str],
    /// One line (English) on what each source counts or says.
    pub note: &'static str,
}

/// What a family of figures measures.
#[derive(Debug, PartialEq)]
pub struct Indicator {
    /// Stable snake_case key, used in URLs.
    pub key: &'static str,
    /// Human label (English).
    pub label: &'static str,
    /// Usual unit.
    pub unit: &'static str,
    /// Family (migration, remittances, consular, …), for grouping in lists.
    pub group: &'static str,
}

/// A country the data or the map names.
#[derive(Debug, PartialEq)]
pub struct Country {
    /// ISO 3166-1 alpha-3.
    pub iso3: &'static str,
    /// English name (CLDR).
    pub name_en: &'static str,
    /// Russian name (CLDR).
    pub name_ru: &'static str,
    /// Kyrgyz name (CLDR); empty when it is the Russian name.
    pub name_ky: &'static str,
    /// Longitude and latitude of the capital (GeoNames): where flow arcs end.
    pub capital: Option<(f64, f64)>,
}

/// A country's outline on the map, projected at build time.
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

/// An organisation that can be a party to an agreement (EAEU, CIS, ILO …).
#[derive(Debug, PartialEq)]
pub struct Organisation {
    /// Short code used in data files.
    pub code: &'static str,
    /// English name.
    pub name: &'static str,
}
