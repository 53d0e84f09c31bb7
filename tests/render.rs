//! Host render tests: components rendered to HTML with Yew's server renderer, checked
//! against what the pure core computed, and two deterministic snapshots.
//! `UPDATE_SNAPSHOTS=1 cargo test --test render` rewrites the snapshots after a deliberate change.
#![cfg(not(target_arch = "wasm32"))]

use migration_atlas::components::detail_panel::{DetailPanel, DetailProps};
use migration_atlas::components::header::header;
use migration_atlas::components::map_pane::{MapPane, MapProps};
use migration_atlas::components::table_view::{TableProps, TableView};
use migration_atlas::components::timeline_view::{TimelineProps, TimelineView};
use migration_atlas::filter::{self, Filters, Topic};
use migration_atlas::format;
use migration_atlas::i18n::Lang;
use migration_atlas::layout::timeline;
use migration_atlas::lazy_file::Status;
use migration_atlas::record::{RecordKind, RecordRef};
use migration_atlas::state::{Layers, Selection, Sort, View};
use migration_atlas::viewport::TimeWindow;
use std::rc::Rc;
use yew::{BaseComponent, Callback, LocalServerRenderer};

fn render<C: BaseComponent>(props: C::Properties) -> String {
    futures::executor::block_on(
        LocalServerRenderer::<C>::with_props(props)
            .hydratable(false)
            .render(),
    )
}

fn snapshot(name: &str, html: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, html).expect("writes the snapshot");
        return;
    }
    let stored = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        stored == html,
        "{name} changed; run UPDATE_SNAPSHOTS=1 cargo test --test render if intended\n{html}"
    );
}

fn russian_agreements() -> Rc<Vec<RecordRef>> {
    let f = Filters {
        topics: [Topic::Agreements].into(),
        countries: ["RUS"].into(),
        ..Filters::default()
    };
    Rc::new(filter::select(&f))
}

/// Props of [`HeaderHost`].
#[derive(yew::Properties, PartialEq)]
struct HeaderHostProps {
    view: View,
}

/// The header (a plain function) inside a component, for the server renderer.
#[yew::function_component]
fn HeaderHost(props: &HeaderHostProps) -> yew::Html {
    header(props.view, Lang::En, &Callback::noop())
}

#[test]
fn the_header_renders_the_same_every_time() {
    let html = render::<HeaderHost>(HeaderHostProps { view: View::Map });
    snapshot("header.html", &html);
    assert!(html.contains(r#"aria-selected="true""#));
}

#[test]
fn the_table_lists_every_filtered_record_with_its_citations() {
    let records = russian_agreements();
    assert!(!records.is_empty());
    let html = render::<TableView>(TableProps {
        records: records.clone(),
        sort: Sort::default(),
        countries: ["RUS"].into(),
        lang: Lang::En,
        selected: None,
        on_action: Callback::noop(),
        on_print: Callback::noop(),
    });
    // Agreements have their own columns: status, signed, in force, parties.
    for column in ["status", "signed", "in-force", "parties"] {
        assert!(
            html.contains(&format!(r#"data-column="{column}""#)),
            "{column}"
        );
    }
    // One table per kind, each showing its first page.
    let sections = migration_atlas::layout::table::sections(&records, Sort::default(), Lang::En);
    assert!(sections.len() > 1, "events and agreements");
    let page = migration_atlas::components::table_view::SHARED_PAGE;
    let shown: Vec<RecordRef> = sections
        .iter()
        .flat_map(|s| s.rows.iter().take(page).copied())
        .collect();
    for &r in &shown {
        assert!(
            html.contains(&format!(r#"data-id="{}""#, r.id())),
            "{} missing",
            r.id()
        );
        for c in r.cite() {
            let text = format::citation(c, Lang::En).replace('\'', "&#39;");
            assert!(html.contains(&text), "{} missing citation {text}", r.id());
        }
    }
    assert_eq!(html.matches("<tr data-id=").count(), shown.len());
    assert_eq!(html.matches("<caption>").count(), sections.len());
}

#[test]
fn a_record_detail_links_every_citation_to_the_official_copy_and_its_paragraph_closed() {
    let r = RecordRef::all()
        .find(|r| r.kind() == RecordKind::Agreement && r.cite().len() > 1)
        .expect("an agreement cited twice");
    let html = render::<DetailPanel>(DetailProps {
        selection: Some(Selection::Record(r)),
        list: None,
        records: Rc::new(RecordRef::all().collect()),
        lang: Lang::En,
        view: View::Timeline,
        opener: Default::default(),
        on_action: Callback::noop(),
        asset_base: "https://example.org/atlas/".into(),
        on_print: Callback::noop(),
        notes: Status::Ready,
        retry_notes: Callback::noop(),
    });
    assert!(html.contains(&r.summary(Lang::En).replace('\'', "&#39;")));
    assert!(!html.contains("ma-notes-loading"));
    // Issue 15: every citation opens to its paragraph, fetched only then (nothing is quoted
    // in a detail that was just opened), and can be copied.
    assert_eq!(
        html.matches(r#"aria-expanded="false""#).count(),
        r.cite().len()
    );
    assert_eq!(html.matches("data-copy-cite").count(), r.cite().len());
    assert!(
        !html.contains("<blockquote"),
        "no paragraph before it is opened"
    );
    for c in r.cite() {
        let source = migration_atlas::dataset::source_of(c);
        assert!(html.contains(&format::citation(c, Lang::En).replace('\'', "&#39;")));
        if !source.url.is_empty() {
            assert!(html.contains(&format!(r#"href="{}""#, source.url)));
        }
    }
    assert!(
        html.contains(r#"rel="noopener noreferrer""#),
        "links send no referrer"
    );
    snapshot("detail-agreement.html", &html);
}

#[test]
fn the_timeline_draws_exactly_the_marks_its_layout_placed() {
    let records = Rc::new(RecordRef::all().collect::<Vec<_>>());
    let html = render::<TimelineView>(TimelineProps {
        records: records.clone(),
        window: TimeWindow::default(),
        time: None,
        lang: Lang::En,
        selected: None,
        on_action: Callback::noop(),
    });
    // The server renderer has no layout: the view uses its 800 px fallback width.
    let marks = timeline::layout(&records, TimeWindow::default(), 800.0, Lang::En, None);
    let items: usize = marks.lanes.iter().map(|l| l.items.len()).sum();
    let aggregates: usize = marks.lanes.iter().map(|l| l.aggregates.len()).sum();
    assert_eq!(html.matches(r#"class="ma-item"#).count(), items);
    assert_eq!(html.matches(r#"class="ma-aggregate""#).count(), aggregates);
    assert_eq!(html.matches(r#"class="ma-lane "#).count(), 5);
}

#[test]
fn the_map_draws_a_marker_per_post_or_cluster_and_leaves_the_countries_to_the_browser() {
    let records = Rc::new(RecordRef::all().collect::<Vec<_>>());
    let html = render::<MapPane>(MapProps {
        records,
        view: None,
        layers: Layers::default(),
        lang: Lang::En,
        selected: Some(Selection::Place("RUS")),
        on_action: Callback::noop(),
        asset_base: Default::default(),
    });
    // The countries are drawn into this group after the render, in the browser
    // (`map_layers::draw_countries`; tests/e2e/map.test.mjs and map-shapes.test.mjs
    // check them there): the server renderer runs no effect.
    assert!(html.contains(r#"class="ma-countries"></g>"#));
    assert_eq!(html.matches(r#"data-mark="country""#).count(), 0);
    assert!(html.matches(r#"data-mark="post""#).count() >= 3);
}
