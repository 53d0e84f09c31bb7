//! Linear scales (domain → range, with `invert`) and calendar ticks for the time axis.

/// `v` kept within `lo..=hi`. Unlike `f64::clamp` it never panics (`lo > hi` gives `lo`),
/// and it keeps the float-formatting code of that panic's message out of the wasm (~14 KB).
pub fn clamp(v: f64, lo: f64, hi: f64) -> f64 {
    if v > hi {
        hi
    } else if v < lo {
        lo
    } else {
        v
    }
    // NaN compares false both ways: it comes out as `lo`.
    .max(lo)
}

/// A linear map from a domain interval to a range interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Linear {
    /// Domain start and end.
    pub domain: (f64, f64),
    /// Range start and end.
    pub range: (f64, f64),
}

impl Linear {
    /// A scale; a zero-width domain is widened by one unit so the scale stays invertible.
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Linear {
        let domain = if (domain.1 - domain.0).abs() < f64::EPSILON {
            (domain.0 - 0.5, domain.0 + 0.5)
        } else {
            domain
        };
        Linear { domain, range }
    }

    /// Domain value → range value.
    pub fn apply(&self, v: f64) -> f64 {
        let t = (v - self.domain.0) / (self.domain.1 - self.domain.0);
        self.range.0 + t * (self.range.1 - self.range.0)
    }

    /// Range value → domain value.
    pub fn invert(&self, x: f64) -> f64 {
        let t = (x - self.range.0) / (self.range.1 - self.range.0);
        self.domain.0 + t * (self.domain.1 - self.domain.0)
    }

    /// Range units per domain unit.
    pub fn ratio(&self) -> f64 {
        (self.range.1 - self.range.0) / (self.domain.1 - self.domain.0)
    }

    /// About `count` round ticks (1, 2 or 5 × 10ⁿ apart) inside the domain.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let (lo, hi) = if self.domain.0 <= self.domain.1 {
            self.domain
        } else {
            (self.domain.1, self.domain.0)
        };
        let span = hi - lo;
        if span <= 0.0 || count == 0 || !span.is_finite() {
            return Vec::new();
        }
        // d3's rule: the round step nearest (geometrically) to span / count.
        let raw = span / count as f64;
        let magnitude = 10f64.powf(raw.log10().floor());
        let error = raw / magnitude;
        let factor = if error >= 50f64.sqrt() {
            10.0
        } else if error >= 10f64.sqrt() {
            5.0
        } else if error >= 2f64.sqrt() {
            2.0
        } else {
            1.0
        };
        let step = factor * magnitude;
        let first = (lo / step).ceil() as i64;
        let last = (hi / step).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }
}

/// How far apart time ticks are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeStep {
    /// Every twenty years (only in very narrow views).
    TwentyYears,
    /// Every ten years.
    Decade,
    /// Every five years.
    FiveYears,
    /// Every two years.
    TwoYears,
    /// Every year.
    Year,
    /// Every quarter.
    Quarter,
    /// Every month.
    Month,
}

impl TimeStep {
    fn months(self) -> u32 {
        match self {
            TimeStep::TwentyYears => 240,
            TimeStep::Decade => 120,
            TimeStep::FiveYears => 60,
            TimeStep::TwoYears => 24,
            TimeStep::Year => 12,
            TimeStep::Quarter => 3,
            TimeStep::Month => 1,
        }
    }
}

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeTick {
    /// Position as a fractional year.
    pub at: f64,
    /// Text under the tick (`2015`, `Mar`, …); empty for minor ticks.
    pub label: String,
    /// True for ticks that start a year (drawn taller).
    pub major: bool,
}

/// The step that keeps labels at least `min_px` apart at `px_per_year`.
pub fn time_step(px_per_year: f64, min_px: f64) -> TimeStep {
    let steps = [
        TimeStep::Month,
        TimeStep::Quarter,
        TimeStep::Year,
        TimeStep::TwoYears,
        TimeStep::FiveYears,
        TimeStep::Decade,
        TimeStep::TwentyYears,
    ];
    steps
        .into_iter()
        .find(|s| px_per_year * f64::from(s.months()) / 12.0 >= min_px)
        .unwrap_or(TimeStep::TwentyYears)
}

