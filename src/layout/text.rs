//! Text as layout sees it: an estimate of its width (there is no font on the host), line
//! breaking at spaces, and the boxes that marks and labels occupy.
//!
//! Widths are estimated per kind of character, in ems, from DejaVu Sans (the system font
//! of the Debian Chromium the end-to-end tests run, and one of the widest): narrower fonts
//! only leave more room, never an overlap.

/// An axis-aligned box, px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
}

impl Rect {
    /// True when the two boxes share more than their edges.
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x0 < other.x1 && other.x0 < self.x1 && self.y0 < other.y1 && other.y0 < self.y1
    }
}

/// Width of one character in ems (DejaVu Sans, rounded up).
fn em(c: char) -> f64 {
    match c {
        ' ' => 0.32,
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' | 'і' | 'I' | 'J' => 0.29,
        'f' | '(' | ')' | '[' | ']' | '/' | '-' => 0.4,
        't' | 'r' => 0.43,
        's' | 'z' | 'c' => 0.56,
        'k' | 'v' | 'x' | 'y' => 0.6,
        'w' => 0.83,
        'm' | '—' | '…' => 1.0,
        'a'..='z' => 0.64,
        'M' => 0.87,
        'W' => 1.0,
        'A'..='Z' => 0.77,
        '0'..='9' => 0.64,
        'г' | 'т' => 0.53,
        'з' | 'с' | 'э' => 0.56,
        'м' => 0.76,
        'ы' => 0.8,
        'ж' | 'ю' | 'ф' => 0.91,
        'ш' | 'щ' => 0.95,
        'а'..='я' | 'ё' | 'ө' | 'ү' | 'ң' => 0.67,
        'Ы' | 'Ф' | 'М' => 0.89,
        'Ш' | 'Щ' | 'Ж' | 'Ю' => 1.1,
        'А'..='Я' | 'Ё' | 'Ө' | 'Ү' | 'Ң' => 0.78,
        '–' => 0.5,
        '«' | '»' | '"' | '“' | '”' => 0.62,
        _ => 0.75,
    }
}

/// Pixels per em of a `size` px font (600 weight when `bold`).
fn px_per_em(size: f64, bold: bool) -> f64 {
    size * if bold { 1.15 } else { 1.0 }
}

/// Estimated width of `text` in ems of a regular weight.
pub fn ems(text: &str) -> f64 {
    text.chars().map(em).sum()
}

/// Estimated width of `text` in a `size` px font (600 weight when `bold`).
pub fn width(text: &str, size: f64, bold: bool) -> f64 {
    ems(text) * px_per_em(size, bold)
}

