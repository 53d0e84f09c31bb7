//! The widget's interface strings, shipped per language in `text-<lang>.txt`.
//!
//! They are declared once, in the widget's `src/strings.rs`: a `columns!` line naming
//! the languages, then `texts!` and `nouns!` tables with a column per language. The
//! widget's build script and `atlas-check` include that file (an item-level `include!`)
//! with the macros below in scope, which turn it into `fn interface_columns()`,
//! `fn interface_texts()` and `fn interface_nouns()`, gathered by [`interface!`] into an
//! [`Interface`]; the widget includes it with macros that keep only the names (its `Text`
//! and `Noun` enums), so no language's strings are compiled into the wasm.

use crate::Diagnostic;

/// The file the tables are in, for messages.
pub const STRINGS_FILE: &str = "src/strings.rs";

/// The interface strings of every language.
#[derive(Debug, Default)]
pub struct Interface {
    /// The languages of the columns, in column order.
    pub columns: Vec<&'static str>,
    /// `(name, one string per column)`, in declaration order.
    pub texts: Vec<(&'static str, Vec<&'static str>)>,
    /// `(name, per column the forms one, few, many, other)`, in declaration order.
    pub nouns: Vec<(&'static str, Vec<[&'static str; 4]>)>,
}

impl Interface {
    /// The strings of `lang` and its counted phrases' forms (four per phrase), or what is
    /// missing: a language without a column, an empty string, a phrase without its `one`
    /// or `other` form.
    pub fn of(&self, lang: &str) -> Result<(Vec<String>, Vec<String>), Vec<Diagnostic>> {
        let Some(column) = self.columns.iter().position(|c| *c == lang) else {
            return Err(vec![problem(format!(
                "no column for the language '{lang}' (data/text/{lang}/ exists)"
            ))]);
        };
        let mut errors = Vec::new();
        let texts = self
            .texts
            .iter()
            .map(|(name, strings)| {
                let string = strings.get(column).copied().unwrap_or_default();
                if string.is_empty() {
                    errors.push(problem(format!("Text::{name} has no {lang} string")));
                }
                string.to_string()
            })
            .collect();
        let mut forms = Vec::new();
        for (name, columns) in &self.nouns {
            let f = columns.get(column).copied().unwrap_or_default();
            if f[0].is_empty() || f[3].is_empty() {
                errors.push(problem(format!(
                    "Noun::{name} needs its {lang} 'one' and 'other' forms"
                )));
            }
            forms.extend(f.iter().map(|s| s.to_string()));
        }
        if errors.is_empty() {
            Ok((texts, forms))
        } else {
            Err(errors)
        }
    }
}

fn problem(message: String) -> Diagnostic {
    Diagnostic::new("", 0, format!("{STRINGS_FILE}: {message}"))
}

/// Reads the widget's `columns!` line into `fn interface_columns()`.
#[macro_export]
macro_rules! columns {
    ($($lang:literal),+) => {
        fn interface_columns() -> Vec<&'static str> {
            vec![$($lang),+]
        }
    };
}

/// Reads the widget's `texts!` table into `fn interface_texts()`.
#[macro_export]
macro_rules! texts {
    ($($key:ident => $($string:expr),+;)*) => {
        fn interface_texts() -> Vec<(&'static str, Vec<&'static str>)> {
            vec![$((stringify!($key), vec![$($string),+])),*]
        }
    };
}

/// Reads the widget's `nouns!` table into `fn interface_nouns()`.
#[macro_export]
macro_rules! nouns {
    ($($key:ident => $([$($form:expr),*]),+;)*) => {
        fn interface_nouns() -> Vec<(&'static str, Vec<[&'static str; 4]>)> {
            vec![$((stringify!($key), vec![$([$($form),*]),+])),*]
        }
    };
}

/// The tables of `src/strings.rs` read through the macros above (which must be in scope
/// where the file was included).
#[macro_export]
macro_rules! interface {
    () => {
        $crate::Interface {
            columns: interface_columns(),
            texts: interface_texts(),
            nouns: interface_nouns(),
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_string_or_form_is_named_and_a_language_without_a_column_refused() {
        let interface = Interface {
            columns: vec!["en", "ru", "ky"],
            texts: vec![("Title", vec!["Atlas", "Атлас", ""])],
            nouns: vec![(
                "Record",
                vec![
                    ["record", "", "", "records"],
                    ["запись", "записи", "записей", "записи"],
                    ["", "", "", "жазуу"],
                ],
            )],
        };
        let (texts, forms) = interface.of("ru").expect("ru is complete");
        assert_eq!(texts, ["Атлас"]);
        assert_eq!(forms, ["запись", "записи", "записей", "записи"]);
        let ky = interface.of("ky").expect_err("ky lacks both");
        assert_eq!(ky.len(), 2, "{ky:?}");
        assert!(
            ky[0].to_string().contains("Text::Title has no ky string"),
            "{}",
            ky[0]
        );
        assert!(ky[1].to_string().contains("Noun::Record"), "{}", ky[1]);
        assert!(interface.of("fr").is_err());
    }

    include!("../../../src/strings.rs");

    #[test]
    fn the_widget_tables_read_through_the_macros() {
        let interface = crate::interface!();
        assert!(interface.texts.len() > 100, "{}", interface.texts.len());
        for lang in interface.columns.clone() {
            assert!(interface.of(lang).is_ok(), "{lang}");
        }
    }
}
