//! The table: one section per kind of record, each with the columns that answer for that
//! kind (an agreement's status and dates, a post's kind, city and status, a figure's value
//! and period), the text of every cell, and the order of the rows.

use crate::collections::{sort_by, Set};
use crate::filter::member_party;
use crate::fold::fold;
use crate::format;
use crate::i18n::{tr, Lang, Text};
use crate::model::Date;
use crate::record::{Detail, RecordKind, RecordRef};
use crate::state::{Sort, SortKey};
use atlas_vocab::TextPart;
use std::cmp::Ordering;

/// A column of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Column {
    /// The date (an event's span).
    Date,
    /// The record's title: the button that opens its detail.
    Title,
    /// An event's kind (law, decree…).
    EventKind,
    /// The places a record names.
    Places,
    /// An agreement's or a post's status.
    Status,
    /// When an agreement was signed.
    Signed,
    /// When an agreement entered into force.
    InForce,
    /// An agreement's parties, and the filtered countries it binds through them.
    Parties,
    /// A post's kind: the button that opens its detail.
    PostKind,
    /// A post's city.
    City,
    /// A post's country.
    Country,
    /// When a post opened, or was asked for.
    Opened,
    /// A figure's value and unit, as a number.
    Value,
    /// How the document qualifies the figure (over, about…).
    Qualifier,
    /// The period a figure is for.
    Period,
    /// The citations (and who states a figure).
    Source,
}

impl Column {
    /// The column's header.
    pub fn header(self) -> Text {
        match self {
            Column::Date => Text::ColumnDate,
            Column::Title => Text::ColumnRecord,
            Column::EventKind | Column::PostKind => Text::ColumnKind,
            Column::Places => Text::ColumnPlaces,
            Column::Status => Text::StatusLabel,
            Column::Signed => Text::Signed,
            Column::InForce => Text::InForceSince,
            Column::Parties => Text::Parties,
            Column::City => Text::ColumnCity,
            Column::Country => Text::ColumnCountry,
            Column::Opened => Text::ColumnOpened,
            Column::Value => Text::ColumnValue,
            Column::Qualifier => Text::ColumnQualifier,
            Column::Period => Text::Period,
            Column::Source => Text::ColumnSource,
        }
    }

    /// The order the column's header sorts by.
    pub fn sort_key(self) -> SortKey {
        match self {
            Column::Date | Column::Opened | Column::Period => SortKey::Date,
            Column::Title => SortKey::Title,
            Column::EventKind | Column::PostKind => SortKey::Kind,
            Column::Places | Column::Parties | Column::Country => SortKey::Place,
            Column::Status => SortKey::Status,
            Column::Signed => SortKey::Signed,
            Column::InForce => SortKey::InForce,
            Column::City => SortKey::City,
            Column::Value => SortKey::Value,
            Column::Qualifier => SortKey::Qualifier,
            Column::Source => SortKey::Source,
        }
    }

    /// A stable name for the column (`data-column` in the view).
    pub fn key(self) -> &'static str {
        match self {
            Column::Date => "date",
            Column::Title => "title",
            Column::EventKind => "event-kind",
            Column::Places => "places",
            Column::Status => "status",
            Column::Signed => "signed",
            Column::InForce => "in-force",
            Column::Parties => "parties",
            Column::PostKind => "post-kind",
            Column::City => "city",
            Column::Country => "country",
            Column::Opened => "opened",
            Column::Value => "value",
            Column::Qualifier => "qualifier",
            Column::Period => "period",
            Column::Source => "source",
        }
    }

    /// Whether the cell is the button that opens the record's detail.
    pub fn opens(self) -> bool {
        matches!(self, Column::Title | Column::PostKind)
    }
}

/// The columns of a kind of record, in order.
pub fn columns(kind: RecordKind) -> &'static [Column] {
    use Column::*;
    match kind {
        RecordKind::Event => &[Date, Title, EventKind, Places, Source],
        RecordKind::Agreement => &[Title, Status, Signed, InForce, Parties, Source],
        RecordKind::Post => &[PostKind, City, Country, Status, Opened, Source],
        RecordKind::Statistic => &[Title, Places, Value, Qualifier, Period, Source],
    }
}

