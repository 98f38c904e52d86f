//! The public Rust API as a user of the crate sees it: `analyze`, a reused `Analyzer`,
//! `Span::text`, `OffsetMap`, the JSON result in each offset unit, and `Label`.

use presslens::{analyze, check_invariants, Analyzer, Label, OffsetMap, OffsetUnit, Span, SCHEMA_VERSION};
use serde_json::Value;

const ARTICLE: &str = include_str!("golden/belgium-alibaba.txt");

#[test]
fn analyze_finds_sentences_in_text_order() {
    let text = "Mr. Smith arrived on Monday. He said “yes.” Then he left!";
    let analysis = analyze(text);
    let sentences: Vec<&str> = analysis.sentences.iter().map(|s| s.text(text)).collect();
    assert_eq!(sentences, ["Mr. Smith arrived on Monday.", "He said “yes.”", "Then he left!"]);
    assert_eq!(check_invariants(text, &analysis), Ok(()));
}

#[test]
fn a_reused_analyzer_gives_what_analyze_gives() {
    let analyzer = Analyzer::new();
    let texts = [ARTICLE, "", "😀", "“Unclosed quote, said Zoë.", ARTICLE];
    for text in texts {
        let analysis = analyzer.analyze(text);
        assert_eq!(analysis, analyze(text));
        assert_eq!(check_invariants(text, &analysis), Ok(()));
    }
}

#[test]
fn the_article_analysis_holds_every_invariant() {
    let analysis = analyze(ARTICLE);
    assert_eq!(check_invariants(ARTICLE, &analysis), Ok(()));
    assert!(analysis.sentences.len() >= 15, "{} sentences", analysis.sentences.len());
}

#[test]
fn span_methods_never_panic() {
    let text = "Zoë 😀";
    assert_eq!(Span::new(0, 4).text(text), "Zoë");
    assert_eq!(Span::new(5, 9).text(text), "😀");
    assert_eq!(Span::new(0, 3).text(text), "", "inside ë");
    assert_eq!(Span::new(6, 99).text(text), "", "past the end");
    assert_eq!(Span::new(4, 2).text(text), "", "reversed");
    assert_eq!(Span::new(4, 2).len(), 0, "a reversed span is empty, its length does not underflow");
    assert!(Span::new(3, 3).is_empty());
}

#[test]
fn offset_map_converts_to_each_unit() {
    let text = "a😀é中\r\nb";
    let map = OffsetMap::new(text);
    let b = text.find('b').unwrap();
    assert_eq!(map.convert(b, OffsetUnit::Bytes), 12);
    assert_eq!(map.convert(b, OffsetUnit::Utf16), 7);
    assert_eq!(map.convert(b, OffsetUnit::Chars), 6);
    assert_eq!(map.convert(1000, OffsetUnit::Utf16), 8, "clamped to the end of the text");
    for (i, _) in text.char_indices() {
        assert_eq!(map.convert(i, OffsetUnit::Utf16), text[..i].encode_utf16().count());
        assert_eq!(map.convert(i, OffsetUnit::Chars), text[..i].chars().count());
    }
}

fn keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    keys.sort_unstable();
    keys
}

/// The documented shape of schema_version 1, checked on every object the article yields.
#[test]
fn json_result_has_the_documented_shape_in_each_unit() {
    let analysis = analyze(ARTICLE);
    for unit in [OffsetUnit::Utf16, OffsetUnit::Chars, OffsetUnit::Bytes] {
        let json = analysis.to_json(ARTICLE, unit);
        // Field order is part of the interface: schema_version first.
        assert!(json.starts_with(r#"{"schema_version":1,"entities":["#), "{}", &json[..60]);
        let order: Vec<usize> = ["\"groups\":[", "\"claims\":[", "\"sentences\":["].iter().map(|k| json.find(k).unwrap()).collect();
        assert!(order.windows(2).all(|w| w[0] < w[1]));
        let v: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(v["schema_version"], SCHEMA_VERSION);
        assert_eq!(keys(&v), ["claims", "entities", "groups", "schema_version", "sentences"]);
        for e in v["entities"].as_array().unwrap() {
            assert_eq!(keys(e), ["confidence", "end", "group", "label", "start", "text"]);
            assert!(Label::parse(e["label"].as_str().unwrap()).is_some());
        }
        for g in v["groups"].as_array().unwrap() {
            assert_eq!(keys(g), ["id", "label", "mentions", "name"]);
        }
        for c in v["claims"].as_array().unwrap() {
            assert_eq!(keys(c), ["checkworthiness", "confidence", "content", "cue", "hedges", "kind", "numeric", "source"]);
            let kind = c["kind"].as_str().unwrap();
            assert!(["quote", "reported", "mixed", "according_to", "scare_quote"].contains(&kind), "{kind}");
            if !c["source"].is_null() {
                assert_eq!(keys(&c["source"]), ["end", "group", "start", "text"]);
            }
        }
        for s in v["sentences"].as_array().unwrap() {
            assert_eq!(keys(s), ["end", "start"]);
        }
        let pretty: Value = serde_json::from_str(&analysis.to_json_pretty(ARTICLE, unit)).unwrap();
        assert_eq!(pretty, v);
    }
}

#[test]
fn offsets_differ_by_unit_after_non_ascii_text() {
    let text = "😀 Zoë. Then Li.";
    let analysis = analyze(text);
    let second = |unit| {
        let v: Value = serde_json::from_str(&analysis.to_json(text, unit)).unwrap();
        (v["sentences"][1]["start"].as_u64().unwrap(), v["sentences"][1]["end"].as_u64().unwrap())
    };
    assert_eq!(second(OffsetUnit::Bytes), (11, 19));
    assert_eq!(second(OffsetUnit::Utf16), (8, 16));
    assert_eq!(second(OffsetUnit::Chars), (7, 15));
}

#[test]
fn labels_round_trip_through_their_names() {
    assert_eq!(Label::ALL.len(), 13);
    let names: Vec<&str> = Label::ALL.iter().map(|l| l.as_str()).collect();
    assert_eq!(
        names,
        ["PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "LAW", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"]
    );
    for label in Label::ALL {
        assert_eq!(Label::parse(label.as_str()), Some(label));
        assert_eq!(serde_json::to_value(label).unwrap(), label.as_str(), "serde and as_str agree");
    }
    assert_eq!(Label::parse("person"), None);
    assert_eq!(Label::parse(""), None);
    let numeric: Vec<Label> = Label::ALL.into_iter().filter(|l| l.is_numeric()).collect();
    assert_eq!(numeric, [Label::Date, Label::Time, Label::Money, Label::Percent, Label::Quantity]);
}
