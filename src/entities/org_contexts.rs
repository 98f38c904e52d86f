//! Contexts that only a company has: "shares of Tesla", "a stake in Fiat", "Tesla's
//! shareholders", "Deportivo chairman Augusto Lendoiro", "analysts at Deloitte". The tagger, meeting a company's name
//! it has never seen, may guess a place or a person from its shape; these contexts say
//! otherwise. Names a list knows as a place, a nationality, or starting with a given name, and
//! people's names of two words or more keep their type ("China's shares", "Tokyo's chairman",
//! "Elon Musk's board").

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Words after a name (or its possessive) that make it a company or club.
fn is_company_noun(word: &str) -> bool {
    matches!(word, "shareholders" | "shares" | "stock" | "ceo" | "chairman" | "chairwoman" | "board" | "profits" | "earnings" | "revenue" | "revenues")
}

/// People who work at a firm or an institution ("analysts at Deloitte", "researchers at
/// Stanford"); not "officials at Heathrow", who may work at a place.
fn is_staff_noun(word: &str) -> bool {
    matches!(word, "analysts" | "analyst" | "economists" | "economist" | "researchers" | "researcher" | "scientists" | "engineers" | "executives" | "employees" | "strategists" | "traders" | "bankers")
}

/// Retypes the names in a company's context as organisations.
pub fn with_company_contexts(w: &Words, names: &mut [Name]) {
    let gaz = Gazetteer::get();
    let listed = Class::PLACES | Class::Nationality.bit() | Class::GivenName.bit();
    for n in names.iter_mut().filter(|n| n.coarse != Coarse::Org) {
        let (start, end) = (n.tokens.start, n.tokens.end);
        // A person's full name stays one ("Elon Musk's board").
        if n.coarse == Coarse::Per && end - start >= 2 {
            continue;
        }
        if gaz.classes_of(w.span(start, end).text(w.text)) & listed != 0 || gaz.classes_of(w.raw(start)) & listed != 0 {
            continue;
        }
        // "shares of X", "a stake in X", "analysts at X".
        let before = start >= 2 && matches!(w.lower(start - 2), "shares" | "stake" | "stakes") && matches!(w.lower(start - 1), "of" | "in");
        let staff = start >= 2 && is_staff_noun(w.lower(start - 2)) && w.lower(start - 1) == "at";
        let before = before || staff;
        // "X's shareholders", "X chairman ..." (not "X shares its name": only with the possessive).
        let next = if w.is_possessive(end) { end + 1 } else { end };
        let noun = w.lower(next);
        let after = is_company_noun(noun) && (next > end || !matches!(noun, "shares" | "stock" | "board"));
        // "chief executive" after the possessive.
        let chief = next > end && noun == "chief" && w.lower(next + 1) == "executive";
        if before || after || chief {
            n.coarse = Coarse::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn retyped(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_company_contexts(w, n))
    }

    #[test]
    fn a_company_context_makes_an_organisation() {
        assert_eq!(retyped("Shares of Tesla fell 4%.", &[("Tesla", Coarse::Loc)]), [org("Tesla")]);
        assert_eq!(retyped("Fiat bought a stake in Chrysler.", &[("Chrysler", Coarse::Per)]), [org("Chrysler")]);
        assert_eq!(retyped("Norvex's shareholders voted.", &[("Norvex", Coarse::Loc)]), [org("Norvex")]);
        assert_eq!(retyped("Deportivo chairman Augusto Lendoiro said no.", &[("Deportivo", Coarse::Per)]), [org("Deportivo")]);
        assert_eq!(retyped("Norvex's chief executive resigned.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        assert_eq!(retyped("Analysts at Deloitte warned.", &[("Deloitte", Coarse::Loc)]), [org("Deloitte")]);
    }

    #[test]
    fn places_people_and_verbs_stay() {
        assert_eq!(retyped("China's shareholders sold.", &[("China", Coarse::Loc)]), [named("China", Coarse::Loc)]);
        assert_eq!(retyped("Elon Musk's board met.", &[("Elon Musk", Coarse::Per)]), [named("Elon Musk", Coarse::Per)]);
        assert_eq!(retyped("Macedon shares its name with a region.", &[("Macedon", Coarse::Loc)]), [named("Macedon", Coarse::Loc)]);
        assert_eq!(retyped("Smith chief of staff", &[("Smith", Coarse::Per)]), [named("Smith", Coarse::Per)]);
        assert_eq!(retyped("Analysts at Frankfurt banks warned.", &[("Frankfurt", Coarse::Loc)]), [named("Frankfurt", Coarse::Loc)]);
        assert_eq!(retyped("Officials at Heathrow said.", &[("Heathrow", Coarse::Loc)]), [named("Heathrow", Coarse::Loc)]);
    }
}
