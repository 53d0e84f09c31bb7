//! `events.csv`: one row per event, checked against the reference tables.

use super::checker::{finish, Checker, Context};
use super::schema::{allowed, MAX_SUMMARY, MAX_TITLE};
use super::Event;
use crate::fields::{self, Date};
use crate::table::Table;
use crate::Diagnostic;

pub(super) fn read_events(t: &Table, cx: &mut Context, errors: &mut Vec<Diagnostic>) -> Vec<Event> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.claim_id(row, "ev-", cx);
        let date = c.cell(row, "date", fields::date);
        let end = c.cell(row, "end_date", fields::optional_date).flatten();
        if let (Some(d), Some(e)) = (date, end) {
            if !fields::ordered(d, e) {
                c.fail(row, "end_date: before date");
            }
        }
        let category = c.one_of(row, "category", "category", allowed::CATEGORIES);
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
