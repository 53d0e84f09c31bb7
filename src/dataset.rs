//! The dataset as one value, read once from the bytes the build produced.
//!
//! `build.rs` checks every row of `data/` and writes the records without their texts as
//! `core.txt` (compiled in; each country with its map anchor), each language's texts as
//! `text-<lang>.txt` (see `texts`), and the map's country outlines as `map-shapes.txt`,
//! fetched when a reader first opens the map and installed here ([`install_outlines`]).
//! [`get`] reads the core on first use; nothing outside this module and `record` indexes
//! the record lists.
//!
//! **Invariant:** every index a record holds (source, indicator, city, vocabulary value)
//! was checked while reading, and [`SourceId`] / [`IndicatorId`] can only be made here, so
//! a citation can never point at a missing or wrong document.

use crate::i18n::Lang;
use crate::model::*;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The language-independent records, as the build wrote them.
const CORE: &str = include_str!(concat!(env!("OUT_DIR"), "/core.txt"));

/// The map's country outlines, once installed (see [`install_outlines`]).
static OUTLINES: OnceLock<Vec<Shape>> = OnceLock::new();

/// The map's outlines as the build wrote them, compiled in on the host only (tests,
/// benchmarks); the wasm fetches `map-shapes.txt` when the map is first shown.
#[cfg(any(test, not(target_arch = "wasm32")))]
const HOST_OUTLINES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/map-shapes.txt"));

/// Installs the map's outlines from the bytes of `map-shapes.txt` (once per page, shared by
/// every widget on it; later calls keep the first). A file that does not read, or lacks a
/// country the records name (a file of another version), is refused with the reason.
pub fn install_outlines(file: &[u8]) -> Result<(), String> {
    if OUTLINES.get().is_none() {
        let _ = OUTLINES.set(read_outlines(file)?);
    }
    Ok(())
}

/// The outlines of a `map-shapes.txt` file, checked (see [`install_outlines`]). The errors
/// are terse: the loader names the file when it reports one.
fn read_outlines(file: &[u8]) -> Result<Vec<Shape>, String> {
    // Packed as the texts are (ASCII but for the table line): read with no UTF-8 check,
    // which the wasm would otherwise carry. Leaked once per page, as the texts are: the
    // shapes borrow their codes and paths.
    let text = atlas_vocab::packed::unpack(file)?;
    let shapes = read_shapes(text.leak())?;
    let complete = get()
        .countries
        .iter()
        .all(|c| shapes.iter().any(|s| s.code == c.iso3));
    if complete {
        Ok(shapes)
    } else {
        Err("a country the records name has no outline".into())
    }
}

/// The map's country outlines, in drawing order; empty until they are installed (on the
/// host they are read from the build's output on first use).
pub fn outlines() -> &'static [Shape] {
    #[cfg(not(target_arch = "wasm32"))]
    if OUTLINES.get().is_none() {
        if let Err(e) = install_outlines(HOST_OUTLINES) {
            crate::report(&e);
        }
    }
    OUTLINES.get().map_or(&[], Vec::as_slice)
}

/// True once the map's outlines are installed.
pub fn outlines_installed() -> bool {
    !outlines().is_empty()
}

/// Reads a shapes file (`atlas_build::generate_shapes`): every line is checked, and a path
/// holds only what the build writes (`M`, `l`, `z`, digits, `-` and spaces).
pub fn read_shapes(text: &'static str) -> Result<Vec<Shape>, String> {
    let mut r = Reader::new(text);
    r.expect_header("atlas 1 shapes")?;
    r.section(|f| {
        let code = f.str()?;
        let anchor = f.lon_lat()?.ok_or("a shape without an anchor")?;
        let path = f.str()?;
        if !path
            .bytes()
            .all(|b| b"Mlz- ".contains(&b) || b.is_ascii_digit())
        {
            return Err(format!("a bad path for {code}"));
        }
        Ok(Shape { code, anchor, path })
    })
}

/// A source document, by position in the dataset. Only this module makes one, after
/// checking the position exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SourceId(u8);

