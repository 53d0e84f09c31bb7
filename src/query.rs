//! The view in the URL: one query parameter (`?atlas=…`), compact but readable, versioned.
//!
//! `1;v:map;k:agreement;c:RUS,KAZ;y:2015..2023;st:in-force;sel:agr-rus-pension-2019`
//!
//! Reading never fails: [`read`] takes what it understands and returns a warning for every
//! part it drops (unknown key, unknown country, malformed number, over-long text). Writing
//! ([`write()`]) names only what differs from the default, in a fixed order, so a link is
//! stable. The host page's other parameters are left exactly as they were ([`with_param`]).

use crate::dataset;
use crate::format::fixed;
use crate::i18n::Lang;
use crate::record::RecordRef;
use crate::state::{Layer, Layers, Selection, Sort, SortKey, View, WidgetState};
use crate::viewport::{MapView, TimeWindow, MAP_DECIMALS, YEAR_DECIMALS, ZOOM_DECIMALS};

/// The format version written first in every value.
pub const VERSION: &str = "1";
/// Longest value read; longer input is cut (and the reader told).
pub const MAX_INPUT: usize = 4096;
use crate::facets::{self, MAX_ITEMS};

/// Percent-encodes everything but unreserved characters and the separators this format
/// uses inside a value, which RFC 3986 allows unescaped in a query.
pub fn encode(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => {
                const HEX: &[u8; 16] = b"0123456789ABCDEF";
                out.push('%');
                out.push(HEX[usize::from(b >> 4)] as char);
                out.push(HEX[usize::from(b & 15)] as char);
            }
        }
    }
    out
}

/// Percent-decodes; `+` is a space (forms write it so); bad escapes are kept literally and
/// invalid UTF-8 is replaced, so decoding never fails.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 3;
                        continue;
                    }
                    _ => out.push(b'%'),
                }
            }
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A plain decimal number (`-12.5`), read without the standard float parser (whose tables
/// cost wasm bytes). `None` for anything else.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() || whole.len() > 9 || fraction.len() > 6 {
        return None;
    }
    if !whole
        .bytes()
        .chain(fraction.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    // One division of two exact integers: correctly rounded, so "6.56" reads as 6.56.
    let all: u64 = format!("{whole}{fraction}").parse().ok()?;
    let v = all as f64 / 10f64.powi(fraction.len() as i32);
    Some(if negative { -v } else { v })
}

/// What a URL value held: the state it describes and what could not be read.
#[derive(Debug, Default, PartialEq)]
pub struct Reading {
    /// The state, on top of the given base.
    pub state: WidgetState,
    /// Parts dropped, quoted as they were (at most 60 characters each).
    pub dropped: Vec<String>,
}

fn quote(part: &str) -> String {
    let cut: String = part.chars().take(60).collect();
    if cut.len() < part.len() {
        format!("{cut}…")
    } else {
        cut
    }
}

fn place_code(s: &str) -> Option<&'static str> {
    dataset::country(s)
        .map(|c| c.iso3)
        .or_else(|| dataset::organisation(s))
        .or_else(|| (s == "WLD").then_some("WLD"))
}

