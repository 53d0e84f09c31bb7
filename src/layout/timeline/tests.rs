// Tests compare with the standard library; the size rules are for shipped code.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]
use super::*;
use crate::filter;
use crate::layout::text::Rect;

fn all() -> Vec<RecordRef> {
    RecordRef::all().collect()
}

const WIDTHS: [f64; 3] = [320.0, 800.0, 1400.0];

fn windows() -> [TimeWindow; 5] {
    [
        TimeWindow::ALL,
        TimeWindow::default(),
        TimeWindow {
            from: 2019.0,
            to: 2023.0,
        },
        TimeWindow {
            from: 2020.0,
            to: 2020.6,
        },
        TimeWindow {
            from: 2000.0,
            to: 2026.0,
        },
    ]
}

/// Every box the lanes draw, named for the failure message.
fn boxes(m: &TimelineMarks) -> Vec<(String, Rect)> {
    let mut out = Vec::new();
    for lane in &m.lanes {
        out.push((format!("title of {:?}", lane.topic), lane.title_box()));
        for item in &lane.items {
            let kind = if item.range { "bar" } else { "point" };
            out.push((format!("{kind} of {}", item.record.id()), item.mark_box()));
            if let Some(b) = item.label_box() {
                out.push((format!("label of {}", item.record.id()), b));
            }
        }
        for (i, a) in lane.aggregates.iter().enumerate() {
            out.push((format!("count {i} of {:?}", lane.topic), a.rect()));
        }
    }
    out
}

/// Issue 11: no mark covers a lane title, a bar or another label; no tick leaves the
/// frame; nothing leaves its lane or the frame.
fn check_layout(m: &TimelineMarks, context: &str) {
    let b = boxes(m);
    for (i, (na, a)) in b.iter().enumerate() {
        assert!(
            a.x0 >= 0.0 && a.x1 <= m.width,
            "{context}: {na} leaves the frame: {a:?}"
        );
        for (nb, other) in &b[i + 1..] {
            assert!(
                !a.overlaps(other),
                "{context}: {na} {a:?} overlaps {nb} {other:?}"
            );
        }
    }
    for lane in &m.lanes {
        let inside = |r: Rect| r.y0 >= lane.y && r.y1 <= lane.y + lane.height;
        assert!(
            inside(lane.title_box()),
            "{context}: {:?} title",
            lane.topic
        );
        for item in &lane.items {
            assert!(inside(item.mark_box()), "{context}: {}", item.record.id());
            assert!(
                item.label_box().is_none_or(inside),
                "{context}: {}",
                item.record.id()
            );
        }
        assert!(
            lane.aggregates.iter().all(|a| inside(a.rect())),
            "{context}"
        );
    }
    for pair in m.lanes.windows(2) {
        assert!(pair[0].y + pair[0].height <= pair[1].y + 1e-9);
    }
    for t in &m.ticks {
        assert!(
            t.label_x >= 0.0 && t.label_x + t.label_w <= m.width,
            "{context}: tick {} leaves the frame",
            t.label
        );
    }
}

fn drawn(m: &TimelineMarks) -> Vec<RecordRef> {
    let mut out: Vec<RecordRef> = m
        .lanes
        .iter()
        .flat_map(|l| {
            l.items
                .iter()
                .map(|i| i.record)
                .chain(l.aggregates.iter().flat_map(|a| a.records.iter().copied()))
        })
        .collect();
    out.sort();
    out
}

#[test]
fn nothing_covers_a_title_a_bar_a_label_or_leaves_the_frame_at_three_widths() {
    let records = all();
    for width in WIDTHS {
        for window in windows() {
            for lang in Lang::ALL {
                let m = layout(&records, window, width, lang, None);
                check_layout(&m, &format!("{width}px {window:?} {}", lang.code()));
            }
        }
    }
}

