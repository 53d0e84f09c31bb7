//! The data files, checked row by row and across files.

use crate::fields::{self, Date, Period};
use crate::table::{Row, Table};
use crate::Diagnostic;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

mod disagreements;
mod memberships;

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

/// Collects problems while the files are read, so all are reported together.
struct Checker<'t> {
    table: &'t Table,
    errors: Vec<Diagnostic>,
}

impl<'t> Checker<'t> {
    fn new(table: &'t Table) -> Self {
        Checker {
            table,
            errors: Vec::new(),
        }
    }

    fn fail(&mut self, row: &Row, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::new(&self.table.name, row.line, message));
    }

    /// Runs `parse` on the cell; on failure records the reason and returns `None`.
    fn cell<T>(
        &mut self,
        row: &Row,
        column: &str,
        parse: impl FnOnce(&str) -> Result<T, String>,
    ) -> Option<T> {
        match parse(self.table.get(row, column)) {
            Ok(v) => Some(v),
            Err(reason) => {
                self.fail(row, format!("{column}: {reason}"));
                None
            }
        }
    }

    fn text(&mut self, row: &Row, column: &str, max: usize) -> String {
        let value = self.table.get(row, column).to_string();
        if value.is_empty() {
            self.fail(row, format!("{column}: empty"));
        } else if value.chars().count() > max {
            self.fail(row, format!("{column}: longer than {max} characters"));
        }
        value
    }
}

/// What the record files are checked against.
struct Context {
    sources: Vec<Source>,
    countries: BTreeSet<String>,
    organisations: BTreeSet<String>,
    indicators: HashMap<String, usize>,
    /// The unit of each indicator, by index: every figure of an indicator has its unit.
    indicator_units: Vec<String>,
    cities: HashMap<(String, String), (f64, f64)>,
    ids: HashMap<String, String>,
}

impl Context {
    fn cites(&self, text: &str) -> Result<Vec<Cite>, String> {
        let parts = fields::list(text);
        if parts.is_empty() {
            return Err("missing citation (every record needs DOC#PARA)".into());
        }
        parts
            .iter()
            .map(|part| {
                let (doc, para) = part
                    .split_once('#')
                    .ok_or_else(|| format!("citation '{part}' is not DOC#PARA"))?;
                let source = self
                    .sources
                    .iter()
                    .position(|s| s.id == doc)
                    .ok_or_else(|| format!("unknown source '{doc}' in citation '{part}'"))?;
                if !self.sources[source].paragraphs.contains(para) {
                    return Err(format!("{doc} has no paragraph '{para}'"));
                }
                Ok(Cite {
                    source,
                    para: para.to_string(),
                })
            })
            .collect()
    }

    fn country(&self, code: &str) -> Result<String, String> {
        if self.countries.contains(code) {
            Ok(code.to_string())
        } else {
            Err(format!(
                "unknown country code '{code}' (not in countries.csv)"
            ))
        }
    }

    fn party(&self, code: &str) -> Result<String, String> {
        if self.countries.contains(code) || self.organisations.contains(code) {
            Ok(code.to_string())
        } else {
            Err(format!("unknown country or organisation code '{code}'"))
        }
    }

    /// Records the id, refusing one already used by any record file.
    fn claim(&mut self, id: &str, file: &str, line: u64) -> Result<(), String> {
        match self.ids.get(id) {
            Some(first) => Err(format!("duplicate id '{id}' (first used at {first})")),
            None => {
                self.ids.insert(id.to_string(), format!("{file}:{line}"));
                Ok(())
            }
        }
    }
}

fn finish<T>(value: T, errors: &mut Vec<Diagnostic>, more: Vec<Diagnostic>) -> T {
    errors.extend(more);
    value
}

impl Dataset {
    /// The countries the widget ships: those a record names, and Kyrgyzstan. The map
    /// draws the others without names, and the widget never shows them.
    pub fn shipped_countries(&self) -> Vec<&Country> {
        let used: std::collections::BTreeSet<&str> = self
            .events
            .iter()
            .flat_map(|e| e.countries.iter())
            .chain(self.agreements.iter().flat_map(|a| a.parties.iter()))
            .chain(self.posts.iter().map(|p| &p.country))
            .chain(self.statistics.iter().flat_map(|s| s.geo.iter()))
            .chain(self.memberships.iter().map(|m| &m.country))
            .map(String::as_str)
            .collect();
        self.countries
            .iter()
            .filter(|c| c.iso3 == "KGZ" || used.contains(c.iso3.as_str()))
            .collect()
    }
}

