//! Text for numbers, figures, dates, citations and record titles, in the reader's
//! language. Every language-specific choice comes from the `Locale`.

use crate::dataset;
use crate::i18n::{tr, Lang, Text};
use crate::model::{Citation, Date, Period, PostKind, Statistic, Unit};
use crate::record::{Detail, RecordKind, RecordRef};
use crate::texts;
use atlas_vocab::TextPart;

/// A number with thousands grouped the way the language groups them
/// (`1,118,000` in English, `1 118 000` with narrow spaces in Russian).
pub fn number(value: f64, lang: Lang) -> String {
    let locale = lang.locale();
    let negative = value < 0.0;
    let abs = value.abs();
    let rounded = (abs * 100.0).round() / 100.0;
    let whole = rounded.trunc() as u64;
    let fraction = ((rounded - rounded.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut out = String::new();
    if negative {
        out.push('−');
    }
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(locale.group);
        }
        out.push(ch);
    }
    if fraction > 0 {
        out.push_str(locale.decimal);
        let f = if fraction < 10 {
            format!("0{fraction}")
        } else {
            fraction.to_string()
        };
        out.push_str(f.trim_end_matches('0'));
    }
    out
}

/// `v` with at most `decimals` decimals, trailing zeros dropped (`2.4`, `-0.5`, `12`).
/// Hand-written: the standard float formatting costs about 14 KB of wasm.
pub fn fixed(v: f64, decimals: u32) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let scale = 10u64.pow(decimals);
    let scaled = (v.abs() * scale as f64).round() as u64;
    // Digits written once into a small buffer: this runs for every coordinate the views
    // draw, so it avoids `format!` and intermediate strings.
    let mut digits = [0u8; 24];
    let mut n = scaled;
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        n /= 10;
        len += 1;
        if n == 0 && len > decimals as usize {
            break;
        }
    }
    let mut skip = 0;
    while skip < decimals as usize && digits[skip] == b'0' {
        skip += 1;
    }
    let mut out = String::with_capacity(len + 2);
    if v < 0.0 && scaled != 0 {
        out.push('-');
    }
    for i in (skip..len).rev() {
        if i + 1 == decimals as usize && i >= skip {
            out.push('.');
        }
        out.push(char::from(digits[i]));
    }
    out
}

/// A short form for chart labels: `1.06 M`, `30 k`, `7,203` (Russian: `1,06 млн`,
/// `30 тыс.`, `7 203`): below ten thousand the whole number, grouped as [`number`] does.
pub fn compact(v: f64, lang: Lang) -> String {
    if v.abs() < 1e4 {
        return number(v, lang);
    }
    let locale = lang.locale();
    let [k, m, b] = locale.compact;
    let a = v.abs();
    let (scaled, suffix) = if a >= 1e9 {
        (v / 1e9, b)
    } else if a >= 1e6 {
        (v / 1e6, m)
    } else {
        (v / 1e3, k)
    };
    let decimals = if scaled.abs() >= 100.0 {
        0
    } else if scaled.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = fixed(scaled, decimals).replace('.', locale.decimal);
    format!("{text}{suffix}")
}

/// A date at its own precision, as the language writes it ("22 January 1993",
/// "22 января 1993 г.", "1993-жылдын 22-январы").
pub fn date(d: Date, lang: Lang) -> String {
    let locale = lang.locale();
    (locale.date)(locale, d)
}

/// A figure's period in words: a date, or "from – to".
pub fn period(p: Period, lang: Lang) -> String {
    match p {
        Period::Unknown => String::new(),
        Period::At(d) => date(d, lang),
        Period::Span(a, b) => format!("{}\u{2009}–\u{2009}{}", date(a, lang), date(b, lang)),
    }
}

/// `count` followed by the phrase for it in the right plural form: "1 record", "5 записей".
pub fn counted(count: usize, noun: crate::i18n::Noun, lang: Lang) -> String {
    let n = count as f64;
    format!("{} {}", number(n, lang), lang.locale().noun(n, noun))
}

/// "Showing 12 of 646 records", with the plural that goes with the total.
pub fn shown_of(shown: usize, total: usize, lang: Lang) -> String {
    format!(
        "{} {} {}",
        number(shown as f64, lang),
        tr(lang, Text::StatusOf),
        counted(total, crate::i18n::Noun::Record, lang)
    )
}

