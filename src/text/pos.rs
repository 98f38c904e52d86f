//! Part-of-speech tags: a small averaged-perceptron tagger (`crate::learn`) over a coarse
//! Penn tag set that keeps the verb forms apart, decoded greedily left to right (Viterbi costs
//! ten times as much over 20 tags, for 0.7 points of accuracy: 94.3% against 93.6% on CoNLL dev) (a reporting cue is most often a past-tense or
//! present verb taking a clause). Trained on the POS column of CoNLL-2003 (`presslens train
//! pos`); the other steps read the tags as features.
//!
//! Features see only the token strings of one sentence, so training on another tokenisation
//! (CoNLL's, with clitics joined back: "did" + "n't" → "didn't", as this crate tokenises) and
//! tagging this crate's tokens read the same.

use std::sync::OnceLock;

use super::{Sentence, Token};
use crate::learn::{Decoder, Features, Fnv, Model};

/// The coarse tags, in model order.
pub const TAGS: [&str; 20] = [
    "NOUN", "PROPN", "VB", "VBD", "VBG", "VBN", "VBPZ", "MD", "ADJ", "ADV", "IN", "TO", "DET", "PRON", "POSS", "CC", "NUM", "PRT",
    "PUNCT", "X",
];

/// A coarse part-of-speech tag: an index into [`TAGS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Pos(pub u8);

impl Pos {
    pub fn name(self) -> &'static str {
        TAGS.get(self.0 as usize).copied().unwrap_or("X")
    }

    /// Any verb form, modals included.
    pub fn is_verb(self) -> bool {
        (2..=7).contains(&self.0)
    }

    pub fn is_noun(self) -> bool {
        self.0 <= 1
    }
}

/// The coarse tag of a Penn Treebank tag (CoNLL-2003's second column); None for none.
pub fn coarse(penn: &str) -> Option<Pos> {
    let name = match penn {
        "NN" | "NNS" => "NOUN",
        "NNP" | "NNPS" => "PROPN",
        "VB" => "VB",
        "VBD" => "VBD",
        "VBG" => "VBG",
        "VBN" => "VBN",
        "VBP" | "VBZ" => "VBPZ",
        "MD" => "MD",
        "JJ" | "JJR" | "JJS" => "ADJ",
        "RB" | "RBR" | "RBS" | "WRB" => "ADV",
        "IN" => "IN",
        "TO" => "TO",
        "DT" | "PDT" | "WDT" => "DET",
        "PRP" | "WP" | "EX" => "PRON",
        "PRP$" | "WP$" | "POS" => "POSS",
        "CC" => "CC",
        "CD" => "NUM",
        "RP" => "PRT",
        "FW" | "LS" | "UH" => "X",
        "" => return None,
        // Punctuation tags and CoNLL's odd ones ("NN|SYM", "-X-").
        _ if penn.starts_with("NN") => "NOUN",
        _ => "PUNCT",
    };
    TAGS.iter().position(|&t| t == name).map(|i| Pos(i as u8))
}

/// Buckets in the feature table: `2^BITS`.
pub const BITS: u32 = 18;

/// Writes the word's shape into `out` (cleared first): letters as `X`/`x`, digits as `d`,
/// other characters as themselves, runs collapsed ("Xxxxx" → "Xx") so that it generalises
/// over lengths; at most 8 bytes.
fn shape_into(word: &str, out: &mut String) {
    out.clear();
    for c in word.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else {
            c
        };
        if !out.ends_with(s) || !matches!(s, 'X' | 'x' | 'd') {
            out.push(s);
        }
        if out.len() > 8 {
            break;
        }
    }
}

/// The last `n` characters of `w`.
fn suffix(w: &str, n: usize) -> &str {
    let start = w.char_indices().rev().nth(n - 1).map_or(0, |(i, _)| i);
    &w[start..]
}

/// Writes the features of one sentence's tokens into `out` (cleared first). `raw` are the
/// tokens as written, `lower` the same lower-cased.
pub fn sentence_features<S: AsRef<str>>(raw: &[&str], lower: &[S], out: &mut Features) {
    out.clear();
    let n = raw.len().min(lower.len());
    let l = |i: isize| -> &str {
        if i < 0 {
            "<s>"
        } else {
            lower.get(i as usize).map_or("</s>", |s| s.as_ref())
        }
    };
    let (mut sh, mut next_sh) = (String::new(), String::new());
    for i in 0..n {
        let ii = i as isize;
        let w = l(ii);
        let h = Fnv::with;
        out.push(h(0).finish());
        out.push(h(1).str(w).finish());
        out.push(h(2).str(suffix(w, 1)).finish());
        out.push(h(3).str(suffix(w, 2)).finish());
        out.push(h(4).str(suffix(w, 3)).finish());
        out.push(h(5).str(w.chars().next().map_or("", |c| &w[..c.len_utf8()])).finish());
        shape_into(raw[i], &mut sh);
        out.push(h(6).str(&sh).byte(u8::from(i == 0)).finish());
        out.push(h(7).str(l(ii - 1)).finish());
        out.push(h(8).str(l(ii + 1)).finish());
        out.push(h(9).str(l(ii - 2)).finish());
        out.push(h(10).str(l(ii + 2)).finish());
        out.push(h(11).str(suffix(l(ii - 1), 3)).finish());
        out.push(h(12).str(suffix(l(ii + 1), 3)).finish());
        out.push(h(13).str(l(ii - 1)).byte(0).str(w).finish());
        out.push(h(14).str(w).byte(0).str(l(ii + 1)).finish());
        shape_into(raw.get(i + 1).copied().unwrap_or("</s>"), &mut next_sh);
        out.push(h(15).str(&next_sh).finish());
        out.end_position();
    }
}

