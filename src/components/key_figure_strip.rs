//! The headline strip above the views: the figures a reader wants first, each value with
//! every document that states it; where the documents differ, every value side by side.
//! Draws `key_figures`; a value opens its figure's detail.

use crate::components::class::{class, flag};
use crate::i18n::{tr, Lang, Text};
use crate::key_figures::{key_figures, KeyFigure};
use crate::state::{Action, Selection};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`KeyFigureStrip`].
#[derive(Properties, PartialEq)]
pub struct KeyFigureProps {
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

fn figure(k: &KeyFigure, lang: Lang, on_action: &Callback<Action>) -> Html {
    let disagree = !k.disagreements.is_empty();
    html! {
        <li class={class(&["ma-keyfigure", flag(disagree, "ma-disagreement")])}>
            <h3 class="ma-keyfigure-label">{ tr(lang, k.label) }</h3>
            <ul class="ma-keyvalues">{ for k.values.iter().map(|v| {
                let first = v.records.first().copied();
                html! {
                    <li>
                        <button type="button" class="ma-link ma-keyvalue" data-id={first.map(|r| r.id())}
                            onclick={on_action.reform(move |_| Action::Select(first.map(Selection::Record)))}>{ &v.text }</button>
                        <span class="ma-keysource">{ v.sources.join("; ") }</span>
                    </li>
                }
            }) }</ul>
            { if disagree { html! { <p class="ma-keynote">{ "≠ " }{ tr(lang, Text::SourcesDisagree) }</p> } } else { html! {} } }
        </li>
    }
}

/// The strip.
#[function_component]
pub fn KeyFigureStrip(props: &KeyFigureProps) -> Html {
    let lang = props.lang;
    let list: Rc<Vec<KeyFigure>> = use_memo(lang, |lang| key_figures(*lang));
    html! {
        <section class="ma-keyfigures" aria-label={tr(lang, Text::KeyFigures)}>
            <ul class="ma-keyfigure-list">{ for list.iter().map(|k| figure(k, lang, &props.on_action)) }</ul>
        </section>
    }
}
