//! Token features for the name tagger: each token's word, lower-cased form, shape, affixes,
//! its neighbours (±2), its place in the sentence, all-caps headline context, word-list
//! membership, and how the same word is written elsewhere in the document.
//!
//! Each token's strings are hashed once per document ([`Atoms`]); a feature is then a hash of a
//! template number and one or two of those hashes, pushed into a reused [`Features`] buffer,
//! so no string is built per feature.

use std::collections::HashMap;

use super::gazetteer::{Class, Gazetteer};
use crate::learn::{Features, Fnv};
use crate::text::{TextLayer, TokenKind};

/// How a token is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
enum Case {
    Lower = 0,
    /// "Paris", "McDonald".
    Title,
    /// "NATO", "U.S.".
    Upper,
    /// "eBay", "iPhone".
    Mixed,
    Number,
    Punct,
    Quote,
}

/// Per-token hashes, computed once per document.
#[derive(Clone, Copy, Debug, Default)]
struct Atom {
    word: u64,
    lower: u64,
    /// "Xxxxx" → "Xxxx": character classes, runs capped at 4.
    shape: u64,
    /// Runs collapsed: "Xx", "X.X.", "d-d".
    short: u64,
    prefix: [u64; 3],
    suffix: [u64; 4],
    case: u8,
    /// Word lists covering the token, and starting at it.
    lists: u16,
    list_starts: u16,
    /// How the lower-cased word is written elsewhere in the document ([`Seen`] bits).
    seen: u8,
    /// Whether the token's sentence is written in capitals (a headline).
    headline: bool,
    /// The contexts the capitalised word appears in anywhere in the document ([`Cue`] bits).
    cues: u8,
}

/// Bits of [`Atom::cues`]: what stands right before or after a capitalised word, somewhere in
/// the document. "Minister Quikenborn" makes every "Quikenborn" look like a person.
struct Cue;
impl Cue {
    const AFTER_TITLE: u8 = 1;
    const AFTER_ORG_NOUN: u8 = 2;
    const BEFORE_ORG_WORD: u8 = 4;
    const AFTER_IN: u8 = 8;
    const BEFORE_CAPITAL: u8 = 16;
    const AFTER_CAPITAL: u8 = 32;
}

/// Bits of [`Atom::seen`].
struct Seen;
impl Seen {
    const LOWER: u8 = 1;
    const TITLE_MID: u8 = 2;
    const TITLE_FIRST: u8 = 4;
    const UPPER: u8 = 8;
}

/// The tags given earlier in the document to each capitalised word (by lower-cased form):
/// a "Magna" tagged ORG in "Magna International Inc" makes a later lone "Magna" look like one.
#[derive(Clone, Debug, Default)]
pub struct History {
    /// Per word: how often tagged as each of the 4 name types, and as outside (last).
    counts: HashMap<u64, [u16; 5]>,
}

impl History {
    /// The word's most frequent earlier tag type (0..4, or 4 for outside) and whether it was
    /// seen more than once; `None` for a word not seen capitalised before.
    fn of(&self, lower: u64) -> Option<(u8, bool)> {
        let c = self.counts.get(&lower)?;
        let (k, n) = c.iter().enumerate().max_by_key(|&(k, &n)| (n, std::cmp::Reverse(k)))?;
        Some((k as u8, *n > 1))
    }
}

/// Sentinels for positions before and after the sentence.
const BEFORE: u64 = 0x5e17_1a1e_0000_0001;
const AFTER: u64 = 0x5e17_1a1e_0000_0002;

