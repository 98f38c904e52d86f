//! Grouping of mentions that name the same entity.

use super::{Entity, Group};
use crate::text::TextLayer;

/// Assigns every entity a group and returns the groups (each entity its own group for now).
pub fn group_mentions(text: &str, _layer: &TextLayer, entities: &mut [Entity]) -> Vec<Group> {
    entities
        .iter_mut()
        .enumerate()
        .map(|(i, e)| {
            e.group = i;
            Group { label: e.label, name: e.span.text(text).to_string(), mentions: vec![i] }
        })
        .collect()
}
