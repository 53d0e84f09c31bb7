//! Every language the widget speaks, each in one [`Locale`]: interface strings, plural
//! rules, number and date formats, month names, the language's own name and its fallback.
//!
//! **Invariant:** nothing outside this module matches on [`Lang`]; code asks the locale.
//! Adding a language is one `Locale` value, one column of the `texts!` table, one
//! `data/text/<lang>/` folder (the build finds it) and the loader's boot messages.

use crate::model::Date;
use atlas_vocab::TextPart;

/// A language the widget speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// English.
    #[default]
    En,
    /// Russian.
    Ru,
    /// Kyrgyz.
    Ky,
}

impl Lang {
    /// Every language, in menu order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Ru, Lang::Ky];

    /// Everything the widget knows about the language.
    pub fn locale(self) -> &'static Locale {
        match self {
            Lang::En => &EN,
            Lang::Ru => &RU,
            Lang::Ky => &KY,
        }
    }

    /// BCP 47 code, as in the `lang` attribute.
    pub fn code(self) -> &'static str {
        self.locale().code
    }

    /// Reads a BCP 47 tag, ignoring region subtags (`ru-KG` is Russian).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        self.locale().native_name
    }
}

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    /// "1 record", "21 запись".
    One,
    /// "2 записи".
    Few,
    /// "5 записей", "11 записей".
    Many,
    /// Everything else ("2 records", fractions in Russian).
    Other,
}

/// How one language writes things.
pub struct Locale {
    /// The language.
    pub lang: Lang,
    /// BCP 47 code.
    pub code: &'static str,
    /// Its own name.
    pub native_name: &'static str,
    /// The language whose strings fill gaps in this one's, if any.
    pub fallback: Option<Lang>,
    /// Thousands separator.
    pub group: &'static str,
    /// Decimal separator.
    pub decimal: &'static str,
    /// Suffixes of compact numbers: thousands, millions, billions.
    pub compact: [&'static str; 3],
    /// CLDR plural rule for a count.
    pub plural: fn(f64) -> Plural,
    /// Month names as they stand in a full date ("января", "январы").
    pub months_in_date: [&'static str; 12],
    /// Month names as they stand alone or with a year ("январь").
    pub months: [&'static str; 12],
    /// Short month names for axis ticks.
    pub months_short: [&'static str; 12],
    /// A date at its precision: day, month or year.
    pub date: fn(&Locale, Date) -> String,
    /// The ablative ending a number written in digits takes ("1 000ден", "30дан"), for
    /// the `{abl}` slot of qualifier labels; empty in languages without one.
    pub ablative: fn(f64) -> &'static str,
    /// The same ending after a per cent sign (read "пайыз" in Kyrgyz).
    pub ablative_percent: &'static str,
    /// What the widget says before any text has arrived, so compiled in.
    pub boot: Boot,
}

/// The few strings the widget may need before its language's text file has arrived: the
/// text failing to load, and the widget stopping.
pub struct Boot {
    /// The text file could not be loaded.
    pub text_failed: &'static str,
    /// The button that tries again.
    pub retry: &'static str,
    /// The widget stopped on an internal error.
    pub crashed: &'static str,
}

impl Locale {
    /// This language and its fallbacks, in order.
    pub fn chain(&'static self) -> impl Iterator<Item = Lang> {
        std::iter::successors(Some(self.lang), |l| l.locale().fallback)
    }

    /// The interface string `text`, from the installed text of this language, or of the
    /// first language in the chain that is installed (while this one loads).
    pub fn text(&'static self, text: Text) -> &'static str {
        crate::texts::for_lang(self.lang).get(TextPart::Interface, text as usize)
    }

    /// The plural category of `n`.
    pub fn plural_of(&self, n: f64) -> Plural {
        (self.plural)(n)
    }

    /// The word among `forms` (one, few, many, other) that goes with `n`; an empty form
    /// falls back to `other`.
    pub fn pick<'a>(&self, n: f64, forms: [&'a str; 4]) -> &'a str {
        let i = match self.plural_of(n) {
            Plural::One => 0,
            Plural::Few => 1,
            Plural::Many => 2,
            Plural::Other => 3,
        };
        if forms[i].is_empty() {
            forms[3]
        } else {
            forms[i]
        }
    }
}

fn integer(n: f64) -> Option<u64> {
    (n >= 0.0 && n.fract() == 0.0).then_some(n as u64)
}

fn plural_en(n: f64) -> Plural {
    if integer(n) == Some(1) {
        Plural::One
    } else {
        Plural::Other
    }
}

fn plural_ru(n: f64) -> Plural {
    let Some(i) = integer(n.abs()) else {
        return Plural::Other;
    };
    match (i % 10, i % 100) {
        (1, r) if r != 11 => Plural::One,
        (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
        _ => Plural::Many,
    }
}

fn plural_ky(n: f64) -> Plural {
    if n == 1.0 {
        Plural::One
    } else {
        Plural::Other
    }
}

fn no_ending(_: f64) -> &'static str {
    ""
}

/// Kyrgyz ablative after a number: the ending follows the last word one would say
/// (бир, он, жүз, миң, миллион…), by vowel harmony and its last sound.
fn ablative_ky(n: f64) -> &'static str {
    let n = n.abs();
    let whole = n.trunc() as u64;
    let fraction = ((n - n.trunc()) * 100.0).round() as u64;
    // The last spoken word: of the fraction if there is one ("эки бүтүн ондон беш").
    let last = if fraction > 0 {
        if fraction.is_multiple_of(10) {
            fraction / 10
        } else {
            fraction
        }
    } else {
        whole
    };
    const UNITS: [&str; 10] = [
        "дөн", "ден", "ден", "төн", "төн", "тен", "дан", "ден", "ден", "дан",
    ];
    const TENS: [&str; 10] = [
        "", "дон", "дан", "дан", "тан", "дөн", "тан", "тен", "ден", "дон",
    ];
    if last == 0 {
        return "дөн";
    }
    if last % 10 != 0 {
        UNITS[(last % 10) as usize]
    } else if last % 100 != 0 {
        TENS[((last / 10) % 10) as usize]
    } else if last % 1000 != 0 {
        "дөн"
    } else if last % 1_000_000 != 0 {
        "ден"
    } else if last % 1_000_000_000 != 0 {
        "дон"
    } else {
        "дан"
    }
}

fn date_en(l: &Locale, d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => d.year.to_string(),
        (m, 0) => format!("{} {}", l.months[usize::from(m - 1)], d.year),
        (m, day) => format!("{day} {} {}", l.months_in_date[usize::from(m - 1)], d.year),
    }
}

