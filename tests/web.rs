//! The JavaScript API as JavaScript sees it, run in wasm by `wasm-pack test --node` and (with
//! WASM_BINDGEN_USE_BROWSER=1) `wasm-pack test --headless --chrome`: UTF-16 offsets after emoji,
//! CJK, combining marks and right-to-left text; errors for wrong arguments.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect};
use presslens::wasm::{analyze, max_text_length, schema_version, version, MAX_TEXT_LENGTH};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = include_str!("golden/belgium-alibaba.txt");

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn items(object: &JsValue, key: &str) -> Vec<JsValue> {
    get(object, key).dyn_into::<Array>().expect("an array").iter().collect()
}

fn offset(item: &JsValue, key: &str) -> u32 {
    get(item, key).as_f64().expect("a number offset") as u32
}

fn analyze_str(text: &str) -> JsValue {
    analyze(JsValue::from_str(text)).expect("analyze accepts a string")
}

/// `text.slice(start, end)` in JavaScript.
fn js_slice(text: &JsString, item: &JsValue) -> String {
    String::from(text.slice(offset(item, "start"), offset(item, "end")))
}

/// Every span of the result (entities, claim parts, sources) slices to its `text` in JavaScript,
/// and every sentence slices to what the Rust analysis's byte span holds.
fn assert_offsets_right(text: &str) {
    let js_text = JsString::from(text);
    let result = analyze_str(text);
    let mut spans = items(&result, "entities");
    for claim in items(&result, "claims") {
        spans.extend(items(&claim, "content"));
        spans.extend(items(&claim, "hedges"));
        spans.extend(["cue", "source"].map(|key| get(&claim, key)).into_iter().filter(|v| !v.is_null()));
    }
    for span in &spans {
        assert_eq!(js_slice(&js_text, span), get(span, "text").as_string().unwrap(), "in {text:?}");
    }
    let sentences = items(&result, "sentences");
    let expected: Vec<&str> = presslens::analyze(text).sentences.iter().map(|s| s.text(text)).collect();
    assert_eq!(sentences.len(), expected.len());
    for (sentence, expected) in sentences.iter().zip(expected) {
        assert_eq!(js_slice(&js_text, sentence), expected, "in {text:?}");
    }
}

#[wasm_bindgen_test]
fn sentence_offsets_count_utf16_units_after_an_emoji() {
    // "😀" is 4 UTF-8 bytes but 2 UTF-16 units: "Then" starts at byte 18, unit 16.
    let text = "I saw 😀 today. Then I left.";
    let sentences = items(&analyze_str(text), "sentences");
    assert_eq!(sentences.len(), 2);
    assert_eq!(offset(&sentences[1], "start"), 16);
    assert_eq!(offset(&sentences[1], "end"), JsString::from(text).length());
}

#[wasm_bindgen_test]
fn offsets_are_right_after_emoji_cjk_combining_marks_and_rtl() {
    assert_offsets_right("👩‍👩‍👧 Family 😀 trip. It cost $3.5bn on 26 November 2026. Then 12.5% more.");
    assert_offsets_right("東京で会議。 Prices rose 90 percent in 2018. 中文 The end.");
    // "é" written as e + U+0301, and a flag (two regional indicators).
    assert_offsets_right("Cafe\u{301} owners in Lie\u{300}ge 🇧🇪 said on Monday they paid €20. It was 5 km away.");
    assert_offsets_right("שלום עולם. The Arabic word is مرحبا. It cost 100 million euros.");
    assert_offsets_right(&format!("🎉🎉🎉 {ARTICLE}"));
    assert_offsets_right("");
}

#[wasm_bindgen_test]
fn the_sample_article_has_consistent_indices() {
    let result = analyze_str(ARTICLE);
    assert_eq!(get(&result, "schema_version").as_f64(), Some(f64::from(schema_version())));
    let entities = items(&result, "entities");
    let groups = items(&result, "groups");
    for (i, group) in groups.iter().enumerate() {
        assert_eq!(offset(group, "id") as usize, i);
        for mention in items(group, "mentions") {
            let entity = &entities[mention.as_f64().unwrap() as usize];
            assert_eq!(offset(entity, "group") as usize, i);
            assert_eq!(get(entity, "label"), get(group, "label"));
        }
    }
    assert!(items(&result, "sentences").len() > 10);
}

#[wasm_bindgen_test]
fn a_lone_surrogate_keeps_offsets_aligned() {
    // Invalid UTF-16 arrives as U+FFFD, one unit like the surrogate it replaces.
    let text = JsString::from("Broken ").concat(&JsString::from_char_code1(0xD800)).concat(&"here. Next one.".into());
    let sentences = items(&analyze(text.clone().into()).unwrap(), "sentences");
    assert_eq!(sentences.len(), 2);
    assert_eq!(js_slice(&text, &sentences[1]), "Next one.");
}

#[wasm_bindgen_test]
fn non_strings_throw_a_type_error_naming_the_type() {
    let object = js_sys::Object::new().into();
    let array = Array::new().into();
    let cases: [(JsValue, &str); 6] = [
        (JsValue::from_f64(42.0), "number"),
        (JsValue::NULL, "null"),
        (JsValue::UNDEFINED, "undefined"),
        (object, "object"),
        (array, "array"),
        (JsValue::TRUE, "boolean"),
    ];
    for (value, name) in cases {
        let error = analyze(value).expect_err("a non-string is refused");
        let error = error.dyn_into::<js_sys::TypeError>().expect("a TypeError");
        assert_eq!(String::from(error.message()), format!("presslens.analyze: expected a string, got {name}"));
    }
}

#[wasm_bindgen_test]
fn too_long_a_text_throws_a_range_error() {
    let long = JsString::from("a").repeat(MAX_TEXT_LENGTH as i32 + 1);
    let error = analyze(long.into()).expect_err("over the limit");
    let error = error.dyn_into::<js_sys::RangeError>().expect("a RangeError");
    let message = String::from(error.message());
    assert!(message.contains(&(MAX_TEXT_LENGTH + 1).to_string()), "{message}");
    assert!(message.contains(&MAX_TEXT_LENGTH.to_string()), "{message}");
}

#[wasm_bindgen_test]
fn versions_and_limit_are_exported() {
    assert_eq!(schema_version(), presslens::SCHEMA_VERSION);
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    assert_eq!(max_text_length(), MAX_TEXT_LENGTH);
}
