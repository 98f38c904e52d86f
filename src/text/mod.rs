//! The text layer: tokens with byte spans, sentences and paragraphs.
//!
//! Everything later in the pipeline reads text through this layer, so it is built once
//! per input, in one linear pass each.

mod abbreviations;
mod sentences;
mod tokens;

pub(crate) use abbreviations::{is_party_tag, is_title};
pub use sentences::{dateline_end, paragraphs, sentences, Sentence};
pub use tokens::{tokenize, QuoteSide, Token, TokenKind};

use crate::span::Span;

/// Tokens, sentences and paragraphs of one input text.
#[derive(Clone, Debug, Default)]
pub struct TextLayer {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Span>,
}

impl TextLayer {
    pub fn new(text: &str) -> TextLayer {
        let tokens = tokenize(text);
        let sentences = sentences(text, &tokens);
        let paragraphs = paragraphs(text);
        TextLayer { tokens, sentences, paragraphs }
    }

    /// Index of the sentence holding token `i` (sentences cover all tokens, in order).
    pub fn sentence_of(&self, token: usize) -> usize {
        self.sentences
            .partition_point(|s| s.tokens.end <= token)
            .min(self.sentences.len().saturating_sub(1))
    }
}
