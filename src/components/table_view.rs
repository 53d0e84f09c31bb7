//! The table view: every record in rows, with its citations.

use crate::components::citations::Citations;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;
use yew::prelude::*;

/// Props of [`TableView`].
#[derive(Properties, PartialEq)]
pub struct TableProps {
    /// The records to list, in order.
    pub records: std::rc::Rc<[RecordRef]>,
    /// Interface language.
    pub lang: Lang,
}

/// A plain HTML table: the accessible alternative to the charts.
#[function_component]
pub fn TableView(props: &TableProps) -> Html {
    let lang = props.lang;
    if props.records.is_empty() {
        return html! { <p class="ma-empty">{ tr(lang, Text::NothingMatches) }</p> };
    }
    let rows = props.records.iter().map(|&r| {
        let date = r.date().map(|d| d.to_string()).unwrap_or_default();
        let places: Vec<&str> = r
            .places()
            .iter()
            .map(|c| crate::dataset::place_name(c, lang))
            .collect();
        html! {
            <tr data-id={r.id()}>
                <td class="ma-nowrap">{ date }</td>
                <td>{ format::kind(r, lang) }</td>
                <td>{ format::title(r, lang) }</td>
                <td>{ places.join(", ") }</td>
                <td><Citations cite={r.cite()} lang={lang} /></td>
            </tr>
        }
    });
    html! {
        <div class="ma-table-wrap">
            <table class="ma-table">
                <thead><tr>
                    <th scope="col">{ tr(lang, Text::ColumnDate) }</th>
                    <th scope="col">{ tr(lang, Text::ColumnKind) }</th>
                    <th scope="col">{ tr(lang, Text::ColumnRecord) }</th>
                    <th scope="col">{ tr(lang, Text::ColumnPlaces) }</th>
                    <th scope="col">{ tr(lang, Text::ColumnSource) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