impl SourceId {
    /// Position in [`Dataset::sources`] (and in the texts' source parts).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// An indicator, by position in the dataset; made only here, like [`SourceId`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IndicatorId(u16);

impl IndicatorId {
    /// Position in [`Dataset::indicators`] (and in the texts' indicator labels).
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

/// Every record, place and lookup table of the atlas.
#[derive(Debug, Default)]
pub struct Dataset {
    /// The source documents.
    pub sources: Vec<Source>,
    /// The countries the records name (and Kyrgyzstan).
    pub countries: Vec<Country>,
    /// Codes of organisations that can be parties (`EAEU`, `CIS`, `ILO`…).
    pub organisations: Vec<&'static str>,
    /// Cities posts are in.
    pub cities: Vec<City>,
    /// What the figures measure.
    pub indicators: Vec<Indicator>,
    pub(crate) events: Vec<Event>,
    pub(crate) agreements: Vec<Agreement>,
    pub(crate) posts: Vec<Post>,
    pub(crate) statistics: Vec<Statistic>,
    /// The curated disagreements.
    pub disagreements: Vec<DisagreementRow>,
    /// Which countries belong to which organisation (EAEU, CIS), each cited.
    pub memberships: Vec<Membership>,
}

static DATASET: OnceLock<Dataset> = OnceLock::new();

/// The dataset, read from the compiled-in core on first use. A core that does not read
/// (only a build defect could cause it; a host test reads it) gives an empty dataset and
/// a console message rather than a panic.
pub fn get() -> &'static Dataset {
    DATASET.get_or_init(|| {
        let d = Dataset::read(CORE).unwrap_or_else(|e| {
            crate::report(&format!(
                "migration-atlas: the compiled-in dataset does not read: {e}"
            ));
            Dataset::default()
        });
        #[cfg(feature = "bench-tenfold")]
        let d = d.copied();
        d
    })
}

/// How many copies of the records the dataset holds: [`COPIES_IN_BENCH`] in a build with the
/// `bench-tenfold` feature (the browser benchmark's 10× case, never shipped), else one.
pub const COPIES: usize = if cfg!(feature = "bench-tenfold") {
    COPIES_IN_BENCH
} else {
    1
};

/// See [`COPIES`].
pub const COPIES_IN_BENCH: usize = 10;

#[cfg(feature = "bench-tenfold")]
impl Dataset {
    /// The records repeated [`COPIES`] times, each copy's ids suffixed (`-x2`…) so that
    /// keys and selections stay unique; the texts repeat to match (`texts`).
    fn copied(mut self) -> Dataset {
        fn more<T: Clone>(list: &mut Vec<T>, id: impl Fn(&mut T) -> &mut &'static str) {
            let n = list.len();
            for copy in 1..COPIES {
                for i in 0..n {
                    let mut r = list[i].clone();
                    let new: &'static str =
                        Box::leak(format!("{}-x{}", *id(&mut r), copy + 1).into_boxed_str());
                    *id(&mut r) = new;
                    list.push(r);
                }
            }
        }
        more(&mut self.events, |r| &mut r.id);
        more(&mut self.agreements, |r| &mut r.id);
        more(&mut self.posts, |r| &mut r.id);
        more(&mut self.statistics, |r| &mut r.id);
        self
    }
}

impl Dataset {
    /// Reads a core file (`build.rs` writes it; see `atlas_build::generate_core`).
    pub fn read(core: &'static str) -> Result<Dataset, String> {
        let mut r = Reader::new(core);
        r.expect_header("atlas 1 core")?;
        let sources = r.section(|f| {
            Ok(Source {
                id: f.str()?,
                symbol: f.str()?,
                year: f.int()?,
                url: f.str()?,
            })
        })?;
        let countries = r.section(|f| {
            Ok(Country {
                iso3: f.str()?,
                capital: f.lon_lat()?,
                anchor: f.lon_lat()?.ok_or("a country without a map anchor")?,
            })
        })?;
        let organisations = r.section(|f| f.str())?;
        let cities = r.section(|f| {
            Ok(City {
                key: f.str()?,
                country: f.str()?,
            })
        })?;
        let indicators = r.section(|f| {
            Ok(Indicator {
                key: f.str()?,
                unit: f.vocab(Unit::from_index)?,
                group: f.vocab(Group::from_index)?,
            })
        })?;
        let (n_sources, n_indicators, n_cities) = (sources.len(), indicators.len(), cities.len());
        let events = r.section(|f| {
            Ok(Event {
                id: f.str()?,
                date: f.date()?.ok_or("an event without a date")?,
                end: f.date()?,
                category: f.vocab(Category::from_index)?,
                kind: f.vocab(EventKind::from_index)?,
                countries: f.list()?,
                cite: f.cites(n_sources)?,
            })
        })?;
        let agreements = r.section(|f| {
            Ok(Agreement {
                id: f.str()?,
                scope: f.vocab(Scope::from_index)?,
                parties: f.list()?,
                subjects: f.vocab_list(Subject::from_index)?,
                signed: f.date()?,
                in_force: f.date()?,
                status: f.vocab(Status::from_index)?,
                cite: f.cites(n_sources)?,
            })
        })?;
        let posts = r.section(|f| {
            Ok(Post {
                id: f.str()?,
                kind: f.vocab(PostKind::from_index)?,
                city: f.optional_index(n_cities)?,
                country: f.str()?,
                lon_lat: f.lon_lat()?,
                status: f.vocab(PostStatus::from_index)?,
                date: f.date()?,
                cite: f.cites(n_sources)?,
            })
        })?;
        let statistics = r.section(|f| {
            Ok(Statistic {
                id: f.str()?,
                indicator: IndicatorId(f.index(n_indicators)?),
                value: f.decimal()?,
                value_high: f.optional_decimal()?,
                qualifier: f.vocab(Qualifier::from_index)?,
                unit: f.vocab(Unit::from_index)?,
                period: f.period()?,
                geo: f.list()?,
                about: f.vocab(About::from_index)?,
                speaker: f.vocab(Speaker::from_index)?,
                cite: f.cites(n_sources)?,
            })
        })?;
        let disagreements = r.section(|f| {
            Ok(DisagreementRow {
                id: f.str()?,
                records: f.list()?,
            })
        })?;
        let memberships = r.section(|f| {
            Ok(Membership {
                organisation: f.str()?,
                country: f.str()?,
                since: f.date()?,
                cite: f.cites(n_sources)?,
            })
        })?;
        Ok(Dataset {
            sources,
            countries,
            organisations,
            cities,
            indicators,
            events,
            agreements,
            posts,
            statistics,
            disagreements,
            memberships,
        })
    }

