//! Month-precise time ranges: what the year filter, the timeline brush and the URL share.

use crate::model::Date;

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
    fn empty_and_out_of_range_spans_are_refused() {
        assert_eq!(MonthRange::new(100, 100), None);
        assert_eq!(MonthRange::years(1800, 1900), None);
        assert_eq!(MonthRange::years(2020, 2019), None);
    }
}
