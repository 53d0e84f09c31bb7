//! The checked dataset as the build holds it: one struct per file.

use crate::fields::{Date, Period};
use std::collections::BTreeSet;

/// Citation of one paragraph: index into `sources`, and the paragraph key.
#[derive(Clone, Debug, PartialEq)]
pub struct Cite {
    /// Index into [`Dataset::sources`].
    pub source: usize,
    /// Paragraph key (`127`, `5(a)`, `header`).
    pub para: String,
}

/// A source document.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    /// File name without `.txt`.
    pub id: String,
    /// UN symbol or short name.
    pub symbol: String,
    /// Title.
    pub title: String,
    /// Author.
    pub author: String,
    /// Date as printed.
    pub date: String,
    /// The year the document was written: figures it prints without a period are taken to
    /// be about that year or the one before when documents are compared.
    pub year: u16,
    /// Kind of document.
    pub kind: String,
    /// Official copy.
    pub url: String,
    /// Every paragraph key a citation may name.
    pub paragraphs: BTreeSet<String>,
}

/// A country of the map or the data.
#[derive(Clone, Debug, PartialEq)]
pub struct Country {
    /// ISO alpha-3.
    pub iso3: String,
    /// English name.
    pub name_en: String,
    /// Russian name.
    pub name_ru: String,
    /// Kyrgyz name.
    pub name_ky: String,
    /// Longitude and latitude of the capital (GeoNames), where flows on the map end.
    pub capital: Option<(f64, f64)>,
}

/// An organisation code usable as a party.
#[derive(Clone, Debug, PartialEq)]
pub struct Organisation {
    /// Short code.
    pub code: String,
    /// English name.
    pub name: String,
}

/// A gazetteer entry for a city a post is in.
#[derive(Clone, Debug, PartialEq)]
pub struct City {
    /// Name as the documents spell it.
    pub name: String,
    /// ISO alpha-3.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// GeoNames id.
    pub geonames_id: u64,
}

/// What a family of figures measures.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicator {
    /// Key.
    pub key: String,
    /// Label.
    pub label: String,
    /// Unit.
    pub unit: String,
    /// Group key.
    pub group: &'static str,
    /// Description.
    pub description: String,
}

/// An event row.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// Id.
    pub id: String,
    /// Date.
    pub date: Date,
    /// End of a period.
    pub end: Option<Date>,
    /// Category key.
    pub category: &'static str,
    /// Kind.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Country codes.
    pub countries: Vec<String>,
    /// Citations.
    pub cite: Vec<Cite>,
}

/// An agreement row.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    /// Id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Scope key.
    pub scope: &'static str,
    /// Party codes.
    pub parties: Vec<String>,
    /// Subjects.
    pub subject: Vec<String>,
    /// Signature date.
    pub signed: Option<Date>,
    /// Entry into force.
    pub in_force: Option<Date>,
    /// Status key.
    pub status: &'static str,
    /// Summary.
    pub summary: String,
    /// Citations.
    pub cite: Vec<Cite>,
}

/// A post row.
#[derive(Clone, Debug, PartialEq)]
pub struct Post {
    /// Id.
    pub id: String,
    /// Kind key.
    pub kind: &'static str,
    /// City.
    pub city: String,
    /// Country.
    pub country: String,
    /// Longitude and latitude of its city; `None` when the documents name no city.
    pub lon_lat: Option<(f64, f64)>,
    /// Status key.
    pub status: &'static str,
    /// Date.
    pub date: Option<Date>,
    /// Summary.
    pub summary: String,
    /// Citations.
    pub cite: Vec<Cite>,
}

/// A statistic row.
#[derive(Clone, Debug, PartialEq)]
pub struct Statistic {
    /// Id.
    pub id: String,
    /// Index into [`Dataset::indicators`].
    pub indicator: usize,
    /// Value.
    pub value: f64,
    /// High end of a range.
    pub value_high: Option<f64>,
    /// Qualifier key.
    pub qualifier: &'static str,
    /// Unit.
    pub unit: String,
    /// Period.
    pub period: Period,
    /// Places (usually one; a figure given for two countries together names both).
    pub geo: Vec<String>,
    /// Sex.
    pub sex: String,
    /// What the figure is about: `citizens-abroad`, `in-kyrgyzstan` or `other`.
    pub about: &'static str,
    /// Who states it: `state`, `committee`, `committee-member` or `ngo`.
    pub speaker: &'static str,
    /// Note.
    pub note: String,
    /// Citations.
    pub cite: Vec<Cite>,
}

/// A curated disagreement: records whose sources cannot all be right as printed.
#[derive(Clone, Debug, PartialEq)]
pub struct Disagreement {
    /// Id (`dis-…`).
    pub id: String,
    /// Ids of the records set side by side (figures, or an agreement and an event).
    pub records: Vec<String>,
    /// One line on what each source counts or says.
    pub note: String,
}

/// A country's membership of an organisation (memberships.csv).
#[derive(Clone, Debug, PartialEq)]
pub struct Membership {
    /// Organisation code (organisations.csv).
    pub organisation: String,
    /// ISO alpha-3 of the member.
    pub country: String,
    /// Since when, if the cited paragraph says.
    pub since: Option<Date>,
    /// Citations that state the membership.
    pub cite: Vec<Cite>,
}

/// Everything in `data/`, checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    /// sources.csv
    pub sources: Vec<Source>,
    /// countries.csv
    pub countries: Vec<Country>,
    /// organisations.csv
    pub organisations: Vec<Organisation>,
    /// cities.csv
    pub cities: Vec<City>,
    /// indicators.csv
    pub indicators: Vec<Indicator>,
    /// events.csv
    pub events: Vec<Event>,
    /// agreements.csv
    pub agreements: Vec<Agreement>,
    /// posts.csv
    pub posts: Vec<Post>,
    /// statistics.csv
    pub statistics: Vec<Statistic>,
    /// disagreements.csv
    pub disagreements: Vec<Disagreement>,
    /// memberships.csv
    pub memberships: Vec<Membership>,
    /// map/world.tsv: the pre-projected country shapes.
    pub shapes: Vec<crate::map::Shape>,
}
