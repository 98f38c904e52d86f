//! Sentence and paragraph boundaries.

use std::ops::Range;

use super::abbreviations::is_title;
use super::tokens::{QuoteSide, Token, TokenKind};
use crate::span::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Indices into the token list.
    pub tokens: Range<usize>,
}

/// Splits the tokens into sentences: after `.`, `!`, `?` (with any closing quotes and
/// brackets that follow) when the next token starts a sentence, and at line breaks unless
/// the next line continues in lower case (hard-wrapped text). Titles ("Mr.") never end one.
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i + 1;
        let mut split = false;
        let t = tokens[i];
        let s = t.text(text);
        // Full-width stops (CJK) end a sentence with no space after them.
        let full_width = t.kind == TokenKind::Punct && s.chars().all(|c| matches!(c, '。' | '！' | '？' | '｡'));
        let terminal = full_width
            || t.kind == TokenKind::Punct && s.chars().all(|c| matches!(c, '.' | '!' | '?' | '…'))
            || (t.kind == TokenKind::Word && s.ends_with('.') && s.len() > 2 && !is_title(&s[..s.len() - 1]));
        if terminal {
            // Closing quotes and brackets stay with the sentence they close.
            while end < tokens.len() && closes(text, &tokens[end]) && !gap_has_newline(text, &tokens[end - 1], &tokens[end]) {
                end += 1;
            }
            split = match tokens.get(end) {
                None => true,
                Some(next) => {
                    let spaced = full_width || tokens[end - 1].span.end < next.span.start;
                    // An abbreviation ending in a period ("U.S.") ends a sentence only before a
                    // line break or a word that could not continue it.
                    let abbreviation = t.kind == TokenKind::Word;
                    spaced && starts_sentence(text, next) && (!abbreviation || gap_has_newline(text, &tokens[end - 1], next))
                }
            };
        }
        if !split {
            if let Some(next) = tokens.get(end) {
                if gap_has_newline(text, &tokens[end - 1], next) && !continues_line(text, next) {
                    split = true;
                }
            }
        }
        if split || end >= tokens.len() {
            out.push(Sentence { span: Span::new(tokens[start].span.start, tokens[end - 1].span.end), tokens: start..end });
            start = end;
        }
        i = end;
    }
    out
}

/// The most tokens of a dateline before its dash ("SAN JOSE, Costa Rica (AP) —").
const DATELINE_TOKENS: usize = 12;

/// The end (after the dash) of a wire story's dateline at token `start`: a place in capitals,
/// then words, a date, commas and a bracketed agency or a newswire between slashes, then a dash
/// and a capital: "LUSAKA, Zambia (AP) — Maize prices ...", "KYIV, Nov 26 (Reuters) - Ukraine's
/// air force ...", "WASHINGTON — The Senate ...", "LONDON, 12 March 2025 /PRNewswire/ -- Acme".
/// It stays part of its sentence (the claim models were trained on sentences so split); what a
/// claim reports starts after it.
pub fn dateline_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let capitals = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word) && word(i).chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word(i).chars().any(char::is_lowercase);
    if !capitals(start) {
        return None;
    }
    let dash = (start + 1..(start + DATELINE_TOKENS).min(tokens.len())).find(|&i| matches!(word(i), "—" | "–" | "-" | "--" | "―"))?;
    let fits = (start + 1..dash).all(|i| match tokens[i].kind {
        TokenKind::Word => word(i).chars().next().is_some_and(char::is_uppercase),
        // "/PRNewswire/": a newswire between slashes.
        TokenKind::Punct => matches!(word(i), "," | "(" | ")" | "." | "/"),
        // A date: "KYIV, Nov 26 (Reuters) -".
        TokenKind::Number => word(i).len() <= 4 && word(i).chars().all(|c| c.is_ascii_digit()),
        _ => false,
    });
    // A hyphen also follows a section's name in capitals ("SOCCER - ROTOR FANS LOCKED OUT"):
    // after a hyphen, only a dateline with a comma or an agency.
    let marked = word(dash) != "-" || (start + 1..dash).any(|i| matches!(word(i), "," | "("));
    let spaced = tokens.get(dash + 1).is_some_and(|next| tokens[dash].span.start > tokens[dash - 1].span.end && next.span.start > tokens[dash].span.end);
    (fits && marked && spaced && tokens.get(dash + 1).is_some_and(|t| starts_sentence(text, t))).then_some(dash + 1)
}