/// Reads a URL value on top of `base` (the host's options). Never fails.
pub fn read(value: &str, base: &WidgetState) -> Reading {
    let mut state = base.clone();
    let mut dropped = Vec::new();
    let mut text = value.trim();
    if text.chars().count() > MAX_INPUT {
        dropped.push(quote(text));
        let cut = text
            .char_indices()
            .nth(MAX_INPUT)
            .map_or(text.len(), |(i, _)| i);
        text = &text[..cut];
    }
    let mut parts = text.split(';');
    match parts.next() {
        Some(VERSION) => {}
        Some("") | None => return Reading { state, dropped },
        Some(other) => {
            // A link from another version: say so and keep nothing, rather than guess.
            dropped.push(quote(other));
            return Reading { state, dropped };
        }
    }
    let mut seen: Vec<&str> = Vec::new();
    for part in parts.filter(|p| !p.is_empty()) {
        let Some((key, raw)) = part.split_once(':') else {
            dropped.push(quote(part));
            continue;
        };
        if seen.contains(&key) {
            dropped.push(quote(part));
            continue;
        }
        seen.push(key);
        let items = || raw.split(',').filter(|s| !s.is_empty()).take(MAX_ITEMS);
        let mut bad = |item: &str| dropped.push(quote(&format!("{key}:{item}")));
        if let Some(facet) = facets::by_key(key) {
            facet.read(&mut state.filters, raw, &mut bad);
            continue;
        }
        match key {
            "v" => match View::from_key(raw) {
                Some(v) => state.view = v,
                None => bad(raw),
            },
            "l" => match Lang::from_code(raw) {
                Some(l) => state.lang = l,
                None => bad(raw),
            },
            "sel" => match RecordRef::by_id(raw)
                .map(Selection::Record)
                .or_else(|| place_code(raw).map(Selection::Place))
            {
                Some(s) => state.selected = Some(s),
                None => bad(raw),
            },
            "t" => match raw
                .split_once("..")
                .and_then(|(a, b)| Some((parse_decimal(a)?, parse_decimal(b)?)))
            {
                Some((from, to)) => state.timeline = TimeWindow { from, to }.clamped(),
                None => bad(raw),
            },
            "m" => {
                let n: Vec<Option<f64>> = raw.split(',').map(parse_decimal).collect();
                match n.as_slice() {
                    [Some(k), Some(x), Some(y)] => {
                        state.map = Some(
                            MapView {
                                k: *k,
                                x: *x,
                                y: *y,
                            }
                            .clamped(),
                        )
                    }
                    _ => bad(raw),
                }
            }
            "ly" => {
                let mut layers = Layers::NONE;
                items().for_each(|i| match Layer::from_key(i) {
                    Some(l) => layers = layers.with(l, true),
                    None => bad(i),
                });
                state.layers = layers;
            }
            "o" => {
                let (descending, k) = raw.strip_prefix('-').map_or((false, raw), |k| (true, k));
                match SortKey::from_key(k) {
                    Some(key) => state.sort = Sort { key, descending },
                    None => bad(raw),
                }
            }
            _ => dropped.push(quote(part)),
        }
    }
    Reading { state, dropped }
}

fn list<T>(items: impl IntoIterator<Item = T>, key: impl Fn(T) -> String) -> String {
    items.into_iter().map(key).collect::<Vec<_>>().join(",")
}

/// Writes the shareable part of `state`; parts equal to `base` are left out. Returns
/// `None` when nothing differs (the parameter is then removed from the URL).
pub fn write(state: &WidgetState, base: &WidgetState) -> Option<String> {
    let mut parts: Vec<String> = vec![VERSION.to_string()];
    if state.view != base.view {
        parts.push(format!("v:{}", state.view.key()));
    }
    if state.lang != base.lang {
        parts.push(format!("l:{}", state.lang.code()));
    }
    parts.extend(
        facets::FACETS
            .iter()
            .filter_map(|d| d.write(&state.filters)),
    );
    match state.selected {
        Some(Selection::Record(r)) => parts.push(format!("sel:{}", r.id())),
        Some(Selection::Place(p)) => parts.push(format!("sel:{p}")),
        None => {}
    }
    if state.timeline != base.timeline {
        // Every decimal the state keeps (see `viewport::snap`): reading gives it back whole.
        let year = |v| fixed(v, YEAR_DECIMALS as u32);
        parts.push(format!(
            "t:{}..{}",
            year(state.timeline.from),
            year(state.timeline.to)
        ));
    }
    if let Some(map) = state.map.filter(|_| state.map != base.map) {
        parts.push(format!(
            "m:{},{},{}",
            fixed(map.k, ZOOM_DECIMALS as u32),
            fixed(map.x, MAP_DECIMALS as u32),
            fixed(map.y, MAP_DECIMALS as u32)
        ));
    }
    if state.layers != base.layers {
        parts.push(format!(
            "ly:{}",
            list(
                Layer::ALL.iter().copied().filter(|l| state.layers.get(*l)),
                |l| l.key().to_string()
            )
        ));
    }
    if state.sort != base.sort {
        parts.push(format!(
            "o:{}{}",
            if state.sort.descending { "-" } else { "" },
            state.sort.key.key()
        ));
    }
    (parts.len() > 1).then(|| parts.join(";"))
}