/// A section's caption.
pub fn caption(kind: RecordKind) -> Text {
    match kind {
        RecordKind::Event => Text::SectionEvents,
        RecordKind::Agreement => Text::CatAgreement,
        RecordKind::Post => Text::SectionPosts,
        RecordKind::Statistic => Text::TopicFigures,
    }
}

/// The records of one kind, in the table's order.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// The kind.
    pub kind: RecordKind,
    /// Its rows, sorted.
    pub rows: Vec<RecordRef>,
}

/// `records` in one section per kind present (in `RecordKind::ALL` order), each sorted by
/// `sort` when it has that column, else by date.
pub fn sections(records: &[RecordRef], sort: Sort, lang: Lang) -> Vec<Section> {
    RecordKind::ALL
        .iter()
        .filter_map(|&kind| {
            let rows: Vec<RecordRef> = records
                .iter()
                .copied()
                .filter(|r| r.kind() == kind)
                .collect();
            if rows.is_empty() {
                return None;
            }
            let has = columns(kind).iter().any(|c| c.sort_key() == sort.key);
            let sort = if has { sort } else { Sort::default() };
            Some(Section {
                kind,
                rows: sorted(&rows, sort, lang),
            })
        })
        .collect()
}

/// Every record of `records` in the order the tables show them: the sections one after
/// the other. Exports and the evidence sheet list records in this order.
pub fn table_order(records: &[RecordRef], sort: Sort, lang: Lang) -> Vec<RecordRef> {
    sections(records, sort, lang)
        .into_iter()
        .flat_map(|s| s.rows)
        .collect()
}

/// What a row is sorted by: a number or folded text; `None` sorts last either way.
#[derive(Clone, Debug, PartialEq, PartialOrd)]
enum SortValue {
    Number(f64),
    Text(String),
}

fn date_number(d: Date) -> f64 {
    f64::from(d.year) * 10_000.0 + f64::from(d.month) * 100.0 + f64::from(d.day)
}

fn sort_value(r: RecordRef, key: SortKey, lang: Lang) -> Option<SortValue> {
    use SortValue::{Number, Text};
    let number = |n: usize| Some(Number(n as f64));
    match key {
        SortKey::Date => r.date().map(|d| Number(date_number(d))),
        SortKey::Kind => {
            let sub = match r.detail() {
                Detail::Event(e) => e.kind.index(),
                Detail::Post(p) => p.kind.index(),
                _ => 0,
            };
            number(r.kind() as usize * 1000 + sub)
        }
        SortKey::Title => Some(Text(fold(&format::title(r, lang)))),
        SortKey::Place => Some(Text(fold(&format::places(r, lang)))),
        SortKey::Source => r
            .cite()
            .first()
            .map(|c| Text(format!("{:03}{:>8}", c.source.index(), c.paragraph()))),
        SortKey::Status => match r.detail() {
            Detail::Agreement(a) => number(a.status.index()),
            Detail::Post(p) => number(p.status.index()),
            _ => None,
        },
        SortKey::Signed => r.agreement()?.signed.map(|d| Number(date_number(d))),
        SortKey::InForce => r.agreement()?.in_force.map(|d| Number(date_number(d))),
        SortKey::City => r.post()?.city.map(|c| Text(fold(format::city(c, lang)))),
        SortKey::Value => r.statistic().map(|s| Number(s.value)),
        SortKey::Qualifier => r.statistic().map(|s| Number(s.qualifier.index() as f64)),
    }
}

/// `records` in the table's order; ties keep dataset order, and records without the
/// sorted value (undated ones, for dates) come last whichever the direction.
pub fn sorted(records: &[RecordRef], sort: Sort, lang: Lang) -> Vec<RecordRef> {
    // Each value computed once: titles and places are formatted text.
    let keyed: Vec<(Option<SortValue>, RecordRef)> = records
        .iter()
        .map(|&r| (sort_value(r, sort.key, lang), r))
        .collect();
    let mut order: Vec<usize> = (0..keyed.len()).collect();
    sort_by(&mut order, &|&a, &b| {
        let ((x, ra), (y, rb)) = (&keyed[a], &keyed[b]);
        let o = match (x, y) {
            (Some(x), Some(y)) => {
                let o = x.partial_cmp(y).unwrap_or(Ordering::Equal);
                if sort.descending {
                    o.reverse()
                } else {
                    o
                }
            }
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        };
        o.then(ra.cmp(rb))
    });
    order.iter().map(|&i| keyed[i].1).collect()
}

