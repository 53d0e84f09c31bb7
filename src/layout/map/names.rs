//! What each map mark says: its tooltip (a title and a few lines) and its accessible name
//! (the same, spoken as one sentence). A country carries its figure and, where curated
//! sources disagree, the other figures; a post its city and country; a gathered marker its
//! cities.

use super::{AgreementBadge, HOME};
use crate::dataset;
use crate::figures::{self, Headline};
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::model::Statistic;
use crate::record::RecordRef;

/// A mark's words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Named {
    /// The tooltip's title.
    pub title: String,
    /// The tooltip's lines.
    pub lines: Vec<String>,
    /// The accessible name: the title and the lines as one sentence.
    pub spoken: String,
}

impl Named {
    fn new(title: String, lines: Vec<String>) -> Named {
        // A line ending in a colon introduces the next one: "≠ Sources disagree: 680,599 …".
        let mut spoken = title.clone();
        let mut after = ": ";
        for line in &lines {
            spoken.push_str(after);
            spoken.push_str(line);
            after = if line.ends_with(':') { " " } else { "; " };
        }
        Named {
            title,
            lines,
            spoken,
        }
    }
}

/// A country: its name and, where it has figures, every source's figure side by side
/// (what it counts, when, whose), headed by "≠ Sources disagree:" where curated sources
/// disagree, so a disagreement shows where the number is (issue 11); its agreements are
/// named by their badge.
pub fn country(code: &str, headline: Option<&Headline>, lang: Lang) -> Named {
    let mut lines = Vec::new();
    if code == HOME {
        lines.push(tr(lang, Text::HomeCountry).to_string());
    }
    if let Some(h) = headline {
        if h.disagree {
            lines.push(format!("≠ {}:", tr(lang, Text::SourcesDisagree)));
        }
        let figures = h.figures().into_iter().filter_map(figures::statistic);
        lines.extend(figures.map(|s| format::figure_line(s, lang)));
    }
    Named::new(dataset::place_name(code, lang).to_string(), lines)
}

/// An agreement badge: the country, how many agreements, the strongest status.
pub fn badge(b: &AgreementBadge, lang: Lang) -> Named {
    Named::new(
        dataset::place_name(b.code, lang).to_string(),
        vec![format!(
            "{} ({})",
            format::counted(b.records.len(), Noun::Agreements, lang),
            b.status.label(lang)
        )],
    )
}

/// One post: its kind and city, its country, its status.
pub fn post(r: RecordRef, lang: Lang) -> Named {
    let Some(p) = r.post() else {
        return Named::new(format::title(r, lang), Vec::new());
    };
    Named::new(
        format!(
            "{} ({})",
            format::title(r, lang),
            dataset::place_name(p.country, lang)
        ),
        vec![format::post_status(p.status, lang).to_string()],
    )
}

/// A line per post (kind, status), at most six, then how many more.
fn post_lines(records: &[RecordRef], lang: Lang) -> Vec<String> {
    let mut lines: Vec<String> = records
        .iter()
        .take(6)
        .filter_map(|r| {
            let p = r.post()?;
            Some(format!(
                "{} ({})",
                format::post_kind(p.kind, lang),
                format::post_status(p.status, lang)
            ))
        })
        .collect();
    if records.len() > 6 {
        lines.push(format!("+{}", records.len() - 6));
    }
    lines
}

/// The posts of one city, gathered in one marker: "Kazan (Russia): 4 posts".
pub fn city_posts(city: Option<u16>, records: &[RecordRef], lang: Lang) -> Named {
    let country = records
        .first()
        .and_then(|r| r.post())
        .map_or("", |p| dataset::place_name(p.country, lang));
    let place = match city {
        Some(c) => format!("{} ({country})", format::city(c, lang)),
        None => country.to_string(),
    };
    let mut lines = post_lines(records, lang);
    lines.push(tr(lang, Text::ZoomToSeparate).to_string());
    Named::new(
        format!(
            "{place}: {}",
            format::counted(records.len(), Noun::Posts, lang)
        ),
        lines,
    )
}

/// Posts of several cities too close to tell apart: "Kazan, Ufa: 5 posts".
pub fn cluster(cities: &[Option<u16>], posts: usize, lang: Lang) -> Named {
    let names: Vec<&str> = cities
        .iter()
        .flatten()
        .map(|&c| format::city(c, lang))
        .collect();
    Named::new(
        format!(
            "{}: {}",
            names.join(", "),
            format::counted(posts, Noun::Posts, lang)
        ),
        vec![tr(lang, Text::ZoomToSeparate).to_string()],
    )
}

/// A flow: from Kyrgyzstan to the country, with the figure it draws.
pub fn flow(code: &str, s: &Statistic, lang: Lang) -> Named {
    Named::new(
        format!(
            "{} → {}",
            dataset::place_name(HOME, lang),
            dataset::place_name(code, lang)
        ),
        vec![format::figure_line(s, lang)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headline(code: &str) -> Headline {
        let records: Vec<RecordRef> = RecordRef::all().collect();
        figures::headline_of(&figures::headlines(&records), code)
            .cloned()
            .unwrap_or_else(|| panic!("{code} has a headline figure"))
    }

    #[test]
    fn a_country_is_named_with_its_figure_and_the_figures_against_it() {
        // Issue 12: map countries were named only by country ("Russia").
        let h = headline("RUS");
        let n = country("RUS", Some(&h), Lang::En);
        assert_eq!(n.title, "Russia");
        let s = figures::statistic(h.record).expect("a figure");
        assert!(
            n.spoken.contains(&format::figure(s, Lang::En)),
            "{}",
            n.spoken
        );
        assert!(h.disagree, "curated: the documents disagree about Russia");
        assert!(n.spoken.contains("Sources disagree"), "{}", n.spoken);
        assert!(
            n.spoken.contains("1,063,000") || n.spoken.contains("680,599"),
            "{}",
            n.spoken
        );
        let ru = country("RUS", Some(&h), Lang::Ru);
        assert!(ru.spoken.contains("Источники расходятся"), "{}", ru.spoken);
    }

    #[test]
    fn home_says_it_is_home() {
        let n = country(HOME, None, Lang::En);
        assert!(n.spoken.starts_with("Kyrgyzstan: "), "{}", n.spoken);
    }

    #[test]
    fn posts_are_named_with_their_city_and_country() {
        let r = RecordRef::by_id("post-cg-antalya").expect("in the data");
        let n = post(r, Lang::En);
        assert!(
            n.spoken.contains("Antalya") && n.spoken.contains("Türkiye"),
            "{}",
            n.spoken
        );
    }
}
