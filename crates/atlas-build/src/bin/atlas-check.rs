//! Checks a data folder the way the widget's build does, without building the widget,
//! texts in every language included.
//!
//! Usage: `cargo run -p atlas-build --bin atlas-check -- [DATA_DIR [OUT_DIR]]` (default
//! `data`). Prints every problem as `data/file.csv:line: reason`, or the record counts.
//! With `OUT_DIR`, also writes the files the widget fetches at run time
//! (`text-<lang>.txt`), as `scripts/build` does for `pkg/`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    let out = std::env::args_os().nth(2).map(PathBuf::from);
    match atlas_build::build(&dir) {
        Ok((d, output)) => {
            if let Some(out) = out {
                for (lang, text) in &output.texts {
                    let path = out.join(format!("text-{lang}.txt"));
                    if let Err(e) = std::fs::write(&path, text) {
                        eprintln!("cannot write {}: {e}", path.display());
                        return ExitCode::FAILURE;
                    }
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
