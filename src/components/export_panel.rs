//! The evidence part of the share panel: a sentence that cites the view, the records shown
//! as CSV and JSON, a picture of the map or timeline as SVG and PNG, and the printable
//! evidence sheet. Every file is made in the reader's browser; nothing is uploaded.
//!
//! A function drawing with the share panel's hooks, not a component of its own: each
//! component costs the wasm about 2 KB (gzip) of Yew machinery.

use crate::components::notices::notes_notice;
use crate::components::share_panel::copy;
use crate::components::view_picture::view_picture;
use crate::download::{save_png, save_text};
use crate::evidence::{self, Sheet};
use crate::export;
use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::record::RecordRef;
use crate::state::{View, WidgetState};
use std::rc::Rc;
use web_sys::Element;
use yew::prelude::*;

/// What the section needs from the share panel.
pub struct Export<'a> {
    /// The view to cite and export.
    pub state: &'a WidgetState,
    /// The link that reopens it.
    pub link: &'a str,
    /// The records the filters show.
    pub records: &'a Rc<Vec<RecordRef>>,
    /// Interface language.
    pub lang: Lang,
    /// Asks for the evidence sheet.
    pub on_print: &'a Callback<Sheet>,
    /// Whether the sentence was copied.
    pub copied: &'a UseStateHandle<Option<bool>>,
    /// Whether the last file could not be made.
    pub failed: &'a UseStateHandle<bool>,
    /// The section's element, to find the view on screen.
    pub node: &'a NodeRef,
    /// Where the summaries and notes stand: the CSV and JSON wait for them.
    pub notes: Status,
    /// Fetches them again after a failure.
    pub retry_notes: &'a Callback<()>,
}

/// The kinds of file the section makes.
#[derive(Clone, Copy)]
enum File {
    Csv,
    Json,
    Svg,
    Png,
}

/// Cite, download and print.
pub fn export_section(e: Export) -> Html {
    let lang = e.lang;
    let (state, status, node) = (e.state, e.copied, e.node);
    let question = evidence::filters_in_words(&state.filters, lang);
    let sentence = evidence::cite_view(e.records.len(), &state.filters, e.link, lang);
    let make = {
        let (records, link, failed, node) = (
            e.records.clone(),
            e.link.to_string(),
            e.failed.clone(),
            node.clone(),
        );
        let (sort, view, question) = (state.sort, state.view, question.clone());
        move |file: File| {
            let rows = || Sheet::Shown.records(&records, sort, lang);
            failed.set(false);
            let ok = match file {
                File::Csv => save_text(
                    &export::csv(&rows(), lang),
                    "text/csv;charset=utf-8",
                    "migration-atlas.csv",
                )
                .is_ok(),
                File::Json => {
                    let about = export::About {
                        title: tr(lang, Text::Title),
                        filters: &question,
                        data_date: &evidence::data_date(lang),
                        link: &link,
                        lang,
                    };
                    save_text(
                        &export::json(&rows(), &about),
                        "application/json",
                        "migration-atlas.json",
                    )
                    .is_ok()
                }
                File::Svg | File::Png => {
                    let root = node
                        .cast::<Element>()
                        .and_then(|e| e.closest(".ma-root").ok().flatten());
                    match root.and_then(|root| view_picture(&root, view, &question, &link, lang)) {
                        Some(svg) if matches!(file, File::Svg) => save_text(
                            &svg.text,
                            "image/svg+xml",
                            &format!("migration-atlas-{}.svg", view.key()),
                        )
                        .is_ok(),
                        Some(svg) => {
                            let failed = failed.clone();
                            let name = format!("migration-atlas-{}.png", view.key());
                            save_png(&svg.text, svg.width, svg.height, name, move |ok| {
                                failed.set(!ok)
                            });
                            true
                        }
                        None => false,
                    }
                }
            };
            if !ok {
                failed.set(true);
            }
        }
    };
    // The records' files carry their summaries: they wait until those are here.
    let notes_ready = e.notes == Status::Ready;
    let button = |file: File, label: &'static str| {
        let make = make.clone();
        let waits = matches!(file, File::Csv | File::Json) && !notes_ready;
        html! { <button type="button" class="ma-button" data-export={label.to_ascii_lowercase()} disabled={waits} onclick={move |_| make(file)}>{ label }</button> }
    };
    let has_picture = matches!(state.view, View::Map | View::Timeline);
    html! {
        <div class="ma-export" ref={node.clone()}>
            <div class="ma-share-block">
                <label for="ma-cite-view">{ tr(lang, Text::CiteView) }</label>
                <textarea id="ma-cite-view" readonly=true rows="3" value={sentence.clone()}
                    onfocus={|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().select()} />
                <button type="button" class="ma-button" data-copy="ma-cite-view"
                    onclick={{ let status = status.clone(); move |_| copy(sentence.clone(), status.clone()) }}>{ tr(lang, Text::CopySentence) }</button>
                <span class="ma-muted" role="status" aria-live="polite">{ match **status {
                    Some(true) => tr(lang, Text::Copied),
                    Some(false) => tr(lang, Text::CopyFailed),
                    None => "",
                } }</span>
            </div>
            <div class="ma-export-row" role="group" aria-label={tr(lang, Text::DownloadRecords)}>
                <span class="ma-export-label">{ tr(lang, Text::DownloadRecords) }</span>
                { button(File::Csv, "CSV") }
                { button(File::Json, "JSON") }
                { notes_notice(lang, e.notes, e.retry_notes) }
            </div>
            <div class="ma-export-row" role="group" aria-label={tr(lang, Text::DownloadPicture)}>
                <span class="ma-export-label">{ tr(lang, Text::DownloadPicture) }</span>
                { if has_picture { html! { <>{ button(File::Svg, "SVG") }{ button(File::Png, "PNG") }</> } } else { html! {
                    <span class="ma-muted">{ tr(lang, Text::PictureNeedsChart) }</span>
                } } }
            </div>
            <div class="ma-export-row">
                <button type="button" class="ma-button" data-print="shown" onclick={e.on_print.reform(|_| Sheet::Shown)}>{ tr(lang, Text::Print) }</button>
            </div>
            { if **e.failed { html! { <p role="alert" class="ma-muted">{ tr(lang, Text::ExportFailed) }</p> } } else { html! {} } }
        </div>
    }
}
