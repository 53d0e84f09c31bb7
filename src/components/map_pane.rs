//! The map view: draws what `layout::map` placed (see `map_layers`), and turns wheel,
//! drag, pinch, keys and buttons into `SetMap` actions. It opens fitted to the records at
//! whatever size it is; the wheel zooms only with Ctrl or ⌘ (or after a click inside).
//! Marks are found by event delegation (one listener for the whole map); they are one tab
//! stop, and arrow keys go from mark to mark in reading order (`layout::map_keys`).

use crate::components::class::class;
use crate::components::map_layers::{self, draw, draw_countries, home_star, CountriesDrawn};
use crate::components::map_legend::MapLegend;
use crate::components::notices::failed_notice;
use crate::format::fixed;
use crate::gesture::{Move, Wheel};
use crate::hooks::wheel::use_wheel_manners;
use crate::hooks::{kept, KEPT};
use crate::hooks::{use_css, use_deferred, use_gesture, use_rested, use_width};
use crate::i18n::{tr, Lang, Text};
use crate::layers::{Layers, LAYERS};
use crate::layout::map::labels::{self, em_width, Label, LabelKind, Rect};
use crate::layout::map::{extent, height_for, layout, legends, MapMarks, Named};
use crate::layout::map_keys::{neighbour, stops, tab_stop, MapStop};
use crate::record::RecordRef;
use crate::shapes_loader::{outlines, Outlines};
use crate::state::{Action, ListKind, RecordList, Selection};
use crate::viewport::{MapView, ZOOM_LIMITS};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Props of [`MapPane`].
#[derive(Properties, PartialEq, Clone)]
pub struct MapProps {
    /// The filtered records.
    pub records: Rc<Vec<RecordRef>>,
    /// Zoom and centre where the reader put them; `None`: fitted to the records.
    pub view: Option<MapView>,
    /// Layers on and off.
    pub layers: Layers,
    /// Interface language.
    pub lang: Lang,
    /// Highlighted selection.
    pub selected: Option<Selection>,
    /// Where actions go.
    pub on_action: Callback<Action>,
    /// The widget's folder, where the map's outlines are fetched from (`shapes_loader`).
    #[prop_or_default]
    pub asset_base: AttrValue,
}

/// The text measured once to learn how wide the labels' font really is.
const PROBE: &str = "Kyrgyzstan Yuzhno-Sakhalinsk Россия";

fn mark_of(e: &Event) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest("[data-mark]")
        .ok()
        .flatten()
}

/// The words and the place (map units) of the mark `el`.
fn named<'a>(el: &Element, marks: &'a MapMarks) -> Option<(&'a Named, (f64, f64))> {
    let i: usize = el.get_attribute("data-index")?.parse().ok()?;
    match el.get_attribute("data-mark")?.as_str() {
        "country" => marks.countries.get(i).map(|c| (&c.name, c.anchor)),
        "badge" => marks.badges.get(i).map(|b| (&b.name, b.at)),
        "post" => marks.posts.get(i).map(|p| (&p.name, p.at)),
        "flow" => marks.flows.get(i).map(|f| {
            let end = marks.countries.iter().find(|c| c.code == f.code);
            (&f.name, end.map_or((0.0, 0.0), |c| c.anchor))
        }),
        _ => None,
    }
}

/// The keyboard stop of a mark's element.
fn stop_of(mark: &Element, marks: &MapMarks) -> Option<MapStop> {
    MapStop::from_attributes(
        marks,
        &mark.get_attribute("data-mark")?,
        mark.get_attribute("data-code").as_deref(),
        mark.get_attribute("data-index").as_deref(),
    )
}

/// Room the controls drawn over the map take (see the style sheet), so labels keep clear.
fn reserved(width: f64, height: f64, edge: Option<&extent::EdgeMark>) -> Vec<Rect> {
    // The buttons shrink below a 480 px container, about 456 px of map.
    let button = if width < 440.0 { 32.0 } else { 38.0 };
    let mut out = vec![(width - 50.0, 0.0, 50.0, 4.0 * button + 10.0)];
    if let Some(e) = edge {
        let w = em_width(&e.text) * 12.0 + 30.0;
        let x = if e.left { 0.0 } else { width - w - 50.0 };
        out.push((x, height - 42.0, w, 42.0));
    }
    out
}

