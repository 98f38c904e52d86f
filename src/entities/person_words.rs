//! A person's name is capitalised words and name particles. The tagger sometimes runs a
//! person's name on into the words around it: a weekday after it ("the case of Hamed Ahmed
//! Wednesday"), a lower-case word ("had detained Dr. Besigye since November"), or the
//! department of a title before it ("Secretary of Defense Donald Rumsfeld", "Minister for Trade
//! Simon Birmingham"), or an honorific ("Mr Johnson"). Those words are cut off, so the rules
//! after see the bare name (`honorifics.rs` puts a courtesy title back, last). Names of other
//! types are left alone: "The Mail on Sunday", "Committee to Protect Journalists". A "person" after "a" or "an" is a thing ("a
//! Range Rover"), and so is one ending in a prize's name ("Olivier Awards").

use super::calendar::is_capitalised_weekday;
use super::gazetteer::{Class, Gazetteer};
use super::honorifics::is_honorific;
use super::names::{self, Name};
use super::tagger::Coarse;
use super::words::Words;


/// Lower-case words inside personal names in many languages ("Ludwig van Beethoven", "Osama
/// bin Laden", "Kengo wa Dondo", "Gabriel García y Márquez").
fn is_particle(word: &str) -> bool {
    names::is_particle(word)
        || matches!(word, "de" | "da" | "di" | "do" | "du" | "dos" | "das" | "del" | "della" | "der" | "den" | "des" | "la" | "le" | "van" | "von" | "ter" | "ten" | "zu" | "af" | "y" | "e" | "wa" | "ul" | "ud")
        || word.split_once(['-', '‐', '\'', '’']).is_some_and(|(p, _)| matches!(p, "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an" | "d" | "l" | "o"))
}

/// Trims the person names among `names` (in text order; they stay so).
pub fn without_non_name_words(w: &Words, names: &mut [Name]) {
    for name in names.iter_mut().filter(|n| n.coarse == Coarse::Per) {
        let (start, end) = (name.tokens.start, name.tokens.end);
        // A lower-case word that is no particle ends the name.
        let end = (start + 1..end).find(|&i| w.is_word(i) && !w.is_capitalised(i) && !is_particle(w.lower(i))).unwrap_or(end);
        // So does a weekday at its end ("said Mr. Ahmed Wednesday").
        let end = if end - start >= 2 && is_capitalised_weekday(w, end - 1) { end - 1 } else { end };
        // A courtesy title or "Prof." is cut for the rules after ("Mr Johnson", British style
        // without a period); `honorifics.rs` puts a courtesy title back at the end.
        let mut start = start;
        let title = |i: usize| {
            let t = w.lower(i).trim_end_matches('.');
            is_honorific(t) || t == "prof"
        };
        while end - start >= 2 && title(start) {
            start += 1;
            if end - start >= 2 && w.raw(start) == "." {
                start += 1;
            }
        }
        name.tokens = department_end(w, start, end)..end;
        if is_indefinite_head(w, name.tokens.start, end) || is_award(w.lower(end - 1)) {
            name.coarse = Coarse::Misc;
        }
    }
}

/// A prize's head word: "two Olivier Awards", "the Booker Prize" name no person.
fn is_award(word: &str) -> bool {
    matches!(word, "award" | "awards" | "prize" | "prizes" | "medal" | "medals" | "trophy" | "cup")
}

/// "bought a Range Rover", "won an Oscar for ...": a name that heads a noun phrase opened by
/// "a" or "an" is a thing (a product, a prize), not a person, and not a type presslens tags.
/// A name that modifies the noun after it stays a person's ("an Arafat adviser", "a Clinton
/// re-election").
fn is_indefinite_head(w: &Words, start: usize, end: usize) -> bool {
    let article = start >= 1 && matches!(w.raw(start - 1), "a" | "an");
    let head = !w.is_word(end) || matches!(w.lower(end), "and" | "or" | "but" | "in" | "on" | "at" | "for" | "with" | "from" | "to" | "of" | "by" | "that" | "which" | "as");
    article && head
}

