//! The picture of the view on screen: its `<svg>` and its legend, read from the widget's own
//! DOM (so the picture is what the reader sees: the same zoom, layers and selection) and
//! composed into one SVG file by `picture::compose`.

use crate::download::serialize;
use crate::embed::STYLE;
use crate::evidence;
use crate::format::fixed;
use crate::i18n::{tr, Lang, Text};
use crate::picture::{compose, timeline_legend, LegendEntry, Picture, Svg};
use crate::state::View;
use wasm_bindgen::JsCast;
use web_sys::Element;

/// Every element of `root` matching `selector`.
fn all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn text_of(e: &Element) -> String {
    e.text_content().unwrap_or_default().trim().to_string()
}

/// The map legend as shown: each layer that is on, then its keys with their symbols.
fn map_legend(root: &Element) -> Vec<LegendEntry> {
    let mut out = Vec::new();
    for section in all(root, ".ma-legend section") {
        let on = first(&section, ".ma-layer-toggle input")
            .and_then(|i| i.dyn_into::<web_sys::HtmlInputElement>().ok())
            .is_some_and(|i| i.checked());
        if !on {
            continue;
        }
        if let Some(toggle) = first(&section, ".ma-layer-toggle") {
            out.push(LegendEntry {
                glyph: String::new(),
                label: text_of(&toggle),
                heading: true,
            });
        }
        for item in all(&section, ".ma-keys li") {
            let mut label = text_of(&item);
            let glyph = if let Some(svg) = first(&item, "svg.ma-glyph") {
                serialize(&svg).unwrap_or_default()
            } else if let Some(swatch) = first(&item, ".ma-swatch") {
                let class = swatch.class_name().replace("ma-swatch", "ma-c");
                format!("<rect class=\"{class}\" x=\"1\" y=\"1\" width=\"14\" height=\"14\"/>")
            } else if let Some(key) = first(&item, ".ma-disagree-key, .ma-cluster-key") {
                // The key's own character is part of the item's text: take it off the label.
                let mark = text_of(&key);
                label = label.trim_start_matches(mark.as_str()).trim().to_string();
                if key.class_name().contains("ma-cluster") {
                    format!("<circle class=\"ma-cluster\" cx=\"8\" cy=\"8\" r=\"7\"/><text class=\"ma-cluster-count\" x=\"8\" y=\"12\">{mark}</text>")
                } else {
                    "<text class=\"ma-disagree\" x=\"3\" y=\"14\">≠</text>".to_string()
                }
            } else {
                String::new()
            };
            out.push(LegendEntry {
                glyph,
                label,
                heading: false,
            });
        }
    }
    out
}

/// The picture of `view` as drawn inside `root` (the widget's `.ma-root`), or `None` for
/// the table or a view not on screen.
pub fn view_picture(
    root: &Element,
    view: View,
    question: &str,
    link: &str,
    lang: Lang,
) -> Option<Svg> {
    let (selector, background, name) = match view {
        View::Map => (".ma-map-svg", "#eef3f7", Text::ViewMap),
        View::Timeline => (".ma-timeline-svg", "#ffffff", Text::ViewTimeline),
        View::Table => return None,
    };
    let live = first(root, selector)?;
    let rect = live.get_bounding_client_rect();
    let (width, height) = (rect.width().round(), rect.height().round());
    if width < 1.0 || height < 1.0 {
        return None;
    }
    let copy: Element = live.clone_node_with_deep(true).ok()?.dyn_into().ok()?;
    for (name, value) in [
        ("width", fixed(width, 0)),
        ("height", fixed(height, 0)),
        // The widget lets marks spill over the frame; a picture ends at it.
        ("style", "overflow:hidden".to_string()),
    ] {
        copy.set_attribute(name, &value).ok()?;
    }
    for name in ["tabindex", "role"] {
        let _ = copy.remove_attribute(name);
    }
    let legend = match view {
        View::Map => map_legend(root),
        _ => timeline_legend(lang),
    };
    let title = format!("{} — {}", tr(lang, Text::Title), tr(lang, name));
    let data_date = evidence::data_date(lang);
    Some(compose(&Picture {
        view: &serialize(&copy)?,
        width,
        height,
        background,
        title: &title,
        question,
        legend: &legend,
        footer: &[tr(lang, Text::Credits), &data_date],
        link,
        style: STYLE,
    }))
}
