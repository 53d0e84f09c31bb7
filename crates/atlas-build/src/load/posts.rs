//! `posts.csv`: one row per post, checked against the reference tables.

use super::checker::{finish, Checker, Context};
use super::references::coordinate;
use super::schema::{allowed, MAX_SUMMARY};
use super::Post;
use crate::fields;
use crate::table::{Row, Table};
use crate::Diagnostic;

/// Largest allowed gap between a post's coordinates and its city's gazetteer entry.
const CITY_TOLERANCE_DEGREES: f64 = 0.01;

pub(super) fn read_posts(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Post> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.claim_id(row, "post-", cx);
        let kind = c.one_of(row, "kind", "post kind", allowed::POST_KINDS);
        let status = c.one_of(row, "status", "post status", allowed::POST_STATUSES);
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
pub(super) fn post_position(
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
