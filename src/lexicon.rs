//! Loading of the word lists embedded from `data/lexicons/` (one entry a line, `#` comments).

use std::collections::HashSet;

/// Entries of an embedded list: trimmed, non-empty lines that are not `#` comments.
pub fn entries(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The entries of an embedded list as a set.
pub fn word_set(list: &'static str) -> HashSet<&'static str> {
    entries(list).collect()
}
