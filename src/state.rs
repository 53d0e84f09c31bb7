//! The widget's whole state and the one pure function that changes it.
//!
//! **Invariant:** components never change state themselves; they send an [`Action`] and
//! [`apply`] returns the next state. The URL is written from the state, never the other
//! way round after start-up (Back and Forward excepted: they replace the state whole).

use crate::filter::{Filters, Topic, MAX_TEXT};
use crate::i18n::Lang;
pub use crate::layers::{Layer, Layers};
use crate::model::{PostKind, Status};
use crate::record::RecordRef;
use crate::time::MonthRange;
use crate::viewport::{MapView, TimeWindow};

/// Which view fills the widget.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    /// Events along time.
    #[default]
    Timeline,
    /// Countries and posts.
    Map,
    /// Every record in rows.
    Table,
}

impl View {
    /// Every view, in switch order.
    pub const ALL: [View; 3] = [View::Timeline, View::Map, View::Table];

    /// The key used in options and URLs.
    pub fn key(self) -> &'static str {
        match self {
            View::Timeline => "timeline",
            View::Map => "map",
            View::Table => "table",
        }
    }

    /// Inverse of [`View::key`].
    pub fn from_key(key: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// What the detail panel is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// One record.
    Record(RecordRef),
    /// A country (or organisation): every record about it.
    Place(&'static str),
}

/// Table columns the reader can sort by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// By date (undated last).
    #[default]
    Date,
    /// By kind of record.
    Kind,
    /// By title.
    Title,
    /// By first country.
    Place,
    /// By first source.
    Source,
}

impl SortKey {
    /// Every sort key, in column order.
    pub const ALL: [SortKey; 5] = [
        SortKey::Date,
        SortKey::Kind,
        SortKey::Title,
        SortKey::Place,
        SortKey::Source,
    ];

    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Kind => "kind",
            SortKey::Title => "title",
            SortKey::Place => "place",
            SortKey::Source => "source",
        }
    }

    /// Inverse of [`SortKey::key`].
    pub fn from_key(key: &str) -> Option<SortKey> {
        SortKey::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The table's order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Sort {
    /// Column.
    pub key: SortKey,
    /// Largest first.
    pub descending: bool,
}

/// Which side panel is open, if any (not part of the shared view).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Panel {
    /// None.
    #[default]
    Closed,
    /// The filters.
    Filters,
    /// Copy link and embed code.
    Share,
    /// Every disagreement between documents.
    Disagreements,
}

/// Everything the widget shows, in one value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetState {
    /// The view on screen.
    pub view: View,
    /// Interface language.
    pub lang: Lang,
    /// What the records are narrowed to.
    pub filters: Filters,
    /// What the detail panel shows, highlighted in every view.
    pub selected: Option<Selection>,
    /// The timeline's visible time window.
    pub timeline: TimeWindow,
    /// The map's zoom and centre where the reader put them; `None`: fitted to the
    /// records, at whatever size the map is (the view it opens on).
    pub map: Option<MapView>,
    /// Map layers on and off.
    pub layers: Layers,
    /// Table order.
    pub sort: Sort,
    /// Open side panel.
    pub panel: Panel,
    /// Short messages for the reader (e.g. parts of a shared link that could not be read).
    pub notices: Vec<String>,
}

/// Something the user (or the host page) asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch view.
    SetView(View),
    /// Switch language.
    SetLang(Lang),
    /// Select a record or place, or clear the selection.
    Select(Option<Selection>),
    /// Turn a topic filter on or off.
    ToggleTopic(Topic),
    /// Turn a country filter on or off.
    ToggleCountry(&'static str),
    /// Turn a source filter on or off.
    ToggleSource(crate::dataset::SourceId),
    /// Turn an agreement-status filter on or off.
    ToggleStatus(Status),
    /// Turn a post-kind filter on or off.
    TogglePostKind(PostKind),
    /// Set or clear the time range.
    SetTime(Option<MonthRange>),
    /// Set the search text.
    SetText(String),
    /// Clear every filter.
    ResetFilters,
    /// Move or zoom the timeline window.
    SetTimeline(TimeWindow),
    /// Move or zoom the map (`None`: back to the view fitted to the records).
    SetMap(Option<MapView>),
    /// Turn a map layer on or off.
    ToggleLayer(Layer),
    /// Sort the table by a column (again: reverse).
    SortBy(SortKey),
    /// Open or close a side panel.
    Open(Panel),
    /// Dismiss the notices.
    DismissNotices,
    /// Replace the whole state (Back/Forward, or a shared link read at start-up).
    Replace(Box<WidgetState>),
}

