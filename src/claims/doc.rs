//! What every claim-finding step reads about one text, computed once: lower-cased tokens,
//! quotations, reporting cues, and the sentence and paragraph of each token.

use std::ops::Range;

use super::attribution::{is_listed_helper, is_ly_adverb};
use super::cues::{CueMatch, Cues};
use super::quotes::{find_quotes, quote_of_token, Quote};
use crate::text::{Token, TokenKind, TextLayer};

pub struct Doc<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub lower: Vec<String>,
    pub quotes: Vec<Quote>,
    /// For each token, the non-nested quotation holding it.
    pub quote_of: Vec<Option<usize>>,
    pub cues: Vec<CueMatch>,
    /// For each token, the cue match holding it.
    pub cue_of: Vec<Option<usize>>,
    /// For each token, its sentence's token range.
    pub sentence: Vec<Range<usize>>,
    /// Paragraphs as token ranges, in order, covering every token.
    pub paragraphs: Vec<Range<usize>>,
    /// `words_before[i]`: how many word and number tokens come before token `i` (one more
    /// entry than tokens), so that counting the words of any range takes constant time.
    words_before: Vec<usize>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, layer: &'a TextLayer, cues: &Cues) -> Doc<'a> {
        let tokens = &layer.tokens[..];
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        let quotes = find_quotes(text, tokens, &layer.paragraphs);
        let quote_of = quote_of_token(tokens.len(), &quotes);
        let found = cues.find_all(&lower, tokens);
        let mut cue_of = vec![None; tokens.len()];
        for (k, m) in found.iter().enumerate() {
            for slot in cue_of.get_mut(m.tokens.clone()).into_iter().flatten() {
                *slot = Some(k);
            }
        }
        let mut sentence = vec![0..0; tokens.len()];
        for s in &layer.sentences {
            for slot in sentence.get_mut(s.tokens.clone()).into_iter().flatten() {
                *slot = s.tokens.clone();
            }
        }
        let mut words_before = Vec::with_capacity(tokens.len() + 1);
        let mut words = 0;
        words_before.push(0);
        for t in tokens {
            words += usize::from(matches!(t.kind, TokenKind::Word | TokenKind::Number));
            words_before.push(words);
        }
        let paragraphs = paragraph_tokens(tokens, &layer.paragraphs, &sentence);
        Doc { text, tokens, lower, quotes, quote_of, cues: found, cue_of, sentence, paragraphs, words_before }
    }

    /// How many word and number tokens the token range holds.
    pub fn words_in(&self, r: Range<usize>) -> usize {
        let at = |i: usize| self.words_before.get(i.min(self.tokens.len())).copied().unwrap_or(0);
        at(r.end).saturating_sub(at(r.start))
    }

    /// The index in `paragraphs` of the paragraph holding token `i` (their number past the end).
    pub fn paragraph_of(&self, i: usize) -> usize {
        self.paragraphs.partition_point(|p| p.end <= i)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn word(&self, i: usize) -> &str {
        self.lower.get(i).map_or("", String::as_str)
    }

    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && self.word(i) == p
    }

    /// Whether token `i` is a word that starts with a capital.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.is_word() && t.text(self.text).chars().next().is_some_and(char::is_uppercase))
    }

    /// Whether token `i` can stand between a subject and its reporting verb ("has also said",
    /// "reportedly"): a capitalised word in "-ly" is a name, not an adverb ("Mrs. Schlafly"),
    /// and some are nouns ("his family said").
    pub fn is_helper(&self, i: usize) -> bool {
        let w = self.word(i);
        self.tokens.get(i).is_some_and(|t| t.is_word()) && (is_listed_helper(w) || (is_ly_adverb(w) && !self.is_capitalised(i) && !is_ly_noun(w)))
    }

    /// Whether token `i` is part of a listed cue (`cues.txt`).
    pub fn is_cue(&self, i: usize) -> bool {
        self.cue_of.get(i).copied().flatten().is_some()
    }

    /// Whether token `i` is part of a listed cue that is not weak ("said", not "~think").
    pub fn is_strong_cue(&self, i: usize) -> bool {
        self.cue_of.get(i).copied().flatten().and_then(|m| self.cues.get(m)).is_some_and(|m| !m.weak)
    }

    pub fn is_quote(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Quote(_)))
    }

    /// The non-nested quotation opening at token `i`, if one does.
    pub fn quote_opening_at(&self, i: usize) -> Option<&Quote> {
        let q = self.quotes.get(self.quote_of.get(i).copied().flatten()?)?;
        (q.tokens.start == i).then_some(q)
    }

    /// The non-nested quotation closing at token `i` (its last token), if one does.
    pub fn quote_closing_at(&self, i: usize) -> Option<&Quote> {
        let q = self.quotes.get(self.quote_of.get(i).copied().flatten()?)?;
        (q.tokens.end == i + 1).then_some(q)
    }

    /// Whether token `i` ends a sentence: `.`, `!`, `?` (or `…`).
    pub fn is_terminal(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
            && self.word(i).chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
    }
}

