//! Figures side by side: period, value as printed, source. Shared by the detail panel
//! (figures for the same thing as the selected one) and the disagreements list.

use crate::components::citations::citations;
use crate::figures::statistic;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;
use crate::state::{Action, Selection};
use yew::prelude::*;

/// A compact table of `rows` (figures); `current` is highlighted, `disputed` marked "≠".
pub fn figure_table(
    rows: &[RecordRef],
    lang: Lang,
    on_action: &Callback<Action>,
    current: Option<RecordRef>,
    disputed: &[RecordRef],
) -> Html {
    html! {
        <table class="ma-table ma-compact">
            <thead><tr>
                <th scope="col">{ tr(lang, Text::Period) }</th>
                <th scope="col">{ tr(lang, Text::KindStatistic) }</th>
                <th scope="col">{ tr(lang, Text::ColumnSource) }</th>
            </tr></thead>
            <tbody>{ for rows.iter().filter_map(|&r| {
                let s = statistic(r)?;
                let mark = disputed.contains(&r);
                Some(html! {
                    <tr data-id={r.id()} class={classes!((current == Some(r)).then_some("ma-current"), mark.then_some("ma-disputed"))}>
                        <td class="ma-nowrap">{ format::period(s.period, lang) }</td>
                        <td>
                            <button type="button" class="ma-link" onclick={on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>
                                { format::figure(s, lang) }</button>{ if mark { " ≠" } else { "" } }
                            { if r.summary(lang).is_empty() { html! {} } else { html! { <div class="ma-muted ma-small-text">{ r.summary(lang) }</div> } } }
                        </td>
                        <td>{ citations(s.cite, lang) }</td>
                    </tr>
                })
            }) }</tbody>
        </table>
    }
}
