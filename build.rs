//! Compiles `data/` into `$OUT_DIR`: `dataset.rs`, `core.txt` and `text-<lang>.txt`. A bad row stops the build with
//! `data/file.csv:line: reason` for every problem found.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=data/map/world.tsv");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    match atlas_build::compile(Path::new("data"), &out_dir) {
        Ok(_) => {}
        Err(problems) => {
            eprintln!("The data files have {} problem(s):", problems.len());
            for p in &problems {
                eprintln!("  {p}");
                println!("cargo::error={p}");
            }
            std::process::exit(1);
        }
    }
}
