//! Month-precise time ranges: what the year filter, the timeline brush and the URL share.

use crate::model::Date;
use crate::viewport::TIME_LIMITS;

/// A range of whole months, `start` inclusive, `end` exclusive, counted as
/// `year * 12 + month_index` (January = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct MonthRange {
    /// First month in the range.
    pub start: u32,
    /// First month after the range.
    pub end: u32,
}

/// The earliest and latest months a range may name (the data spans 1990s–2030).
pub const LIMITS: (u32, u32) = (1950 * 12, 2041 * 12);

impl MonthRange {
    /// Whole years `from..=to`.
    pub fn years(from: u16, to: u16) -> Option<MonthRange> {
        MonthRange::new(u32::from(from) * 12, (u32::from(to) + 1) * 12)
    }

    /// A non-empty range inside [`LIMITS`].
    pub fn new(start: u32, end: u32) -> Option<MonthRange> {
        (start < end && start >= LIMITS.0 && end <= LIMITS.1).then_some(MonthRange { start, end })
    }

    /// From fractional years, rounded outward to whole months and clamped to [`LIMITS`].
    pub fn from_years(from: f64, to: f64) -> Option<MonthRange> {
        if !from.is_finite() || !to.is_finite() {
            return None;
        }
        let (a, b) = if from <= to { (from, to) } else { (to, from) };
        let start = ((a * 12.0).floor() as i64)
            .max(i64::from(LIMITS.0))
            .min(i64::from(LIMITS.1) - 1);
        let end = ((b * 12.0).ceil() as i64)
            .max(start + 1)
            .min(i64::from(LIMITS.1));
        MonthRange::new(start as u32, end as u32)
    }

    /// Start as a fractional year.
    pub fn from_year(self) -> f64 {
        f64::from(self.start) / 12.0
    }

    /// End as a fractional year.
    pub fn to_year(self) -> f64 {
        f64::from(self.end) / 12.0
    }

    /// True when the range and `[a, b]` (fractional years) share any instant.
    pub fn overlaps(self, a: f64, b: f64) -> bool {
        a < self.to_year() && b > self.from_year()
    }

    /// True when the range covers whole calendar years.
    pub fn is_whole_years(self) -> bool {
        self.start.is_multiple_of(12) && self.end.is_multiple_of(12)
    }

    /// Text for people: `2015–2023` (or `2015`) for whole years, else `2015-03–2016-07`.
    pub fn label(self) -> String {
        self.text("–", true)
    }

    /// The range with `separator` between its ends: years when it covers whole years,
    /// otherwise `YYYY-MM` months; a single year alone when `collapse` is set.
    pub fn text(self, separator: &str, collapse: bool) -> String {
        let last = self.end - 1;
        if self.is_whole_years() {
            let (a, b) = (self.start / 12, last / 12);
            if a == b && collapse {
                format!("{a}")
            } else {
                format!("{a}{separator}{b}")
            }
        } else {
            format!(
                "{}-{:02}{separator}{}-{:02}",
                self.start / 12,
                self.start % 12 + 1,
                last / 12,
                last % 12 + 1
            )
        }
    }
}

/// The years the filter's From and To boxes offer, the whole years of the timeline's
/// span. An empty box means its end of this span: the range is open on that side.
pub const YEAR_INPUTS: (u16, u16) = (TIME_LIMITS.0 as u16, TIME_LIMITS.1 as u16 - 1);

/// [`YEAR_INPUTS`] as text, for the boxes' `min`, `max` and placeholders: formatting the
/// numbers at run time cost 120 bytes of gzipped wasm. A test keeps the two equal.
pub const YEAR_INPUTS_TEXT: (&str, &str) = ("1990", "2031");

/// A year box's text once it names a whole year: four digits inside [`YEAR_INPUTS`].
/// Until then ("2", "20", "202") the box keeps its text to itself.
pub fn complete_year(text: &str) -> Option<u16> {
    let text = text.trim();
    if text.len() != 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u16 = text.parse().ok()?;
    (YEAR_INPUTS.0..=YEAR_INPUTS.1)
        .contains(&year)
        .then_some(year)
}

/// The range the two year boxes ask for: an empty box (`None`) is open on its side, both
/// empty is no range, and ends typed the wrong way round are swapped.
pub fn from_year_inputs(from: Option<u16>, to: Option<u16>) -> Option<MonthRange> {
    if from.is_none() && to.is_none() {
        return None;
    }
    let (a, b) = (from.unwrap_or(YEAR_INPUTS.0), to.unwrap_or(YEAR_INPUTS.1));
    MonthRange::years(a.min(b), a.max(b))
}

