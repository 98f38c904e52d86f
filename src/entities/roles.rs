//! Role nouns: "the Belgian justice minister" refers to the person last introduced with that
//! role ("Belgian Justice Minister Quikenborn").

use super::{Entity, Group};
use crate::span::Span;
use crate::text::TextLayer;

/// The roles each person group was introduced with, built once per text.
#[derive(Debug, Default)]
pub struct Roles {}

impl Roles {
    pub fn new(_text: &str, _layer: &TextLayer, _entities: &[Entity], _groups: &[Group]) -> Roles {
        Roles {}
    }

    /// The group of the person that the role noun phrase `phrase` ("the justice minister",
    /// "the Walloon minister") refers to: the last one introduced with a matching role before
    /// the phrase. None when no person fits.
    pub fn resolve(&self, _text: &str, _phrase: Span) -> Option<usize> {
        None
    }
}
