//! The name tagger: BIO tags over PER/ORG/LOC/MISC (the CoNLL-2003 types), decoded per
//! sentence with the learned model, each span with the score margin that says how sure it is.
//!
//! Public (hidden) so that the CLI's `train ner` uses exactly the features the tagger uses.

use std::ops::Range;

use super::features::{Atoms, History};
use crate::learn::{Allowed, Decoder, Features, Model, ModelError};
use crate::span::Span;
use crate::text::TextLayer;

/// The coarse name types the tagger learns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Coarse {
    Per,
    Org,
    Loc,
    Misc,
}

impl Coarse {
    pub const ALL: [Coarse; 4] = [Coarse::Per, Coarse::Org, Coarse::Loc, Coarse::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            Coarse::Per => "PER",
            Coarse::Org => "ORG",
            Coarse::Loc => "LOC",
            Coarse::Misc => "MISC",
        }
    }

    pub fn parse(s: &str) -> Option<Coarse> {
        Coarse::ALL.into_iter().find(|c| c.as_str() == s)
    }

    /// Tag indices of B-type and I-type in [`TAGS`].
    fn begin(self) -> u16 {
        1 + 2 * self as u16
    }
}

/// The tag set, in model order: O, then B- and I- of each [`Coarse`] type.
pub const TAGS: [&str; 9] = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

/// The default feature table size of a new model (2^bits buckets).
pub use crate::learn::{Bin, Calibration};

/// The default feature table size of a new model (2^bits buckets).
pub const BITS: u32 = 20;

/// The fingerprint of the word lists that the features read; training records it beside the
/// model, and a test checks that the embedded model was trained with the lists it is built with.
pub fn lists_fingerprint() -> u64 {
    super::gazetteer::Gazetteer::fingerprint()
}

pub fn allowed() -> Allowed {
    Allowed::bio(&TAGS)
}

fn coarse_of(tag: u16) -> Option<Coarse> {
    Coarse::ALL.get((tag as usize).checked_sub(1)? / 2).copied()
}

/// A name the tagger found.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub span: Span,
    pub tokens: Range<usize>,
    pub coarse: Coarse,
    /// How much the best tagging's score exceeds that of the best tagging without this exact
    /// span and type (≥ 0; `f32::INFINITY` when no other tagging is allowed).
    pub margin: f32,
}

/// One document, tagged sentence by sentence in order: a sentence's features depend on the
/// tags given to the sentences before it (see [`History`]).
pub struct Document {
    atoms: Atoms,
    history: History,
    sentences: Vec<Range<usize>>,
}

/// Sentences longer than this many tokens are tagged in pieces, which bounds the memory that
/// decoding needs whatever the input (ordinary sentences are far shorter).
const MAX_TOKENS: usize = 200;

impl Document {
    pub fn new(text: &str, layer: &TextLayer) -> Document {
        let sentences = layer
            .sentences
            .iter()
            .flat_map(|s| s.tokens.clone().step_by(MAX_TOKENS).map(move |start| start..(start + MAX_TOKENS).min(s.tokens.end)))
            .collect();
        Document { atoms: Atoms::new(text, layer), history: History::default(), sentences }
    }

    /// Token ranges of the sentences (long ones in pieces), in order.
    pub fn sentences(&self) -> &[Range<usize>] {
        &self.sentences
    }

    /// The features of sentence `s`, given what was recorded so far.
    pub fn features(&self, s: usize, out: &mut Features) {
        let range = self.sentences.get(s).cloned().unwrap_or(0..0);
        self.atoms.sentence(range, &self.history, out);
    }

    /// [`Document::features`] without the word-identity features where `hide` says so.
    pub fn features_hiding(&self, s: usize, out: &mut Features, hide: impl FnMut(usize) -> bool) {
        let range = self.sentences.get(s).cloned().unwrap_or(0..0);
        self.atoms.sentence_hiding(range, &self.history, out, hide);
    }

    /// Records the tags that sentence `s` got.
    pub fn record(&mut self, s: usize, path: &[u16]) {
        let range = self.sentences.get(s).cloned().unwrap_or(0..0);
        if path.len() == range.len() {
            let types = path.iter().map(|&t| coarse_of(t).map_or(4, |c| c as u8));
            self.atoms.record(range, types, &mut self.history);
        }
    }

    /// Forgets the recorded tags (to tag the document again).
    pub fn forget(&mut self) {
        self.history = History::default();
    }
}

