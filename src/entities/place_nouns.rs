//! Names in apposition to a kind of place: "the Somali capital, Mogadishu", "the port city of
//! Zeebrugge", "Ndjamena, the capital,"; and organisations that own what only a town has ("Port
//! Ellery's council") or are a division of a country ("Anbar province"); and the place a
//! legislator represents ("the MP for Bury North"), and a listed place after "in" ("Police
//! in Leeds"). The tagger reads "capital" as the head of a company's
//! name ("Apex Capital") and may call the name next to it an organisation; a place noun that
//! stands before the name (after an article or a modifier) or right after it in an appositive
//! says it is a place. People keep their type unless a list knows the name as a place or the
//! noun is followed by "of" ("the town of Mai Mahiu"; not "the village, Smith said").

use std::collections::HashSet;

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Nouns for kinds of inhabited places.
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "capital" | "city" | "town" | "village" | "port" | "province" | "region" | "district" | "county" | "suburb" | "island"
            | "municipality" | "enclave" | "neighbourhood" | "neighborhood" | "hometown" | "township"
    )
}

/// Whether the words before name token `start` are "the|a|its <...> <place noun>[,]" or
/// "<place noun> of", with at most two modifiers between the article and the noun; the name
/// ends before token `end`.
fn after_place_noun(w: &Words, start: usize, end: usize) -> bool {
    let Some(mut noun) = start.checked_sub(1) else { return false };
    // After a comma, only an appositive closed by punctuation: not "In the capital, Norvex
    // opened a store".
    if w.raw(noun) == "," && w.is_word(end) {
        return false;
    }
    if matches!(w.raw(noun), "," | "of") {
        noun = match noun.checked_sub(1) {
            Some(k) => k,
            None => return false,
        };
    }
    if !is_place_noun(w.lower(noun)) || !w.one_sentence(noun, start) {
        return false;
    }
    // The noun is a common noun in a noun phrase, not the end of a name ("Apex Capital, X").
    (1..=3).filter_map(|back| noun.checked_sub(back)).take_while(|&k| w.is_word(k)).any(|k| {
        matches!(w.lower(k), "the" | "a" | "its" | "their" | "his" | "her") || w.is_possessive(k)
    }) && !w.is_capitalised(noun)
}

/// Whether the words after name token `end` are ", the|a <...> <place noun>" ending the
/// appositive or followed by a preposition ("X, the capital," / "X, a border town in ..."; not
/// "X, the region's harvest").
fn before_place_noun(w: &Words, end: usize) -> bool {
    let head = |k: usize| is_place_noun(w.lower(k)) && !w.is_capitalised(k) && (!w.is_word(k + 1) && !w.is_possessive(k + 1) || matches!(w.lower(k + 1), "of" | "in" | "on" | "near"));
    w.raw(end) == "," && matches!(w.lower(end + 1), "the" | "a" | "its") && (end + 2..=end + 4).take_while(|&k| w.is_word(k)).any(head)
}

/// A division of a country written after its name in lower case: "Anbar province", "the
/// Copperbelt and Eastern provinces".
fn is_division(word: &str) -> bool {
    matches!(word, "province" | "provinces" | "region" | "district" | "county" | "prefecture" | "governorate" | "oblast")
}

/// What only a town or a country has.
fn is_town_noun(word: &str) -> bool {
    matches!(word, "mayor" | "council" | "residents" | "inhabitants" | "townspeople" | "outskirts" | "suburbs" | "streets" | "harbour" | "harbor" | "city")
}

/// Whether the name from token `start` to before token `end` owns what only a town or a
/// country has: "Port Ellery's council", "Varnholm's mayor", "Kessau's residents", "the mayor
/// of Leeds" (not "the council of the bank": a lower-case noun, then the name).
fn of_a_place(w: &Words, start: usize, end: usize) -> bool {
    let owner = w.is_possessive(end) && is_town_noun(w.lower(end + 1));
    let owned = start >= 2 && w.raw(start - 1) == "of" && is_town_noun(w.raw(start - 2)) && w.raw(start - 2) != "council";
    owner || owned
}

