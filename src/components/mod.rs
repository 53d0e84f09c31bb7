//! Thin Yew components: each draws what the pure core computed and reports user
//! actions upward as callbacks. None computes layout, filters or geometry itself.

pub mod app;
pub mod citations;
pub mod header;
pub mod status;
pub mod table_view;

pub use app::{App, AppProps};
