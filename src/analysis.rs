//! The pipeline, in order: text layer → entities → groups → claims.

use crate::claims::{find_claims, Claim};
use crate::entities::{group_mentions, numeric_entities, Entity, Group};
use crate::span::Span;
use crate::text::TextLayer;

/// The result of analysing one text. Spans are byte offsets into that text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Analysis {
    /// Entity mentions in text order, not overlapping.
    pub entities: Vec<Entity>,
    pub groups: Vec<Group>,
    /// Claims in text order of their first content span.
    pub claims: Vec<Claim>,
    pub sentences: Vec<Span>,
}

/// Holds what analysis needs loaded (word lists, model weights), so that it is loaded once.
#[derive(Debug, Default)]
pub struct Analyzer {
    _private: (),
}

impl Analyzer {
    pub fn new() -> Analyzer {
        Analyzer { _private: () }
    }

    /// Analyses `text`. Never panics, never fails; linear in the length of the text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let layer = TextLayer::new(text);
        let mut entities = numeric_entities(text, &layer);
        entities.sort_by_key(|e| (e.span.start, e.span.end));
        let groups = group_mentions(text, &mut entities);
        let claims = find_claims(text, &layer, &entities, &groups);
        let sentences = layer.sentences.iter().map(|s| s.span).collect();
        Analysis { entities, groups, claims, sentences }
    }
}

/// Analyses `text` with the built-in word lists and models.
///
/// ```
/// let text = "Alibaba is expected to invest 100 million euros.";
/// let analysis = presslens::analyze(text);
/// assert_eq!(analysis.sentences.len(), 1);
/// ```
pub fn analyze(text: &str) -> Analysis {
    shared().analyze(text)
}

fn shared() -> &'static Analyzer {
    static ANALYZER: std::sync::OnceLock<Analyzer> = std::sync::OnceLock::new();
    ANALYZER.get_or_init(Analyzer::new)
}
