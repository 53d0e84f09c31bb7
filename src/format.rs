//! Text for numbers, dates, citations and record titles, per language.

use crate::dataset::{self, AGREEMENTS, EVENTS, POSTS, STATISTICS};
use crate::i18n::{tr, Lang, Text};
use crate::model::{Citation, PostKind, Qualifier, Statistic};
use crate::record::{RecordKind, RecordRef};

/// A number with thousands grouped the way the language groups them
/// (`1,118,000` in English, `1 118 000` with narrow spaces in Russian and Kyrgyz).
pub fn number(value: f64, lang: Lang) -> String {
    let (group, decimal) = match lang {
        Lang::En => (",", "."),
        Lang::Ru | Lang::Ky => ("\u{202f}", ","),
    };
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
            out.push_str(group);
        }
        out.push(ch);
    }
    if fraction > 0 {
        out.push_str(decimal);
        let f = format!("{fraction:02}");
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

/// A short form for chart labels: `1.06 M`, `30 k`, `950` (Russian: `1,06 млн`, `30 тыс.`).
pub fn compact(v: f64, lang: Lang) -> String {
    let (k, m, b) = match lang {
        Lang::En => (" k", " M", " bn"),
        Lang::Ru | Lang::Ky => (" тыс.", " млн", " млрд"),
    };
    let a = v.abs();
    let (scaled, suffix) = if a >= 1e9 {
        (v / 1e9, b)
    } else if a >= 1e6 {
        (v / 1e6, m)
    } else if a >= 1e4 {
        (v / 1e3, k)
    } else {
        (v, "")
    };
    let decimals = if scaled.abs() >= 100.0 || suffix.is_empty() && scaled.fract() == 0.0 {
        0
    } else if scaled.abs() >= 10.0 {
        1
    } else {
        2
    };
    let text = fixed(scaled, decimals);
    let text = if lang == Lang::En {
        text
    } else {
        text.replace('.', ",")
    };
    format!("{text}{suffix}")
}

/// A figure with its qualifier and unit: "over 1,000,000 persons", "45–60 %".
pub fn figure(s: &Statistic, lang: Lang) -> String {
    let value = number(s.value, lang);
    let unit = match s.unit {
        "percent" => "%".to_string(),
        "USD" => "US$".to_string(),
        "persons" => String::new(),
        other => other.to_string(),
    };
    let body = match (s.qualifier, s.value_high) {
        (Qualifier::Range, Some(high)) => format!("{value}–{}", number(high, lang)),
        _ => value,
    };
    let prefix = match (s.qualifier, lang) {
        (Qualifier::Over, Lang::En) => "over ",
        (Qualifier::Under, Lang::En) => "under ",
        (Qualifier::UpTo, Lang::En) => "up to ",
        (Qualifier::About, Lang::En) => "about ",
        (Qualifier::Over, _) => "более ",
        (Qualifier::Under, _) => "менее ",
        (Qualifier::UpTo, _) => "до ",
        (Qualifier::About, _) => "около ",
        _ => "",
    };
    let unit_sep = if unit == "%" { "\u{a0}" } else { " " };
    if unit.is_empty() {
        format!("{prefix}{body}")
    } else if unit == "US$" {
        format!("{prefix}US$\u{a0}{body}")
    } else {
        format!("{prefix}{body}{unit_sep}{unit}")
    }
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
    let source = dataset::source_of(c);
    if c.para == 0 {
        return source.symbol.to_string();
    }
    format!(
        "{}, {} {}",
        source.symbol,
        tr(lang, Text::Paragraph),
        c.paragraph()
    )
}

/// The post kind in words.
pub fn post_kind(kind: PostKind, lang: Lang) -> &'static str {
    match (kind, lang) {
        (PostKind::Embassy, Lang::En) => "Embassy",
        (PostKind::ConsulateGeneral, Lang::En) => "Consulate general",
        (PostKind::Consulate, Lang::En) => "Consulate",
        (PostKind::ConsularFacility, Lang::En) => "Consular facility (type not stated)",
        (PostKind::EmbassyOffice, Lang::En) => "Embassy office",
        (PostKind::HonoraryConsul, Lang::En) => "Honorary consul",
        (PostKind::PermanentMission, Lang::En) => "Permanent mission",
        (PostKind::LabourOffice, Lang::En) => "Labour ministry office",
        (PostKind::PollingStation, Lang::En) => "Polling station",
        (PostKind::Embassy, _) => "Посольство",
        (PostKind::ConsulateGeneral, _) => "Генеральное консульство",
        (PostKind::Consulate, _) => "Консульство",
        (PostKind::ConsularFacility, _) => "Консульское учреждение (вид не указан)",
        (PostKind::EmbassyOffice, _) => "Отделение посольства",
        (PostKind::HonoraryConsul, _) => "Почётный консул",
        (PostKind::PermanentMission, _) => "Постоянное представительство",
        (PostKind::LabourOffice, _) => "Представительство министерства труда",
        (PostKind::PollingStation, _) => "Избирательный участок",
    }
}

