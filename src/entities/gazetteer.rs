//! Word lists matched against the token stream: which tokens lie in a country, city,
//! nationality, title, ... name. Matching is case-insensitive, longest match first, and
//! compares hashes of lower-cased token sequences, so it allocates nothing per token.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::learn::Fnv;
use crate::lexicon::entries;
use crate::text::{tokenize, Token};

/// The lists, by class; a token can be in several.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Class {
    Country = 0,
    City,
    Region,
    Geographic,
    FacilityHead,
    Nationality,
    OrgWord,
    Title,
    EventHead,
    LawHead,
    OrgDescriptor,
    KnownOrg,
    GivenName,
    AdminHead,
    GeographicHead,
}

impl Class {
    pub const ALL: [Class; 15] = [
        Class::Country,
        Class::City,
        Class::Region,
        Class::Geographic,
        Class::FacilityHead,
        Class::Nationality,
        Class::OrgWord,
        Class::Title,
        Class::EventHead,
        Class::LawHead,
        Class::OrgDescriptor,
        Class::KnownOrg,
        Class::GivenName,
        Class::AdminHead,
        Class::GeographicHead,
    ];

    pub const fn bit(self) -> u16 {
        1 << self as u8
    }

    /// Countries, cities and regions: the lists that make a place a GPE.
    pub const GPE: u16 = Class::Country.bit() | Class::City.bit() | Class::Region.bit();
    /// Every place list: GPE ones and geographic names ("Europe", "the Alps").
    pub const PLACES: u16 = Class::GPE | Class::Geographic.bit();

    fn list(self) -> &'static str {
        match self {
            Class::Country => include_str!("../../data/lexicons/places-countries.txt"),
            Class::City => include_str!("../../data/lexicons/places-cities.txt"),
            Class::Region => include_str!("../../data/lexicons/places-regions.txt"),
            Class::Geographic => include_str!("../../data/lexicons/places-geographic.txt"),
            Class::FacilityHead => include_str!("../../data/lexicons/places-facility-heads.txt"),
            Class::Nationality => include_str!("../../data/lexicons/nationalities.txt"),
            Class::OrgWord => include_str!("../../data/lexicons/org-suffixes.txt"),
            Class::Title => include_str!("../../data/lexicons/person-titles.txt"),
            Class::EventHead => include_str!("../../data/lexicons/event-heads.txt"),
            Class::LawHead => include_str!("../../data/lexicons/law-heads.txt"),
            Class::OrgDescriptor => include_str!("../../data/lexicons/org-descriptors.txt"),
            Class::KnownOrg => include_str!("../../data/lexicons/organisations.txt"),
            Class::GivenName => include_str!("../../data/lexicons/given-names.txt"),
            Class::AdminHead => include_str!("../../data/lexicons/places-admin-heads.txt"),
            Class::GeographicHead => include_str!("../../data/lexicons/places-geographic-heads.txt"),
        }
    }
}

/// Hash of a token's lower-cased text; the same for "PARIS", "Paris" and "paris".
pub fn lower_hash(h: Fnv, token: &str) -> Fnv {
    token.chars().flat_map(char::to_lowercase).fold(h, Fnv::char)
}

/// Lists longer than this many tokens are not matched.
const MAX_TOKENS: usize = 6;

/// All lists, keyed by the hash of an entry's lower-cased tokens joined by spaces.
pub struct Gazetteer {
    entries: HashMap<u64, u16>,
}

fn phrase_hash<'t>(tokens: impl Iterator<Item = &'t str>) -> u64 {
    let mut h = Fnv::new();
    for (k, t) in tokens.enumerate() {
        if k > 0 {
            h = h.byte(b' ');
        }
        h = lower_hash(h, t);
    }
    h.finish()
}

impl Gazetteer {
    pub fn get() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            let mut map: HashMap<u64, u16> = HashMap::new();
            for class in Class::ALL {
                for entry in entries(class.list()) {
                    let tokens = tokenize(entry);
                    if tokens.len() <= MAX_TOKENS {
                        *map.entry(phrase_hash(tokens.iter().map(|t| t.text(entry)))).or_default() |= class.bit();
                    }
                }
            }
            Gazetteer { entries: map }
        })
    }

    /// A hash of every list's text. The lists are features of the trained model, so a model
    /// records the fingerprint of the lists it was trained with (see `names.rs`).
    pub fn fingerprint() -> u64 {
        Class::ALL.iter().fold(Fnv::new(), |h, c| h.str(c.list()).byte(0)).finish()
    }

    /// The classes of a single word or phrase (lower-cased, tokenized as the lists are).
    pub fn classes_of(&self, phrase: &str) -> u16 {
        let tokens = tokenize(phrase);
        if tokens.len() > MAX_TOKENS {
            return 0;
        }
        self.entries.get(&phrase_hash(tokens.iter().map(|t| t.text(phrase)))).copied().unwrap_or(0)
    }

    /// For each token: the classes of the lists whose entries cover it (`inside`) and of those
    /// whose entries start at it (`starts`). At each start, every length up to
    /// [`MAX_TOKENS`] is tried, so this is linear in the number of tokens.
    pub fn mark(&self, text: &str, tokens: &[Token], inside: &mut [u16], starts: &mut [u16]) {
        for i in 0..tokens.len() {
            let mut h = Fnv::new();
            for k in 0..MAX_TOKENS.min(tokens.len() - i) {
                if k > 0 {
                    h = h.byte(b' ');
                }
                h = lower_hash(h, tokens[i + k].text(text));
                if let Some(&bits) = self.entries.get(&h.finish()) {
                    if let Some(s) = starts.get_mut(i) {
                        *s |= bits;
                    }
                    for slot in inside.iter_mut().skip(i).take(k + 1) {
                        *slot |= bits;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_word_and_case_insensitive_matches() {
        let text = "He flew from BUENOS AIRES to Brussels Airport with a Belgian.";
        let tokens = tokenize(text);
        let (mut inside, mut starts) = (vec![0u16; tokens.len()], vec![0u16; tokens.len()]);
        Gazetteer::get().mark(text, &tokens, &mut inside, &mut starts);
        let at = |w: &str| tokens.iter().position(|t| t.text(text) == w).unwrap();
        assert!(starts[at("BUENOS")] & Class::City.bit() != 0);
        assert!(inside[at("AIRES")] & Class::City.bit() != 0 && starts[at("AIRES")] & Class::City.bit() == 0);
        assert!(inside[at("Airport")] & Class::FacilityHead.bit() != 0);
        assert!(inside[at("Belgian")] & Class::Nationality.bit() != 0);
        assert_eq!(inside[at("flew")], 0);
    }

    #[test]
    fn entries_with_clitics_match_as_tokenized() {
        assert!(Gazetteer::get().classes_of("Côte d'Ivoire") & Class::Country.bit() != 0);
        assert!(Gazetteer::get().classes_of("People's Republic of China") & Class::Country.bit() != 0);
    }
}
