//! Files made in the reader's browser and handed to them as downloads: a Blob behind a
//! temporary link, and a PNG drawn from an SVG on a canvas. Nothing is sent anywhere.
//!
//! The SVG reaches the canvas as a `data:` URL, not a `blob:` one: pages with a strict
//! Content-Security-Policy (the demo's own `img-src 'self' data:`) refuse `blob:` images.

use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlElement, Url};

/// Told once whether a download worked.
type Done = Rc<RefCell<Option<Box<dyn FnOnce(bool)>>>>;

/// Hands `blob` to the reader as the file `name`.
fn save_blob(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlElement = document.create_element("a")?.dyn_into()?;
    link.set_attribute("href", &url)?;
    link.set_attribute("download", name)?;
    link.click();
    // Revoked a minute later: revoking at once can cancel the download in some browsers.
    if let Some(window) = web_sys::window() {
        // The closure frees itself once it has run (no timer closure is ever forgotten).
        let revoke = Closure::once_into_js(move || {
            let _ = Url::revoke_object_url(&url);
        });
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000);
    }
    Ok(())
}

/// Hands `text` to the reader as the file `name` of type `mime`.
pub fn save_text(text: &str, mime: &str, name: &str) -> Result<(), JsValue> {
    let bag = BlobPropertyBag::new();
    bag.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)?;
    save_blob(&blob, name)
}

/// `element` as XML text (`innerHTML` would write HTML entities such as `&nbsp;`, which
/// an SVG file cannot hold).
pub fn serialize(element: &Element) -> Option<String> {
    web_sys::XmlSerializer::new()
        .ok()?
        .serialize_to_string(element)
        .ok()
}

/// Draws the SVG document `svg` on a `width` × `height` canvas and hands it to the reader
/// as the PNG file `name`; `done` learns whether it worked.
pub fn save_png(
    svg: &str,
    width: f64,
    height: f64,
    name: String,
    done: impl FnOnce(bool) + 'static,
) {
    let done: Done = Rc::new(RefCell::new(Some(Box::new(done))));
    let finish = {
        let done = done.clone();
        move |ok: bool| {
            if let Some(f) = done.borrow_mut().take() {
                f(ok);
            }
        }
    };
    let Ok(image) = web_sys::HtmlImageElement::new() else {
        finish(false);
        return;
    };
    let on_load = {
        let (image, finish) = (image.clone(), finish.clone());
        Closure::once_into_js(move || {
            if draw(&image, width, height, name, finish.clone()).is_err() {
                finish(false);
            }
        })
    };
    let on_error = {
        let finish = finish.clone();
        Closure::once_into_js(move || finish(false))
    };
    image.set_onload(Some(on_load.unchecked_ref()));
    image.set_onerror(Some(on_error.unchecked_ref()));
    let src = format!(
        "data:image/svg+xml;charset=utf-8,{}",
        String::from(js_sys::encode_uri_component(svg))
    );
    image.set_src(&src);
}

fn draw(
    image: &web_sys::HtmlImageElement,
    width: f64,
    height: f64,
    name: String,
    finish: impl Fn(bool) + 'static,
) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: web_sys::HtmlCanvasElement = document.create_element("canvas")?.dyn_into()?;
    canvas.set_width(width.round() as u32);
    canvas.set_height(height.round() as u32);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    context.draw_image_with_html_image_element_and_dw_and_dh(image, 0.0, 0.0, width, height)?;
    let on_blob = Closure::once_into_js(move |blob: JsValue| {
        let saved = blob
            .dyn_into::<Blob>()
            .ok()
            .is_some_and(|b| save_blob(&b, &name).is_ok());
        finish(saved);
    });
    canvas.to_blob_with_type(on_blob.unchecked_ref(), "image/png")
}
