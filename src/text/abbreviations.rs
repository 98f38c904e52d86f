//! Words that keep their trailing period ("Mr.", "Jan.", "Corp."), from `data/lexicons/`.

use std::collections::HashSet;

use crate::lexicon::{embedded_list, word_set};

embedded_list! {
    fn titles() -> HashSet<&'static str> = word_set, "abbreviations-titles.txt";
    fn others() -> HashSet<&'static str> = word_set, "abbreviations.txt";
}

fn lower_short(word: &str) -> Option<String> {
    (word.len() <= 6).then(|| word.to_ascii_lowercase())
}

/// Whether `word` (without its period) is an abbreviation written with a period.
pub fn takes_period(word: &str) -> bool {
    lower_short(word).is_some_and(|w| titles().contains(w.as_str()) || others().contains(w.as_str()))
}

/// Whether `word` is a US politician's party and state, as written after the name: "R-Ohio"
/// in "Jim Jordan (R-Ohio)", "D-Calif" (its period is a token of its own).
pub fn is_party_tag(word: &str) -> bool {
    ["R-", "D-", "I-"].iter().any(|p| word.strip_prefix(p).is_some_and(|state| state.chars().next().is_some_and(char::is_uppercase)))
}

/// Whether `word` (without its period) is a title that a name follows ("Mr", "Gen").
pub fn is_title(word: &str) -> bool {
    lower_short(word).is_some_and(|w| titles().contains(w.as_str()))
}
