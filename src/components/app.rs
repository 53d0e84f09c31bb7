//! The widget's root: holds the state, lays out the shell, routes views.

use crate::components::header::Header;
use crate::components::status::StatusLine;
use crate::components::table_view::TableView;
use crate::hooks::use_widget_state;
use crate::i18n::{tr, Text};
use crate::options::{Height, Options};
use crate::record::RecordRef;
use crate::state::{Action, View};
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
    let on_view = {
        let state = state.clone();
        Callback::from(move |v: View| state.dispatch(Action::SetView(v)))
    };
    let records: Rc<[RecordRef]> = {
        let mut all: Vec<RecordRef> = RecordRef::all().collect();
        if state.view == View::Timeline {
            all.sort_by_key(|r| (r.date().is_none(), r.date()));
        }
        all.into()
    };
    let style = match props.options.height {
        Height::Auto => String::new(),
        Height::Px(px) => format!("height:{px}px"),
    };
    let panel_id = format!("ma-panel-{}", state.view.key());
    html! {
        <div class={classes!("ma-root", matches!(props.options.height, Height::Px(_)).then_some("ma-fixed"))}
            lang={lang.code()} style={style} data-view={state.view.key()}>
            <Header view={state.view} lang={lang} on_view={on_view} />
            <main class="ma-main" id={panel_id} role="tabpanel" aria-labelledby={format!("ma-tab-{}", state.view.key())}>
                <TableView records={records.clone()} lang={lang} />
            </main>
            <StatusLine shown={records.len()} total={RecordRef::count()} lang={lang} />
            <footer class="ma-credits">{ tr(lang, Text::Credits) }</footer>
        </div>
    }
}