/// Nouns in "-ly" that name a speaker or stand in a subject ("his family", "an ally", "the
/// assembly", "the weekly"), not adverbs.
fn is_ly_noun(w: &str) -> bool {
    matches!(w, "family" | "ally" | "rally" | "assembly" | "supply" | "reply" | "monopoly" | "anomaly" | "tally" | "bully" | "daily" | "weekly" | "monthly" | "quarterly")
}

#[cfg(test)]
impl Doc<'_> {
    /// The first token whose lower-case form is `word` (tests only: panics without one).
    pub fn first(&self, word: &str) -> usize {
        (0..self.len()).find(|&i| self.word(i) == word).unwrap()
    }

    /// The text of the tokens `r`.
    pub fn text_of(&self, r: &Range<usize>) -> &str {
        self.tokens[r.start].span.cover(self.tokens[r.end - 1].span).text(self.text)
    }

    /// An attribution as text: (source, cue, content fragments joined by " … "), "" for a
    /// missing part.
    pub fn parts(&self, a: &super::attribution::Attribution) -> (String, String, String) {
        let part = |r: &Option<Range<usize>>| r.as_ref().map_or(String::new(), |r| self.text_of(r).to_string());
        (part(&a.source), part(&a.cue), a.content.iter().map(|r| self.text_of(r)).collect::<Vec<_>>().join(" … "))
    }
}

/// The attributions a rule that adds to a list adds on `text` alone (tests only), as
/// [`Doc::parts`].
#[cfg(test)]
pub fn added_by(text: &str, rule: impl FnOnce(&Doc, &mut Vec<super::attribution::Attribution>)) -> Vec<(String, String, String)> {
    let layer = crate::text::TextLayer::new(text);
    let doc = Doc::new(text, &layer, super::cues::Cues::shared());
    let mut found = Vec::new();
    rule(&doc, &mut found);
    found.iter().map(|a| doc.parts(a)).collect()
}

/// The most tokens the models read as one paragraph. News paragraphs hold a few hundred; a
/// pasted text without line breaks is cut (at a sentence end where one is near) so that the
/// per-token features kept for a paragraph stay bounded.
const MAX_PARAGRAPH_TOKENS: usize = 2_000;

/// Paragraphs as token ranges; tokens between paragraphs (none in practice) join the next one.
fn paragraph_tokens(tokens: &[Token], paragraphs: &[crate::span::Span], sentence: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(paragraphs.len());
    let mut push = |mut r: Range<usize>| {
        while r.len() > MAX_PARAGRAPH_TOKENS {
            let cap = r.start + MAX_PARAGRAPH_TOKENS;
            // The start of the sentence holding the cap, when that leaves at least half a chunk.
            let cut = sentence.get(cap).map_or(cap, |s| s.start).max(r.start + MAX_PARAGRAPH_TOKENS / 2);
            out.push(r.start..cut);
            r.start = cut;
        }
        out.push(r);
    };
    let mut start = 0;
    for p in paragraphs {
        let end = start + tokens.get(start..).map_or(0, |rest| rest.partition_point(|t| t.span.start < p.end));
        if end > start {
            push(start..end);
            start = end;
        }
    }
    if start < tokens.len() {
        push(start..tokens.len());
    }
    out
}
