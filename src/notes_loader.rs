//! Fetches a language's summaries and figure notes (`notes-<lang>.txt`, from the widget's
//! own folder) when a widget first shows or searches them: a record's detail, a search, the
//! disagreements, an export or the evidence sheet. The first screen draws titles only, so a
//! reader who never opens a record does not download them.

use crate::i18n::Lang;
use crate::lazy_file::{self, Status};
use crate::texts;
use yew::prelude::*;

/// The file of `lang`'s notes, relative to the widget's folder.
pub fn notes_file(lang: Lang) -> String {
    format!("notes-{}.txt.lzma", lang.code())
}

/// Where `lang`'s notes stand for `widget` (its `use_force_update`), fetching them from
/// `base` when it renders without them (see `lazy_file::wanted`).
pub fn notes(lang: Lang, base: &str, widget: &UseForceUpdateHandle) -> Status {
    let install = move |bytes: &[u8]| texts::install_notes(lang, bytes);
    lazy_file::wanted(
        &notes_file(lang),
        texts::notes_installed(lang),
        install,
        base,
        widget,
    )
}

/// Fetches `lang`'s notes again after a failure.
pub fn retry(lang: Lang, base: &str, widget: &UseForceUpdateHandle) {
    let install = move |bytes: &[u8]| texts::install_notes(lang, bytes);
    lazy_file::load(&notes_file(lang), base, widget, Box::new(install));
}

/// Where `lang`'s notes stand, without asking for them.
pub fn status(lang: Lang) -> Status {
    lazy_file::status(&notes_file(lang), texts::notes_installed(lang))
}
