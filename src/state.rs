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

/// Records the reader asked to see listed together: the records of a "+N" count on the
/// timeline, or the posts of a cluster on the map. Shown in the detail sheet; like the open
/// panel, not part of the shared view.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordList {
    /// What the records have in common.
    pub kind: ListKind,
    /// The records, in the order shown.
    pub records: Vec<RecordRef>,
}

/// What a [`RecordList`] gathers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// Records of one timeline lane, too close together to draw apart.
    Lane(Topic),
    /// Posts too close together on the map to draw apart.
    Posts,
}

/// Table columns the reader can sort by (see `layout::table::Column::sort_key`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SortKey {
    /// By date (undated last).
    #[default]
    Date,
    /// By kind of record, then of event or post.
    Kind,
    /// By title.
    Title,
    /// By first country.
    Place,
    /// By first source.
    Source,
    /// By an agreement's or a post's status.
    Status,
    /// By an agreement's signature.
    Signed,
    /// By an agreement's entry into force.
    InForce,
    /// By a post's city.
    City,
    /// By a figure's value.
    Value,
    /// By how a figure is qualified.
    Qualifier,
}

impl SortKey {
    /// Every sort key.
    pub const ALL: [SortKey; 11] = [
        SortKey::Date,
        SortKey::Kind,
        SortKey::Title,
        SortKey::Place,
        SortKey::Source,
        SortKey::Status,
        SortKey::Signed,
        SortKey::InForce,
        SortKey::City,
        SortKey::Value,
        SortKey::Qualifier,
    ];

    /// The key used in URLs.
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Date => "date",
            SortKey::Kind => "kind",
            SortKey::Title => "title",
            SortKey::Place => "place",
            SortKey::Source => "source",
            SortKey::Status => "status",
            SortKey::Signed => "signed",
            SortKey::InForce => "in-force",
            SortKey::City => "city",
            SortKey::Value => "value",
            SortKey::Qualifier => "qualifier",
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

impl Panel {
    /// The panel's name in the interface's markup (`data-panel`).
    pub fn key(self) -> &'static str {
        match self {
            Panel::Closed => "closed",
            Panel::Filters => "filters",
            Panel::Share => "share",
            Panel::Disagreements => "disagreements",
        }
    }
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
    /// A list of records shown in the detail sheet (with `selected`, the one of them
    /// opened from it).
    pub list: Option<RecordList>,
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
    /// Select a record or place, or clear the selection (and any list: the sheet closes).
    Select(Option<Selection>),
    /// Show a list of records in the detail sheet.
    ShowList(RecordList),
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
    /// Turn option `.1` of the facet keyed `.0` on or off (see `facets::FACETS`): what the
    /// filter panel sends for every facet, so a new facet needs no action of its own.
    Toggle(&'static str, usize),
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
        Action::Select(selected) => {
            // A record picked from the list keeps the list (the sheet offers the way back);
            // anything else replaces it.
            let from_list = match (&next.list, selected) {
                (Some(list), Some(Selection::Record(r))) => list.records.contains(&r),
                _ => false,
            };
            if !from_list {
                next.list = None;
            }
            next.selected = selected;
        }
        Action::ShowList(list) => {
            next.list = Some(list);
            next.selected = None;
        }
        Action::ToggleTopic(t) => f.topics.toggle(t),
        Action::ToggleCountry(c) => f.countries.toggle(c),
        Action::ToggleSource(s) => f.sources.toggle(s),
        Action::ToggleStatus(s) => f.statuses.toggle(s),
        Action::TogglePostKind(k) => f.post_kinds.toggle(k),
        Action::Toggle(key, option) => {
            if let Some(o) = crate::facets::by_key(key).and_then(|d| d.options()) {
                if option < (o.len)() {
                    (o.toggle)(f, option);
                }
            }
        }
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
    fn a_generic_toggle_reaches_every_option_of_every_facet_and_ignores_unknown_ones() {
        let s0 = WidgetState::default();
        for d in &crate::facets::FACETS {
            let Some(o) = d.options() else { continue };
            for i in 0..(o.len)() {
                let s1 = apply(&s0, Action::Toggle(d.key, i));
                assert!((o.has)(&s1.filters, i), "{} {i}", d.key);
                assert_eq!(apply(&s1, Action::Toggle(d.key, i)), s0);
            }
            assert_eq!(apply(&s0, Action::Toggle(d.key, (o.len)())), s0);
        }
        assert_eq!(apply(&s0, Action::Toggle("zz", 0)), s0);
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
    fn a_record_picked_from_a_list_keeps_the_list_and_closing_clears_both() {
        let records: Vec<RecordRef> = RecordRef::all().take(3).collect();
        let list = RecordList {
            kind: ListKind::Posts,
            records: records.clone(),
        };
        let s = apply(&WidgetState::default(), Action::ShowList(list.clone()));
        assert_eq!(s.list.as_ref(), Some(&list));
        let s = apply(&s, Action::Select(Some(Selection::Record(records[1]))));
        assert_eq!(
            s.list.as_ref(),
            Some(&list),
            "the way back to the list stays"
        );
        assert_eq!(s.selected, Some(Selection::Record(records[1])));
        let back = apply(&s, Action::ShowList(list.clone()));
        assert_eq!(back.selected, None);
        let elsewhere = apply(&s, Action::Select(Some(Selection::Place("RUS"))));
        assert_eq!(
            elsewhere.list, None,
            "a selection elsewhere replaces the list"
        );
        let closed = apply(&s, Action::Select(None));
        assert_eq!((closed.selected, closed.list), (None, None));
    }

    #[test]
    fn view_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("Map"), None);
    }
}
