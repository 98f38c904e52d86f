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

/// Whether `word` (without its period) is a title that a name follows ("Mr", "Gen").
pub fn is_title(word: &str) -> bool {
    lower_short(word).is_some_and(|w| titles().contains(w.as_str()))
}
