//! Word-phrase lists matched on lower-cased tokens, longest match first.

use std::collections::HashMap;
use std::ops::Range;

use crate::text::Token;

/// Phrases indexed by their first word, each with a value (`T`) the list gives it.
#[derive(Debug)]
pub struct PhraseSet<T> {
    by_first: HashMap<String, Vec<(Vec<&'static str>, T)>>,
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet { by_first: HashMap::new() }
    }
}

impl<T> PhraseSet<T> {
    /// Adds a phrase whose first word is `first` (lower case) and whose other words are `rest`.
    pub fn insert(&mut self, first: String, rest: Vec<&'static str>, value: T) {
        self.by_first.entry(first).or_default().push((rest, value));
    }

    /// The longest phrase starting at token `i` and its value. `lower` holds the tokens'
    /// lower-cased text; phrases start at word tokens only.
    pub fn match_at(&self, lower: &[String], tokens: &[Token], i: usize) -> Option<(Range<usize>, &T)> {
        if !tokens.get(i)?.is_word() {
            return None;
        }
        self.by_first
            .get(lower.get(i)?)?
            .iter()
            .filter(|(rest, _)| rest.iter().enumerate().all(|(k, w)| lower.get(i + 1 + k).is_some_and(|l| l == w)))
            .max_by_key(|(rest, _)| rest.len())
            .map(|(rest, v)| (i..i + 1 + rest.len(), v))
    }

    /// All matches in `range`, left to right, not overlapping.
    pub fn find_in(&self, lower: &[String], tokens: &[Token], range: Range<usize>) -> Vec<(Range<usize>, &T)> {
        let mut out = Vec::new();
        let mut i = range.start;
        while i < range.end {
            match self.match_at(lower, tokens, i).filter(|(r, _)| r.end <= range.end) {
                Some((r, v)) => {
                    i = r.end;
                    out.push((r, v));
                }
                None => i += 1,
            }
        }
        out
    }
}
