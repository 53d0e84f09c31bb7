//! An element's `class` from a few names. Yew's `classes!` builds a hash set per element
//! (to drop repeated names, which ours never have), hashing each name: a map zoom redraws
//! some 200 countries, so that was a hash set and a dozen hashes per country per frame, and
//! the set's code in every reader's wasm (issue 16). This joins the names directly.

use yew::AttrValue;

/// `names` joined by spaces, the empty ones left out; `None` (no attribute) when all are.
pub fn class(names: &[&str]) -> Option<AttrValue> {
    let mut present = names.iter().filter(|n| !n.is_empty());
    let first = present.next()?;
    let mut text = String::from(*first);
    for name in present {
        text.push(' ');
        text.push_str(name);
    }
    Some(AttrValue::from(text))
}

/// `name` when `on`, else nothing: the optional names of [`class`].
pub fn flag(on: bool, name: &'static str) -> &'static str {
    if on {
        name
    } else {
        ""
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_the_present_names_and_drops_the_attribute_when_none_is() {
        assert_eq!(
            class(&["ma-item", flag(true, "ma-selected")]).as_deref(),
            Some("ma-item ma-selected")
        );
        assert_eq!(
            class(&["ma-item", flag(false, "ma-selected"), ""]).as_deref(),
            Some("ma-item")
        );
        assert_eq!(
            class(&["", flag(true, "ma-current")]).as_deref(),
            Some("ma-current")
        );
        assert_eq!(class(&[flag(false, "ma-current")]), None);
        assert_eq!(class(&[]), None);
    }
}
