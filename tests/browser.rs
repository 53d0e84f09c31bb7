//! Browser tests (wasm-bindgen-test in headless Chromium): what only a real DOM shows.
#![cfg(target_arch = "wasm32")]

use migration_atlas::embed::{mount, Handle};
use std::time::Duration;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// The texts (and the map's outlines) the loader script would fetch beside the wasm,
/// installed as it would.
fn install_texts() {
    for (lang, text) in [
        (
            "en",
            &include_bytes!(concat!(env!("OUT_DIR"), "/text-en.txt"))[..],
        ),
        (
            "ru",
            &include_bytes!(concat!(env!("OUT_DIR"), "/text-ru.txt"))[..],
        ),
    ] {
        migration_atlas::text_loader::install_text(lang, text).expect("the build's text matches");
    }
    // The map's outlines, as the loader script installs them for a page opening on the map
    // (otherwise the map would fetch them, and its arrival would render it once more).
    let outlines = include_bytes!(concat!(env!("OUT_DIR"), "/map-shapes.txt"));
    migration_atlas::shapes_loader::install_outlines(outlines).expect("the build's outlines read");
}

fn host() -> Element {
    install_texts();
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let div = document.create_element("div").expect("a div");
    document
        .body()
        .expect("a body")
        .append_child(&div)
        .expect("appended");
    div
}

fn options(pairs: &[(&str, &str)]) -> JsValue {
    let object = js_sys::Object::new();
    for (k, v) in pairs {
        js_sys::Reflect::set(&object, &JsValue::from_str(k), &JsValue::from_str(v)).expect("set");
    }
    object.into()
}

