//! A one-word name that is the surname of a person named in full earlier in the text is that
//! person: after "Ayman al-Zawahiri", "Zawahiri did not mention ..." (the tagger, seeing the
//! word alone at a sentence's start, may read an organisation there). A surname with an Arabic
//! particle ("al-Zawahiri") counts without it too. Words a list knows as a place or an
//! organisation stay as tagged: "George Washington ... in Washington". The other way round, a
//! one-word person's name that opens an organisation's name given earlier, and is no earlier
//! person's surname, is that organisation's short form: "Harrow United ... Harrow paid". A
//! one-word name before "administration" or "presidency" is a person's ("the Obama
//! administration"; not "the U.S. administration"). A surname in capitals the tagger left
//! untagged ("PENCE:" labelling a transcript's speaker) is the person's too.

use std::collections::HashSet;

use super::gazetteer::{Class, Gazetteer};
use super::names::{add_names, covered_tokens, Name};
use super::tagger::Coarse;
use super::words::Words;

/// Retypes, in text order, the one-word organisation and place names that repeat an earlier
/// person's surname.
pub fn with_surnames_as_people(w: &Words, names: &mut [Name]) {
    let gaz = Gazetteer::get();
    let listed = Class::PLACES | Class::KnownOrg.bit() | Class::Nationality.bit();
    let mut surnames: HashSet<&str> = HashSet::new();
    let mut org_openers: HashSet<&str> = HashSet::new();
    for n in names.iter_mut() {
        let Some(last) = n.tokens.end.checked_sub(1) else { continue };
        if n.coarse == Coarse::Org && n.tokens.len() >= 2 && w.is_capitalised(n.tokens.start) {
            org_openers.insert(w.raw(n.tokens.start));
        } else if n.tokens.len() == 1 && n.coarse == Coarse::Per {
            let word = w.raw(last);
            if org_openers.contains(word) && !surnames.contains(word) && gaz.classes_of(word) & Class::GivenName.bit() == 0 {
                n.coarse = Coarse::Org;
            }
        } else if n.coarse == Coarse::Per && n.tokens.len() >= 2 {
            let surname = w.raw(last);
            surnames.insert(surname);
            if let Some((_, bare)) = surname.split_once('-').filter(|(p, rest)| matches!(*p, "al" | "el" | "Al" | "El") && rest.starts_with(char::is_uppercase)) {
                surnames.insert(bare);
            }
        } else if n.tokens.len() == 1 && matches!(n.coarse, Coarse::Org | Coarse::Loc) {
            let word = w.raw(last);
            // "the Obama administration": a leader's term of office is named after the leader.
            let term = matches!(w.raw(last + 1), "administration" | "presidency");
            if (surnames.contains(word) || term) && gaz.classes_of(word) & listed == 0 {
                n.coarse = Coarse::Per;
            }
        }
    }
}

/// Surnames of the people named in full with two words or more, wherever in the text (for
/// `org_contexts.rs`: "Donald Trump ... if Trump were" is no team).
pub(super) fn full_name_surnames<'w>(w: &Words<'w>, names: &[Name]) -> HashSet<&'w str> {
    names.iter().filter(|n| n.coarse == Coarse::Per && n.tokens.len() >= 2).map(|n| w.raw(n.tokens.end - 1)).collect()
}

/// "PENCE: Well, look, ...": a word in capitals the tagger left untagged that is the surname
/// of a person named in full in the text is that person (a transcript's speaker labels, a
/// headline's capitals). Added to `names` (in text order; they stay so).
pub fn with_surnames_in_capitals(w: &Words, names: &mut Vec<Name>) {
    let surnames: HashSet<String> = full_name_surnames(w, names).into_iter().map(str::to_lowercase).collect();
    if surnames.is_empty() {
        return;
    }
    let covered = covered_tokens(w.len(), names);
    let added: Vec<Name> = (0..w.len())
        .filter(|&i| !covered[i] && w.is_all_caps(i) && w.raw(i).chars().count() >= 3 && surnames.contains(w.lower(i)))
        .map(|i| Name { tokens: i..i + 1, coarse: Coarse::Per, margin: SURNAME_IN_CAPITALS_MARGIN })
        .collect();
    add_names(names, added);
}

