//! The picture of the view on screen: its `<svg>` and its legend, read from the widget's own
//! DOM (so the picture is what the reader sees: the same zoom, layers and selection) and
//! composed into one SVG file by `picture::compose`.

use crate::components::dom::all;
use crate::download::serialize;
use crate::embed::STYLE;
use crate::evidence;
use crate::format::fixed;
use crate::i18n::{tr, Lang, Text};
use crate::picture::{compose, timeline_legend, LegendEntry, Picture, Svg};
use crate::state::View;
use wasm_bindgen::JsCast;
use web_sys::Element;

fn first(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// The words of a legend line as the reader sees them: its text and that of its parts
/// (label, count), glyphs left out, joined by " · " as the screen sets them apart.
fn words(el: &Element) -> String {
    let nodes = el.child_nodes();
    let parts: Vec<String> = (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .filter(|n| n.node_name() != "svg")
        .filter_map(|n| Some(n.text_content()?.trim().to_string()))
        .filter(|t| !t.is_empty())
        .collect();
    parts.join(" · ")
}

/// A legend line with its glyph.
fn entry(item: &Element) -> LegendEntry {
    LegendEntry {
        glyph: first(item, "svg.ma-glyph")
            .and_then(|svg| serialize(&svg))
            .unwrap_or_default(),
        label: words(item),
        heading: false,
    }
}

/// The map legend as shown: home, then each layer that shows something (its name and
/// total), its keys with their symbols and counts, and its notes.
fn map_legend(root: &Element) -> Vec<LegendEntry> {
    let mut out: Vec<LegendEntry> = first(root, ".ma-legend-home").iter().map(entry).collect();
    for section in all(root, ".ma-legend-layer") {
        if let Some(title) = first(&section, ".ma-legend-title") {
            out.push(LegendEntry {
                glyph: String::new(),
                label: words(&title),
                heading: true,
            });
        }
        out.extend(
            all(&section, ".ma-keys li, .ma-legend-note")
                .iter()
                .map(entry),
        );
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
        View::Map => (".ma-map-svg", "#e4edf4", Text::ViewMap),
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
    // The map's borders are sized by the frame's `--ma-u` (style.css), which the picture
    // must carry itself.
    let units = live
        .parent_element()
        .and_then(|frame| frame.dyn_into::<web_sys::HtmlElement>().ok())
        .and_then(|frame| frame.style().get_property_value("--ma-u").ok())
        .filter(|u| !u.is_empty())
        .map_or_else(String::new, |u| format!(";--ma-u:{u}"));
    for (name, value) in [
        ("width", fixed(width, 0)),
        ("height", fixed(height, 0)),
        // The widget lets marks spill over the frame; a picture ends at it.
        ("style", format!("overflow:hidden{units}")),
    ] {
        copy.set_attribute(name, &value).ok()?;
    }
    for name in ["tabindex", "role"] {
        let _ = copy.remove_attribute(name);
    }
    // Marks a filter hid are kept in the page to be shown again, not in a picture of it.
    for kept in all(&copy, &format!(".{}", crate::hooks::KEPT)) {
        kept.remove();
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