/// The query string `search` (with or without its `?`) with `key` set to `value` (or
/// removed), every other parameter kept byte for byte and in order.
pub fn with_param(search: &str, key: &str, value: Option<&str>) -> String {
    let body = search.strip_prefix('?').unwrap_or(search);
    let mut out: Vec<String> = Vec::new();
    let mut placed = false;
    for pair in body.split('&').filter(|p| !p.is_empty()) {
        let name = pair.split('=').next().unwrap_or("");
        if decode(name) == key {
            if let (Some(v), false) = (value, placed) {
                out.push(format!("{key}={v}"));
                placed = true;
            }
        } else {
            out.push(pair.to_string());
        }
    }
    if let (Some(v), false) = (value, placed) {
        out.push(format!("{key}={v}"));
    }
    if out.is_empty() {
        String::new()
    } else {
        format!("?{}", out.join("&"))
    }
}

/// The value of `key` in the query string `search` as the widget reads it: as it stands,
/// or percent-decoded once when it was encoded whole. Routers that re-serialise the query
/// with `URLSearchParams` write `1%3Bv%3Amap` for `1;v:map` (and `+` for a space, which
/// [`decode`] reads back).
pub fn param_text(search: &str, key: &str) -> Option<String> {
    let raw = param(search, key)?;
    Some(if raw.contains([';', ':']) || !raw.contains('%') {
        raw.to_string()
    } else {
        decode(raw)
    })
}

