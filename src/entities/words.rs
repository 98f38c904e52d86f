//! A view of one text's tokens for the pattern matchers: lower-case forms (kept in one buffer,
//! not one allocation per token), capitalisation, spacing and sentence starts.

use crate::span::Span;
use crate::text::{QuoteSide, TextLayer, Token, TokenKind};

pub struct Words<'t> {
    pub text: &'t str,
    pub tokens: &'t [Token],
    /// Lower-case forms of all tokens, one after another.
    lower: String,
    /// End offset in `lower` of each token's form; token `i` starts where `i - 1` ends.
    ends: Vec<usize>,
    /// Whether token `i` is the first of its sentence.
    first: Vec<bool>,
}

impl<'t> Words<'t> {
    pub fn new(text: &'t str, layer: &'t TextLayer) -> Words<'t> {
        let tokens = &layer.tokens[..];
        let mut lower = String::with_capacity(text.len());
        let mut ends = Vec::with_capacity(tokens.len());
        for t in tokens {
            let s = t.text(text);
            if s.is_ascii() {
                lower.extend(s.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else {
                lower.extend(s.chars().flat_map(char::to_lowercase));
            }
            ends.push(lower.len());
        }
        let mut first = vec![false; tokens.len()];
        for s in &layer.sentences {
            if let Some(f) = first.get_mut(s.tokens.start) {
                *f = true;
            }
        }
        Words { text, tokens, lower, ends, first }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// The token's text as written; "" past the end.
    pub fn raw(&self, i: usize) -> &'t str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }

    /// The token's lower-case form; "" past the end.
    pub fn lower(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends.get(i - 1).copied().unwrap_or(usize::MAX) };
        let end = self.ends.get(i).copied().unwrap_or(0);
        self.lower.get(start..end).unwrap_or("")
    }

    pub fn kind(&self, i: usize) -> Option<TokenKind> {
        self.tokens.get(i).map(|t| t.kind)
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    /// A word starting with a capital letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.raw(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// A word with no lower-case letter and at least two letters ("NSA", "G20" counts via digits).
    pub fn is_all_caps(&self, i: usize) -> bool {
        let s = self.raw(i);
        self.is_word(i) && !s.chars().any(char::is_lowercase) && s.chars().filter(|c| c.is_alphanumeric()).count() >= 2
    }

    /// Whether token `i` is the first of its sentence.
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.first.get(i).copied().unwrap_or(false)
    }

    /// Whether word `i` is capitalised for its place: it starts a sentence, or a quotation
    /// (“That's ...”, "tweeting, “Notice ...").
    pub fn opens_sentence(&self, i: usize) -> bool {
        self.starts_sentence(i) || (i > 0 && matches!(self.kind(i - 1), Some(TokenKind::Quote(QuoteSide::Open))))
    }

    /// Whether tokens `from..to` lie in one sentence.
    pub fn one_sentence(&self, from: usize, to: usize) -> bool {
        !(from + 1..to).any(|i| self.starts_sentence(i))
    }

    /// Whether token `i` follows token `i - 1` with no space between them.
    pub fn joined(&self, i: usize) -> bool {
        match (i.checked_sub(1).and_then(|p| self.tokens.get(p)), self.tokens.get(i)) {
            (Some(a), Some(b)) => a.span.end == b.span.start,
            _ => false,
        }
    }

    /// The span from the start of token `from` to the end of token `to - 1`.
    pub fn span(&self, from: usize, to: usize) -> Span {
        match (self.tokens.get(from), to.checked_sub(1).and_then(|l| self.tokens.get(l))) {
            (Some(a), Some(b)) if from < to => Span::new(a.span.start, b.span.end),
            _ => Span::default(),
        }
    }

    /// The words the text writes in lower case (somewhere): a capitalised mention of one of
    /// them may be a word opening a sentence rather than a name.
    pub fn lower_case_words(&self) -> std::collections::HashSet<&'t str> {
        (0..self.len()).filter(|&i| self.is_word(i) && !self.is_capitalised(i)).map(|i| self.raw(i)).collect()
    }

    /// Whether token `i` is the possessive clitic ("'s", "’s").
    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.lower(i), "'s" | "’s" | "ʼs")
    }
}
