//! What a filter empties stays in the page, hidden, to be shown again: a reader who turns a
//! topic off and on again gets the same elements back instead of the browser building them
//! anew (issue 16's filter change). The timeline's lanes and its charts keep theirs so.

use std::cell::RefCell;
use std::rc::Rc;

/// The class of marks kept, hidden, where a filter emptied their place (the timeline's
/// lanes): they are in the page but not drawn, so nothing looks for a mark inside them.
pub const KEPT: &str = "ma-kept";

/// Appended to a selector, finds only marks that are drawn (not inside [`KEPT`]).
pub const DRAWN: &str = ":not(.ma-kept *)";

/// `value`, or while it is `empty` the last value that was not, and whether that earlier
/// value is what is returned (the caller draws it hidden). Before anything was shown,
/// an empty `value` is returned as it is. `kept` is the component's own slot
/// (`use_mut_ref`): a plain function, since a `#[hook]` cost 190 B more of wasm.
pub fn kept<T>(kept: &RefCell<Option<Rc<T>>>, value: Rc<T>, empty: bool) -> (Rc<T>, bool) {
    if !empty {
        *kept.borrow_mut() = Some(value.clone());
        return (value, false);
    }
    let earlier = kept.borrow().clone();
    match earlier {
        Some(earlier) => (earlier, true),
        None => (value, false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_marks_are_left_out_by_the_class_that_keeps_them() {
        assert_eq!(DRAWN, format!(":not(.{KEPT} *)"));
    }
}
