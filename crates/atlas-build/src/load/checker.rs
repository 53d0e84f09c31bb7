//! Collecting problems with `file:line`, and the context every record is checked against
//! (sources and their paragraphs, place codes, indicators, cities, ids already used).

use super::{Cite, Source};
use crate::fields;
use crate::table::{Row, Table};
use crate::Diagnostic;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Collects problems while the files are read, so all are reported together.
pub(super) struct Checker<'t> {
    pub(super) table: &'t Table,
    pub(super) errors: Vec<Diagnostic>,
}

impl<'t> Checker<'t> {
    pub(super) fn new(table: &'t Table) -> Self {
        Checker {
            table,
            errors: Vec::new(),
        }
    }

    pub(super) fn fail(&mut self, row: &Row, message: impl Into<String>) {
        self.errors
            .push(Diagnostic::new(&self.table.name, row.line, message));
    }

    /// Runs `parse` on the cell; on failure records the reason and returns `None`.
    pub(super) fn cell<T>(
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

    /// The row's id: well formed (`prefix` then lower-case words) and not used by any
    /// other record of any file.
    pub(super) fn claim_id(&mut self, row: &Row, prefix: &str, cx: &mut Context) -> String {
        let id = self.table.get(row, "id").to_string();
        if self.cell(row, "id", |s| fields::id(s, prefix)).is_some() {
            if let Err(e) = cx.claim(&id, &self.table.name, row.line) {
                self.fail(row, e);
            }
        }
        id
    }

    /// The cell, if it is one of `allowed` (a closed vocabulary called `what` in messages).
    pub(super) fn one_of(
        &mut self,
        row: &Row,
        column: &str,
        what: &str,
        allowed: &[&'static str],
    ) -> Option<&'static str> {
        self.cell(row, column, |s| fields::one_of(s, what, allowed))
    }

    pub(super) fn text(&mut self, row: &Row, column: &str, max: usize) -> String {
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
pub(super) struct Context {
    pub(super) sources: Vec<Source>,
    pub(super) countries: BTreeSet<String>,
    pub(super) organisations: BTreeSet<String>,
    pub(super) indicators: HashMap<String, usize>,
    /// The unit of each indicator, by index: every figure of an indicator has its unit.
    pub(super) indicator_units: Vec<String>,
    pub(super) cities: HashMap<(String, String), (f64, f64)>,
    pub(super) ids: HashMap<String, String>,
}

impl Context {
    pub(super) fn cites(&self, text: &str) -> Result<Vec<Cite>, String> {
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

    pub(super) fn country(&self, code: &str) -> Result<String, String> {
        if self.countries.contains(code) {
            Ok(code.to_string())
        } else {
            Err(format!(
                "unknown country code '{code}' (not in countries.csv)"
            ))
        }
    }

    pub(super) fn party(&self, code: &str) -> Result<String, String> {
        if self.countries.contains(code) || self.organisations.contains(code) {
            Ok(code.to_string())
        } else {
            Err(format!("unknown country or organisation code '{code}'"))
        }
    }

    /// Records the id, refusing one already used by any record file.
    pub(super) fn claim(&mut self, id: &str, file: &str, line: u64) -> Result<(), String> {
        match self.ids.get(id) {
            Some(first) => Err(format!("duplicate id '{id}' (first used at {first})")),
            None => {
                self.ids.insert(id.to_string(), format!("{file}:{line}"));
                Ok(())
            }
        }
    }
}

pub(super) fn finish<T>(value: T, errors: &mut Vec<Diagnostic>, more: Vec<Diagnostic>) -> T {
    errors.extend(more);
    value
}

/// Expands a `paragraphs` cell (`header;1-382;5(a)`) into keys.
pub(super) fn paragraph_keys(text: &str) -> Result<BTreeSet<String>, String> {
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

pub(super) fn unique(
    c: &mut Checker,
    seen: &mut BTreeMap<String, u64>,
    row: &Row,
    key: &str,
    what: &str,
) {
    if let Some(first) = seen.get(key) {
        c.fail(
            row,
            format!("duplicate {what} '{key}' (first at line {first})"),
        );
    } else {
        seen.insert(key.to_string(), row.line);
    }
}
