//! Words the tagger runs onto the end of an organisation's or a place's name: the weekday of a
//! wire story ("the [World Bank] Saturday approved") and a compound modifier of the next noun
//! ("[China Eastern Airlines] Shanghai-bound flight"). They are cut off; a person's name loses
//! its weekday in `person_words.rs`. A weekday after "on" is the name's own ("The Mail on
//! Sunday").

use super::calendar::is_capitalised_weekday;
use super::leading_words::is_compound_modifier;
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Trims the organisation and place names among `names` (in text order; they stay so).
pub fn without_trailing_words(w: &Words, names: &mut [Name]) {
    for n in names.iter_mut().filter(|n| matches!(n.coarse, Coarse::Org | Coarse::Loc)) {
        let (start, mut end) = (n.tokens.start, n.tokens.end);
        let weekday = |i: usize| is_capitalised_weekday(w, i) && w.lower(i - 1) != "on";
        if end - start >= 2 && (weekday(end - 1) || is_compound_modifier(w.raw(end - 1)) || is_bound(w.raw(end - 1))) {
            end -= 1;
        }
        n.tokens.end = end;
    }
}

/// "Shanghai-bound", "London-bound": where a vehicle is going, said of the noun after the name.
fn is_bound(word: &str) -> bool {
    word.rsplit_once(['-', '‐']).is_some_and(|(head, tail)| !head.is_empty() && tail == "bound")
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn trimmed(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| without_trailing_words(w, n))
    }

    #[test]
    fn a_weekday_or_a_modifier_after_the_name_is_cut() {
        let text = "The IMF and World Bank Saturday approved the loan.";
        assert_eq!(trimmed(text, &[("World Bank Saturday", Coarse::Org)]), [org("World Bank")]);
        let text = "A China Eastern Airlines Shanghai-bound flight landed.";
        assert_eq!(trimmed(text, &[("China Eastern Airlines Shanghai-bound", Coarse::Org)]), [org("China Eastern Airlines")]);
    }

    #[test]
    fn a_name_of_its_own_stays() {
        let text = "He wrote for The Mail on Sunday.";
        assert_eq!(trimmed(text, &[("The Mail on Sunday", Coarse::Org)]), [org("The Mail on Sunday")]);
        let text = "Friday won.";
        assert_eq!(trimmed(text, &[("Friday", Coarse::Org)]), [org("Friday")]);
        let text = "Anna Berg Saturday said so.";
        assert_eq!(trimmed(text, &[("Anna Berg Saturday", Coarse::Per)]), [named("Anna Berg Saturday", Coarse::Per)]);
    }
}