fn date_or_dash(d: Option<Date>, lang: Lang) -> String {
    d.map_or_else(|| "—".to_string(), |d| format::date(d, lang))
}

/// The text of a cell (for the button columns, the button's text; empty for the sources,
/// which the view draws as links). `countries` are the filtered ones: an agreement of an
/// organisation one of them belongs to names it in its parties cell.
pub fn cell(column: Column, r: RecordRef, lang: Lang, countries: &Set<&'static str>) -> String {
    let label = |part: TextPart, i: usize| format::label(part, i, lang).to_string();
    match (column, r.detail()) {
        (Column::Date, Detail::Event(e)) => match e.end {
            Some(end) => format!(
                "{}\u{2009}–\u{2009}{}",
                format::date(e.date, lang),
                format::date(end, lang)
            ),
            None => format::date(e.date, lang),
        },
        (Column::Date, _) => r.date().map(|d| format::date(d, lang)).unwrap_or_default(),
        (Column::Title, Detail::Statistic(s)) => format::indicator(s.indicator, lang).to_string(),
        (Column::Title, _) => format::title(r, lang),
        (Column::EventKind, Detail::Event(e)) => {
            format::capitalised(&label(TextPart::EventKindLabel, e.kind.index()))
        }
        (Column::Places | Column::Parties, _) => {
            let places = format::places(r, lang);
            let via: Vec<&str> = countries
                .iter()
                .filter(|c| member_party(r, c).is_some() && !r.places().contains(c))
                .map(|c| crate::dataset::place_name(c, lang))
                .collect();
            if via.is_empty() {
                places
            } else {
                format!(
                    "{places} ({} {})",
                    tr(lang, Text::Including),
                    via.join(", ")
                )
            }
        }
        (Column::Status, Detail::Agreement(a)) => format::status(a.status, lang).to_string(),
        (Column::Status, Detail::Post(p)) => format::post_status(p.status, lang).to_string(),
        (Column::Signed, Detail::Agreement(a)) => date_or_dash(a.signed, lang),
        (Column::InForce, Detail::Agreement(a)) => date_or_dash(a.in_force, lang),
        (Column::PostKind, Detail::Post(p)) => format::capitalised(format::post_kind(p.kind, lang)),
        (Column::City, Detail::Post(p)) => p
            .city
            .map_or_else(|| "—".to_string(), |c| format::city(c, lang).to_string()),
        (Column::Country, Detail::Post(p)) => {
            crate::dataset::place_name(p.country, lang).to_string()
        }
        (Column::Opened, Detail::Post(p)) => date_or_dash(p.date, lang),
        (Column::Value, Detail::Statistic(s)) => format::value(s, lang),
        (Column::Qualifier, Detail::Statistic(s)) => format::qualifier(s.qualifier, lang),
        (Column::Period, Detail::Statistic(s)) => {
            let p = format::period(s.period, lang);
            if p.is_empty() {
                "—".to_string()
            } else {
                p
            }
        }
        _ => String::new(),
    }
}

/// The widest the tables are drawn as cards, one per row, px: style.css turns rows into
/// cards while the widget is at most 720 px wide, and the tables' box is 26 px narrower
/// (the root's padding and border). Wider, one row is a line or two.
pub const CARDS_UP_TO: f64 = 694.0;
/// The least height of a card, px: one line per labelled cell, its padding and the gap
/// below it (132 px measured at the least).
pub const CARD_MIN_PX: f64 = 100.0;

/// Rows a change of the records draws in the frame after it, in all, on a wide widget
/// (about a tall screen of one-line rows).
pub const FIRST_FRAME_ROWS: usize = 24;

