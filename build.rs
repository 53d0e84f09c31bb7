//! Compiles `data/` and the interface strings of `src/strings.rs` into `$OUT_DIR`:
//! `dataset.rs`, `core.txt`, `map-shapes.txt` and `text-<lang>.txt`, and
//! `src/style.css` into `$OUT_DIR/style.css` without comments. A bad row stops the build with
//! `data/file.csv:line: reason` for every problem found.

use atlas_build::{columns, nouns, texts};
use std::path::{Path, PathBuf};

// `fn interface_columns()`, `fn interface_texts()` and `fn interface_nouns()`: every language's interface strings.
include!("src/strings.rs");

fn main() {
    println!("cargo:rerun-if-changed=data");
    println!("cargo:rerun-if-changed=data/map/world.tsv");
    println!("cargo:rerun-if-changed=src/style.css");
    println!("cargo:rerun-if-changed=src/strings.rs");
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // The style sheet ships without comments and layout whitespace.
    let css = std::fs::read_to_string("src/style.css").unwrap_or_else(|e| {
        eprintln!("src/style.css: {e}");
        std::process::exit(1);
    });
    if let Err(e) = std::fs::write(out.join("style.css"), atlas_build::minify_css(&css)) {
        eprintln!("$OUT_DIR/style.css: {e}");
        std::process::exit(1);
    }
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    // The interface strings ship in the text files, one language each.
    let interface = atlas_build::interface!();
    match atlas_build::compile(Path::new("data"), &interface, &out_dir) {
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
