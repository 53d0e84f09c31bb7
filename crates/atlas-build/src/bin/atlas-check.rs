//! Checks a data folder the way the widget's build does, without building the widget.
//!
//! Usage: `cargo run -p atlas-build --bin atlas-check -- [DATA_DIR]` (default `data`).
//! Prints every problem as `data/file.csv:line: reason`, or the record counts.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("data"), PathBuf::from);
    match atlas_build::load(&dir) {
        Ok(d) => {
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
