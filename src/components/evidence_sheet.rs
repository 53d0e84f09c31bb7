//! The evidence sheet: what "Print / save as PDF" prints. The question (the filters in
//! words, or the record), every record with its facts, each citation with the paragraph
//! quoted and marked, and the link that reopens the view. It is drawn only while a print is
//! asked for, and only the print style sheet shows it (the widget's controls are hidden).
//!
//! It first fetches every document the records cite, then opens the browser's print
//! dialog; it goes away when the dialog closes (`afterprint`).

use crate::components::cited_paragraphs::quotation;
use crate::evidence::{self, Sheet};
use crate::filter::Filters;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::model::SourceId;
use crate::paragraph_loader::{cached, load};
use crate::record::RecordRef;
use crate::state::Sort;
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`EvidenceSheet`].
#[derive(Properties, PartialEq, Clone)]
pub struct SheetProps {
    /// What to list.
    pub sheet: Sheet,
    /// The records the filters show.
    pub records: Rc<Vec<RecordRef>>,
    /// The table's order.
    pub sort: Sort,
    /// The filters, to say them in words.
    pub filters: Filters,
    /// The link that reopens the view.
    pub link: AttrValue,
    /// Interface language.
    pub lang: Lang,
    /// The widget's folder, where the paragraphs are.
    pub base: AttrValue,
    /// Where the summaries and notes stand: the sheet prints once they are here.
    pub notes: Status,
    /// Called when the sheet is done with (printed or given up).
    pub on_done: Callback<()>,
}

fn record(r: RecordRef, lang: Lang) -> Html {
    html! {
        <li class="ma-print-record">
            <h3>{ format::title(r, lang) }</h3>
            <p class="ma-muted">{ format::kind(r, lang) }</p>
            <dl class="ma-facts">{ for format::facts(r, lang).into_iter().map(|(label, value)| html! {
                <><dt>{ label }</dt><dd>{ value }</dd></>
            }) }</dl>
            <>{ for r.cite().iter().map(|c| match cached(c.source) {
                Some(quoted) => quotation(&quoted, c, r, lang),
                None => html! { <p>{ format::citation_reference(c, lang) }</p> },
            }) }</>
        </li>
    }
}

/// The sheet, printed as soon as its quotations are here.
#[function_component]
pub fn EvidenceSheet(props: &SheetProps) -> Html {
    let lang = props.lang;
    let list = use_memo(
        (props.sheet, props.records.clone(), props.sort, lang),
        |(sheet, records, sort, lang)| sheet.records(records, *sort, *lang),
    );
    let mut needed: Vec<SourceId> = Vec::new();
    for c in list.iter().flat_map(|r| r.cite()) {
        if !needed.contains(&c.source) {
            needed.push(c.source);
        }
    }
    let ready = needed.iter().all(|s| cached(*s).is_some()) && props.notes == Status::Ready;
    let failed = use_state_eq(|| false);
    let update = use_force_update();
    {
        let (failed, base) = (failed.clone(), props.base.clone());
        use_effect_with(needed.clone(), move |needed| {
            for &source in needed.iter().filter(|s| cached(**s).is_none()) {
                let (failed, update) = (failed.clone(), update.clone());
                load(source, &base, move |result| {
                    if result.is_err() {
                        failed.set(true);
                    }
                    update.force_update();
                });
            }
        });
    }
    // Print once, after the sheet with every quotation is in the page.
    let printed = use_mut_ref(|| false);
    use_effect_with(ready, move |ready| {
        if *ready && !*printed.borrow() {
            *printed.borrow_mut() = true;
            if let Some(window) = web_sys::window() {
                let _ = window.print();
            }
        }
    });
    {
        let on_done = props.on_done.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                gloo_events::EventListener::new(&w, "afterprint", move |_| on_done.emit(()))
            });
            move || drop(listener)
        });
    }
    let screen = if *failed || props.notes == Status::Failed {
        html! { <p role="alert" class="ma-print-status">{ tr(lang, Text::QuoteFailed) }{ " " }
        <button type="button" class="ma-button ma-small" onclick={props.on_done.reform(|_| ())}>{ tr(lang, Text::Close) }</button></p> }
    } else if !ready {
        html! { <p role="status" class="ma-print-status">{ tr(lang, Text::Preparing) }</p> }
    } else {
        html! {}
    };
    let question = match props.sheet {
        Sheet::Record(r) => (tr(lang, Text::ColumnRecord), format::title(r, lang)),
        Sheet::Shown => (
            tr(lang, Text::Filters),
            evidence::filters_in_words(&props.filters, lang),
        ),
    };
    html! { <>
        { screen }
        <section class="ma-print">
            <h2>{ tr(lang, Text::Title) }{ " — " }{ tr(lang, Text::Subtitle) }</h2>
            <p><strong>{ question.0 }{ ": " }</strong>{ question.1 }</p>
            <p>{ format::shown_of(list.len(), RecordRef::count(), lang) }{ ". " }{ evidence::data_date(lang) }{ "." }</p>
            <p><strong>{ tr(lang, Text::LinkToView) }{ ": " }</strong><a href={props.link.clone()}>{ props.link.clone() }</a></p>
            <p class="ma-muted">{ tr(lang, Text::SheetIntro) }</p>
            { if ready { html! { <ol class="ma-print-records">{ for list.iter().map(|&r| record(r, lang)) }</ol> } } else { html! {} } }
            <p class="ma-muted ma-small-text">{ tr(lang, Text::TranslationNote) }{ " " }{ tr(lang, Text::Credits) }</p>
        </section>
    </> }
}
