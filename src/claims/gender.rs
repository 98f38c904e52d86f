//! What the text says of a person's gender, for pronouns: "she" does not refer to a speaker
//! known to be a man, nor "he" to one known to be a woman. A person is known from a title
//! before a mention ("Mrs.", "Sir"), a given name ("Maria Lindqvist"), a role noun heading a
//! source ("the spokeswoman"), or an earlier pronoun resolved to them. Unknown (or mixed)
//! evidence stays compatible with both.

use std::collections::HashSet;

use crate::entities::{Entity, Group, Label};
use crate::lexicon::{embedded_list, word_set};

/// Evidence bits: a person can have both (then nothing is known).
pub const FEMALE: u8 = 1;
pub const MALE: u8 = 2;

embedded_list! {
    fn female() -> HashSet<&'static str> = word_set, "gender-female.txt";
    fn male() -> HashSet<&'static str> = word_set, "gender-male.txt";
}

/// The gender a title, role noun or given name marks (any case), or 0.
pub fn of_word(word: &str) -> u8 {
    let w = word.to_lowercase();
    let w = w.as_str();
    u8::from(female().contains(w)) * FEMALE | u8::from(male().contains(w)) * MALE
}

/// The gender a personal pronoun marks, or 0 ("I", "they").
pub fn of_pronoun(word: &str) -> u8 {
    match word.to_lowercase().as_str() {
        "she" | "her" | "hers" | "herself" => FEMALE,
        "he" | "him" | "his" | "himself" => MALE,
        _ => 0,
    }
}

/// Whether a person with evidence `known` can be referred to by a pronoun of gender `g`:
/// unless all the evidence says the other gender.
pub fn compatible(known: u8, g: u8) -> bool {
    g == 0 || known == 0 || known & g != 0
}

/// The evidence for each group from the entities: the word right before each PERSON mention
/// (a title), the first word of a mention of two words or more (a given name). Indexed by group.
pub fn of_groups(text: &str, entities: &[Entity], groups: &[Group]) -> Vec<u8> {
    let mut out = vec![0u8; groups.len()];
    for e in entities.iter().filter(|e| e.label == Label::Person) {
        let Some(slot) = out.get_mut(e.group) else { continue };
        let before = text.get(..e.span.start).unwrap_or("");
        // The word before, with its abbreviation point ("Mrs."), when only spaces separate it.
        if before.ends_with(' ') {
            let word = before.trim_end().rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"').next().unwrap_or("");
            *slot |= of_word(word);
        }
        let mention = e.span.text(text);
        let mut words = mention.split_whitespace();
        if let (Some(first), Some(_)) = (words.next(), words.next()) {
            *slot |= of_word(first);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    #[test]
    fn titles_and_given_names() {
        let text = "Mrs. Vance met Maria Lindqvist, Tomas Berg and Sir Olm, then Andrea Holm.";
        let at = |n: &str, g: usize| {
            let s = text.find(n).unwrap();
            Entity { span: Span::new(s, s + n.len()), label: Label::Person, group: g, confidence: 1.0 }
        };
        let entities = [at("Vance", 0), at("Maria Lindqvist", 1), at("Tomas Berg", 2), at("Olm", 3), at("Andrea Holm", 4)];
        let groups: Vec<Group> = (0..5).map(|_| Group { label: Label::Person, name: String::new(), mentions: vec![] }).collect();
        // "Tomas" is on no list, and "Andrea" is a man's or a woman's name: unknown.
        assert_eq!(of_groups(text, &entities, &groups), [FEMALE, FEMALE, 0, MALE, 0]);
        assert!(compatible(0, MALE) && compatible(FEMALE | MALE, FEMALE) && !compatible(FEMALE, MALE) && compatible(MALE, 0));
    }
}
