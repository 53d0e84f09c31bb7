//! Migration Atlas: an embeddable timeline and map of Kyrgyz labour migration, the
//! agreements that protect migrants and Kyrgyzstan's posts abroad, every fact cited to
//! the paragraph of the UN or NGO document it comes from.
//!
//! Reading order: the pure core (`model` → `dataset` + `texts` → `record` → `format`, `state`,
//! `options`) holds the logic and imports neither `yew` nor `web-sys`; `components` and
//! `hooks` draw it; `embed` is the only door to the host page. See ARCHITECTURE.md.

pub mod collections;
pub mod dataset;
pub mod disagreements;
pub mod evidence;
pub mod export;
pub mod facets;
pub mod figures;
pub mod filter;
pub mod fold;
pub mod format;
pub mod gesture;
pub mod i18n;
pub mod key_figures;
pub mod layers;
pub mod layout;
pub mod model;
pub mod options;
pub mod paragraphs;
pub mod picture;
pub mod query;
pub mod record;
pub mod related;
pub mod render_count;
pub mod scale;
pub mod share;
pub mod state;
pub mod texts;
pub mod time;
pub mod viewport;

// What draws and what talks to the page. `--features core-floor` leaves all of it out
// (and Yew with it) for the core's floor in bytes (`core_floor`, `scripts/core-floor`);
// that such a build compiles is also the check that the core above imports none of it.
#[cfg(not(feature = "core-floor"))]
pub mod components;
#[cfg(not(feature = "core-floor"))]
pub mod download;
#[cfg(not(feature = "core-floor"))]
pub mod embed;
#[cfg(not(feature = "core-floor"))]
pub mod hooks;
#[cfg(not(feature = "core-floor"))]
pub mod lazy_file;
#[cfg(not(feature = "core-floor"))]
pub mod notes_loader;
#[cfg(not(feature = "core-floor"))]
pub mod paragraph_loader;
#[cfg(not(feature = "core-floor"))]
pub mod shapes_loader;
#[cfg(not(feature = "core-floor"))]
pub mod text_loader;

#[cfg(feature = "core-floor")]
pub mod core_floor;

/// Tells the developer console about something the reader need not see (a bad build, a
/// refused text); never panics.
pub fn report(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}
