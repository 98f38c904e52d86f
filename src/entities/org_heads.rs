//! A name's last word and its type. A name ending in an organisation's head word is an
//! organisation: the tagger, trained on Reuters names, takes two capitalised words it has never
//! seen ("Norvale Rail") for a person's name, and only the last word says otherwise. A rule
//! after the tagger (its list is not a tagger feature, so the model needs no retraining),
//! overruled by a person's title right before the name ("Mr", "Senator"), which is stronger
//! evidence. The other way round, a given name and a word that ends organisation names but is
//! also a surname ("Post", "Court", "Press") is a person's name: "Emily Post", "Margaret Court";
//! the tagger, with that word as a feature, reads an organisation ("Denver Post").

use std::ops::Range;

use super::gazetteer::{Class, Gazetteer};
use super::phrases::WordSet;
use crate::lexicon::{embedded_list, word_set};
use super::tagger::Coarse;
use crate::text::Token;

embedded_list! {
    /// Head words of organisation names that are not surnames (`data/lexicons/org-heads.txt`).
    fn org_heads() -> WordSet = word_set, "org-heads.txt";
}

/// Whether a word (any case) ends company and institution names and is no surname ("Bank").
pub fn is_org_head(word: &str) -> bool {
    org_heads().contains(word.to_lowercase().as_str())
}

/// The type of the tagged name `range` of type `coarse`: ORG for a person's name of two words
/// or more whose last word, capitalised, is an organisation's head; PERSON for an
/// organisation's name of a given name and a surname that also ends organisation names;
/// `coarse` otherwise.
pub fn type_by_head(text: &str, tokens: &[Token], range: &Range<usize>, coarse: Coarse) -> Coarse {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let last = word(range.end.saturating_sub(1));
    let capitalised = last.chars().next().is_some_and(char::is_uppercase);
    if range.len() < 2 || !capitalised {
        return coarse;
    }
    let gaz = Gazetteer::get();
    if coarse == Coarse::Org && range.len() == 2 {
        let first = gaz.classes_of(word(range.start));
        let given_only = first == Class::GivenName.bit();
        let surname_head = gaz.classes_of(last) & Class::OrgWord.bit() != 0 && !org_heads().contains(last.to_lowercase().as_str());
        let the_before = range.start.checked_sub(1).is_some_and(|i| word(i).eq_ignore_ascii_case("the"));
        return if given_only && surname_head && !the_before { Coarse::Per } else { coarse };
    }
    let head = last.to_lowercase();
    if !org_heads().contains(head.as_str()) {
        return coarse;
    }
    // A place's name ending in a word that only ends bodies' names is an organisation's
    // ("Southern African Development Community"); "West Bank", "Russian Federation", "Dubai
    // International" stay places.
    if coarse == Coarse::Loc {
        let body = matches!(
            head.as_str(),
            "community" | "programme" | "program" | "fund" | "agency" | "authority" | "commission" | "committee" | "council" | "ministry"
                | "bureau" | "institute" | "foundation" | "association" | "society" | "organisation" | "organization" | "alliance" | "movement"
        );
        return if body { Coarse::Org } else { coarse };
    }
    if coarse != Coarse::Per {
        return coarse;
    }
    let title = |i: usize| {
        let c = gaz.classes_of(word(i));
        c & Class::Title.bit() != 0 && c & Class::OrgWord.bit() == 0
    };
    if range.start.checked_sub(1).is_some_and(title) {
        return coarse;
    }
    Coarse::Org
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The type of the name `name` in `text`, tagged `coarse`.
    fn retyped(text: &str, name: &str, coarse: Coarse) -> Coarse {
        let tokens = tokenize(text);
        let start = text.find(name).unwrap();
        let first = tokens.iter().position(|t| t.span.start == start).unwrap();
        let last = tokens.iter().position(|t| t.span.end == start + name.len()).unwrap();
        type_by_head(text, &tokens, &(first..last + 1), coarse)
    }

    #[test]
    fn a_person_name_ending_in_an_organisation_head_is_an_organisation() {
        assert_eq!(retyped("Norvale Rail will run the line.", "Norvale Rail", Coarse::Per), Coarse::Org);
        assert_eq!(retyped("A deal with Tarrow Brunt Holdings.", "Tarrow Brunt Holdings", Coarse::Per), Coarse::Org);
        assert_eq!(retyped("Kessel Engineering said so.", "Kessel Engineering", Coarse::Per), Coarse::Org);
        assert_eq!(retyped("A spokeswoman for Halden Water said so.", "Halden Water", Coarse::Per), Coarse::Org);
    }

    #[test]
    fn a_place_name_ending_in_a_body_is_an_organisation() {
        let text = "The Southern Varnian Development Community met.";
        assert_eq!(retyped(text, "Southern Varnian Development Community", Coarse::Loc), Coarse::Org);
        // Heads that also end places' names leave them places.
        assert_eq!(retyped("Troops entered the West Bank.", "West Bank", Coarse::Loc), Coarse::Loc);
        assert_eq!(retyped("He landed at Dubai International.", "Dubai International", Coarse::Loc), Coarse::Loc);
    }

    #[test]
    fn counter_examples_stay_persons() {
        // A title before the name is stronger evidence.
        assert_eq!(retyped("Mr. Norvale Rail said so.", "Norvale Rail", Coarse::Per), Coarse::Per);
        // Surnames that are also organisation heads are not on the list.
        assert_eq!(retyped("Margo Court won.", "Margo Court", Coarse::Per), Coarse::Per);
        assert_eq!(retyped("Tomas Post won.", "Tomas Post", Coarse::Per), Coarse::Per);
        // One word, a lower-case head, or another type: left alone.
        assert_eq!(retyped("Engineering won.", "Engineering", Coarse::Per), Coarse::Per);
        assert_eq!(retyped("Anna rail", "Anna rail", Coarse::Per), Coarse::Per);
        assert_eq!(retyped("Norvale Rail", "Norvale Rail", Coarse::Loc), Coarse::Loc);
    }

    #[test]
    fn a_given_name_and_a_surname_that_ends_organisation_names_is_a_person() {
        assert_eq!(retyped("Emily Post wrote the book.", "Emily Post", Coarse::Org), Coarse::Per);
        assert_eq!(retyped("Margaret Court won.", "Margaret Court", Coarse::Org), Coarse::Per);
        // A place, "the", a head that is no surname or a third word: an organisation.
        assert_eq!(retyped("The Denver Post said so.", "Denver Post", Coarse::Org), Coarse::Org);
        assert_eq!(retyped("She read the Emily Post.", "Emily Post", Coarse::Org), Coarse::Org);
        assert_eq!(retyped("Emily Holdings won.", "Emily Holdings", Coarse::Org), Coarse::Org);
        assert_eq!(retyped("Emily Jane Post won.", "Emily Jane Post", Coarse::Org), Coarse::Org);
    }
}
