//! The filters: topics, countries (type to find), source documents, years, agreement
//! status and post kind, each option with how many records it would leave.

use crate::components::year_inputs::year_inputs;
use crate::dataset;
use crate::filter::{self, Filters};
use crate::fold::fold;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::state::Action;
use yew::prelude::*;

/// Props of [`FilterPanel`].
#[derive(Properties, PartialEq)]
pub struct FilterProps {
    /// Current filters.
    pub filters: Filters,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

fn option(
    checked: bool,
    label: String,
    count: usize,
    lang: Lang,
    key: String,
    on: Callback<MouseEvent>,
) -> Html {
    html! {
        <label class={classes!("ma-option", (count == 0 && !checked).then_some("ma-empty-option"))} data-key={key}>
            <input type="checkbox" checked={checked} onclick={on} />
            <span>{ label }</span>
            <span class="ma-count">{ format::number(count as f64, lang) }</span>
        </label>
    }
}

/// The filter panel.
#[function_component]
pub fn FilterPanel(props: &FilterProps) -> Html {
    crate::render_count::hit("FilterPanel");
    let lang = props.lang;
    let f = &props.filters;
    let a = &props.on_action;
    let country_query = use_state(String::new);
    let year_drafts = (use_state(|| None), use_state(|| None));
    let topics = filter::topic_counts(f);
    let sources = filter::source_counts(f);
    let statuses = filter::status_counts(f);
    let kinds = filter::post_kind_counts(f);
    let countries = filter::country_counts(f);
    let q = fold(country_query.trim());
    let mut shown: Vec<(&'static str, usize)> = countries
        .into_iter()
        .filter(|(c, _)| dataset::country(c).is_some() || dataset::organisation(c).is_some())
        .filter(|(c, _)| {
            f.countries.contains(c)
                || q.is_empty()
                || Lang::ALL
                    .iter()
                    .any(|l| fold(dataset::place_name(c, *l)).contains(&q))
                || fold(c).contains(&q)
        })
        .collect();
    crate::collections::sort_by(&mut shown, &|x, y| {
        f.countries
            .contains(y.0)
            .cmp(&f.countries.contains(x.0))
            .then(y.1.cmp(&x.1))
            .then(x.0.cmp(y.0))
    });
    let limit = if q.is_empty() { 12 } else { 40 };
    html! {
        <section class="ma-panel ma-filters" aria-label={tr(lang, Text::Filters)}>
            <fieldset>
                <legend>{ tr(lang, Text::Topics) }</legend>
                { for topics.into_iter().map(|(t, n)| option(f.topics.contains(&t), format::topic(t, lang).into(), n, lang, t.key().into(), a.reform(move |_| Action::ToggleTopic(t)))) }
            </fieldset>
            <fieldset>
                <legend>{ tr(lang, Text::Countries) }</legend>
                <input type="search" class="ma-country-search" placeholder={tr(lang, Text::CountrySearch)} aria-label={tr(lang, Text::CountrySearch)}
                    value={(*country_query).clone()} oninput={{ let cq = country_query.clone(); move |e: InputEvent| cq.set(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()) }} />
                <div class="ma-options-scroll">
                    { for shown.iter().take(limit).map(|&(c, n)| option(f.countries.contains(c), dataset::place_name(c, lang).into(), n, lang, c.into(), a.reform(move |_| Action::ToggleCountry(c)))) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ tr(lang, Text::Sources) }</legend>
                { for sources.into_iter().map(|(s, n)| {
                    let src = dataset::get().source(s);
                    option(f.sources.contains(&s), format!("{} ({})", format::source_symbol(s, lang), format::source_date(s, lang)), n, lang, src.id.into(), a.reform(move |_| Action::ToggleSource(s)))
                }) }
            </fieldset>
            { year_inputs(f.time, &year_drafts, lang, a) }
            <fieldset>
                <legend>{ tr(lang, Text::AgreementStatus) }</legend>
                { for statuses.into_iter().filter(|(s, n)| *n > 0 || f.statuses.contains(s)).map(|(s, n)| option(f.statuses.contains(&s), format::status(s, lang).into(), n, lang, s.key().replace(' ', "-"), a.reform(move |_| Action::ToggleStatus(s)))) }
                <p class="ma-muted">{ tr(lang, Text::StatusAppliesToAgreements) }</p>
            </fieldset>
            <fieldset>
                <legend>{ tr(lang, Text::PostKinds) }</legend>
                { for kinds.into_iter().filter(|(k, n)| *n > 0 || f.post_kinds.contains(k)).map(|(k, n)| option(f.post_kinds.contains(&k), format::post_kind(k, lang).into(), n, lang, k.key().replace(' ', "-"), a.reform(move |_| Action::TogglePostKind(k)))) }
                <p class="ma-muted">{ tr(lang, Text::PostKindsApply) }</p>
            </fieldset>
            <div class="ma-panel-actions">
                <button type="button" class="ma-button" onclick={a.reform(|_| Action::ResetFilters)}>{ tr(lang, Text::ResetFilters) }</button>
                <button type="button" class="ma-button" onclick={a.reform(|_| Action::Open(crate::state::Panel::Filters))}>{ tr(lang, Text::Close) }</button>
            </div>
        </section>
    }
}
