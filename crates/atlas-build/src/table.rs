//! One CSV file read into rows that remember their line, so every message can say
//! `file:line`.

use crate::Diagnostic;
use std::path::Path;

/// A data file's rows, each cell addressed by its header name.
pub struct Table {
    /// The file name shown in messages (`events.csv`).
    pub name: String,
    header: Vec<String>,
    /// The rows in file order.
    pub rows: Vec<Row>,
}

/// One record and the line it starts on.
pub struct Row {
    /// 1-based line number in the file (the header is line 1).
    pub line: u64,
    cells: Vec<String>,
}

impl Table {
    /// Reads `dir/name`, checking that every column in `required` is in the header.
    /// Unknown extra columns are allowed: editors may keep notes beside the data.
    pub fn read(dir: &Path, name: &str, required: &[&str]) -> Result<Table, Vec<Diagnostic>> {
        let path = dir.join(name);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            vec![Diagnostic::new(
                name,
                0,
                format!("cannot read {}: {e}", path.display()),
            )]
        })?;
        Table::parse(name, &text, required)
    }

    /// Parses CSV text (used by tests with inline fixtures).
    pub fn parse(name: &str, text: &str, required: &[&str]) -> Result<Table, Vec<Diagnostic>> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(text.as_bytes());
        let header: Vec<String> = match reader.headers() {
            Ok(h) => h.iter().map(|c| c.trim().to_string()).collect(),
            Err(e) => {
                return Err(vec![Diagnostic::new(
                    name,
                    1,
                    format!("unreadable header: {e}"),
                )])
            }
        };
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|c| !header.iter().any(|h| h == c))
            .collect();
        if !missing.is_empty() {
            return Err(vec![Diagnostic::new(
                name,
                1,
                format!("missing column(s): {}", missing.join(", ")),
            )]);
        }
        let mut rows = Vec::new();
        let mut errors = Vec::new();
        for record in reader.records() {
            match record {
                Ok(r) => {
                    let line = r.position().map_or(0, |p| p.line());
                    if r.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    if r.len() != header.len() {
                        errors.push(Diagnostic::new(
                            name,
                            line,
                            format!("has {} cells, the header has {}", r.len(), header.len()),
                        ));
                        continue;
                    }
                    rows.push(Row {
                        line,
                        cells: r.iter().map(|c| c.trim().to_string()).collect(),
                    });
                }
                Err(e) => {
                    let line = e.position().map_or(0, |p| p.line());
                    errors.push(Diagnostic::new(name, line, format!("unreadable row: {e}")));
                }
            }
        }
        if errors.is_empty() {
            Ok(Table {
                name: name.to_string(),
                header,
                rows,
            })
        } else {
            Err(errors)
        }
    }

    /// The cell of `row` under `column` ("" when the column is absent).
    pub fn get<'a>(&self, row: &'a Row, column: &str) -> &'a str {
        self.header
            .iter()
            .position(|h| h == column)
            .and_then(|i| row.cells.get(i))
            .map_or("", String::as_str)
    }
}
