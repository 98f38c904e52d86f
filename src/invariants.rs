//! What every [`Analysis`] of every text must satisfy, checked in one place so that the
//! property tests, the fuzz target and the golden tests hold the whole pipeline to the same
//! contract as it grows: spans in bounds and on char boundaries, mentions sorted and disjoint,
//! groups and claims referring to things that exist, claim contents that say something (a letter
//! or digit in every fragment), scores that are probabilities, and a JSON
//! result whose offsets slice the same text in bytes, UTF-16 code units and code points.

use serde_json::Value;

use crate::analysis::Analysis;
use crate::json::SCHEMA_VERSION;
use crate::span::{OffsetUnit, Span};

/// Checks every invariant of `analysis`, the result of analysing `text`; the error names the
/// first one broken and where.
#[doc(hidden)]
pub fn check_invariants(text: &str, analysis: &Analysis) -> Result<(), String> {
    check_spans(text, analysis)?;
    check_entities(analysis)?;
    check_groups(analysis)?;
    check_claims(text, analysis)?;
    let units = UnitText::new(text);
    for unit in [OffsetUnit::Bytes, OffsetUnit::Utf16, OffsetUnit::Chars] {
        check_json(text, analysis, &units, unit)?;
    }
    let compact: Value = parse(&analysis.to_json(text, OffsetUnit::Utf16))?;
    let pretty: Value = parse(&analysis.to_json_pretty(text, OffsetUnit::Utf16))?;
    if compact != pretty {
        return Err("the pretty JSON differs from the compact JSON".into());
    }
    Ok(())
}

/// A span that must lie in the text, on char boundaries, and cover at least one byte.
fn check_span(text: &str, span: Span, what: &dyn Fn() -> String) -> Result<(), String> {
    if span.start >= span.end {
        return Err(format!("{} is empty or reversed: {span:?}", what()));
    }
    if span.end > text.len() {
        return Err(format!("{} {span:?} ends past the text ({} bytes)", what(), text.len()));
    }
    if !text.is_char_boundary(span.start) || !text.is_char_boundary(span.end) {
        return Err(format!("{} {span:?} is not on char boundaries", what()));
    }
    Ok(())
}

/// Spans in text order that do not overlap (touching is fine).
fn check_sorted_disjoint(spans: impl Iterator<Item = Span>, what: &str) -> Result<(), String> {
    let mut previous: Option<Span> = None;
    for (i, span) in spans.enumerate() {
        if let Some(p) = previous {
            if span.start < p.end {
                return Err(format!("{what} {i} {span:?} starts before the previous one {p:?} ends"));
            }
        }
        previous = Some(span);
    }
    Ok(())
}

fn check_probability(x: f32, what: &dyn Fn() -> String) -> Result<(), String> {
    if x.is_finite() && (0.0..=1.0).contains(&x) {
        Ok(())
    } else {
        Err(format!("{} is {x}, not in [0, 1]", what()))
    }
}

fn check_spans(text: &str, a: &Analysis) -> Result<(), String> {
    for (i, e) in a.entities.iter().enumerate() {
        check_span(text, e.span, &|| format!("entity {i}"))?;
    }
    for (i, s) in a.sentences.iter().enumerate() {
        check_span(text, *s, &|| format!("sentence {i}"))?;
    }
    for (i, c) in a.claims.iter().enumerate() {
        for (k, s) in c.content.iter().enumerate() {
            check_span(text, *s, &|| format!("claim {i} content {k}"))?;
        }
        if let Some(cue) = c.cue {
            check_span(text, cue, &|| format!("claim {i} cue"))?;
        }
        if let Some(source) = &c.source {
            check_span(text, source.span, &|| format!("claim {i} source"))?;
        }
        for (k, s) in c.hedges.iter().enumerate() {
            check_span(text, *s, &|| format!("claim {i} hedge {k}"))?;
        }
    }
    check_sorted_disjoint(a.sentences.iter().copied(), "sentence")
}

fn check_entities(a: &Analysis) -> Result<(), String> {
    check_sorted_disjoint(a.entities.iter().map(|e| e.span), "entity")?;
    for (i, e) in a.entities.iter().enumerate() {
        check_probability(e.confidence, &|| format!("entity {i} confidence"))?;
        let group = a.groups.get(e.group).ok_or_else(|| format!("entity {i} is in group {}, which does not exist", e.group))?;
        if group.mentions.binary_search(&i).is_err() {
            return Err(format!("entity {i} is in group {}, which does not list it", e.group));
        }
    }
    Ok(())
}