/// What the two year boxes show for `range`: its first and last years, except that an end
/// at the edge of [`YEAR_INPUTS`] (or beyond) shows as an empty box, so a default is
/// never written into a box the reader left empty. Inverse of [`from_year_inputs`].
pub fn year_inputs(range: Option<MonthRange>) -> (Option<u16>, Option<u16>) {
    let Some(r) = range else {
        return (None, None);
    };
    let (first, last) = ((r.start / 12) as u16, ((r.end - 1) / 12) as u16);
    (
        (first > YEAR_INPUTS.0).then_some(first),
        (last < YEAR_INPUTS.1).then_some(last),
    )
}

/// The month a date starts in.
pub fn month_of(date: Date) -> u32 {
    u32::from(date.year) * 12 + u32::from(date.month.max(1)) - 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_years_cover_january_to_december() {
        let r = MonthRange::years(2015, 2023).expect("valid");
        assert_eq!(r.from_year(), 2015.0);
        assert_eq!(r.to_year(), 2024.0);
        assert_eq!(r.label(), "2015–2023");
        assert_eq!(
            MonthRange::years(2020, 2020)
                .map(MonthRange::label)
                .as_deref(),
            Some("2020")
        );
    }

    #[test]
    fn fractional_years_round_outward_to_months() {
        let r = MonthRange::from_years(2015.2, 2016.5).expect("valid");
        assert_eq!(r.label(), "2015-03–2016-06");
        assert_eq!(MonthRange::from_years(2016.5, 2015.2), Some(r));
        assert_eq!(MonthRange::from_years(f64::NAN, 1.0), None);
    }

    #[test]
    fn overlap_is_half_open() {
        let r = MonthRange::years(2015, 2015).expect("valid");
        assert!(r.overlaps(2015.5, 2015.6));
        assert!(r.overlaps(2010.0, 2015.01));
        assert!(!r.overlaps(2016.0, 2017.0));
        assert!(!r.overlaps(2014.0, 2015.0));
    }

    #[test]
    fn a_year_box_speaks_only_when_it_holds_a_whole_year() {
        for partial in [
            "", "2", "20", "202", "20312022", "2022.5", "-202", "1950", "2099",
        ] {
            assert_eq!(complete_year(partial), None, "{partial:?}");
        }
        assert_eq!(complete_year("2022"), Some(2022));
        assert_eq!(complete_year(" 1990 "), Some(1990));
        assert_eq!(YEAR_INPUTS, (1990, 2031));
        assert_eq!(
            (YEAR_INPUTS_TEXT.0.parse(), YEAR_INPUTS_TEXT.1.parse()),
            (Ok(YEAR_INPUTS.0), Ok(YEAR_INPUTS.1))
        );
    }

    #[test]
    fn an_empty_year_box_is_open_ended() {
        let from_2022 = from_year_inputs(Some(2022), None);
        assert_eq!(from_2022, MonthRange::years(2022, YEAR_INPUTS.1));
        // The To box stays empty: no default is written back into it.
        assert_eq!(year_inputs(from_2022), (Some(2022), None));
        let until_2010 = from_year_inputs(None, Some(2010));
        assert_eq!(year_inputs(until_2010), (None, Some(2010)));
        assert_eq!(from_year_inputs(None, None), None);
        assert_eq!(year_inputs(None), (None, None));
    }

    #[test]
    fn year_boxes_round_trip_and_swap_reversed_ends() {
        let r = from_year_inputs(Some(2022), Some(2022));
        assert_eq!(r.map(MonthRange::label).as_deref(), Some("2022"));
        assert_eq!(year_inputs(r), (Some(2022), Some(2022)));
        assert_eq!(
            from_year_inputs(Some(2023), Some(2015)),
            MonthRange::years(2015, 2023)
        );
        // A brushed range in months shows the years it starts and ends in.
        let months = MonthRange::new(2015 * 12 + 2, 2016 * 12 + 7);
        assert_eq!(year_inputs(months), (Some(2015), Some(2016)));
    }

    #[test]
    fn empty_and_out_of_range_spans_are_refused() {
        assert_eq!(MonthRange::new(100, 100), None);
        assert_eq!(MonthRange::years(1800, 1900), None);
        assert_eq!(MonthRange::years(2020, 2019), None);
    }
}
