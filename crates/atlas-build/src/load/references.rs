//! The reference tables the records point into: sources (and the paragraphs a citation may
//! name), countries, organisations, indicators and the cities of posts.

use super::checker::{finish, paragraph_keys, unique, Checker, Context};
use super::schema::{allowed, MAX_SUMMARY};
use super::{City, Country, Indicator, Organisation, Source};
use crate::fields;
use crate::table::Table;
use crate::Diagnostic;
use std::collections::BTreeMap;

pub(super) fn read_sources(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Source> {
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

pub(super) fn iso3(text: &str) -> Result<String, String> {
    if text.len() == 3 && text.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(text.to_string())
    } else {
        Err(format!("'{text}' is not an ISO 3166-1 alpha-3 code"))
    }
}

pub(super) fn read_countries(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Country> {
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

pub(super) fn read_organisations(
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

pub(super) fn read_indicators(t: &Table, errors: &mut Vec<Diagnostic>) -> Vec<Indicator> {
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
        let group = c.one_of(row, "group", "indicator group", allowed::INDICATOR_GROUPS);
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

pub(super) fn coordinate(text: &str, limit: f64) -> Result<f64, String> {
    let v = fields::number(text)?;
    if v.abs() > limit {
        Err(format!("coordinates out of range: {v} is beyond ±{limit}"))
    } else {
        Ok(v)
    }
}

pub(super) fn read_cities(t: &Table, errors: &mut Vec<Diagnostic>, cx: &Context) -> Vec<City> {
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
