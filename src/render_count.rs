//! Test-only instrumentation: how many times each component rendered, so a browser test
//! can prove that an action re-renders only what it changed (a pan renders only its view).
//!
//! Compiled in only with the `render-count` cargo feature (the browser tests turn it on);
//! in the shipped build [`hit`] is an empty inline function and costs no byte.

/// Counts one render of the component `name`.
#[inline(always)]
pub fn hit(name: &'static str) {
    #[cfg(feature = "render-count")]
    imp::COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        match c.iter_mut().find(|(n, _)| *n == name) {
            Some((_, k)) => *k += 1,
            None => c.push((name, 1)),
        }
    });
    #[cfg(not(feature = "render-count"))]
    let _ = name;
}

/// The renders counted since the last call, by component name, and a fresh start.
#[cfg(feature = "render-count")]
pub fn take() -> Vec<(&'static str, u32)> {
    imp::COUNTS.with(|c| std::mem::take(&mut *c.borrow_mut()))
}

#[cfg(feature = "render-count")]
mod imp {
    use std::cell::RefCell;
    thread_local! {
        pub static COUNTS: RefCell<Vec<(&'static str, u32)>> = const { RefCell::new(Vec::new()) };
    }
}