/// The map.
#[function_component]
pub fn MapPane(props: &MapProps) -> Html {
    crate::render_count::hit("MapPane");
    let lang = props.lang;
    let node = use_node_ref();
    let width = use_width(node.clone(), 800.0);
    let height = height_for(width);
    // The places the records name: once per selection, for the fit and the Americas button.
    let places = use_memo(props.records.clone(), |records| extent::places(records));
    // Fitting is a pass over those places: cheaper than a memo's bytes.
    let view = props
        .view
        .unwrap_or_else(|| extent::fitted(&places, width, height));
    // The outlines arrive after the first render (the marks draw from compiled-in anchors
    // meanwhile): their arrival lays the map out again.
    let (outlines, retry_outlines) = outlines(&props.asset_base, &use_force_update());
    let ready = outlines == Outlines::Ready;
    // A pan or a zoom draws, until it rests, the marks and labels laid out for the view it
    // left, carried to the new one by the view's transform (see `use_rested`): laying the marks out
    // again at every step of a zoom cost about 6 ms of each frame (issue 16). Anything else
    // (records, layers, width, selection, language, outlines) lays out at once.
    // The records' address: a filter change makes a new list.
    let records_id = Rc::as_ptr(&props.records) as usize;
    let laid = use_rested(
        view,
        (
            records_id,
            props.layers,
            width.to_bits(),
            props.selected,
            lang,
            ready,
        ),
        |_: MapView, _: MapView| true,
    )
    .laid;
    let marks: Rc<MapMarks> = use_memo(
        (
            props.records.clone(),
            props.layers,
            fixed(laid.k, 3),
            width as i64,
            props.selected,
            lang,
            ready,
        ),
        move |(records, layers, _, width, selected, lang, _)| {
            layout(records, *layers, laid, *width as f64, *selected, *lang)
        },
    );
    // Memos below key on the marks' address, not their value: comparing two `MapMarks` deeply
    // at every frame of a pan cost more than what they save. A new layout is a new address.
    let marks_id = Rc::as_ptr(&marks) as usize;
    let legend = {
        let marks = marks.clone();
        use_memo(marks_id, move |_| legends(&marks, lang))
    };
    // Below the map, beside what answers: its counts follow one paint later.
    let (legend, _) = use_deferred(legend, true);
    // How much wider the labels' font is than the estimate (a host's font may be): the
    // probe's width in its own units (a zoom does not change it), which a ResizeObserver
    // reports whenever it changes: a web font arriving late, or the host setting
    // `--atlas-font`, which renders nothing. Never below 1: a narrower font only leaves
    // more room. (Read in an effect after every render, it missed a font the host changed
    // and forced a layout at every step of a zoom or pan; and cost 1 KB more wasm.)
    let probe = use_node_ref();
    let probe_width = use_width(probe.clone(), 0.0);
    // Rounded up, so a sub-pixel difference does not lay labels out again.
    let text_scale = if probe_width > 0.0 {
        (probe_width / labels::estimate(LabelKind::Country, PROBE) * 20.0)
            .ceil()
            .max(20.0)
            / 20.0
    } else {
        1.0
    };
    // The Americas button (clear of the controls) follows the view at every frame: one
    // pass over the places.
    let edge = {
        let (places, records) = (places.clone(), props.records.clone());
        use_memo(
            (
                marks_id,
                view.k.to_bits(),
                view.x.to_bits(),
                view.y.to_bits(),
                width as i64,
            ),
            move |_| extent::beyond(&places, &records, view, width, height, lang),
        )
    };
    // The labels follow a filter change one paint later, as the legend does: the frame
    // that answers the click draws the marks, and placing and drawing the labels (about
    // 1.2 ms of that frame: issue 16) comes right after it. A pan or zoom at rest, the
    // layers, the width, the language or the selection places them at once.
    let last_records = use_mut_ref(|| records_id);
    let filtered = std::mem::replace(&mut *last_records.borrow_mut(), records_id) != records_id;
    let (labelled, _) = use_deferred(
        LaidMarks {
            marks: marks.clone(),
            laid,
        },
        filtered,
    );
    let placed = {
        let (labelled, edge) = (labelled.clone(), edge.clone());
        use_memo(
            (labelled, text_scale.to_bits(), width as i64),
            move |(LaidMarks { marks, laid }, scale, _)| {
                let keep_clear = reserved(width, height, edge.as_ref().as_ref());
                let scale = f64::from_bits(*scale);
                labels::place(marks, *laid, width, height, lang, scale, &keep_clear)
            },
        )
    };
    let edge = &*edge;

    let tip = use_state_eq(|| None::<(f64, f64, Named)>);
    // The mark that takes the Tab key: the one last focused, while it is drawn.
    let current = use_state_eq(|| None::<MapStop>);
    // The tooltip is placed through the CSSOM: a strict host CSP blocks style attributes.
    let tip_node = use_node_ref();
    let tip_at = (*tip).as_ref().map_or_else(Vec::new, |t| {
        let px = |v: f64| format!("{}px", fixed(v, 0));
        vec![
            ("left", px(t.0.min(width - 180.0).max(0.0))),
            ("top", px(t.1 + 14.0)),
        ]
    });
    use_css(tip_node.clone(), tip_at);
    let manners = use_wheel_manners();
    let (vx, vy, vw, vh) = view.view_box(width, height);
    let label_origin = {
        let (x, y, _, _) = labelled.laid.view_box(width, height);
        (x, y)
    };
    let units = marks.units_per_px;
    // The country shapes' units per pixel (drawn at half scale), for their borders (style.css).
    use_css(node.clone(), vec![("--ma-u", fixed(2.0 * units, 6))]);
    let on_action = props.on_action.clone();
    let set = move |v: MapView| Action::SetMap(Some(v));

    let local = {
        let node = node.clone();
        move |cx: f64, cy: f64| -> (f64, f64) {
            let r = node.cast::<Element>().map(|e| e.get_bounding_client_rect());
            r.map_or((cx, cy), |r| (cx - r.left(), cy - r.top()))
        }
    };
    let to_map = move |(px, py): (f64, f64)| view.to_map(px, py, width, height);

    let on_wheel = {
        let (on_action, local, manners) = (on_action.clone(), local.clone(), manners.clone());
        Callback::from(move |e: WheelEvent| {
            if let Wheel::Zoom(factor) = manners.read(&e, false) {
                let at = to_map(local(f64::from(e.client_x()), f64::from(e.client_y())));
                on_action.emit(set(view.zoom_at(factor, at)));
            }
        })
    };
    let gestures = {
        let (on_action, local, tip) = (on_action.clone(), local.clone(), tip.clone());
        use_gesture(view, move |start: MapView, m, first| {
            if first {
                tip.set(None);
            }
            let next = match m {
                Move::Pan { dx, dy } => start.pan(-dx * units, -dy * units),
                Move::Pinch {
                    factor,
                    centre,
                    shift,
                } => start
                    .zoom_at(factor, to_map(local(centre.0, centre.1)))
                    .pan(-shift.0 * units, -shift.1 * units),
            };
            on_action.emit(set(next));
        })
    };
    let on_down = manners.engaging(&gestures.down);
    let choose = {
        let (marks, on_action) = (marks.clone(), on_action.clone());
        move |mark: &Element| {
            let index = mark
                .get_attribute("data-index")
                .and_then(|i| i.parse::<usize>().ok());
            let select = |s: Option<Selection>| on_action.emit(Action::Select(s));
            match (mark.get_attribute("data-mark").as_deref(), index) {
                (Some("country"), Some(i)) => {
                    select(marks.countries.get(i).map(|c| Selection::Place(c.code)))
                }
                (Some("badge"), Some(i)) => {
                    select(marks.badges.get(i).map(|b| match b.records[..] {
                        [one] => Selection::Record(one),
                        _ => Selection::Place(b.code),
                    }))
                }
                (Some("flow"), Some(i)) => {
                    select(marks.flows.get(i).map(|f| Selection::Record(f.record)))
                }
                (Some("post"), Some(i)) => {
                    let Some(p) = marks.posts.get(i) else { return };
                    if let [one] = p.records[..] {
                        select(Some(Selection::Record(one)));
                    } else if p.cities > 1 && view.k < ZOOM_LIMITS.1 {
                        // Cities too close to tell apart: closer, around the marker, until
                        // they stand apart.
                        on_action.emit(set(MapView {
                            k: view.k * 2.5,
                            x: p.at.0,
                            y: p.at.1,
                        }
                        .clamped()));
                    } else {
                        // The posts of one city list in the sheet; never the whole country
                        // (issue 11: a post cluster selected the whole of Russia).
                        on_action.emit(Action::ShowList(RecordList {
                            kind: ListKind::Posts,
                            records: p.records.clone(),
                        }));
                    }
                }
                _ => {}
            }
        }
    };
    let on_click = {
        let (gestures, choose, tip) = (gestures.clone(), choose.clone(), tip.clone());
        Callback::from(move |e: MouseEvent| {
            if gestures.dragged() {
                return;
            }
            if let Some(mark) = mark_of(&e) {
                // The sheet now shows what the tooltip said, and more.
                tip.set(None);
                choose(&mark);
            }
        })
    };
    let on_key = {
        let (on_action, choose, marks, node) = (
            on_action.clone(),
            choose.clone(),
            marks.clone(),
            node.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let step = 60.0 * units;
            let key = e.key();
            // On a mark, arrow keys go to the next mark in reading order (Shift and arrow
            // keys pan); the map follows the focus when it leaves the view.
            let stop = mark_of(&e).and_then(|m| stop_of(&m, &marks));
            if let (Some(stop), false) = (stop, e.shift_key()) {
                if let Some(next) = neighbour(&marks, stop, &key) {
                    e.prevent_default();
                    let el = node
                        .cast::<Element>()
                        .and_then(|n| n.query_selector(&next.selector()).ok().flatten());
                    if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::SvgElement>().ok()) {
                        let _ = el.focus();
                    }
                    let at = stops(&marks).into_iter().find(|s| s.0 == next).map(|s| s.1);
                    let margin = 40.0 * units;
                    if let Some((x, y)) = at.filter(|(x, y)| {
                        *x < vx + margin
                            || *x > vx + vw - margin
                            || *y < vy + margin
                            || *y > vy + vh - margin
                    }) {
                        on_action.emit(set(MapView { x, y, ..view }.clamped()));
                    }
                    return;
                }
            }
            let next = match key.as_str() {
                "Enter" | " " => {
                    if let Some(mark) = mark_of(&e) {
                        e.prevent_default();
                        choose(&mark);
                    }
                    return;
                }
                "ArrowLeft" => Some(view.pan(-step, 0.0)),
                "ArrowRight" => Some(view.pan(step, 0.0)),
                "ArrowUp" => Some(view.pan(0.0, -step)),
                "ArrowDown" => Some(view.pan(0.0, step)),
                "+" | "=" => Some(view.zoom_at(1.5, (view.x, view.y))),
                "-" | "_" => Some(view.zoom_at(1.0 / 1.5, (view.x, view.y))),
                "0" => None,
                _ => return,
            };
            e.prevent_default();
            on_action.emit(Action::SetMap(next));
        })
    };
    let show_tip = {
        let (tip, marks, local) = (tip.clone(), marks.clone(), local.clone());
        move |e: &Event, pointer: Option<(f64, f64)>| {
            let found = mark_of(e).and_then(|m| named(&m, &marks).map(|(n, at)| (n.clone(), at)));
            tip.set(found.map(|(name, at)| {
                let (x, y) =
                    pointer.map_or_else(|| view.to_px(at, width, height), |(cx, cy)| local(cx, cy));
                (x, y, name)
            }));
        }
    };
    let on_over = {
        let show_tip = show_tip.clone();
        Callback::from(move |e: PointerEvent| {
            show_tip(&e, Some((f64::from(e.client_x()), f64::from(e.client_y()))))
        })
    };
    let on_focus = {
        let (current, marks) = (current.clone(), marks.clone());
        Callback::from(move |e: FocusEvent| {
            if let Some(stop) = mark_of(&e).and_then(|m| stop_of(&m, &marks)) {
                current.set(Some(stop));
            }
            show_tip(&e, None)
        })
    };
    let on_leave = {
        let (tip, manners) = (tip.clone(), manners.clone());
        Callback::from(move |e: PointerEvent| {
            tip.set(None);
            manners.leave(&e, "ma-map-svg");
        })
    };

    let button = |text: Text, symbol: &'static str, next: Option<MapView>| {
        html! { <button type="button" class="ma-button ma-icon" aria-label={tr(lang, text)} title={tr(lang, text)}
        onclick={props.on_action.reform(move |_| Action::SetMap(next))}>{ symbol }</button> }
    };
    let edge_button = edge.as_ref().map(|e| {
        let target = e.target;
        html! { <button type="button" class={class(&["ma-edge", if e.left { "ma-edge-left" } else { "ma-edge-right" }])}
            data-edge="americas" aria-label={e.name.spoken.clone()} title={e.name.spoken.clone()}
            onclick={props.on_action.reform(move |_| Action::SetMap(Some(target)))}>
            { if e.left { "◀ " } else { "" } }{ &e.text }{ if e.left { "" } else { " ▶" } }
        </button> }
    });
    let tab_stop = tab_stop(&marks, *current, props.selected);
    html! {
        <div class="ma-map">
            // No height here: the SVG's height attribute sizes the frame (no style attribute,
            // which a strict host CSP would block).
            <div class="ma-map-frame" ref={node.clone()}>
                // The controls come before the marks in the tab order (issue 11); they are
                // placed over the map's corner by the style sheet.
                <div class="ma-zoom">
                    { button(Text::ZoomIn, "+", Some(view.zoom_at(1.5, (view.x, view.y)))) }
                    { button(Text::ZoomOut, "−", Some(view.zoom_at(1.0 / 1.5, (view.x, view.y)))) }
                    { button(Text::ZoomReset, "⌂", None) }
                    { button(Text::WholeWorld, "◯", Some(MapView::world())) }
                </div>
                // The marks are one tab stop; the map itself takes the focus from a click
                // (arrow keys then pan), or from Tab when no mark is drawn.
                <svg class="ma-map-svg" width="100%" height={fixed(height, 0)}
                    viewBox={format!("0 0 {} {}", fixed(width, 2), fixed(height, 2))}
                    role="group" tabindex={if tab_stop.is_some() { "-1" } else { "0" }}
                    aria-label={format!("{} — {}", tr(lang, Text::ViewMap), tr(lang, Text::MapKeys))}
                    onwheel={on_wheel} onpointerdown={on_down} onpointermove={gestures.moved.clone()} onpointerup={gestures.up.clone()}
                    onpointercancel={gestures.up.clone()} onclick={on_click} onkeydown={on_key} onpointerover={on_over}
                    onfocusin={on_focus} onpointerleave={on_leave}>
                    // The view is this one transform, over a viewBox in pixels: a pan changes
                    // a transform, which the browser redraws without laying out the map again
                    // (a changed viewBox laid out every label: issue 16, a pan frame's CPU
                    // 6.7 -> 4.6 ms median, paired).
                    <g class="ma-map-view" transform={format!("scale({}) translate({} {})", fixed(width / vw, 5), fixed(-vx, 2), fixed(-vy, 2))}>
                    <MapMarksLayer marks={marks.clone()} selected={props.selected} tab_stop={tab_stop} />
                    <MapLabels labels={placed.clone()} origin={label_origin} units={labelled.marks.units_per_px} />
                    </g>
                    // Measured in pixels, as the labels are drawn: outside the view, so a zoom
                    // step does not scale it (the browser lays scaled text out again at every
                    // step: −0.2 ms layout per zoom frame, measured).
                    <g class="ma-probe" aria-hidden="true" translate="no">
                        <text class="ma-map-label ma-label-country" ref={probe}>{ PROBE }</text>
                    </g>
                </svg>
                { match &*tip { Some((_, _, t)) => html! {
                    <div class="ma-tip" role="tooltip" ref={tip_node.clone()}>
                        <strong>{ &t.title }</strong>
                        <>{ for t.lines.iter().map(|l| html! { <div>{ l }</div> }) }</>
                    </div>
                }, None => html! {} } }
                { if props.records.is_empty() { html! {
                    <p class="ma-empty ma-map-empty" role="status">{ tr(lang, Text::NothingMatches) }</p>
                } } else { html! {} } }
                // The marks stay usable without the outlines.
                { if outlines == Outlines::Failed { html! { <div class="ma-outlines-failed">
                    { failed_notice(lang, tr(lang, Text::OutlinesFailed), &retry_outlines) }
                </div> } } else { html! {} } }
                { if manners.hint() { html! { <p class="ma-wheel-hint" role="status">{ tr(lang, Text::WheelHint) }</p> } } else { html! {} } }
                { edge_button.unwrap_or_default() }
            </div>
            <MapLegend layers={props.layers} legends={legend} width={width} lang={lang} on_action={props.on_action.clone()} />
        </div>
    }
}

