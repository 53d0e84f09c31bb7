//! Every closed vocabulary of the dataset, declared once.
//!
//! The build checks data cells against these lists and writes each value as its index;
//! the widget reads the index back into the same enum, and URLs use the same keys. A
//! vocabulary changed on one side only cannot compile on the other.
//!
//! **Invariant:** `ALL[v.index()] == v` and `from_key(v.key()) == Some(v)` for every
//! variant (tested below for every vocabulary).

#![no_std]
#![forbid(unsafe_code)]

extern crate alloc;

pub mod packed;

/// Declares an enum whose variants each have a data key, with `ALL` (in declaration
/// order, which is also the order legends and filter lists show), `key`, `from_key`,
/// `index`, `from_index` and `url_key` (the key with spaces as hyphens).
#[macro_export]
macro_rules! keyed_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($(#[$vmeta:meta])* $variant:ident = $key:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        $vis enum $name { $($(#[$vmeta])* $variant,)+ }

        impl $name {
            /// Every value, in declaration (display) order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// Every data key, in the order of [`Self::ALL`].
            pub const KEYS: &'static [&'static str] = &[$($key,)+];

            /// The value as data files write it.
            pub const fn key(self) -> &'static str {
                match self { $($name::$variant => $key,)+ }
            }

            /// The value with this data key.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.key() == key)
            }

            /// Position in [`Self::ALL`]: how the build encodes the value.
            pub const fn index(self) -> usize {
                self as usize
            }

            /// Inverse of [`Self::index`].
            pub fn from_index(index: usize) -> Option<Self> {
                Self::ALL.get(index).copied()
            }

            /// Whether `text` names this value in a URL (the key, spaces written as `-`).
            pub fn is_url_key(self, text: &str) -> bool {
                let key = self.key().as_bytes();
                key.len() == text.len()
                    && key.iter().zip(text.bytes()).all(|(&k, t)| k == t || (k == b' ' && t == b'-'))
            }

            /// The value a URL names, if any.
            pub fn from_url_key(text: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.is_url_key(text))
            }
        }
    };
}

keyed_enum! {
    /// The timeline lane an event belongs to.
    pub enum Category {
        /// Treaties, accessions, negotiations.
        Agreement = "agreement",
        /// Laws, decrees, programmes, institutions.
        Policy = "policy",
        /// Embassies, consulates, voting abroad.
        Consular = "consular",
        /// COVID-19, evacuations, amnesties, bans.
        Crisis = "crisis",
        /// Reports, lists of issues, reviews.
        Reporting = "reporting",
    }
}

keyed_enum! {
    /// What kind of act or happening an event is.
    pub enum EventKind {
        /// A law.
        Law = "law",
        /// A government decision.
        GovernmentDecision = "government decision",
        /// A concept paper.
        Concept = "concept",
        /// An action plan.
        ActionPlan = "action plan",
        /// A decree.
        Decree = "decree",
        /// A new institution.
        Institution = "institution",
        /// Anything else.
        Other = "other",
        /// An election.
        Election = "election",
        /// A programme.
        Programme = "programme",
        /// A report.
        Report = "report",
        /// A measure.
        Measure = "measure",
        /// A meeting.
        Meeting = "meeting",
        /// An evacuation.
        Evacuation = "evacuation",
        /// An amendment.
        Amendment = "amendment",
        /// A service.
        Service = "service",
        /// An amnesty.
        Amnesty = "amnesty",
        /// A strategy.
        Strategy = "strategy",
        /// A ratification.
        Ratification = "ratification",
        /// A code of laws.
        Code = "code",
        /// A list of issues.
        ListOfIssues = "list of issues",
        /// An accession.
        Accession = "accession",
        /// An entry into force.
        EntryIntoForce = "entry into force",
        /// An approval (of a memorandum, a plan).
        Approval = "approval",
        /// A pilot project.
        Pilot = "pilot",
        /// A publication (a report another body published).
        Publication = "publication",
    }
}

keyed_enum! {
    /// How wide an agreement reaches (legend order).
    pub enum Scope {
        /// Two states.
        Bilateral = "bilateral",
        /// EAEU or CIS instruments.
        Regional = "regional",
        /// Several states, outside a regional organisation.
        Multilateral = "multilateral",
        /// Between ministries or agencies.
        InterAgency = "inter-agency",
        /// Memorandums of understanding or cooperation.
        Memorandum = "memorandum",
        /// ILO conventions.
        IloConvention = "ILO convention",
        /// UN human-rights and other treaties.
        UnTreaty = "UN treaty",
    }
}

