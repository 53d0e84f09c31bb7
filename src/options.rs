//! The host page's options (element attributes, `mount` options, iframe query), read
//! leniently: a bad value is reported once and replaced by its default, never fatal.

use crate::i18n::Lang;
use crate::state::View;

/// An option value as the host wrote it, before it is understood.
#[derive(Clone, Debug, PartialEq)]
pub enum Loose {
    /// A string (every attribute is one).
    Str(String),
    /// A number.
    Num(f64),
    /// A boolean.
    Bool(bool),
    /// Anything else (objects, arrays).
    Other,
    /// `null` or `undefined`: back to the default (an attribute that was removed).
    Unset,
}

/// How tall the widget is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Height {
    /// As tall as its content.
    #[default]
    Auto,
    /// A fixed height in CSS pixels; views scroll inside it.
    Px(u32),
}

/// The colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The reader's (`prefers-color-scheme`).
    #[default]
    Auto,
    /// Light, whatever the reader prefers.
    Light,
    /// Dark, whatever the reader prefers.
    Dark,
}

impl Theme {
    /// Every theme, as the option is written.
    pub const ALL: [(Theme, &'static str); 3] = [
        (Theme::Auto, "auto"),
        (Theme::Light, "light"),
        (Theme::Dark, "dark"),
    ];

    /// The CSS class that pins the scheme, if any.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("ma-theme-light"),
            Theme::Dark => Some("ma-theme-dark"),
        }
    }
}

/// Smallest and largest fixed heights, in CSS pixels: below 240 nothing fits; above
/// 5000 is almost certainly a typo.
pub const HEIGHT_RANGE: std::ops::RangeInclusive<u32> = 240..=5000;

/// The URL query key the widget uses unless told otherwise.
pub const DEFAULT_URL_KEY: &str = "atlas";

/// Options after reading.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Interface language.
    pub lang: Lang,
    /// The view to open on (a state in the URL wins over it).
    pub view: View,
    /// Height.
    pub height: Height,
    /// The query parameter that carries the view; `None` turns URL sync off.
    pub url_key: Option<String>,
    /// A state string (as in the URL) to open with, e.g. from "copy embed code".
    pub state: Option<String>,
    /// Where the widget's files are served from (set by `migration-atlas.js` from its own
    /// address), for "copy embed code".
    pub asset_base: Option<String>,
    /// Light, dark, or the reader's scheme.
    pub theme: Theme,
    /// The page a shared link opens (the article around an iframe, say); the page the
    /// widget is on when `None`.
    pub share_url: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::default(),
            view: View::Timeline,
            height: Height::Auto,
            url_key: Some(DEFAULT_URL_KEY.to_string()),
            state: None,
            asset_base: None,
            theme: Theme::Auto,
            share_url: None,
        }
    }
}

/// Names of every option, as attributes and as `mount` keys (camelCase accepted too).
pub const NAMES: [&str; 8] = [
    "lang",
    "view",
    "height",
    "url-key",
    "state",
    "asset-base",
    "theme",
    "share-url",
];

fn text(value: &Loose) -> Option<String> {
    match value {
        Loose::Str(s) => Some(s.trim().to_string()),
        Loose::Num(n) => Some(whole_number(*n)),
        Loose::Bool(b) => Some(b.to_string()),
        Loose::Other | Loose::Unset => None,
    }
}

/// The one spelling of an option's name (`urlKey` and `url_key` are `url-key`).
fn canonical(name: &str) -> &str {
    match name {
        "urlKey" | "url_key" => "url-key",
        "assetBase" | "asset_base" => "asset-base",
        "shareUrl" | "share_url" => "share-url",
        other => other,
    }
}

/// Lays `changes` over the options the host gave so far (`raw`): a name given again takes
/// its new value, however it is spelt; `null` or `undefined` removes it (its default
/// returns); names not mentioned keep their values. `update({ view: 'map' })` after
/// `mount(el, { lang: 'ru' })` stays Russian. Resolve the result once with [`resolve`].
pub fn merge(raw: &mut Vec<(String, Loose)>, changes: Vec<(String, Loose)>) {
    for (name, value) in changes {
        let name = canonical(&name).to_string();
        raw.retain(|(n, _)| *n != name);
        if value != Loose::Unset {
            raw.push((name, value));
        }
    }
}

/// Reads `raw` (name, value) pairs; returns the options and one warning per bad value.
pub fn resolve(raw: &[(String, Loose)]) -> (Options, Vec<String>) {
    let mut options = Options::default();
    let mut warnings = Vec::new();
    for (name, value) in raw {
        let name = canonical(name);
        if *value == Loose::Unset {
            continue;
        }
        let Some(value) = text(value) else {
            warnings.push(format!(
                "option '{name}' must be a string or number; ignored"
            ));
            continue;
        };
        match name {
            "lang" => match Lang::from_code(&value) {
                Some(lang) => options.lang = lang,
                None if value.is_empty() => {}
                None => warnings.push(format!("lang '{value}' is not one of en, ru, ky; using en")),
            },
            "view" => match View::from_key(&value) {
                Some(view) => options.view = view,
                None => warnings.push(format!("view '{value}' is not one of timeline, map, table; using timeline")),
            },
            "height" => match parse_height(&value) {
                Some(h) => options.height = h,
                None => warnings.push(format!(
                    "height '{value}' is not 'auto' or a number of pixels from {} to {}; using auto",
                    HEIGHT_RANGE.start(),
                    HEIGHT_RANGE.end()
                )),
            },
            "url-key" => {
                if value.is_empty() || value == "none" || value == "false" {
                    options.url_key = None;
                } else if value.len() <= 32 && value.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
                    options.url_key = Some(value);
                } else {
                    warnings.push(format!("url-key '{value}' must be up to 32 letters, digits, - or _; using '{DEFAULT_URL_KEY}'"));
                }
            }
            "state" => options.state = (!value.is_empty()).then_some(value),
            "theme" => match Theme::ALL.iter().find(|(_, key)| *key == value || value.is_empty()) {
                Some((theme, _)) => options.theme = *theme,
                None => warnings.push(format!("theme '{value}' is not one of auto, light, dark; using auto")),
            },
            "share-url" => {
                if value.is_empty() {
                    options.share_url = None;
                } else if address(&value, 2000) {
                    options.share_url = Some(value);
                } else {
                    warnings.push("share-url must be an http(s) address or a path; ignored".to_string());
                }
            }
            "asset-base" => {
                if address(&value, 500) {
                    options.asset_base = Some(if value.ends_with('/') { value } else { format!("{value}/") });
                } else {
                    warnings.push("asset-base must be an http(s) address or a path; ignored".to_string());
                }
            }
            other => warnings.push(format!("unknown option '{other}' ignored (known: {})", NAMES.join(", "))),
        }
    }
    (options, warnings)
}