/// The unit word that follows `value` ("stations", "участков"); empty for persons.
pub fn unit_word(unit: Unit, value: f64, lang: Lang) -> &'static str {
    if unit == Unit::Persons {
        return "";
    }
    let t = texts::for_lang(lang);
    let i = unit.index();
    let forms = [
        t.get(TextPart::UnitOne, i),
        t.get(TextPart::UnitFew, i),
        t.get(TextPart::UnitMany, i),
        t.get(TextPart::UnitOther, i),
    ];
    lang.locale().pick(value, forms)
}

/// A vocabulary value's label in `lang` (`part` is the vocabulary's label part).
pub fn label(part: TextPart, index: usize, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(part, index)
}

/// A figure with its qualifier and unit: "over 1,000,000", "45–60 %", "59 stations",
/// "50дөн ашык шайлоо участкасы". The qualifier's label is a template of the language:
/// `{n}` the value, `{m}` the high end of a range, `{abl}` the ending the value takes.
pub fn figure(s: &Statistic, lang: Lang) -> String {
    figure_with(s, lang, number)
}

/// [`figure`] with compact numbers ("over 1 M", "2.76 bn US dollars"), for the headline
/// strip.
pub fn figure_compact(s: &Statistic, lang: Lang) -> String {
    figure_with(s, lang, compact)
}

fn figure_with(s: &Statistic, lang: Lang, number: fn(f64, Lang) -> String) -> String {
    let locale = lang.locale();
    let template = label(TextPart::QualifierLabel, s.qualifier.index(), lang);
    let template = if template.contains("{n}") {
        template
    } else {
        "{n}"
    };
    let high = s.value_high.unwrap_or(s.value);
    let unit = unit_word(s.unit, high, lang);
    // An ending that follows the number follows a per cent sign too: Kyrgyz reads
    // "80 %дан ашык" ("over 80 %"), the ending of "пайыз" after the sign.
    if unit == "%" && template.contains("{abl}") {
        return template
            .replace("{n}", &format!("{}\u{a0}%", number(s.value, lang)))
            .replace("{m}", &format!("{}\u{a0}%", number(high, lang)))
            .replace("{abl}", locale.ablative_percent);
    }
    let body = template
        .replace("{n}", &number(s.value, lang))
        .replace("{m}", &number(high, lang))
        .replace("{abl}", (locale.ablative)(s.value));
    if unit.is_empty() {
        body
    } else if unit == "%" {
        format!("{body}\u{a0}%")
    } else {
        format!("{body} {unit}")
    }
}

/// A figure's value and unit without its qualifier ("1,000,000", "45–60 %", "59
/// stations"): the table's value column, beside [`qualifier`].
pub fn value(s: &Statistic, lang: Lang) -> String {
    let plain = Statistic {
        qualifier: if s.qualifier == crate::model::Qualifier::Range {
            crate::model::Qualifier::Range
        } else {
            crate::model::Qualifier::Exact
        },
        ..*s
    };
    figure(&plain, lang)
}

/// How a document qualifies a figure, as a word ("over", "about", "exact"): the words of
/// the qualifier's template in `lang`, or "exact" / "range" when it has none.
pub fn qualifier(q: crate::model::Qualifier, lang: Lang) -> String {
    use crate::model::Qualifier;
    let text: String = label(TextPart::QualifierLabel, q.index(), lang)
        .replace("{abl}", "")
        .replace("{n}", "")
        .replace("{m}", "")
        .replace('–', "");
    let text = text.trim();
    match (text.is_empty(), q) {
        (false, _) => text.to_string(),
        (true, Qualifier::Range) => tr(lang, Text::QualifierRange).to_string(),
        (true, _) => tr(lang, Text::QualifierExact).to_string(),
    }
}

/// A figure with what it counts, its period and its source, on one line: "680,599 —
/// Kyrgyz citizens staying abroad, 2022 (CMW/C/KGZ/2)". The map's tooltip lists every
/// source's figure for a country this way.
pub fn figure_line(s: &Statistic, lang: Lang) -> String {
    let period = period(s.period, lang);
    let source = s.cite.first().map_or("", |c| source_symbol(c.source, lang));
    let when = if period.is_empty() {
        String::new()
    } else {
        format!(", {period}")
    };
    format!(
        "{} — {}{when} ({source})",
        figure(s, lang),
        indicator(s.indicator, lang)
    )
}

/// Who states a figure, as a phrase: "stated by a Committee member".
pub fn speaker(s: crate::model::Speaker, lang: Lang) -> &'static str {
    use crate::model::Speaker;
    tr(
        lang,
        match s {
            Speaker::State => Text::SpeakerState,
            Speaker::Committee => Text::SpeakerCommittee,
            Speaker::CommitteeMember => Text::SpeakerCommitteeMember,
            Speaker::Ngo => Text::SpeakerNgo,
        },
    )
}