/// The raw value of `key` in the query string `search`, if present.
pub fn param<'a>(search: &'a str, key: &str) -> Option<&'a str> {
    let body = search.strip_prefix('?').unwrap_or(search);
    body.split('&').find_map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (decode(name) == key).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::MAX_TEXT;
    use crate::time::MonthRange;

    fn base() -> WidgetState {
        WidgetState::default()
    }

    #[test]
    fn the_default_view_writes_nothing() {
        assert_eq!(write(&base(), &base()), None);
        assert_eq!(read("", &base()).state, base());
    }

    #[test]
    fn a_typical_shared_view_reads_back() {
        let text = "1;v:map;k:agreement;c:RUS;y:2015..2023;st:in-force";
        let r = read(text, &base());
        assert!(r.dropped.is_empty(), "{:?}", r.dropped);
        assert_eq!(r.state.view, View::Map);
        assert!(r.state.filters.countries.contains("RUS"));
        assert_eq!(r.state.filters.time, MonthRange::years(2015, 2023));
        assert_eq!(write(&r.state, &base()).as_deref(), Some(text));
    }

    #[test]
    fn unknown_and_malformed_parts_are_dropped_and_reported() {
        let r = read(
            "1;v:globe;c:RUS,XXX;zz:1;m:a,b,c;y:2023..2015;q:ok;sel:ev-nope;noise",
            &base(),
        );
        assert!(r.state.filters.countries.contains("RUS"));
        assert_eq!(r.state.filters.text, "ok");
        assert_eq!(r.state.view, View::Timeline);
        assert_eq!(
            r.dropped,
            [
                "v:globe",
                "c:XXX",
                "zz:1",
                "m:a,b,c",
                "y:2023..2015",
                "sel:ev-nope",
                "noise"
            ]
        );
    }

    #[test]
    fn hostile_input_is_cut_and_quoted_not_executed() {
        let script = "1;q:%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        let r = read(script, &base());
        assert_eq!(r.state.filters.text, "<script>alert(1)</script>");
        let huge = format!("1;q:{}", "a".repeat(100_000));
        let r = read(&huge, &base());
        assert_eq!(r.state.filters.text.len(), MAX_TEXT);
        assert!(!r.dropped.is_empty());
        assert!(r.dropped.iter().all(|d| d.chars().count() <= 61));
        let r = read("2;v:map", &base());
        assert_eq!(r.state, base());
        assert_eq!(r.dropped, ["2"]);
        let r = read("1;%ZZ;q:%E0%A4", &base());
        assert_eq!(r.dropped, ["%ZZ"]);
    }

    #[test]
    fn other_parameters_of_the_host_are_left_alone() {
        let search = "?page=2&utm=a%20b&atlas=1;v:map&x";
        assert_eq!(param(search, "atlas"), Some("1;v:map"));
        assert_eq!(
            with_param(search, "atlas", Some("1;v:table")),
            "?page=2&utm=a%20b&atlas=1;v:table&x"
        );
        assert_eq!(with_param(search, "atlas", None), "?page=2&utm=a%20b&x");
        assert_eq!(with_param("", "atlas", Some("1")), "?atlas=1");
        assert_eq!(with_param("?atlas=1", "atlas", None), "");
    }

    #[test]
    fn a_value_encoded_by_url_search_params_reads_like_the_raw_one() {
        // Issue 13: a router re-encoded the parameter and the widget dropped it.
        let raw = "1;v:map;c:RUS;q:50%25%20off";
        let encoded = "?x=1&atlas=1%3Bv%3Amap%3Bc%3ARUS%3Bq%3A50%25+off";
        let text = param_text(encoded, "atlas").unwrap_or_default();
        assert_eq!(read(&text, &base()), read(raw, &base()));
        assert!(read(&text, &base()).dropped.is_empty());
        assert_eq!(
            param_text("?atlas=1;q:a%20b", "atlas").as_deref(),
            Some("1;q:a%20b")
        );
        assert_eq!(param_text("?atlas=1", "atlas").as_deref(), Some("1"));
    }

    #[test]
    fn window_and_map_are_written_with_every_decimal_they_keep() {
        // Issue 13: write kept 2 decimals of t: and 1 of m:, read accepted 6; a y clamped to
        // the world's height was written 486.7.
        let r = read("1;t:2005.123456..2010.5;m:2.34567,100.123,9999", &base());
        assert!(r.dropped.is_empty(), "{:?}", r.dropped);
        let text = write(&r.state, &base()).unwrap_or_default();
        assert_eq!(read(&text, &base()).state, r.state, "{text}");
        assert!(text.contains("t:2005.1235..2010.5"), "{text}");
        assert!(text.contains("m:2.346,100.12,"), "{text}");
    }

    #[test]
    fn encoding_round_trips_any_text() {
        for t in [
            "pension fund",
            "Türkiye & co; 50%",
            "кыргыз мигранттар",
            "a+b=c,d:e",
        ] {
            assert_eq!(decode(&encode(t)), t);
            assert!(!encode(t).contains(['&', ';', ',', ':', ' ', '=', '+', '#']));
        }
    }

    #[test]
    fn decimals_parse_without_the_float_parser() {
        assert_eq!(parse_decimal("2.4"), Some(2.4));
        assert_eq!(parse_decimal("-12.25"), Some(-12.25));
        assert_eq!(parse_decimal("2015"), Some(2015.0));
        for bad in ["", ".5", "1e3", "NaN", "1.2.3", "--1", "1,5", "12345678901"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod round_trip {
    use super::*;
    use crate::filter::Filters;
    use proptest::prelude::*;

    /// Sets every facet of the registry from its seeds: a set facet chooses the options
    /// whose bit is on (option `i` reads bit `i % 64` of seed `i / 64 % 4`, so the lists of
    /// countries are covered whole), a single-value facet draws its own value. A new facet
    /// is covered without a change here.
    fn set_facets(f: &mut Filters, seeds: &[u64]) {
        for (d, chunk) in facets::FACETS.iter().zip(seeds.chunks(4)) {
            match &d.codec {
                facets::Codec::Options(o) => {
                    for i in 0..(o.len)() {
                        let seed = chunk.get(i / 64 % chunk.len().max(1)).copied().unwrap_or(0);
                        if seed >> (i % 64) & 1 == 1 {
                            (o.toggle)(f, i);
                        }
                    }
                }
                facets::Codec::Value(v) => (v.sample)(f, chunk.first().copied().unwrap_or(0)),
            }
        }
    }

    prop_compose! {
        fn states()(
            view in 0usize..3, lang in 0usize..3,
            // Sparse bits as often as dense ones: most links choose a few options.
            seeds in proptest::collection::vec(prop_oneof![any::<u64>(), any::<u64>().prop_map(|a| a & a.rotate_left(7) & a.rotate_left(19)), Just(0u64)], 4 * facets::FACETS.len()),
            selected in proptest::option::of(0usize..2000),
            window in (1990.0f64..2030.0, 0.5f64..40.0),
            map in proptest::option::of((1.0f64..16.0, 0.0f64..1000.0, 0.0f64..480.0)),
            layers in any::<u8>(), sort in (0usize..SortKey::ALL.len(), any::<bool>()),
        ) -> WidgetState {
            let records: Vec<RecordRef> = RecordRef::all().collect();
            let mut s = WidgetState { view: View::ALL[view], lang: Lang::ALL[lang], ..WidgetState::default() };
            set_facets(&mut s.filters, &seeds);
            s.selected = selected.and_then(|i| records.get(i % records.len().max(1)).copied()).map(Selection::Record);
            // Any window and map view: `clamped` keeps them at the precision the URL writes,
            // as every action that sets them does.
            s.timeline = TimeWindow { from: window.0, to: window.0 + window.1 }.clamped();
            s.map = map.map(|m| MapView { k: m.0, x: m.1, y: m.2 }.clamped());
            s.layers = Layer::ALL.iter().enumerate().fold(Layers::default(), |l, (i, &x)| l.with(x, layers >> i & 1 == 1));
            s.sort = Sort { key: SortKey::ALL[sort.0], descending: sort.1 };
            s
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn state_to_url_to_state_is_identity(state in states()) {
            let text = write(&state, &WidgetState::default()).unwrap_or_default();
            let back = read(&text, &WidgetState::default());
            prop_assert!(back.dropped.is_empty(), "{:?} from {}", back.dropped, text);
            prop_assert_eq!(back.state, state);
        }

        #[test]
        fn reading_arbitrary_text_never_panics(text in ".{0,300}") {
            let _ = read(&text, &WidgetState::default());
            let _ = read(&format!("1;{text}"), &WidgetState::default());
        }

        #[test]
        fn a_state_read_from_any_text_is_written_and_read_back_unchanged(text in url_text()) {
            read_write_read(&text)?;
        }
    }

    /// Text shaped like a URL value, so most of it reaches the readers of each part: known
    /// keys with real, near-miss and arbitrary values, in any order, repeated or not.
    pub(super) fn url_text() -> impl Strategy<Value = String> {
        let number = "-?[0-9]{1,5}(\\.[0-9]{0,7})?";
        let value = prop_oneof![
            Just("map".to_string()),
            Just("RUS,KAZ,XXX".to_string()),
            Just("in-force".to_string()),
            Just("2015-03..2016-07".to_string()),
            Just("-date".to_string()),
            Just("citizens,posts".to_string()),
            number.prop_map(|n| n.to_string()),
            (number, number).prop_map(|(a, b)| format!("{a}..{b}")),
            (number, number, number).prop_map(|(a, b, c)| format!("{a},{b},{c}")),
            "[ -~]{0,12}",
            ".{0,12}",
        ];
        let key = prop_oneof!["(v|l|k|c|s|y|u|st|pk|q|sel|t|m|ly|o)", "[a-z]{0,3}",];
        proptest::collection::vec((key, value), 0..8).prop_map(|parts| {
            let mut text = String::from("1");
            for (k, v) in parts {
                text.push(';');
                text.push_str(&k);
                text.push(':');
                text.push_str(&v);
            }
            text
        })
    }

    /// `read(write(read(text)))` is `read(text)`: whatever a link held, the widget writes
    /// it back so that reading gives the same state.
    pub(super) fn read_write_read(text: &str) -> Result<(), TestCaseError> {
        let base = WidgetState::default();
        let first = read(text, &base).state;
        let written = write(&first, &base).unwrap_or_default();
        let again = read(&written, &base);
        prop_assert!(
            again.dropped.is_empty(),
            "{:?} from {}",
            again.dropped,
            written
        );
        prop_assert_eq!(again.state, first, "{} → {}", text, written);
        Ok(())
    }
}

/// The long run of the URL reader, outside CI: `cargo test --release --lib fuzz -- --ignored
/// --nocapture` (FUZZ_CASES=n to change the count; one million by default). Reads arbitrary
/// text and URL-shaped text, and checks every state read is written back unchanged.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod fuzz {
    use super::round_trip::{read_write_read, url_text};
    use super::*;
    use proptest::test_runner::{Config, TestRunner};

    #[test]
    #[allow(clippy::disallowed_methods)] // the clock only reports the run's length, on the host
    #[ignore = "a long run (about a minute in release): run on demand with --ignored"]
    fn fuzz_the_url_reader() {
        let cases: u32 = std::env::var("FUZZ_CASES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(1_000_000);
        let start = std::time::Instant::now();
        let mut runner = TestRunner::new(Config {
            cases: cases / 2,
            failure_persistence: None,
            ..Config::default()
        });
        let result = runner.run(&url_text(), |text| read_write_read(&text));
        result.unwrap_or_else(|e| panic!("{e}"));
        let result = runner.run(&".{0,400}", |text| {
            let _ = read(&text, &WidgetState::default());
            read_write_read(&format!("1;{text}"))
        });
        result.unwrap_or_else(|e| panic!("{e}"));
        println!(
            "fuzz_the_url_reader: {} inputs in {:.1} s",
            2 * (cases / 2),
            start.elapsed().as_secs_f64()
        );
    }
}
