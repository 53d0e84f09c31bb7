//! Every text a reader reads about the records, per language: titles, summaries, notes,
//! names and vocabulary labels.
//!
//! The build writes one `text-<lang>.txt` per language beside the widget's files; the
//! widget fetches only the one it shows (see `embed`) and installs it here once, so a
//! reader downloads one language. The summaries and figure notes
//! ([`TextPart::is_note`]) are in a second file, `notes-<lang>.txt`, fetched when a detail,
//! a search, an export or the evidence sheet first needs them (`notes_loader`): until then
//! they read as empty. On the host (tests, benchmarks) every file is read from the build's
//! output instead.
//!
//! **Invariant:** an installed text matches the compiled-in core: its header names the
//! core's digest and every part has one item per record, or it is refused.

use crate::i18n::Lang;
use atlas_vocab::TextPart;
use std::sync::OnceLock;

/// One language's texts.
#[derive(Debug)]
pub struct Texts {
    /// The language.
    lang: Lang,
    /// True for a notes file (only the note parts), false for a text file (all others).
    notes: bool,
    /// Every item, in file order.
    items: Vec<&'static str>,
    /// Where each part starts in `items`, indexed by `TextPart::index()`, plus the end.
    starts: Vec<usize>,
}

impl Texts {
    /// Reads a text file (`notes` false) or a notes file written by the build for the core
    /// compiled in.
    pub fn read(text: &'static str, lang: Lang, notes: bool) -> Result<Texts, String> {
        let mut lines = text.lines();
        let header = lines.next().unwrap_or_default();
        let kind = if notes { "notes" } else { "text" };
        let expected = format!(
            "atlas 1 {kind}\t{}\t{}",
            lang.code(),
            crate::dataset::CORE_DIGEST
        );
        if header != expected {
            return Err(format!(
                "the {} {kind} do not match this version of the widget",
                lang.code()
            ));
        }
        let d = crate::dataset::get();
        let mut items = Vec::new();
        let mut starts = Vec::with_capacity(TextPart::ALL.len() + 1);
        for part in TextPart::ALL.iter().copied() {
            if !part.is_shipped() || part.is_note() != notes {
                starts.push(items.len());
                continue;
            }
            let count: usize = lines
                .next()
                .and_then(|l| l.parse().ok())
                .ok_or_else(|| format!("the {} {kind} are cut short", lang.code()))?;
            // A `bench-tenfold` build holds every record several times: so many copies of
            // their texts (a constant 1 otherwise, which compiles to nothing).
            let copies = if is_record_part(part) {
                crate::dataset::COPIES
            } else {
                1
            };
            if let Some(expected) = expected_count(d, part).map(|n| n / copies) {
                if count != expected {
                    return Err(format!(
                        "the {} {kind} have {count} {}s, not {expected}",
                        lang.code(),
                        part.key()
                    ));
                }
            }
            starts.push(items.len());
            let first = items.len();
            for _ in 0..count {
                items.push(
                    lines
                        .next()
                        .ok_or_else(|| format!("the {} {kind} are cut short", lang.code()))?,
                );
            }
            for _ in 1..copies {
                items.extend_from_within(first..first + count);
            }
        }
        starts.push(items.len());
        Ok(Texts {
            lang,
            notes,
            items,
            starts,
        })
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Item `index` of `part`; empty when there is none (never for a checked text), and
    /// for a note until the language's notes are installed.
    pub fn get(&self, part: TextPart, index: usize) -> &'static str {
        if part.is_note() && !self.notes {
            return NOTES[slot_index(self.lang)]
                .get()
                .map_or("", |n| n.get(part, index));
        }
        let (start, end) = (self.starts[part.index()], self.starts[part.index() + 1]);
        if start + index < end {
            self.items[start + index]
        } else {
            ""
        }
    }
}

/// Whether `part` has one item per record of a kind.
fn is_record_part(part: TextPart) -> bool {
    use TextPart::*;
    matches!(
        part,
        EventTitle | EventSummary | AgreementTitle | AgreementSummary | PostSummary | StatisticNote
    )
}

