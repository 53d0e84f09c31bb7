//! The widget's root: holds the state, lays out the shell, routes views.

use crate::components::detail_panel::DetailPanel;
use crate::components::disagreements_panel::DisagreementsPanel;
use crate::components::evidence_sheet::EvidenceSheet;
use crate::components::filter_panel::FilterPanel;
use crate::components::header::Header;
use crate::components::key_figure_strip::KeyFigureStrip;
use crate::components::map_view::MapView;
use crate::components::notices::notices;
use crate::components::share_panel::{share_link, SharePanel};
use crate::components::status::{status_line, undated_note};
use crate::components::table_view::TableView;
use crate::components::timeline_view::TimelineView;
use crate::components::toolbar::toolbar;
use crate::evidence::Sheet;
use crate::filter;
use crate::hooks::{use_css, use_widget_state};
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
    crate::render_count::hit("App");
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
    // Built once: Yew compares callbacks by pointer, so a callback made in each render
    // would render every child again on every action, pans included.
    let on_action = {
        let dispatcher = state.dispatcher();
        use_callback((), move |a: Action, _| dispatcher.dispatch(a))
    };
    let on_view = {
        let dispatcher = state.dispatcher();
        use_callback((), move |v: View, _| {
            dispatcher.dispatch(Action::SetView(v))
        })
    };
    // The evidence sheet asked for, drawn until the print dialog closes.
    let printing = use_state_eq(|| None::<Sheet>);
    let on_print = {
        let printing = printing.clone();
        Callback::from(move |sheet: Sheet| printing.set(Some(sheet)))
    };
    let records: Rc<Vec<RecordRef>> = use_memo(
        (state.filters.clone(), text == TextStatus::Ready),
        |(filters, _)| filter::select(filters),
    );
    let undated_left_out = *use_memo(state.filters.clone(), filter::undated_left_out);
    let root = use_node_ref();
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
            <TableView records={records.clone()} sort={state.sort} lang={lang} countries={state.filters.countries.clone()}
                selected={state.selected} on_action={on_action.clone()} on_print={on_print.clone()} />
        },
    };
    let panel = match state.panel {
        Panel::Closed => html! {},
        Panel::Filters => {
            html! { <FilterPanel filters={state.filters.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
        Panel::Share => html! {
            <SharePanel state={(*state).clone()} options={props.options.clone()} lang={lang} on_action={on_action.clone()}
                records={records.clone()} on_print={on_print.clone()} />
        },
        Panel::Disagreements => {
            html! { <DisagreementsPanel records={records.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
    };
    let base: AttrValue = props.options.asset_base.clone().unwrap_or_default().into();
    let detail = match state.selected {
        Some(selection) => html! {
            <DetailPanel selection={selection} records={records.clone()} lang={lang} on_action={on_action.clone()}
                asset_base={base.clone()} on_print={on_print.clone()} />
        },
        None => html! {},
    };
    let sheet = match *printing {
        Some(sheet) => html! {
            <EvidenceSheet {sheet} records={records.clone()} sort={state.sort} filters={state.filters.clone()}
                link={share_link(&state, &props.options)} lang={lang} base={base.clone()}
                on_done={{ let printing = printing.clone(); Callback::from(move |_| printing.set(None)) }} />
        },
        None => html! {},
    };
    html! {
        <div class={classes!("ma-root", matches!(props.options.height, Height::Px(_)).then_some("ma-fixed"), printing.is_some().then_some("ma-printing"))}
            lang={lang.code()} ref={root} data-view={view.key()}>
            <Header view={view} lang={lang} on_view={on_view} />
            { toolbar(&state.filters, state.panel, lang, &on_action) }
            { notices(&state.notices, lang, &on_action) }
            { if text == TextStatus::Failed { failed_notice(state.lang, retry) } else { html! {} } }
            { panel }
            <KeyFigureStrip lang={lang} on_action={on_action.clone()} />
            { undated_note(undated_left_out, lang, &on_action) }
            <div class={classes!("ma-body", state.selected.is_some().then_some("ma-with-detail"))}>
                // Not <main>: a widget inside someone's article must not claim the page's main landmark.
                <div class="ma-main" id={panel_id(view)} role="tabpanel" aria-labelledby={tab_id(view)}>
                    { main }
                </div>
                { detail }
            </div>
            { status_line(records.len(), RecordRef::count(), lang) }
            <footer class="ma-credits">
                <p>{ tr(lang, Text::TranslationNote) }</p>
                <p>{ tr(lang, Text::Credits) }</p>
            </footer>
            { sheet }
        </div>
    }
}

/// The id of a view's tab panel (a constant: no string is formatted in render).
fn panel_id(view: View) -> &'static str {
    match view {
        View::Timeline => "ma-panel-timeline",
        View::Map => "ma-panel-map",
        View::Table => "ma-panel-table",
    }
}

/// The id of a view's tab, as the header writes it.
pub fn tab_id(view: View) -> &'static str {
    match view {
        View::Timeline => "ma-tab-timeline",
        View::Map => "ma-tab-map",
        View::Table => "ma-tab-table",
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