/// "CMW/C/KGZ/2, para. 127".
pub fn citation(c: &Citation, lang: Lang) -> String {
    let symbol = source_symbol(c.source, lang);
    if c.para == 0 {
        return symbol.to_string();
    }
    format!("{symbol}, {} {}", tr(lang, Text::Paragraph), c.paragraph())
}

/// A citation to paste into a submission, in UN style with the document's title and date:
/// `CMW/C/KGZ/2, para. 31 — Second periodic report …, received 6 April 2023; issued 11 May
/// 2023. https://undocs.org/CMW/C/KGZ/2` (the link only where there is an official copy).
pub fn citation_reference(c: &Citation, lang: Lang) -> String {
    let mut out = format!(
        "{} — {}, {}.",
        citation(c, lang),
        source_title(c.source, lang),
        source_date(c.source, lang)
    );
    let url = dataset::source_of(c).url;
    if !url.is_empty() {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// The post kind in words.
pub fn post_kind(kind: PostKind, lang: Lang) -> &'static str {
    label(TextPart::PostKindLabel, kind.index(), lang)
}

/// A city's name in `lang`.
pub fn city(index: u16, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(TextPart::CityName, usize::from(index))
}

/// An indicator's label in `lang`.
pub fn indicator(id: crate::model::IndicatorId, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(TextPart::IndicatorLabel, id.index())
}

/// One line naming the record, in `lang`.
pub fn title(r: RecordRef, lang: Lang) -> String {
    if let Some(own) = r.own_title(lang) {
        return own.to_string();
    }
    match r.detail() {
        Detail::Post(p) => {
            let place = match p.city {
                Some(c) => city(c, lang),
                None => dataset::place_name(p.country, lang),
            };
            format!("{}: {place}", capitalised(post_kind(p.kind, lang)))
        }
        Detail::Statistic(s) => {
            let place: Vec<&str> = s.geo.iter().map(|g| dataset::place_name(g, lang)).collect();
            let period = period(s.period, lang);
            let when = if period.is_empty() {
                String::new()
            } else {
                format!(", {period}")
            };
            format!(
                "{}: {} ({}{when})",
                indicator(s.indicator, lang),
                figure(s, lang),
                place.join(", ")
            )
        }
        Detail::Event(_) | Detail::Agreement(_) => String::new(),
    }
}

/// `text` with its first letter in upper case (labels are stored in lower case).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(crate::fold::upper(first))
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}

/// A topic's name.
pub fn topic(t: crate::filter::Topic, lang: Lang) -> &'static str {
    use crate::filter::Topic;
    tr(
        lang,
        match t {
            Topic::Agreements => Text::CatAgreement,
            Topic::Policy => Text::CatPolicy,
            Topic::Consular => Text::CatConsular,
            Topic::Crisis => Text::CatCrisis,
            Topic::Reporting => Text::CatReporting,
            Topic::Figures => Text::TopicFigures,
        },
    )
}

/// An agreement status in words.
pub fn status(s: crate::model::Status, lang: Lang) -> &'static str {
    label(TextPart::StatusLabel, s.index(), lang)
}

/// An agreement scope in words.
pub fn scope(s: crate::model::Scope, lang: Lang) -> &'static str {
    label(TextPart::ScopeLabel, s.index(), lang)
}

/// A post status in words.
pub fn post_status(s: crate::model::PostStatus, lang: Lang) -> &'static str {
    label(TextPart::PostStatusLabel, s.index(), lang)
}