/// How many items `part` must have for the dataset `d`, where the dataset decides.
fn expected_count(d: &crate::dataset::Dataset, part: TextPart) -> Option<usize> {
    use TextPart::*;
    Some(match part {
        EventTitle | EventSummary => d.events.len(),
        AgreementTitle | AgreementSummary => d.agreements.len(),
        PostSummary => d.posts.len(),
        StatisticNote => d.statistics.len(),
        IndicatorLabel => d.indicators.len(),
        SourceSymbol | SourceTitle | SourceAuthor | SourceDate | SourceKind => d.sources.len(),
        OrganisationName | OrganisationShort => d.organisations.len(),
        CityName => d.cities.len(),
        CountryName => d.countries.len(),
        DisagreementNote => d.disagreements.len(),
        Interface => crate::i18n::Text::ALL.len(),
        NounForm => crate::i18n::Noun::ALL.len() * 4,
        _ => return atlas_vocab::vocabulary_keys(part).map(<[&str]>::len),
    })
}

static INSTALLED: [OnceLock<Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];
static NOTES: [OnceLock<Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

fn slot_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

fn slot(lang: Lang) -> &'static OnceLock<Texts> {
    &INSTALLED[slot_index(lang)]
}

/// Installs the text of `lang` from the file's bytes (packed, see
/// `atlas_vocab::packed`; once: later calls keep the first). The text is kept for the
/// life of the page, shared by every widget on it.
pub fn install(lang: Lang, file: &[u8]) -> Result<(), String> {
    install_into(slot(lang), lang, file, false)
}

/// Installs the notes of `lang` (`notes-<lang>.txt`), as [`install`] does the text.
pub fn install_notes(lang: Lang, file: &[u8]) -> Result<(), String> {
    install_into(&NOTES[slot_index(lang)], lang, file, true)
}

fn install_into(
    slot: &'static OnceLock<Texts>,
    lang: Lang,
    file: &[u8],
    notes: bool,
) -> Result<(), String> {
    if slot.get().is_some() {
        return Ok(());
    }
    let text = atlas_vocab::packed::unpack(file)
        .map_err(|e| format!("the {} texts cannot be read: {e}", lang.code()))?;
    let texts = Texts::read(text.leak(), lang, notes)?;
    let _ = slot.set(texts);
    Ok(())
}

/// True when the summaries and notes of `lang` are installed.
pub fn notes_installed(lang: Lang) -> bool {
    host_texts();
    NOTES[slot_index(lang)].get().is_some()
}

/// True when the text of `lang` can be shown.
pub fn is_installed(lang: Lang) -> bool {
    host_texts();
    slot(lang).get().is_some()
}

/// The texts of `lang`, or of the first language in its fallback chain that is
/// installed (the widget shows nothing until its language's text is installed, so a
/// fallback is seen only while another language is loading).
pub fn for_lang(lang: Lang) -> &'static Texts {
    static EMPTY: OnceLock<Texts> = OnceLock::new();
    host_texts();
    lang.locale()
        .chain()
        .find_map(|l| slot(l).get())
        .unwrap_or_else(|| {
            EMPTY.get_or_init(|| Texts {
                lang,
                notes: false,
                items: Vec::new(),
                starts: vec![0; TextPart::ALL.len() + 1],
            })
        })
}

/// On the host every language is read from the build's output, so tests and the
/// benchmark see complete texts without fetching anything.
#[cfg(not(target_arch = "wasm32"))]
fn host_texts() {
    static DONE: OnceLock<()> = OnceLock::new();
    DONE.get_or_init(|| {
        for (code, text, notes) in crate::dataset::HOST_TEXTS {
            let installed = Lang::from_code(code)
                .ok_or_else(|| format!("no Locale for the texts of '{code}'"))
                .and_then(|lang| install(lang, text).and(install_notes(lang, notes)));
            if let Err(e) = installed {
                crate::report(&e);
            }
        }
    });
}

