//! A plain-text report of the compiled dataset: records per file and per source document,
//! and every curated disagreement between documents, with its note and citations.
//! `cargo run --example report`

use migration_atlas::dataset;
use migration_atlas::disagreements;
use migration_atlas::figures::statistic;
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
    let list = disagreements::all();
    println!(
        "\nDisagreements between (or within) documents, as curated in data/disagreements.csv: {}",
        list.len()
    );
    for d in &list {
        println!("- {} ({})", disagreements::label(d, Lang::En), d.id);
        println!("  {}", d.note(Lang::En));
        for &r in &d.records {
            let cites: Vec<String> = r
                .cite()
                .iter()
                .map(|c| format::citation(c, Lang::En))
                .collect();
            let when = match disagreements::when(r, Lang::En) {
                w if w.is_empty() => "no period".to_string(),
                w => w,
            };
            let what = match statistic(r) {
                Some(s) => format!(
                    "{} ({})",
                    format::figure(s, Lang::En),
                    format::speaker(s.speaker, Lang::En)
                ),
                None => format::title(r, Lang::En),
            };
            println!("    {when:<12} {what:<48} {}", cites.join("; "));
        }
    }
}