    /// The document a citation points to.
    pub fn source(&self, id: SourceId) -> &Source {
        // `SourceId`s are made only while reading, after checking the position.
        &self.sources[id.index()]
    }

    /// Every source with its id, in file order.
    pub fn source_ids(&self) -> impl Iterator<Item = (SourceId, &Source)> {
        self.sources
            .iter()
            .enumerate()
            .map(|(i, s)| (SourceId(i as u8), s))
    }

    /// What a figure measures.
    pub fn indicator(&self, id: IndicatorId) -> &Indicator {
        &self.indicators[id.index()]
    }

    /// The indicator with this key.
    pub fn indicator_by_key(&self, key: &str) -> Option<IndicatorId> {
        let i = self.indicators.iter().position(|x| x.key == key)?;
        Some(IndicatorId(u16::try_from(i).ok()?))
    }

    /// The position of the country with this ISO alpha-3 code.
    pub fn country_index(&self, iso3: &str) -> Option<usize> {
        self.countries.iter().position(|c| c.iso3 == iso3)
    }

    /// The country with this ISO alpha-3 code.
    pub fn country(&self, iso3: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.iso3 == iso3)
    }

    /// The position of the organisation with this code.
    pub fn organisation_index(&self, code: &str) -> Option<usize> {
        self.organisations.iter().position(|o| *o == code)
    }
}

/// Whether `country` is a member of the organisation `organisation` (memberships.csv).
pub fn is_member(country: &str, organisation: &str) -> bool {
    get()
        .memberships
        .iter()
        .any(|m| m.organisation == organisation && m.country == country)
}

/// The country with this ISO alpha-3 code, if the records name it.
pub fn country(iso3: &str) -> Option<&'static Country> {
    get().country(iso3)
}

/// The organisation code, if it is one the dataset knows.
pub fn organisation(code: &str) -> Option<&'static str> {
    get().organisations.iter().copied().find(|o| *o == code)
}

/// What a figure measures.
pub fn indicator(id: IndicatorId) -> &'static Indicator {
    get().indicator(id)
}

/// The indicator with this key.
pub fn indicator_index(key: &str) -> Option<IndicatorId> {
    get().indicator_by_key(key)
}

/// The source with this id in the dataset (a shorthand for views).
pub fn source_of(citation: &Citation) -> &'static Source {
    get().source(citation.source)
}

