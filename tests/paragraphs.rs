//! Issue 15: every citation of every record resolves to a non-empty quoted paragraph in the
//! committed `data/paragraphs/` files, and what a paragraph marks is what the record relies
//! on (the figure's value, the event's year, the post's city).

use migration_atlas::dataset;
use migration_atlas::paragraphs::{block_key, Quoted};
use migration_atlas::record::{Detail, RecordRef};
use std::collections::HashMap;

fn files() -> HashMap<&'static str, (String, Quoted)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/paragraphs");
    dataset::get()
        .source_ids()
        .map(|(_, s)| {
            let path = dir.join(format!("{}.txt", s.id));
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let quoted = Quoted::read(&text, s.id).unwrap_or_else(|e| panic!("{e}"));
            (s.id, (text, quoted))
        })
        .collect()
}

/// A marked figure read as the citation checker reads numbers: `680,599`, `44 694`,
/// `2.76 billion`, `1 million 118 thousand`, `nine`.
fn number(text: &str) -> Option<f64> {
    let t = text
        .to_lowercase()
        .replace(['\u{a0}', '\u{202f}', '\n'], " ");
    let words = t.split_whitespace().collect::<Vec<_>>();
    let plain = |w: &str| w.replace(',', "").parse::<f64>().ok();
    let scale = |w: &str| match w {
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        _ => None,
    };
    const WORDS: [&str; 21] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    match words.as_slice() {
        [a, "million", b, "thousand"] => Some(plain(a)? * 1e6 + plain(b)? * 1e3),
        [a, s] if scale(s).is_some() => Some(plain(a)? * scale(s)?),
        [w] if WORDS.contains(w) => WORDS.iter().position(|x| x == w).map(|i| i as f64),
        [w] => plain(w).or(match *w {
            "thirty" => Some(30.0),
            "forty" => Some(40.0),
            "fifty" => Some(50.0),
            "sixty" => Some(60.0),
            "seventy" => Some(70.0),
            "eighty" => Some(80.0),
            "ninety" => Some(90.0),
            "hundred" => Some(100.0),
            "twice" | "doubled" => Some(2.0),
            "threefold" | "tripled" => Some(3.0),
            "once" => Some(1.0),
            "dozen" => Some(12.0),
            "thousand" => Some(1000.0),
            _ => None,
        }),
        // "44 694": space-grouped thousands.
        groups if groups.iter().skip(1).all(|g| g.len() == 3) => plain(&groups.concat()),
        _ => None,
    }
}

#[test]
fn every_citation_resolves_to_a_non_empty_quoted_paragraph() {
    let files = files();
    let mut cited = 0;
    for r in RecordRef::all() {
        for c in r.cite() {
            let source = dataset::source_of(c);
            let (_, quoted) = &files[source.id];
            let p = quoted.paragraph(*c).unwrap_or_else(|| {
                panic!(
                    "{}: {} has no paragraph {}",
                    r.id(),
                    source.id,
                    block_key(*c)
                )
            });
            assert!(
                !p.text.trim().is_empty(),
                "{}: {} {}",
                r.id(),
                source.id,
                p.key
            );
            cited += 1;
        }
    }
    assert!(cited > RecordRef::count(), "{cited} citations");
}

#[test]
fn the_quoted_texts_are_marked_as_english() {
    for (doc, (_, quoted)) in files() {
        assert_eq!(quoted.lang, "en", "{doc}");
    }
}

#[test]
fn what_a_paragraph_marks_is_what_the_record_relies_on() {
    let files = files();
    for r in RecordRef::all() {
        let marked: Vec<&str> = r
            .cite()
            .iter()
            .filter_map(|c| files[dataset::source_of(c).id].1.paragraph(*c))
            .flat_map(|p| p.marked(r.id()))
            .collect();
        match r.detail() {
            Detail::Statistic(s) => {
                assert!(!marked.is_empty(), "{}: no figure marked", r.id());
                let wanted = [Some(s.value), s.value_high];
                for m in &marked {
                    let v = number(m).unwrap_or_else(|| panic!("{}: '{m}' is no number", r.id()));
                    assert!(
                        wanted
                            .iter()
                            .flatten()
                            .any(|w| (w - v).abs() <= 1e-9 * w.abs().max(1.0)),
                        "{}: '{m}' reads {v}, not {:?}",
                        r.id(),
                        wanted
                    );
                }
            }
            Detail::Event(e) => {
                assert!(!marked.is_empty(), "{}: no year marked", r.id());
                let year = e.date.year.to_string();
                assert!(marked.iter().all(|m| *m == year), "{}: {marked:?}", r.id());
            }
            Detail::Post(p) => {
                let city = p.city.map(|i| dataset::get().cities[usize::from(i)].key);
                for m in &marked {
                    assert_eq!(
                        Some(m.to_lowercase()),
                        city.map(str::to_lowercase),
                        "{}",
                        r.id()
                    );
                }
            }
            Detail::Agreement(a) => {
                let years: Vec<String> = [a.signed, a.in_force]
                    .iter()
                    .flatten()
                    .map(|d| d.year.to_string())
                    .collect();
                assert!(
                    marked.iter().all(|m| years.iter().any(|y| y == m)),
                    "{}: {marked:?}",
                    r.id()
                );
            }
        }
    }
}

#[test]
fn every_mark_reads_what_its_line_says_and_names_a_citing_record() {
    for (doc, (text, quoted)) in files() {
        let mut key = "";
        for line in text.lines() {
            if let Some(k) = line.strip_prefix("@ ") {
                key = k;
            }
            let Some(mark) = line.strip_prefix("= ") else {
                continue;
            };
            let fields: Vec<&str> = mark.split('\t').collect();
            assert_eq!(fields.len(), 4, "{doc}: {line}");
            let r = RecordRef::by_id(fields[0])
                .unwrap_or_else(|| panic!("{doc}: unknown {}", fields[0]));
            let cites_it = r
                .cite()
                .iter()
                .any(|c| dataset::source_of(c).id == doc && block_key(*c) == key);
            assert!(cites_it, "{doc} {key}: {} does not cite it", fields[0]);
            let p = quoted
                .paragraphs()
                .iter()
                .find(|p| p.key == key)
                .expect("its paragraph");
            let shown: Vec<String> = p
                .marked(fields[0])
                .iter()
                .map(|m| m.split_whitespace().collect::<Vec<_>>().join(" "))
                .collect();
            assert!(
                shown.iter().any(|m| m == fields[3]),
                "{doc} {key}: {line} shows {shown:?}"
            );
        }
    }
}
