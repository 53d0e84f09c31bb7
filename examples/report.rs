//! A plain-text report of the compiled dataset: records per file and per source document,
//! and every disagreement between documents, with citations.
//! `cargo run --example report`

use migration_atlas::dataset;
use migration_atlas::figures::{self, statistic};
use migration_atlas::format;
use migration_atlas::i18n::Lang;
use migration_atlas::record::{RecordKind, RecordRef};

fn main() {
    let all: Vec<RecordRef> = RecordRef::all().collect();
    println!("Records per file");
    for kind in RecordKind::ALL {
        let n = all.iter().filter(|r| r.kind() == kind).count();
        println!("  {:<16} {n}", format!("{kind:?}"));
    }
    println!("  {:<16} {}", "total", all.len());
    println!(
        "  citations        {}",
        all.iter().map(|r| r.cite().len()).sum::<usize>()
    );
    println!("  indicators       {}", dataset::get().indicators.len());
    println!("\nRecords citing each source (a record citing several counts under each)");
    println!(
        "  {:<30} {:>7} {:>11} {:>6} {:>8} {:>6}",
        "source", "events", "agreements", "posts", "figures", "all"
    );
    for (id, s) in dataset::get().source_ids() {
        let cites = |r: &&RecordRef| r.cite().iter().any(|c| c.source == id);
        let count = |k: RecordKind| all.iter().filter(|r| r.kind() == k).filter(cites).count();
        println!(
            "  {:<30} {:>7} {:>11} {:>6} {:>8} {:>6}",
            s.id,
            count(RecordKind::Event),
            count(RecordKind::Agreement),
            count(RecordKind::Post),
            count(RecordKind::Statistic),
            all.iter().filter(cites).count()
        );
    }
    let list = figures::disagreements();
    println!(
        "\nDisagreements between (or within) documents: {}",
        list.len()
    );
    for d in &list {
        let places: Vec<&str> = d
            .geo
            .iter()
            .map(|g| dataset::place_name(g, Lang::En))
            .collect();
        println!("- {} — {}", figures::label(d, Lang::En), places.join(", "));
        for &r in &d.figures {
            if let Some(s) = statistic(r) {
                let cites: Vec<String> = s
                    .cite
                    .iter()
                    .map(|c| format::citation(c, Lang::En))
                    .collect();
                let period = if s.period.midpoint().is_some() {
                    s.period.to_string()
                } else {
                    "no period".into()
                };
                println!(
                    "    {period:<12} {:<28} {}",
                    format::figure(s, Lang::En),
                    cites.join("; ")
                );
            }
        }
    }
}