/// The names of a record's places, joined.
pub fn places(r: RecordRef, lang: Lang) -> String {
    r.places()
        .iter()
        .map(|c| dataset::place_name(c, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A source document's UN symbol, or its short name in `lang` for other documents.
pub fn source_symbol(id: crate::model::SourceId, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(TextPart::SourceSymbol, id.index())
}

/// A source document's title in `lang`.
pub fn source_title(id: crate::model::SourceId, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(TextPart::SourceTitle, id.index())
}

/// A source document's printed date ("received 6 April 2023; issued 11 May 2023") in `lang`.
pub fn source_date(id: crate::model::SourceId, lang: Lang) -> &'static str {
    texts::for_lang(lang).get(TextPart::SourceDate, id.index())
}

/// An optional date, or a dash.
fn date_or_dash(d: Option<Date>, lang: Lang) -> String {
    d.map_or_else(|| "—".to_string(), |d| date(d, lang))
}

/// Every fact the detail panel lists for `r`, label and value, in `lang`: one table per
/// kind of record, computed here so the panel only draws it.
pub fn facts(r: RecordRef, lang: Lang) -> Vec<(&'static str, String)> {
    let t = |k| tr(lang, k);
    match r.detail() {
        Detail::Event(e) => {
            let when = match e.end {
                Some(end) => format!("{}\u{2009}–\u{2009}{}", date(e.date, lang), date(end, lang)),
                None => date(e.date, lang),
            };
            vec![
                (t(Text::ColumnDate), when),
                (
                    t(Text::ColumnKind),
                    format!(
                        "{} · {}",
                        topic(crate::filter::Topic::of_category(e.category), lang),
                        label(TextPart::EventKindLabel, e.kind.index(), lang)
                    ),
                ),
                (t(Text::Summary), r.summary(lang).to_string()),
                (t(Text::ColumnPlaces), places(r, lang)),
            ]
        }
        Detail::Agreement(a) => {
            let subjects: Vec<&str> = a
                .subjects
                .iter()
                .map(|s| label(TextPart::SubjectLabel, s.index(), lang))
                .collect();
            vec![
                (t(Text::StatusLabel), status(a.status, lang).to_string()),
                (t(Text::ScopeLabel), scope(a.scope, lang).to_string()),
                (t(Text::Parties), places(r, lang)),
                (t(Text::Subject), subjects.join(", ")),
                (t(Text::Signed), date_or_dash(a.signed, lang)),
                (t(Text::InForceSince), date_or_dash(a.in_force, lang)),
                (t(Text::Summary), r.summary(lang).to_string()),
            ]
        }
        Detail::Post(p) => {
            let country = dataset::place_name(p.country, lang);
            let place = match p.city {
                Some(c) => format!("{}, {country}", city(c, lang)),
                None => country.to_string(),
            };
            vec![
                (t(Text::ColumnKind), capitalised(post_kind(p.kind, lang))),
                (t(Text::ColumnPlaces), place),
                (
                    t(Text::StatusLabel),
                    post_status(p.status, lang).to_string(),
                ),
                (t(Text::Opened), date_or_dash(p.date, lang)),
                (t(Text::Summary), r.summary(lang).to_string()),
            ]
        }
        Detail::Statistic(s) => vec![
            (
                indicator(s.indicator, lang),
                format!("{} · {}", figure(s, lang), speaker(s.speaker, lang)),
            ),
            (t(Text::Period), period(s.period, lang)),
            (t(Text::ColumnPlaces), places(r, lang)),
            (t(Text::Summary), r.summary(lang).to_string()),
        ],
    }
}

/// The kind of record in words.
pub fn kind(r: RecordRef, lang: Lang) -> &'static str {
    tr(
        lang,
        match r.kind() {
            RecordKind::Event => Text::KindEvent,
            RecordKind::Agreement => Text::KindAgreement,
            RecordKind::Post => Text::KindPost,
            RecordKind::Statistic => Text::KindStatistic,
        },
    )
}

/// A label with a count after it: "Show all charts (31)", "Показать ещё (1 234)".
pub fn with_count(label: &str, count: usize, lang: Lang) -> String {
    format!("{label} ({})", number(count as f64, lang))
}

/// An SVG `viewBox` from the origin, whole pixels: "0 0 800 120".
pub fn view_box(width: f64, height: f64) -> String {
    format!("0 0 {} {}", fixed(width, 0), fixed(height, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_qualified_percentage_reads_in_each_language_s_order() {
        let r = RecordRef::by_id("st-labour-migrants-share-rus").expect("in the data");
        let s = r.statistic().expect("a figure");
        assert_eq!(figure(s, Lang::En), "over 80\u{a0}%");
        assert_eq!(figure(s, Lang::Ru), "более 80\u{a0}%");
        assert_eq!(figure(s, Lang::Ky), "80\u{a0}%дан ашык");
    }

    #[test]
    fn thousands_are_grouped_per_language() {
        assert_eq!(number(1_118_000.0, Lang::En), "1,118,000");
        assert_eq!(number(1_118_000.0, Lang::Ru), "1\u{202f}118\u{202f}000");
        assert_eq!(number(1_118_000.0, Lang::Ky), "1\u{a0}118\u{a0}000");
        assert_eq!(number(999.0, Lang::En), "999");
        assert_eq!(number(2.76, Lang::En), "2.76");
        assert_eq!(number(2.5, Lang::Ru), "2,5");
        assert_eq!(number(-165_000.0, Lang::En), "−165,000");
    }

    #[test]
    fn compact_numbers_fit_chart_labels() {
        assert_eq!(compact(1_063_000.0, Lang::En), "1.06\u{a0}M");
        assert_eq!(compact(30_000.0, Lang::En), "30\u{a0}k");
        assert_eq!(compact(950.0, Lang::En), "950");
        assert_eq!(compact(2_760_000_000.0, Lang::Ru), "2,76\u{a0}млрд");
        assert_eq!(compact(45.5, Lang::En), "45.5");
        // Below ten thousand, grouped like every other figure (a chart printed "7203").
        assert_eq!(compact(7_203.0, Lang::En), "7,203");
        assert_eq!(compact(7_203.0, Lang::Ru), number(7_203.0, Lang::Ru));
        assert_ne!(compact(7_203.0, Lang::Ru), "7203");
        assert_eq!(compact(-9_999.0, Lang::En), "−9,999");
    }

    #[test]
    fn fixed_point_text_matches_the_standard_formatter() {
        let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..20_000 {
            // A cheap deterministic spread of values: integers, halves, tiny and large ones.
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let v = ((x % 2_000_000) as f64 - 1_000_000.0)
                / [1.0, 7.0, 100.0, 1000.0][(x % 4) as usize];
            for d in 0..4u32 {
                let std = format!(
                    "{:.*}",
                    d as usize,
                    (v * 10f64.powi(d as i32)).round() / 10f64.powi(d as i32)
                );
                let trimmed = if std.contains('.') {
                    std.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    std
                };
                let expected = if trimmed == "-0" {
                    "0".to_string()
                } else {
                    trimmed
                };
                assert_eq!(fixed(v, d), expected, "{v} with {d} decimals");
            }
        }
    }

    #[test]
    fn fixed_point_text_is_short_and_exact() {
        assert_eq!(fixed(2.4, 2), "2.4");
        assert_eq!(fixed(2.0, 2), "2");
        assert_eq!(fixed(-0.25, 1), "-0.3");
        assert_eq!(fixed(-0.01, 1), "0");
        assert_eq!(fixed(690.06, 1), "690.1");
        assert_eq!(fixed(2015.05, 2), "2015.05");
        assert_eq!(fixed(f64::NAN, 2), "0");
    }

    fn cite(source: &str, para: u16) -> Citation {
        let (id, _) = dataset::get()
            .source_ids()
            .find(|(_, s)| s.id == source)
            .expect("a known source");
        Citation { source: id, para }
    }

    #[test]
    fn citations_read_in_un_style_in_every_language() {
        let c = cite("CMW-C-KGZ-2", 31);
        assert_eq!(citation(&c, Lang::En), "CMW/C/KGZ/2, para. 31");
        assert_eq!(citation(&c, Lang::Ru), "CMW/C/KGZ/2, п. 31");
        assert_eq!(citation(&c, Lang::Ky), "CMW/C/KGZ/2, п. 31");
        assert_eq!(
            citation(&cite("CMW-C-KGZ-QPR-2", 1005), Lang::En),
            "CMW/C/KGZ/QPR/2, para. 5(a)"
        );
    }

    #[test]
    fn a_copied_citation_names_the_document_its_date_and_its_official_copy() {
        let c = cite("CMW-C-KGZ-2", 31);
        let en = citation_reference(&c, Lang::En);
        assert!(
            en.starts_with("CMW/C/KGZ/2, para. 31 — Second periodic report"),
            "{en}"
        );
        assert!(
            en.contains("received 6 April 2023; issued 11 May 2023."),
            "{en}"
        );
        assert!(en.ends_with(" https://undocs.org/CMW/C/KGZ/2"), "{en}");
        let ru = citation_reference(&c, Lang::Ru);
        assert!(ru.starts_with("CMW/C/KGZ/2, п. 31 — "), "{ru}");
        assert!(ru.contains(source_title(c.source, Lang::Ru)), "{ru}");
        assert!(ru.contains(source_date(c.source, Lang::Ru)), "{ru}");
        let ky = citation_reference(&c, Lang::Ky);
        assert!(ky.contains(source_title(c.source, Lang::Ky)), "{ky}");
        // A document without an official copy ends with its date.
        let adc = citation_reference(&cite("ADC-Memorial-2022", 2), Lang::En);
        assert!(adc.ends_with('.') && !adc.contains("http"), "{adc}");
    }

    #[test]
    fn every_record_has_a_non_empty_title_in_every_language() {
        for r in RecordRef::all() {
            for lang in Lang::ALL {
                assert!(!title(r, lang).trim().is_empty(), "{}", r.id());
            }
        }
    }
}
