//! Layout: records and scales in, marks out. Marks carry positions in the view's own
//! units; components draw them and never compute geometry themselves.

pub mod charts;
pub mod glyph;
pub mod map;
pub mod map_keys;
pub mod sheet;
pub mod table;
pub mod text;
pub mod timeline;
