//! The quoted paragraphs: the text of every paragraph the records cite, one file per source
//! document, and where each record's figure, year, city or dates stand in it.
//!
//! The files are `data/paragraphs/<doc>.txt` (written by `scripts/data/paragraphs.py`,
//! which splits the documents and reads their numbers with the citation checker's own
//! rules), shipped as `paragraphs-<doc>.txt` beside the widget. The widget fetches one when
//! a reader opens a citation of that document (`paragraph_loader`); this module reads it
//! and cuts a paragraph into plain and marked runs.
//!
//! **Invariant:** every citation of every record names a non-empty paragraph of its
//! document's file (a host test reads the committed files), so a quotation is never
//! missing for want of text.

use crate::model::{Citation, Source};

/// The file holding the quoted paragraphs of `source`, relative to the widget's folder.
pub fn file_name(source: &Source) -> String {
    format!("paragraphs-{}.txt.lzma", source.id)
}

/// The paragraph a citation names in the files: `5(a)` is question 5 as a whole, as the
/// citation checker resolves it; `header` is the cover page.
pub fn block_key(c: Citation) -> String {
    match c.para % 1000 {
        0 => "header".to_string(),
        n => n.to_string(),
    }
}

/// One document's quoted paragraphs.
#[derive(Debug, PartialEq)]
pub struct Quoted {
    /// The language its text is in (BCP 47), for the quotation's `lang` attribute.
    pub lang: String,
    paragraphs: Vec<Paragraph>,
}

/// One paragraph, verbatim, with what records rely on in it.
#[derive(Debug, PartialEq)]
pub struct Paragraph {
    /// As citations name it (`31`, `5`, `header`).
    pub key: String,
    /// The text, lines joined with `\n`.
    pub text: String,
    /// (record id, byte range of `text`) for every mark.
    marks: Vec<(String, usize, usize)>,
}

impl Quoted {
    /// Reads the file of document `doc`; refuses another document's file or a broken one.
    pub fn read(file: &str, doc: &str) -> Result<Quoted, String> {
        let mut lines = file.lines();
        let header = lines.next().unwrap_or_default();
        let mut fields = header.split('\t');
        if fields.next() != Some("atlas 1 paragraphs") || fields.next() != Some(doc) {
            return Err(format!("{doc}: not the paragraphs of this document"));
        }
        let lang = fields.next().unwrap_or("en").to_string();
        let mut paragraphs: Vec<Paragraph> = Vec::new();
        // Whether the current paragraph has a line yet (its first line may be empty).
        let mut started = false;
        for line in lines {
            if let Some(key) = line.strip_prefix("@ ") {
                paragraphs.push(Paragraph {
                    key: key.to_string(),
                    text: String::new(),
                    marks: Vec::new(),
                });
                started = false;
            } else if let Some(p) = paragraphs.last_mut() {
                if let Some(text) = line.strip_prefix('>') {
                    if started {
                        p.text.push('\n');
                    }
                    started = true;
                    p.text.push_str(text.strip_prefix(' ').unwrap_or(text));
                } else if let Some(mark) = line.strip_prefix("= ") {
                    let mut f = mark.split('\t');
                    let (Some(record), Some(start), Some(end)) = (f.next(), f.next(), f.next())
                    else {
                        return Err(format!("{doc}: a broken mark: {mark}"));
                    };
                    let (Ok(start), Ok(end)) = (start.parse(), end.parse()) else {
                        return Err(format!("{doc}: a broken mark: {mark}"));
                    };
                    let bytes = |chars: usize| {
                        p.text
                            .char_indices()
                            .map(|(i, _)| i)
                            .chain([p.text.len()])
                            .nth(chars)
                    };
                    if let (Some(a), Some(b)) = (bytes(start), bytes(end)) {
                        if a < b {
                            p.marks.push((record.to_string(), a, b));
                        }
                    }
                }
            }
        }
        Ok(Quoted { lang, paragraphs })
    }

    /// The paragraph `c` names, if the file has it.
    pub fn paragraph(&self, c: Citation) -> Option<&Paragraph> {
        let key = block_key(c);
        self.paragraphs.iter().find(|p| p.key == key)
    }