/// The score margin of a surname found only in capitals (calibrated to about 0.85).
const SURNAME_IN_CAPITALS_MARGIN: f32 = 18.0;

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{named, shown};
    use super::*;
    use crate::text::TextLayer;

    /// The names after the rule; each name is (its words, which occurrence of them, type).
    fn retyped(text: &str, names: &[(&str, usize, Coarse)]) -> Vec<(String, Coarse)> {
        let layer = TextLayer::new(text);
        let t = &layer.tokens;
        let mut found: Vec<Name> = names
            .iter()
            .map(|&(s, nth, coarse)| {
                let starts = t.iter().enumerate().filter(|(_, x)| text[x.span.start..].starts_with(s) && text[..x.span.start].chars().last().map_or(true, |c| !c.is_alphanumeric() && c != '-'));
                let (first, tok) = starts.clone().nth(nth).unwrap();
                let last = t.iter().position(|x| x.span.end == tok.span.start + s.len()).unwrap();
                Name { tokens: first..last + 1, coarse, margin: 1.0 }
            })
            .collect();
        with_surnames_as_people(&Words::new(text, &layer), &mut found);
        shown(text, &layer, &found)
    }

    #[test]
    fn a_surname_alone_is_the_person_named_before() {
        let text = "Ayman al-Zawahiri spoke. Zawahiri did not mention Muhajer. Later Kessler Smith left; Smith said no.";
        let got = retyped(text, &[("Ayman al-Zawahiri", 0, Coarse::Per), ("Zawahiri", 0, Coarse::Org), ("Kessler Smith", 0, Coarse::Per), ("Smith", 1, Coarse::Loc)]);
        assert_eq!(got, [named("Ayman al-Zawahiri", Coarse::Per), named("Zawahiri", Coarse::Per), named("Kessler Smith", Coarse::Per), named("Smith", Coarse::Per)]);
    }

    #[test]
    fn a_leaders_term_is_named_after_a_person() {
        let text = "The Obama administration and the Kenya administration met.";
        let got = retyped(text, &[("Obama", 0, Coarse::Org), ("Kenya", 0, Coarse::Loc)]);
        assert_eq!(got, [named("Obama", Coarse::Per), named("Kenya", Coarse::Loc)]);
    }

    #[test]
    fn places_lists_know_and_names_before_the_person_stay() {
        let text = "George Washington slept here. In Washington, the Senate met.";
        assert_eq!(retyped(text, &[("George Washington", 0, Coarse::Per), ("Washington", 1, Coarse::Loc)])[1], named("Washington", Coarse::Loc));
        // Before the full name, and a name of two words: left as tagged.
        let text = "Smith Holdings grew. Anna Smith joined Smith Holdings.";
        let got = retyped(text, &[("Smith", 0, Coarse::Org), ("Anna Smith", 0, Coarse::Per)]);
        assert_eq!(got[0], named("Smith", Coarse::Org));
    }

    #[test]
    fn the_opening_word_of_an_organisation_alone_is_that_organisation() {
        let text = "Harrow United won. Harrow paid more.";
        let got = retyped(text, &[("Harrow United", 0, Coarse::Org), ("Harrow", 1, Coarse::Per)]);
        assert_eq!(got[1], named("Harrow", Coarse::Org));
        // Not a person's surname named before, nor a given name.
        let text = "Anna Berg joined Berg Motors; Berg said no.";
        let got = retyped(text, &[("Anna Berg", 0, Coarse::Per), ("Berg Motors", 0, Coarse::Org), ("Berg", 2, Coarse::Per)]);
        assert_eq!(got[2], named("Berg", Coarse::Per));
        let text = "Anna Holdings grew. Anna praised it.";
        assert_eq!(retyped(text, &[("Anna Holdings", 0, Coarse::Org), ("Anna", 1, Coarse::Per)])[1], named("Anna", Coarse::Per));
    }

    #[test]
    fn a_surname_in_capitals_is_the_person() {
        let text = "Mike Pence met Chris Wallace.\nWALLACE: Will she?\nPENCE: Yes. NATO agreed.";
        let found = super::super::names::test_names::after(text, &[("Mike Pence", Coarse::Per), ("Chris Wallace", Coarse::Per), ("NATO", Coarse::Org)], with_surnames_in_capitals);
        let expected = [("Mike Pence", Coarse::Per), ("Chris Wallace", Coarse::Per), ("WALLACE", Coarse::Per), ("PENCE", Coarse::Per), ("NATO", Coarse::Org)];
        assert_eq!(found, expected.map(|(s, c)| named(s, c)));
    }
}
