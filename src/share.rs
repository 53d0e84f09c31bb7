//! Sharing a view: the embed snippets that carry it, and which changes of it earn their
//! own history entry. Pure text and comparisons; the share panel and the URL hook draw
//! and write what these return.

use crate::query;
use crate::state::WidgetState;

/// Panning and zooming replace the history entry; anything else is worth a Back.
/// The open panel and the notices are not part of the shared view, so they never are.
pub fn meaningful_change(before: &WidgetState, after: &WidgetState) -> bool {
    let strip = |s: &WidgetState| WidgetState {
        timeline: Default::default(),
        map: Default::default(),
        panel: Default::default(),
        list: None,
        notices: Vec::new(),
        ..s.clone()
    };
    strip(before) != strip(after)
}

/// The address `page` (absolute, or a path of `origin`) with `value` under the query
/// parameter `key`: its other parameters and its `#hash` kept, byte for byte.
pub fn link_on(page: &str, origin: &str, key: &str, value: Option<&str>) -> String {
    let (before, hash) = page.split_at(page.find('#').unwrap_or(page.len()));
    let (path, search) = before.split_at(before.find('?').unwrap_or(before.len()));
    let origin = if path.starts_with('/') { origin } else { "" };
    format!(
        "{origin}{path}{}{hash}",
        query::with_param(search, key, value)
    )
}