    /// Every paragraph, in document order.
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.paragraphs
    }
}

impl Paragraph {
    /// The text in runs, each `true` where it states what `record` relies on.
    pub fn runs(&self, record: &str) -> Vec<(&str, bool)> {
        let mut spans: Vec<(usize, usize)> = self
            .marks
            .iter()
            .filter(|m| m.0 == record)
            .map(|m| (m.1, m.2))
            .collect();
        crate::collections::sort_by(&mut spans, &|a, b| a.cmp(b));
        let mut runs = Vec::new();
        let mut at = 0;
        for (a, b) in spans {
            if a < at {
                continue;
            }
            if let (Some(plain), Some(marked)) = (self.text.get(at..a), self.text.get(a..b)) {
                if !plain.is_empty() {
                    runs.push((plain, false));
                }
                runs.push((marked, true));
                at = b;
            }
        }
        if at < self.text.len() {
            runs.push((&self.text[at..], false));
        }
        runs
    }

    /// The marked texts for `record`, in order (what a test or a summary checks).
    pub fn marked(&self, record: &str) -> Vec<&str> {
        self.runs(record)
            .into_iter()
            .filter(|r| r.1)
            .map(|r| r.0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "atlas 1 paragraphs\tDOC\ten\n# a comment\n@ 7\n> In 2021, 1 million 63 thousand\n> worked in Россия.\n= st-a\t9\t30\t1 million 63 thousand\n= ev-b\t3\t7\t2021\n= st-broken\t40\t99\tx\n@ header\n>\n> Cover\n";

    #[test]
    fn a_file_reads_into_paragraphs_with_their_marks() {
        let q = Quoted::read(FILE, "DOC").expect("a good file");
        assert_eq!(q.lang, "en");
        let keys: Vec<&str> = q.paragraphs().iter().map(|p| p.key.as_str()).collect();
        assert_eq!(keys, ["7", "header"]);
        let p = &q.paragraphs()[0];
        assert_eq!(p.text, "In 2021, 1 million 63 thousand\nworked in Россия.");
        assert_eq!(p.marked("st-a"), ["1 million 63 thousand"]);
        assert_eq!(p.marked("ev-b"), ["2021"]);
        assert_eq!(
            p.marked("st-broken"),
            Vec::<&str>::new(),
            "out of range: dropped"
        );
        assert_eq!(q.paragraphs()[1].text, "\nCover");
    }

    #[test]
    fn runs_put_the_text_back_together() {
        let q = Quoted::read(FILE, "DOC").expect("a good file");
        let p = &q.paragraphs()[0];
        for record in ["st-a", "ev-b", "nobody"] {
            let joined: String = p.runs(record).iter().map(|r| r.0).collect();
            assert_eq!(joined, p.text, "{record}");
        }
        assert_eq!(
            p.runs("ev-b"),
            [
                ("In ", false),
                ("2021", true),
                (", 1 million 63 thousand\nworked in Россия.", false)
            ]
        );
    }

    #[test]
    fn marks_count_characters_not_bytes() {
        let file = "atlas 1 paragraphs\tD\ten\n@ 1\n> «Россия» 2022\n= ev\t9\t13\t2022\n";
        let q = Quoted::read(file, "D").expect("a good file");
        assert_eq!(q.paragraphs()[0].marked("ev"), ["2022"]);
    }

    #[test]
    fn another_documents_file_is_refused() {
        assert!(Quoted::read(FILE, "OTHER").is_err());
        assert!(Quoted::read("", "DOC").is_err());
        assert!(Quoted::read("<!doctype html>", "DOC").is_err());
    }

    #[test]
    fn sub_items_name_their_whole_question() {
        let c = |para| Citation {
            source: crate::dataset::get()
                .source_ids()
                .next()
                .map(|s| s.0)
                .expect("a source"),
            para,
        };
        assert_eq!(block_key(c(1005)), "5");
        assert_eq!(block_key(c(31)), "31");
        assert_eq!(block_key(c(0)), "header");
    }
}