fn check_groups(a: &Analysis) -> Result<(), String> {
    for (g, group) in a.groups.iter().enumerate() {
        if group.mentions.is_empty() {
            return Err(format!("group {g} has no mentions"));
        }
        if group.name.trim().is_empty() {
            return Err(format!("group {g} has no name"));
        }
        if !group.mentions.windows(2).all(|w| w[0] < w[1]) {
            return Err(format!("group {g} mentions are not in strictly increasing order: {:?}", group.mentions));
        }
        for &m in &group.mentions {
            let e = a.entities.get(m).ok_or_else(|| format!("group {g} lists entity {m}, which does not exist"))?;
            if e.group != g {
                return Err(format!("group {g} lists entity {m}, which is in group {}", e.group));
            }
            if e.label != group.label {
                return Err(format!("group {g} is {} but its mention {m} is {}", group.label.as_str(), e.label.as_str()));
            }
        }
    }
    Ok(())
}

fn check_claims(text: &str, a: &Analysis) -> Result<(), String> {
    for (i, c) in a.claims.iter().enumerate() {
        if c.content.is_empty() {
            return Err(format!("claim {i} has no content"));
        }
        if let Some(s) = c.content.iter().find(|s| !s.text(text).chars().any(char::is_alphanumeric)) {
            return Err(format!("claim {i} content span {s:?} has no letter or digit"));
        }
        check_sorted_disjoint(c.content.iter().copied(), &format!("claim {i} content span"))?;
        if let Some(g) = c.source.as_ref().and_then(|s| s.group) {
            if g >= a.groups.len() {
                return Err(format!("claim {i} source is group {g}, which does not exist"));
            }
        }
        check_probability(c.confidence, &|| format!("claim {i} confidence"))?;
        check_probability(c.checkworthiness, &|| format!("claim {i} checkworthiness"))?;
    }
    let firsts = a.claims.iter().filter_map(|c| c.content.first());
    let mut previous = 0;
    for (i, s) in firsts.enumerate() {
        if s.start < previous {
            return Err(format!("claim {i} starts before the previous claim: claims are not in text order"));
        }
        previous = s.start;
    }
    Ok(())
}

/// The text as UTF-16 code units and as code points, with each byte offset's position in
/// both, computed independently of [`crate::OffsetMap`] so that the two can be compared.
struct UnitText {
    utf16: Vec<u16>,
    chars: Vec<char>,
    /// At each byte offset that is a char boundary (up to `text.len()`): (utf16 offset, char offset).
    at_byte: Vec<Option<(usize, usize)>>,
}

impl UnitText {
    fn new(text: &str) -> UnitText {
        let mut at_byte = vec![None; text.len() + 1];
        let (mut u16s, mut chars) = (0, 0);
        for (b, c) in text.char_indices() {
            at_byte[b] = Some((u16s, chars));
            u16s += c.len_utf16();
            chars += 1;
        }
        at_byte[text.len()] = Some((u16s, chars));
        UnitText { utf16: text.encode_utf16().collect(), chars: text.chars().collect(), at_byte }
    }

    fn offset(&self, byte: usize, unit: OffsetUnit) -> Option<usize> {
        match unit {
            OffsetUnit::Bytes => Some(byte),
            OffsetUnit::Utf16 => self.at_byte.get(byte).copied().flatten().map(|p| p.0),
            OffsetUnit::Chars => self.at_byte.get(byte).copied().flatten().map(|p| p.1),
        }
    }

    /// The text between two offsets counted in `unit`, as a program in that unit slices it.
    fn slice(&self, text: &str, start: usize, end: usize, unit: OffsetUnit) -> Option<String> {
        match unit {
            OffsetUnit::Bytes => text.get(start..end).map(str::to_string),
            OffsetUnit::Utf16 => self.utf16.get(start..end).and_then(|u| String::from_utf16(u).ok()),
            OffsetUnit::Chars => self.chars.get(start..end).map(|c| c.iter().collect()),
        }
    }
}

fn parse(json: &str) -> Result<Value, String> {
    serde_json::from_str(json).map_err(|e| format!("the JSON result does not parse: {e}"))
}

fn field<'v>(v: &'v Value, key: &str, what: &dyn Fn() -> String) -> Result<&'v Value, String> {
    v.get(key).ok_or_else(|| format!("{} has no \"{key}\"", what()))
}

fn array<'v>(v: &'v Value, key: &str, len: usize, what: &str) -> Result<&'v [Value], String> {
    let items = v.get(key).and_then(Value::as_array).ok_or_else(|| format!("JSON has no \"{key}\" array"))?;
    if items.len() != len {
        return Err(format!("JSON has {} {what}, the analysis {len}", items.len()));
    }
    Ok(items)
}

