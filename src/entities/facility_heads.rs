//! "taken to Leeds General Infirmary": the tagger sometimes stops one word short of a
//! facility's name, at a head it has rarely seen ("[Leeds General] Infirmary"). Capitalised
//! words ending in a facility head right after an organisation's or a place's name end that
//! name, which is then
//! a place (and the head makes it a FAC). A person's name does not take it in ("Shirley
//! Temple", "Frank Church" are names with such a word), nor does a people's ("Roman Catholic
//! Church" is an organisation).

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// The most words between a name and the facility head that ends it, the head included
/// ("General Infirmary").
const MAX_WORDS: usize = 3;

/// Extends names by a facility head that follows them (names in text order, not overlapping;
/// they stay so).
pub fn with_facility_heads(w: &Words, names: &mut [Name]) {
    let gaz = Gazetteer::get();
    for k in 0..names.len() {
        let end = names[k].tokens.end;
        let limit = names.get(k + 1).map_or(usize::MAX, |next| next.tokens.start);
        let capitalised = (end..(end + MAX_WORDS).min(limit)).take_while(|&i| w.is_capitalised(i) && !w.starts_sentence(i)).last();
        let head = capitalised.filter(|&i| gaz.classes_of(w.raw(i)) & Class::FacilityHead.bit() != 0);
        if let Some(head) = head.filter(|_| matches!(names[k].coarse, Coarse::Org | Coarse::Loc)) {
            names[k].tokens.end = head + 1;
            names[k].coarse = Coarse::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, place};
    use super::*;

    fn headed(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_facility_heads(w, n))
    }

    #[test]
    fn a_facility_head_ends_the_name_before_it() {
        assert_eq!(headed("He was taken to Leeds General Infirmary.", &[("Leeds General", Coarse::Org)]), [place("Leeds General Infirmary")]);
        assert_eq!(headed("She flew into Norvale Airport.", &[("Norvale", Coarse::Loc)]), [place("Norvale Airport")]);
        assert_eq!(headed("He was taken to Leeds General Infirmary.", &[("Leeds", Coarse::Org)]), [place("Leeds General Infirmary")]);
    }

    #[test]
    fn people_and_other_words_are_left_alone() {
        // A person's name, a head that opens a sentence or is already another name's, a lower-case noun.
        assert_eq!(headed("Shirley Temple spoke.", &[("Shirley", Coarse::Per)]), [named("Shirley", Coarse::Per)]);
        assert_eq!(headed("The Roman Catholic Church said.", &[("Roman Catholic", Coarse::Misc)]), [named("Roman Catholic", Coarse::Misc)]);
        assert_eq!(headed("They met in Leeds. Hospital staff said no.", &[("Leeds", Coarse::Loc)]), [place("Leeds")]);
        assert_eq!(headed("Leeds Tower Bridge fell.", &[("Leeds", Coarse::Loc), ("Tower Bridge", Coarse::Loc)]), [place("Leeds"), place("Tower Bridge")]);
        assert_eq!(headed("Leeds hospital staff said no.", &[("Leeds", Coarse::Org)]), [named("Leeds", Coarse::Org)]);
    }
}