fn char_class(c: char) -> char {
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

/// A quote mark as the training text writes it: the tagger learnt from straight quotes
/// (CoNLL-2003), and a curly one is otherwise an unknown word before a quotation's first
/// word, which then reads as a name (“Maybe ...”).
fn ascii_quote(mark: &str) -> &str {
    match mark {
        "“" | "”" | "„" | "‟" | "«" | "»" | "″" => "\"",
        "‘" | "’" | "‚" | "‛" | "‹" | "›" | "`" => "'",
        _ => mark,
    }
}

/// The document's tokens as hashes, ready to be combined into features sentence by sentence.
pub struct Atoms {
    atoms: Vec<Atom>,
}

impl Atoms {
    pub fn new(text: &str, layer: &TextLayer) -> Atoms {
        let tokens = &layer.tokens;
        let mut atoms = Vec::with_capacity(tokens.len());
        let mut lowered: Vec<char> = Vec::new();
        for t in tokens {
            let s = match t.kind {
                TokenKind::Quote(_) => ascii_quote(t.text(text)),
                _ => t.text(text),
            };
            lowered.clear();
            lowered.extend(s.chars().flat_map(char::to_lowercase));
            let (mut upper, mut lower, mut first_upper) = (0usize, 0usize, false);
            let (mut shape, mut short) = (Fnv::new(), Fnv::new());
            let (mut last, mut run) = ('\0', 0);
            for (k, c) in s.chars().enumerate() {
                if c.is_uppercase() {
                    upper += 1;
                    first_upper |= k == 0;
                } else if c.is_lowercase() {
                    lower += 1;
                }
                let cls = char_class(c);
                run = if cls == last { run + 1 } else { 1 };
                if run <= 4 {
                    shape = shape.char(cls);
                }
                if run == 1 {
                    short = short.char(cls);
                }
                last = cls;
            }
            let case = match t.kind {
                TokenKind::Number => Case::Number,
                TokenKind::Punct => Case::Punct,
                TokenKind::Quote(_) => Case::Quote,
                TokenKind::Word if upper == 0 => Case::Lower,
                TokenKind::Word if lower == 0 => Case::Upper,
                TokenKind::Word if first_upper && upper == 1 => Case::Title,
                TokenKind::Word if first_upper => Case::Title,
                TokenKind::Word => Case::Mixed,
            };
            let mut prefix = [0u64; 3];
            let mut suffix = [0u64; 4];
            for (k, p) in prefix.iter_mut().enumerate() {
                *p = lowered.iter().take(k + 1).fold(Fnv::with(k as u8), |h, &c| h.char(c)).finish();
            }
            for (k, p) in suffix.iter_mut().enumerate() {
                let from = lowered.len().saturating_sub(k + 1);
                *p = lowered[from..].iter().fold(Fnv::with(k as u8), |h, &c| h.char(c)).finish();
            }
            atoms.push(Atom {
                word: Fnv::new().str(s).finish(),
                lower: lowered.iter().fold(Fnv::new(), |h, &c| h.char(c)).finish(),
                shape: shape.finish(),
                short: short.finish(),
                prefix,
                suffix,
                case: case as u8,
                ..Atom::default()
            });
        }
        let (mut inside, mut starts) = (vec![0u16; tokens.len()], vec![0u16; tokens.len()]);
        Gazetteer::get().mark(text, tokens, &mut inside, &mut starts);
        for (a, (&i, &s)) in atoms.iter_mut().zip(inside.iter().zip(&starts)) {
            a.lists = i;
            a.list_starts = s;
        }
        for s in &layer.sentences {
            let Some(sentence) = atoms.get_mut(s.tokens.clone()) else { continue };
            let words = sentence.iter().filter(|a| a.case <= Case::Mixed as u8);
            let (n, up) = words.fold((0, 0), |(n, up), a| (n + 1, up + usize::from(a.case == Case::Upper as u8)));
            let headline = n >= 2 && up * 10 >= n * 8;
            sentence.iter_mut().for_each(|a| a.headline = headline);
        }
        // How each lower-cased word is written across the document.
        let mut seen: HashMap<u64, u8> = HashMap::new();
        for s in &layer.sentences {
            for i in s.tokens.clone() {
                let Some(a) = atoms.get(i) else { continue };
                let bit = match a.case {
                    c if c == Case::Lower as u8 => Seen::LOWER,
                    c if c == Case::Title as u8 && i == s.tokens.start => Seen::TITLE_FIRST,
                    c if c == Case::Title as u8 && !a.headline => Seen::TITLE_MID,
                    c if c == Case::Upper as u8 && !a.headline => Seen::UPPER,
                    _ => 0,
                };
                if bit != 0 {
                    *seen.entry(a.lower).or_default() |= bit;
                }
            }
        }
        for a in &mut atoms {
            a.seen = seen.get(&a.lower).copied().unwrap_or(0);
        }
        // The contexts each capitalised word appears in, over the document.
        let in_hash = Fnv::new().str("in").finish();
        let capital = |a: &Atom| a.case == Case::Title as u8 || a.case == Case::Upper as u8 || a.case == Case::Mixed as u8;
        let mut cues: HashMap<u64, u8> = HashMap::new();
        for s in &layer.sentences {
            let sentence = atoms.get(s.tokens.clone()).unwrap_or(&[]);
            for (k, a) in sentence.iter().enumerate() {
                if !capital(a) || a.headline {
                    continue;
                }
                let (prev, next) = (k.checked_sub(1).and_then(|p| sentence.get(p)), sentence.get(k + 1));
                let mut bits = 0;
                if let Some(p) = prev {
                    let has = |c: Class| p.lists & c.bit() != 0;
                    bits |= if has(Class::Title) { Cue::AFTER_TITLE } else { 0 };
                    bits |= if has(Class::OrgDescriptor) && p.case == Case::Lower as u8 { Cue::AFTER_ORG_NOUN } else { 0 };
                    bits |= if p.lower == in_hash { Cue::AFTER_IN } else { 0 };
                    bits |= if capital(p) { Cue::AFTER_CAPITAL } else { 0 };
                }
                if let Some(n) = next {
                    bits |= if n.lists & Class::OrgWord.bit() != 0 && capital(n) { Cue::BEFORE_ORG_WORD } else { 0 };
                    bits |= if capital(n) { Cue::BEFORE_CAPITAL } else { 0 };
                }
                *cues.entry(a.lower).or_default() |= bits;
            }
        }
        for a in &mut atoms {
            a.cues = cues.get(&a.lower).copied().unwrap_or(0);
        }
        Atoms { atoms }
    }

    /// Records the types that sentence `range` was tagged with (`types[i]`: 0..4 a name type,
    /// anything else outside), for the capitalised words in it.
    pub fn record(&self, range: std::ops::Range<usize>, types: impl Iterator<Item = u8>, history: &mut History) {
        for (a, t) in self.atoms.get(range).unwrap_or(&[]).iter().zip(types) {
            if a.case == Case::Title as u8 || a.case == Case::Upper as u8 || a.case == Case::Mixed as u8 {
                let c = history.counts.entry(a.lower).or_default();
                let k = usize::from(t.min(4));
                c[k] = c[k].saturating_add(1);
            }
        }
    }

    /// Pushes the features of the sentence (or piece of one) of tokens `range` into `out`, one
    /// position a token, with what `history` says about words tagged earlier in the document.
    pub fn sentence(&self, range: std::ops::Range<usize>, history: &History, out: &mut Features) {
        self.sentence_hiding(range, history, out, |_| false);
    }

    /// [`Atoms::sentence`], leaving out the features that identify the word itself at the
    /// positions where `hide` says so (word dropout in training).
    pub fn sentence_hiding(&self, range: std::ops::Range<usize>, history: &History, out: &mut Features, mut hide: impl FnMut(usize) -> bool) {
        out.clear();
        let sent = self.atoms.get(range.clone()).unwrap_or(&[]);
        let n = sent.len();
        let at = |i: isize| -> Option<&Atom> { usize::try_from(i).ok().and_then(|i| sent.get(i)) };
        let lower = |i: isize| at(i).map_or(if i < 0 { BEFORE } else { AFTER }, |a| a.lower);
        let shape = |i: isize| at(i).map_or(if i < 0 { BEFORE } else { AFTER }, |a| a.shape);
        let short = |i: isize| at(i).map_or(if i < 0 { BEFORE } else { AFTER }, |a| a.short);
        for (k, a) in sent.iter().enumerate() {
            let i = k as isize;
            let f = |t: u8| Fnv::with(t);
            out.push(f(0).finish());
            let hidden = hide(k);
            if !hidden {
                out.push(f(1).u64(a.lower).finish());
                out.push(f(2).u64(a.word).finish());
            }
            out.push(f(3).u64(a.shape).finish());
            out.push(f(4).u64(a.short).finish());
            for p in a.prefix {
                out.push(f(5).u64(p).finish());
            }
            for p in a.suffix {
                out.push(f(6).u64(p).finish());
            }
            out.push(f(7).u64(lower(i - 1)).finish());
            out.push(f(8).u64(lower(i + 1)).finish());
            out.push(f(9).u64(lower(i - 2)).finish());
            out.push(f(10).u64(lower(i + 2)).finish());
            out.push(f(11).u64(shape(i - 1)).finish());
            out.push(f(12).u64(shape(i + 1)).finish());
            out.push(f(13).u64(short(i - 2)).u64(short(i - 1)).finish());
            out.push(f(14).u64(short(i + 1)).u64(short(i + 2)).finish());
            if !hidden {
                out.push(f(15).u64(lower(i - 1)).u64(a.lower).finish());
                out.push(f(16).u64(a.lower).u64(lower(i + 1)).finish());
            }
            out.push(f(17).u64(short(i - 1)).u64(a.short).u64(short(i + 1)).finish());
            out.push(f(18).u64(lower(i - 1)).u64(a.short).finish());
            out.push(f(19).u64(a.short).u64(lower(i + 1)).finish());
            out.push(f(20).byte(k.min(3) as u8).u64(a.short).finish());
            if k + 1 == n {
                out.push(f(21).u64(a.short).finish());
            }
            if a.headline {
                out.push(f(22).u64(a.lower).finish());
                out.push(f(23).u64(a.short).byte(a.seen).finish());
            }
            out.push(f(24).byte(a.seen).byte(a.case).byte((k == 0) as u8).finish());
            out.push(f(25).byte(a.seen).u64(a.suffix[2]).finish());
            if a.cues != 0 {
                out.push(f(29).byte(a.cues).byte(a.case).finish());
                for bit in 0..6 {
                    if a.cues >> bit & 1 == 1 {
                        out.push(f(30).byte(bit).finish());
                    }
                }
            }
            let lists = |i: isize| at(i).map_or(0, |b| b.lists);
            out.push(f(31).byte(a.case).u64(u64::from(a.lists)).u64(u64::from(lists(i - 1))).finish());
            out.push(f(32).byte(a.case).u64(u64::from(a.lists)).u64(u64::from(lists(i + 1))).finish());
            if let Some((tag, again)) = history.of(a.lower) {
                out.push(f(27).byte(tag).byte(again as u8).finish());
                out.push(f(28).byte(tag).byte(a.case).u64(a.short).finish());
            }
            for (j, offset) in [(0u8, 0isize), (1, -1), (2, 1), (3, -2), (4, 2)] {
                let Some(b) = at(i + offset) else { continue };
                for class in Class::ALL {
                    if b.lists & class.bit() != 0 {
                        let start = b.list_starts & class.bit() != 0;
                        out.push(f(26).byte(j).byte(class as u8).byte(start as u8).byte(if j == 0 { a.case } else { 0 }).finish());
                    }
                }
            }
            out.end_position();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(text: &str) -> (TextLayer, Features) {
        let layer = TextLayer::new(text);
        let atoms = Atoms::new(text, &layer);
        let mut f = Features::new(20);
        let s = &layer.sentences[0];
        atoms.sentence(s.tokens.clone(), &History::default(), &mut f);
        (layer, f)
    }

    #[test]
    fn one_position_per_token_with_the_same_features_for_the_same_context() {
        let (layer, f) = features("a b c a b c a b c a b c");
        assert_eq!(f.len(), layer.tokens.len());
        // Tokens 4 and 7 ("b") have identical ±2 contexts, and are past the sentence start.
        assert_eq!(f.at(4), f.at(7));
        assert_ne!(f.at(1), f.at(4));
    }

    #[test]
    fn case_elsewhere_in_the_document_changes_the_features() {
        let (_, plain) = features("Reading is fun.");
        let layer = TextLayer::new("Reading is fun. I like reading.");
        let atoms = Atoms::new("Reading is fun. I like reading.", &layer);
        let mut f = Features::new(20);
        atoms.sentence(layer.sentences[0].tokens.clone(), &History::default(), &mut f);
        assert_ne!(plain.at(0), f.at(0));
        assert_eq!(plain.at(2), f.at(2));
    }

    #[test]
    fn earlier_tags_of_the_same_word_become_features() {
        let text = "Magna Inc rose. Magna fell.";
        let layer = TextLayer::new(text);
        let atoms = Atoms::new(text, &layer);
        let (mut before, mut after) = (Features::new(20), Features::new(20));
        let mut history = History::default();
        atoms.sentence(layer.sentences[1].tokens.clone(), &history, &mut before);
        atoms.record(layer.sentences[0].tokens.clone(), [1u8, 1, 4, 4].into_iter(), &mut history);
        atoms.sentence(layer.sentences[1].tokens.clone(), &history, &mut after);
        assert_eq!(after.at(0).len(), before.at(0).len() + 2);
        assert_eq!(after.at(1), before.at(1));
    }

    #[test]
    fn contexts_elsewhere_in_the_document_become_features() {
        let last = |text: &str| {
            let layer = TextLayer::new(text);
            let atoms = Atoms::new(text, &layer);
            let mut f = Features::new(20);
            let s = layer.sentences.last().unwrap().tokens.clone();
            atoms.sentence(s, &History::default(), &mut f);
            f.at(0).to_vec()
        };
        // The same last sentence; the first sentence has "Minister" before the name, or not.
        let with_title = last("We met Minister Vandemeer today. Vandemeer said no.");
        let without = last("We met the Vandemeer today. Vandemeer said no.");
        assert_ne!(with_title, without);
        assert_eq!(last("We met the Vandemeer today. Vandemeer said no."), without);
    }

    #[test]
    fn hidden_positions_lose_only_their_word_features() {
        let text = "He met Vandemeer in Paris.";
        let layer = TextLayer::new(text);
        let atoms = Atoms::new(text, &layer);
        let (mut all, mut hidden) = (Features::new(20), Features::new(20));
        atoms.sentence(layer.sentences[0].tokens.clone(), &History::default(), &mut all);
        atoms.sentence_hiding(layer.sentences[0].tokens.clone(), &History::default(), &mut hidden, |k| k == 2);
        assert_eq!(hidden.at(2).len(), all.at(2).len() - 4);
        assert!(hidden.at(2).iter().all(|b| all.at(2).contains(b)));
        assert_eq!(hidden.at(1), all.at(1));
        assert_eq!(hidden.at(3), all.at(3));
    }

    #[test]
    fn headlines_in_capitals_get_their_own_features() {
        let (_, a) = features("SOCCER - JAPAN WIN.");
        let (_, b) = features("Soccer - Japan win.");
        assert!(a.at(2).len() > b.at(2).len());
    }

    #[test]
    fn word_lists_feed_features() {
        let (_, country) = features("to Belgium now");
        let (_, other) = features("to Belgiux now");
        // Same shape and neighbours; the list feature (and the word's own) differ.
        assert!(country.at(1).len() > other.at(1).len());
    }
}