/// Props of [`MapMarksLayer`]: equal while the layout is the same value, so a pan (which
/// changes only the view's transform) leaves the marks alone.
#[derive(Properties)]
struct MarksProps {
    marks: Rc<MapMarks>,
    selected: Option<Selection>,
    tab_stop: Option<MapStop>,
}

impl PartialEq for MarksProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.marks, &other.marks)
            && self.selected == other.selected
            && self.tab_stop == other.tab_stop
    }
}

/// The base map and the marks of every layer that is on, in map units: drawn again only
/// when the layout changes (a filter, a zoom level, the selection, the width, the
/// language), never on a pan. The labels, placed in pixels over the view, are drawn apart.
#[function_component]
fn MapMarksLayer(props: &MarksProps) -> Html {
    crate::render_count::hit("MapMarks");
    let (marks, tab) = (&*props.marks, props.tab_stop);
    // Per layer, the last layout in which it drew something: a filter that empties a layer
    // (agreements only, say: no posts) hides those marks rather than removing them, so
    // undoing it builds none of them again (issue 16).
    let kept_by_layer = use_memo((), |_| {
        <[RefCell<Option<Rc<MapMarks>>>; LAYERS.len()]>::default()
    });
    let layers = LAYERS
        .iter()
        .zip(kept_by_layer.iter())
        .filter(|(spec, _)| marks.layers.get(spec.layer));
    let countries = use_node_ref();
    {
        let (countries, marks) = (countries.clone(), props.marks.clone());
        let drawn = use_mut_ref(CountriesDrawn::default);
        // In an effect, right after the render; and before the next paint all the same,
        // should Yew leave its effects for a later task (after a render over 16 ms, as a
        // page's first can be): the map's first paint has its countries. The frame's
        // callback holds the marks weakly: a map destroyed before that frame keeps nothing.
        let later = (
            countries.clone(),
            Rc::downgrade(&marks),
            Rc::downgrade(&drawn),
        );
        crate::components::dom::before_next_frame(move || {
            if let (Some(marks), Some(drawn)) = (later.1.upgrade(), later.2.upgrade()) {
                draw_countries(&later.0, &marks, tab, &mut drawn.borrow_mut());
            }
        });
        use_effect(move || draw_countries(&countries, &marks, tab, &mut drawn.borrow_mut()));
    }
    html! { <>
        <g class="ma-countries" transform="scale(0.5)" ref={countries} />
        { home_star(marks) }
        <>{ for layers.map(|(spec, slot)| {
            let (drawn, hidden) = kept(slot, props.marks.clone(), (spec.drew_nothing)(marks));
            html! { <g key={spec.layer.key()} class={hidden.then_some(KEPT)} display={hidden.then_some("none")}>
                { draw(spec.layer, &drawn, props.selected, tab) }
            </g> }
        }) }</>
    </> }
}

/// The marks the labels are placed for, and the view they were laid out for: equal while
/// the layout is the same value (by address) for the same view.
#[derive(Clone)]
struct LaidMarks {
    marks: Rc<MapMarks>,
    laid: MapView,
}

impl PartialEq for LaidMarks {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.marks, &other.marks) && self.laid == other.laid
    }
}

/// Props of [`MapLabels`]: equal while the labels placed are the same (by address) and
/// drawn at the same place, so a step of a pan or zoom leaves them alone.
#[derive(Properties)]
struct LabelsProps {
    labels: Rc<Vec<Label>>,
    origin: (f64, f64),
    units: f64,
}

impl PartialEq for LabelsProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.labels, &other.labels)
            && self.origin == other.origin
            && self.units == other.units
    }
}

/// The labels, placed for the view the map was laid out for: drawn again only when they
/// are placed again (building and comparing them at every step of a pan or zoom cost
/// their text and keys each time: issue 16).
#[function_component]
fn MapLabels(props: &LabelsProps) -> Html {
    map_layers::labels(&props.labels, props.origin, props.units)
}