/// A readable name for a country or organisation code, in `lang`. Unknown codes are
/// shown as they are rather than hidden.
pub fn place_name(code: &str, lang: Lang) -> &str {
    let d = get();
    let t = crate::texts::for_lang(lang);
    if let Some(i) = d.country_index(code) {
        return t.get(TextPart::CountryName, i);
    }
    if code == "WLD" {
        return crate::i18n::tr(lang, crate::i18n::Text::AllCountries);
    }
    match d.organisation_index(code) {
        Some(i) => t.get(TextPart::OrganisationName, i),
        None => code,
    }
}

use atlas_vocab::TextPart;

/// Reads the line-oriented core format: sections of `count` lines, tab-separated fields.
struct Reader {
    lines: std::str::Lines<'static>,
    line: usize,
}

impl Reader {
    fn new(text: &'static str) -> Self {
        Reader {
            lines: text.lines(),
            line: 0,
        }
    }

    fn next_line(&mut self) -> Result<&'static str, String> {
        self.line += 1;
        self.lines
            .next()
            .ok_or_else(|| format!("line {}: missing", self.line))
    }

    fn expect_header(&mut self, header: &str) -> Result<(), String> {
        let line = self.next_line()?;
        if line == header {
            Ok(())
        } else {
            Err(format!("not a file of this version ('{line}')"))
        }
    }

    fn section<T>(
        &mut self,
        mut row: impl FnMut(&mut Fields) -> Result<T, String>,
    ) -> Result<Vec<T>, String> {
        let count: usize = self
            .next_line()?
            .parse()
            .map_err(|_| format!("line {}: not a count", self.line))?;
        let mut out = Vec::with_capacity(count);
        for _ in 0..count {
            let text = self.next_line()?;
            let mut f = Fields {
                fields: text.split('\t'),
            };
            out.push(row(&mut f).map_err(|e| format!("line {}: {e}", self.line))?);
        }
        Ok(out)
    }
}

/// The fields of one line, read left to right.
///
/// Each reader is `#[inline(never)]`: inlined into every section's closure they made
/// `Dataset::read` the largest function of the wasm (15.6 KB raw); measured −0.3 KB gzip.
struct Fields {
    fields: std::str::Split<'static, char>,
}

impl Fields {
    #[inline(never)]
    fn str(&mut self) -> Result<&'static str, String> {
        self.fields
            .next()
            .ok_or_else(|| "missing field".to_string())
    }

    #[inline(never)]
    fn int<T: TryFrom<u64>>(&mut self) -> Result<T, String> {
        let s = self.str()?;
        parse_int(s)
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("bad number '{s}'"))
    }

    #[inline(never)]
    fn index<T: TryFrom<u64>>(&mut self, len: usize) -> Result<T, String> {
        let s = self.str()?;
        parse_int(s)
            .filter(|&n| n < len as u64)
            .and_then(|n| T::try_from(n).ok())
            .ok_or_else(|| format!("bad index '{s}'"))
    }

    #[inline(never)]
    fn optional_index(&mut self, len: usize) -> Result<Option<u16>, String> {
        let s = self.str()?;
        if s.is_empty() {
            return Ok(None);
        }
        parse_int(s)
            .filter(|&n| n < len as u64)
            .and_then(|n| u16::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("bad index '{s}'"))
    }

    #[inline(never)]
    fn vocab<T>(&mut self, from_index: fn(usize) -> Option<T>) -> Result<T, String> {
        let s = self.str()?;
        parse_int(s)
            .and_then(|n| from_index(n as usize))
            .ok_or_else(|| format!("bad vocabulary index '{s}'"))
    }

    #[inline(never)]
    fn vocab_list<T>(
        &mut self,
        from_index: fn(usize) -> Option<T>,
    ) -> Result<&'static [T], String> {
        let s = self.str()?;
        let items = s
            .split(';')
            .filter(|x| !x.is_empty())
            .map(|x| {
                parse_int(x)
                    .and_then(|n| from_index(n as usize))
                    .ok_or_else(|| format!("bad vocabulary index '{x}'"))
            })
            .collect::<Result<Vec<T>, String>>()?;
        Ok(items.leak())
    }

    #[inline(never)]
    fn list(&mut self) -> Result<&'static [&'static str], String> {
        let s = self.str()?;
        Ok(s.split(';')
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .leak())
    }

    #[inline(never)]
    fn decimal(&mut self) -> Result<f64, String> {
        let s = self.str()?;
        parse_decimal(s).ok_or_else(|| format!("bad number '{s}'"))
    }

    #[inline(never)]
    fn optional_decimal(&mut self) -> Result<Option<f64>, String> {
        let s = self.str()?;
        if s.is_empty() {
            Ok(None)
        } else {
            parse_decimal(s)
                .map(Some)
                .ok_or_else(|| format!("bad number '{s}'"))
        }
    }

    #[inline(never)]
    fn lon_lat(&mut self) -> Result<Option<(f64, f64)>, String> {
        let lon = self.str()?;
        let lat = self.str()?;
        if lon.is_empty() {
            return Ok(None);
        }
        match (parse_decimal(lon), parse_decimal(lat)) {
            (Some(a), Some(b)) => Ok(Some((a, b))),
            _ => Err(format!("bad coordinates '{lon}', '{lat}'")),
        }
    }

    #[inline(never)]
    fn date(&mut self) -> Result<Option<Date>, String> {
        let s = self.str()?;
        if s.is_empty() {
            return Ok(None);
        }
        parse_date(s)
            .map(Some)
            .ok_or_else(|| format!("bad date '{s}'"))
    }

    #[inline(never)]
    fn period(&mut self) -> Result<Period, String> {
        let s = self.str()?;
        if s.is_empty() {
            return Ok(Period::Unknown);
        }
        let bad = || format!("bad period '{s}'");
        match s.split_once('/') {
            Some((a, b)) => Ok(Period::Span(
                parse_date(a).ok_or_else(bad)?,
                parse_date(b).ok_or_else(bad)?,
            )),
            None => Ok(Period::At(parse_date(s).ok_or_else(bad)?)),
        }
    }

    #[inline(never)]
    fn cites(&mut self, sources: usize) -> Result<&'static [Citation], String> {
        let s = self.str()?;
        let items = s
            .split(';')
            .map(|c| {
                let (source, para) = c.split_once(':')?;
                let source = parse_int(source).filter(|&n| n < sources as u64)?;
                Some(Citation {
                    source: SourceId(u8::try_from(source).ok()?),
                    para: u16::try_from(parse_int(para)?).ok()?,
                })
            })
            .collect::<Option<Vec<_>>>()
            .filter(|v| !v.is_empty())
            .ok_or_else(|| format!("bad citations '{s}'"))?;
        Ok(items.leak())
    }
}