/// Reads every file of `dir` and checks every rule; all problems come back together.
pub fn load(dir: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    load_with(|name, columns| Table::read(dir, name, columns))
}

/// Like [`load`], with the files supplied by `read` (tests pass in-memory fixtures).
pub fn load_with(
    read: impl Fn(&str, &[&str]) -> Result<Table, Vec<Diagnostic>>,
) -> Result<Dataset, Vec<Diagnostic>> {
    let mut errors = Vec::new();
    let mut table = |name: &str, columns: &[&str]| match read(name, columns) {
        Ok(t) => Some(t),
        Err(e) => {
            errors.extend(e);
            None
        }
    };
    let sources_t = table("sources.csv", columns::SOURCES);
    let countries_t = table("countries.csv", columns::COUNTRIES);
    let organisations_t = table("organisations.csv", columns::ORGANISATIONS);
    let cities_t = table("cities.csv", columns::CITIES);
    let indicators_t = table("indicators.csv", columns::INDICATORS);
    let events_t = table("events.csv", columns::EVENTS);
    let agreements_t = table("agreements.csv", columns::AGREEMENTS);
    let posts_t = table("posts.csv", columns::POSTS);
    let statistics_t = table("statistics.csv", columns::STATISTICS);
    let disagreements_t = table("disagreements.csv", columns::DISAGREEMENTS);
    let memberships_t = table("memberships.csv", columns::MEMBERSHIPS);

    let mut data = Dataset::default();
    if let Some(t) = &sources_t {
        data.sources = finish_sources(t, &mut errors);
    }
    if let Some(t) = &countries_t {
        data.countries = finish_countries(t, &mut errors);
    }
    if let Some(t) = &organisations_t {
        data.organisations = finish_organisations(t, &mut errors, &data.countries);
    }
    if let Some(t) = &indicators_t {
        data.indicators = finish_indicators(t, &mut errors);
    }
    let mut cx = Context {
        sources: data.sources.clone(),
        countries: data.countries.iter().map(|c| c.iso3.clone()).collect(),
        organisations: data.organisations.iter().map(|o| o.code.clone()).collect(),
        indicators: data
            .indicators
            .iter()
            .enumerate()
            .map(|(i, x)| (x.key.clone(), i))
            .collect(),
        indicator_units: data.indicators.iter().map(|i| i.unit.clone()).collect(),
        cities: HashMap::new(),
        ids: HashMap::new(),
    };
    if let Some(t) = &cities_t {
        data.cities = finish_cities(t, &mut errors, &cx);
        cx.cities = data
            .cities
            .iter()
            .map(|c| ((c.name.clone(), c.country.clone()), (c.lat, c.lon)))
            .collect();
    }
    if let Some(t) = &memberships_t {
        data.memberships = memberships::read(t, &cx, &mut errors);
    }
    if let Some(t) = &events_t {
        data.events = read_events(t, &mut cx, &mut errors);
    }
    if let Some(t) = &agreements_t {
        data.agreements = read_agreements(t, &mut cx, &mut errors);
    }
    if let Some(t) = &posts_t {
        data.posts = read_posts(t, &mut cx, &mut errors);
    }
    if let Some(t) = &statistics_t {
        data.statistics = read_statistics(t, &mut cx, &mut errors);
    }
    // A disagreement names records of the four record files: check it only when all four
    // could be read, so a missing column is one message, not one per row that cites it.
    let records_read =
        events_t.is_some() && agreements_t.is_some() && posts_t.is_some() && statistics_t.is_some();
    if let (Some(t), true) = (&disagreements_t, records_read) {
        data.disagreements = disagreements::read(t, &mut cx, &data, &mut errors);
    }
    if errors.is_empty() {
        Ok(data)
    } else {
        Err(errors)
    }
}

