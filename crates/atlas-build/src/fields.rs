//! Parsers for single cells. Each returns a plain-language reason on failure; the caller
//! adds `file:line`.

/// A date as precise as its document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year.
    pub year: u16,
    /// Month, 0 when unknown.
    pub month: u8,
    /// Day, 0 when unknown.
    pub day: u8,
}

impl Date {
    /// The first day the date can mean, for ordering checks.
    fn earliest(self) -> (u16, u8, u8) {
        (self.year, self.month.max(1), self.day.max(1))
    }

    /// The last day the date can mean, for ordering checks.
    fn latest(self) -> (u16, u8, u8) {
        (
            self.year,
            if self.month == 0 { 12 } else { self.month },
            if self.day == 0 { 31 } else { self.day },
        )
    }
}

/// Earliest and latest years a record may carry: the documents speak of 1990s history
/// and of plans up to 2030.
pub const YEARS: std::ops::RangeInclusive<u16> = 1950..=2040;

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn date(text: &str) -> Result<Date, String> {
    let bad = || format!("bad date '{text}' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    let parts: Vec<&str> = text.split('-').collect();
    if parts.is_empty()
        || parts.len() > 3
        || parts[0].len() != 4
        || parts[1..].iter().any(|p| p.len() != 2)
    {
        return Err(bad());
    }
    let numbers: Vec<u16> = parts
        .iter()
        .map(|p| {
            if p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse::<u16>().ok()
            } else {
                None
            }
        })
        .collect::<Option<_>>()
        .ok_or_else(bad)?;
    let year = numbers[0];
    if !YEARS.contains(&year) {
        return Err(format!(
            "bad date '{text}': year outside {}–{}",
            YEARS.start(),
            YEARS.end()
        ));
    }
    let month = numbers.get(1).copied().unwrap_or(0);
    let day = numbers.get(2).copied().unwrap_or(0);
    if parts.len() > 1 && !(1..=12).contains(&month) {
        return Err(format!("bad date '{text}': no month {month}"));
    }
    if parts.len() > 2 && !(1..=days_in_month(year, month)).contains(&day) {
        return Err(format!("bad date '{text}': no day {day} in that month"));
    }
    Ok(Date {
        year,
        month: month as u8,
        day: day as u8,
    })
}

fn days_in_month(year: u16, month: u16) -> u16 {
    match month {
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// An optional date: empty is `None`.
pub fn optional_date(text: &str) -> Result<Option<Date>, String> {
    if text.is_empty() {
        Ok(None)
    } else {
        date(text).map(Some)
    }
}

/// True when `end` cannot be before `start` at their common precision.
pub fn ordered(start: Date, end: Date) -> bool {
    start.earliest() <= end.latest()
}

/// A statistic's period: empty, a date, or `A/B`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Period {
    /// No time given.
    Unknown,
    /// One date.
    At(Date),
    /// A span.
    Span(Date, Date),
}

/// Parses a period cell.
pub fn period(text: &str) -> Result<Period, String> {
    if text.is_empty() {
        return Ok(Period::Unknown);
    }
    match text.split_once('/') {
        None => date(text).map(Period::At),
        Some((a, b)) => {
            let (a, b) = (date(a)?, date(b)?);
            if a >= b {
                return Err(format!(
                    "bad period '{text}': the span ends before it starts"
                ));
            }
            Ok(Period::Span(a, b))
        }
    }
}

/// A finite number written with digits and an optional `.` decimal part.
pub fn number(text: &str) -> Result<f64, String> {
    let plain = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'.' || b == b'-')
        && text.bytes().filter(|&b| b == b'.').count() <= 1;
    match text.parse::<f64>() {
        Ok(v) if plain && v.is_finite() => Ok(v),
        _ => Err(format!(
            "'{text}' is not a plain number (digits, no separators)"
        )),
    }
}

/// A `;`-separated list; empty items are dropped.
pub fn list(text: &str) -> Vec<String> {
    text.split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// One of `allowed`, exactly.
pub fn one_of<'a>(text: &str, what: &str, allowed: &[&'a str]) -> Result<&'a str, String> {
    allowed.iter().copied().find(|a| *a == text).ok_or_else(|| {
        format!(
            "unknown {what} '{text}' (expected one of: {})",
            allowed.join(", ")
        )
    })
}

/// An id: lower-case letters, digits and hyphens, starting with `prefix`.
pub fn id(text: &str, prefix: &str) -> Result<(), String> {
    let ok = text.starts_with(prefix)
        && text.len() > prefix.len()
        && text.len() <= 64
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    if ok {
        Ok(())
    } else {
        Err(format!(
            "bad id '{text}' (expected '{prefix}' then lower-case letters, digits, hyphens)"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_of_three_precisions_parse() {
        assert_eq!(
            date("2019").map(|d| (d.year, d.month, d.day)),
            Ok((2019, 0, 0))
        );
        assert_eq!(
            date("2019-04").map(|d| (d.year, d.month, d.day)),
            Ok((2019, 4, 0))
        );
        assert_eq!(
            date("2019-04-16").map(|d| (d.year, d.month, d.day)),
            Ok((2019, 4, 16))
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "19",
            "2019-4",
            "2019-13",
            "2019-02-30",
            "2019/04/16",
            "20x9",
            "1800",
            "2019-04-16-1",
        ] {
            assert!(date(bad).is_err(), "{bad} should be refused");
        }
        assert!(date("2020-02-29").is_ok());
        assert!(date("2021-02-29").is_err());
    }

    #[test]
    fn numbers_must_be_plain() {
        assert_eq!(number("1118000"), Ok(1_118_000.0));
        assert_eq!(number("2.76"), Ok(2.76));
        for bad in ["1,118", "1 118", "", "NaN", "inf", "1e6", "1.2.3"] {
            assert!(number(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn spans_must_run_forward() {
        assert!(matches!(period("2016/2021"), Ok(Period::Span(..))));
        assert!(period("2021/2016").is_err());
        assert_eq!(period(""), Ok(Period::Unknown));
    }

    #[test]
    fn a_month_may_end_a_period_that_began_in_its_year() {
        let (a, b) = (
            date("2020").unwrap_or(Date {
                year: 0,
                month: 0,
                day: 0,
            }),
            date("2020-06").unwrap_or(Date {
                year: 0,
                month: 0,
                day: 0,
            }),
        );
        assert!(ordered(a, b));
        let (c, d) = (
            date("2021-01-05").unwrap_or(a),
            date("2020-12").unwrap_or(a),
        );
        assert!(!ordered(c, d));
    }
}