#[test]
fn a_filtered_selection_is_laid_out_without_overlaps_too() {
    let f = filter::Filters {
        countries: ["RUS"].into(),
        ..filter::Filters::default()
    };
    let records = filter::select(&f);
    for width in WIDTHS {
        let m = layout(&records, TimeWindow::default(), width, Lang::Ru, None);
        check_layout(&m, &format!("Russia at {width}px"));
    }
}

#[test]
fn every_dated_record_in_the_window_is_drawn_exactly_once() {
    let records = all();
    for width in WIDTHS {
        let m = layout(&records, TimeWindow::ALL, width, Lang::En, None);
        let got = drawn(&m);
        let mut expected: Vec<RecordRef> = records
            .iter()
            .copied()
            .filter(|&r| r.kind() != RecordKind::Statistic && when(r).is_some())
            .collect();
        expected.sort();
        assert_eq!(got, expected, "at {width}px");
        assert_eq!(m.outside, 0);
    }
}

#[test]
fn labels_are_whole_titles_where_there_is_room() {
    // Issue 11: labels were cut at 30 characters. In the default window at 800 px, most
    // labels show their whole title, on one line or two, and some run past 30 characters.
    let m = layout(&all(), TimeWindow::default(), 800.0, Lang::En, None);
    let labelled: Vec<&ItemMark> = m
        .lanes
        .iter()
        .flat_map(|l| l.items.iter())
        .filter(|i| !i.label.is_empty())
        .collect();
    let joined = |i: &ItemMark| {
        i.label
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let whole = labelled
        .iter()
        .filter(|i| joined(i) == format::title(i.record, Lang::En))
        .count();
    assert!(labelled.len() >= 12, "{} labels", labelled.len());
    assert!(
        whole * 2 >= labelled.len(),
        "{whole} of {} whole",
        labelled.len()
    );
    assert!(labelled.iter().any(|i| joined(i).chars().count() > 30));
    assert!(labelled.iter().all(|i| i.label.len() <= 2));
}

#[test]
fn the_default_window_is_the_review_period_where_records_are_dense() {
    let w = TimeWindow::default();
    assert_eq!((w.from, w.to), (2015.0, 2024.0));
    let dated: Vec<f64> = all().into_iter().filter_map(when).map(|w| w.0).collect();
    let inside = dated.iter().filter(|&&a| a >= w.from && a < w.to).count();
    assert!(
        inside * 3 >= dated.len() * 2,
        "{inside} of {} dated records",
        dated.len()
    );
    assert_eq!(window_label(w, Lang::En), "Showing 2015–2023");
}

#[test]
fn the_axis_ends_at_the_last_record() {
    let (from, to) = extent();
    let ends: Vec<(f64, f64)> = all()
        .into_iter()
        .filter_map(when)
        .map(|w| (w.0, w.1))
        .collect();
    let last = ends.iter().map(|e| e.1).fold(f64::NEG_INFINITY, f64::max);
    let first = ends.iter().map(|e| e.0).fold(f64::INFINITY, f64::min);
    assert!(to >= last && to - last < 1.0, "{to} vs {last}");
    assert!(from <= first && first - from < 1.0, "{from} vs {first}");
    let o = overview(&all(), 128.0, 800.0, TimeWindow::default(), None);
    assert!((o.scale.apply(to) - (800.0 - 8.0)).abs() < 1e-9);
    assert!(o.labels.iter().all(|(x, _)| *x <= 800.0));
}

#[test]
fn relayout_is_stable() {
    let records = all();
    let a = layout(&records, TimeWindow::default(), 800.0, Lang::En, None);
    let mut shuffled = records.clone();
    shuffled.reverse();
    let b = layout(&shuffled, TimeWindow::default(), 800.0, Lang::En, None);
    assert_eq!(a, b);
}

#[test]
fn zooming_in_turns_aggregates_into_items() {
    let records = all();
    let wide = layout(&records, TimeWindow::ALL, 320.0, Lang::En, None);
    let narrow = layout(
        &records,
        TimeWindow {
            from: 2021.0,
            to: 2022.0,
        },
        1400.0,
        Lang::En,
        None,
    );
    let count = |m: &TimelineMarks| {
        m.lanes
            .iter()
            .map(|l| l.aggregates.iter().map(|a| a.records.len()).sum::<usize>())
            .sum::<usize>()
    };
    assert!(count(&narrow) <= count(&wide));
}

#[test]
fn right_arrow_walks_every_stop_forward_in_time() {
    let m = layout(&all(), TimeWindow::default(), 800.0, Lang::En, None);
    let order = stops(&m);
    assert!(order.iter().any(|s| matches!(s.0, Stop::Aggregate(..))));
    let mut current = order[0].0;
    let mut seen = vec![current];
    while let Some(next) = neighbour(&m, current, "ArrowRight") {
        seen.push(next);
        current = next;
    }
    assert_eq!(seen.len(), order.len(), "every item and count is reached");
    assert_eq!(
        neighbour(&m, current, "ArrowLeft"),
        Some(order[order.len() - 2].0)
    );
    assert_eq!(neighbour(&m, current, "Home"), Some(order[0].0));
    let xs: Vec<f64> = order.iter().map(|s| s.2).collect();
    assert!(xs.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn down_arrow_goes_to_the_next_lane_with_marks() {
    let m = layout(&all(), TimeWindow::default(), 1400.0, Lang::En, None);
    let order = stops(&m);
    let (first, lane, _) = order
        .iter()
        .find(|s| s.1 == 0)
        .copied()
        .expect("a mark in lane 0");
    let next = neighbour(&m, first, "ArrowDown").expect("a lane below");
    let next_lane = order.iter().find(|s| s.0 == next).map(|s| s.1);
    assert!(next_lane > Some(lane));
    assert_eq!(neighbour(&m, first, "ArrowUp"), None);
}

#[test]
fn stops_round_trip_through_their_attributes() {
    let m = layout(&all(), TimeWindow::default(), 800.0, Lang::En, None);
    for (s, _, _) in stops(&m) {
        let (name, value) = s.attribute();
        assert_eq!(Stop::from_attribute(name, &value), Some(s));
    }
}

#[test]
fn a_filtered_selection_draws_only_its_records() {
    let f = filter::Filters {
        topics: [Topic::Policy].into(),
        ..filter::Filters::default()
    };
    let m = layout(&filter::select(&f), TimeWindow::ALL, 800.0, Lang::En, None);
    assert!(m
        .lanes
        .iter()
        .filter(|l| l.topic != Topic::Policy)
        .all(|l| l.items.is_empty() && l.aggregates.is_empty()));
}

#[test]
fn the_svg_keeps_the_tallest_plot_until_the_width_or_the_language_changes() {
    let all_lanes = layout(&all(), TimeWindow::default(), 800.0, Lang::En, None);
    let f = filter::Filters {
        topics: [Topic::Agreements].into(),
        ..filter::Filters::default()
    };
    let one_lane = layout(
        &filter::select(&f),
        TimeWindow::default(),
        800.0,
        Lang::En,
        None,
    );
    let (tall, short) = (AXIS + all_lanes.height, AXIS + one_lane.height);
    assert!(short < tall);
    let mut svg = SvgHeight::default();
    assert_eq!(svg.hold(tall, 800.0, Lang::En), tall);
    // A filter that hides lanes leaves the svg as tall as it was; one that brings them back
    // asks for no more than that.
    assert_eq!(svg.hold(short, 800.0, Lang::En), tall);
    assert_eq!(svg.hold(tall, 800.0, Lang::En), tall);
    // Taller than ever: it grows.
    assert_eq!(svg.hold(tall + 40.0, 800.0, Lang::En), tall + 40.0);
    // A new width or language starts again from the plot drawn.
    assert_eq!(svg.hold(short, 801.0, Lang::En), short);
    assert_eq!(svg.hold(short, 801.0, Lang::Ru), short);
    assert_eq!(svg.hold(tall, 801.0, Lang::Ru), tall);
}