/// Reads the checked-in map shapes (`map/world.tsv`), which `atlas-map` regenerates.
pub fn load_shapes(dir: &Path) -> Result<Vec<crate::map::Shape>, Vec<Diagnostic>> {
    let path = dir.join("map").join("world.tsv");
    let text = std::fs::read_to_string(&path).map_err(|e| {
        vec![Diagnostic::new(
            "map/world.tsv",
            0,
            format!("cannot read {}: {e}", path.display()),
        )]
    })?;
    crate::map::from_tsv(&text).map_err(|e| vec![Diagnostic::new("map/world.tsv", 0, e)])
}

/// Expands a `paragraphs` cell (`header;1-382;5(a)`) into keys.
fn paragraph_keys(text: &str) -> Result<BTreeSet<String>, String> {
    let mut keys = BTreeSet::new();
    for item in fields::list(text) {
        match item.split_once('-') {
            Some((a, b)) => {
                let (a, b) = (a.parse::<u32>(), b.parse::<u32>());
                match (a, b) {
                    (Ok(a), Ok(b)) if a <= b => keys.extend((a..=b).map(|n| n.to_string())),
                    _ => return Err(format!("bad paragraph range '{item}'")),
                }
            }
            None => {
                keys.insert(item);
            }
        }
    }
    if keys.is_empty() {
        return Err("empty: list the paragraphs a citation may name".into());
    }
    Ok(keys)
}

fn unique(c: &mut Checker, seen: &mut BTreeMap<String, u64>, row: &Row, key: &str, what: &str) {
    if let Some(first) = seen.get(key) {
        c.fail(
            row,
            format!("duplicate {what} '{key}' (first at line {first})"),
        );
    } else {
        seen.insert(key.to_string(), row.line);
    }
}

fn finish_sources(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Source> {
    let mut c = Checker::new(t);
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.text(row, "id", 64);
        unique(&mut c, &mut seen, row, &id, "source id");
        let paragraphs = c
            .cell(row, "paragraphs", paragraph_keys)
            .unwrap_or_default();
        let url = t.get(row, "url").to_string();
        if !url.is_empty() && !url.starts_with("https://") {
            c.fail(row, "url: must be an https:// address or empty");
        }
        out.push(Source {
            id,
            symbol: c.text(row, "symbol", 80),
            title: c.text(row, "title", 300),
            author: c.text(row, "author", 120),
            date: c.text(row, "date", 60),
            year: c
                .cell(row, "year", |s| match s.parse::<u16>() {
                    Ok(y) if fields::YEARS.contains(&y) => Ok(y),
                    _ => Err(format!("'{s}' is not a year")),
                })
                .unwrap_or(0),
            kind: c.text(row, "kind", 60),
            url,
            paragraphs,
        });
    }
    if out.len() > usize::from(u8::MAX) {
        c.errors
            .push(Diagnostic::new(&t.name, 0, "more than 255 sources"));
    }
    finish(out, errors, c.errors)
}

fn iso3(text: &str) -> Result<String, String> {
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_string())
    } else {
        Err(format!("'{text}' is not an ISO 3166-1 alpha-3 code"))
    }
}

fn finish_countries(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Country> {
    let mut c = Checker::new(t);
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let Some(code) = c.cell(row, "iso3", iso3) else {
            continue;
        };
        unique(&mut c, &mut seen, row, &code, "country");
        let lat = t.get(row, "capital_lat");
        let lon = t.get(row, "capital_lon");
        let capital = if lat.is_empty() && lon.is_empty() {
            None
        } else {
            match (
                c.cell(row, "capital_lat", |s| coordinate(s, 90.0)),
                c.cell(row, "capital_lon", |s| coordinate(s, 180.0)),
            ) {
                (Some(lat), Some(lon)) => Some((lon, lat)),
                _ => None,
            }
        };
        out.push(Country {
            iso3: code,
            name_en: c.text(row, "name_en", 80),
            name_ru: c.text(row, "name_ru", 80),
            name_ky: c.text(row, "name_ky", 80),
            capital,
        });
    }
    finish(out, errors, c.errors)
}