#[cfg(target_arch = "wasm32")]
fn host_texts() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_text_matches_the_core() {
        for lang in Lang::ALL {
            assert!(is_installed(lang), "{}", lang.code());
            let t = for_lang(lang);
            let d = crate::dataset::get();
            for part in TextPart::ALL.iter().copied().filter(|p| p.is_shipped()) {
                if let Some(n) = expected_count(d, part) {
                    for i in 0..n {
                        let optional = matches!(
                            part,
                            TextPart::OrganisationShort
                                | TextPart::UnitFew
                                | TextPart::UnitMany
                                | TextPart::NounForm
                        );
                        assert!(
                            optional || !t.get(part, i).is_empty(),
                            "{} {} {i}",
                            lang.code(),
                            part.key()
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_text_for_another_core_or_language_is_refused() {
        let file = include_bytes!(concat!(env!("OUT_DIR"), "/text-en.txt"));
        let en: &'static str = atlas_vocab::packed::unpack(file)
            .expect("the build packs what it writes")
            .leak();
        assert!(
            Texts::read(en, Lang::Ru, false).is_err(),
            "the header names the language"
        );
        let stale = en
            .replacen(crate::dataset::CORE_DIGEST, "00000000", 1)
            .leak();
        assert!(
            Texts::read(stale, Lang::En, false).is_err(),
            "the header names the core"
        );
        let short: &'static str = en.lines().take(40).collect::<Vec<_>>().join("\n").leak();
        assert!(Texts::read(short, Lang::En, false).is_err());
        assert!(Texts::read("", Lang::En, false).is_err());
        assert!(
            Texts::read(en, Lang::En, true).is_err(),
            "the header names the file's kind"
        );
        assert!(is_installed(Lang::En) && notes_installed(Lang::En));
        assert!(
            install(Lang::En, b"atlas 1 text\ten\n").is_ok(),
            "an installed language keeps its first text"
        );
        assert!(install_notes(Lang::En, b"atlas 1 notes\ten\n").is_ok());
    }

    #[test]
    fn summaries_and_notes_are_in_the_notes_file_only_and_unread_texts_in_neither() {
        let unpack = |file: &[u8]| atlas_vocab::packed::unpack(file).expect("packed by the build");
        let text = unpack(include_bytes!(concat!(env!("OUT_DIR"), "/text-ru.txt")));
        let notes = unpack(include_bytes!(concat!(env!("OUT_DIR"), "/notes-ru.txt")));
        let text = Texts::read(text.leak(), Lang::Ru, false).expect("the build's text");
        let notes = Texts::read(notes.leak(), Lang::Ru, true).expect("the build's notes");
        let d = crate::dataset::get();
        for part in TextPart::ALL.iter().copied() {
            let n = expected_count(d, part).unwrap_or(0);
            let (here, not_here) = if part.is_note() {
                (&notes, &text)
            } else {
                (&text, &notes)
            };
            let range = |t: &Texts| t.starts[part.index() + 1] - t.starts[part.index()];
            // A text the widget never reads (a source's author) is in neither file.
            let shipped = if part.is_shipped() { n } else { 0 };
            assert_eq!(range(here), shipped, "{}", part.key());
            assert_eq!(range(not_here), 0, "{}", part.key());
        }
        // A summary read through the text is its language's note, once installed.
        let first = crate::record::RecordRef::all()
            .next()
            .expect("the dataset has records");
        assert!(!first.summary(Lang::Ru).is_empty());
    }

    #[test]
    fn the_shipped_files_are_packed_one_byte_per_letter() {
        let file = include_bytes!(concat!(env!("OUT_DIR"), "/text-ru.txt"));
        let text = atlas_vocab::packed::unpack(file).expect("the build packs what it writes");
        assert!(
            file.len() * 3 < text.len() * 2,
            "{} packed bytes for {} UTF-8 bytes",
            file.len(),
            text.len()
        );
    }
}
