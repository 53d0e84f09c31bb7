//! Evidence as text: the question a view asks (its filters in words), the data's date, the
//! sentence that cites a view, and which records an evidence sheet lists. Pure; the export
//! panel, the pictures and the printed sheet all say these the same way.

use crate::dataset;
use crate::filter::Filters;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::layout::table::table_order;
use crate::record::RecordRef;
use crate::state::Sort;

/// What an evidence sheet lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    /// One record, from its detail.
    Record(RecordRef),
    /// The records the filters show, in the table's order.
    Shown,
}

impl Sheet {
    /// The records the sheet lists, given the records shown and the table's order.
    pub fn records(self, shown: &[RecordRef], sort: Sort, lang: Lang) -> Vec<RecordRef> {
        match self {
            Sheet::Record(r) => vec![r],
            Sheet::Shown => table_order(shown, sort, lang),
        }
    }
}

/// The filters in words, group by group: "Topics: Agreements; Countries: Russia;
/// Years: 2015–2023"; or that nothing is filtered.
pub fn filters_in_words(f: &Filters, lang: Lang) -> String {
    let mut groups: Vec<String> = Vec::new();
    let mut group = |label: Text, values: Vec<String>| {
        if !values.is_empty() {
            groups.push(format!("{}: {}", tr(lang, label), values.join(", ")));
        }
    };
    group(
        Text::Topics,
        f.topics
            .iter()
            .map(|t| format::topic(*t, lang).to_string())
            .collect(),
    );
    group(
        Text::Countries,
        f.countries
            .iter()
            .map(|c| dataset::place_name(c, lang).to_string())
            .collect(),
    );
    group(
        Text::Sources,
        f.sources
            .iter()
            .map(|s| format::source_symbol(*s, lang).to_string())
            .collect(),
    );
    group(Text::Years, f.time.iter().map(|t| t.label()).collect());
    group(
        Text::AgreementStatus,
        f.statuses
            .iter()
            .map(|s| format::status(*s, lang).to_string())
            .collect(),
    );
    group(
        Text::PostKinds,
        f.post_kinds
            .iter()
            .map(|k| format::post_kind(*k, lang).to_string())
            .collect(),
    );
    if !f.text.trim().is_empty() {
        let quoted = tr(lang, Text::QuotedText).replace("{q}", f.text.trim());
        group(Text::Search, vec![quoted]);
    }
    if groups.is_empty() {
        tr(lang, Text::NoFilters).to_string()
    } else {
        groups.join("; ")
    }
}

/// The documents `records` cite, in the dataset's order, with how many of them cite each
/// (the printed view lists them).
pub fn cited_sources(records: &[RecordRef]) -> Vec<(dataset::SourceId, usize)> {
    dataset::get()
        .source_ids()
        .map(|(id, _)| {
            let n = records
                .iter()
                .filter(|r| r.cite().iter().any(|c| c.source == id))
                .count();
            (id, n)
        })
        .filter(|&(_, n)| n > 0)
        .collect()
}

/// The years the source documents were written, first and last.
pub fn source_years() -> (u16, u16) {
    let years = || dataset::get().source_ids().map(|(_, s)| s.year);
    let first = years().min().unwrap_or_default();
    (first, years().max().unwrap_or(first))
}

/// The data's date: "Sources dated 2015–2023".
pub fn data_date(lang: Lang) -> String {
    let (a, b) = source_years();
    let years = if a == b {
        a.to_string()
    } else {
        format!("{a}–{b}")
    };
    tr(lang, Text::DataDate).replace("{years}", &years)
}

/// The sentence that cites a view: "Migration Atlas: 12 of 657 records (Topics:
/// Agreements; Countries: Russia). Sources dated 2015–2023. https://…".
pub fn cite_view(shown: usize, filters: &Filters, link: &str, lang: Lang) -> String {
    format!(
        "{}: {} ({}). {}. {link}",
        tr(lang, Text::Title),
        format::shown_of(shown, RecordRef::count(), lang),
        filters_in_words(filters, lang),
        data_date(lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Topic;
    use crate::state::{apply, Action, WidgetState};
    use crate::time::MonthRange;

    fn filtered() -> Filters {
        let mut s = WidgetState::default();
        for a in [
            Action::ToggleTopic(Topic::Agreements),
            Action::ToggleCountry("RUS"),
            Action::SetTime(MonthRange::years(2015, 2023)),
            Action::SetText("pension".into()),
        ] {
            s = apply(&s, a);
        }
        s.filters
    }

    #[test]
    fn filters_read_as_words_in_every_language() {
        assert_eq!(
            filters_in_words(&filtered(), Lang::En),
            "Topics: Agreements; Countries: Russia; Years: 2015–2023; Search: “pension”"
        );
        assert_eq!(
            filters_in_words(&filtered(), Lang::Ru),
            "Темы: Соглашения; Страны: Россия; Годы: 2015–2023; Поиск: «pension»"
        );
        assert_eq!(
            filters_in_words(&filtered(), Lang::Ky),
            "Темалар: Макулдашуулар; Өлкөлөр: Россия; Жылдар: 2015–2023; Издөө: «pension»"
        );
    }

    #[test]
    fn no_filters_say_so() {
        for lang in Lang::ALL {
            assert_eq!(
                filters_in_words(&Filters::default(), lang),
                tr(lang, Text::NoFilters)
            );
        }
    }

    #[test]
    fn the_sources_are_those_the_records_cite() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        let cited = cited_sources(&all);
        assert_eq!(cited.len(), dataset::get().sources.len());
        assert!(cited.iter().all(|&(_, n)| n > 0));
        assert!(cited_sources(&[]).is_empty());
    }

    #[test]
    fn the_data_is_dated_by_its_documents() {
        assert_eq!(source_years(), (2015, 2023));
        assert_eq!(data_date(Lang::En), "Sources dated 2015–2023");
        assert_eq!(data_date(Lang::Ru), "Документы 2015–2023 гг.");
        assert_eq!(data_date(Lang::Ky), "2015–2023-жылдардагы документтер");
    }

    #[test]
    fn a_cited_view_holds_its_count_its_filters_and_its_link() {
        let link = "https://example.org/a?atlas=1;k:agreement";
        let en = cite_view(12, &filtered(), link, Lang::En);
        assert!(en.starts_with("Migration Atlas: 12 of "), "{en}");
        assert!(
            en.contains("(Topics: Agreements; Countries: Russia;"),
            "{en}"
        );
        assert!(
            en.ends_with(&format!("Sources dated 2015–2023. {link}")),
            "{en}"
        );
        let ky = cite_view(1, &Filters::default(), link, Lang::Ky);
        assert!(ky.starts_with("Миграция атласы: 1 "), "{ky}");
        assert!(ky.contains("бардык жазуулар, чыпкасыз"), "{ky}");
    }

    #[test]
    fn a_record_sheet_lists_the_record_and_a_view_sheet_the_rows_in_table_order() {
        let shown: Vec<RecordRef> = RecordRef::all().take(30).collect();
        let first = shown[3];
        assert_eq!(
            Sheet::Record(first).records(&shown, Sort::default(), Lang::En),
            [first]
        );
        let listed = Sheet::Shown.records(&shown, Sort::default(), Lang::En);
        assert_eq!(listed, table_order(&shown, Sort::default(), Lang::En));
        assert_eq!(listed.len(), shown.len());
    }
}