/// A JSON span object: its offsets must be `span`'s in `unit`, and its `text` (when it has
/// one) must be what slicing the text in that unit gives, which must be the span's text.
fn check_json_span(
    text: &str,
    units: &UnitText,
    unit: OffsetUnit,
    v: &Value,
    span: Span,
    has_text: bool,
    what: &dyn Fn() -> String,
) -> Result<(), String> {
    let what = || format!("{} ({unit:?} JSON)", what());
    let number = |key: &str| field(v, key, &what).map(|n| n.as_u64().map(|n| n as usize));
    let (start, end) = (number("start")?, number("end")?);
    let expected = (units.offset(span.start, unit), units.offset(span.end, unit));
    if (start, end) != expected || start.is_none() {
        return Err(format!("{}: offsets {start:?}..{end:?}, expected {:?}..{:?}", what(), expected.0, expected.1));
    }
    let (start, end) = (start.unwrap_or(0), end.unwrap_or(0));
    let sliced = units.slice(text, start, end, unit);
    if sliced.as_deref() != Some(span.text(text)) {
        return Err(format!("{}: slicing {start}..{end} gives {sliced:?}, not {:?}", what(), span.text(text)));
    }
    if has_text {
        let json_text = field(v, "text", &what)?.as_str();
        if json_text != Some(span.text(text)) {
            return Err(format!("{}: text {json_text:?}, expected {:?}", what(), span.text(text)));
        }
    }
    Ok(())
}

