//! The state hook: the pure reducer of `state` wired into Yew, and live host options.

use crate::options::Options;
use crate::state::{apply, Action, WidgetState};
use std::rc::Rc;
use yew::prelude::*;

impl Reducible for WidgetState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = apply(&self, action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The widget state, starting from the host's options. Later changes of an option
/// (an attribute edited by the host page) are applied as actions; options that did not
/// change leave the user's choices alone.
#[hook]
pub fn use_widget_state(options: &Options) -> UseReducerHandle<WidgetState> {
    let state = use_reducer_eq(|| WidgetState {
        view: options.view,
        lang: options.lang,
        ..WidgetState::default()
    });
    let previous = use_mut_ref(|| options.clone());
    {
        let state = state.clone();
        use_effect_with(options.clone(), move |options| {
            let mut previous = previous.borrow_mut();
            if previous.view != options.view {
                state.dispatch(Action::SetView(options.view));
            }
            if previous.lang != options.lang {
                state.dispatch(Action::SetLang(options.lang));
            }
            *previous = options.clone();
        });
    }
    state
}
