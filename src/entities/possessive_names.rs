//! "King's College London", "Children's Hospital", "St Mary's Hospital": a name whose first
//! word is a possessive. The tagger, trained on Reuters text where "'s" nearly always ends a
//! name ("Britain's Foreign Office"), starts the name after it ("College London"). The word and
//! its "'s" join an organisation's or facility's name right after them when they are no name
//! of their own, nor capitalised only for opening a sentence or quotation ("“That's Mexico's").

use super::calendar::{months, weekdays};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;


/// Extends, in place, the names that follow an untagged capitalised possessive.
pub fn with_possessive_openers(w: &Words, names: &mut [Name]) {
    let mut free_from = 0;
    for n in names.iter_mut() {
        let s = n.tokens.start;
        // "Sunday's New York Times", "December's Indian Ocean tsunami": a time is no opener.
        let time = |i: usize| months().contains(w.lower(i)) || weekdays().contains(w.lower(i));
        let opener = s >= 2 && s - 2 >= free_from && w.is_possessive(s - 1) && w.joined(s - 1) && w.is_capitalised(s - 2) && !w.opens_sentence(s - 2) && !time(s - 2);
        if opener && matches!(n.coarse, Coarse::Org | Coarse::Loc) && w.is_capitalised(s) {
            n.tokens.start = s - 2;
        }
        free_from = n.tokens.end;
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named};
    use super::*;

    fn extended(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_possessive_openers(w, n))
    }

    #[test]
    fn an_untagged_possessive_opens_the_name_after_it() {
        let got = extended("He studied at King's College London and Children's Hospital.", &[("College London", Coarse::Org), ("Hospital", Coarse::Loc)]);
        assert_eq!(got, [named("King's College London", Coarse::Org), named("Children's Hospital", Coarse::Loc)]);
    }

    #[test]
    fn names_of_their_own_and_people_stay_apart() {
        // A tagged name before "'s" is its own; a person after it too; lower case; a time.
        let text = "A report in Sunday's New York Times said so.";
        assert_eq!(extended(text, &[("New York Times", Coarse::Org)]), [named("New York Times", Coarse::Org)]);
        let text = "He joined Britain's Foreign Office, met Obama's Joe Biden and the company's Board.";
        let names = [("Britain", Coarse::Loc), ("Foreign Office", Coarse::Org), ("Joe Biden", Coarse::Per), ("Board", Coarse::Org)];
        assert_eq!(extended(text, &names), names.map(|(s, c)| named(s, c)));
    }
}
