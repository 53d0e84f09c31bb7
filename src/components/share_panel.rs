//! Share: a link that reopens this view, embed code (custom element and iframe) that
//! carries it, and the evidence behind it (see `export_panel`).

use crate::components::export_panel::{export_section, Export};
use crate::evidence::Sheet;
use crate::hooks::base_state;
use crate::i18n::{tr, Lang, Text};
use crate::lazy_file::Status;
use crate::options::{Options, DEFAULT_URL_KEY};
use crate::query;
use crate::record::RecordRef;
use crate::share::{embed_code, link_on};
use crate::state::{Action, Panel, WidgetState};
use std::rc::Rc;
use yew::prelude::*;

/// Props of [`SharePanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct ShareProps {
    /// The view to share.
    pub state: WidgetState,
    /// The host's options (URL key, where the files are).
    pub options: Options,
    /// Interface language.
    pub lang: Lang,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// The records the filters show (for the downloads).
    #[prop_or_default]
    pub records: Rc<Vec<RecordRef>>,
    /// Asks for the evidence sheet.
    #[prop_or_default]
    pub on_print: Callback<Sheet>,
    /// Where the summaries and notes stand (the CSV and JSON carry them).
    #[prop_or(Status::Ready)]
    pub notes: Status,
    /// Fetches them again after a failure.
    #[prop_or_default]
    pub retry_notes: Callback<()>,
}

/// The link that opens this view: on the page the host named (`share-url`, as an iframe's
/// host page does), or on this page.
pub fn share_link(state: &WidgetState, options: &Options) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let key = options.url_key.as_deref().unwrap_or(DEFAULT_URL_KEY);
    let value = query::write(state, &base_state(options));
    let origin = location.origin().unwrap_or_default();
    let here = || {
        format!(
            "{}{}{}",
            location.pathname().unwrap_or_default(),
            location.search().unwrap_or_default(),
            location.hash().unwrap_or_default()
        )
    };
    let page = options.share_url.clone().unwrap_or_else(here);
    link_on(&page, &origin, key, value.as_deref())
}

/// Copies `text` to the clipboard; `status` learns whether it worked.
pub fn copy(text: String, status: UseStateHandle<Option<bool>>) {
    copy_then(text, move |ok| status.set(Some(ok)));
}

/// Copies `text` to the clipboard, then tells `done` whether it worked.
pub fn copy_then(text: String, done: impl FnOnce(bool) + 'static) {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        done(false);
        return;
    };
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The share panel.
#[function_component]
pub fn SharePanel(props: &ShareProps) -> Html {
    crate::render_count::hit("SharePanel");
    let lang = props.lang;
    let status = use_state(|| None::<bool>);
    let cited = use_state(|| None::<bool>);
    let failed = use_state_eq(|| false);
    let node = use_node_ref();
    let link = share_link(&props.state, &props.options);
    let base = props.options.asset_base.clone().unwrap_or_default();
    let (element, iframe) = embed_code(&props.state, &base);
    let block = |id: &str, label: Text, button: Text, text: String| {
        let status = status.clone();
        let value = text.clone();
        let rows = if text.contains('\n') { "4" } else { "2" };
        html! {
            <div class="ma-share-block">
                <label for={id.to_string()}>{ tr(lang, label) }</label>
                <textarea id={id.to_string()} readonly=true rows={rows} value={text}
                    onfocus={|e: FocusEvent| e.target_unchecked_into::<web_sys::HtmlTextAreaElement>().select()} />
                <button type="button" class="ma-button" data-copy={id.to_string()} onclick={move |_| copy(value.clone(), status.clone())}>{ tr(lang, button) }</button>
            </div>
        }
    };
    html! {
        <section class="ma-panel ma-share" aria-label={tr(lang, Text::Share)}>
            { block("ma-share-link", Text::LinkToView, Text::CopyLink, link.clone()) }
            { block("ma-share-element", Text::EmbedElement, Text::CopyEmbed, element) }
            { block("ma-share-iframe", Text::EmbedIframe, Text::CopyEmbed, iframe) }
            <p class="ma-muted" role="status" aria-live="polite">{ match *status {
                Some(true) => tr(lang, Text::Copied),
                Some(false) => tr(lang, Text::CopyFailed),
                None => "",
            } }</p>
            { export_section(Export {
                state: &props.state,
                link: &link,
                records: &props.records,
                lang,
                on_print: &props.on_print,
                copied: &cited,
                failed: &failed,
                node: &node,
                notes: props.notes,
                retry_notes: &props.retry_notes,
            }) }
            <div class="ma-panel-actions">
                <button type="button" class="ma-button" onclick={props.on_action.reform(|_| Action::Open(Panel::Share))}>{ tr(lang, Text::Close) }</button>
            </div>
        </section>
    }
}
