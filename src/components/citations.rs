//! A record's citations as links to the official copies.
//!
//! A function, not a component: tables list hundreds of them, and a component instance
//! per cell made a filter change miss its frame (measured by `scripts/bench`).

use crate::format;
use crate::i18n::Lang;
use crate::model::Citation;
use yew::prelude::*;

/// "CMW/C/KGZ/2, para. 127; …", each a link when the document has an official copy.
/// Links send no referrer, so the host page's address does not leak to the UN site.
pub fn citations(cite: &'static [Citation], lang: Lang) -> Html {
    let items = cite.iter().map(|c| {
        let source = crate::dataset::source_of(c);
        let title = format::source_title(c.source, lang);
        let label = format::citation(c, lang);
        // An `<a>` either way, without an address when the document has no official copy
        // (plain text then, style.css): a table row that changes from one to the other keeps
        // its element, where a `<span>` in place of an `<a>` was made anew.
        let href = (!source.url.is_empty()).then_some(source.url);
        html! { <li>
            <a {href} target="_blank" rel="noopener noreferrer" referrerpolicy="no-referrer" title={title}>{label}</a>
        </li> }
    });
    html! { <ul class="ma-cites">{ for items }</ul> }
}
