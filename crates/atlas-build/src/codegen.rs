//! Writes a checked [`Dataset`] for the widget: the language-independent records as
//! `core.txt` (read once at start-up by `dataset.rs`), each language's texts as
//! `text-<lang>.txt` (fetched per language), and the map's outlines (`map-shapes.txt`, fetched
//! when the map is first shown).
//!
//! The output is deterministic (file order, fixed number formatting), so a rebuild with
//! the same data produces the same bytes.
//!
//! Both text formats are line-oriented: a section is a line with its item count followed
//! by one line per item; fields within a line are separated by tabs, list items by `;`.
//! Closed vocabularies are written as their index in `atlas_vocab`. Line-oriented text
//! gzips better than Rust statics and needs only `split` to read.

use crate::fields::{Date, Period};
use crate::load::{Cite, Dataset};
use crate::text::LangText;
use atlas_vocab::{
    About, Category, EventKind, Group, PostKind, PostStatus, Qualifier, Scope, Speaker, Status,
    Subject, TextPart, Unit,
};
use std::fmt::Write;

/// Version of the two text formats; the widget refuses other versions.
pub const FORMAT: &str = "atlas 1";

fn date(d: Option<Date>) -> String {
    match d {
        None => String::new(),
        Some(d) if d.month == 0 => format!("{}", d.year),
        Some(d) if d.day == 0 => format!("{}-{:02}", d.year, d.month),
        Some(d) => format!("{}-{:02}-{:02}", d.year, d.month, d.day),
    }
}

fn cites(items: &[Cite]) -> String {
    let inner: Vec<String> = items
        .iter()
        .map(|c| format!("{}:{}", c.source, pack_paragraph(&c.para)))
        .collect();
    inner.join(";")
}

/// The packed form of a paragraph key (see `model::Citation::para`): `header` is 0,
/// `127` is 127, `5(a)` is 1005. `load` has checked the key exists.
pub fn pack_paragraph(key: &str) -> u32 {
    if key == "header" {
        return 0;
    }
    let (number, item) = key
        .split_once('(')
        .map_or((key, ""), |(n, rest)| (n, rest.trim_end_matches(')')));
    let n: u32 = number.parse().unwrap_or(0);
    let k = item
        .bytes()
        .next()
        .map_or(0, |b| u32::from(b.saturating_sub(b'a')) + 1);
    n + 1000 * k
}

/// A decimal with at most six decimals and no exponent (`2756.2`, `-0.5`, `1063000`).
fn decimal(v: f64) -> String {
    let text = format!("{v:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".into()
    } else {
        text.to_string()
    }
}

fn coordinates(p: Option<(f64, f64)>) -> String {
    p.map_or_else(
        || "\t".to_string(),
        |(lon, lat)| format!("{}\t{}", decimal(lon), decimal(lat)),
    )
}

/// The index of a vocabulary key that `load` has already checked.
fn index<T>(key: &str, from_key: fn(&str) -> Option<T>, index: fn(T) -> usize) -> usize {
    from_key(key).map_or(usize::MAX, index)
}

fn list<T: AsRef<str>>(items: &[T]) -> String {
    items
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(";")
}

fn section(out: &mut String, lines: impl ExactSizeIterator<Item = String>) {
    let _ = writeln!(out, "{}", lines.len());
    for line in lines {
        out.push_str(&line);
        out.push('\n');
    }
}

