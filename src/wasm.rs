//! The JavaScript API (`wasm-pack build --target web`): `analyze(text)` returns the JSON result
//! as an object whose offsets are UTF-16 code units, so `text.slice(e.start, e.end) === e.text`.
//! The only file that knows about wasm-bindgen; the types are in `wasm.d.ts` beside it.

use js_sys::{JsString, RangeError, TypeError, JSON};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::{OffsetUnit, SCHEMA_VERSION};

/// The longest text `analyze` accepts, in UTF-16 code units (JavaScript's `text.length`):
/// counted before the text is copied into wasm memory. A 5-million-unit text is a few hundred
/// times a long article and takes roughly 15 MB of wasm memory as UTF-8 plus its analysis.
pub const MAX_TEXT_LENGTH: u32 = 5_000_000;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("wasm.d.ts");

/// Shows Rust panics in the browser console (there should be none: `analyze` never panics).
#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Finds the entities, groups, claims and sentences of `text`. Offsets are UTF-16 code units.
///
/// Throws a `TypeError` when `text` is not a string, and a `RangeError` when it is longer than
/// `maxTextLength()` code units. A lone surrogate (invalid UTF-16) is read as U+FFFD, which has
/// the same length, so offsets stay right; only the `text` of a span holding one differs.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsValue> {
    let Some(js_text) = text.dyn_ref::<JsString>() else {
        return Err(TypeError::new(&format!("presslens.analyze: expected a string, got {}", type_name(&text))).into());
    };
    let length = js_text.length();
    if length > MAX_TEXT_LENGTH {
        let message = format!(
            "presslens.analyze: the text is {length} UTF-16 code units long; the limit is {MAX_TEXT_LENGTH}"
        );
        return Err(RangeError::new(&message).into());
    }
    let text = String::from(js_text);
    let json = crate::analyze(&text).to_json(&text, OffsetUnit::Utf16);
    JSON::parse(&json)
}

/// Version of the result's shape (`Analysis.schema_version`).
#[wasm_bindgen(js_name = schemaVersion)]
pub fn schema_version() -> u32 {
    SCHEMA_VERSION
}

/// Version of the presslens package.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// The longest text `analyze` accepts, in UTF-16 code units (`text.length`).
#[wasm_bindgen(js_name = maxTextLength)]
pub fn max_text_length() -> u32 {
    MAX_TEXT_LENGTH
}

/// What a JavaScript value is, for error messages: `typeof`, with null and arrays told apart.
fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".to_string()
    } else if js_sys::Array::is_array(value) {
        "array".to_string()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}
