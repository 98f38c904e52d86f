//! Month and weekday names (`months.txt`, `weekdays.txt`, lower case, with abbreviations):
//! the date patterns read them, and the name rules keep them out of names.

use super::phrases::WordSet;
use super::words::Words;
use crate::lexicon::{embedded_list, word_set};

embedded_list! {
    pub fn months() -> WordSet = word_set, "months.txt";
    pub fn weekdays() -> WordSet = word_set, "weekdays.txt";
}

/// Whether token `i` is a weekday written with its capital ("Wednesday", "Wed."): one the
/// tagger may run onto the end of a name ("said Mr. Ahmed Wednesday").
pub fn is_capitalised_weekday(w: &Words, i: usize) -> bool {
    weekdays().contains(w.lower(i).trim_end_matches('.')) && w.is_capitalised(i)
}
