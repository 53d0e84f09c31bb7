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
use crate::hooks::{use_css, use_widget_state};
use crate::i18n::{tr, Text};
use crate::options::{Height, Options};
use crate::record::RecordRef;
use crate::state::{Action, Panel, View};
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
    {
        let on_rendered = props.on_rendered.clone();
        use_effect_with((), move |_| on_rendered.emit(()));
    }
    let lang = state.lang;
    let on_action = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let records: Rc<Vec<RecordRef>> = use_memo(state.filters.clone(), filter::select);
    let root = use_node_ref();
    let height = match props.options.height {
        Height::Auto => String::new(),
        Height::Px(px) => format!("{px}px"),
    };
    use_css(root.clone(), vec![("height", height)]);
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
    let detail = match state.selected {
        Some(selection) => {
            html! { <DetailPanel selection={selection} records={records.clone()} lang={lang} on_action={on_action.clone()} /> }
        }
        None => html! {},
    };
    html! {
        <div class={classes!("ma-root", matches!(props.options.height, Height::Px(_)).then_some("ma-fixed"))}
            lang={lang.code()} ref={root} data-view={view.key()}>
            <Header view={view} lang={lang} on_view={on_action.reform(Action::SetView)} />
            <Toolbar filters={state.filters.clone()} panel={state.panel} lang={lang} on_action={on_action.clone()} />
            <Notices notices={state.notices.clone()} lang={lang} on_action={on_action.clone()} />
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
            <footer class="ma-credits">{ tr(lang, Text::Credits) }</footer>
        </div>
    }
}
