//! What each file must hold: its columns, the allowed values of closed columns (the
//! vocabularies of `atlas_vocab`), and length limits.

/// Allowed values of the enumerated columns: the keys of the vocabularies declared once
/// in `atlas_vocab`, which the widget reads back into the same enums.
pub mod allowed {
    use atlas_vocab::*;
    /// events.csv `category`.
    pub const CATEGORIES: &[&str] = Category::KEYS;
    /// events.csv `kind`.
    pub const EVENT_KINDS: &[&str] = EventKind::KEYS;
    /// agreements.csv `scope`.
    pub const SCOPES: &[&str] = Scope::KEYS;
    /// agreements.csv `subject`.
    pub const SUBJECTS: &[&str] = Subject::KEYS;
    /// agreements.csv `status`.
    pub const STATUSES: &[&str] = Status::KEYS;
    /// posts.csv `kind`.
    pub const POST_KINDS: &[&str] = PostKind::KEYS;
    /// posts.csv `status`.
    pub const POST_STATUSES: &[&str] = PostStatus::KEYS;
    /// statistics.csv `qualifier`.
    pub const QUALIFIERS: &[&str] = Qualifier::KEYS;
    /// statistics.csv and indicators.csv `unit`.
    pub const UNITS: &[&str] = Unit::KEYS;
    /// statistics.csv `about`: whose situation the figure describes, and so what `geo` means.
    pub const ABOUTS: &[&str] = About::KEYS;
    /// statistics.csv `speaker`: who states the figure.
    pub const SPEAKERS: &[&str] = Speaker::KEYS;
    /// The speaker whose figures are premises or questions, not data.
    pub const COMMITTEE_MEMBER: &str = Speaker::CommitteeMember.key();
    /// disagreements.csv `premise`: empty, or `yes` to compare a Committee member's figure.
    pub const PREMISE: &[&str] = &["", "yes"];
    /// statistics.csv `sex`.
    pub const SEXES: &[&str] = Sex::KEYS;
    /// indicators.csv `group`: the families the table and charts group figures by.
    pub const INDICATOR_GROUPS: &[&str] = Group::KEYS;
    /// statistics.csv `geo` for figures over all countries abroad.
    pub const WORLD: &str = "WLD";
}

/// The columns each file must have, in the order the README documents.
pub mod columns {
    /// sources.csv
    pub const SOURCES: &[&str] = &[
        "id",
        "symbol",
        "title",
        "author",
        "date",
        "year",
        "kind",
        "url",
        "paragraphs",
    ];
    /// countries.csv
    pub const COUNTRIES: &[&str] = &["iso3", "name_en", "name_ru", "name_ky"];
    /// organisations.csv
    pub const ORGANISATIONS: &[&str] = &["code", "name_en"];
    /// cities.csv
    pub const CITIES: &[&str] = &["name", "country", "lat", "lon", "geonames_id"];
    /// indicators.csv
    pub const INDICATORS: &[&str] = &["key", "label", "unit", "group", "description"];
    /// events.csv
    pub const EVENTS: &[&str] = &[
        "id",
        "date",
        "end_date",
        "category",
        "kind",
        "title",
        "summary",
        "countries",
        "cite",
    ];
    /// agreements.csv
    pub const AGREEMENTS: &[&str] = &[
        "id", "title", "scope", "parties", "subject", "signed", "in_force", "status", "summary",
        "cite",
    ];
    /// posts.csv
    pub const POSTS: &[&str] = &[
        "id", "kind", "city", "country", "lat", "lon", "status", "date", "summary", "cite",
    ];
    /// statistics.csv
    pub const STATISTICS: &[&str] = &[
        "id",
        "indicator",
        "value",
        "value_high",
        "qualifier",
        "unit",
        "period",
        "geo",
        "sex",
        "about",
        "speaker",
        "note",
        "cite",
    ];
    /// disagreements.csv
    pub const DISAGREEMENTS: &[&str] = &["id", "records", "within", "premise", "note"];
    /// memberships.csv
    pub const MEMBERSHIPS: &[&str] = &["organisation", "country", "since", "cite"];
}

/// Longest title the widget lays out on one line of a detail panel.
pub const MAX_TITLE: usize = 140;
/// Longest summary or note.
pub const MAX_SUMMARY: usize = 400;
