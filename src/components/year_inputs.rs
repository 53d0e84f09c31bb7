//! The From and To year boxes of the filters. What a reader types stays in the box until
//! it is a whole year (then it becomes the filter) or the box loses focus (then an
//! unfinished year is dropped). A box left empty is open on its side, and no default is
//! ever written into it: typing 2022 into To after From gives 2022, not "20312022".

use crate::i18n::{tr, Lang, Text};
use crate::state::Action;
use crate::time::{self, MonthRange, YEAR_INPUTS_TEXT};
use yew::prelude::*;

/// The text of a year box as the reader typed it; `None` shows the filter. The filter
/// panel holds one for From and one for To: a hook type the widget already has (a new
/// one, such as `Option<(bool, String)>`, cost 0.8 KB of raw wasm).
pub type Draft = UseStateHandle<Option<String>>;

/// The two year boxes and "any time", for the years filter `time` (the filter panel
/// draws the group around them).
pub fn year_inputs(
    time: Option<MonthRange>,
    drafts: &(Draft, Draft),
    lang: Lang,
    on_action: &Callback<Action>,
) -> Html {
    let shown = time::year_inputs(time);
    let year_box = |end: bool, label: Text| {
        let (mine, other) = if end {
            (shown.1, shown.0)
        } else {
            (shown.0, shown.1)
        };
        let draft = if end { &drafts.1 } else { &drafts.0 };
        // The filter a box's text asks for: an empty box opens its side, a whole year
        // sets it, anything else (an unfinished year) asks for nothing yet.
        let asks = move |text: &str| {
            let year = if text.trim().is_empty() {
                None
            } else {
                Some(time::complete_year(text)?)
            };
            let (from, to) = if end { (other, year) } else { (year, other) };
            Some(time::from_year_inputs(from, to))
        };
        // The reader's text while it is unfinished or agrees with the filter; the filter
        // otherwise (it changed elsewhere: Reset, the brush, Back).
        let value = match draft.as_ref() {
            Some(text) if asks(text).is_none_or(|r| r == time) => text.clone(),
            _ => mine.map(|y| y.to_string()).unwrap_or_default(),
        };
        let on_input = {
            let (draft, on_action) = (draft.clone(), on_action.clone());
            move |e: InputEvent| {
                let typed = e
                    .target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value();
                if let Some(range) = asks(&typed) {
                    on_action.emit(Action::SetTime(range));
                }
                draft.set(Some(typed));
            }
        };
        // Enter, or leaving a box whose text changed: an unfinished year is dropped and
        // the box shows the filter again.
        let on_change = {
            let draft = draft.clone();
            move |_: Event| draft.set(None)
        };
        html! {
            <label>{ tr(lang, label) }{ " " }
                <input type="number" min={YEAR_INPUTS_TEXT.0} max={YEAR_INPUTS_TEXT.1}
                    inputmode="numeric" data-year={if end { "to" } else { "from" }} value={value}
                    placeholder={if end { YEAR_INPUTS_TEXT.1 } else { YEAR_INPUTS_TEXT.0 }} oninput={on_input} onchange={on_change} />
            </label>
        }
    };
    html! { <>
        { year_box(false, Text::From) }
        { year_box(true, Text::To) }
        { if time.is_some() { html! {
            <button type="button" class="ma-button ma-small" onclick={on_action.reform(|_| Action::SetTime(None))}>{ tr(lang, Text::AnyTime) }</button>
        } } else { html! {} } }
    </> }
}