/// Waits (up to five seconds: test builds are unoptimised) until `done` holds.
async fn eventually(done: impl Fn() -> bool) -> bool {
    for _ in 0..250 {
        if done() {
            return true;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    done()
}

fn query(host: &Element, selector: &str) -> Option<Element> {
    host.shadow_root()?.query_selector(selector).ok().flatten()
}

fn selected_view(host: &Element) -> String {
    query(host, "[role=tab][aria-selected=true]")
        .and_then(|e| e.get_attribute("data-view"))
        .unwrap_or_default()
}

async fn mounted(pairs: &[(&str, &str)]) -> (Element, Handle) {
    let host = host();
    let handle = mount(host.clone(), options(pairs)).expect("mounts");
    let probe = host.clone();
    eventually(move || probe.has_attribute("ready")).await;
    (host, handle)
}

#[wasm_bindgen_test]
async fn mount_renders_in_a_shadow_root_and_marks_the_host_ready() {
    let (host, mut handle) = mounted(&[("view", "table")]).await;
    assert!(host.shadow_root().is_some());
    assert!(host.has_attribute("ready"));
    assert_eq!(selected_view(&host), "table");
    assert!(
        query(&host, "table tbody tr").is_some(),
        "the table lists records"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn update_applies_new_options_live() {
    let (host, mut handle) = mounted(&[("view", "timeline"), ("url-key", "none")]).await;
    handle.update(options(&[("view", "map"), ("lang", "ru")]));
    let probe = host.clone();
    eventually(move || selected_view(&probe) == "map").await;
    assert_eq!(selected_view(&host), "map");
    let title = query(&host, ".ma-title")
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert_eq!(title, "Атлас миграции");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn destroy_empties_the_shadow_root_and_can_be_called_twice() {
    let (host, mut handle) = mounted(&[]).await;
    handle.destroy();
    handle.destroy();
    assert!(!handle.mounted());
    assert_eq!(
        host.shadow_root().map(|r| r.child_nodes().length()),
        Some(0)
    );
    assert!(!host.has_attribute("ready"));
}

#[wasm_bindgen_test]
async fn arrow_keys_move_between_view_tabs() {
    let (host, mut handle) = mounted(&[("view", "timeline"), ("url-key", "none")]).await;
    let tablist = query(&host, "[role=tablist]").expect("a tab list");
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("ArrowRight");
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
        .expect("an event");
    tablist.dispatch_event(&event).expect("dispatched");
    let probe = host.clone();
    eventually(move || selected_view(&probe) == "map").await;
    assert_eq!(selected_view(&host), "map");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn options_that_are_not_an_object_fall_back_to_defaults() {
    let host = host();
    let mut handle = mount(host.clone(), JsValue::from_f64(42.0)).expect("mounts anyway");
    let probe = host.clone();
    eventually(move || probe.has_attribute("ready")).await;
    assert_eq!(selected_view(&host), "timeline");
    handle.destroy();
}

/// Renders per action (issue 16): an action re-renders only the components whose props it
/// changed. Needs the `render-count` feature (`scripts/test` turns it on).
#[cfg(feature = "render-count")]
mod renders {
    use super::*;
    use migration_atlas::render_count;

    fn attr(host: &Element, selector: &str, name: &str) -> String {
        query(host, selector)
            .and_then(|e| e.get_attribute(name))
            .unwrap_or_default()
    }

    fn text(host: &Element, selector: &str) -> String {
        query(host, selector)
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    }

    fn key_down(host: &Element, selector: &str, key: &str) {
        let init = web_sys::KeyboardEventInit::new();
        init.set_key(key);
        init.set_bubbles(true);
        init.set_cancelable(true);
        let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init)
            .expect("an event");
        query(host, selector)
            .expect("the target")
            .dispatch_event(&event)
            .expect("dispatched");
    }

    fn click(host: &Element, selector: &str) {
        let el: web_sys::HtmlElement = query(host, selector)
            .expect("the target")
            .dyn_into()
            .expect("an HTML element");
        el.click();
    }

    /// Waits (up to five seconds) until nothing has rendered for 250 ms, so the first
    /// measurement of the element's width (a ResizeObserver, late on a loaded machine) is
    /// not counted as part of an action; returns what rendered meanwhile. Longer than a
    /// pan's or zoom's rest (150 ms after its last step, `hooks::use_rested`): a wait of
    /// 150 ms could end just before the render at rest, and miss it (1 run in 6).
    async fn quiet() -> Vec<(&'static str, u32)> {
        let mut all = Vec::new();
        for _ in 0..20 {
            yew::platform::time::sleep(Duration::from_millis(250)).await;
            let counts = render_count::take();
            if counts.is_empty() {
                break;
            }
            all.extend(counts);
        }
        all
    }

    /// The renders after `act`, once `changed` holds and the scheduler has gone quiet.
    async fn renders_of(
        act: impl FnOnce(),
        changed: impl Fn() -> bool,
    ) -> Vec<(&'static str, u32)> {
        quiet().await;
        act();
        assert!(
            eventually(changed).await,
            "the action changed nothing on screen in 5 s"
        );
        let mut counts = quiet().await;
        migration_atlas::collections::sort_by(&mut counts, &|a, b| a.cmp(b));
        counts
    }

    use wasm_bindgen::JsCast;

    #[wasm_bindgen_test]
    async fn a_map_pan_renders_only_the_map_pane() {
        let (host, mut handle) = mounted(&[("view", "map"), ("url-key", "none")]).await;
        let before = attr(&host, ".ma-map-view", "transform");
        let labels_before = attr(&host, ".ma-labels", "transform");
        let probe = host.clone();
        let counts = renders_of(
            || key_down(&host, ".ma-map-svg", "ArrowRight"),
            // Moved, and the labels placed again for where the pan rested.
            move || {
                attr(&probe, ".ma-map-view", "transform") != before
                    && attr(&probe, ".ma-labels", "transform") != labels_before
            },
        )
        .await;
        // The root holds the state, so it renders; of its children only the map does: once
        // for the step, once when the pan rests and its labels are placed again. The map's
        // marks, legend and the other panels are left alone.
        assert_eq!(counts, vec![("App", 1), ("MapPane", 2)]);
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn a_map_zoom_step_moves_the_view_and_lays_the_marks_out_at_rest() {
        let (host, mut handle) = mounted(&[("view", "map"), ("url-key", "none")]).await;
        quiet().await;
        let before = attr(&host, ".ma-map-view", "transform");
        let labels_before = attr(&host, ".ma-labels", "transform");
        key_down(&host, ".ma-map-svg", "+");
        assert!(
            eventually(|| attr(&host, ".ma-map-view", "transform") != before).await,
            "the zoom changed nothing on screen in 5 s"
        );
        let mut step = render_count::take();
        migration_atlas::collections::sort_by(&mut step, &|a, b| a.cmp(b));
        // The step moves the view alone (one transform): the marks and their labels, laid out for the
        // view it left, are carried along (issue 16), so neither is drawn again.
        assert_eq!(step, vec![("App", 1), ("MapPane", 1)]);
        assert_eq!(attr(&host, ".ma-labels", "transform"), labels_before);
        let mut rest = quiet().await;
        migration_atlas::collections::sort_by(&mut rest, &|a, b| a.cmp(b));
        // At rest the marks are laid out for the new zoom and the labels placed again; the
        // legend's counts are equal, so it is left alone.
        assert_eq!(rest, vec![("MapMarks", 1), ("MapPane", 1)]);
        assert_ne!(attr(&host, ".ma-labels", "transform"), labels_before);
        handle.destroy();
    }

    /// The renders of one step of `key` on the timeline (until its window label changes),
    /// and then those once the move has rested, each sorted by name; and how far the first
    /// lane's marks ride, before the step and after it.
    async fn renders_of_a_timeline_step(key: &str) -> ([Vec<(&'static str, u32)>; 2], [String; 2]) {
        let (host, mut handle) = mounted(&[("view", "timeline"), ("url-key", "none")]).await;
        let before = text(&host, ".ma-window");
        quiet().await;
        let ride_before = attr(&host, ".ma-lane .ma-ride", "transform");
        key_down(&host, ".ma-timeline-svg", key);
        assert!(
            eventually(|| text(&host, ".ma-window") != before).await,
            "the action changed nothing on screen in 5 s"
        );
        let ride_step = attr(&host, ".ma-lane .ma-ride", "transform");
        let mut step = render_count::take();
        migration_atlas::collections::sort_by(&mut step, &|a, b| a.cmp(b));
        let mut rest = quiet().await;
        migration_atlas::collections::sort_by(&mut rest, &|a, b| a.cmp(b));
        handle.destroy();
        ([step, rest], [ride_before, ride_step])
    }

    #[wasm_bindgen_test]
    async fn a_timeline_pan_renders_only_the_timeline_view() {
        let ([step, rest], [ride_before, ride_step]) =
            renders_of_a_timeline_step("ArrowRight").await;
        // The step: the root and the timeline, which moves the marks of each of its five
        // lanes itself (`timeline_lanes::ride_lanes`), so no lane renders (issue 16); the
        // charts under it wait for the pan to rest (150 ms; the label is polled every 20).
        assert_eq!(step, vec![("App", 1), ("TimelineView", 1)]);
        assert_eq!(ride_before, "translate(0 0)");
        assert!(
            ride_step.starts_with("translate(-") && ride_step != "translate(-0 0)",
            "the lane's marks ride the pan: {ride_step}"
        );
        // At rest, the timeline is laid out for the new window (every lane's marks move),
        // and the charts follow it.
        assert_eq!(
            rest,
            vec![("Lane", 5), ("TimelineCharts", 1), ("TimelineView", 1)]
        );
    }

    #[wasm_bindgen_test]
    async fn a_timeline_zoom_lays_the_lanes_and_charts_out_once_it_rests() {
        let ([step, rest], _) = renders_of_a_timeline_step("+").await;
        // The step moves the marks laid out before it to their years on the new axis
        // (`timeline_lanes::ride_lanes`) and renders no lane; at rest the lanes are laid out
        // for the new window, and the charts under them follow it (issue 16).
        assert_eq!(step, vec![("App", 1), ("TimelineView", 1)]);
        assert_eq!(
            rest,
            vec![("Lane", 5), ("TimelineCharts", 1), ("TimelineView", 1)]
        );
    }

    /// Lets the microtasks run (Yew renders in them) without letting a task run: no frame
    /// is painted meanwhile, and nothing waiting for one (`hooks::use_deferred`) renders.
    async fn microtasks() {
        for _ in 0..20 {
            let resolved = js_sys::Promise::resolve(&JsValue::NULL);
            let _ = wasm_bindgen_futures::JsFuture::from(resolved).await;
        }
    }

    /// A widget on `view` with the filter panel open (not syncing the URL).
    async fn with_filters_open(view: &str) -> (Element, Handle) {
        let (host, handle) = mounted(&[("view", view), ("url-key", "none")]).await;
        click(&host, "button[data-panel=\"filters\"]");
        let probe = host.clone();
        assert!(eventually(move || query(&probe, ".ma-filters").is_some()).await);
        (host, handle)
    }

    /// How many elements in the widget match `selector`.
    fn count(host: &Element, selector: &str) -> u32 {
        host.shadow_root()
            .and_then(|r| r.query_selector_all(selector).ok())
            .map_or(0, |l| l.length())
    }

    /// The renders a filter change causes in `view` (the filter panel opened first, then the
    /// topic "agreement" switched): those before the next frame, until the status line says
    /// so, and those after it, until the scheduler has gone quiet; each sorted by name.
    async fn renders_of_a_filter_change(view: &str) -> [Vec<(&'static str, u32)>; 2] {
        let (host, mut handle) = with_filters_open(view).await;
        let before = text(&host, ".ma-status");
        quiet().await;
        click(&host, "label[data-key=\"agreement\"] input");
        microtasks().await;
        assert_ne!(
            text(&host, ".ma-status"),
            before,
            "the status line did not change in the same task"
        );
        let mut frame = render_count::take();
        migration_atlas::collections::sort_by(&mut frame, &|a, b| a.cmp(b));
        let mut after = quiet().await;
        migration_atlas::collections::sort_by(&mut after, &|a, b| a.cmp(b));
        handle.destroy();
        [frame, after]
    }

    #[wasm_bindgen_test]
    async fn a_filter_change_renders_the_map_at_once_and_the_panel_and_legend_after_the_frame() {
        let [frame, after] = renders_of_a_filter_change("map").await;
        // The frame the reader waits for: the root holds the state, the map answers. The
        // toolbar and status line are plain functions of the root.
        assert_eq!(frame, vec![("App", 1), ("MapMarks", 1), ("MapPane", 1)]);
        // Right after it, what stands beside the answer catches up, each once: the panel's
        // counts (through the root, which holds what the panel was last drawn with) and the
        // legend's (through the map pane).
        assert_eq!(
            after,
            vec![
                ("App", 1),
                ("FilterPanel", 1),
                ("MapLegend", 1),
                ("MapPane", 1)
            ]
        );
    }

    #[wasm_bindgen_test]
    async fn a_filter_change_places_the_map_labels_right_after_the_frame() {
        let (host, mut handle) = with_filters_open("map").await;
        quiet().await;
        let before = text(&host, ".ma-labels");
        let status = text(&host, ".ma-status");
        click(&host, "label[data-key=\"agreement\"] input");
        microtasks().await;
        // The frame answers with the marks (the status line says so); the labels placed
        // before stay until it is painted (issue 16).
        assert_ne!(text(&host, ".ma-status"), status);
        assert_eq!(text(&host, ".ma-labels"), before);
        quiet().await;
        // Right after it, the labels name what the filter left: with agreements alone, the
        // posts' cities are no longer named.
        let after = text(&host, ".ma-labels");
        assert_ne!(after, before, "the labels never followed the filter");
        assert!(
            after.len() < before.len(),
            "fewer places named: {before} -> {after}"
        );
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn lanes_a_filter_empties_keep_their_marks_laid_out_and_bring_them_back_in_the_frame() {
        let (host, mut handle) = with_filters_open("timeline").await;
        let drawn = |host: &Element| count(host, ".ma-ride:not(.ma-kept *) .ma-label");
        // Labels of kept lanes that still have a box: what `display: none` took away, and
        // the frame that showed the lanes again had to build anew (issue 16).
        let kept_with_a_box = |host: &Element| {
            let root = host.shadow_root().expect("shadow root");
            let labels = root
                .query_selector_all(".ma-kept .ma-label")
                .expect("selector");
            (0..labels.length())
                .filter_map(|i| labels.item(i)?.dyn_into::<Element>().ok())
                .filter(|l| l.get_bounding_client_rect().width() > 0.0)
                .count()
        };
        quiet().await;
        let all = drawn(&host);
        assert!(all > 0, "no label drawn at first");
        // Agreements alone: the other lanes are kept, hidden, and still laid out.
        click(&host, "label[data-key=\"agreement\"] input");
        quiet().await;
        let alone = drawn(&host);
        assert!(
            alone < all,
            "the topic hid no lane's labels: {alone} of {all}"
        );
        assert_eq!(
            kept_with_a_box(&host) as u32,
            all - alone,
            "kept lanes' labels lost their boxes"
        );
        // Every topic again: the frame shows every lane with its labels.
        click(&host, "label[data-key=\"agreement\"] input");
        microtasks().await;
        assert_eq!(
            drawn(&host),
            all,
            "labels of lanes brought back not in the frame"
        );
        assert_eq!(count(&host, ".ma-kept"), 0, "a lane stayed hidden");
        handle.destroy();
    }

    #[wasm_bindgen_test]
    async fn a_filter_change_renders_the_lanes_at_once_and_the_overview_charts_and_panel_after_the_frame(
    ) {
        let [frame, after] = renders_of_a_filter_change("timeline").await;
        // The frame: the root and the timeline's lanes: the four the topic empties, and the
        // one it keeps, which the Tab key's stop moves into (the first mark in time order).
        assert_eq!(
            frame,
            vec![("App", 1), ("Lane", 5), ("TimelineView", 1)],
            "in the frame: {frame:?}"
        );
        // After it: the panel (through the root), and the overview's bars and the charts under
        // the lanes (through the timeline view); no lane, since none changed.
        assert_eq!(
            after,
            vec![
                ("App", 1),
                ("FilterPanel", 1),
                ("TimelineCharts", 1),
                ("TimelineView", 1)
            ],
            "after it: {after:?}"
        );
    }

    // In the table view the frame draws the tables' first rows, here none: the tables lie
    // below the test page's window, so each is left as it was (`TableSection` not rendered;
    // the posts' and figures' tables the topic empties go). Right after it, the events' table
    // catches up, and the panel's counts (the header is a plain function of the root). The
    // agreements' table is not drawn again: the topic leaves its rows as they were.
    #[wasm_bindgen_test]
    async fn a_filter_change_in_the_table_renders_the_table_at_once_and_the_rest_after_the_frame() {
        let [frame, after] = renders_of_a_filter_change("table").await;
        assert_eq!(
            frame,
            vec![("App", 1), ("TableView", 1)],
            "in the frame: {frame:?}"
        );
        assert_eq!(
            after,
            vec![
                ("App", 1),
                ("FilterPanel", 1),
                ("TableSection", 1),
                ("TableView", 1)
            ],
            "after it: {after:?}"
        );
    }
}

/// The browser's Math (atlas_geo::math in the wasm) projects as std's does on the host,
/// where the map's shapes were projected: these are the host's figures.
#[wasm_bindgen_test]
fn the_browser_projects_points_where_the_host_projected_the_shapes() {
    let projection = atlas_geo::Projection::default();
    let host = [
        ((74.59, 42.87), (653.6548047959523, 91.0936452001605)),
        ((37.6178, 55.752), (558.0191318054535, 53.30066815902387)),
        (
            (-77.0364, 38.8951),
            (281.77769794112305, 103.85168264808749),
        ),
        ((139.6917, 35.6895), (824.9617801843272, 114.44453935541083)),
    ];
    for ((lon, lat), (x, y)) in host {
        let (bx, by) = projection.project(lon, lat);
        assert!(
            (bx - x).abs() < 1e-9 && (by - y).abs() < 1e-9,
            "{lon},{lat}: {bx},{by}"
        );
        let (ilon, ilat) = projection.invert(bx, by).expect("inside the world");
        assert!((ilon - lon).abs() < 1e-6 && (ilat - lat).abs() < 1e-6);
    }
    assert!((projection.world_height() - 486.71697538740443).abs() < 1e-9);
    assert!((atlas_geo::math::exp(0.3) - 1.3498588075760032).abs() < 1e-15);
}
