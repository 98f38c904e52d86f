//! Number-like entities found by patterns: DATE, TIME, MONEY, PERCENT, QUANTITY.

use super::Entity;
use crate::text::TextLayer;

/// Finds whole number-like phrases ("100 million euros", "mid-May", "12.5%").
pub fn numeric_entities(_text: &str, _layer: &TextLayer) -> Vec<Entity> {
    Vec::new()
}