/// `core.txt`: sources, countries, organisations, cities, indicators, events,
/// agreements, posts, statistics, disagreements and memberships, without any text a
/// reader reads.
pub fn generate_core(d: &Dataset) -> String {
    let mut o = format!("{FORMAT} core\n");
    section(
        &mut o,
        d.sources
            .iter()
            .map(|s| format!("{}\t{}\t{}\t{}", s.id, s.symbol, s.year, s.url)),
    );
    // Each country with its label anchor from the map's shapes, so the map's marks (labels,
    // badges, the fitted view) need not wait for the outlines (`map-shapes.txt`); `build`
    // refuses a country without a shape.
    section(
        &mut o,
        d.shipped_countries().into_iter().map(|c| {
            let anchor = d.shapes.iter().find(|s| s.code == c.iso3).map(|s| s.anchor);
            format!(
                "{}\t{}\t{}",
                c.iso3,
                coordinates(c.capital),
                anchor.map_or_else(|| "\t".to_string(), anchor_text)
            )
        }),
    );
    section(&mut o, d.organisations.iter().map(|g| g.code.clone()));
    section(
        &mut o,
        d.cities
            .iter()
            .map(|c| format!("{}\t{}", c.name, c.country)),
    );
    section(
        &mut o,
        d.indicators.iter().map(|i| {
            format!(
                "{}\t{}\t{}",
                i.key,
                index(&i.unit, Unit::from_key, Unit::index),
                index(i.group, Group::from_key, Group::index)
            )
        }),
    );
    section(
        &mut o,
        d.events.iter().map(|e| {
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}",
                e.id,
                date(Some(e.date)),
                date(e.end),
                index(e.category, Category::from_key, Category::index),
                index(&e.kind, EventKind::from_key, EventKind::index),
                list(&e.countries),
                cites(&e.cite)
            )
        }),
    );
    section(
        &mut o,
        d.agreements.iter().map(|a| {
            let subjects: Vec<String> = a
                .subject
                .iter()
                .map(|s| index(s, Subject::from_key, Subject::index).to_string())
                .collect();
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                a.id,
                index(a.scope, Scope::from_key, Scope::index),
                list(&a.parties),
                list(&subjects),
                date(a.signed),
                date(a.in_force),
                index(a.status, Status::from_key, Status::index),
                cites(&a.cite)
            )
        }),
    );
    section(
        &mut o,
        d.posts.iter().map(|p| {
            let city = d
                .cities
                .iter()
                .position(|c| !p.city.is_empty() && c.name == p.city && c.country == p.country)
                .map_or(String::new(), |i| i.to_string());
            format!(
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                p.id,
                index(p.kind, PostKind::from_key, PostKind::index),
                city,
                p.country,
                coordinates(p.lon_lat),
                index(p.status, PostStatus::from_key, PostStatus::index),
                date(p.date),
                cites(&p.cite)
            )
        }),
    );
    section(
        &mut o,
        d.statistics.iter().map(|s| {
            let period = match s.period {
                Period::Unknown => String::new(),
                Period::At(a) => date(Some(a)),
                Period::Span(a, b) => format!("{}/{}", date(Some(a)), date(Some(b))),
            };
            format!(
                // `sex` is checked by the build but not shipped: the widget never reads it.
                "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
                s.id,
                s.indicator,
                decimal(s.value),
                s.value_high.map_or(String::new(), decimal),
                index(s.qualifier, Qualifier::from_key, Qualifier::index),
                index(&s.unit, Unit::from_key, Unit::index),
                period,
                list(&s.geo),
                index(s.about, About::from_key, About::index),
                index(s.speaker, Speaker::from_key, Speaker::index),
                cites(&s.cite)
            )
        }),
    );
    section(
        &mut o,
        d.disagreements
            .iter()
            .map(|x| format!("{}\t{}", x.id, list(&x.records))),
    );
    section(
        &mut o,
        d.memberships.iter().map(|m| {
            format!(
                "{}\t{}\t{}\t{}",
                m.organisation,
                m.country,
                date(m.since),
                cites(&m.cite)
            )
        }),
    );
    o
}

/// `text-<lang>.txt` (`notes` false: every part but the notes) or `notes-<lang>.txt`
/// (`notes` true: the parts [`TextPart::is_note`] names, fetched when first needed). The
/// header names the file's kind, the language and the digest of the core it was written
/// for, so a stale cached text is refused instead of mislabelling records.
pub fn generate_text(text: &LangText, core_digest: &str, notes: bool) -> String {
    let kind = if notes { "notes" } else { "text" };
    let mut o = format!("{FORMAT} {kind}\t{}\t{core_digest}\n", text.lang);
    for part in TextPart::ALL.iter().copied() {
        if part.is_shipped() && part.is_note() == notes {
            section(&mut o, text.part(part).to_vec().into_iter());
        }
    }
    o
}

/// FNV-1a over the core file, as hex: ties a text file to the core it matches.
pub fn digest(bytes: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// The Rust source compiled into the widget: the core's digest and, on the host, every
/// language's text.
pub fn generate_rust(core_digest: &str, languages: &[String]) -> String {
    let mut o = String::new();
    o.push_str("// Generated by atlas-build from data/. Do not edit: edit the data files.\n\n");
    o.push_str("/// Every language's text, compiled in on the host only (tests, benchmarks); the\n/// wasm fetches one language at a time.\n#[cfg(not(target_arch = \"wasm32\"))]\npub const HOST_TEXTS: &[(&str, &[u8], &[u8])] = &[\n");
    for lang in languages {
        let _ = writeln!(
            o,
            "    ({lang:?}, include_bytes!(concat!(env!(\"OUT_DIR\"), \"/text-{lang}.txt\")), include_bytes!(concat!(env!(\"OUT_DIR\"), \"/notes-{lang}.txt\"))),"
        );
    }
    o.push_str("];\n\n");
    let _ = writeln!(o, "/// Digest of `core.txt`; a text file names the core it was written for.\npub const CORE_DIGEST: &str = {core_digest:?};");
    o
}

/// `map-shapes.txt`, the map's country outlines: one line per country shape, pre-projected,
/// `code, anchor x, anchor y, path` (path units are half map units). Not compiled in: the
/// widget fetches it from its folder when the map is first shown (the anchors of the
/// countries the records name are in the core, so the marks draw before it arrives).
/// Text rather than Rust statics: measured while it was compiled in, a table of 250 structs
/// of pointers and floats cost more wasm bytes after compression than the same lines.
pub fn generate_shapes(d: &Dataset) -> String {
    let mut o = String::from("atlas 1 shapes\n");
    let _ = writeln!(o, "{}", d.shapes.len());
    for s in &d.shapes {
        let _ = writeln!(o, "{}\t{}\t{}", s.code, anchor_text(s.anchor), s.path);
    }
    o
}

/// A shape's anchor as both files write it: map units to a tenth, tab-separated.
fn anchor_text(anchor: (f64, f64)) -> String {
    let tenth = |v: f64| (v * 10.0).round() / 10.0;
    format!("{:?}\t{:?}", tenth(anchor.0), tenth(anchor.1))
}