fn finish_organisations(
    t: &Table,
    errors: &mut Vec<Diagnostic>,
    countries: &[Country],
) -> Vec<Organisation> {
    let mut c = Checker::new(t);
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let code = c.text(row, "code", 12);
        if !code
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        {
            c.fail(
                row,
                format!("code: '{code}' must be upper-case letters and digits"),
            );
        }
        if countries.iter().any(|k| k.iso3 == code) {
            c.fail(row, format!("code: '{code}' is also a country code"));
        }
        unique(&mut c, &mut seen, row, &code, "organisation");
        out.push(Organisation {
            code,
            name: c.text(row, "name_en", 120),
        });
    }
    finish(out, errors, c.errors)
}

fn finish_indicators(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Indicator> {
    let mut c = Checker::new(t);
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let key = c.text(row, "key", 64);
        if !key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        {
            c.fail(row, format!("key: '{key}' must be snake_case"));
        }
        unique(&mut c, &mut seen, row, &key, "indicator");
        let group = c.cell(row, "group", |s| {
            fields::one_of(s, "indicator group", allowed::INDICATOR_GROUPS)
        });
        out.push(Indicator {
            key,
            label: c.text(row, "label", 100),
            unit: c
                .cell(row, "unit", |s| fields::one_of(s, "unit", allowed::UNITS))
                .unwrap_or_default()
                .to_string(),
            group: group.unwrap_or("other"),
            description: c.text(row, "description", MAX_SUMMARY),
        });
    }
    if out.len() > usize::from(u16::MAX) {
        c.errors
            .push(Diagnostic::new(&t.name, 0, "too many indicators"));
    }
    finish(out, errors, c.errors)
}

fn coordinate(text: &str, limit: f64) -> Result<f64, String> {
    let v = fields::number(text)?;
    if v.abs() > limit {
        Err(format!("coordinates out of range: {v} is beyond ±{limit}"))
    } else {
        Ok(v)
    }
}

fn finish_cities(t: &Table, errors: &mut Vec<Diagnostic>, cx: &Context) -> Vec<City> {
    let mut c = Checker::new(t);
    let mut seen = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let name = c.text(row, "name", 80);
        let country = c.cell(row, "country", |s| cx.country(s));
        unique(
            &mut c,
            &mut seen,
            row,
            &format!("{name}, {}", t.get(row, "country")),
            "city",
        );
        let lat = c.cell(row, "lat", |s| coordinate(s, 90.0));
        let lon = c.cell(row, "lon", |s| coordinate(s, 180.0));
        let geonames_id = c.cell(row, "geonames_id", |s| {
            s.parse::<u64>()
                .map_err(|_| format!("'{s}' is not a GeoNames id"))
        });
        if let (Some(country), Some(lat), Some(lon), Some(geonames_id)) =
            (country, lat, lon, geonames_id)
        {
            out.push(City {
                name,
                country,
                lat,
                lon,
                geonames_id,
            });
        }
    }
    finish(out, errors, c.errors)
}

fn read_events(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Event> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = t.get(row, "id").to_string();
        if c.cell(row, "id", |s| fields::id(s, "ev-")).is_some() {
            if let Err(e) = cx.claim(&id, &t.name, row.line) {
                c.fail(row, e);
            }
        }
        let date = c.cell(row, "date", fields::date);
        let end = c.cell(row, "end_date", fields::optional_date).flatten();
        if let (Some(d), Some(e)) = (date, end) {
            if !fields::ordered(d, e) {
                c.fail(row, "end_date: before date");
            }
        }
        let category = c.cell(row, "category", |s| {
            fields::one_of(s, "category", allowed::CATEGORIES)
        });
        let countries = c
            .cell(row, "countries", |s| {
                fields::list(s).iter().map(|k| cx.party(k)).collect()
            })
            .unwrap_or_default();
        let cite = c.cell(row, "cite", |s| cx.cites(s));
        let event = Event {
            id,
            date: date.unwrap_or(Date {
                year: 0,
                month: 0,
                day: 0,
            }),
            end,
            category: category.unwrap_or(""),
            kind: c
                .cell(row, "kind", |s| {
                    fields::one_of(s, "event kind", allowed::EVENT_KINDS)
                })
                .unwrap_or_default()
                .to_string(),
            title: c.text(row, "title", MAX_TITLE),
            summary: c.text(row, "summary", MAX_SUMMARY),
            countries,
            cite: cite.unwrap_or_default(),
        };
        out.push(event);
    }
    finish(out, errors, c.errors)
}

