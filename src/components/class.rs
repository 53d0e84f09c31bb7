//! An element's `class` from a few static names, joined without formatting: a map zoom
//! redraws some 200 countries, whose classes `classes!` and `format!` built afresh, name by
//! name, in every frame (issue 16). (`html!` still turns any dynamic `class` into yew's
//! class list; vendor/yew keeps that a short list, not a hash set.)

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
