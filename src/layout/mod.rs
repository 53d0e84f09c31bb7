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

/// The item of `items` with the smallest `distance` (the first of equals), for the arrow
/// keys of the map and the timeline.
pub fn nearest<T>(items: impl Iterator<Item = T>, distance: impl Fn(&T) -> f64) -> Option<T> {
    items
        .fold(None, |best: Option<(f64, T)>, item| {
            let d = distance(&item);
            match best {
                Some((b, _)) if b <= d => best,
                _ => Some((d, item)),
            }
        })
        .map(|(_, item)| item)
}
