//! The widget's style sheet as shipped: comments and layout whitespace taken out at build
//! time (`src/style.css` stays readable; every reader downloads what this returns).

/// `css` without comments, with runs of whitespace made one space, and no space around
/// `{`, `}`, `;` and `,` (where it never matters). Spaces elsewhere (`.a :focus`) are kept:
/// there they can change what a selector means.
pub fn minify_css(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    let mut space = false;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("/*") {
            rest = rest.find("*/").map_or("", |end| &rest[end + 2..]);
            continue;
        }
        rest = &rest[c.len_utf8()..];
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let tight = |x: char| matches!(x, '{' | '}' | ';' | ',');
        if space && !out.is_empty() && !tight(c) && !out.ends_with(tight) {
            out.push(' ');
        }
        space = false;
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::minify_css;

    #[test]
    fn comments_and_layout_whitespace_go_but_meaningful_spaces_stay() {
        let css = "/* a */\n.a :focus,\n.b > .c {\n  color: red;\n  margin: 0 auto;\n}\n";
        assert_eq!(
            minify_css(css),
            ".a :focus,.b > .c{color: red;margin: 0 auto}"
        );
    }

    #[test]
    fn an_unclosed_comment_ends_the_sheet() {
        assert_eq!(minify_css(".a{x:y}/* open"), ".a{x:y}");
    }
}
