//! Every rule the data keeps, checked over all files at once: the dataset's types, the
//! order in which files are read, and the readers of the map shapes.
//!
//! One module per concern: `schema` (columns and allowed values), `checker` (the
//! `file:line` collector and the cross-reference context), `references` (sources,
//! countries, organisations, indicators, cities), one reader per record file (`events`,
//! `agreements`, `posts`, `statistics`) and `disagreements`. The checking code uses only
//! `fields`, `table::{Table, Row}` and `atlas_vocab`: no CSV or JSON parser, so the same rules
//! can check rows that do not come from files.

use crate::table::Table;
use crate::Diagnostic;
use std::collections::HashMap;
use std::path::Path;

mod agreements;
mod checker;
mod disagreements;
mod events;
mod memberships;
mod posts;
mod references;
mod schema;
mod statistics;
mod types;

pub use schema::{allowed, columns, MAX_SUMMARY, MAX_TITLE};
pub use types::*;

use agreements::read_agreements;
use checker::Context;
use events::read_events;
use posts::read_posts;
use references::{read_cities, read_countries, read_indicators, read_organisations, read_sources};
use statistics::read_statistics;

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
        data.sources = read_sources(t, &mut errors);
    }
    if let Some(t) = &countries_t {
        data.countries = read_countries(t, &mut errors);
    }
    if let Some(t) = &organisations_t {
        data.organisations = read_organisations(t, &mut errors, &data.countries);
    }
    if let Some(t) = &indicators_t {
        data.indicators = read_indicators(t, &mut errors);
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
        data.cities = read_cities(t, &mut errors, &cx);
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
