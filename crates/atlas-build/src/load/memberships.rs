//! `memberships.csv`: which countries belong to which organisation (the EAEU, the CIS), so
//! a country filter also finds the regional instruments of the organisations the country
//! belongs to. Membership is a fact like any other: every row cites a paragraph that
//! states it, and `since` is given only when that paragraph gives it.

use super::checker::{finish, Checker, Context};
use super::Membership;
use crate::fields;
use crate::table::Table;
use crate::Diagnostic;
use std::collections::BTreeMap;

/// Reads and checks every row: a known organisation, a known country (not an
/// organisation), an optional date, a citation, and each pair once.
pub(super) fn read(t: &Table, cx: &Context, errors: &mut Vec<Diagnostic>) -> Vec<Membership> {
    let mut c = Checker::new(t);
    let mut seen: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut out = Vec::new();
    for row in &t.rows {
        let organisation = c.cell(row, "organisation", |s| {
            if cx.organisations.contains(s) {
                Ok(s.to_string())
            } else {
                Err(format!(
                    "unknown organisation '{s}' (not in organisations.csv)"
                ))
            }
        });
        let country = c.cell(row, "country", |s| cx.country(s));
        let since = c.cell(row, "since", fields::optional_date).flatten();
        let cite = c.cell(row, "cite", |s| cx.cites(s));
        let (Some(organisation), Some(country), Some(cite)) = (organisation, country, cite) else {
            continue;
        };
        let pair = (organisation.clone(), country.clone());
        if let Some(first) = seen.get(&pair) {
            c.fail(
                row,
                format!("{country} is already a member of {organisation} (line {first})"),
            );
            continue;
        }
        seen.insert(pair, row.line);
        out.push(Membership {
            organisation,
            country,
            since,
            cite,
        });
    }
    finish(out, errors, c.errors)
}
