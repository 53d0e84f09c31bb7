//! The widget's root: holds the state, lays out the shell, routes views.

use crate::components::class::{class, flag};
use crate::components::detail_panel::DetailProps;
use crate::components::disagreements_panel::DisagreementsProps;
use crate::components::evidence_sheet::SheetProps;
use crate::components::filter_panel::FilterProps;
use crate::components::header::header;
use crate::components::key_figure_strip::KeyFigureStrip;
use crate::components::lazy::{self, Lazy};
use crate::components::map_pane::MapProps;
use crate::components::notices::{failed_notice, notices};
use crate::components::print_note::print_note;
use crate::components::share_panel::{share_link, ShareProps};
use crate::components::status::{status_line, undated_note};
use crate::components::table_view::TableProps;
use crate::components::timeline_view::TimelineView;
use crate::components::toolbar::toolbar;
use crate::evidence::Sheet;
use crate::filter;
use crate::hooks::{
    use_css, use_deferred, use_focus_keeper, use_scroll_to_shared, use_widget_state,
};
use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::notes_loader;
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
    let root = use_node_ref();
    let keeper = use_focus_keeper(root.clone());
    // The state as of this render, for the callbacks below, which are built once.
    let latest = use_mut_ref(|| (*state).clone());
    *latest.borrow_mut() = (*state).clone();
    // Built once: Yew compares callbacks by pointer, so a callback made in each render
    // would render every child again on every action, pans included.
    let on_action = {
        let (dispatcher, keeper, latest) = (state.dispatcher(), keeper.clone(), latest.clone());
        use_callback((), move |a: Action, _| {
            keeper.before(&a, &latest.borrow());
            dispatcher.dispatch(a)
        })
    };
    let on_view = {
        let on_action = on_action.clone();
        use_callback((), move |v: View, _| on_action.emit(Action::SetView(v)))
    };
    let part_drawn = keeper.on_part_drawn();
    let on_key = {
        let (keeper, on_action) = (keeper.clone(), on_action.clone());
        Callback::from(move |e: KeyboardEvent| {
            keeper.on_key();
            if e.key() == "Escape" {
                if let Some(close) = escape(&latest.borrow(), &e) {
                    e.prevent_default();
                    on_action.emit(close);
                }
            }
        })
    };
    // The evidence sheet asked for, drawn until the print dialog closes.
    let printing = use_state_eq(|| None::<Sheet>);
    // Built once too: the table takes it, and must not render again with every root render.
    let on_print = {
        let printing = printing.clone();
        use_callback((), move |sheet: Sheet, _| printing.set(Some(sheet)))
    };
    // The summaries and notes (`notes-<lang>.txt`) are fetched when something shown needs
    // them: a detail, a search, the disagreements, the share panel's exports, the evidence
    // sheet. The first screen draws titles only.
    let base: AttrValue = props.options.asset_base.clone().unwrap_or_default().into();
    let notes_arrived = use_force_update();
    let wants_notes = state.selected.is_some()
        || state.list.is_some()
        || !state.filters.text.is_empty()
        || matches!(state.panel, Panel::Share | Panel::Disagreements)
        || printing.is_some();
    let notes = if wants_notes {
        notes_loader::notes(lang, &base, &notes_arrived)
    } else {
        notes_loader::status(lang)
    };
    let retry_notes = {
        let (base, widget) = (base.clone(), notes_arrived.clone());
        use_callback(lang, move |_: (), lang| {
            notes_loader::retry(*lang, &base, &widget)
        })
    };
    let records: Rc<Vec<RecordRef>> = use_memo(
        (
            state.filters.clone(),
            text == TextStatus::Ready,
            notes == Status::Ready,
        ),
        |(filters, _, _)| filter::select(filters),
    );
    let undated_left_out = *use_memo(state.filters.clone(), filter::undated_left_out);
    // The documents the printed view lists: once per selection, not at every frame of a pan.
    let cited = use_memo(records.clone(), |records| {
        crate::evidence::cited_sources(records)
    });
    let height = match props.options.height {
        Height::Auto => String::new(),
        Height::Px(px) => format!("{px}px"),
    };
    use_css(root.clone(), vec![("height", height)]);
    use_scroll_to_shared(root.clone(), ready, props.options.url_key.clone());
    // The filter panel is one paint behind the filters (see `hooks::use_deferred`): the box
    // the reader ticks changes by itself at once, the view answers in the next frame, and
    // the counts beside the box follow right after it.
    let (panel_filters, panel_behind) =
        use_deferred(state.filters.clone(), state.panel == Panel::Filters);
    keeper.panel_behind(panel_behind);
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
            <Lazy<MapProps> part={lazy::MAP} {lang} on_drawn={part_drawn.clone()} props={MapProps { records: records.clone(), view: state.map,
                layers: state.layers, lang, selected: state.selected, on_action: on_action.clone(), asset_base: base.clone() }} />
        },
        View::Table => html! {
            <Lazy<TableProps> part={lazy::TABLE} {lang} on_drawn={part_drawn.clone()} props={TableProps { records: records.clone(), sort: state.sort,
                lang, countries: state.filters.countries.clone(), selected: state.selected, on_action: on_action.clone(),
                on_print: on_print.clone() }} />
        },
    };
    let panel = match state.panel {
        Panel::Closed => html! {},
        Panel::Filters => {
            html! { <Lazy<FilterProps> part={lazy::FILTERS} {lang} on_drawn={part_drawn.clone()}
            props={FilterProps { filters: panel_filters.clone(), time: state.filters.time, lang, on_action: on_action.clone() }} /> }
        }
        Panel::Share => html! {
            <Lazy<ShareProps> part={lazy::SHARE} {lang} on_drawn={part_drawn.clone()} props={ShareProps { state: (*state).clone(), options: props.options.clone(), lang,
                on_action: on_action.clone(), records: records.clone(), on_print: on_print.clone(), notes, retry_notes: retry_notes.clone() }} />
        },
        Panel::Disagreements => {
            html! { <Lazy<DisagreementsProps> part={lazy::DISAGREEMENTS} {lang} on_drawn={part_drawn.clone()} props={DisagreementsProps { records: records.clone(), lang,
            on_action: on_action.clone(), notes, retry_notes: retry_notes.clone() }} /> }
        }
    };
    let detail = if state.selected.is_some() || state.list.is_some() {
        html! { <Lazy<DetailProps> part={lazy::DETAIL} {lang} on_drawn={part_drawn.clone()} props={DetailProps { selection: state.selected, list: state.list.clone(),
        records: records.clone(), lang, view, opener: keeper.opener(), on_action: on_action.clone(),
        asset_base: base.clone(), on_print: on_print.clone(), notes, retry_notes: retry_notes.clone() }} /> }
    } else {
        html! {}
    };
    let sheet = match *printing {
        Some(sheet) => html! {
            <Lazy<SheetProps> part={lazy::EVIDENCE} {lang} on_drawn={part_drawn.clone()} props={SheetProps { sheet, records: records.clone(), sort: state.sort,
                filters: state.filters.clone(), link: share_link(&state, &props.options).into(), lang, base: base.clone(), notes,
                on_done: { let printing = printing.clone(); Callback::from(move |_| printing.set(None)) } }} />
        },
        None => html! {},
    };
    html! {
        <div class={class(&["ma-root", flag(matches!(props.options.height, Height::Px(_)), "ma-fixed"), flag(printing.is_some(), "ma-printing"), theme.unwrap_or_default()])}
            lang={lang.code()} ref={root} data-view={view.key()} onkeydown={on_key} onpointerdown={keeper.on_pointer()}>
            { header(view, lang, &on_view) }
            { toolbar(&state.filters, state.panel, lang, &on_action) }
            { notices(&state.notices, lang, &on_action) }
            { if text == TextStatus::Failed { failed_notice(state.lang, state.lang.locale().boot.text_failed, &retry) } else { html! {} } }
            { panel }
            <KeyFigureStrip lang={lang} on_action={on_action.clone()} />
            { undated_note(undated_left_out, lang, &on_action) }
            <div class="ma-body">
                // Not <main>: a widget inside someone's article must not claim the page's main landmark.
                <div class="ma-main" id={panel_id(view)} role="tabpanel" aria-labelledby={tab_id(view)}>
                    { main }
                </div>
                { detail }
            </div>
            { status_line(records.len(), RecordRef::count(), lang) }
            { print_note(&state, &cited, &props.options, lang) }
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
fn loading(lang: Lang, text: TextStatus, retry: Callback<()>, theme: Option<&'static str>) -> Html {
    html! {
        <div class={class(&["ma-root", "ma-loading-root", theme.unwrap_or_default()])} lang={lang.code()}>
            { if text == TextStatus::Failed { failed_notice(lang, lang.locale().boot.text_failed, &retry) } else { html! {
                <p role="status" class="ma-loading">{ tr(lang, Text::Loading) }</p>
            } } }
        </div>
    }
}