/// Where the person's name starts in `start..end` when a title and "of"/"for" come right
/// before it and the name opens with the department's words: at the first given name that
/// has a capitalised word after it ("[Secretary of] Defense [Donald Rumsfeld]").
fn department_end(w: &Words, start: usize, end: usize) -> usize {
    let gaz = Gazetteer::get();
    let titled = start >= 2
        && matches!(w.lower(start - 1), "of" | "for")
        && w.is_capitalised(start - 2)
        && gaz.classes_of(w.raw(start - 2)) & Class::Title.bit() != 0;
    if !titled || end - start < 3 {
        return start;
    }
    let given = |i: usize| gaz.classes_of(w.raw(i)) & Class::GivenName.bit() != 0;
    (start + 1..end - 1).find(|&i| given(i) && !given(start) && w.is_capitalised(i + 1)).unwrap_or(start)
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, person};
    use super::*;

    fn trimmed(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| without_non_name_words(w, n))
    }

    #[test]
    fn words_that_are_no_part_of_a_name_are_cut_off() {
        let text = "The court announced the sentence in the case of Hamed Ahmed Wednesday.";
        assert_eq!(trimmed(text, &[("Hamed Ahmed Wednesday", Coarse::Per)]), [person("Hamed Ahmed")]);
        assert_eq!(trimmed("Mr Johnson said no.", &[("Mr Johnson", Coarse::Per)]), [person("Johnson")]);
        assert_eq!(trimmed("Then Dr. Ada Brook spoke.", &[("Dr. Ada Brook", Coarse::Per)]), [person("Ada Brook")]);
        // A name that is only the title's word stays ("Ms", one token, is left to the tagger).
        assert_eq!(trimmed("Ms Dynamite sang.", &[("Dynamite", Coarse::Per)]), [person("Dynamite")]);
        let text = "The military had detained Dr. Besigye since November, when he returned.";
        assert_eq!(trimmed(text, &[("Besigye since November", Coarse::Per)]), [person("Besigye")]);
        let text = "Secretary of Defense Donald Rumsfeld and Minister for Trade Simon Birmingham met.";
        assert_eq!(trimmed(text, &[("Defense Donald Rumsfeld", Coarse::Per), ("Trade Simon Birmingham", Coarse::Per)]), [person("Donald Rumsfeld"), person("Simon Birmingham")]);
    }

    #[test]
    fn a_name_after_an_indefinite_article_is_a_thing() {
        let text = "She bought a Range Rover and two flats.";
        assert_eq!(trimmed(text, &[("Range Rover", Coarse::Per)]), [named("Range Rover", Coarse::Misc)]);
        // Counter-examples: the name modifies a noun, or no article comes before it.
        let text = "The talks failed, an Arafat adviser said.";
        assert_eq!(trimmed(text, &[("Arafat", Coarse::Per)]), [person("Arafat")]);
        let text = "She won two Olivier Awards.";
        assert_eq!(trimmed(text, &[("Olivier Awards", Coarse::Per)]), [named("Olivier Awards", Coarse::Misc)]);
        let text = "It was Anna Berg and a friend.";
        assert_eq!(trimmed(text, &[("Anna Berg", Coarse::Per)]), [person("Anna Berg")]);
    }

    #[test]
    fn particles_numbers_and_other_types_stay() {
        let text = "Ludwig van Beethoven, Kengo wa Dondo, Ali Hassan al-Majid and Pope John Paul II met.";
        let names = [("Ludwig van Beethoven", Coarse::Per), ("Kengo wa Dondo", Coarse::Per), ("Ali Hassan al-Majid", Coarse::Per), ("John Paul II", Coarse::Per)];
        assert_eq!(trimmed(text, &names), names.map(|(s, c)| named(s, c)));
        let text = "He wrote for The Mail on Sunday and met Robinson Friday.";
        assert_eq!(trimmed(text, &[("The Mail on Sunday", Coarse::Org)]), [named("The Mail on Sunday", Coarse::Org)]);
        // A lone weekday-like surname is kept; so is a name after "of" that is not a title's.
        assert_eq!(trimmed(text, &[("Friday", Coarse::Per)]), [person("Friday")]);
        let text = "The widow of Jordan Peter Smith spoke.";
        assert_eq!(trimmed(text, &[("Jordan Peter Smith", Coarse::Per)]), [person("Jordan Peter Smith")]);
    }
}
