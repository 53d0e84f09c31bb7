//! Fetches a document's quoted paragraphs (`paragraphs-<doc>.txt`, from the widget's own
//! folder) the first time a reader opens one of its citations, and keeps them for the life
//! of the page, shared by every widget on it. Nothing is fetched before a reader asks, so
//! the first screen downloads none of it.

use crate::dataset;
use crate::model::SourceId;
use crate::paragraphs::{file_name, Quoted};
use std::cell::RefCell;
use std::rc::Rc;

/// Called once with a document's paragraphs, or with why they could not be had.
type Waiter = Box<dyn FnOnce(Result<Rc<Quoted>, String>)>;

thread_local! {
    /// Documents read so far.
    static LOADED: RefCell<Vec<(SourceId, Rc<Quoted>)>> = const { RefCell::new(Vec::new()) };
    /// Documents being fetched, with everyone waiting for them: one request per document.
    static PENDING: RefCell<Vec<(SourceId, Vec<Waiter>)>> = const { RefCell::new(Vec::new()) };
    /// Documents whose last fetch failed (until the next attempt).
    static FAILED: RefCell<Vec<SourceId>> = const { RefCell::new(Vec::new()) };
}

/// True when the last attempt to fetch `source` failed and none is under way.
pub fn failed(source: SourceId) -> bool {
    FAILED.with(|f| f.borrow().contains(&source))
}

/// The paragraphs of `source`, if they are here already.
pub fn cached(source: SourceId) -> Option<Rc<Quoted>> {
    LOADED.with(|l| {
        l.borrow()
            .iter()
            .find(|(s, _)| *s == source)
            .map(|(_, q)| q.clone())
    })
}

/// Calls `done` with the paragraphs of `source`, fetching them from `base` (the widget's
/// folder) unless they are here or on their way.
pub fn load(source: SourceId, base: &str, done: impl FnOnce(Result<Rc<Quoted>, String>) + 'static) {
    if let Some(q) = cached(source) {
        done(Ok(q));
        return;
    }
    let first = PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if let Some((_, waiting)) = p.iter_mut().find(|(s, _)| *s == source) {
            waiting.push(Box::new(done));
            false
        } else {
            p.push((source, vec![Box::new(done)]));
            true
        }
    });
    if !first {
        return;
    }
    FAILED.with(|f| f.borrow_mut().retain(|s| *s != source));
    let doc = dataset::get().source(source);
    let url = format!("{base}{}", file_name(doc));
    wasm_bindgen_futures::spawn_local(async move {
        let result = crate::text_loader::fetch_bytes(&url)
            .await
            .and_then(|file| atlas_vocab::packed::unpack(&file).map_err(|e| format!("{url}: {e}")))
            .and_then(|text| Quoted::read(&text, doc.id))
            .map(Rc::new);
        match &result {
            Ok(q) => LOADED.with(|l| l.borrow_mut().push((source, q.clone()))),
            Err(e) => {
                FAILED.with(|f| f.borrow_mut().push(source));
                crate::report(&format!("migration-atlas: {e}"))
            }
        }
        let waiting = PENDING.with(|p| {
            let mut p = p.borrow_mut();
            let i = p.iter().position(|(s, _)| *s == source);
            i.map(|i| p.remove(i).1).unwrap_or_default()
        });
        for w in waiting {
            w(result.clone());
        }
    });
}
