//! Named entities (PERSON, ORG, places, NORP, EVENT, LAW): the learned tagger and word lists.

use super::Entity;
use crate::text::TextLayer;

/// Finds names; holds the embedded model and word lists, loaded once.
#[derive(Debug, Default)]
pub struct NameFinder {}

impl NameFinder {
    pub fn load() -> NameFinder {
        NameFinder {}
    }

    /// Named-entity mentions in text order, not overlapping; `group` is set later.
    pub fn find(&self, _text: &str, _layer: &TextLayer) -> Vec<Entity> {
        Vec::new()
    }
}