/// `text` broken at spaces into lines no wider than `max` px, greedily. A word wider than
/// `max` is cut to fit (with "…"). Widths are summed as the lines grow: this runs for
/// every labelled mark of every timeline layout.
pub fn wrap(text: &str, max: f64, size: f64, bold: bool) -> Vec<String> {
    let k = px_per_em(size, bold);
    let space = em(' ') * k;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut line_w = 0.0;
    for word in text.split_whitespace() {
        let w = width(word, size, bold);
        if line.is_empty() {
            line.push_str(word);
            line_w = w;
        } else if line_w + space + w <= max {
            line.push(' ');
            line.push_str(word);
            line_w += space + w;
        } else {
            lines.push(std::mem::take(&mut line));
            line.push_str(word);
            line_w = w;
        }
        if line_w > max {
            line = cut(&line, max, size, bold);
            line_w = width(&line, size, bold);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` in at most `count` lines no wider than `max` px; the last line ends with "…" when
/// the text does not fit whole.
pub fn wrap_cut(text: &str, max: f64, count: usize, size: f64, bold: bool) -> Vec<String> {
    let mut lines = wrap(text, max, size, bold);
    if lines.len() > count {
        let mut rest = lines.split_off(count - 1).join(" ");
        rest.push('…');
        lines.push(cut(&rest, max, size, bold));
    }
    lines
}

/// `text` in two lines as even as the spaces allow, each no wider than `max` px; `None`
/// when it does not fit in two such lines whole.
pub fn balanced(text: &str, max: f64, size: f64, bold: bool) -> Option<Vec<String>> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let space = em(' ') * px_per_em(size, bold);
    let widths: Vec<f64> = words.iter().map(|w| width(w, size, bold)).collect();
    let total: f64 = widths.iter().sum::<f64>() + space * words.len().saturating_sub(1) as f64;
    let mut first = 0.0;
    let mut best: Option<(f64, usize)> = None;
    for (i, w) in widths
        .iter()
        .enumerate()
        .take(words.len().saturating_sub(1))
    {
        first += w + if i > 0 { space } else { 0.0 };
        let longer = first.max(total - first - space);
        if longer <= max && best.is_none_or(|b| longer < b.0) {
            best = Some((longer, i + 1));
        }
    }
    let (_, at) = best?;
    Some(vec![words[..at].join(" "), words[at..].join(" ")])
}

/// `text` cut (at a space when one is near) so that it and a final "…" fit in `max` px.
fn cut(text: &str, max: f64, size: f64, bold: bool) -> String {
    let k = px_per_em(size, bold);
    if width(text, size, bold) <= max {
        return text.to_string();
    }
    let room = max - em('…') * k;
    let mut kept = String::new();
    let mut kept_w = 0.0;
    for c in text.chars() {
        kept_w += em(c) * k;
        if kept_w > room {
            break;
        }
        kept.push(c);
    }
    // Back to the last space if it keeps most of the line: whole words read better.
    let trimmed = match kept.rfind(' ') {
        Some(i) if i * 3 > kept.len() * 2 => &kept[..i],
        _ => &kept,
    };
    let mut out = trimmed.trim_end_matches([' ', ',', ';', ':']).to_string();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cyrillic_is_wider_than_latin_and_bold_than_regular() {
        assert!(width("договор", 11.0, false) > width("treaty!", 11.0, false));
        assert!(width("abc", 11.0, true) > width("abc", 11.0, false));
        assert_eq!(width("", 11.0, false), 0.0);
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let text = "Agreement between Kyrgyzstan and Russia on the labour activity and protection of rights of migrant workers";
        let lines = wrap(text, 150.0, 11.0, false);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| width(l, 11.0, false) <= 150.0));
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_cut_wrap_ends_with_an_ellipsis_and_fits() {
        let text = "Соглашение о трудовой деятельности и защите прав трудящихся-мигрантов";
        let lines = wrap_cut(text, 120.0, 2, 11.0, false);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'), "{lines:?}");
        assert!(
            lines.iter().all(|l| width(l, 11.0, false) <= 120.0),
            "{lines:?}"
        );
        assert_eq!(wrap_cut("Short", 120.0, 2, 11.0, false), ["Short"]);
    }

    #[test]
    fn balanced_lines_are_even_or_absent() {
        let lines = balanced("one two three four five six", 200.0, 11.0, false).expect("fits");
        assert_eq!(lines, ["one two three", "four five six"]);
        assert_eq!(
            balanced("one two three four five six", 20.0, 11.0, false),
            None
        );
        assert_eq!(balanced("single", 200.0, 11.0, false), None);
    }

    #[test]
    fn a_word_longer_than_the_line_is_cut() {
        let lines = wrap("Supercalifragilisticexpialidocious", 60.0, 11.0, false);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].ends_with('…') && width(&lines[0], 11.0, false) <= 60.0);
    }

    #[test]
    fn boxes_touching_at_an_edge_do_not_overlap() {
        let a = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        let b = Rect { x0: 10.0, ..a };
        assert!(!a.overlaps(&Rect { x1: 20.0, ..b }));
        assert!(a.overlaps(&Rect { x0: 9.0, ..a }));
    }
}