/// The state after `action`.
pub fn apply(state: &WidgetState, action: Action) -> WidgetState {
    let mut next = state.clone();
    let f = &mut next.filters;
    match action {
        Action::SetView(view) => next.view = view,
        Action::SetLang(lang) => next.lang = lang,
        Action::Select(selected) => next.selected = selected,
        Action::ToggleTopic(t) => f.topics.toggle(t),
        Action::ToggleCountry(c) => f.countries.toggle(c),
        Action::ToggleSource(s) => f.sources.toggle(s),
        Action::ToggleStatus(s) => f.statuses.toggle(s),
        Action::TogglePostKind(k) => f.post_kinds.toggle(k),
        Action::SetTime(range) => f.time = range,
        Action::SetText(text) => f.text = text.chars().take(MAX_TEXT).collect(),
        Action::ResetFilters => *f = Filters::default(),
        Action::SetTimeline(window) => next.timeline = window.clamped(),
        Action::SetMap(view) => next.map = view.map(MapView::clamped),
        Action::ToggleLayer(layer) => {
            next.layers = next.layers.with(layer, !next.layers.get(layer))
        }
        Action::SortBy(key) => {
            next.sort = if next.sort.key == key {
                Sort {
                    key,
                    descending: !next.sort.descending,
                }
            } else {
                Sort {
                    key,
                    descending: false,
                }
            }
        }
        Action::Open(panel) => {
            next.panel = if next.panel == panel {
                Panel::Closed
            } else {
                panel
            }
        }
        Action::DismissNotices => next.notices.clear(),
        Action::Replace(whole) => {
            let notices = std::mem::take(&mut next.notices);
            next = *whole;
            if next.notices.is_empty() {
                next.notices = notices;
            }
        }
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_view_keeps_the_selection() {
        let first = RecordRef::all().next().map(Selection::Record);
        let s = apply(&WidgetState::default(), Action::Select(first));
        let s = apply(&s, Action::SetView(View::Map));
        assert_eq!(s.view, View::Map);
        assert_eq!(s.selected, first);
    }

    #[test]
    fn toggling_twice_restores_the_filters() {
        let s0 = WidgetState::default();
        let s1 = apply(&s0, Action::ToggleCountry("RUS"));
        assert!(s1.filters.countries.contains("RUS"));
        let s2 = apply(&s1, Action::ToggleCountry("RUS"));
        assert_eq!(s2, s0);
    }

    #[test]
    fn sorting_by_the_same_column_reverses_it() {
        let s = apply(&WidgetState::default(), Action::SortBy(SortKey::Title));
        assert_eq!(
            s.sort,
            Sort {
                key: SortKey::Title,
                descending: false
            }
        );
        let s = apply(&s, Action::SortBy(SortKey::Title));
        assert!(s.sort.descending);
    }

    #[test]
    fn reset_clears_every_filter_but_not_the_view() {
        let mut s = apply(&WidgetState::default(), Action::SetView(View::Table));
        s = apply(&s, Action::SetText("pension".into()));
        s = apply(&s, Action::ToggleTopic(Topic::Figures));
        s = apply(&s, Action::ResetFilters);
        assert!(s.filters.is_empty());
        assert_eq!(s.view, View::Table);
    }

    #[test]
    fn huge_search_text_is_cut() {
        let s = apply(&WidgetState::default(), Action::SetText("x".repeat(10_000)));
        assert_eq!(s.filters.text.chars().count(), MAX_TEXT);
    }

    #[test]
    fn view_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("Map"), None);
    }
}