fn read_agreements(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Agreement> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = t.get(row, "id").to_string();
        if c.cell(row, "id", |s| fields::id(s, "agr-")).is_some() {
            if let Err(e) = cx.claim(&id, &t.name, row.line) {
                c.fail(row, e);
            }
        }
        let scope = c.cell(row, "scope", |s| {
            fields::one_of(s, "scope", allowed::SCOPES)
        });
        let status = c.cell(row, "status", |s| {
            fields::one_of(s, "status", allowed::STATUSES)
        });
        let parties = c
            .cell(row, "parties", |s| {
                let list = fields::list(s);
                if list.is_empty() {
                    return Err("empty: name the parties other than Kyrgyzstan".into());
                }
                list.iter().map(|k| cx.party(k)).collect()
            })
            .unwrap_or_default();
        let subject = fields::list(t.get(row, "subject"));
        if subject.is_empty() {
            c.fail(row, "subject: empty");
        }
        for s in &subject {
            if let Err(e) = fields::one_of(s, "subject", allowed::SUBJECTS) {
                c.fail(row, format!("subject: {e}"));
            }
        }
        let signed = c.cell(row, "signed", fields::optional_date).flatten();
        let in_force = c.cell(row, "in_force", fields::optional_date).flatten();
        if let (Some(s), Some(f)) = (signed, in_force) {
            if !fields::ordered(s, f) {
                c.fail(row, "in_force: before signed");
            }
        }
        let cite = c.cell(row, "cite", |s| cx.cites(s));
        out.push(Agreement {
            id,
            title: c.text(row, "title", MAX_TITLE),
            scope: scope.unwrap_or(""),
            parties,
            subject,
            signed,
            in_force,
            status: status.unwrap_or(""),
            summary: c.text(row, "summary", MAX_SUMMARY),
            cite: cite.unwrap_or_default(),
        });
    }
    finish(out, errors, c.errors)
}

/// Largest allowed gap between a post's coordinates and its city's gazetteer entry.
const CITY_TOLERANCE_DEGREES: f64 = 0.01;

fn read_posts(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Post> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = t.get(row, "id").to_string();
        if c.cell(row, "id", |s| fields::id(s, "post-")).is_some() {
            if let Err(e) = cx.claim(&id, &t.name, row.line) {
                c.fail(row, e);
            }
        }
        let kind = c.cell(row, "kind", |s| {
            fields::one_of(s, "post kind", allowed::POST_KINDS)
        });
        let status = c.cell(row, "status", |s| {
            fields::one_of(s, "post status", allowed::POST_STATUSES)
        });
        let country = c.cell(row, "country", |s| cx.country(s));
        let city = t.get(row, "city").to_string();
        let lon_lat = post_position(&mut c, row, cx, &city, country.as_deref());
        let date = c.cell(row, "date", fields::optional_date).flatten();
        let cite = c.cell(row, "cite", |s| cx.cites(s));
        out.push(Post {
            id,
            kind: kind.unwrap_or(""),
            city,
            country: country.unwrap_or_default(),
            lon_lat,
            status: status.unwrap_or(""),
            date,
            summary: c.text(row, "summary", MAX_SUMMARY),
            cite: cite.unwrap_or_default(),
        });
    }
    finish(out, errors, c.errors)
}

/// A post's coordinates: required, and equal to the gazetteer's, when it names a city;
/// absent when it does not (a post known only by its country is never pinned to a guess).
fn post_position(
    c: &mut Checker,
    row: &Row,
    cx: &Context,
    city: &str,
    country: Option<&str>,
) -> Option<(f64, f64)> {
    let (lat_text, lon_text) = (c.table.get(row, "lat"), c.table.get(row, "lon"));
    if city.is_empty() {
        if !lat_text.is_empty() || !lon_text.is_empty() {
            c.fail(row, "lat/lon: a post without a city has no coordinates");
        }
        return None;
    }
    let lat = c.cell(row, "lat", |s| coordinate(s, 90.0))?;
    let lon = c.cell(row, "lon", |s| coordinate(s, 180.0))?;
    let country = country?;
    match cx.cities.get(&(city.to_string(), country.to_string())) {
        None => c.fail(
            row,
            format!("city: '{city}, {country}' is not in cities.csv"),
        ),
        Some(&(clat, clon)) => {
            if (clat - lat).abs() > CITY_TOLERANCE_DEGREES
                || (clon - lon).abs() > CITY_TOLERANCE_DEGREES
            {
                c.fail(
                    row,
                    format!("lat/lon: {lat},{lon} differ from cities.csv ({clat},{clon})"),
                );
            }
        }
    }
    Some((lon, lat))
}