fn check_json(text: &str, a: &Analysis, units: &UnitText, unit: OffsetUnit) -> Result<(), String> {
    let json = parse(&a.to_json(text, unit))?;
    if json.get("schema_version").and_then(Value::as_u64) != Some(u64::from(SCHEMA_VERSION)) {
        return Err(format!("JSON schema_version is {:?}, not {SCHEMA_VERSION}", json.get("schema_version")));
    }
    let span_check = |v: &Value, span: Span, has_text: bool, what: &dyn Fn() -> String| {
        check_json_span(text, units, unit, v, span, has_text, what)
    };
    for (i, (v, e)) in array(&json, "entities", a.entities.len(), "entities")?.iter().zip(&a.entities).enumerate() {
        span_check(v, e.span, true, &|| format!("entity {i}"))?;
        let same = v.get("label").and_then(Value::as_str) == Some(e.label.as_str())
            && v.get("group").and_then(Value::as_u64) == Some(e.group as u64);
        if !same {
            return Err(format!("JSON entity {i} has label/group {:?}/{:?}", v.get("label"), v.get("group")));
        }
    }
    for (g, (v, group)) in array(&json, "groups", a.groups.len(), "groups")?.iter().zip(&a.groups).enumerate() {
        let mentions: Option<Vec<usize>> =
            v.get("mentions").and_then(Value::as_array).map(|m| m.iter().filter_map(|x| x.as_u64().map(|x| x as usize)).collect());
        let same = v.get("id").and_then(Value::as_u64) == Some(g as u64)
            && v.get("label").and_then(Value::as_str) == Some(group.label.as_str())
            && v.get("name").and_then(Value::as_str) == Some(group.name.as_str())
            && mentions.as_ref() == Some(&group.mentions);
        if !same {
            return Err(format!("JSON group {g} does not match the analysis: {v}"));
        }
    }
    for (i, (v, c)) in array(&json, "claims", a.claims.len(), "claims")?.iter().zip(&a.claims).enumerate() {
        let content = v.get("content").and_then(Value::as_array).ok_or_else(|| format!("JSON claim {i} has no content"))?;
        if content.len() != c.content.len() {
            return Err(format!("JSON claim {i} has {} content spans, the analysis {}", content.len(), c.content.len()));
        }
        for (k, (v, &s)) in content.iter().zip(&c.content).enumerate() {
            span_check(v, s, true, &|| format!("claim {i} content {k}"))?;
        }
        match (v.get("cue"), c.cue) {
            (Some(v), Some(cue)) => span_check(v, cue, true, &|| format!("claim {i} cue"))?,
            (Some(Value::Null), None) => {}
            (v, _) => return Err(format!("JSON claim {i} cue is {v:?}, the analysis has {:?}", c.cue)),
        }
        match (v.get("source"), &c.source) {
            (Some(v), Some(source)) => {
                span_check(v, source.span, true, &|| format!("claim {i} source"))?;
                if v.get("group").and_then(Value::as_u64) != source.group.map(|g| g as u64) {
                    return Err(format!("JSON claim {i} source group is {:?}, expected {:?}", v.get("group"), source.group));
                }
            }
            (Some(Value::Null), None) => {}
            (v, _) => return Err(format!("JSON claim {i} source is {v:?}, the analysis has {:?}", c.source)),
        }
        let hedges = v.get("hedges").and_then(Value::as_array).ok_or_else(|| format!("JSON claim {i} has no hedges array"))?;
        if hedges.len() != c.hedges.len() {
            return Err(format!("JSON claim {i} has {} hedges, the analysis {}", hedges.len(), c.hedges.len()));
        }
        for (k, (v, &s)) in hedges.iter().zip(&c.hedges).enumerate() {
            span_check(v, s, true, &|| format!("claim {i} hedge {k}"))?;
        }
        for key in ["checkworthiness", "confidence"] {
            let x = v.get(key).and_then(Value::as_f64);
            if !x.is_some_and(|x| (0.0..=1.0).contains(&x)) {
                return Err(format!("JSON claim {i} {key} is {x:?}, not in [0, 1]"));
            }
        }
    }
    for (i, (v, &s)) in array(&json, "sentences", a.sentences.len(), "sentences")?.iter().zip(&a.sentences).enumerate() {
        span_check(v, s, false, &|| format!("sentence {i}"))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::{Claim, ClaimKind, Source};
    use crate::entities::{Entity, Group, Label};

    const TEXT: &str = "“Oui,” dit 😀 Zoë in Brussels.";

    fn span_of(word: &str) -> Span {
        let start = TEXT.find(word).unwrap();
        Span::new(start, start + word.len())
    }

    fn entity(word: &str, label: Label, group: usize) -> Entity {
        Entity { span: span_of(word), label, group, confidence: 0.9 }
    }

    /// A hand-built analysis of TEXT that satisfies every invariant.
    fn valid() -> Analysis {
        let zoe = entity("Zoë", Label::Person, 0);
        let brussels = entity("Brussels", Label::Gpe, 1);
        Analysis {
            groups: vec![
                Group { label: Label::Person, name: "Zoë".into(), mentions: vec![0] },
                Group { label: Label::Gpe, name: "Brussels".into(), mentions: vec![1] },
            ],
            claims: vec![Claim {
                kind: ClaimKind::Quote,
                content: vec![span_of("Oui")],
                cue: Some(span_of("dit")),
                source: Some(Source { span: zoe.span, group: Some(0) }),
                hedges: vec![],
                numeric: false,
                checkworthiness: 0.5,
                confidence: 1.0,
            }],
            entities: vec![zoe, brussels],
            sentences: vec![Span::new(0, TEXT.len())],
        }
    }

    #[test]
    fn a_valid_analysis_passes() {
        assert_eq!(check_invariants(TEXT, &valid()), Ok(()));
        assert_eq!(check_invariants("", &Analysis::default()), Ok(()));
    }

    /// Each broken invariant is caught, with a message naming it.
    #[test]
    fn each_broken_invariant_is_caught() {
        type Break = fn(&mut Analysis);
        let cases: [(&str, Break); 12] = [
            ("not on char boundaries", |a| a.entities[0].span.end -= 1),
            ("ends past the text", |a| a.sentences[0].end += 1),
            ("empty or reversed", |a| a.claims[0].hedges.push(Span::new(3, 3))),
            ("starts before the previous one", |a| a.entities.swap(0, 1)),
            ("which does not exist", |a| a.entities[1].group = 7),
            ("which does not list it", |a| a.groups[1].mentions = vec![0]),
            ("but its mention", |a| a.groups[1].label = Label::Org),
            ("has no mentions", |a| a.groups.push(Group { label: Label::Org, name: "X".into(), mentions: vec![] })),
            ("source is group", |a| a.claims[0].source.as_mut().unwrap().group = Some(2)),
            ("not in [0, 1]", |a| a.claims[0].checkworthiness = f32::NAN),
            ("not in [0, 1]", |a| a.entities[0].confidence = 1.5),
            ("has no content", |a| a.claims[0].content.clear()),
        ];
        for (expected, break_it) in cases {
            let mut a = valid();
            break_it(&mut a);
            let err = check_invariants(TEXT, &a).expect_err(expected);
            assert!(err.contains(expected), "expected an error containing {expected:?}, got {err:?}");
        }
    }

    #[test]
    fn unit_slices_agree_after_emoji() {
        let units = UnitText::new(TEXT);
        let zoe = span_of("Zoë");
        let at = |unit| (units.offset(zoe.start, unit).unwrap(), units.offset(zoe.end, unit).unwrap());
        let ((s16, e16), (sc, ec)) = (at(OffsetUnit::Utf16), at(OffsetUnit::Chars));
        assert_eq!(units.slice(TEXT, s16, e16, OffsetUnit::Utf16).as_deref(), Some("Zoë"));
        assert_eq!(units.slice(TEXT, sc, ec, OffsetUnit::Chars).as_deref(), Some("Zoë"));
        assert_eq!((e16 - s16, s16 - sc), (3, 1), "the emoji is two UTF-16 units but one char");
        assert_eq!(units.offset(zoe.end - 1, OffsetUnit::Utf16), None, "inside the two bytes of ë");
    }
}
