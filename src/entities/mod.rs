//! Entities: numeric patterns, the learned name tagger, word lists, and mention groups.

pub(crate) mod calendar;
mod consistent_types;
mod coordinated;
mod datelines;
mod eponyms;
mod facility_heads;
mod features;
mod fine;
mod fold;
mod gazetteer;
mod groups;
mod headlines;
mod honorifics;
mod initialisms;
mod kin;
mod leading_words;
mod list_types;
mod names;
mod numbered_stations;
mod org_contexts;
mod org_heads;
mod org_of;
mod org_places;
mod org_trades;
mod patterns;
mod person_words;
mod phonetic;
mod phrases;
mod place_nouns;
mod place_pairs;
mod possessive_names;
mod roles;
mod speaker_names;
mod spelling;
mod surnames;
#[doc(hidden)]
pub mod tagger;
mod today_title;
mod trailing_words;
mod words;

pub use groups::group_mentions;
pub use names::NameFinder;
pub use patterns::pattern_entities;
pub(crate) use patterns::{is_magnitude_word, is_number_word};
pub use roles::Roles;
pub use words::Words;

use serde::Serialize;

use crate::span::Span;

/// Entity types, named as spaCy names them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Org,
    /// Countries, cities, states, regions with a government.
    Gpe,
    /// Other places: continents, mountains, seas.
    Loc,
    /// Buildings, airports, ports, bridges.
    Fac,
    /// Nationalities, religious and political groups.
    Norp,
    Event,
    Law,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl Label {
    pub const ALL: [Label; 13] = [
        Label::Person,
        Label::Org,
        Label::Gpe,
        Label::Loc,
        Label::Fac,
        Label::Norp,
        Label::Event,
        Label::Law,
        Label::Date,
        Label::Time,
        Label::Money,
        Label::Percent,
        Label::Quantity,
    ];

    /// The label as it appears in the JSON result ("PERSON", "GPE", ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Gpe => "GPE",
            Label::Loc => "LOC",
            Label::Fac => "FAC",
            Label::Norp => "NORP",
            Label::Event => "EVENT",
            Label::Law => "LAW",
            Label::Date => "DATE",
            Label::Time => "TIME",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Quantity => "QUANTITY",
        }
    }

    pub fn parse(s: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == s)
    }

    /// Whether the label is a number-like type (found by patterns, not by the tagger).
    pub fn is_numeric(self) -> bool {
        matches!(self, Label::Date | Label::Time | Label::Money | Label::Percent | Label::Quantity)
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub span: Span,
    pub label: Label,
    /// Index into [`crate::Analysis::groups`].
    pub group: usize,
    /// Estimated probability that span and label are both right, in [0, 1].
    pub confidence: f32,
}

/// All the mentions of one entity ("Samuel Cogolati", "Cogolati", "the MP").
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    pub label: Label,
    /// The canonical name: the longest, best-formed mention.
    pub name: String,
    /// Indices into [`crate::Analysis::entities`], in text order.
    pub mentions: Vec<usize>,
}
