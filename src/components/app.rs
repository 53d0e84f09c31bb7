//! The widget's root: holds the state, lays out the shell, routes views.

use crate::components::detail_panel::DetailPanel;
use crate::components::disagreements_panel::DisagreementsPanel;
use crate::components::filter_panel::FilterPanel;
use crate::components::header::Header;
use crate::components::map_view::MapView;
use crate::components::notices::Notices;
use crate::components::share_panel::SharePanel;
use crate::components::status::StatusLine;
use crate::components::table_view::TableView;
use crate::components::timeline_view::TimelineView;
use crate::components::toolbar::Toolbar;
use crate::filter;
use crate::hooks::{use_css, use_focus_keeper, use_widget_state};
use crate::i18n::{tr, Lang, Text};
use crate::options::{Height, Options};
use crate::record::RecordRef;
use crate::state::{Action, Panel, View, WidgetState};
use crate::text_loader::{use_text, TextStatus};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Props of [`App`].
#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// What the host page asked for; changes are applied live.
    pub options: Options,
    /// Called after the first render, so the host page can be told the widget is ready.
    #[prop_or_default]
    pub on_rendered: Callback<()>,
}

/// The whole widget.
#[function_component]
pub fn App(props: &AppProps) -> Html {
    let state = use_widget_state(&props.options);
    let (text, retry) = use_text(state.lang, props.options.asset_base.clone());
    // The first paint waits for the reader's language. Later, a language switch keeps the
    // view in the language already shown until the new text has arrived, then redraws
    // everything at once (every component takes the language as a prop).
    let shown = use_mut_ref(|| None::<Lang>);
    if text == TextStatus::Ready {
        *shown.borrow_mut() = Some(state.lang);
    }
    let shown_lang = *shown.borrow();
    let ready = shown_lang.is_some();
    let lang = shown_lang.unwrap_or(state.lang);
    {
        let on_rendered = props.on_rendered.clone();
        use_effect_with(ready, move |ready| {
            if *ready {
                on_rendered.emit(());
            }
        });
    }
    let root = use_node_ref();
    let keeper = use_focus_keeper(root.clone());
    let on_action = {
        let (state, keeper) = (state.clone(), keeper.clone());
        Callback::from(move |a: Action| {
            keeper.before(&a, &state);
            state.dispatch(a)
        })
    };
    let on_key = {
        let (state, keeper, on_action) = (state.clone(), keeper.clone(), on_action.clone());
        Callback::from(move |e: KeyboardEvent| {
            keeper.on_key();
            if e.key() == "Escape" {
                if let Some(close) = escape(&state, &e) {
                    e.prevent_default();
                    on_action.emit(close);
                }
            }
        })
    };
    let records: Rc<Vec<RecordRef>> = use_memo(
        (state.filters.clone(), text == TextStatus::Ready),
        |(filters, _)| filter::select(filters),
    );
    let height = match props.options.height {
        Height::Auto => String::new(),
        Height::Px(px) => format!("{px}px"),
    };
    use_css(root.clone(), vec![("height", height)]);
    if !ready {
        return loading(lang, text, retry);
    }
    let view = state.view;
    let main = match view {
        View::Timeline => html! {
            <TimelineView records={records.clone()} window={state.timeline} time={state.filters.time}
                lang={lang} selected={state.selected} on_action={on_action.clone()} />
        },
        View::Map => html! {
            <MapView records={records.clone()} view={state.map} layers={state.layers}
                lang={lang} selected={state.selected} on_action={on_action.clone()} />
        },
        View::Table => html! {
            <TableView records={records.clone()} sort={state.sort} lang={lang}
                selected={state.selected} on_action={on_action.clone()} />
        },
    };
    let panel = match state.panel {
        Panel::Closed => html! {},
        Panel::Filters => {
            html! { <FilterPanel filters={state.filters.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
        Panel::Share => html! {
            <SharePanel state={(*state).clone()} options={props.options.clone()} lang={lang} on_action={on_action.clone()} />
        },
        Panel::Disagreements => {
            html! { <DisagreementsPanel records={records.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
    };
    let detail = if state.selected.is_some() || state.list.is_some() {
        html! { <DetailPanel selection={state.selected} list={state.list.clone()} records={records.clone()} lang={lang}
        view={view} opener={keeper.opener()} on_action={on_action.clone()} /> }
    } else {
        html! {}
    };
    html! {
        <div class={classes!("ma-root", matches!(props.options.height, Height::Px(_)).then_some("ma-fixed"))}
            lang={lang.code()} ref={root} data-view={view.key()} onkeydown={on_key} onpointerdown={keeper.on_pointer()}>
            <Header view={view} lang={lang} on_view={on_action.reform(Action::SetView)} />
            <Toolbar filters={state.filters.clone()} panel={state.panel} lang={lang} on_action={on_action.clone()} />
            <Notices notices={state.notices.clone()} lang={lang} on_action={on_action.clone()} />
            { if text == TextStatus::Failed { failed_notice(state.lang, retry) } else { html! {} } }
            { panel }
            <div class="ma-body">
                // Not <main>: a widget inside someone's article must not claim the page's main landmark.
                <div class="ma-main" id={format!("ma-panel-{}", view.key())} role="tabpanel"
                    aria-labelledby={format!("ma-tab-{}", view.key())}>
                    { main }
                </div>
                { detail }
            </div>
            <StatusLine shown={records.len()} total={RecordRef::count()} lang={lang} />
            <footer class="ma-credits">
                <p>{ tr(lang, Text::TranslationNote) }</p>
                <p>{ tr(lang, Text::Credits) }</p>
            </footer>
        </div>
    }
}

/// What Escape closes: the panel the focus is in, else the detail sheet, else the open
/// panel. Focus then returns to what opened it (see `hooks::use_focus_keeper`).
fn escape(state: &WidgetState, e: &KeyboardEvent) -> Option<Action> {
    let target = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    // A search box with text clears itself on Escape: leave it that.
    if let Some(input) = target
        .as_ref()
        .and_then(|t| t.dyn_ref::<web_sys::HtmlInputElement>())
    {
        if input.type_() == "search" && !input.value().is_empty() {
            return None;
        }
    }
    let in_panel = target
        .as_ref()
        .is_some_and(|t| t.closest(".ma-panel").ok().flatten().is_some());
    let sheet = state.selected.is_some() || state.list.is_some();
    match (in_panel, sheet, state.panel) {
        (true, _, panel) | (false, false, panel) if panel != Panel::Closed => {
            Some(Action::Open(panel))
        }
        (_, true, _) => Some(Action::Select(None)),
        _ => None,
    }
}

/// What the reader sees until the text of their language has arrived: a message in their
/// language (interface strings are compiled in), and a retry button if the download failed.
fn loading(lang: Lang, text: TextStatus, retry: Callback<()>) -> Html {
    html! {
        <div class="ma-root ma-loading-root" lang={lang.code()}>
            { if text == TextStatus::Failed { failed_notice(lang, retry) } else { html! {
                <p role="status" class="ma-loading">{ tr(lang, Text::Loading) }</p>
            } } }
        </div>
    }
}

/// The text of `lang` could not be fetched: say so in `lang`, with a retry button.
fn failed_notice(lang: Lang, retry: Callback<()>) -> Html {
    html! {
        <div role="alert" class="ma-load-failed" lang={lang.code()}>
            <p>{ tr(lang, Text::TextFailed) }</p>
            <button type="button" class="ma-button" onclick={retry.reform(|_| ())}>{ tr(lang, Text::Retry) }</button>
        </div>
    }
}
