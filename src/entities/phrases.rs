//! Word lists whose entries can span several tokens ("square meters", "prime minister"),
//! matched token by token against a text's lower-case tokens, longest entry first.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use super::words::Words;
use crate::lexicon::entries;
use crate::text::tokenize;

/// FNV-1a, for the fixed word lists looked up at every token: several times faster than the
/// default SipHash on short words. Safe from crafted input: the text only looks words up,
/// and the lists themselves are fixed.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

pub type FastHash = BuildHasherDefault<Fnv>;

/// A fixed word list as a set with the fast hash.
pub type WordSet = HashSet<&'static str, FastHash>;

/// Entries of one list, indexed by their first token; each entry is its lower-case tokens.
#[derive(Debug, Default)]
pub struct Phrases {
    by_first: HashMap<String, Vec<Vec<String>>, FastHash>,
    by_last: HashMap<String, Vec<Vec<String>>, FastHash>,
}

impl Phrases {
    /// Builds the index from an embedded list (entries tokenized as the text is).
    pub fn new(list: &'static str) -> Phrases {
        let mut phrases = Phrases::default();
        for entry in entries(list) {
            let words: Vec<String> = tokenize(entry).iter().map(|t| t.text(entry).to_lowercase()).collect();
            let (Some(first), Some(last)) = (words.first().cloned(), words.last().cloned()) else { continue };
            phrases.by_first.entry(first).or_default().push(words.clone());
            phrases.by_last.entry(last).or_default().push(words);
        }
        for list in phrases.by_first.values_mut().chain(phrases.by_last.values_mut()) {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        phrases
    }

    /// The number of tokens of the longest entry starting at token `i`.
    pub fn match_at(&self, w: &Words, i: usize) -> Option<usize> {
        let candidates = self.by_first.get(w.lower(i))?;
        candidates.iter().find(|words| words.iter().enumerate().all(|(k, word)| w.lower(i + k) == word)).map(Vec::len)
    }

    /// The number of tokens of the longest entry ending at token `i` (inclusive).
    pub fn match_ending(&self, w: &Words, i: usize) -> Option<usize> {
        let candidates = self.by_last.get(w.lower(i))?;
        candidates
            .iter()
            .find(|words| {
                words.len() <= i + 1 && words.iter().rev().enumerate().all(|(k, word)| w.lower(i - k) == word)
            })
            .map(Vec::len)
    }

    /// Whether a single lower-case word is an entry.
    pub fn contains_word(&self, word: &str) -> bool {
        self.by_first.get(word).is_some_and(|l| l.iter().any(|w| w.len() == 1))
    }

    /// The number of words of the longest entry that `words` (lower case) ends with.
    pub fn match_words_ending(&self, words: &[&str]) -> Option<usize> {
        let last = words.last()?;
        let candidates = self.by_last.get(*last)?;
        candidates
            .iter()
            .find(|entry| entry.len() <= words.len() && entry.iter().rev().zip(words.iter().rev()).all(|(a, b)| a == b))
            .map(Vec::len)
    }
}
