//! Parts of the widget whose code arrives when a reader first opens them: the map and table
//! views, the filter panel, sharing and the downloads, the evidence sheet, a record's detail
//! with its quoted paragraphs, and the disagreements. Every reader downloads the first
//! screen, so what only some readers open waits until they do (issue 15: quoting the
//! sources must not grow the first screen).
//!
//! In the shipped build (feature `split`) each part's code is cut out of the wasm by
//! wasm-split-cli (scripts/lib.sh `ship_wasm`) and shipped as `part-<name>.bin.lzma`
//! (scripts/link_parts.py), fetched and linked into the running module the first time the
//! part is drawn. Without the feature
//! (tests, the benchmark's 10× build) the same code is compiled in and ready at once.
//!
//! A part is declared once in [`parts!`] and drawn through [`Lazy`]: until its code is
//! here the reader sees a quiet "Loading…", and if it cannot be fetched, a message in their
//! language with a button that tries again. Later openings draw it at once.

use crate::components::detail_panel::{DetailPanel, DetailProps};
use crate::components::disagreements_panel::{DisagreementsPanel, DisagreementsProps};
use crate::components::evidence_sheet::{EvidenceSheet, SheetProps};
use crate::components::filter_panel::{FilterPanel, FilterProps};
use crate::components::map_pane::{MapPane, MapProps};
use crate::components::notices::failed_notice;
use crate::components::share_panel::{SharePanel, ShareProps};
use crate::components::table_view::{TableProps, TableView};
use crate::i18n::{tr, Lang, Text};
use std::future::Future;
use std::pin::Pin;
use yew::prelude::*;

/// Draws a part from its props; its code lives in the part's own wasm file.
pub type Draw<P> = fn(P) -> Html;

/// The part's code could not be fetched or linked.
pub struct Unavailable;

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for Unavailable {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        Unavailable
    }
}

/// Fetches a part's code (once; a failure is tried again on the next call).
pub type Load<P> = fn() -> Pin<Box<dyn Future<Output = Result<Draw<P>, Unavailable>>>>;

/// A part whose code may still have to arrive: `ready` says whether it is here (so a
/// second opening draws at once), `load` fetches it.
pub struct Part<P: 'static> {
    /// The part's drawing, if its code is here.
    pub ready: fn() -> Option<Draw<P>>,
    /// Fetches the code.
    pub load: Load<P>,
}

impl<P> Clone for Part<P> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<P> Copy for Part<P> {}

/// Declares the parts, one line each: `NAME: file, Props => Component;` makes
/// `NAME: Part<Props>`, whose code ships as `part-<file>.bin.lzma` in the shipped build.
macro_rules! parts {
    ($($(#[$doc:meta])* $name:ident: $chunk:ident, $props:ty => $component:ty;)*) => {$(
        $(#[$doc])*
        pub const $name: Part<$props> = {
            thread_local! {
                static READY: std::cell::Cell<Option<Draw<$props>>> = const { std::cell::Cell::new(None) };
            }
            #[cfg_attr(feature = "split", wasm_split_helpers::wasm_split($chunk, fallible))]
            fn draw() -> Result<Draw<$props>, Unavailable> {
                Ok(|props| yew::html! { <$component ..props /> })
            }
            fn ready() -> Option<Draw<$props>> {
                READY.with(|r| r.get())
            }
            fn load() -> Pin<Box<dyn Future<Output = Result<Draw<$props>, Unavailable>>>> {
                Box::pin(async {
                    #[cfg(feature = "split")]
                    let drawn = draw().await;
                    #[cfg(not(feature = "split"))]
                    let drawn = draw();
                    if let Ok(d) = drawn {
                        READY.with(|r| r.set(Some(d)));
                    }
                    drawn
                })
            }
            Part { ready, load }
        };
    )*};
}

parts! {
    /// The share panel with the downloads.
    SHARE: share, ShareProps => SharePanel;
    /// The evidence sheet, for printing.
    EVIDENCE: evidence, SheetProps => EvidenceSheet;
    /// A record's or a place's detail, with the quoted paragraphs.
    DETAIL: detail, DetailProps => DetailPanel;
    /// The list of figures the documents disagree on.
    DISAGREEMENTS: disagreements, DisagreementsProps => DisagreementsPanel;
    /// The map view.
    MAP: map, MapProps => MapPane;
    /// The table view.
    TABLE: table, TableProps => TableView;
    /// The filter panel.
    FILTERS: filters, FilterProps => FilterPanel;
}

/// Props of [`Lazy`].
#[derive(Properties)]
pub struct LazyProps<P: PartialEq + 'static> {
    /// Which part.
    pub part: Part<P>,
    /// Its props, passed on unchanged.
    pub props: P,
    /// Interface language, for the loading and failure lines.
    pub lang: Lang,
    /// Told once the part is drawn, when its code had to be fetched first (the focus
    /// keeper then moves the focus into it).
    #[prop_or_default]
    pub on_drawn: Callback<()>,
}

// A site always names the same part, so only what is passed on can differ.
impl<P: PartialEq> PartialEq for LazyProps<P> {
    fn eq(&self, other: &Self) -> bool {
        self.props == other.props && self.lang == other.lang
    }
}

/// Where the part's code stands at this site.
#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Fetching,
    Failed,
}

/// Draws a part once its code is here.
#[function_component]
pub fn Lazy<P: PartialEq + Clone + 'static>(props: &LazyProps<P>) -> Html {
    let part = props.part;
    let drawn = use_state(|| (part.ready)());
    let stage = use_state(|| Stage::Fetching);
    let attempt = use_state(|| 0_u32);
    {
        let (drawn, stage) = (drawn.clone(), stage.clone());
        use_effect_with(*attempt, move |_| {
            if drawn.is_none() {
                wasm_bindgen_futures::spawn_local(async move {
                    match (part.load)().await {
                        Ok(d) => drawn.set(Some(d)),
                        Err(Unavailable) => stage.set(Stage::Failed),
                    }
                });
            }
        });
    }
    {
        let on_drawn = props.on_drawn.clone();
        let waited = use_mut_ref(|| drawn.is_none());
        use_effect_with(drawn.is_some(), move |&here| {
            if here && std::mem::take(&mut *waited.borrow_mut()) {
                on_drawn.emit(());
            }
        });
    }
    let lang = props.lang;
    match (*drawn, *stage) {
        (Some(draw), _) => draw(props.props.clone()),
        (None, Stage::Fetching) => {
            html! { <p class="ma-muted ma-part-loading" role="status">{ tr(lang, Text::PartLoading) }</p> }
        }
        (None, Stage::Failed) => {
            let retry = {
                let (stage, attempt) = (stage.clone(), attempt.clone());
                Callback::from(move |()| {
                    stage.set(Stage::Fetching);
                    attempt.set(*attempt + 1);
                })
            };
            failed_notice(lang, tr(lang, Text::PartFailed), &retry)
        }
    }
}
