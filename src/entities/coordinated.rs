//! Two names joined by "and" that the tagger read as one: "the United Nations and African Union",
//! "Maria and Anna". A name is split at its "and"/"&" when a word list knows each side as
//! a name of its own (a well-known organisation, a place, or a lone given name) and does not
//! know the whole ("Bosnia and Herzegovina", "Trinidad and Tobago" stay one). Names whose sides
//! are not both known stay whole: "Food and Agriculture Organization", "Procter & Gamble".

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// The type a list gives a phrase standing alone as a name, if any.
fn listed_type(gaz: &Gazetteer, phrase: &str, one_word: bool) -> Option<Coarse> {
    let classes = gaz.classes_of(phrase);
    if classes & Class::KnownOrg.bit() != 0 {
        Some(Coarse::Org)
    } else if classes & Class::PLACES != 0 {
        Some(Coarse::Loc)
    } else if one_word && classes & Class::GivenName.bit() != 0 {
        Some(Coarse::Per)
    } else {
        None
    }
}

/// Splits the names that join two known names (names in text order; they stay so).
pub fn without_coordinated(w: &Words, names: &mut Vec<Name>) {
    let gaz = Gazetteer::get();
    let mut split: Vec<Name> = Vec::with_capacity(names.len());
    for n in names.drain(..) {
        let (start, end) = (n.tokens.start, n.tokens.end);
        let and = (start + 1..end.saturating_sub(1)).find(|&k| matches!(w.raw(k), "and" | "&"));
        let parts = and.filter(|_| listed_type(gaz, w.span(start, end).text(w.text), false).is_none()).and_then(|k| {
            let left = listed_type(gaz, w.span(start, k).text(w.text), k - start == 1)?;
            let right = listed_type(gaz, w.span(k + 1, end).text(w.text), end - k - 1 == 1)?;
            // A given name pairs only with another ("Victoria and Albert" may be a museum's).
            ((left == Coarse::Per) == (right == Coarse::Per)).then_some((k, left, right))
        });
        match parts {
            Some((k, left, right)) => {
                split.push(Name { tokens: start..k, coarse: left, margin: n.margin });
                split.push(Name { tokens: k + 1..end, coarse: right, margin: n.margin });
            }
            None => split.push(n),
        }
    }
    *names = split;
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named};
    use super::*;

    fn with(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, without_coordinated)
    }

    #[test]
    fn two_known_names_are_two() {
        let text = "Troops of the United Nations and African Union patrol the area.";
        assert_eq!(with(text, &[("United Nations and African Union", Coarse::Org)]), [named("United Nations", Coarse::Org), named("African Union", Coarse::Org)]);
        assert_eq!(with("Maria and Anna won.", &[("Maria and Anna", Coarse::Org)]), [named("Maria", Coarse::Per), named("Anna", Coarse::Per)]);
        assert_eq!(with("Flights to Kenya and Ethiopia resumed.", &[("Kenya and Ethiopia", Coarse::Loc)]), [named("Kenya", Coarse::Loc), named("Ethiopia", Coarse::Loc)]);
    }

    #[test]
    fn one_name_with_and_stays_whole() {
        // The whole is known, or a side is not.
        assert_eq!(with("He visited Bosnia and Herzegovina.", &[("Bosnia and Herzegovina", Coarse::Loc)]), [named("Bosnia and Herzegovina", Coarse::Loc)]);
        let text = "The Food and Agriculture Organization warned.";
        assert_eq!(with(text, &[("Food and Agriculture Organization", Coarse::Org)]), [named("Food and Agriculture Organization", Coarse::Org)]);
        assert_eq!(with("Shares of Procter & Gamble rose.", &[("Procter & Gamble", Coarse::Org)]), [named("Procter & Gamble", Coarse::Org)]);
        // A given name and a place make no pair of people ("Victoria and Albert" stays whole).
        assert_eq!(with("The Victoria and Albert Museum opened.", &[("Victoria and Albert Museum", Coarse::Org)]), [named("Victoria and Albert Museum", Coarse::Org)]);
    }
}