fn closes(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Quote(side) => side != QuoteSide::Open,
        TokenKind::Punct => matches!(t.text(text), ")" | "]" | "}"),
        _ => false,
    }
}

fn starts_sentence(text: &str, t: &Token) -> bool {
    match t.kind {
        TokenKind::Word => t.text(text).chars().next().is_some_and(|c| !c.is_lowercase()),
        TokenKind::Number | TokenKind::Quote(_) => true,
        TokenKind::Punct => matches!(t.text(text), "(" | "[" | "-" | "—" | "–" | "•" | "*"),
    }
}

fn continues_line(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && t.text(text).chars().next().is_some_and(char::is_lowercase)
}

fn gap_has_newline(text: &str, a: &Token, b: &Token) -> bool {
    text.get(a.span.end..b.span.start).is_some_and(|gap| gap.contains(['\n', '\r', '\u{2028}', '\u{2029}']))
}

/// Paragraphs: runs of text separated by line breaks, trimmed, never empty.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    let mut last_non_space = 0;
    for (i, c) in text.char_indices() {
        if matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}') {
            if let Some(s) = start.take() {
                out.push(Span::new(s, last_non_space));
            }
        } else if !c.is_whitespace() {
            start.get_or_insert(i);
            last_non_space = i + c.len_utf8();
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, last_non_space));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokenize;
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text, &tokenize(text)).iter().map(|s| s.span.text(text)).collect()
    }

    #[test]
    fn abbreviations_decimals_and_initials() {
        assert_eq!(
            split("Mr. Smith paid 3.5 million on Jan. 5. J. R. Tolkien met the U.S. ambassador. Done!"),
            ["Mr. Smith paid 3.5 million on Jan. 5.", "J. R. Tolkien met the U.S. ambassador.", "Done!"]
        );
    }

    #[test]
    fn datelines() {
        let after = |text: &'static str| {
            let tokens = tokenize(text);
            dateline_end(text, &tokens, 0).map(|e| &text[tokens[e].span.start..])
        };
        assert_eq!(after("LUSAKA, Zambia (AP) — Prices rose, the board said."), Some("Prices rose, the board said."));
        assert_eq!(after("BRUSSELS (Reuters) - The fine stands."), Some("The fine stands."));
        assert_eq!(after("WASHINGTON — The Senate voted."), Some("The Senate voted."));
        assert_eq!(after("KYIV, Nov 26 (Reuters) - Ukraine's air force said."), Some("Ukraine's air force said."));
        assert_eq!(after("LONDON, 12 March 2025 /PRNewswire/ -- Acme Ltd today announced."), Some("Acme Ltd today announced."));
        // Capitals that are no dateline: an acronym opening a sentence, a hyphenated word, a
        // section's name and a hyphen (a headline).
        assert_eq!(after("NATO troops - and others - left."), None);
        assert_eq!(after("EU-wide rules apply."), None);
        assert_eq!(after("SOCCER - ROTOR FANS LOCKED OUT."), None);
        assert_eq!(after("SOCCER 1996 - JAPAN WIN."), None);
    }

    #[test]
    fn full_width_stops_need_no_space() {
        assert_eq!(split("中文句子。第二句！Third one."), ["中文句子。", "第二句！", "Third one."]);
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(split("He said, “No.” Then he left."), ["He said, “No.”", "Then he left."]);
    }

    #[test]
    fn line_breaks_end_headlines_but_not_wrapped_lines() {
        assert_eq!(split("Headline here\nThe story starts\nand goes on."), ["Headline here", "The story starts\nand goes on."]);
    }

    #[test]
    fn paragraphs_skip_blank_lines() {
        let text = " One.\n\n  Two \r\nThree";
        let p: Vec<_> = paragraphs(text).iter().map(|s| s.text(text)).collect();
        assert_eq!(p, ["One.", "Two", "Three"]);
    }
}
