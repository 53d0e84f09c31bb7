//! The view in words, for a printed page, which has no filter panel to look at: each
//! filter that is on and what it keeps, and the documents the records shown cite.

use crate::dataset::{self, SourceId};
use crate::filter::Filters;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;

/// Each filter that is on, as (its name, what it keeps), in the filter panel's order.
pub fn filters(f: &Filters, lang: Lang) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut add = |name: Text, values: Vec<String>| {
        if !values.is_empty() {
            out.push((tr(lang, name), values.join(", ")));
        }
    };
    if !f.text.is_empty() {
        add(Text::Search, vec![f.text.clone()]);
    }
    add(
        Text::Topics,
        f.topics
            .iter()
            .map(|t| format::topic(*t, lang).to_string())
            .collect(),
    );
    add(
        Text::Countries,
        f.countries
            .iter()
            .map(|c| dataset::place_name(c, lang).to_string())
            .collect(),
    );
    add(Text::Years, f.time.iter().map(|t| t.label()).collect());
    add(
        Text::Sources,
        f.sources
            .iter()
            .map(|s| format::source_symbol(*s, lang).to_string())
            .collect(),
    );
    add(
        Text::AgreementStatus,
        f.statuses
            .iter()
            .map(|s| format::status(*s, lang).to_string())
            .collect(),
    );
    add(
        Text::PostKinds,
        f.post_kinds
            .iter()
            .map(|k| format::post_kind(*k, lang).to_string())
            .collect(),
    );
    out
}

/// The documents `records` cite, in the dataset's order, with how many of them cite each.
pub fn sources(records: &[RecordRef]) -> Vec<(SourceId, usize)> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Topic;
    use crate::state::{apply, Action, WidgetState};

    #[test]
    fn every_filter_that_is_on_is_said_in_words() {
        let mut s = WidgetState::default();
        for a in [
            Action::ToggleTopic(Topic::Agreements),
            Action::ToggleCountry("RUS"),
            Action::SetTime(crate::time::MonthRange::years(2015, 2023)),
            Action::SetText("pension".into()),
        ] {
            s = apply(&s, a);
        }
        let words = filters(&s.filters, Lang::En);
        let names: Vec<&str> = words.iter().map(|w| w.0).collect();
        assert_eq!(names, ["Search", "Topics", "Countries", "Years"]);
        assert_eq!(words[2].1, "Russia");
        assert_eq!(words[3].1, "2015–2023");
        assert!(filters(&Filters::default(), Lang::En).is_empty());
    }

    #[test]
    fn the_sources_are_those_the_records_cite() {
        let all: Vec<RecordRef> = RecordRef::all().collect();
        let cited = sources(&all);
        assert_eq!(cited.len(), dataset::get().sources.len());
        assert!(cited.iter().all(|&(_, n)| n > 0));
        assert!(sources(&[]).is_empty());
    }
}
