//! The compiled-in records and their lookups.
//!
//! `build.rs` writes the statics from `data/*.csv` after checking every row, so the
//! widget never parses data at run time and never holds a record without a citation.

use crate::i18n::Lang;
use crate::model::*;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The document a citation points to.
pub fn source_of(citation: &Citation) -> &'static Source {
    // The build only emits indices of existing sources.
    &SOURCES[usize::from(citation.source).min(SOURCES.len() - 1)]
}

/// The country with this ISO alpha-3 code.
pub fn country(iso3: &str) -> Option<&'static Country> {
    COUNTRIES.iter().find(|c| c.iso3 == iso3)
}

/// The organisation with this code (EAEU, CIS …).
pub fn organisation(code: &str) -> Option<&'static Organisation> {
    ORGANISATIONS.iter().find(|o| o.code == code)
}

/// What a statistic measures.
pub fn indicator(index: u16) -> &'static Indicator {
    &INDICATORS[usize::from(index).min(INDICATORS.len() - 1)]
}

/// The index of the indicator with this key.
pub fn indicator_index(key: &str) -> Option<u16> {
    INDICATORS
        .iter()
        .position(|i| i.key == key)
        .and_then(|i| u16::try_from(i).ok())
}

/// A readable name for a country or organisation code, in `lang` when CLDR has it.
/// Unknown codes are shown as they are rather than hidden.
pub fn place_name(code: &str, lang: Lang) -> &str {
    if let Some(c) = country(code) {
        return match lang {
            Lang::En => c.name_en,
            Lang::Ru => c.name_ru,
            Lang::Ky if !c.name_ky.is_empty() => c.name_ky,
            Lang::Ky => c.name_ru,
        };
    }
    if code == "WLD" {
        return crate::i18n::tr(lang, crate::i18n::Text::AllCountries);
    }
    organisation(code).map_or(code, |o| o.name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_citation_points_to_a_source() {
        let all = EVENTS
            .iter()
            .flat_map(|e| e.cite)
            .chain(AGREEMENTS.iter().flat_map(|a| a.cite))
            .chain(POSTS.iter().flat_map(|p| p.cite))
            .chain(STATISTICS.iter().flat_map(|s| s.cite));
        for c in all {
            assert!(usize::from(c.source) < SOURCES.len());
            assert!(c.para < 30_000);
        }
    }

    #[test]
    fn kyrgyzstan_has_names_in_three_languages() {
        assert_eq!(place_name("KGZ", Lang::En), "Kyrgyzstan");
        assert_eq!(place_name("KGZ", Lang::Ky), "Кыргызстан");
        assert!(!place_name("KGZ", Lang::Ru).is_empty());
    }

    #[test]
    fn organisation_codes_read_as_names_and_unknown_codes_stay_visible() {
        assert_eq!(place_name("EAEU", Lang::En), "Eurasian Economic Union");
        assert_eq!(place_name("ZZZ", Lang::En), "ZZZ");
    }
}