keyed_enum! {
    /// What an agreement is about.
    pub enum Subject {
        /// Human rights.
        HumanRights = "human rights",
        /// Labour migration.
        LabourMigration = "labour migration",
        /// Employment.
        Employment = "employment",
        /// Entry and stay.
        EntryAndStay = "entry and stay",
        /// Social security.
        SocialSecurity = "social security",
        /// Health.
        Health = "health",
        /// Education.
        Education = "education",
        /// Pensions.
        Pensions = "pensions",
        /// Recruitment.
        Recruitment = "recruitment",
        /// Trafficking in persons.
        Trafficking = "trafficking",
        /// Legal assistance.
        LegalAssistance = "legal assistance",
        /// Anything else.
        Other = "other",
        /// Readmission.
        Readmission = "readmission",
        /// Double taxation.
        DoubleTaxation = "double taxation",
        /// Information exchange.
        InformationExchange = "information exchange",
        /// General cooperation.
        GeneralCooperation = "general cooperation",
        /// Consular matters.
        Consular = "consular",
    }
}

keyed_enum! {
    /// Where an agreement stood, as of the document that says so (legend order,
    /// strongest protection first).
    pub enum Status {
        /// Binding now.
        InForce = "in force",
        /// Ratified by Kyrgyzstan.
        Ratified = "ratified",
        /// Signed, not yet in force.
        Signed = "signed",
        /// Ratification under way.
        BeingRatified = "being ratified",
        /// Being negotiated.
        UnderNegotiation = "under negotiation",
        /// Text drafted.
        Draft = "draft",
        /// Suggested by one side.
        Proposed = "proposed",
        /// Being considered.
        UnderConsideration = "under consideration",
        /// Not ratified by Kyrgyzstan.
        NotRatified = "not ratified",
        /// No longer binding.
        Expired = "expired",
        /// The document does not say.
        Unknown = "unknown",
    }
}

keyed_enum! {
    /// What kind of presence abroad a post is (legend order).
    pub enum PostKind {
        /// An embassy.
        Embassy = "embassy",
        /// A consulate general.
        ConsulateGeneral = "consulate general",
        /// A consulate.
        Consulate = "consulate",
        /// A consular facility whose type the document does not state.
        ConsularFacility = "consular facility",
        /// A chancery, branch or office of an embassy.
        EmbassyOffice = "embassy office",
        /// An honorary consul.
        HonoraryConsul = "honorary consul",
        /// A permanent mission to an organisation.
        PermanentMission = "permanent mission",
        /// An office of the labour or migration ministry abroad.
        LabourOffice = "labour office",
        /// A place where citizens abroad could vote.
        PollingStation = "polling station",
    }
}

keyed_enum! {
    /// Whether a post exists, is new, or is only asked for (legend order).
    pub enum PostStatus {
        /// Working.
        Existing = "existing",
        /// Opened during the period the documents cover.
        Opened = "opened",
        /// Planned by the Government.
        Planned = "planned",
        /// Asked for by migrants, NGOs or the Committee.
        Requested = "requested",
        /// Closed.
        Closed = "closed",
    }
}

keyed_enum! {
    /// How a figure is qualified in its document.
    pub enum Qualifier {
        /// As printed.
        Exact = "exact",
        /// "More than".
        Over = "over",
        /// "Less than".
        Under = "under",
        /// "About", "some".
        About = "about",
        /// A maximum: "up to", "not to exceed", "no longer than".
        UpTo = "up to",
        /// From `value` to `value_high`.
        Range = "range",
    }
}

keyed_enum! {
    /// Whom a figure counts, by sex.
    pub enum Sex {
        /// Everyone (the cell is empty).
        All = "",
        /// Women and girls.
        Female = "female",
        /// Men and boys.
        Male = "male",
    }
}

keyed_enum! {
    /// Whose situation a figure describes; it says how to read its places (`geo`).
    pub enum About {
        /// Kyrgyz citizens abroad: `geo` is where they are (`WLD` for all countries abroad).
        CitizensAbroad = "citizens-abroad",
        /// Foreigners or matters in Kyrgyzstan: `geo` is their country of origin, or `KGZ`.
        InKyrgyzstan = "in-kyrgyzstan",
        /// Anything else (rules of other States and organisations, agreements, targets).
        Other = "other",
    }
}

keyed_enum! {
    /// Who states a figure.
    pub enum Speaker {
        /// The State: its report, its replies, its delegation in the dialogue.
        State = "state",
        /// The Committee as a body (its list of issues).
        Committee = "committee",
        /// A Committee member in the dialogue: a premise or a question, not data.
        CommitteeMember = "committee-member",
        /// A non-governmental organisation's report.
        Ngo = "ngo",
    }
}

