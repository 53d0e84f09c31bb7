//! The project's timing benchmark (run by `scripts/bench`, never by the tests): how long
//! the hot paths take on the host for the real dataset and for ten copies of it.
//! Prints a table and writes `bench/timings.json`. Figures are read, not asserted.
#![allow(clippy::disallowed_methods)] // Instant::now is fine on the host.

use migration_atlas::filter::{self, Filters, Topic};
use migration_atlas::i18n::Lang;
use migration_atlas::layout::{map, timeline};
use migration_atlas::record::RecordRef;
use migration_atlas::state::{Layer, Layers};
use migration_atlas::time::MonthRange;
use migration_atlas::viewport::TimeWindow;
use std::time::Instant;

/// Median and 95th percentile of `runs` timings of `f`, in microseconds.
fn measure(runs: usize, mut f: impl FnMut()) -> (f64, f64) {
    f(); // warm caches (the search index is built once)
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e6
        })
        .collect();
    t.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    (t[t.len() / 2], t[(t.len() * 95 / 100).min(t.len() - 1)])
}

fn main() {
    let real: Vec<RecordRef> = RecordRef::all().collect();
    let tenfold: Vec<RecordRef> = (0..10).flat_map(|_| real.iter().copied()).collect();
    let filters = [
        ("no filter", Filters::default()),
        (
            "topic + country",
            Filters {
                topics: [Topic::Agreements].into(),
                countries: ["RUS"].into(),
                ..Filters::default()
            },
        ),
        (
            "years 2015–2023",
            Filters {
                time: MonthRange::years(2015, 2023),
                ..Filters::default()
            },
        ),
        (
            "search 'pension russia'",
            Filters {
                text: "pension russia".into(),
                ..Filters::default()
            },
        ),
    ];
    let mut rows: Vec<(String, usize, f64, f64)> = Vec::new();
    for (label, records) in [("real", &real), ("10x", &tenfold)] {
        let n = records.len();
        for (name, f) in &filters {
            let (med, p95) = measure(50, || {
                std::hint::black_box(filter::select_among(f, records));
            });
            rows.push((format!("filter, {name} ({label})"), n, med, p95));
        }
        let (med, p95) = measure(50, || {
            // A filter change in the widget: select, then lay out the view on screen.
            let selected = filter::select_among(&filters[1].1, records);
            std::hint::black_box(timeline::layout(
                &selected,
                TimeWindow::default(),
                800.0,
                Lang::En,
                None,
            ));
        });
        rows.push((
            format!("filter change + timeline layout ({label})"),
            n,
            med,
            p95,
        ));
        for width in [320.0, 800.0, 1400.0] {
            let (med, p95) = measure(30, || {
                std::hint::black_box(timeline::layout(
                    records,
                    TimeWindow::ALL,
                    width,
                    Lang::En,
                    None,
                ));
            });
            rows.push((
                format!("timeline re-layout, all years, {width} px ({label})"),
                n,
                med,
                p95,
            ));
        }
        let (med, p95) = measure(30, || {
            // The view the map opens on, its marks and their labels.
            let places = map::extent::places(records);
            let view = map::extent::fitted(&places, 800.0, map::height_for(800.0));
            let marks = map::layout(
                records,
                Layers::default().with(Layer::Flows, true),
                view,
                800.0,
                None,
                Lang::En,
            );
            std::hint::black_box(map::labels::place(
                &marks,
                view,
                800.0,
                map::height_for(800.0),
                Lang::En,
                1.0,
                &[],
            ));
        });
        rows.push((
            format!("map layout and labels, all layers, 800 px ({label})"),
            n,
            med,
            p95,
        ));
    }
    let (med, p95) = measure(30, || {
        // Every facet's counts, as the filter panel computes them.
        for facet in &migration_atlas::facets::FACETS {
            std::hint::black_box(migration_atlas::facets::counts(&Filters::default(), facet));
        }
    });
    rows.push(("filter panel counts (real)".into(), real.len(), med, p95));

    println!(
        "{:<58} {:>8} {:>11} {:>11}",
        "what", "records", "median µs", "p95 µs"
    );
    for (what, n, med, p95) in &rows {
        println!("{what:<58} {n:>8} {med:>11.1} {p95:>11.1}");
    }
    let json: Vec<String> = rows
        .iter()
        .map(|(what, n, med, p95)| format!("  {{\"what\": {what:?}, \"records\": {n}, \"median_us\": {med:.1}, \"p95_us\": {p95:.1}}}"))
        .collect();
    let _ = std::fs::create_dir_all("bench");
    let _ = std::fs::write(
        "bench/timings.json",
        format!("[\n{}\n]\n", json.join(",\n")),
    );
}