/// The embedded model (`presslens train pos` writes it).
const MODEL: &[u8] = include_bytes!("../../data/models/pos.bin");

/// Tags sentences; holds the embedded model, loaded once.
pub struct PosTagger {
    model: Option<Model>,
}

impl PosTagger {
    pub fn new(model: Option<Model>) -> PosTagger {
        let model = model.filter(|m| m.n_tags() == TAGS.len() && m.names().eq(TAGS));
        PosTagger { model }
    }

    pub fn shared() -> &'static PosTagger {
        static TAGGER: OnceLock<PosTagger> = OnceLock::new();
        TAGGER.get_or_init(|| PosTagger::new(Model::from_bytes(MODEL).ok()))
    }

    /// Each token's tag, a sentence at a time (sentences cover the tokens in order).
    pub fn tag(&self, text: &str, tokens: &[Token], sentences: &[Sentence]) -> Vec<Pos> {
        let mut out = Vec::with_capacity(tokens.len());
        let (mut features, mut decoder) = (Features::new(BITS), Decoder::new());
        // One buffer for the sentence's lower-cased words, so that no token allocates.
        let (mut buf, mut ends, mut raw) = (String::new(), Vec::new(), Vec::new());
        for s in sentences {
            let Some(sentence) = tokens.get(s.tokens.clone()) else { continue };
            out.resize(s.tokens.start.max(out.len()), Pos::default());
            buf.clear();
            ends.clear();
            raw.clear();
            for t in sentence {
                let w = t.text(text);
                raw.push(w);
                buf.extend(w.chars().flat_map(char::to_lowercase));
                ends.push(buf.len());
            }
            let lower: Vec<&str> = ends.iter().scan(0, |start, &end| {
                let w = buf.get(*start..end).unwrap_or("");
                *start = end;
                Some(w)
            }).collect();
            self.tag_into(&raw, &lower, &mut features, &mut decoder, &mut out);
        }
        out.resize(tokens.len(), Pos::default());
        out
    }

    /// The tags of one sentence's tokens (all [`Pos::default`] if the model did not load).
    /// `features` and `decoder` are scratch space, reused across sentences.
    pub fn tag_into<S: AsRef<str>>(&self, raw: &[&str], lower: &[S], features: &mut Features, decoder: &mut Decoder, out: &mut Vec<Pos>) {
        let n = raw.len().min(lower.len());
        let Some(model) = &self.model else {
            out.extend(std::iter::repeat(Pos::default()).take(n));
            return;
        };
        sentence_features(raw, lower, features);
        let path = model.decode_greedy(features, decoder);
        out.extend(path.iter().map(|&t| Pos(t as u8)));
        // A decoder that returns a short path (it does not) must not shift later tags.
        out.extend(std::iter::repeat(Pos::default()).take(n.saturating_sub(path.len())));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn penn_tags_map_to_coarse_ones() {
        assert_eq!(coarse("VBZ").map(Pos::name), Some("VBPZ"));
        assert_eq!(coarse("NNPS").map(Pos::name), Some("PROPN"));
        assert_eq!(coarse("PRP$").map(Pos::name), Some("POSS"));
        assert_eq!(coarse(",").map(Pos::name), Some("PUNCT"));
        assert_eq!(coarse("NN|SYM").map(Pos::name), Some("NOUN"));
        assert_eq!(coarse(""), None);
    }

    #[test]
    fn shapes_collapse_runs() {
        let shape = |w: &str| {
            let mut s = String::new();
            shape_into(w, &mut s);
            s
        };
        assert_eq!(shape("Belgium"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "d-d-d");
    }

    fn tag(words: &[&str]) -> Vec<&'static str> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let mut out = Vec::new();
        PosTagger::shared().tag_into(words, &lower, &mut Features::new(BITS), &mut Decoder::new(), &mut out);
        out.into_iter().map(Pos::name).collect()
    }

    #[test]
    fn the_embedded_model_tags_verbs_and_nouns() {
        assert_eq!(tag(&["The", "minister", "said", "the", "plan", "would", "fail", "."]), ["DET", "NOUN", "VBD", "DET", "NOUN", "MD", "VB", "PUNCT"]);
        // Words it has not seen are read from their suffix and context.
        assert_eq!(tag(&["Officials", "have", "reportedly", "flurbished", "it"])[3], "VBN");
    }

    #[test]
    fn any_tokens_get_one_tag_each() {
        assert!(tag(&[]).is_empty());
        assert_eq!(tag(&["", "\u{301}", "🎉", "x"]).len(), 4);
    }
}
