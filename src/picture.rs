//! A picture of the map or the timeline as one standalone SVG file: a title, the question
//! (the filters in words), the view as the reader sees it, its legend, then the source line,
//! the data's date and the link that reopens the view. The PNG download is this picture
//! drawn on a canvas, so both carry the same words.
//!
//! Pure text: the caller serialises the view's own `<svg>` and the legend's glyphs; this
//! module places them, wraps lines and escapes every text. Sizes are CSS pixels.

use crate::filter::Topic;
use crate::format::{self, fixed};
use crate::i18n::Lang;

/// Margin around the picture and between its parts.
const PAD: f64 = 16.0;
/// Width of a legend column.
const COLUMN: f64 = 230.0;

/// One line of the legend.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendEntry {
    /// SVG markup of its symbol, drawn in a 16 × 16 box from the origin; empty for none.
    pub glyph: String,
    /// What the symbol means.
    pub label: String,
    /// A layer's name, starting a new row, in bold.
    pub heading: bool,
}

/// Everything a picture shows.
pub struct Picture<'a> {
    /// The view's own `<svg>` element, serialised, `width` × `height` in size.
    pub view: &'a str,
    /// The view's width.
    pub width: f64,
    /// The view's height.
    pub height: f64,
    /// The colour behind the view (the map's sea).
    pub background: &'a str,
    /// The picture's title.
    pub title: &'a str,
    /// The filters in words.
    pub question: &'a str,
    /// The legend, in reading order.
    pub legend: &'a [LegendEntry],
    /// Lines under the legend: the source line and the data's date.
    pub footer: &'a [&'a str],
    /// The link that reopens the view, last.
    pub link: &'a str,
    /// The widget's style sheet, so the view's classes keep their colours.
    pub style: &'a str,
}

/// A composed picture.
#[derive(Debug)]
pub struct Svg {
    /// The SVG document.
    pub text: String,
    /// Its width (the view's).
    pub width: f64,
    /// Its height.
    pub height: f64,
}

/// `text` safe inside an XML element or attribute.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // XML 1.0 forbids most control characters even as references.
            c if (c as u32) < 0x20 && !matches!(c, '\n' | '\t') => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// `text` in lines of at most `max` characters, broken at spaces; a word longer than a line
