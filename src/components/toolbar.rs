//! The toolbar: search, the filters button with how many are on, disagreements, share and
//! the language menu.

use crate::filter::{Filters, MAX_TEXT};
use crate::i18n::{tr, Lang, Text};
use crate::state::{Action, Panel};
use yew::prelude::*;

/// Search box and panel buttons. A plain function, not a component: it has no hook, and a
/// component's machinery cost more wasm bytes than drawing the bar again when the root
/// renders.
pub fn toolbar(filters: &Filters, panel: Panel, lang: Lang, on_action: &Callback<Action>) -> Html {
    let on_input = on_action.reform(|e: InputEvent| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlInputElement>()
            .value();
        Action::SetText(value)
    });
    let on_lang = on_action.reform(move |e: Event| {
        let value = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        Action::SetLang(Lang::from_code(&value).unwrap_or(lang))
    });
    let button = |which: Panel, label: String| {
        let pressed = panel == which;
        html! {
            <button type="button" class="ma-button" aria-expanded={pressed.to_string()} data-panel={panel_key(which)}
                onclick={on_action.reform(move |_| Action::Open(which))}>{ label }</button>
        }
    };
    let count = crate::facets::active(filters);
    let filters_label = if count > 0 {
        format!("{} ({count})", tr(lang, Text::Filters))
    } else {
        tr(lang, Text::Filters).to_string()
    };
    html! {
        <div class="ma-toolbar">
            <label class="ma-search">
                <span class="ma-visually-hidden">{ tr(lang, Text::Search) }</span>
                <input type="search" value={filters.text.clone()} placeholder={tr(lang, Text::SearchPlaceholder)}
                    maxlength={MAX_TEXT.to_string()} autocomplete="off" spellcheck="false" oninput={on_input} />
            </label>
            <div class="ma-toolbar-buttons">
                { button(Panel::Filters, filters_label) }
                { if count > 0 || !filters.text.is_empty() { html! {
                    <button type="button" class="ma-button ma-quiet" onclick={on_action.reform(|_| Action::ResetFilters)}>
                        { tr(lang, Text::ResetFilters) }</button>
                } } else { html! {} } }
                { button(Panel::Disagreements, tr(lang, Text::Disagreements).to_string()) }
                { button(Panel::Share, tr(lang, Text::Share).to_string()) }
                <label class="ma-lang">
                    <span class="ma-visually-hidden">{ tr(lang, Text::Language) }</span>
                    <select onchange={on_lang}>
                        { for Lang::ALL.iter().map(|l| html! {
                            <option value={l.code()} selected={*l == lang}>{ l.native_name() }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    }
}

fn panel_key(p: Panel) -> &'static str {
    match p {
        Panel::Closed => "closed",
        Panel::Filters => "filters",
        Panel::Share => "share",
        Panel::Disagreements => "disagreements",
    }
}
