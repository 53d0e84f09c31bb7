//! The core's floor in bytes (issue 16's plan towards 150 KB): built with
//! `--features core-floor` by `scripts/core-floor`, never shipped. The feature leaves out
//! every module that draws (`components`, `hooks`, `embed` and the loaders, hence Yew) and
//! exports this one function instead, which runs what the views ask of the core: a shared
//! link read, the filters, the three layouts, the panel's counts, the key figures, a
//! record's facts, the exports. Whatever the compiler keeps for it is what any way of
//! drawing would ship besides its own drawing code; its packed size is the floor that a
//! drawing layer (Yew's or direct DOM updates) adds to.

use crate::collections::Set;
use crate::filter::Topic;
use crate::i18n::Lang;
use crate::layout::{charts, map, table, timeline};
use crate::model::{PostKind, Status};
use crate::options::Loose;
use crate::picture::{compose, LegendEntry, Picture};
use crate::state::{
    Action, Layer, Layers, ListKind, Panel, RecordList, Selection, SortKey, View, WidgetState,
};
use crate::viewport::TimeWindow;
use crate::{disagreements, evidence, export, facets, filter, format, key_figures, query, related};
use wasm_bindgen::prelude::wasm_bindgen;

/// Runs the core for the view a URL key (`v:map;t:agreement…`) names, `width` px wide,
/// with the text of `lang` installed; returns a summary of what came out (so nothing
/// computed is dead code).
/// `options` are `name=value` pairs split by `,` (what a host page sets), `quoted` a
/// `paragraphs-<doc>.txt` file of document `doc`.
#[wasm_bindgen(js_name = coreFloor)]
#[allow(clippy::too_many_arguments)]
pub fn core_floor(
    key: &str,
    width: f64,
    lang: &str,
    text: &[u8],
    notes: &[u8],
    options: &str,
    quoted: &str,
    doc: &str,
) -> String {
    let lang = Lang::from_code(lang).unwrap_or(Lang::En);
    let mut out = Vec::new();
    let raw: Vec<(String, Loose)> = options
        .split(',')
        .filter_map(|pair| pair.split_once('='))
        .map(|(name, value)| (name.to_string(), Loose::Str(value.to_string())))
        .collect();
    let (resolved, warnings) = crate::options::resolve(&raw);
    out.push(format!("{resolved:?}"));
    out.extend(warnings);
    match crate::paragraphs::Quoted::read(quoted, doc) {
        Ok(q) => out.push(format!("{} paragraphs", q.paragraphs().len())),
        Err(e) => out.push(e),
    }
    if let Err(e) = crate::texts::install(lang, text) {
        out.push(e);
    }
    if let Err(e) = crate::texts::install_notes(lang, notes) {
        out.push(e);
    }
    let reading = query::read(key, &WidgetState::default());
    out.extend(reading.dropped);
    let first = filter::select(&reading.state.filters);
    let source = crate::dataset::get().source_ids().next().map(|(id, _)| id);
    // Every action, from values known only at run time, so every arm of `apply` stays.
    let mut actions = vec![
        Action::SetView(View::Map),
        Action::SetLang(lang),
        Action::Select(first.first().map(|&r| Selection::Record(r))),
        Action::ShowList(RecordList {
            kind: ListKind::Lane(Topic::Agreements),
            records: first.clone(),
        }),
        Action::ToggleTopic(Topic::Agreements),
        Action::ToggleCountry("RUS"),
        Action::ToggleStatus(Status::InForce),
        Action::TogglePostKind(PostKind::Embassy),
        Action::Toggle("status", first.len() % 3),
        Action::SetTime(None),
        Action::SetText(key.to_string()),
        Action::ResetFilters,
        Action::SetTimeline(TimeWindow::ALL),
        Action::SetMap(None),
        Action::ToggleLayer(Layer::Flows),
        Action::SortBy(SortKey::Kind),
        Action::Open(Panel::Filters),
        Action::DismissNotices,
        Action::Replace(Box::new(reading.state.clone())),
    ];
    if let Some(id) = source {
        actions.push(Action::ToggleSource(id));
    }
    let mut state = reading.state.clone();
    for action in actions.into_iter().skip(width as usize % 2) {
        state = crate::state::apply(&state, action);
    }
    let records = filter::select(&state.filters);
    let f = &state.filters;

    let marks = timeline::layout(&records, state.timeline, width, lang, state.selected);
    let strip = timeline::overview(&records, marks.left, width, state.timeline, f.time);
    let plots = charts::charts(&records, state.timeline, (marks.left, width), lang);
    out.push(format!(
        "timeline {} lanes {} bins {} charts {}",
        marks.lanes.len(),
        strip.bins.len(),
        plots.len(),
        timeline::window_label(state.timeline, lang)
    ));

    let height = map::height_for(width);
    let view = state
        .map
        .unwrap_or_else(|| map::extent::fitted(&map::extent::places(&records), width, height));
    let layers: Layers = state.layers;
    let map_marks = map::layout(&records, layers, view, width, state.selected, lang);
    let labels = map::labels::place(&map_marks, view, width, height, lang, 1.0, &[]);
    out.push(format!(
        "map {} labels {} legends",
        labels.len(),
        map::legends(&map_marks, lang).len()
    ));

    let countries: Set<&'static str> = f.countries.clone();
    let mut cells = 0;
    for section in table::sections(&records, state.sort, lang) {
        for &r in &section.rows {
            for &c in table::columns(section.kind) {
                cells += table::cell(c, r, lang, &countries).len();
            }
        }
    }
    out.push(format!("table {cells}"));

    let counts: usize = facets::all_counts(f).iter().map(|c| c.len()).sum();
    let figures = key_figures::key_figures(lang).len();
    let all = disagreements::all();
    let labels: usize = all
        .iter()
        .map(|d| disagreements::label(d, lang).len())
        .sum();
    out.push(format!(
        "panel {counts} figures {figures} disagreements {labels}"
    ));

    if let Some(&r) = records.first() {
        let facts: usize = format::facts(r, lang).iter().map(|(_, v)| v.len()).sum();
        out.push(format!(
            "{} {facts} related {}",
            format::title(r, lang),
            related::related(r, 5).len()
        ));
    }

    let words = evidence::filters_in_words(f, lang);
    let link = query::write(&state, &WidgetState::default()).unwrap_or_default();
    let date = evidence::data_date(lang);
    let about = export::About {
        title: "Migration Atlas",
        filters: &words,
        data_date: &date,
        link: &link,
        lang,
    };
    out.push(format!(
        "csv {} json {} cite {}",
        export::csv(&records, lang).len(),
        export::json(&records, &about).len(),
        evidence::cite_view(records.len(), f, &link, lang)
    ));
    let legend = [LegendEntry {
        glyph: String::new(),
        label: words.clone(),
        heading: true,
    }];
    let picture = compose(&Picture {
        view: key,
        width,
        height,
        background: "#e4edf4",
        title: "Migration Atlas",
        question: &words,
        legend: &legend,
        footer: &[&date],
        link: &link,
        style: STYLE,
    });
    out.push(format!("picture {}", picture.text.len()));
    out.join("\n")
}

/// The style sheet, as the widget ships it: any way of drawing needs it.
static STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.css"));