/// A decimal integer of ASCII digits (no sign).
fn parse_int(s: &str) -> Option<u64> {
    if s.is_empty() || s.len() > 19 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(s.bytes().fold(0, |n, b| n * 10 + u64::from(b - b'0')))
}

/// `-12.5`, `1063000`: what the build writes. Hand-written because the standard float
/// parser costs the wasm several kilobytes for inputs this simple.
fn parse_decimal(s: &str) -> Option<f64> {
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let mut value = parse_int(whole)? as f64;
    if !fraction.is_empty() {
        value += parse_int(fraction)? as f64 / 10f64.powi(fraction.len() as i32);
    }
    Some(if negative { -value } else { value })
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn parse_date(s: &str) -> Option<Date> {
    let mut parts = s.split('-');
    let year = u16::try_from(parse_int(parts.next()?)?).ok()?;
    let month = parts
        .next()
        .map_or(Some(0), |m| u8::try_from(parse_int(m)?).ok())?;
    let day = parts
        .next()
        .map_or(Some(0), |d| u8::try_from(parse_int(d)?).ok())?;
    (parts.next().is_none() && month <= 12 && day <= 31).then_some(Date { year, month, day })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_core_reads_completely() {
        let d = Dataset::read(CORE).expect("the core reads");
        assert_eq!(
            d.events.len(),
            CORE.lines().filter(|l| l.starts_with("ev-")).count()
        );
        assert!(d.events.len() > 100 && d.agreements.len() > 100 && d.statistics.len() > 300);
        assert_eq!(d.sources.len(), 5);
    }

    #[test]
    fn the_shapes_file_reads_with_kyrgyzstan_drawn() {
        let shapes = read_outlines(HOST_OUTLINES).expect("the shapes read");
        assert_eq!(shapes.len(), outlines().len());
        assert!(shapes.len() > 150, "{} shapes", shapes.len());
        let kgz = shapes.iter().find(|s| s.code == "KGZ").expect("Kyrgyzstan");
        assert!(kgz.path.starts_with('M') && kgz.anchor.0 > 0.0 && kgz.anchor.1 > 0.0);
        assert_eq!(Some(kgz.anchor), country("KGZ").map(|c| c.anchor));
    }

    #[test]
    fn every_country_a_record_names_has_its_anchor_compiled_in() {
        // The marks draw from these before the outlines arrive, and without them if the
        // outlines never do: each anchor must be the one the outlines file has.
        let d = get();
        let mut checked = 0;
        for r in crate::record::RecordRef::all() {
            for code in r.places() {
                if organisation(code).is_some() || *code == "WLD" {
                    continue;
                }
                let c = country(code).unwrap_or_else(|| panic!("{code} of {}", r.id()));
                let shape = outlines()
                    .iter()
                    .find(|s| s.code == *code)
                    .expect("a shape");
                assert_eq!(c.anchor, shape.anchor, "{code}");
                checked += 1;
            }
        }
        assert!(checked > 500 && d.countries.len() > 30, "{checked}");
        let world = (0.0..=atlas_geo::WORLD_WIDTH, 0.0..=atlas_geo::WORLD_WIDTH);
        for c in &d.countries {
            assert!(world.0.contains(&c.anchor.0) && world.1.contains(&c.anchor.1));
        }
    }

    #[test]
    fn a_malformed_shapes_file_is_refused_with_a_reason() {
        let refused =
            |text: &str| read_outlines(&atlas_vocab::packed::pack(text)).expect_err("refused");
        assert!(refused("<!doctype html><p>Not found").contains("not a file of this version"));
        assert!(refused("atlas 1 shapes\n2\nKGZ\t1\t1\tM0 0l1 1z\n").contains("missing"));
        assert!(refused("atlas 1 shapes\n1\nKGZ\tx\t1\tM0 0z\n").contains("coordinates"));
        assert!(refused("atlas 1 shapes\n1\nKGZ\t\t\tM0 0z\n").contains("anchor"));
        let script = "atlas 1 shapes\n1\nKGZ\t1\t1\tM0 0\"/><script>\n";
        assert!(refused(script).contains("bad path for KGZ"));
        let bytes = read_outlines(&[0xff, 0xfe]).expect_err("not packed text");
        assert!(bytes.contains("not ASCII"), "{bytes}");
        // A file of another version, well formed but without a country the records name.
        let kgz_only = "atlas 1 shapes\n1\nKGZ\t650.1\t90.2\tM0 0l1 1 -1 0z\n";
        assert!(refused(kgz_only).contains("no outline"));
    }

    #[test]
    fn a_bad_index_is_refused_while_reading_not_clamped_later() {
        let bad = "atlas 1 core\n1\nDOC\tX/1\t2020\t\n0\n0\n0\n0\n1\nev-x\t2020\t\t0\t0\tKGZ\t7:1\n0\n0\n0\n0\n0\n";
        let err = Dataset::read(bad).expect_err("source 7 does not exist");
        assert!(err.contains("bad citations"), "{err}");
        let bad_vocab = "atlas 1 core\n1\nDOC\tX/1\t2020\t\n0\n0\n0\n0\n1\nev-x\t2020\t\t99\t0\tKGZ\t0:1\n0\n0\n0\n0\n0\n";
        assert!(Dataset::read(bad_vocab)
            .expect_err("category 99")
            .contains("vocabulary"));
        assert!(Dataset::read("atlas 2 core\n").is_err());
        assert!(Dataset::read("").is_err());
    }

    #[test]
    fn decimals_and_dates_read_as_the_build_writes_them() {
        assert_eq!(parse_decimal("2756.2"), Some(2756.2));
        assert_eq!(parse_decimal("-0.5"), Some(-0.5));
        assert_eq!(parse_decimal("1063000"), Some(1_063_000.0));
        assert_eq!(parse_decimal("1e5"), None);
        assert_eq!(parse_decimal(""), None);
        assert_eq!(
            parse_date("2012-10-11"),
            Some(Date {
                year: 2012,
                month: 10,
                day: 11
            })
        );
        assert_eq!(parse_date("2015"), Some(Date::year(2015)));
        assert_eq!(parse_date("2015-13"), None);
    }

    #[test]
    fn kyrgyzstan_has_names_in_three_languages() {
        assert_eq!(place_name("KGZ", Lang::En), "Kyrgyzstan");
        assert_eq!(place_name("KGZ", Lang::Ky), "Кыргызстан");
        assert_eq!(place_name("KGZ", Lang::Ru), "Кыргызстан");
    }

    #[test]
    fn organisation_codes_read_as_names_and_unknown_codes_stay_visible() {
        assert_eq!(place_name("EAEU", Lang::En), "Eurasian Economic Union");
        assert_eq!(place_name("ZZZ", Lang::En), "ZZZ");
    }
}
