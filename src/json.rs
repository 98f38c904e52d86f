//! The JSON result: the public, versioned interface (`schema_version`), with offsets in a
//! chosen unit. The shape is documented in the README.

use serde::Serialize;

use crate::analysis::Analysis;
use crate::claims::ClaimKind;
use crate::span::{OffsetMap, OffsetUnit, Span};

/// Version of the JSON result's shape; bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Json<'a> {
    schema_version: u32,
    entities: Vec<JsonEntity<'a>>,
    groups: Vec<JsonGroup<'a>>,
    claims: Vec<JsonClaim<'a>>,
    sentences: Vec<Range>,
}

#[derive(Serialize)]
struct Range {
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct TextSpan<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct JsonEntity<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    label: &'static str,
    group: usize,
    confidence: f32,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    id: usize,
    label: &'static str,
    name: &'a str,
    mentions: &'a [usize],
}

#[derive(Serialize)]
struct JsonSource<'a> {
    start: usize,
    end: usize,
    text: &'a str,
    group: Option<usize>,
}

#[derive(Serialize)]
struct JsonClaim<'a> {
    kind: ClaimKind,
    content: Vec<TextSpan<'a>>,
    cue: Option<TextSpan<'a>>,
    source: Option<JsonSource<'a>>,
    hedges: Vec<TextSpan<'a>>,
    numeric: bool,
    checkworthiness: f32,
    confidence: f32,
}

impl Analysis {
    /// The JSON result for `text` (the text this analysis was made from), offsets in `unit`.
    pub fn to_json(&self, text: &str, unit: OffsetUnit) -> String {
        serde_json::to_string(&self.json_view(text, unit)).unwrap_or_default()
    }

    /// The same as [`Analysis::to_json`], indented for people to read.
    pub fn to_json_pretty(&self, text: &str, unit: OffsetUnit) -> String {
        serde_json::to_string_pretty(&self.json_view(text, unit)).unwrap_or_default()
    }

    fn json_view<'a>(&'a self, text: &'a str, unit: OffsetUnit) -> Json<'a> {
        let map = OffsetMap::new(text);
        let at = |b: usize| map.convert(b, unit);
        let span = |s: Span| TextSpan { start: at(s.start), end: at(s.end), text: s.text(text) };
        Json {
            schema_version: SCHEMA_VERSION,
            entities: self
                .entities
                .iter()
                .map(|e| JsonEntity {
                    start: at(e.span.start),
                    end: at(e.span.end),
                    text: e.span.text(text),
                    label: e.label.as_str(),
                    group: e.group,
                    confidence: round3(e.confidence),
                })
                .collect(),
            groups: self
                .groups
                .iter()
                .enumerate()
                .map(|(id, g)| JsonGroup { id, label: g.label.as_str(), name: &g.name, mentions: &g.mentions })
                .collect(),
            claims: self
                .claims
                .iter()
                .map(|c| JsonClaim {
                    kind: c.kind,
                    content: c.content.iter().map(|&s| span(s)).collect(),
                    cue: c.cue.map(span),
                    source: c.source.as_ref().map(|s| JsonSource {
                        start: at(s.span.start),
                        end: at(s.span.end),
                        text: s.span.text(text),
                        group: s.group,
                    }),
                    hedges: c.hedges.iter().map(|&s| span(s)).collect(),
                    numeric: c.numeric,
                    checkworthiness: round3(c.checkworthiness),
                    confidence: round3(c.confidence),
                })
                .collect(),
            sentences: self.sentences.iter().map(|s| Range { start: at(s.start), end: at(s.end) }).collect(),
        }
    }
}

/// Three decimals are all a probability estimate is worth, and keep the JSON short.
fn round3(x: f32) -> f32 {
    if x.is_finite() {
        (x.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
    } else {
        0.0
    }
}