/// Gold BIO tags for the tokens of `layer` from byte spans; also returns the spans that do
/// not fall on token boundaries (those are left untagged). A name cut by a sentence boundary
/// is restarted with B- in the second sentence.
pub fn gold_tags(layer: &TextLayer, spans: &[(Span, Coarse)]) -> (Vec<u16>, Vec<Span>) {
    let tokens = &layer.tokens;
    let mut tags = vec![0u16; tokens.len()];
    let mut misaligned = Vec::new();
    for &(span, coarse) in spans {
        let first = tokens.partition_point(|t| t.span.start < span.start);
        let last = tokens.partition_point(|t| t.span.end <= span.end);
        let aligned = first < last
            && tokens.get(first).is_some_and(|t| t.span.start == span.start)
            && tokens.get(last - 1).is_some_and(|t| t.span.end == span.end);
        if !aligned {
            misaligned.push(span);
            continue;
        }
        for (k, tag) in tags[first..last].iter_mut().enumerate() {
            *tag = coarse.begin() + u16::from(k > 0);
        }
    }
    for s in &layer.sentences {
        if let Some(t) = tags.get_mut(s.tokens.start) {
            if *t != 0 && (*t - 1) % 2 == 1 {
                *t -= 1;
            }
        }
    }
    (tags, misaligned)
}

/// A loaded model with its transition mask.
#[derive(Debug)]
pub struct Tagger {
    model: Model,
    allowed: Allowed,
}

impl Tagger {
    /// # Errors
    /// When the model's tag set is not [`TAGS`].
    pub fn new(model: Model) -> Result<Tagger, ModelError> {
        if !model.names().eq(TAGS.iter().copied()) {
            return Err(ModelError::new("the model's tags are not the name tagger's"));
        }
        Ok(Tagger { model, allowed: allowed() })
    }

    /// The names in `text`, in order, not overlapping. Linear in the number of tokens.
    pub fn tag(&self, text: &str, layer: &TextLayer) -> Vec<Found> {
        let mut doc = Document::new(text, layer);
        let mut features = Features::new(self.model.bits());
        let mut decoder = Decoder::new();
        let mut found = Vec::new();
        for s in 0..doc.sentences().len() {
            let base = doc.sentences()[s].start;
            doc.features(s, &mut features);
            let path = self.model.decode(&features, &self.allowed, &mut decoder).to_vec();
            doc.record(s, &path);
            let mut i = 0;
            while i < path.len() {
                let Some(coarse) = coarse_of(path[i]) else {
                    i += 1;
                    continue;
                };
                let inside = coarse.begin() + 1;
                let mut j = i + 1;
                while path.get(j) == Some(&inside) {
                    j += 1;
                }
                let (Some(a), Some(b)) = (layer.tokens.get(base + i), layer.tokens.get(base + j - 1)) else { break };
                found.push(Found {
                    span: Span::new(a.span.start, b.span.end),
                    tokens: base + i..base + j,
                    coarse,
                    margin: span_margin(&decoder, &path, i..j, inside),
                });
                i = j;
            }
        }
        found
    }
}

/// The least margin, over the span's positions, between the best path and the best path with
/// another tag there, and, after the span, between the best path and one continuing the span.
fn span_margin(d: &Decoder, path: &[u16], span: Range<usize>, inside: u16) -> f32 {
    let best = d.best_score();
    let mut margin = f32::INFINITY;
    for i in span.clone() {
        for t in 0..TAGS.len() {
            if t as u16 != path[i] {
                margin = margin.min(best - d.max_marginal(i, t));
            }
        }
    }
    if span.end < path.len() {
        margin = margin.min(best - d.max_marginal(span.end, inside as usize));
    }
    margin.max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_projection_and_misaligned_spans() {
        let text = "Jean-Luc Crucke visited New York.\nYork";
        let layer = TextLayer::new(text);
        let spans = [
            (Span::new(0, 15), Coarse::Per),
            (Span::new(24, 32), Coarse::Loc),
            (Span::new(0, 4), Coarse::Per), // inside a token
        ];
        let (tags, bad) = gold_tags(&layer, &spans);
        assert_eq!(tags, [1, 2, 0, 5, 6, 0, 0]);
        assert_eq!(bad, [Span::new(0, 4)]);
    }

    #[test]
    fn a_name_cut_by_a_sentence_boundary_restarts() {
        let text = "He met Ann\nLee there.";
        let layer = TextLayer::new(text);
        assert_eq!(layer.sentences.len(), 2);
        let (tags, _) = gold_tags(&layer, &[(Span::new(7, 14), Coarse::Per)]);
        assert_eq!(tags, [0, 0, 1, 1, 0, 0]);
    }

    #[test]
    fn a_model_with_other_tags_is_refused() {
        let names = ["O", "B-X", "I-X"];
        let t = crate::learn::Trainer::new(&names, 4, Allowed::bio(&names));
        assert!(Tagger::new(Model::quantize(&t.averaged(), 1)).is_err());
    }
}