/// Rows a table holds before its columns' widths are taken as its kind's and held: fewer
/// (a filter leaving one record, say) would size them to that record alone.
pub const HOLD_COLUMNS_FROM_ROWS: usize = 8;

/// How many rows the frame after a change of the records draws (the rest follow one paint
/// later): none while the tables lie below what the reader sees; one more
/// than the reader saw when the tables last settled (`in_sight`); before that is known, as
/// cards, as many as can fill the screen's height; else [`FIRST_FRAME_ROWS`].
pub fn first_frame_rows(
    below_fold: bool,
    width: f64,
    screen_height: f64,
    in_sight: Option<usize>,
) -> usize {
    if below_fold {
        0
    } else if let Some(seen) = in_sight {
        // One more, for a change that brings shorter rows.
        seen + 1
    } else if width <= CARDS_UP_TO && screen_height > 0.0 {
        ((screen_height / CARD_MIN_PX).ceil() as usize).clamp(1, FIRST_FRAME_ROWS)
    } else {
        FIRST_FRAME_ROWS
    }
}

/// How many rows fill a `gap` px tall below the last row drawn, counted as rows of
/// `shortest` px (the shortest the table holds): none when there is no gap, and at least one
/// row's worth of a row no shorter than a pixel whatever was measured.
pub fn rows_to_fill(gap: f64, shortest: f64) -> Option<usize> {
    let row = if shortest.is_finite() {
        shortest.max(1.0)
    } else {
        1.0
    };
    (gap > 0.0).then(|| (gap / row).ceil() as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_frame_draws_no_row_below_the_fold_and_only_the_cards_a_screen_holds() {
        assert_eq!(first_frame_rows(true, 1000.0, 900.0, None), 0);
        assert_eq!(first_frame_rows(true, 349.0, 667.0, None), 0);
        assert_eq!(first_frame_rows(false, 1000.0, 900.0, None), 24);
        // A phone: 667 px of screen holds at most seven cards of 100 px or more.
        assert_eq!(first_frame_rows(false, 349.0, 667.0, None), 7);
        assert_eq!(first_frame_rows(false, CARDS_UP_TO + 1.0, 667.0, None), 24);
        // A screen taller than the rows a frame may draw, or one not measured.
        assert_eq!(first_frame_rows(false, 349.0, 10_000.0, None), 24);
        assert_eq!(first_frame_rows(false, 349.0, 0.0, None), 24);
        assert_eq!(first_frame_rows(false, 349.0, f64::NAN, None), 24);
    }

    #[test]
    fn a_gap_below_the_rows_drawn_is_filled_with_rows_as_short_as_the_shortest() {
        assert_eq!(rows_to_fill(0.0, 33.0), None);
        assert_eq!(rows_to_fill(-120.0, 33.0), None);
        assert_eq!(rows_to_fill(f64::NAN, 33.0), None);
        // 100 px under the last row: four one-line rows of 33 px.
        assert_eq!(rows_to_fill(100.0, 33.0), Some(4));
        assert_eq!(rows_to_fill(99.0, 33.0), Some(3));
        // Nothing measured (an empty table, a row with no height): one per pixel, at most.
        assert_eq!(rows_to_fill(10.0, f64::INFINITY), Some(10));
        assert_eq!(rows_to_fill(10.0, 0.0), Some(10));
    }

    #[test]
    fn once_the_rows_in_sight_are_known_the_first_frame_draws_those_and_one_more() {
        assert_eq!(first_frame_rows(false, 1000.0, 900.0, Some(12)), 13);
        assert_eq!(first_frame_rows(false, 349.0, 667.0, Some(3)), 4);
        // Tall screens of one-line rows: more than the rows drawn when nothing is known.
        assert_eq!(first_frame_rows(false, 1400.0, 1600.0, Some(40)), 41);
        // Below the fold, still none.
        assert_eq!(first_frame_rows(true, 1000.0, 900.0, Some(12)), 0);
    }

    fn all() -> Vec<RecordRef> {
        RecordRef::all().collect()
    }

    #[test]
    fn dates_sort_both_ways_with_undated_last() {
        let all = all();
        for descending in [false, true] {
            let s = sorted(
                &all,
                Sort {
                    key: SortKey::Date,
                    descending,
                },
                Lang::En,
            );
            assert_eq!(s.len(), all.len());
            let dated: Vec<_> = s.iter().map(|r| r.date()).collect();
            let first_undated = dated
                .iter()
                .position(Option::is_none)
                .unwrap_or(dated.len());
            assert!(dated[first_undated..].iter().all(Option::is_none));
            let d: Vec<_> = dated[..first_undated].iter().flatten().collect();
            assert!(d.windows(2).all(|w| if descending {
                w[0] >= w[1]
            } else {
                w[0] <= w[1]
            }));
        }
    }

    #[test]
    fn titles_sort_alphabetically_ignoring_case_and_accents() {
        let s = sorted(
            &all(),
            Sort {
                key: SortKey::Title,
                descending: false,
            },
            Lang::En,
        );
        let titles: Vec<String> = s
            .iter()
            .map(|r| fold(&format::title(*r, Lang::En)))
            .collect();
        assert!(titles.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn each_kind_gets_its_own_section_and_every_sort_key_belongs_to_a_column() {
        let sections = sections(&all(), Sort::default(), Lang::En);
        let kinds: Vec<RecordKind> = sections.iter().map(|s| s.kind).collect();
        assert_eq!(kinds, RecordKind::ALL);
        assert_eq!(
            sections.iter().map(|s| s.rows.len()).sum::<usize>(),
            RecordRef::count()
        );
        for key in SortKey::ALL {
            assert!(
                RecordKind::ALL
                    .iter()
                    .any(|&k| columns(k).iter().any(|c| c.sort_key() == key)),
                "{key:?}"
            );
        }
        assert_eq!(
            columns(RecordKind::Agreement),
            [
                Column::Title,
                Column::Status,
                Column::Signed,
                Column::InForce,
                Column::Parties,
                Column::Source
            ]
        );
    }

    #[test]
    fn figures_sort_by_value_and_a_section_without_the_column_keeps_dates() {
        let sort = Sort {
            key: SortKey::Value,
            descending: true,
        };
        let sections = sections(&all(), sort, Lang::En);
        for s in &sections {
            if s.kind == RecordKind::Statistic {
                let values: Vec<f64> = s
                    .rows
                    .iter()
                    .filter_map(|r| r.statistic())
                    .map(|x| x.value)
                    .collect();
                assert!(values.windows(2).all(|w| w[0] >= w[1]));
            } else {
                assert_eq!(s.rows, sorted(&s.rows, Sort::default(), Lang::En));
            }
        }
    }

    #[test]
    fn cells_answer_for_agreements_posts_and_figures() {
        let none = Set::default();
        let treaty = RecordRef::by_id("agr-eaeu-pension-2019").expect("in the data");
        assert_eq!(cell(Column::Status, treaty, Lang::En, &none), "in force");
        assert_eq!(
            cell(Column::InForce, treaty, Lang::En, &none),
            "1 January 2021"
        );
        assert_eq!(
            cell(Column::Signed, treaty, Lang::En, &none),
            "20 December 2019"
        );
        // Under a Russia filter, the parties say Russia is bound through its membership.
        let russia: Set<&'static str> = ["RUS"].into();
        assert_eq!(
            cell(Column::Parties, treaty, Lang::En, &russia),
            "Eurasian Economic Union (incl. Russia)"
        );
        let figure = RecordRef::by_id("st-citizens-abroad-total").expect("in the data");
        assert_eq!(cell(Column::Value, figure, Lang::En, &none), "1,000,000");
        assert_eq!(cell(Column::Qualifier, figure, Lang::En, &none), "over");
        let kazan = RecordRef::all()
            .find(|r| {
                r.post().is_some_and(|p| {
                    p.city.is_some_and(|c| format::city(c, Lang::En) == "Kazan")
                        && p.status == crate::model::PostStatus::Requested
                })
            })
            .expect("a requested post in Kazan");
        assert_eq!(cell(Column::City, kazan, Lang::En, &none), "Kazan");
        assert_eq!(cell(Column::Status, kazan, Lang::En, &none), "requested");
    }
}
