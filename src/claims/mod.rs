//! Claims: who said what. Direct quotes, reported speech, "according to" sourcing,
//! scare quotes; their hedges, numbers and check-worthiness.

use serde::Serialize;

use crate::entities::{Entity, Group};
use crate::span::Span;
use crate::text::TextLayer;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Direct speech in quote marks.
    Quote,
    /// Indirect (reported) speech.
    Reported,
    /// Reported speech with a quoted fragment.
    Mixed,
    /// "..., according to X".
    AccordingTo,
    /// A quoted word or phrase with no reporting cue.
    ScareQuote,
}

/// Who a claim is attributed to, as written in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub span: Span,
    /// The entity group the source mention resolves to, when it does.
    pub group: Option<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub kind: ClaimKind,
    /// The asserted text; several spans when the quote is interrupted ("A," he said, "B.").
    pub content: Vec<Span>,
    /// The reporting expression ("said", "according to").
    pub cue: Option<Span>,
    pub source: Option<Source>,
    /// Spans that weaken the claim ("reportedly", "may", "seem to believe").
    pub hedges: Vec<Span>,
    /// Whether the content asserts a quantity, amount, percentage or number.
    pub numeric: bool,
    /// How worth checking the claim is, in [0, 1].
    pub checkworthiness: f32,
    pub confidence: f32,
}

/// Finds claims; holds the embedded cue lists and model, loaded once.
#[derive(Debug, Default)]
pub struct ClaimFinder {}

impl ClaimFinder {
    pub fn load() -> ClaimFinder {
        ClaimFinder {}
    }

    /// The claims of a text whose entities and groups are known, in text order.
    pub fn find(&self, _text: &str, _layer: &TextLayer, _entities: &[Entity], _groups: &[Group]) -> Vec<Claim> {
        Vec::new()
    }
}