/// Ticks for the years `domain` drawn at `px_per_year`, labels at least `min_px` apart.
/// `months` are the short month names of the reader's language.
pub fn time_ticks(
    domain: (f64, f64),
    px_per_year: f64,
    min_px: f64,
    months_short: &[&str; 12],
) -> Vec<TimeTick> {
    let step = time_step(px_per_year, min_px);
    let months = step.months();
    let start = (domain.0 * 12.0).floor().max(0.0) as u32;
    let end = (domain.1 * 12.0).ceil().max(0.0) as u32;
    let first = start.div_ceil(months) * months;
    (first..=end)
        .step_by(months as usize)
        .map(|m| {
            let (year, month) = (m / 12, m % 12);
            let label = if month == 0 {
                year.to_string()
            } else {
                months_short[month as usize].to_string()
            };
            TimeTick {
                at: f64::from(m) / 12.0,
                label,
                major: month == 0,
            }
        })
        .filter(|t| t.at >= domain.0 - 1e-9 && t.at <= domain.1 + 1e-9)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apply_and_invert_round_trip() {
        let s = Linear::new((2000.0, 2030.0), (10.0, 910.0));
        for v in [2000.0, 2012.25, 2030.0, 1990.0] {
            assert!((s.invert(s.apply(v)) - v).abs() < 1e-9);
        }
        assert_eq!(s.apply(2015.0), 460.0);
    }

    #[test]
    fn a_degenerate_domain_still_inverts() {
        let s = Linear::new((5.0, 5.0), (0.0, 100.0));
        assert!((s.invert(s.apply(5.0)) - 5.0).abs() < 1e-9);
    }

    #[test]
    fn linear_ticks_are_round_and_inside() {
        let s = Linear::new((0.0, 1_063_000.0), (0.0, 100.0));
        let t = s.ticks(4);
        assert_eq!(
            t,
            vec![0.0, 200_000.0, 400_000.0, 600_000.0, 800_000.0, 1_000_000.0]
        );
    }

    #[test]
    fn time_ticks_go_from_decades_to_months_as_one_zooms_in() {
        assert_eq!(time_step(4.0, 40.0), TimeStep::Decade);
        assert_eq!(time_step(2.5, 40.0), TimeStep::TwentyYears);
        assert_eq!(time_step(25.0, 40.0), TimeStep::TwoYears);
        assert_eq!(time_step(60.0, 40.0), TimeStep::Year);
        assert_eq!(time_step(200.0, 40.0), TimeStep::Quarter);
        assert_eq!(time_step(600.0, 40.0), TimeStep::Month);
    }

    const EN_MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];

    #[test]
    fn ticks_are_labelled_with_years_and_months() {
        let ticks = time_ticks((2020.0, 2021.0), 600.0, 40.0, &EN_MONTHS);
        assert_eq!(ticks.len(), 13);
        assert_eq!(ticks[0].label, "2020");
        assert!(ticks[0].major);
        assert_eq!(ticks[2].label, "Mar");
        assert_eq!(
            time_ticks(
                (2020.0, 2020.3),
                600.0,
                40.0,
                &["я", "ф", "м", "а", "м", "и", "и", "а", "с", "о", "н", "д"]
            )[1]
            .label,
            "ф"
        );
    }

    #[test]
    fn labels_never_crowd_at_any_zoom() {
        for px_per_year in [2.0, 3.0, 9.0, 27.0, 81.0, 243.0, 729.0, 2187.0] {
            let ticks = time_ticks((1990.0, 2031.0), px_per_year, 40.0, &EN_MONTHS);
            for pair in ticks.windows(2) {
                assert!(
                    (pair[1].at - pair[0].at) * px_per_year >= 40.0 - 1e-6,
                    "{px_per_year}"
                );
            }
        }
    }
}
