//! "The Reserve Bank of India kept rates ... The RBI also cut ...": an initialism of an
//! organisation named earlier in the text is that organisation, though the tagger, meeting the
//! capitals alone, may read none or a name of another kind (MISC, which the output drops).
//! Only a word of 3 to 6 capitals (two, "IN", "US", are too often words) that no name covers,
//! whose letters are the initials of exactly one earlier organisation's name of two capitalised
//! words or more (function words skipped: "of", "the", "and", "for"; the initials
//! `groups.rs` joins an abbreviation to its name by). And an initialism written with periods
//! ("the C.I.A.") whose letters a list knows as an organisation's is that organisation.

use std::collections::HashMap;

use super::gazetteer::{Class, Gazetteer};
use super::groups::initials;
use super::names::{add_names, covered_tokens, Name};
use super::tagger::Coarse;
use super::words::Words;

fn is_initialism(word: &str) -> bool {
    (3..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// Adds the initialisms of earlier organisations' names (names in text order; they stay so).
pub fn with_initialisms(w: &Words, names: &mut Vec<Name>) {
    // Initials → (the first name's end, how many names have them, its margin).
    let mut by_initials: HashMap<String, (usize, usize, f32)> = HashMap::new();
    for n in names.iter().filter(|n| n.coarse == Coarse::Org && n.tokens.len() >= 2) {
        if let Some(ini) = initials(w.span(n.tokens.start, n.tokens.end).text(w.text)) {
            let entry = by_initials.entry(ini).or_insert((n.tokens.end, 0, n.margin));
            entry.1 += 1;
        }
    }
    if by_initials.is_empty() {
        return;
    }
    // The margin of the one earlier organisation whose initials the word at `i` is, if any.
    let organisation = |i: usize| {
        let word = w.raw(i);
        by_initials.get(w.lower(i)).filter(|&&(after, count, _)| is_initialism(word) && count == 1 && after <= i).map(|&(_, _, margin)| margin)
    };
    // A one-word name the tagger typed as neither person, organisation nor place (which the
    // output drops) becomes the organisation's.
    for n in names.iter_mut().filter(|n| n.coarse == Coarse::Misc && n.tokens.len() == 1) {
        if organisation(n.tokens.start).is_some() {
            n.coarse = Coarse::Org;
        }
    }
    let covered = covered_tokens(w.len(), names);
    let added: Vec<Name> = (0..w.len())
        .filter(|&i| !covered[i])
        .filter_map(|i| Some(Name { tokens: i..i + 1, coarse: Coarse::Org, margin: organisation(i)? }))
        .collect();
    add_names(names, added);
}

/// "the C.I.A.", "the I.R.S.": an initialism written with periods, as some newspapers do, whose
/// letters are a well-known organisation's short form (`organisations.txt` lists "cia", "irs")
/// and no place's ("U.S.", "U.K."), is that organisation, tagged as another type or not at all.
pub fn with_dotted_initialisms(w: &Words, names: &mut Vec<Name>) {
    let gaz = Gazetteer::get();
    let known = |i: usize| {
        // Capital, period, capital, period...: checked on the bytes before any allocation.
        let raw = w.raw(i).as_bytes();
        let dotted = (4..=12).contains(&raw.len()) && raw.chunks(2).all(|p| matches!(p, [c, b'.'] if c.is_ascii_uppercase()));
        dotted && {
            let letters: String = raw.iter().step_by(2).map(|&c| char::from(c.to_ascii_lowercase())).collect();
            let classes = gaz.classes_of(&letters);
            classes & Class::KnownOrg.bit() != 0 && classes & Class::PLACES == 0
        }
    };
    for n in names.iter_mut().filter(|n| n.tokens.len() == 1 && known(n.tokens.start)) {
        n.coarse = Coarse::Org;
        n.margin = n.margin.max(KNOWN_INITIALISM_MARGIN);
    }
    let covered = covered_tokens(w.len(), names);
    let added: Vec<Name> = (0..w.len()).filter(|&i| !covered[i] && known(i)).map(|i| Name { tokens: i..i + 1, coarse: Coarse::Org, margin: KNOWN_INITIALISM_MARGIN }).collect();
    add_names(names, added);
}

/// The least score margin of a listed organisation's dotted initialism (calibrated to about
/// 0.9): the list knows it, whatever the tagger made of it.
const KNOWN_INITIALISM_MARGIN: f32 = 27.0;

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, org, place};
    use super::*;

    #[test]
    fn an_earlier_organisations_initials_are_that_organisation() {
        let text = "The Reserve Bank of India kept rates. The RBI also cut the ratio in Delhi.";
        let got = after(text, &[("Reserve Bank of India", Coarse::Org), ("Delhi", Coarse::Loc)], with_initialisms);
        assert_eq!(got, [org("Reserve Bank of India"), org("RBI"), place("Delhi")]);
        let got = after(text, &[("Reserve Bank of India", Coarse::Org), ("RBI", Coarse::Misc)], with_initialisms);
        assert_eq!(got, [org("Reserve Bank of India"), org("RBI")]);
    }

    #[test]
    fn initials_before_the_name_or_of_two_names_stay_unnamed() {
        let text = "The RBI met. The Reserve Bank of India kept rates.";
        assert_eq!(after(text, &[("Reserve Bank of India", Coarse::Org)], with_initialisms), [org("Reserve Bank of India")]);
        let text = "Royal Bank International and Reserve Bank of India met. The RBI said so.";
        let names = [("Royal Bank International", Coarse::Org), ("Reserve Bank of India", Coarse::Org)];
        assert_eq!(after(text, &names, with_initialisms).len(), 2);
    }

    #[test]
    fn a_dotted_initialism_of_a_known_organisation_is_that_organisation() {
        let text = "The I.R.S. and the C.I.A. met officials of the U.S. and Mr. A.B. Smith.";
        let got = after(text, &[("I.R.S.", Coarse::Loc), ("U.S.", Coarse::Loc)], with_dotted_initialisms);
        assert_eq!(got, [org("I.R.S."), org("C.I.A."), place("U.S.")]);
    }
}
