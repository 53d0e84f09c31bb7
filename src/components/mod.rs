//! Thin Yew components: each draws what the pure core computed and reports user
//! actions upward as `Action`s. None computes layout, filters or geometry itself.

pub mod app;
pub mod citations;
pub mod cited_paragraphs;
pub mod class;
pub mod country_figures;
pub mod detail_panel;
pub mod disagreements_panel;
pub mod dom;
pub mod evidence_sheet;
pub mod export_panel;
pub mod figure_table;
pub mod filter_panel;
pub mod header;
pub mod key_figure_strip;
pub mod lazy;
pub mod map_layers;
pub mod map_legend;
pub mod map_pane;
pub mod notices;
pub mod print_note;
pub mod share_panel;
pub mod status;
pub mod table_view;
pub mod timeline_charts;
pub mod timeline_lanes;
pub mod timeline_view;
pub mod toolbar;
pub mod view_picture;
pub mod year_inputs;

pub use app::{App, AppProps};
