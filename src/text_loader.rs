//! Fetches the text of the reader's language from the widget's own folder, once per page
//! and language, and installs it (see `texts`). The loader script usually installs the
//! first language before mounting, so this runs only when a reader switches language, or
//! when the page is embedded without the loader's head start.

use crate::i18n::Lang;
use crate::texts;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The file a language's text is in, relative to the widget's folder (packed, as every
/// file the widget fetches: see [`fetch_bytes`]).
pub fn text_file(lang: Lang) -> String {
    format!("text-{}.txt.lzma", lang.code())
}

thread_local! {
    /// Unpacks a `.lzma` file (www/lzma.js), given by the loader script.
    static UNPACKER: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Gives the widget the loader script's unpacker (www/lzma.js `unpack`): the text, summary,
/// outline and paragraph files ship packed with LZMA, as the wasm does (about 10 % smaller
/// than gzip makes them), and the widget fetches them itself when a reader needs them.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = setUnpacker)]
pub fn set_unpacker(unpack: js_sys::Function) {
    UNPACKER.with(|u| *u.borrow_mut() = Some(unpack));
}

/// The bytes a packed file holds, if the loader's unpacker is here and can unpack them.
fn unpacked(packed: &js_sys::Uint8Array) -> Option<js_sys::Uint8Array> {
    UNPACKER
        .with(|u| u.borrow().clone())?
        .call1(&wasm_bindgen::JsValue::NULL, packed)
        .ok()?
        .dyn_into()
        .ok()
}

/// The bytes of the file at `url` (of the widget's own folder), unpacked when its name ends
/// in `.lzma`, or why not. The widget's text files are also packed one byte per letter (see
/// `atlas_vocab::packed`), so bytes are all it fetches.
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| format!("{url}: the request failed"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.array_buffer().map_err(|_| "no body")?)
        .await
        .map_err(|_| format!("{url}: the download broke off"))?;
    let mut bytes = js_sys::Uint8Array::new(&body);
    if url.ends_with(".lzma") {
        bytes = unpacked(&bytes).ok_or_else(|| format!("{url}: the file could not be unpacked"))?;
    }
    Ok(bytes.to_vec())
}

/// Where the text of a language stands for this widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextStatus {
    /// Installed: draw.
    Ready,
    /// Being fetched.
    Loading,
    /// The fetch failed or the file was refused; the reader can retry.
    Failed,
}

/// The status of `lang`'s text, fetching it from `base` when it is missing, and a
/// callback that retries after a failure.
#[hook]
pub fn use_text(lang: Lang, base: Option<String>) -> (TextStatus, Callback<()>) {
    let failed = use_state(|| false);
    let attempt = use_state(|| 0u32);
    let tick = use_state(|| 0u32);
    {
        let failed = failed.clone();
        let tick = tick.clone();
        use_effect_with((lang, *attempt), move |(lang, _)| {
            if !texts::is_installed(*lang) {
                let lang = *lang;
                failed.set(false);
                let url = format!("{}{}", base.unwrap_or_default(), text_file(lang));
                wasm_bindgen_futures::spawn_local(async move {
                    let result = fetch_bytes(&url)
                        .await
                        .and_then(|file| texts::install(lang, &file));
                    match result {
                        Ok(()) => tick.set(*tick + 1),
                        Err(e) => {
                            crate::report(&format!("migration-atlas: {e}"));
                            failed.set(true);
                        }
                    }
                });
            }
        });
    }
    let retry = {
        let attempt = attempt.clone();
        Callback::from(move |_| attempt.set(*attempt + 1))
    };
    let status = if texts::is_installed(lang) {
        TextStatus::Ready
    } else if *failed {
        TextStatus::Failed
    } else {
        TextStatus::Loading
    };
    (status, retry)
}

/// Installs the text of `lang` that the loader script fetched in parallel with the wasm
/// (the file's bytes, as a `Uint8Array`), before it mounts, so the first paint is already
/// in the reader's language. Returns an error (never panics) for an unknown language or a
/// text that does not match this build.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = installText)]
pub fn install_text(lang: &str, file: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    installed(lang, file, texts::install)
}

fn installed(
    lang: &str,
    file: &[u8],
    install: fn(Lang, &[u8]) -> Result<(), String>,
) -> Result<(), wasm_bindgen::JsValue> {
    let lang =
        Lang::from_code(lang).ok_or_else(|| wasm_bindgen::JsValue::from_str("unknown language"))?;
    install(lang, file).map_err(|e| wasm_bindgen::JsValue::from_str(&e))
}

/// Installs the summaries and notes of `lang` that the loader script fetched with the wasm
/// (when the first widget opens on a record or a search), as [`install_text`] does the text.
#[wasm_bindgen::prelude::wasm_bindgen(js_name = installNotes)]
pub fn install_notes(lang: &str, file: &[u8]) -> Result<(), wasm_bindgen::JsValue> {
    installed(lang, file, texts::install_notes)
}

/// The languages the widget speaks (BCP 47 codes, menu order), so the loader script and
/// hosts need not keep their own list.
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn languages() -> Vec<wasm_bindgen::JsValue> {
    Lang::ALL
        .iter()
        .map(|l| wasm_bindgen::JsValue::from_str(l.code()))
        .collect()
}
