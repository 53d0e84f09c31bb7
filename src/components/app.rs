//! The widget's root: holds the state, lays out the shell, routes views.

use crate::components::detail_panel::DetailPanel;
use crate::components::disagreements_panel::DisagreementsPanel;
use crate::components::filter_panel::FilterPanel;
use crate::components::header::Header;
use crate::components::map_pane::MapPane;
use crate::components::notices::Notices;
use crate::components::print_note::print_note;
use crate::components::share_panel::SharePanel;
use crate::components::status::StatusLine;
use crate::components::table_view::TableView;
use crate::components::timeline_view::TimelineView;
use crate::components::toolbar::Toolbar;
use crate::filter;
use crate::hooks::{use_css, use_scroll_to_shared, use_widget_state};
use crate::i18n::{tr, Lang, Text};
use crate::options::{Height, Options};
use crate::record::RecordRef;
use crate::state::{Action, Panel, View};
use crate::text_loader::{use_text, TextStatus};
use std::rc::Rc;
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
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let records: Rc<Vec<RecordRef>> = use_memo(
        (state.filters.clone(), text == TextStatus::Ready),
        |(filters, _)| filter::select(filters),
    );
    let root = use_node_ref();
    let height = match props.options.height {
        Height::Auto => String::new(),
        Height::Px(px) => format!("{px}px"),
    };
    use_css(root.clone(), vec![("height", height)]);
    use_scroll_to_shared(root.clone(), ready, props.options.url_key.clone());
    let theme = props.options.theme.class();
    if !ready {
        return loading(lang, text, retry, theme);
    }
    let view = state.view;
    let main = match view {
        View::Timeline => html! {
            <TimelineView records={records.clone()} window={state.timeline} time={state.filters.time}
                lang={lang} selected={state.selected} on_action={on_action.clone()} />
        },
        View::Map => html! {
            <MapPane records={records.clone()} view={state.map} layers={state.layers}
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
    let detail = match state.selected {
        Some(selection) => {
            html! { <DetailPanel selection={selection} records={records.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
        None => html! {},
    };
    html! {
        <div class={classes!("ma-root", matches!(props.options.height, Height::Px(_)).then_some("ma-fixed"), theme)}
            lang={lang.code()} ref={root} data-view={view.key()}>
            <Header view={view} lang={lang} on_view={on_action.reform(Action::SetView)} />
            <Toolbar filters={state.filters.clone()} panel={state.panel} lang={lang} on_action={on_action.clone()} />
            <Notices notices={state.notices.clone()} lang={lang} on_action={on_action.clone()} />
            { if text == TextStatus::Failed { failed_notice(state.lang, retry) } else { html! {} } }
            { panel }
            <div class={classes!("ma-body", state.selected.is_some().then_some("ma-with-detail"))}>
                // Not <main>: a widget inside someone's article must not claim the page's main landmark.
                <div class="ma-main" id={format!("ma-panel-{}", view.key())} role="tabpanel"
                    aria-labelledby={format!("ma-tab-{}", view.key())}>
                    { main }
                </div>
                { detail }
            </div>
            <StatusLine shown={records.len()} total={RecordRef::count()} lang={lang} />
            { print_note(&state, &records, &props.options, lang) }
            <footer class="ma-credits">
                <p>{ tr(lang, Text::TranslationNote) }</p>
                <p>{ tr(lang, Text::Credits) }</p>
            </footer>
        </div>
    }
}

/// What the reader sees until the text of their language has arrived: a message in their
/// language (interface strings are compiled in), and a retry button if the download failed.
fn loading(lang: Lang, text: TextStatus, retry: Callback<()>, theme: Option<&'static str>) -> Html {
    html! {
        <div class={classes!("ma-root", "ma-loading-root", theme)} lang={lang.code()}>
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
