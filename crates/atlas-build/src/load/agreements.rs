//! `agreements.csv`: one row per agreement, checked against the reference tables.

use super::checker::{finish, Checker, Context};
use super::schema::{allowed, MAX_SUMMARY, MAX_TITLE};
use super::Agreement;
use crate::fields;
use crate::table::Table;
use crate::Diagnostic;

pub(super) fn read_agreements(
    t: &Table,
    cx: &mut Context,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Agreement> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.claim_id(row, "agr-", cx);
        let scope = c.one_of(row, "scope", "scope", allowed::SCOPES);
        let status = c.one_of(row, "status", "status", allowed::STATUSES);
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
