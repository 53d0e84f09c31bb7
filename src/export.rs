//! The records a view shows as files: CSV for spreadsheets, JSON for programs, each row with
//! its citations. Pure text; the export panel hands it to the browser as a download.
//!
//! Column names and JSON keys are the same in every language (a reader's script should not
//! break when they switch language); values are in the reader's language where they are
//! words (titles, summaries, places, figures) and codes where they are codes.

use crate::dataset;
use crate::format::{self, fixed};
use crate::i18n::Lang;
use crate::model::Citation;
use crate::record::{Detail, RecordRef};

/// The CSV header, in column order.
pub const COLUMNS: [&str; 16] = [
    "id",
    "kind",
    "date",
    "end",
    "title",
    "places",
    "place_codes",
    "figure",
    "value",
    "value_high",
    "unit",
    "qualifier",
    "speaker",
    "summary",
    "citations",
    "links",
];

/// One record as the files write it (empty cells for what does not apply).
struct Row {
    cells: [String; 14],
    cite: &'static [Citation],
}

fn row(r: RecordRef, lang: Lang) -> Row {
    let (date, end) = match r.dates() {
        Some((a, b)) if a != b => (a.to_string(), b.to_string()),
        Some((a, _)) => (a.to_string(), String::new()),
        None => (String::new(), String::new()),
    };
    let names: Vec<&str> = r
        .places()
        .iter()
        .map(|c| dataset::place_name(c, lang))
        .collect();
    let mut figure = [const { String::new() }; 6];
    if let Detail::Statistic(s) = r.detail() {
        figure = [
            format::figure(s, lang),
            fixed(s.value, 4),
            s.value_high.map(|v| fixed(v, 4)).unwrap_or_default(),
            s.unit.key().to_string(),
            s.qualifier.key().to_string(),
            s.speaker.key().to_string(),
        ];
    }
    let [f0, f1, f2, f3, f4, f5] = figure;
    Row {
        cells: [
            r.id().to_string(),
            format::kind(r, lang).to_string(),
            date,
            end,
            format::title(r, lang),
            names.join("; "),
            r.places().join("; "),
            f0,
            f1,
            f2,
            f3,
            f4,
            f5,
            r.summary(lang).to_string(),
        ],
        cite: r.cite(),
    }
}