keyed_enum! {
    /// The family an indicator belongs to, for grouping in lists.
    pub enum Group {
        /// Migration.
        Migration = "migration",
        /// Remittances.
        Remittances = "remittances",
        /// Consular services.
        Consular = "consular",
        /// Voting abroad.
        Voting = "voting",
        /// Social protection.
        Social = "social",
        /// Employment.
        Employment = "employment",
        /// Foreigners in Kyrgyzstan.
        Foreigners = "foreigners",
        /// Trafficking in persons.
        Trafficking = "trafficking",
        /// Justice.
        Justice = "justice",
        /// Children.
        Children = "children",
        /// COVID-19.
        Covid = "covid",
        /// Education.
        Education = "education",
        /// Rules (terms, limits, penalties).
        Rules = "rules",
        /// Anything else.
        Other = "other",
    }
}

keyed_enum! {
    /// What a figure counts: the word after the number.
    pub enum Unit {
        /// Persons (shown without a unit word).
        Persons = "persons",
        /// Per cent.
        Percent = "percent",
        /// US dollars.
        Usd = "USD",
        /// Kyrgyz soms.
        Kgs = "KGS",
        /// Agreements.
        Agreements = "agreements",
        /// Platforms.
        Platforms = "platforms",
        /// Days.
        Days = "days",
        /// Times.
        Times = "times",
        /// Offices.
        Offices = "offices",
        /// Sessions per year.
        SessionsPerYear = "sessions per year",
        /// Countries.
        Countries = "countries",
        /// Councils.
        Councils = "councils",
        /// Cases.
        Cases = "cases",
        /// Raids.
        Raids = "raids",
        /// Reports.
        Reports = "reports",
        /// Applications.
        Applications = "applications",
        /// Working days.
        WorkingDays = "working days",
        /// Months.
        Months = "months",
        /// Amnesties.
        Amnesties = "amnesties",
        /// Services.
        Services = "services",
        /// Years.
        Years = "years",
        /// Banks.
        Banks = "banks",
        /// Systems.
        Systems = "systems",
        /// Consultations.
        Consultations = "consultations",
        /// Agencies.
        Agencies = "agencies",
        /// Copies.
        Copies = "copies",
        /// Polling stations.
        Stations = "stations",
        /// Places.
        Places = "places",
        /// Textbooks.
        Textbooks = "textbooks",
        /// Books.
        Books = "books",
        /// Schools.
        Schools = "schools",
        /// Organisations.
        Organisations = "organisations",
        /// Institutions.
        Institutions = "institutions",
        /// Partners.
        Partners = "partners",
        /// Regions.
        Regions = "regions",
        /// Programmes.
        Programmes = "programmes",
        /// Centres.
        Centres = "centres",
        /// Facilities.
        Facilities = "facilities",
        /// Posts abroad.
        Posts = "posts",
        /// States.
        States = "states",
        /// Cities.
        Cities = "cities",
        /// Warrants.
        Warrants = "warrants",
        /// Hours.
        Hours = "hours",
        /// Items.
        Items = "items",
        /// Days or years (an indicator whose rows differ; see the data notes).
        DaysOrYears = "days or years",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    macro_rules! check {
        ($($t:ty),*) => {$(
            for (i, v) in <$t>::ALL.iter().copied().enumerate() {
                assert_eq!(v.index(), i);
                assert_eq!(<$t>::from_index(i), Some(v));
                assert_eq!(<$t>::from_key(v.key()), Some(v));
            }
            assert_eq!(<$t>::from_index(<$t>::ALL.len()), None);
        )*};
    }

    #[test]
    fn every_vocabulary_round_trips_through_key_and_index() {
        check!(
            Category, EventKind, Scope, Subject, Status, PostKind, PostStatus, Qualifier, Sex,
            Speaker, Group, Unit
        );
    }

    #[test]
    fn url_keys_write_spaces_as_hyphens() {
        assert_eq!(Status::from_url_key("in-force"), Some(Status::InForce));
        assert_eq!(Status::from_url_key("in force"), Some(Status::InForce));
        assert_eq!(
            PostKind::from_url_key("consulate-general"),
            Some(PostKind::ConsulateGeneral)
        );
        assert_eq!(Status::from_url_key("in-forc"), None);
        assert_eq!(Status::from_url_key(""), None);
    }
}

keyed_enum! {
    /// The parts of a language's text file, in file order. The build writes one section
    /// per part (a line with the count, then one line per item, in dataset order) and the
    /// widget reads them back in the same order.
    pub enum TextPart {
        /// `events.title`.
        EventTitle = "event title",
        /// `events.summary`.
        EventSummary = "event summary",
        /// `agreements.title`.
        AgreementTitle = "agreement title",
        /// `agreements.summary`.
        AgreementSummary = "agreement summary",
        /// `posts.summary`.
        PostSummary = "post summary",
        /// `statistics.note`.
        StatisticNote = "statistic note",
        /// `indicators.label`.
        IndicatorLabel = "indicator label",
        /// `sources.symbol`: a UN symbol, or a short name for other documents.
        SourceSymbol = "source symbol",
        /// `sources.title`.
        SourceTitle = "source title",
        /// `sources.author`.
        SourceAuthor = "source author",
        /// `sources.date`, as printed.
        SourceDate = "source date",
        /// `sources.kind`.
        SourceKind = "source kind",
        /// Organisation names.
        OrganisationName = "organisation name",
        /// Organisation abbreviations (empty when none is usual).
        OrganisationShort = "organisation short",
        /// City names.
        CityName = "city name",
        /// Country names (only the countries the records name).
        CountryName = "country name",
        /// Labels of [`EventKind`].
        EventKindLabel = "event_kind",
        /// Labels of [`Scope`].
        ScopeLabel = "scope",
        /// Labels of [`Subject`].
        SubjectLabel = "subject",
        /// Labels of [`Status`].
        StatusLabel = "status",
        /// Labels of [`PostKind`].
        PostKindLabel = "post_kind",
        /// Labels of [`PostStatus`].
        PostStatusLabel = "post_status",
        /// Labels of [`Qualifier`].
        QualifierLabel = "qualifier",
        /// Labels of [`Group`].
        GroupLabel = "group",
        /// One-line notes of the curated disagreements.
        DisagreementNote = "disagreement note",
        /// Labels of [`Speaker`].
        SpeakerLabel = "speaker",
        /// [`Unit`] after a number whose plural category is `one`.
        UnitOne = "unit one",
        /// [`Unit`], plural category `few` (empty where the language has none).
        UnitFew = "unit few",
        /// [`Unit`], plural category `many` (empty where the language has none).
        UnitMany = "unit many",
        /// [`Unit`], plural category `other`.
        UnitOther = "unit other",
        /// The interface strings (the widget's `Text`), in declaration order.
        Interface = "interface",
        /// The counted phrases (the widget's `Noun`): four forms each, for the plural
        /// categories one, few, many and other (empty where the language has none).
        NounForm = "noun form",
    }
}

impl TextPart {
    /// False for the texts the build checks but does not ship, because the widget never
    /// reads them (a source's author and kind, kept in the data for its provenance).
    pub fn is_shipped(self) -> bool {
        !matches!(self, TextPart::SourceAuthor | TextPart::SourceKind)
    }

    /// True for the long texts only a record's detail, a search, the disagreements, an
    /// export or the evidence sheet reads (summaries, the figures' notes and the
    /// disagreements' notes): the build writes them into
    /// `notes-<lang>.txt`, which the widget fetches when first needed, not into
    /// `text-<lang>.txt`, which every reader downloads before the first paint.
    pub fn is_note(self) -> bool {
        matches!(
            self,
            TextPart::EventSummary
                | TextPart::AgreementSummary
                | TextPart::PostSummary
                | TextPart::StatisticNote
                | TextPart::DisagreementNote
        )
    }
}

/// The keys of the vocabulary a `*Label` text part labels, in index order; `None` for
/// parts that are not vocabulary labels.
pub fn vocabulary_keys(part: TextPart) -> Option<&'static [&'static str]> {
    Some(match part {
        TextPart::EventKindLabel => EventKind::KEYS,
        TextPart::ScopeLabel => Scope::KEYS,
        TextPart::SubjectLabel => Subject::KEYS,
        TextPart::StatusLabel => Status::KEYS,
        TextPart::PostKindLabel => PostKind::KEYS,
        TextPart::PostStatusLabel => PostStatus::KEYS,
        TextPart::QualifierLabel => Qualifier::KEYS,
        TextPart::GroupLabel => Group::KEYS,
        TextPart::SpeakerLabel => Speaker::KEYS,
        TextPart::UnitOne | TextPart::UnitFew | TextPart::UnitMany | TextPart::UnitOther => {
            Unit::KEYS
        }
        _ => return None,
    })
}
