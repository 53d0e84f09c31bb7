//! The widget's whole state and the one pure function that changes it.
//!
//! **Invariant:** components never change state themselves; they send an [`Action`] and
//! [`apply`] returns the next state. The URL is written from the state, never the other
//! way round after start-up (Back and Forward excepted: they replace the state whole).

use crate::i18n::Lang;
use crate::record::RecordRef;

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

/// Everything the widget shows, in one value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WidgetState {
    /// The view on screen.
    pub view: View,
    /// Interface language.
    pub lang: Lang,
    /// The record highlighted in every view and shown in the detail panel.
    pub selected: Option<RecordRef>,
}

/// Something the user (or the host page) asked for.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Switch view.
    SetView(View),
    /// Switch language.
    SetLang(Lang),
    /// Select a record, or clear the selection.
    Select(Option<RecordRef>),
}

/// The state after `action`.
pub fn apply(state: &WidgetState, action: Action) -> WidgetState {
    let mut next = state.clone();
    match action {
        Action::SetView(view) => next.view = view,
        Action::SetLang(lang) => next.lang = lang,
        Action::Select(selected) => next.selected = selected,
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn switching_view_keeps_the_selection() {
        let first = RecordRef::all().next();
        let s = apply(&WidgetState::default(), Action::Select(first));
        let s = apply(&s, Action::SetView(View::Map));
        assert_eq!(s.view, View::Map);
        assert_eq!(s.selected, first);
    }

    #[test]
    fn view_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("Map"), None);
    }
}
