//! A record's citations in the detail panel, each opening to the cited paragraph quoted in
//! place (what the record relies on marked), with a button that copies the citation and a
//! link to the official copy. The paragraph's document is fetched when a reader first
//! opens one of its citations.
//!
//! Plain functions over state the detail panel holds (which citations are open, which was
//! copied): a component per citation cost the wasm about 2 KB (gzip) of Yew machinery for
//! no behaviour of its own.

use crate::components::share_panel::copy_then;
use crate::dataset;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::model::Citation;
use crate::paragraph_loader::{cached, failed, load};
use crate::paragraphs::Quoted;
use crate::record::RecordRef;
use yew::functional::UseForceUpdateHandle;
use yew::prelude::*;

/// The positions of the open citations of the record shown.
pub type Open = UseStateHandle<Vec<usize>>;
/// The citation last copied, and whether that worked.
pub type Copied = UseStateHandle<Option<(usize, bool)>>;

/// The paragraph `c` names, quoted, with what `record` relies on marked.
pub fn quotation(quoted: &Quoted, c: &Citation, record: RecordRef, lang: Lang) -> Html {
    let Some(p) = quoted.paragraph(*c) else {
        return html! { <p role="alert">{ tr(lang, Text::QuoteFailed) }</p> };
    };
    let url = dataset::source_of(c).url;
    html! {
        <figure class="ma-quote">
            <blockquote lang={quoted.lang.clone()} cite={(!url.is_empty()).then_some(url)}>
                <p>{ for p.runs(record.id()).into_iter().map(|(text, marked)| if marked {
                    html! { <mark>{ text }</mark> }
                } else {
                    html! { { text } }
                }) }</p>
            </blockquote>
            <figcaption class="ma-muted ma-small-text">
                { format::citation_reference(c, lang) }<br />{ tr(lang, Text::QuoteNote) }
            </figcaption>
        </figure>
    }
}

/// Fetches the document of `c` and redraws when it is here (or has failed).
fn fetch(c: Citation, base: &AttrValue, update: &UseForceUpdateHandle) {
    let update = update.clone();
    load(c.source, base, move |_| update.force_update());
}

/// Every citation of `r`, one disclosure each.
pub fn cited_paragraphs(
    r: RecordRef,
    lang: Lang,
    base: &AttrValue,
    opened: &Open,
    copied: &Copied,
    update: &UseForceUpdateHandle,
) -> Html {
    let item = |(index, c): (usize, &Citation)| {
        let c = *c;
        let open = opened.contains(&index);
        let on_toggle = {
            let (base, opened, update) = (base.clone(), opened.clone(), update.clone());
            Callback::from(move |_: MouseEvent| {
                let mut next: Vec<usize> = opened.iter().copied().filter(|i| *i != index).collect();
                if !open {
                    next.push(index);
                    if cached(c.source).is_none() {
                        fetch(c, &base, &update);
                    }
                }
                opened.set(next);
            })
        };
        let on_copy = {
            let copied = copied.clone();
            Callback::from(move |_: MouseEvent| {
                let copied = copied.clone();
                copy_then(format::citation_reference(&c, lang), move |ok| {
                    copied.set(Some((index, ok)))
                });
            })
        };
        let on_retry = {
            let (base, update) = (base.clone(), update.clone());
            Callback::from(move |_: MouseEvent| fetch(c, &base, &update))
        };
        let source = dataset::source_of(&c);
        let id = format!("ma-quote-{}-{index}", r.id());
        let body = match cached(c.source) {
            _ if !open => html! {},
            Some(quoted) => quotation(&quoted, &c, r, lang),
            None if failed(c.source) => html! {
                <p role="alert">{ tr(lang, Text::QuoteFailed) }{ " " }
                    <button type="button" class="ma-button ma-small" onclick={on_retry}>{ lang.locale().boot.retry }</button>
                </p>
            },
            None => {
                html! { <p role="status" class="ma-muted">{ tr(lang, Text::QuoteLoading) }</p> }
            }
        };
        let copied = match **copied {
            Some((i, true)) if i == index => tr(lang, Text::Copied),
            Some((i, false)) if i == index => tr(lang, Text::CopyFailed),
            _ => "",
        };
        html! {
            <li class="ma-cite-item">
                <div class="ma-cite-row">
                    <button type="button" class="ma-link ma-cite-toggle" aria-expanded={open.to_string()} aria-controls={id.clone()}
                        data-source={source.id} title={tr(lang, Text::ShowParagraph)} onclick={on_toggle}>
                        <span class="ma-cite-arrow" aria-hidden="true">{ if open { "▾ " } else { "▸ " } }</span>
                        { format::citation(&c, lang) }
                    </button>
                    <button type="button" class="ma-button ma-small" data-copy-cite="" onclick={on_copy}>{ tr(lang, Text::CopyCitation) }</button>
                    { if source.url.is_empty() { html! {} } else { html! {
                        <a class="ma-small-text" href={source.url} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer"
                            title={format::source_title(c.source, lang)}>{ tr(lang, Text::OfficialCopy) }</a>
                    } } }
                    <span class="ma-muted ma-small-text" role="status" aria-live="polite">{ copied }</span>
                </div>
                <div class="ma-quote-box" id={id} hidden={!open}>{ body }</div>
            </li>
        }
    };
    html! { <ul class="ma-cites ma-quotes">{ for r.cite().iter().enumerate().map(item) }</ul> }
}
