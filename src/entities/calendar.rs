//! Month and weekday names (`months.txt`, `weekdays.txt`, lower case, with abbreviations):
//! the date patterns read them, and the name rules keep them out of names.

use super::phrases::WordSet;
use crate::lexicon::{embedded_list, word_set};

embedded_list! {
    pub fn months() -> WordSet = word_set, "months.txt";
    pub fn weekdays() -> WordSet = word_set, "weekdays.txt";
}