/// Embed snippets carrying `state`, as `(custom element, iframe)`; `base` is where the
/// widget's files are (ending in `/`, or empty for the page's own folder). The state is
/// written relative to a widget with no options, so the snippet does not depend on the
/// options of the page it was copied from. The value is percent-encoded by
/// [`query::write`], so it never holds a quote or an angle bracket.
pub fn embed_code(state: &WidgetState, base: &str) -> (String, String) {
    let value = query::write(state, &WidgetState::default()).unwrap_or_default();
    let element = format!(
        "<script type=\"module\" src=\"{base}migration-atlas.js\"></script>\n<migration-atlas lang=\"{}\"{}></migration-atlas>",
        state.lang.code(),
        if value.is_empty() { String::new() } else { format!(" state=\"{value}\"") }
    );
    let iframe = format!(
        "<iframe data-migration-atlas src=\"{base}embed.html?lang={}{}\" title=\"Migration Atlas\" allow=\"clipboard-write\" style=\"width:100%;border:0;height:640px\"></iframe>\n<script src=\"{base}embed-host.js\" defer></script>",
        state.lang.code(),
        if value.is_empty() { String::new() } else { format!("&atlas={value}") }
    );
    (element, iframe)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::filter::Topic;
    use crate::i18n::Lang;
    use crate::state::{apply, Action, Layer, Panel, SortKey, View};
    use crate::viewport::{MapView, TimeWindow};

    const BASE: &str = "https://example.org/atlas/";

    /// The value of `name="…"` in `html`.
    fn attribute<'a>(html: &'a str, name: &str) -> Option<&'a str> {
        let start = html.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = html[start..].find('"')?;
        Some(&html[start..start + len])
    }

    fn shared() -> WidgetState {
        let mut s = WidgetState::default();
        for action in [
            Action::SetView(View::Map),
            Action::SetLang(Lang::Ru),
            Action::ToggleCountry("RUS"),
            Action::ToggleTopic(Topic::Agreements),
            Action::SetText("pension \"<b>\" & more".into()),
        ] {
            s = apply(&s, action);
        }
        s
    }

    #[test]
    fn panning_and_zooming_are_not_worth_a_history_entry() {
        let s = WidgetState::default();
        let panned = apply(&s, Action::SetTimeline(TimeWindow::default().pan(3.0)));
        let zoomed = apply(
            &s,
            Action::SetMap(Some(MapView::world().zoom_at(2.0, (100.0, 50.0)))),
        );
        let opened = apply(&s, Action::Open(Panel::Filters));
        let noticed = WidgetState {
            notices: vec!["a notice".into()],
            ..s.clone()
        };
        for other in [&panned, &zoomed, &opened, &noticed] {
            assert_ne!(*other, s, "the action changed something");
            assert!(!meaningful_change(&s, other), "{other:?}");
        }
    }

    #[test]
    fn choosing_a_view_a_filter_or_a_record_is_worth_a_history_entry() {
        let s = WidgetState::default();
        let record = crate::record::RecordRef::all()
            .next()
            .map(crate::state::Selection::Record);
        for action in [
            Action::SetView(View::Table),
            Action::SetLang(Lang::Ky),
            Action::ToggleTopic(Topic::Crisis),
            Action::SetText("amnesty".into()),
            Action::Select(record),
            Action::ToggleLayer(Layer::Flows),
            Action::SortBy(SortKey::Title),
        ] {
            let next = apply(&s, action.clone());
            assert!(meaningful_change(&s, &next), "{action:?}");
            // A pan on top of it does not hide it.
            let panned = apply(&next, Action::SetTimeline(TimeWindow::default().pan(1.0)));
            assert!(meaningful_change(&s, &panned), "{action:?} then a pan");
        }
    }

    #[test]
    fn a_link_on_the_host_page_keeps_its_address_and_adds_the_view() {
        // Issue 12: inside the iframe, "Copy link" gave the bare embed.html address.
        let page = "https://news.example/2024/story?id=4&x#comments";
        assert_eq!(
            link_on(page, "", "atlas", Some("1;v:map")),
            "https://news.example/2024/story?id=4&x&atlas=1;v:map#comments"
        );
        assert_eq!(
            link_on(
                "/story?atlas=1;v:table",
                "https://a.example",
                "atlas",
                Some("1;v:map")
            ),
            "https://a.example/story?atlas=1;v:map"
        );
        assert_eq!(
            link_on("https://a.example/s", "", "atlas", None),
            "https://a.example/s"
        );
    }

    #[test]
    fn the_default_view_embeds_without_a_state() {
        let (element, iframe) = embed_code(&WidgetState::default(), BASE);
        assert_eq!(
            element,
            "<script type=\"module\" src=\"https://example.org/atlas/migration-atlas.js\"></script>\n<migration-atlas lang=\"en\"></migration-atlas>"
        );
        assert_eq!(
            attribute(&iframe, "src"),
            Some("https://example.org/atlas/embed.html?lang=en")
        );
        assert!(iframe
            .ends_with("<script src=\"https://example.org/atlas/embed-host.js\" defer></script>"));
    }

    #[test]
    fn both_snippets_reopen_the_shared_view() {
        let state = shared();
        let (element, iframe) = embed_code(&state, BASE);
        assert_eq!(attribute(&element, "lang"), Some("ru"));
        let value = attribute(&element, "state").expect("a state attribute");
        let src = attribute(&iframe, "src").expect("an iframe src");
        assert_eq!(src, format!("{BASE}embed.html?lang=ru&atlas={value}"));
        // Read back as the widget reads it: the language from the attribute, then the state.
        let base = WidgetState {
            lang: Lang::Ru,
            ..WidgetState::default()
        };
        let reading = query::read(value, &base);
        assert_eq!(reading.dropped, Vec::<String>::new());
        assert_eq!(reading.state, state);
    }

    #[test]
    fn reader_text_cannot_break_out_of_the_snippets() {
        let (element, iframe) = embed_code(&shared(), BASE);
        for html in [&element, &iframe] {
            assert!(!html.contains("<b>"), "{html}");
            assert!(!html.contains(" & "), "{html}");
        }
        // Every quote is a delimiter the template wrote: 4 attributes, 2 quotes each.
        assert_eq!(element.matches('"').count(), 2 * 4);
        assert_eq!(element.matches('<').count(), 4);
    }

    #[test]
    fn an_empty_base_gives_paths_relative_to_the_page() {
        let (element, iframe) = embed_code(&WidgetState::default(), "");
        assert_eq!(attribute(&element, "src"), Some("migration-atlas.js"));
        assert_eq!(attribute(&iframe, "src"), Some("embed.html?lang=en"));
    }
}
