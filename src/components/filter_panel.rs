//! The filter panel: one group per facet of `facets::FACETS`, drawn as its `Control` says,
//! each option with how many records it would leave. Nothing here names a facet.

use crate::components::class::{class, flag};
use crate::components::year_inputs::year_inputs;
use crate::facets::{self, Control, FacetDef, FACETS};
use crate::filter::Filters;
use crate::fold::fold;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::state::{Action, Panel};
use yew::prelude::*;

/// Props of [`FilterPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct FilterProps {
    /// The filters as drawn, which may be a paint behind (see `hooks::use_deferred`).
    pub filters: Filters,
    /// The years filtered on now, never behind: the year boxes are where the reader types,
    /// and a box drawn from older filters would show the old year again for a frame.
    pub time: Option<crate::time::MonthRange>,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
}

/// Options of a searchable facet listed before the reader types, and after.
const SEARCH_LIMITS: (usize, usize) = (12, 40);

fn option(
    checked: bool,
    label: String,
    count: String,
    key: String,
    on: Callback<MouseEvent>,
) -> Html {
    let empty = count.is_empty() || count == "0";
    html! {
        // Keyed: when the list reorders (chosen places first, then by count), a row keeps its
        // node, so the checkbox the reader has focused stays the option they chose.
        <label key={key.clone()} class={class(&["ma-option", flag(empty && !checked, "ma-empty-option")])} data-key={key}>
            <input type="checkbox" checked={checked} onclick={on} />
            <span>{ label }</span>
            <span class="ma-count">{ count }</span>
        </label>
    }
}

/// The options of `d` to draw, as (option, count), in the order the control asks for;
/// `counts` are `d`'s (from [`facets::all_counts`]).
fn shown_options(d: &FacetDef, f: &Filters, counts: &[usize], query: &str) -> Vec<(usize, usize)> {
    let Some(o) = d.options() else {
        return Vec::new();
    };
    let mut list: Vec<(usize, usize)> = counts.iter().copied().enumerate().collect();
    match d.control {
        Control::NonEmpty => list.retain(|&(i, n)| n > 0 || (o.has)(f, i)),
        Control::Searchable => {
            let q = fold(query.trim());
            list.retain(|&(i, n)| {
                (o.has)(f, i)
                    || (q.is_empty() && n > 0)
                    || (!q.is_empty()
                        && (Lang::ALL
                            .iter()
                            .any(|l| fold(&(o.label)(i, *l)).contains(&q))
                            || fold(&(o.item)(i)).contains(&q)))
            });
            crate::collections::sort_by(&mut list, &|x, y| {
                (o.has)(f, y.0)
                    .cmp(&(o.has)(f, x.0))
                    .then(y.1.cmp(&x.1))
                    .then(x.0.cmp(&y.0))
            });
            list.truncate(if q.is_empty() {
                SEARCH_LIMITS.0
            } else {
                SEARCH_LIMITS.1
            });
        }
        _ => {}
    }
    list
}

/// The filter panel.
#[function_component]
pub fn FilterPanel(props: &FilterProps) -> Html {
    crate::render_count::hit("FilterPanel");
    let lang = props.lang;
    let f = &props.filters;
    let a = &props.on_action;
    let search = use_state(String::new);
    let year_drafts = (use_state(|| None), use_state(|| None));
    // Every facet's counts in one pass over the records.
    let counts = facets::all_counts(f);
    let group = |(i, d): (usize, &'static FacetDef)| -> Html {
        let visible = (d.visible)(f);
        let body = match (d.control, d.options()) {
            (Control::Years, _) => year_inputs(props.time, &year_drafts, lang, a),
            // A hidden switch is not counted.
            (Control::Switch, Some(_)) if !visible => html! {},
            (Control::Switch, Some(o)) => {
                let added = facets::added_by(f, d);
                let count = format!("+{}", format::number(added as f64, lang));
                option(
                    (o.has)(f, 0),
                    (o.label)(0, lang),
                    count,
                    (o.item)(0),
                    a.reform(move |_| Action::Toggle(d.key, 0)),
                )
            }
            (_, Some(o)) => {
                let list = shown_options(d, f, counts.get(i).map_or(&[], |c| c), &search);
                let options = list.into_iter().map(|(i, n)| {
                    option(
                        (o.has)(f, i),
                        (o.label)(i, lang),
                        format::number(n as f64, lang),
                        (o.item)(i),
                        a.reform(move |_| Action::Toggle(d.key, i)),
                    )
                });
                if d.control == Control::Searchable {
                    let on_search = {
                        let search = search.clone();
                        move |e: InputEvent| {
                            search.set(
                                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                                    .value(),
                            )
                        }
                    };
                    html! { <>
                        <input type="search" class="ma-country-search" placeholder={tr(lang, Text::CountrySearch)} aria-label={tr(lang, Text::CountrySearch)}
                            value={(*search).clone()} oninput={on_search} />
                        <div class="ma-options-scroll">{ for options }</div>
                    </> }
                } else {
                    html! { <>{ for options }</> }
                }
            }
            _ => html! {},
        };
        html! {
            // Hidden rather than left out: a group appearing before others made Yew recreate
            // the year boxes, and the reader typing in them lost the focus.
            <fieldset key={d.key} data-facet={d.key} hidden={!visible} class={class(&[flag(d.control == Control::Years, "ma-years")])}>
                <legend>{ tr(lang, d.label) }</legend>
                { body }
                { for d.note.iter().map(|t| html! { <p class="ma-muted">{ tr(lang, *t) }</p> }) }
            </fieldset>
        }
    };
    html! {
        <section class="ma-panel ma-filters" aria-label={tr(lang, Text::Filters)}>
            { for FACETS.iter().enumerate().filter(|(_, d)| d.control != Control::Toolbar).map(group) }
            <div class="ma-panel-actions">
                <button type="button" class="ma-button" onclick={a.reform(|_| Action::ResetFilters)}>{ tr(lang, Text::ResetFilters) }</button>
                <button type="button" class="ma-button" onclick={a.reform(|_| Action::Open(Panel::Filters))}>{ tr(lang, Text::Close) }</button>
            </div>
        </section>
    }
}
