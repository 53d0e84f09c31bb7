//! Build-time side of Migration Atlas: reads `data/*.csv`, checks every row, and writes
//! the dataset as Rust statics for the widget to compile in (no parsing at page load).
//!
//! **Invariant:** a row that breaks a rule never reaches the widget. `load` returns every
//! broken rule at once as `file:line: reason`, so an editor can fix a spreadsheet in one go.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod codegen;
mod css;
pub mod fields;
mod interface;
mod load;
pub mod map;
mod table;
mod text;

pub use codegen::{
    digest, generate_core, generate_rust, generate_shapes, generate_text, pack_paragraph,
};
pub use css::minify_css;
pub use interface::{Interface, STRINGS_FILE};
pub use load::*;
pub use table::Table;
pub use text::{languages, load_text, LangText, SOURCE_LANGUAGE};

use atlas_vocab::TextPart;
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
        if self.file.is_empty() {
            write!(f, "{}", self.message)
        } else if self.line == 0 {
            write!(f, "data/{}: {}", self.file, self.message)
        } else {
            write!(f, "data/{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

/// The name of the map's outlines file, beside the widget's other files.
pub const SHAPES_FILE: &str = "map-shapes.txt";

/// What the build writes for the widget.
pub struct Output {
    /// `core.txt`: the records without their texts.
    pub core: String,
    /// `(lang, text-<lang>.txt, notes-<lang>.txt)` for every language of [`languages`],
    /// packed (see `atlas_vocab::packed`).
    pub texts: Vec<(String, Vec<u8>, Vec<u8>)>,
    /// `dataset.rs`: the core's digest (and, on the host, the texts), compiled in.
    pub rust: String,
    /// `map-shapes.txt`: the map's country outlines, packed as the texts are (ASCII, so
    /// only an empty table line is added), fetched by the widget when the map is first
    /// shown (never compiled into the wasm; on the host, tests read it).
    pub shapes: Vec<u8>,
}

/// Loads and checks `data_dir` and every language's texts (the records' from `data_dir`,
/// the interface's from `interface`); all problems come back together.
pub fn build(data_dir: &Path, interface: &Interface) -> Result<(Dataset, Output), Vec<Diagnostic>> {
    let mut dataset = load(data_dir)?;
    dataset.shapes = load_shapes(data_dir)?;
    let unshaped = unshaped_countries(&dataset);
    if !unshaped.is_empty() {
        return Err(unshaped);
    }
    let core = generate_core(&dataset);
    let core_digest = digest(&core);
    let mut texts = Vec::new();
    let mut problems = Vec::new();
    let langs = languages(data_dir);
    for lang in &langs {
        match load_text(data_dir, &dataset, lang).and_then(|mut t| {
            let (strings, forms) = interface.of(lang)?;
            t.parts[TextPart::Interface.index()] = strings;
            t.parts[TextPart::NounForm.index()] = forms;
            Ok(t)
        }) {
            Ok(t) => texts.push((
                lang.clone(),
                atlas_vocab::packed::pack(&generate_text(&t, &core_digest, false)),
                atlas_vocab::packed::pack(&generate_text(&t, &core_digest, true)),
            )),
            Err(e) => problems.extend(e),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let rust = generate_rust(&core_digest, &langs);
    let shapes = atlas_vocab::packed::pack(&generate_shapes(&dataset));
    Ok((
        dataset,
        Output {
            core,
            texts,
            rust,
            shapes,
        },
    ))
}

/// Every country the widget ships without a shape in `d.shapes`: the core carries each
/// country's label anchor from its shape (see `generate_core`), so the build stops.
pub fn unshaped_countries(d: &Dataset) -> Vec<Diagnostic> {
    d.shipped_countries()
        .iter()
        .filter(|c| !d.shapes.iter().any(|s| s.code == c.iso3))
        .map(|c| {
            Diagnostic::new(
                "map/world.tsv",
                0,
                format!("no shape for {}, which the records name", c.iso3),
            )
        })
        .collect()
}

/// [`build`], then writes `dataset.rs`, `core.txt`, `map-shapes.txt`, `text-<lang>.txt` and
/// `notes-<lang>.txt` into `out_dir` (the host's tests compile in the last three; the wasm
/// fetches them).
pub fn compile(
    data_dir: &Path,
    interface: &Interface,
    out_dir: &Path,
) -> Result<Dataset, Vec<Diagnostic>> {
    let (dataset, output) = build(data_dir, interface)?;
    let write = |name: &str, text: &[u8]| {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(|e| {
            vec![Diagnostic::new(
                "",
                0,
                format!("cannot write {}: {e}", path.display()),
            )]
        })
    };
    write("dataset.rs", output.rust.as_bytes())?;
    write("core.txt", output.core.as_bytes())?;
    write(SHAPES_FILE, &output.shapes)?;
    for (lang, text, notes) in &output.texts {
        write(&format!("text-{lang}.txt"), text)?;
        write(&format!("notes-{lang}.txt"), notes)?;
    }
    Ok(dataset)
}
