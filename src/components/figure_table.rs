//! Records side by side: date or period, value as printed (or title), source. Shared by
//! the detail panel (related figures, the disagreements a record is in) and the
//! disagreements list.

use crate::components::citations::citations;
use crate::components::class::{class, flag};
use crate::disagreements::when;
use crate::figures::statistic;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::record::RecordRef;
use crate::state::{Action, Selection};
use yew::prelude::*;

/// A compact table of `rows`; `current` is highlighted. A figure shows its note and who
/// states it; another record (an agreement's date of entry into force set against an
/// event) shows its title.
pub fn figure_table(
    rows: &[RecordRef],
    lang: Lang,
    on_action: &Callback<Action>,
    current: Option<RecordRef>,
) -> Html {
    let only_figures = rows.iter().all(|&r| statistic(r).is_some());
    let (when_head, what_head) = if only_figures {
        (Text::Period, Text::KindStatistic)
    } else {
        (Text::ColumnDate, Text::ColumnRecord)
    };
    html! {
        // Cards on a narrow widget, like the main table (style.css).
        <table class="ma-table ma-compact ma-cards">
            <thead><tr>
                <th scope="col">{ tr(lang, when_head) }</th>
                <th scope="col">{ tr(lang, what_head) }</th>
                <th scope="col">{ tr(lang, Text::ColumnSource) }</th>
            </tr></thead>
            <tbody>{ for rows.iter().map(|&r| {
                let s = statistic(r);
                let (text, note, speaker) = match s {
                    Some(s) => (format::figure(s, lang), r.summary(lang), format::speaker(s.speaker, lang)),
                    None => (format::title(r, lang), "", ""),
                };
                html! {
                    <tr data-id={r.id()} class={class(&[flag(current == Some(r), "ma-current")])}>
                        <td class="ma-nowrap" data-label={tr(lang, when_head)}>{ when(r, lang) }</td>
                        <td data-label={tr(lang, what_head)}><div>
                            <button type="button" class="ma-link" onclick={on_action.reform(move |_| Action::Select(Some(Selection::Record(r))))}>
                                { text }</button>
                            { if note.is_empty() { html! {} } else { html! { <div class="ma-muted ma-small-text">{ note }</div> } } }
                            { if speaker.is_empty() { html! {} } else { html! { <div class="ma-muted ma-small-text ma-speaker">{ speaker }</div> } } }
                        </div></td>
                        <td data-label={tr(lang, Text::ColumnSource)}>{ citations(r.cite(), lang) }</td>
                    </tr>
                }
            }) }</tbody>
        </table>
    }
}