/// One line naming the record, in the language where the data allows.
pub fn title(r: RecordRef, lang: Lang) -> String {
    let i = usize::from(r.index);
    match r.kind {
        RecordKind::Event => EVENTS[i].title.to_string(),
        RecordKind::Agreement => AGREEMENTS[i].title.to_string(),
        RecordKind::Post => {
            let p = &POSTS[i];
            let place = if p.city.is_empty() {
                dataset::place_name(p.country, lang)
            } else {
                p.city
            };
            let sep = if lang == Lang::En { " in " } else { ": " };
            format!("{}{sep}{place}", post_kind(p.kind, lang))
        }
        RecordKind::Statistic => {
            let s = &STATISTICS[i];
            let place: Vec<&str> = s.geo.iter().map(|g| dataset::place_name(g, lang)).collect();
            let place = place.join(", ");
            format!(
                "{}: {} ({place}, {})",
                dataset::indicator(s.indicator).label,
                figure(s, lang),
                s.period
            )
        }
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

/// An agreement status in words (as the data names it, in English; translated in Russian).
pub fn status(s: crate::model::Status, lang: Lang) -> &'static str {
    use crate::model::Status;
    if lang == Lang::En {
        return s.key();
    }
    match s {
        Status::InForce => "действует",
        Status::Signed => "подписано",
        Status::Ratified => "ратифицировано",
        Status::BeingRatified => "ратифицируется",
        Status::NotRatified => "не ратифицировано",
        Status::Draft => "проект",
        Status::UnderNegotiation => "на переговорах",
        Status::Proposed => "предложено",
        Status::UnderConsideration => "рассматривается",
        Status::Expired => "истекло",
        Status::Unknown => "не указан",
    }
}

/// An agreement scope in words.
pub fn scope(s: crate::model::Scope, lang: Lang) -> &'static str {
    use crate::model::Scope;
    if lang == Lang::En {
        return s.key();
    }
    match s {
        Scope::Bilateral => "двустороннее",
        Scope::Multilateral => "многостороннее",
        Scope::Regional => "региональное (ЕАЭС, СНГ)",
        Scope::InterAgency => "межведомственное",
        Scope::Memorandum => "меморандум",
        Scope::IloConvention => "конвенция МОТ",
        Scope::UnTreaty => "договор ООН",
    }
}

/// A post status in words.
pub fn post_status(s: crate::model::PostStatus, lang: Lang) -> &'static str {
    use crate::model::PostStatus;
    tr(
        lang,
        match s {
            PostStatus::Existing => Text::PostStatusExisting,
            PostStatus::Opened => Text::PostStatusOpened,
            PostStatus::Planned => Text::PostStatusPlanned,
            PostStatus::Requested => Text::PostStatusRequested,
            PostStatus::Closed => Text::PostStatusClosed,
        },
    )
}

/// The names of a record's places, joined.
pub fn places(r: RecordRef, lang: Lang) -> String {
    r.places()
        .iter()
        .map(|c| dataset::place_name(c, lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The kind of record in words.
pub fn kind(r: RecordRef, lang: Lang) -> &'static str {
    tr(
        lang,
        match r.kind {
            RecordKind::Event => Text::KindEvent,
            RecordKind::Agreement => Text::KindAgreement,
            RecordKind::Post => Text::KindPost,
            RecordKind::Statistic => Text::KindStatistic,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_per_language() {
        assert_eq!(number(1_118_000.0, Lang::En), "1,118,000");
        assert_eq!(number(1_118_000.0, Lang::Ru), "1\u{202f}118\u{202f}000");
        assert_eq!(number(999.0, Lang::En), "999");
        assert_eq!(number(2.76, Lang::En), "2.76");
        assert_eq!(number(2.5, Lang::Ru), "2,5");
        assert_eq!(number(-165_000.0, Lang::En), "−165,000");
    }

    #[test]
    fn compact_numbers_fit_chart_labels() {
        assert_eq!(compact(1_063_000.0, Lang::En), "1.06 M");
        assert_eq!(compact(30_000.0, Lang::En), "30 k");
        assert_eq!(compact(950.0, Lang::En), "950");
        assert_eq!(compact(2_760_000_000.0, Lang::Ru), "2,76 млрд");
        assert_eq!(compact(45.5, Lang::En), "45.5");
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

    #[test]
    fn every_record_has_a_non_empty_title_in_every_language() {
        for r in RecordRef::all() {
            for lang in Lang::ALL {
                assert!(!title(r, lang).trim().is_empty(), "{}", r.id());
            }
        }
    }
}
