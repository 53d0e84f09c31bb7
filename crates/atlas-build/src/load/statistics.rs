//! `statistics.csv`: one row per statistic, checked against the reference tables.

use super::checker::{finish, Checker, Context};
use super::schema::{allowed, MAX_SUMMARY};
use super::Statistic;
use crate::fields::{self, Period};
use crate::table::Table;
use crate::Diagnostic;

pub(super) fn read_statistics(
    t: &Table,
    cx: &mut Context,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Statistic> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.claim_id(row, "st-", cx);
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
        let qualifier = c.one_of(row, "qualifier", "qualifier", allowed::QUALIFIERS);
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
        let sex = c.one_of(row, "sex", "sex", allowed::SEXES);
        let about = c.one_of(row, "about", "about", allowed::ABOUTS);
        if about == Some("citizens-abroad")
            && geo.as_ref().is_some_and(|g| g.iter().any(|k| k == "KGZ"))
        {
            c.fail(
                row,
                "geo: a figure about citizens abroad names where they are, not KGZ (or set about to in-kyrgyzstan)",
            );
        }
        let speaker = c.one_of(row, "speaker", "speaker", allowed::SPEAKERS);
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