/// Whether `value` is an http(s) address or a path of at most `max` bytes with nothing
/// that could end an attribute or a tag it is copied into.
fn address(value: &str, max: usize) -> bool {
    value.len() <= max
        && (value.starts_with("https://") || value.starts_with("http://") || value.starts_with('/'))
        && !value.contains(['"', '<', '>', '\'', ' ', '\n', '\t'])
}

/// Writes a number given through the JS API as text without pulling float formatting
/// into the wasm (it costs ~15 KB): whole numbers as digits, anything else as "?".
fn whole_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e9 {
        (n as i64).to_string()
    } else {
        "?".to_string()
    }
}

fn parse_height(value: &str) -> Option<Height> {
    if value.is_empty() || value == "auto" {
        return Some(Height::Auto);
    }
    let number = value.strip_suffix("px").unwrap_or(value).trim();
    let px: u32 = number.parse().ok()?;
    HEIGHT_RANGE.contains(&px).then_some(Height::Px(px))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(name: &str, value: &str) -> (String, Loose) {
        (name.to_string(), Loose::Str(value.to_string()))
    }

    #[test]
    fn good_options_are_taken() {
        let (o, w) = resolve(&[
            s("lang", "ru"),
            s("view", "map"),
            s("height", "600px"),
            s("url-key", "atlas2"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.lang, Lang::Ru);
        assert_eq!(o.view, View::Map);
        assert_eq!(o.height, Height::Px(600));
        assert_eq!(o.url_key.as_deref(), Some("atlas2"));
    }

    #[test]
    fn each_bad_value_gives_one_warning_and_its_default() {
        let raw = [
            s("lang", "klingon"),
            s("view", "globe"),
            s("height", "-5"),
            s("url-key", "a&b=c"),
            s("colour", "red"),
            ("state".to_string(), Loose::Other),
        ];
        let (o, w) = resolve(&raw);
        assert_eq!(w.len(), raw.len(), "{w:?}");
        assert_eq!(o, Options::default());
    }

    #[test]
    fn numbers_and_camel_case_keys_are_understood() {
        let (o, w) = resolve(&[("height".into(), Loose::Num(480.0)), s("urlKey", "none")]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.height, Height::Px(480));
        assert_eq!(o.url_key, None);
    }

    #[test]
    fn merging_keeps_what_an_update_does_not_name() {
        // Issue 9: update({ view: 'map' }) after mount(el, { view: 'table', lang: 'ru', … })
        // used to drop the language, the asset base and the URL key.
        let mut raw = vec![
            s("assetBase", "https://example.org/atlas/"),
            s("view", "table"),
            s("lang", "ru"),
            s("urlKey", "a1"),
        ];
        merge(&mut raw, vec![s("view", "map")]);
        let (o, w) = resolve(&raw);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!((o.view, o.lang), (View::Map, Lang::Ru));
        assert_eq!(o.asset_base.as_deref(), Some("https://example.org/atlas/"));
        assert_eq!(o.url_key.as_deref(), Some("a1"));
        // Another spelling of the same name replaces it; null brings the default back.
        merge(
            &mut raw,
            vec![s("url-key", "b2"), ("lang".into(), Loose::Unset)],
        );
        let (o, _) = resolve(&raw);
        assert_eq!(o.url_key.as_deref(), Some("b2"));
        assert_eq!(o.lang, Lang::En);
        assert_eq!(raw.iter().filter(|(n, _)| n == "url-key").count(), 1);
    }

    #[test]
    fn theme_and_share_url_are_read_and_checked() {
        let (o, w) = resolve(&[
            s("theme", "dark"),
            s("shareUrl", "https://news.example/story?id=4#atlas"),
        ]);
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(o.theme, Theme::Dark);
        assert_eq!(
            o.share_url.as_deref(),
            Some("https://news.example/story?id=4#atlas")
        );
        let (o, w) = resolve(&[s("theme", "sepia"), s("share-url", "javascript:alert(1)")]);
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!((o.theme, o.share_url), (Theme::Auto, None));
        assert_eq!(
            resolve(&[s("theme", "light")]).0.theme.class(),
            Some("ma-theme-light")
        );
    }

    #[test]
    fn heights_outside_the_sane_range_are_refused() {
        assert_eq!(parse_height("100"), None);
        assert_eq!(parse_height("99999"), None);
        assert_eq!(parse_height("480.5"), None);
        assert_eq!(parse_height("auto"), Some(Height::Auto));
    }
}
