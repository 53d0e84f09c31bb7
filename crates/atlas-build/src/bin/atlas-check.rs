//! Checks a data folder the way the widget's build does, without building the widget,
//! texts in every language included.
//!
//! Usage: `cargo run -p atlas-build --bin atlas-check -- [DATA_DIR [OUT_DIR]]` (default
//! `data`). Prints every problem as `data/file.csv:line: reason`, or the record counts.
//! With `OUT_DIR`, also writes the files the widget fetches at run time, packed (see
//! `atlas_vocab::packed`): `text-<lang>.txt`, and `paragraphs-<doc>.txt` from
//! `DATA_DIR/paragraphs/<doc>.txt`, as `scripts/build` does for `pkg/`; and the map's
//! outlines, `map-shapes.txt` (packed too), fetched when a reader first opens the map.

use atlas_build::{columns, nouns, texts};
use std::path::{Path, PathBuf};

// `fn interface_columns()`, `fn interface_texts()` and `fn interface_nouns()`: the widget's interface strings.
include!("../../../../src/strings.rs");
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let out = std::env::args_os().nth(2).map(PathBuf::from);
    // The widget's interface strings, which ship in the same text files.
    let interface = atlas_build::interface!();
    match atlas_build::build(&dir, &interface) {
        Ok((d, output)) => {
            if let Some(out) = out {
                if let Err(e) = write_files(&dir, &out, &output.texts, &output.shapes) {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            }
            println!(
                "{}: {} events, {} agreements, {} posts, {} statistics ({} indicators), {} disagreements, {} sources, {} countries, {} cities: no problems",
                dir.display(),
                d.events.len(),
                d.agreements.len(),
                d.posts.len(),
                d.statistics.len(),
                d.indicators.len(),
                d.disagreements.len(),
                d.sources.len(),
                d.countries.len(),
                d.cities.len()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("{p}");
            }
            eprintln!("{} problem(s)", problems.len());
            ExitCode::FAILURE
        }
    }
}

/// The texts, their notes and the quoted paragraphs, packed, and the map's outlines, into `out`.
fn write_files(
    dir: &Path,
    out: &Path,
    texts: &[(String, Vec<u8>, Vec<u8>)],
    shapes: &[u8],
) -> Result<(), String> {
    let write = |name: String, bytes: &[u8]| {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    for (lang, text, notes) in texts {
        write(format!("text-{lang}.txt"), text)?;
        write(format!("notes-{lang}.txt"), notes)?;
    }
    write(atlas_build::SHAPES_FILE.to_string(), shapes)?;
    let paragraphs = dir.join("paragraphs");
    let entries = std::fs::read_dir(&paragraphs)
        .map_err(|e| format!("cannot list {}: {e}", paragraphs.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default();
            write(
                format!("paragraphs-{name}"),
                &atlas_vocab::packed::pack(&text),
            )?;
        }
    }
    Ok(())
}