/// (a link) is cut.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(8);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let mut word: Vec<char> = word.chars().collect();
        loop {
            let used = line.chars().count();
            let room = if used == 0 {
                max
            } else {
                max.saturating_sub(used + 1)
            };
            if word.len() <= room {
                if used > 0 {
                    line.push(' ');
                }
                line.extend(word.iter());
                break;
            }
            if used > 0 && word.len() <= max {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // Longer than a whole line: fill this one and carry the rest.
            let take = if used == 0 { max } else { room };
            if take == 0 {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            if used > 0 {
                line.push(' ');
            }
            line.extend(word.drain(..take));
            lines.push(std::mem::take(&mut line));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn text(out: &mut String, x: f64, y: f64, size: u8, weight: u16, fill: &str, body: &str) {
    out.push_str(&format!(
        "<text x=\"{}\" y=\"{}\" font-size=\"{size}\" font-weight=\"{weight}\" fill=\"{fill}\">{}</text>",
        fixed(x, 1),
        fixed(y, 1),
        escape(body)
    ));
}

/// The picture as an SVG document.
pub fn compose(p: &Picture) -> Svg {
    let w = p.width.max(240.0);
    let inner = w - 2.0 * PAD;
    let mut body = String::new();
    let mut y = PAD + 18.0;
    text(&mut body, PAD, y, 18, 700, "#1b1f24", p.title);
    for line in wrap(p.question, (inner / 7.0) as usize) {
        y += 19.0;
        text(&mut body, PAD, y, 13, 400, "#1b1f24", &line);
    }
    let top = y + 12.0;
    body.push_str(&format!(
        "<g transform=\"translate(0 {})\"><rect width=\"{}\" height=\"{}\" fill=\"{}\"/>{}</g>",
        fixed(top, 1),
        fixed(w, 1),
        fixed(p.height, 1),
        escape(p.background),
        p.view
    ));
    y = top + p.height + PAD;
    // The legend: headings on their own rows, entries flowing in columns.
    let column = COLUMN.min(inner);
    let columns = ((inner / column) as usize).max(1);
    let per_line = ((column - 26.0) / 6.6) as usize;
    let (mut col, mut row_height) = (0usize, 0.0f64);
    for entry in p.legend {
        if entry.heading || col == columns {
            y += row_height;
            col = 0;
            row_height = 0.0;
        }
        if entry.heading {
            y += 4.0;
            text(&mut body, PAD, y + 12.0, 12, 700, "#1b1f24", &entry.label);
            y += 18.0;
            continue;
        }
        let x = PAD + col as f64 * column;
        if !entry.glyph.is_empty() {
            body.push_str(&format!(
                "<g transform=\"translate({} {})\">{}</g>",
                fixed(x, 1),
                fixed(y, 1),
                entry.glyph
            ));
        }
        let lines = wrap(&entry.label, per_line);
        for (i, line) in lines.iter().enumerate() {
            text(
                &mut body,
                x + 22.0,
                y + 12.0 + 15.0 * i as f64,
                12,
                400,
                "#1b1f24",
                line,
            );
        }
        row_height = row_height.max(15.0 * lines.len().max(1) as f64 + 5.0);
        col += 1;
    }
    y += row_height + 8.0;
    for line in p
        .footer
        .iter()
        .flat_map(|f| wrap(f, (inner / 6.2) as usize))
    {
        y += 15.0;
        text(&mut body, PAD, y, 11, 400, "#57606a", &line);
    }
    body.push_str(&format!("<a href=\"{}\">", escape(p.link)));
    for line in wrap(p.link, (inner / 6.2) as usize) {
        y += 15.0;
        text(&mut body, PAD, y, 11, 400, "#0b5cad", &line);
    }
    body.push_str("</a>");
    let height = (y + PAD).ceil();
    let title = format!("{} — {}", p.title, p.question);
    // The widget's colours are custom properties of `.ma-root`, in its light scheme whatever
    // the scheme of whoever opens the file (the picture's background is white).
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ma-host\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif\">\n<title>{}</title>\n<style><![CDATA[\n{}\n]]></style>\n<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>\n<g class=\"ma-root ma-theme-light\">{body}</g>\n</svg>\n",
        escape(&title),
        p.style.replace("]]>", "]]]]><![CDATA[>"),
        w = fixed(w, 0),
        h = fixed(height, 0),
    );
    Svg {
        text: document,
        width: w.round(),
        height,
    }
}

/// The timeline's legend: one coloured mark per lane.
pub fn timeline_legend(lang: Lang) -> Vec<LegendEntry> {
    Topic::ALL
        .iter()
        .filter(|t| **t != Topic::Figures)
        .map(|t| LegendEntry {
            glyph: format!(
                "<g class=\"ma-topic-{}\"><circle class=\"ma-point\" cx=\"8\" cy=\"8\" r=\"5\"/></g>",
                t.key()
            ),
            label: format::topic(*t, lang).to_string(),
            heading: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(legend: &[LegendEntry]) -> Svg {
        compose(&Picture {
            view: "<svg width=\"600\" height=\"300\"><path class=\"ma-c\" d=\"M0 0L10 10\"/></svg>",
            width: 600.0,
            height: 300.0,
            background: "#eef3f7",
            title: "Migration Atlas — Map",
            question: "Countries: Russia & Kazakhstan; Search: “<b>”",
            legend,
            footer: &["Data: UN documents.", "Sources dated 2015–2023"],
            link: "https://example.org/page?atlas=1;v:map;c:RUS&x=<1>",
            style: ".ma-c { fill: #fbfbfa; } /* ]]> */",
        })
    }

    #[test]
    fn long_lines_wrap_at_spaces_and_long_words_are_cut() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(
            wrap("https://example.org/a-very-long-link", 12),
            ["https://exam", "ple.org/a-ve", "ry-long-link"]
        );
        assert_eq!(
            wrap("see https://example.org/abcdefgh", 10),
            ["see https:", "//example.", "org/abcdef", "gh"]
        );
        assert_eq!(wrap("", 10), Vec::<String>::new());
        for line in wrap(&"word ".repeat(50), 23) {
            assert!(line.chars().count() <= 23, "{line}");
        }
    }

    #[test]
    fn the_picture_holds_the_view_the_legend_and_every_line_escaped() {
        let legend = [
            LegendEntry {
                glyph: String::new(),
                label: "Kyrgyz citizens abroad".into(),
                heading: true,
            },
            LegendEntry {
                glyph: "<rect class=\"ma-c ma-class-2\" width=\"14\" height=\"14\"/>".into(),
                label: "10,000–99,999".into(),
                heading: false,
            },
        ];
        let svg = picture(&legend);
        let t = &svg.text;
        assert!(t.starts_with("<?xml"));
        assert!(t.contains("width=\"600\""), "the view's width");
        assert!(
            t.contains("<path class=\"ma-c\" d=\"M0 0L10 10\"/>"),
            "the view itself"
        );
        assert!(t.contains(">Kyrgyz citizens abroad</text>"));
        assert!(t.contains(">10,000–99,999</text>"));
        assert!(t.contains("class=\"ma-c ma-class-2\""));
        assert!(t.contains("Russia &amp; Kazakhstan; Search: “&lt;b&gt;”"));
        assert!(t.contains("href=\"https://example.org/page?atlas=1;v:map;c:RUS&amp;x=&lt;1&gt;\""));
        assert!(!t.contains("<b>"), "no reader text is markup");
        assert!(
            t.contains("/* ]]]]><![CDATA[> */"),
            "the style cannot end its CDATA early"
        );
        assert!(svg.height > 300.0 + 100.0, "{}", svg.height);
        assert!(t.contains(&format!("height=\"{}\"", fixed(svg.height, 0))));
    }

    #[test]
    fn more_legend_entries_make_a_taller_picture() {
        let entry = |label: &str| LegendEntry {
            glyph: String::new(),
            label: label.into(),
            heading: false,
        };
        let short = picture(&[entry("a")]);
        let long = picture(
            &(0..12)
                .map(|i| entry(&format!("entry {i}")))
                .collect::<Vec<_>>(),
        );
        assert!(
            long.height > short.height,
            "{} ≤ {}",
            long.height,
            short.height
        );
    }

    #[test]
    fn the_timeline_legend_names_every_lane_in_every_language() {
        for lang in Lang::ALL {
            let legend = timeline_legend(lang);
            assert_eq!(legend.len(), 5);
            assert!(legend
                .iter()
                .all(|e| !e.label.is_empty() && e.glyph.contains("ma-point")));
        }
    }
}