fn date_ru(l: &Locale, d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{}\u{a0}г.", d.year),
        (m, 0) => format!("{} {}\u{a0}г.", l.months[usize::from(m - 1)], d.year),
        (m, day) => format!(
            "{day} {} {}\u{a0}г.",
            l.months_in_date[usize::from(m - 1)],
            d.year
        ),
    }
}

fn date_ky(l: &Locale, d: Date) -> String {
    match (d.month, d.day) {
        (0, _) => format!("{}-жыл", d.year),
        (m, 0) => format!("{}-жылдын {} айы", d.year, l.months[usize::from(m - 1)]),
        (m, day) => format!(
            "{}-жылдын {day}-{}",
            d.year,
            l.months_in_date[usize::from(m - 1)]
        ),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// English.
pub static EN: Locale = Locale {
    lang: Lang::En,
    code: "en",
    native_name: "English",
    fallback: None,
    group: ",",
    decimal: ".",
    compact: ["\u{a0}k", "\u{a0}M", "\u{a0}bn"],
    plural: plural_en,
    months_in_date: MONTHS_EN,
    months: MONTHS_EN,
    months_short: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date: date_en,
    ablative: no_ending,
    ablative_percent: "",
    boot: Boot {
        text_failed: "The texts of the atlas could not be loaded. Check the connection and try again.",
        retry: "Try again",
        crashed: "The migration atlas stopped because of an internal error. Reload the page to try again.",
    },
};

/// Russian.
pub static RU: Locale = Locale {
    lang: Lang::Ru,
    code: "ru",
    native_name: "Русский",
    fallback: Some(Lang::En),
    group: "\u{202f}",
    decimal: ",",
    compact: ["\u{a0}тыс.", "\u{a0}млн", "\u{a0}млрд"],
    plural: plural_ru,
    months_in_date: [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    months_short: [
        "янв.",
        "февр.",
        "март",
        "апр.",
        "май",
        "июнь",
        "июль",
        "авг.",
        "сент.",
        "окт.",
        "нояб.",
        "дек.",
    ],
    date: date_ru,
    ablative: no_ending,
    ablative_percent: "",
    boot: Boot {
        text_failed:
            "Не удалось загрузить тексты атласа. Проверьте подключение и повторите попытку.",
        retry: "Повторить",
        crashed: "Атлас миграции остановился из-за внутренней ошибки. Перезагрузите страницу.",
    },
};

/// Kyrgyz.
pub static KY: Locale = Locale {
    lang: Lang::Ky,
    code: "ky",
    native_name: "Кыргызча",
    fallback: Some(Lang::Ru),
    group: "\u{a0}",
    decimal: ",",
    compact: ["\u{a0}миң", "\u{a0}млн", "\u{a0}млрд"],
    plural: plural_ky,
    months_in_date: [
        "январы",
        "февралы",
        "марты",
        "апрели",
        "майы",
        "июну",
        "июлу",
        "августу",
        "сентябры",
        "октябры",
        "ноябры",
        "декабры",
    ],
    months: [
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ],
    months_short: [
        "янв.", "фев.", "мар.", "апр.", "май", "июн.", "июл.", "авг.", "сен.", "окт.", "ноя.",
        "дек.",
    ],
    date: date_ky,
    ablative: ablative_ky,
    ablative_percent: "дан",
    boot: Boot {
        text_failed: "Атластын тексттери жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.",
        retry: "Кайра аракет кылуу",
        crashed: "Миграция атласы ички катадан улам токтоп калды. Кайра аракет кылуу үчүн баракты жаңылаңыз.",
    },
};

macro_rules! columns {
    ($($lang:literal),+) => {
        /// The languages of `src/strings.rs`'s columns, in column order (the build reads
        /// them; the widget only checks them against its locales).
        #[cfg(test)]
        const STRING_COLUMNS: &[&str] = &[$($lang),+];
    };
}

macro_rules! texts {
    ($($key:ident => $($string:expr),+;)*) => {
        /// A user-facing string. Only its name is compiled in: each language's strings
        /// arrive in that language's text file (see `src/strings.rs`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Text { $($key),* }

        impl Text {
            /// Every string, for completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];
        }
    };
}

macro_rules! nouns {
    ($($key:ident => $([$($form:expr),*]),+;)*) => {
        /// A phrase that follows a count: its forms for the plural categories one, few,
        /// many and other (an empty form falls back to other), from the text file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Noun { $($key),* }

        impl Noun {
            /// Every counted phrase, for completeness tests.
            pub const ALL: &'static [Noun] = &[$(Noun::$key),*];
        }
    };
}

include!("strings.rs");

impl Locale {
    /// `noun`'s form for the count `n`.
    pub fn noun(&'static self, n: f64, noun: Noun) -> &'static str {
        self.pick(n, self.noun_forms(noun))
    }

    /// The forms one, few, many and other of `noun`, from the installed text.
    fn noun_forms(&'static self, noun: Noun) -> [&'static str; 4] {
        let texts = crate::texts::for_lang(self.lang);
        let at = |i| texts.get(TextPart::NounForm, noun as usize * 4 + i);
        [at(0), at(1), at(2), at(3)]
    }
}

/// The string for `text` in `lang` (or its fallback).
pub fn tr(lang: Lang, text: Text) -> &'static str {
    lang.locale().text(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_subtags_are_ignored() {
        assert_eq!(Lang::from_code("ru-KG"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("KY"), Some(Lang::Ky));
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn every_interface_string_exists_in_every_language_and_is_its_own() {
        for lang in Lang::ALL {
            assert_eq!(crate::texts::for_lang(lang).lang(), lang, "its own text");
            let missing: Vec<String> = Text::ALL
                .iter()
                .filter(|t| tr(lang, **t).is_empty())
                .map(|t| format!("{t:?}"))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: {}",
                lang.code(),
                missing.join(", ")
            );
        }
        // Each language reads its own column, in declaration order.
        assert_eq!(tr(Lang::En, Text::Title), "Migration Atlas");
        assert_eq!(tr(Lang::Ru, Text::Title), "Атлас миграции");
        assert_eq!(tr(Lang::Ky, Text::Title), "Миграция атласы");
        let last = *Text::ALL.last().expect("strings");
        assert!(Text::ALL.iter().all(|t| *t as usize <= last as usize));
    }

    #[test]
    fn every_language_has_a_column_of_strings() {
        let langs: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        assert_eq!(STRING_COLUMNS, langs.as_slice());
    }

    #[test]
    fn the_boot_strings_are_compiled_in_for_every_language() {
        for lang in Lang::ALL {
            let boot = &lang.locale().boot;
            assert!(
                !boot.text_failed.is_empty() && !boot.retry.is_empty() && !boot.crashed.is_empty(),
                "{}",
                lang.code()
            );
        }
    }

    #[test]
    fn every_counted_phrase_has_its_forms_in_every_language() {
        for lang in Lang::ALL {
            for noun in Noun::ALL {
                let forms = lang.locale().noun_forms(*noun);
                assert!(
                    !forms[0].is_empty() && !forms[3].is_empty(),
                    "{} {noun:?}",
                    lang.code()
                );
                if lang == Lang::Ru {
                    assert!(forms.iter().all(|f| !f.is_empty()), "{noun:?}");
                }
            }
        }
        assert_eq!(RU.noun(1.0, Noun::Agreements), "соглашение");
        assert_eq!(RU.noun(21.0, Noun::Record), "запись");
        assert_eq!(
            RU.noun(34.0, Noun::OrganisationInstruments)
                .split(' ')
                .next(),
            Some("документа")
        );
        assert_eq!(
            RU.noun(11.0, Noun::UnplacedPosts).split(' ').next(),
            Some("представительств")
        );
        assert_eq!(
            EN.noun(1.0, Noun::MoreRecords),
            "more record; choose to list it"
        );
        assert_eq!(EN.noun(0.0, Noun::Record), "records");
    }

    #[test]
    fn plural_categories_follow_cldr() {
        let cases = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0, 22.0, 25.0, 111.0, 1.5];
        let en: Vec<Plural> = cases.iter().map(|n| EN.plural_of(*n)).collect();
        let ru: Vec<Plural> = cases.iter().map(|n| RU.plural_of(*n)).collect();
        let ky: Vec<Plural> = cases.iter().map(|n| KY.plural_of(*n)).collect();
        use Plural::*;
        assert_eq!(
            en,
            [Other, One, Other, Other, Other, Other, Other, Other, Other, Other]
        );
        assert_eq!(
            ru,
            [Many, One, Few, Many, Many, One, Few, Many, Many, Other]
        );
        assert_eq!(
            ky,
            [Other, One, Other, Other, Other, Other, Other, Other, Other, Other]
        );
    }

    #[test]
    fn counted_words_take_their_plural_form() {
        let forms = ["запись", "записи", "записей", "записи"];
        let got: Vec<&str> = [0.0, 1.0, 2.0, 5.0, 11.0, 21.0]
            .iter()
            .map(|n| RU.pick(*n, forms))
            .collect();
        assert_eq!(
            got,
            [
                "записей",
                "запись",
                "записи",
                "записей",
                "записей",
                "запись"
            ]
        );
        assert_eq!(EN.pick(1.0, ["record", "", "", "records"]), "record");
        assert_eq!(EN.pick(21.0, ["record", "", "", "records"]), "records");
        assert_eq!(KY.pick(5.0, ["жазуу", "", "", "жазуу"]), "жазуу");
    }

    #[test]
    fn kyrgyz_numbers_take_the_ablative_of_their_last_word() {
        // бир→ден, эки→ден, үч→төн, төрт→төн, беш→тен, алты→дан, жети→ден, сегиз→ден,
        // тогуз→дан, он→дон, жыйырма→дан, отуз→дан, кырк→тан, элүү→дөн, жүз→дөн,
        // миң→ден, миллион→дон.
        let cases = [
            (1.0, "ден"),
            (3.0, "төн"),
            (5.0, "тен"),
            (6.0, "дан"),
            (9.0, "дан"),
            (10.0, "дон"),
            (20.0, "дан"),
            (30.0, "дан"),
            (40.0, "тан"),
            (50.0, "дөн"),
            (80.0, "ден"),
            (100.0, "дөн"),
            (1000.0, "ден"),
            (1_000_000.0, "дон"),
            (21.0, "ден"),
            (2.5, "тен"),
        ];
        for (n, ending) in cases {
            assert_eq!(ablative_ky(n), ending, "{n}");
        }
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        let day = Date {
            year: 1993,
            month: 1,
            day: 22,
        };
        let month = Date {
            year: 2015,
            month: 5,
            day: 0,
        };
        let year = Date::year(2021);
        let en: Vec<String> = [day, month, year]
            .iter()
            .map(|d| (EN.date)(&EN, *d))
            .collect();
        let ru: Vec<String> = [day, month, year]
            .iter()
            .map(|d| (RU.date)(&RU, *d))
            .collect();
        let ky: Vec<String> = [day, month, year]
            .iter()
            .map(|d| (KY.date)(&KY, *d))
            .collect();
        assert_eq!(en, ["22 January 1993", "May 2015", "2021"]);
        assert_eq!(
            ru,
            ["22 января 1993\u{a0}г.", "май 2015\u{a0}г.", "2021\u{a0}г."]
        );
        assert_eq!(
            ky,
            ["1993-жылдын 22-январы", "2015-жылдын май айы", "2021-жыл"]
        );
    }
}
