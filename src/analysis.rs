//! The pipeline, in order: text layer → entities (patterns, names) → groups → claims.

use crate::claims::{Claim, ClaimFinder};
use crate::entities::{group_mentions, pattern_entities, Entity, Group, NameFinder, Words};
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
    names: NameFinder,
    claims: ClaimFinder,
}

impl Analyzer {
    pub fn new() -> Analyzer {
        Analyzer { names: NameFinder::load(), claims: ClaimFinder::load() }
    }

    /// Analyses `text`. Never panics, never fails; linear in the length of the text.
    pub fn analyze(&self, text: &str) -> Analysis {
        let layer = TextLayer::new(text);
        let words = Words::new(text, &layer);
        let mut entities = self.names.find(text, &layer, &words);
        entities.extend(pattern_entities(&words));
        let mut entities = without_overlaps(entities);
        let groups = group_mentions(text, &layer, &mut entities);
        let claims = self.claims.find(text, &layer, &entities, &groups);
        let sentences = layer.sentences.iter().map(|s| s.span).collect();
        Analysis { entities, groups, claims, sentences }
    }
}

/// Sorts mentions by position and drops any that overlaps an earlier-kept one, keeping the
/// longer (then the more confident) of two overlapping mentions.
fn without_overlaps(mut entities: Vec<Entity>) -> Vec<Entity> {
    entities.sort_by(|a, b| {
        b.span.len().cmp(&a.span.len()).then(b.confidence.total_cmp(&a.confidence)).then(a.span.start.cmp(&b.span.start))
    });
    let mut kept: Vec<Entity> = Vec::with_capacity(entities.len());
    // Kept spans, start → end; disjoint, so only the neighbours of a new span can overlap it.
    let mut taken = std::collections::BTreeMap::new();
    for e in entities {
        let before = taken.range(..e.span.end).next_back().is_some_and(|(_, &end)| end > e.span.start);
        if before || e.span.is_empty() {
            continue;
        }
        taken.insert(e.span.start, e.span.end);
        kept.push(e);
    }
    kept.sort_by_key(|e| (e.span.start, e.span.end));
    kept
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