fn read_statistics(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Statistic> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = t.get(row, "id").to_string();
        if c.cell(row, "id", |s| fields::id(s, "st-")).is_some() {
            if let Err(e) = cx.claim(&id, &t.name, row.line) {
                c.fail(row, e);
            }
        }
        let indicator = c.cell(row, "indicator", |s| {
            cx.indicators
                .get(s)
                .copied()
                .ok_or_else(|| format!("unknown indicator '{s}' (add it to indicators.csv)"))
        });
        let value = c.cell(row, "value", fields::number);
        let value_high = c
            .cell(row, "value_high", |s| {
                if s.is_empty() {
                    Ok(None)
                } else {
                    fields::number(s).map(Some)
                }
            })
            .flatten();
        let qualifier = c.cell(row, "qualifier", |s| {
            fields::one_of(s, "qualifier", allowed::QUALIFIERS)
        });
        match (qualifier, value, value_high) {
            (Some("range"), Some(v), Some(h)) if h <= v => {
                c.fail(row, "value_high: not above value")
            }
            (Some("range"), _, None) => c.fail(row, "value_high: a range needs one"),
            (Some(q), _, Some(_)) if q != "range" => {
                c.fail(row, "value_high: only a range has one")
            }
            _ => {}
        }
        let period = c.cell(row, "period", fields::period);
        let geo = c.cell(row, "geo", |s| {
            let list = fields::list(s);
            if list.is_empty() {
                return Err(format!(
                    "empty: name a country, or {} for all countries abroad",
                    allowed::WORLD
                ));
            }
            list.iter()
                .map(|k| {
                    if k == allowed::WORLD {
                        Ok(k.clone())
                    } else {
                        cx.party(k)
                    }
                })
                .collect::<Result<Vec<String>, String>>()
        });
        let sex = c.cell(row, "sex", |s| fields::one_of(s, "sex", allowed::SEXES));
        let about = c.cell(row, "about", |s| {
            fields::one_of(s, "about", allowed::ABOUTS)
        });
        if about == Some("citizens-abroad")
            && geo.as_ref().is_some_and(|g| g.iter().any(|k| k == "KGZ"))
        {
            c.fail(
                row,
                "geo: a figure about citizens abroad names where they are, not KGZ (or set about to in-kyrgyzstan)",
            );
        }
        let speaker = c.cell(row, "speaker", |s| {
            fields::one_of(s, "speaker", allowed::SPEAKERS)
        });
        let unit = c
            .cell(row, "unit", |s| fields::one_of(s, "unit", allowed::UNITS))
            .unwrap_or_default()
            .to_string();
        if let Some(expected) = indicator.and_then(|i| cx.indicator_units.get(i)) {
            if !unit.is_empty() && unit != *expected {
                c.fail(
                    row,
                    format!(
                        "unit: '{unit}' differs from the unit of indicator '{}' ('{expected}'): one unit per indicator",
                        t.get(row, "indicator")
                    ),
                );
            }
        }
        let note = t.get(row, "note").to_string();
        if note.chars().count() > MAX_SUMMARY {
            c.fail(row, format!("note: longer than {MAX_SUMMARY} characters"));
        }
        let cite = c.cell(row, "cite", |s| cx.cites(s));
        out.push(Statistic {
            id,
            indicator: indicator.unwrap_or(0),
            value: value.unwrap_or(0.0),
            value_high,
            qualifier: qualifier.unwrap_or(""),
            unit,
            period: period.unwrap_or(Period::Unknown),
            geo: geo.unwrap_or_default(),
            sex: sex.unwrap_or("").to_string(),
            about: about.unwrap_or("other"),
            speaker: speaker.unwrap_or("state"),
            note,
            cite: cite.unwrap_or_default(),
        });
    }
    finish(out, errors, c.errors)
}
