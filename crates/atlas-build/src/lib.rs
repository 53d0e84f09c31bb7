//! Build-time side of Migration Atlas: reads `data/*.csv`, checks every row, and writes
//! the dataset as Rust statics for the widget to compile in (no parsing at page load).
//!
//! **Invariant:** a row that breaks a rule never reaches the widget. `load` returns every
//! broken rule at once as `file:line: reason`, so an editor can fix a spreadsheet in one go.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod codegen;
pub mod fields;
mod load;
pub mod map;
mod table;

pub use codegen::generate_rust;
pub use load::*;
pub use table::Table;

use std::fmt;
use std::path::Path;

/// One broken rule in one row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// File name (`events.csv`).
    pub file: String,
    /// 1-based line (0 when the whole file is at fault).
    pub line: u64,
    /// What is wrong, in plain words.
    pub message: String,
}

impl Diagnostic {
    /// A message about `file` at `line`.
    pub fn new(file: &str, line: u64, message: impl Into<String>) -> Self {
        Diagnostic {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "data/{}: {}", self.file, self.message)
        } else {
            write!(f, "data/{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// Loads and checks `data_dir`, then writes the Rust source of the dataset to `out`.
pub fn compile(data_dir: &Path, out: &Path) -> Result<Dataset, Vec<Diagnostic>> {
    let mut dataset = load(data_dir)?;
    dataset.shapes = load_shapes(data_dir)?;
    let code = generate_rust(&dataset);
    std::fs::write(out, code).map_err(|e| {
        vec![Diagnostic::new(
            "",
            0,
            format!("cannot write {}: {e}", out.display()),
        )]
    })?;
    Ok(dataset)
}