/// True for text a spreadsheet reads as a plain number ("-12", "2.5").
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes
/// doubled. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) gets a
/// leading apostrophe, numbers excepted.
pub fn csv_cell(text: &str) -> String {
    let formula = matches!(
        text.chars().next(),
        Some('=' | '+' | '-' | '@' | '\t' | '\r')
    ) && !is_number(text);
    let text = if formula {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// The records as CSV: a byte-order mark (so spreadsheets read UTF-8 as UTF-8), the
/// header, one line per record, CRLF line ends.
pub fn csv(records: &[RecordRef], lang: Lang) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&COLUMNS.join(","));
    out.push_str("\r\n");
    for &r in records {
        let row = row(r, lang);
        let citations: Vec<String> = row.cite.iter().map(|c| format::citation(c, lang)).collect();
        let links: Vec<&str> = row
            .cite
            .iter()
            .map(|c| dataset::source_of(c).url)
            .filter(|u| !u.is_empty())
            .collect();
        let cells = row
            .cells
            .iter()
            .map(String::as_str)
            .chain([citations.join("; ").as_str(), links.join(" ").as_str()])
            .map(csv_cell)
            .collect::<Vec<_>>();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `text` as a JSON string, quotes included.
pub fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(char::from(HEX[(u32::from(c) >> 4) as usize]));
                out.push(char::from(HEX[(u32::from(c) & 15) as usize]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a JSON file says about the view it comes from.
pub struct About<'a> {
    /// The atlas's name.
    pub title: &'a str,
    /// The filters in words.
    pub filters: &'a str,
    /// The data's date.
    pub data_date: &'a str,
    /// The link that reopens the view.
    pub link: &'a str,
    /// The language of the values.
    pub lang: Lang,
}

/// The records as one JSON document: what the view is, then every record with its
/// citations (document id, symbol, paragraph, the citation as text and the official copy).
pub fn json(records: &[RecordRef], about: &About) -> String {
    let s = json_string;
    let lang = about.lang;
    let mut out = format!(
        "{{\"title\":{},\"filters\":{},\"data\":{},\"link\":{},\"language\":{},\"count\":{},\"records\":[",
        s(about.title),
        s(about.filters),
        s(about.data_date),
        s(about.link),
        s(lang.code()),
        records.len()
    );
    for (i, &r) in records.iter().enumerate() {
        let row = row(r, lang);
        if i > 0 {
            out.push(',');
        }
        out.push_str("\n{");
        for (k, (name, value)) in COLUMNS.iter().zip(row.cells.iter()).enumerate() {
            if k > 0 {
                out.push(',');
            }
            let numeric = matches!(*name, "value" | "value_high");
            let value = match (value.is_empty(), numeric) {
                (true, _) => "null".to_string(),
                (false, true) => value.clone(),
                (false, false) => s(value),
            };
            out.push_str(&format!("{}:{value}", s(name)));
        }
        out.push_str(",\"citations\":[");
        for (k, c) in row.cite.iter().enumerate() {
            let source = dataset::source_of(c);
            if k > 0 {
                out.push(',');
            }
            out.push_str(&format!(
                "{{\"document\":{},\"symbol\":{},\"paragraph\":{},\"citation\":{},\"url\":{}}}",
                s(source.id),
                s(format::source_symbol(c.source, lang)),
                s(&c.paragraph()),
                s(&format::citation(c, lang)),
                if source.url.is_empty() {
                    "null".to_string()
                } else {
                    s(source.url)
                }
            ));
        }
        out.push_str("]}");
    }
    out.push_str("\n]}\n");
    out
}

// Host only: the tests read the files back with the `csv` and `serde_json` crates.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn sample() -> Vec<RecordRef> {
        // One record of each kind, and the first few of all.
        let mut records: Vec<RecordRef> = RecordRef::all().take(5).collect();
        for kind in crate::record::RecordKind::ALL {
            records.extend(RecordRef::of_kind(kind).take(3));
        }
        records
    }

    #[test]
    fn cells_are_quoted_when_they_must_be() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"no\""), "\"say \"\"no\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn formulas_are_defused_but_numbers_are_not() {
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("+7 days"), "'+7 days");
        assert_eq!(csv_cell("@sum"), "'@sum");
        assert_eq!(csv_cell("-12"), "-12");
        assert_eq!(csv_cell("-2.5"), "-2.5");
        assert_eq!(csv_cell("-x"), "'-x");
        assert_eq!(csv_cell("2015-05"), "2015-05");
    }

    #[test]
    fn a_csv_reader_gets_back_every_record_and_every_cell() {
        let records = sample();
        for lang in Lang::ALL {
            let text = csv(&records, lang);
            assert!(text.starts_with('\u{feff}'));
            let mut reader =
                ::csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
            let header: Vec<String> = reader
                .headers()
                .expect("a header")
                .iter()
                .map(str::to_string)
                .collect();
            assert_eq!(header, COLUMNS);
            let rows: Vec<::csv::StringRecord> = reader
                .records()
                .collect::<Result<_, _>>()
                .expect("well-formed CSV");
            assert_eq!(rows.len(), records.len());
            for (r, got) in records.iter().zip(&rows) {
                assert_eq!(&got[0], r.id());
                assert_eq!(got[4].trim_start_matches('\''), format::title(*r, lang));
                assert_eq!(got[13].trim_start_matches('\''), r.summary(lang));
                let first = format::citation(&r.cite()[0], lang);
                assert!(got[14].starts_with(&first), "{}", &got[14]);
            }
        }
    }

    #[test]
    fn figures_keep_their_value_unit_and_speaker() {
        let s = RecordRef::by_id("st-citizens-abroad-rus-2022").expect("a known figure");
        let text = csv(&[s], Lang::En);
        let mut reader = ::csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().next().expect("a row").expect("a good row");
        let st = s.statistic().expect("a figure");
        assert_eq!(&row[8], fixed(st.value, 4));
        assert_eq!(&row[10], st.unit.key());
        assert_eq!(&row[12], st.speaker.key());
    }

    #[test]
    fn json_is_valid_and_holds_every_record_with_its_citations() {
        let records = sample();
        let about = About {
            title: "Atlas \"q\" \\ x",
            filters: "Search: «a\tb»",
            data_date: "Sources dated 2015–2023",
            link: "https://example.org/?atlas=1;v:map",
            lang: Lang::Ru,
        };
        let text = json(&records, &about);
        let value: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(value["title"], about.title);
        assert_eq!(value["filters"], about.filters);
        assert_eq!(value["link"], about.link);
        assert_eq!(value["count"], records.len());
        let list = value["records"].as_array().expect("a list");
        assert_eq!(list.len(), records.len());
        for (r, got) in records.iter().zip(list) {
            assert_eq!(got["id"], r.id());
            assert_eq!(got["title"], format::title(*r, Lang::Ru));
            let cites = got["citations"].as_array().expect("citations");
            assert_eq!(cites.len(), r.cite().len());
            assert_eq!(
                cites[0]["citation"],
                format::citation(&r.cite()[0], Lang::Ru)
            );
            if let Some(s) = r.statistic() {
                assert_eq!(got["value"].as_f64(), Some(s.value));
            } else {
                assert!(got["value"].is_null());
            }
        }
    }

    #[test]
    fn control_characters_are_escaped_in_json() {
        assert_eq!(json_string("a\u{1}\"\\\n"), "\"a\\u0001\\\"\\\\\\n\"");
        let parsed: String = serde_json::from_str(&json_string("\u{1f}ü\r\t")).expect("valid");
        assert_eq!(parsed, "\u{1f}ü\r\t");
    }
}
