//! `disagreements.csv`: the disagreements the widget shows, curated by an editor.
//!
//! Which figures disagree is a judgement (rounding, compatible bounds, different spans and
//! different counted things are not disagreements), so it is written down, not computed.
//! The build checks that every row can stand: its records exist, come from different
//! documents (or, for a document that contradicts itself, all from the one it names),
//! figures differ in value, and a Committee member's premise is compared only on purpose.

use super::checker::{finish, Checker, Context};
use super::schema::{allowed, MAX_SUMMARY};
use super::{Dataset, Disagreement};
use crate::fields;
use crate::table::Table;
use crate::Diagnostic;

/// What a disagreement needs to know about each record it names.
struct Named<'d> {
    /// Index into `sources` of each citation, in citation order.
    documents: Vec<usize>,
    /// The figure, when the record is one.
    figure: Option<&'d super::Statistic>,
}

fn named<'d>(data: &'d Dataset, id: &str) -> Option<Named<'d>> {
    let docs = |cite: &[super::Cite]| cite.iter().map(|c| c.source).collect::<Vec<_>>();
    if let Some(s) = data.statistics.iter().find(|s| s.id == id) {
        return Some(Named {
            documents: docs(&s.cite),
            figure: Some(s),
        });
    }
    let documents = data
        .events
        .iter()
        .find(|e| e.id == id)
        .map(|e| docs(&e.cite))
        .or_else(|| {
            data.agreements
                .iter()
                .find(|a| a.id == id)
                .map(|a| docs(&a.cite))
        })
        .or_else(|| {
            data.posts
                .iter()
                .find(|p| p.id == id)
                .map(|p| docs(&p.cite))
        })?;
    Some(Named {
        documents,
        figure: None,
    })
}

/// Reads and checks every row; `data` holds the records already read.
pub(super) fn read(
    t: &Table,
    cx: &mut Context,
    data: &Dataset,
    errors: &mut Vec<Diagnostic>,
) -> Vec<Disagreement> {
    let mut c = Checker::new(t);
    let mut out = Vec::new();
    for row in &t.rows {
        let id = c.claim_id(row, "dis-", cx);
        let records = fields::list(t.get(row, "records"));
        let premise = c.one_of(row, "premise", "premise", allowed::PREMISE) == Some("yes");
        let within = c
            .cell(row, "within", |s| {
                if s.is_empty() {
                    return Ok(None);
                }
                cx.sources
                    .iter()
                    .position(|x| x.id == s)
                    .map(Some)
                    .ok_or_else(|| format!("unknown source '{s}'"))
            })
            .flatten();
        let mut found = Vec::new();
        let mut twice = false;
        for (i, r) in records.iter().enumerate() {
            if records[..i].contains(r) {
                c.fail(row, format!("records: '{r}' is named twice"));
                twice = true;
                continue;
            }
            match named(data, r) {
                None => c.fail(
                    row,
                    format!("records: unknown record '{r}' (not in events, agreements, posts or statistics)"),
                ),
                Some(n) => found.push((r.as_str(), n)),
            }
        }
        if records.len() < 2 {
            c.fail(row, "records: name at least two records, separated by ;");
        } else if !twice && found.len() == records.len() {
            check_records(&mut c, row, cx, &found, within, premise);
        }
        let note = c.text(row, "note", MAX_SUMMARY);
        if note.contains('\n') {
            c.fail(row, "note: one line only");
        }
        out.push(Disagreement { id, records, note });
    }
    finish(out, errors, c.errors)
}

/// The cross-record rules of one row whose records all exist.
fn check_records(
    c: &mut Checker,
    row: &crate::table::Row,
    cx: &Context,
    found: &[(&str, Named)],
    within: Option<usize>,
    premise: bool,
) {
    match within {
        Some(doc) => {
            for (id, n) in found {
                if let Some(&other) = n.documents.iter().find(|&&d| d != doc) {
                    c.fail(
                        row,
                        format!(
                            "within: '{id}' also cites {}, not only {}",
                            cx.sources[other].id, cx.sources[doc].id
                        ),
                    );
                }
            }
        }
        None => {
            // Each record speaks for the document of its first citation.
            let first: Vec<usize> = found
                .iter()
                .filter_map(|(_, n)| n.documents.first().copied())
                .collect();
            if first.iter().all(|&d| Some(&d) == first.first()) {
                c.fail(
                    row,
                    "records: all come from one document; name it in `within` if the document contradicts itself",
                );
            }
        }
    }
    let figures: Vec<(&str, &super::Statistic)> = found
        .iter()
        .filter_map(|(id, n)| n.figure.map(|f| (*id, f)))
        .collect();
    if figures.len() == found.len()
        && figures
            .iter()
            .all(|(_, f)| (f.value, f.value_high) == (figures[0].1.value, figures[0].1.value_high))
    {
        c.fail(
            row,
            "records: every figure has the same value, so nothing disagrees",
        );
    }
    if !premise {
        for (id, f) in figures {
            if f.speaker == allowed::COMMITTEE_MEMBER {
                c.fail(
                    row,
                    format!("records: '{id}' is a Committee member's premise or question (speaker committee-member); set premise to yes to compare it as data"),
                );
            }
        }
    }
}