/// Whether the name at token `start` is the place someone represents: "the MP for Bury North",
/// "a Democrat from Ohio", "the senator from Arizona".
/// Not "a representative from Norvex", "a lawmaker from Likud": "from" only after a US
/// legislator's title or party.
fn represented(w: &Words, start: usize) -> bool {
    let Some(role) = start.checked_sub(2).map(|k| w.lower(k)) else { return false };
    match w.lower(start - 1) {
        "for" => matches!(role, "mp" | "mep" | "msp" | "member" | "representative" | "deputy" | "senator" | "councillor" | "assemblyman" | "assemblywoman"),
        "from" => matches!(role, "senator" | "congressman" | "congresswoman" | "democrat" | "republican"),
        _ => false,
    }
}

/// Retypes as places the names a place noun describes (or a town's possession), and the
/// organisations and people of the same name elsewhere in the text (one name, one sense: "the
/// capital, Mogadishu ... Mogadishu residents").
pub fn with_place_nouns(w: &Words, names: &mut [Name]) {
    let gaz = Gazetteer::get();
    let mut described: HashSet<&str> = HashSet::new();
    for n in names.iter_mut().filter(|n| n.coarse != Coarse::Loc) {
        let (start, end) = (n.tokens.start, n.tokens.end);
        let headed = n.coarse == Coarse::Org && (of_a_place(w, start, end) || is_division(w.raw(end)));
        let after_noun = after_place_noun(w, start, end);
        let represented = represented(w, start);
        if !(after_noun || before_place_noun(w, end) || headed || represented) {
            continue;
        }
        let name = w.span(start, end).text(w.text);
        let classes = gaz.classes_of(name);
        // "the town of X" says what X is, and so does "the MP for X"; "the village, Smith said"
        // does not.
        let of_form = (after_noun && start >= 1 && w.raw(start - 1) == "of") || represented;
        if classes & Class::KnownOrg.bit() != 0 || (n.coarse == Coarse::Per && classes & Class::GPE == 0 && !of_form) {
            continue;
        }
        n.coarse = Coarse::Loc;
        described.insert(name);
    }
    // "Police in Leeds are appealing": a listed place after "in" is that place, whatever the
    // tagger read from the rest of the article (CoNLL-2003 has 616 such names, every one a
    // place). Only this mention: a club of the same name may play elsewhere in the text.
    for n in names.iter_mut().filter(|n| n.coarse == Coarse::Org && n.tokens.start >= 1 && w.raw(n.tokens.start - 1) == "in" && !w.is_possessive(n.tokens.end)) {
        let listed = gaz.classes_of(w.span(n.tokens.start, n.tokens.end).text(w.text));
        if listed & Class::GPE != 0 && listed & Class::KnownOrg.bit() == 0 {
            n.coarse = Coarse::Loc;
        }
    }
    if described.is_empty() {
        return;
    }
    for n in names.iter_mut().filter(|n| matches!(n.coarse, Coarse::Org | Coarse::Per)) {
        if described.contains(w.span(n.tokens.start, n.tokens.end).text(w.text)) {
            n.coarse = Coarse::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, place};
    use super::*;
    use crate::text::TextLayer;

    fn with(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_place_nouns(w, n))
    }

    #[test]
    fn a_place_noun_makes_a_place() {
        assert_eq!(with("Gunmen in the Somali capital, Mogadishu, killed him.", &[("Mogadishu", Coarse::Org)]), [place("Mogadishu")]);
        assert_eq!(with("It docked in the port city of Varnholm on Monday.", &[("Varnholm", Coarse::Org)]), [place("Varnholm")]);
        assert_eq!(with("They reached Ndjamena, the capital, at noon.", &[("Ndjamena", Coarse::Org)]), [place("Ndjamena")]);
        assert_eq!(with("Fighting spread to Kessau, a border town in the north.", &[("Kessau", Coarse::Per)]), [named("Kessau", Coarse::Per)]);
        assert_eq!(with("Somalia's capital, Mogadishu, is calm.", &[("Somalia", Coarse::Loc), ("Mogadishu", Coarse::Org)]), [place("Somalia"), place("Mogadishu")]);
        assert_eq!(with("Port Ellery's council voted.", &[("Port Ellery", Coarse::Org)]), [place("Port Ellery")]);
        assert_eq!(with("John Smith, the former mayor of Leeds, has died.", &[("John Smith", Coarse::Per), ("Leeds", Coarse::Org)]), [named("John Smith", Coarse::Per), place("Leeds")]);
        assert_eq!(with("Fighting in western Anbar province went on.", &[("Anbar", Coarse::Org)]), [place("Anbar")]);
        // A people's adjective before "region" is no place ("the Kurdish region").
        assert_eq!(with("in the Kurdish region", &[("Kurdish", Coarse::Misc)]), [named("Kurdish", Coarse::Misc)]);
        assert_eq!(with("They searched near the town of Mai Mahiu on Monday.", &[("Mai Mahiu", Coarse::Per)]), [place("Mai Mahiu")]);
        assert_eq!(with("The Conservative MP for Bury North, James Daly, said.", &[("Bury North", Coarse::Per), ("James Daly", Coarse::Per)]), [place("Bury North"), named("James Daly", Coarse::Per)]);
        assert_eq!(with("A Democrat from Ohio objected.", &[("Ohio", Coarse::Org)]), [place("Ohio")]);
        assert_eq!(with("Police in Leeds are appealing.", &[("Leeds", Coarse::Org)]), [place("Leeds")]);
        assert_eq!(with("He starred in Leeds's win.", &[("Leeds", Coarse::Org)]), [named("Leeds", Coarse::Org)]);
        assert_eq!(with("He voted for Norvex Holdings.", &[("Norvex Holdings", Coarse::Org)]), [named("Norvex Holdings", Coarse::Org)]);
        assert_eq!(with("A representative from Norvex said.", &[("Norvex", Coarse::Org)]), [named("Norvex", Coarse::Org)]);
        // A person a list knows as a place is that place.
        assert_eq!(with("Fighting spread to the capital, Kabul, today.", &[("Kabul", Coarse::Per)]), [place("Kabul")]);
    }

    #[test]
    fn the_same_name_elsewhere_is_that_place() {
        let text = "Gunmen in the capital, Varnholm, fired. Varnholm residents fled. Varnholm Bank shut.";
        let layer = TextLayer::new(text);
        let at = |word: usize| layer.tokens.iter().position(|t| t.span.start == text.match_indices("Varnholm").nth(word).unwrap().0).unwrap();
        let mut names: Vec<Name> = (0..3).map(|k| Name { tokens: at(k)..at(k) + 1 + usize::from(k == 2), coarse: Coarse::Org, margin: 1.0 }).collect();
        with_place_nouns(&Words::new(text, &layer), &mut names);
        assert_eq!(names.iter().map(|n| n.coarse).collect::<Vec<_>>(), [Coarse::Loc, Coarse::Loc, Coarse::Org]);
    }

    #[test]
    fn names_and_people_stay() {
        // A capitalised "Capital" ends a company's name; people stay people.
        assert_eq!(with("Apex Capital, Harbor Partners said.", &[("Harbor Partners", Coarse::Org)]), [named("Harbor Partners", Coarse::Org)]);
        assert_eq!(with("Says Norvex, the region's biggest firm.", &[("Norvex", Coarse::Org)]), [named("Norvex", Coarse::Org)]);
        assert_eq!(with("In the capital, Norvex opened a store.", &[("Norvex", Coarse::Org)]), [named("Norvex", Coarse::Org)]);
        assert_eq!(with("Back in the village, Anna Berg said no.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        // No article or modifier before the noun: "capital" is a thing, not the place.
        assert_eq!(with("Venture capital, Norvex said, is scarce.", &[("Norvex", Coarse::Org)]), [named("Norvex", Coarse::Org)]);
        // A person's mayor is no town's; nor is a company's board.
        assert_eq!(with("Anna Berg's mayor", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(with("Norvex's board met.", &[("Norvex", Coarse::Org)]), [named("Norvex", Coarse::Org)]);
        // A well-known organisation keeps its type.
        assert_eq!(with("Across the region, Hezbollah fighters moved.", &[("Hezbollah", Coarse::Org)]), [named("Hezbollah", Coarse::Org)]);
    }
}
