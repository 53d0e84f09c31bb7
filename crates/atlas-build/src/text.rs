//! The language-dependent half of the dataset: every title, summary, note, label and
//! name, per language.
//!
//! English comes from the record files themselves (`data/events.csv`…); every other
//! language from `data/text/<lang>/<file>.csv`, keyed by the record's id, with the same
//! column names. Organisation and city names, vocabulary labels and unit words come from
//! `data/text/<lang>/` for every language, English included; country names from
//! `countries.csv` (CLDR, with the project's overrides).
//!
//! **Invariant:** a language's text is complete. A record, label or unit without a text in
//! some language, or a text for an id the dataset does not have, stops the build with
//! `file:line`.

use crate::load::Dataset;
use crate::{Diagnostic, Table};
use atlas_vocab::{vocabulary_keys, TextPart};
use std::collections::HashMap;
use std::path::Path;

/// The language the record files are written in.
pub const SOURCE_LANGUAGE: &str = "en";

/// The languages the data has texts for: English, then every folder of `data/text/`
/// (a two- or three-letter code) in code order. Adding a language is adding its folder
/// (and its `Locale` in the widget).
pub fn languages(dir: &Path) -> Vec<String> {
    let mut found: Vec<String> = std::fs::read_dir(dir.join("text"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok()?.file_name().into_string().ok())
                .filter(|n| (2..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_lowercase()))
                .filter(|n| n != SOURCE_LANGUAGE)
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    std::iter::once(SOURCE_LANGUAGE.to_string())
        .chain(found)
        .collect()
}

/// One language's texts: for every [`TextPart`], one string per item in dataset order.
#[derive(Debug, Default)]
pub struct LangText {
    /// BCP 47 code.
    pub lang: String,
    /// Indexed by `TextPart::index()`.
    pub parts: Vec<Vec<String>>,
}

impl LangText {
    /// The texts of `part`.
    pub fn part(&self, part: TextPart) -> &[String] {
        self.parts.get(part.index()).map_or(&[], Vec::as_slice)
    }
}

/// Reads and checks the texts of `lang` for `data` (read from `dir`).
pub fn load_text(dir: &Path, data: &Dataset, lang: &str) -> Result<LangText, Vec<Diagnostic>> {
    let read =
        |name: &str, columns: &[&str]| Table::read(dir, &format!("text/{lang}/{name}"), columns);
    let mut errors = Vec::new();
    let mut parts: Vec<Vec<String>> = vec![Vec::new(); TextPart::ALL.len()];
    let mut put = |part: TextPart, items: Vec<String>| parts[part.index()] = items;

    let used_countries = data.shipped_countries();
    let ids = |items: Vec<&str>| items.into_iter().map(str::to_string).collect::<Vec<_>>();
    let keyed = [
        (
            "events.csv",
            "id",
            ids(data.events.iter().map(|e| e.id.as_str()).collect()),
            &[
                ("title", TextPart::EventTitle),
                ("summary", TextPart::EventSummary),
            ][..],
        ),
        (
            "agreements.csv",
            "id",
            ids(data.agreements.iter().map(|a| a.id.as_str()).collect()),
            &[
                ("title", TextPart::AgreementTitle),
                ("summary", TextPart::AgreementSummary),
            ][..],
        ),
        (
            "posts.csv",
            "id",
            ids(data.posts.iter().map(|p| p.id.as_str()).collect()),
            &[("summary", TextPart::PostSummary)][..],
        ),
        (
            "statistics.csv",
            "id",
            ids(data.statistics.iter().map(|s| s.id.as_str()).collect()),
            &[("note", TextPart::StatisticNote)][..],
        ),
        (
            "indicators.csv",
            "key",
            ids(data.indicators.iter().map(|i| i.key.as_str()).collect()),
            &[("label", TextPart::IndicatorLabel)][..],
        ),
        (
            "sources.csv",
            "id",
            ids(data.sources.iter().map(|s| s.id.as_str()).collect()),
            &[
                ("symbol", TextPart::SourceSymbol),
                ("title", TextPart::SourceTitle),
                ("author", TextPart::SourceAuthor),
                ("date", TextPart::SourceDate),
                ("kind", TextPart::SourceKind),
            ][..],
        ),
        (
            "organisations.csv",
            "code",
            ids(data.organisations.iter().map(|o| o.code.as_str()).collect()),
            &[
                ("name", TextPart::OrganisationName),
                ("short", TextPart::OrganisationShort),
            ][..],
        ),
        (
            "disagreements.csv",
            "id",
            ids(data.disagreements.iter().map(|x| x.id.as_str()).collect()),
            &[("note", TextPart::DisagreementNote)][..],
        ),
        (
            "cities.csv",
            "name",
            ids(data.cities.iter().map(|c| c.name.as_str()).collect()),
            &[("label", TextPart::CityName)][..],
        ),
    ];
    for (file, key, wanted, columns) in keyed {
        let mut required = vec![key];
        required.extend(columns.iter().map(|(c, _)| *c));
        // English is written in the record files themselves; organisation and city
        // names, which those files hold as codes and keys, have a text file like the
        // other languages.
        let in_record_file =
            lang == SOURCE_LANGUAGE && !matches!(file, "organisations.csv" | "cities.csv");
        let table = if in_record_file {
            Table::read(dir, file, &required)
        } else {
            read(file, &required)
        };
        match table {
            Ok(t) => {
                let optional: &[&str] = if file == "organisations.csv" {
                    &["short"]
                } else {
                    &[]
                };
                for (column, part) in columns {
                    let items = by_key(
                        &t,
                        key,
                        &wanted,
                        column,
                        optional.contains(column),
                        &mut errors,
                    );
                    put(*part, items);
                }
            }
            Err(e) => errors.extend(e),
        }
    }
    put(
        TextPart::CountryName,
        used_countries
            .iter()
            .map(|c| match lang {
                "en" => c.name_en.clone(),
                "ru" => c.name_ru.clone(),
                _ if c.name_ky.is_empty() => c.name_ru.clone(),
                _ => c.name_ky.clone(),
            })
            .collect(),
    );

    match read("vocabulary.csv", &["vocabulary", "key", "label"]) {
        Ok(t) => {
            for part in TextPart::ALL.iter().copied() {
                let Some(keys) = vocabulary_keys(part) else {
                    continue;
                };
                if matches!(
                    part,
                    TextPart::UnitOne
                        | TextPart::UnitFew
                        | TextPart::UnitMany
                        | TextPart::UnitOther
                ) {
                    continue;
                }
                let wanted: Vec<String> = keys.iter().map(|k| k.to_string()).collect();
                let rows: Vec<&crate::table::Row> = t
                    .rows
                    .iter()
                    .filter(|r| t.get(r, "vocabulary") == part.key())
                    .collect();
                put(
                    part,
                    keyed_rows(&t, &rows, "key", &wanted, "label", false, &mut errors),
                );
            }
            let known: Vec<&str> = TextPart::ALL
                .iter()
                .filter(|p| vocabulary_keys(**p).is_some())
                .map(|p| p.key())
                .collect();
            for row in &t.rows {
                if !known.contains(&t.get(row, "vocabulary")) {
                    errors.push(Diagnostic::new(
                        &t.name,
                        row.line,
                        format!("unknown vocabulary '{}'", t.get(row, "vocabulary")),
                    ));
                }
            }
        }
        Err(e) => errors.extend(e),
    }
    match read("units.csv", &["key", "one", "few", "many", "other"]) {
        Ok(t) => {
            let wanted: Vec<String> = vocabulary_keys(TextPart::UnitOne)
                .unwrap_or(&[])
                .iter()
                .map(|k| k.to_string())
                .collect();
            for (column, part, optional) in [
                ("one", TextPart::UnitOne, false),
                ("few", TextPart::UnitFew, true),
                ("many", TextPart::UnitMany, true),
                ("other", TextPart::UnitOther, false),
            ] {
                put(
                    part,
                    by_key(&t, "key", &wanted, column, optional, &mut errors),
                );
            }
        }
        Err(e) => errors.extend(e),
    }

    // One item per line in the shipped file.
    for item in parts.iter_mut().flatten() {
        if item.contains(['\n', '\r']) {
            *item = item.replace(['\n', '\r'], " ");
        }
    }
    if errors.is_empty() {
        Ok(LangText {
            lang: lang.to_string(),
            parts,
        })
    } else {
        Err(errors)
    }
}

/// The `column` of the row for every key of `wanted`, in that order. A missing key, a
/// duplicate, an unknown key or (unless `optional`) an empty cell is a problem.
fn by_key(
    t: &Table,
    key: &str,
    wanted: &[String],
    column: &str,
    optional: bool,
    errors: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let rows: Vec<&crate::table::Row> = t.rows.iter().collect();
    keyed_rows(t, &rows, key, wanted, column, optional, errors)
}

fn keyed_rows(
    t: &Table,
    rows: &[&crate::table::Row],
    key: &str,
    wanted: &[String],
    column: &str,
    optional: bool,
    errors: &mut Vec<Diagnostic>,
) -> Vec<String> {
    let mut found: HashMap<&str, (u64, &str)> = HashMap::new();
    for row in rows {
        let k = t.get(row, key);
        if !wanted.iter().any(|w| w == k) {
            errors.push(Diagnostic::new(
                &t.name,
                row.line,
                format!("{key} '{k}' is not in the dataset"),
            ));
        } else if let Some((first, _)) = found.get(k) {
            errors.push(Diagnostic::new(
                &t.name,
                row.line,
                format!("{key} '{k}' again (first at line {first})"),
            ));
        } else {
            found.insert(k, (row.line, t.get(row, column)));
        }
    }
    wanted
        .iter()
        .map(|w| match found.get(w.as_str()) {
            Some((line, text)) => {
                if text.trim().is_empty() && !optional {
                    errors.push(Diagnostic::new(
                        &t.name,
                        *line,
                        format!("{column}: empty for '{w}'"),
                    ));
                }
                text.trim().to_string()
            }
            None => {
                errors.push(Diagnostic::new(
                    &t.name,
                    0,
                    format!("no {column} for {key} '{w}'"),
                ));
                String::new()
            }
        })
        .collect()
}
