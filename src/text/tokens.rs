//! Tokens with byte spans: words (with their internal hyphens, apostrophes and periods),
//! numbers, quote marks and other punctuation. Whitespace is not a token.

use super::abbreviations::takes_period;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with digits, hyphens, apostrophes or periods inside ("Jean-Luc", "U.S.").
    Word,
    /// Starts with a digit: "2018", "220,000", "3.5bn", "12.5", "1996-08-30".
    Number,
    /// A quotation mark (not an apostrophe inside or at the end of a word).
    Quote(QuoteSide),
    /// Any other non-space character, or a run of the same one ("...", "--").
    Punct,
}

/// What a quote mark's shape and neighbours say about it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteSide {
    Open,
    Close,
    /// A straight `"` or `'` between two spaces, or between two words.
    Either,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.text(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Marks that open or close quotations. `’` and `'` are quotes only when not apostrophes.
pub fn is_quote_char(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‹' | '›' | '‘' | '’' | '‚' | '\'' | '`' | '＂')
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Combining marks stay with the letter they modify.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
        || c == '\u{200D}'
        || c == '\u{FE0F}'
}

/// The char starting at byte `b`; None at the end (or off a char boundary, which never happens).
fn char_at(text: &str, b: usize) -> Option<char> {
    text.get(b..).and_then(|rest| rest.chars().next())
}

/// The char ending at byte `b`.
fn char_before(text: &str, b: usize) -> Option<char> {
    text.get(..b).and_then(|head| head.chars().next_back())
}

/// Splits `text` into tokens, in order, never overlapping, each on char boundaries.
///
/// Works on byte offsets directly, decoding a char where it looks at one: no per-char table,
/// so memory stays proportional to the number of tokens (a table of chars costs 16 bytes per
/// char, and on a 1 MB input the page faults of that alone took longer than tokenizing).
pub fn tokenize(text: &str) -> Vec<Token> {
    let at = |b: usize| char_at(text, b);
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    while let Some(c) = at(i) {
        let after = i + c.len_utf8();
        if c.is_whitespace() || c.is_control() {
            i = after;
            continue;
        }
        if word_char(c) {
            let start = i;
            let mut j = after;
            let mut prev = c;
            // Extend over word characters and single joiners between word characters.
            while let Some(d) = at(j) {
                if word_char(d) {
                    j += d.len_utf8();
                    prev = d;
                    continue;
                }
                let joiner = is_hyphen(d) || d == '.' || d == '&' || d == ',' || d == '/' || is_apostrophe(d);
                let Some(next) = at(j + d.len_utf8()).filter(|&n| joiner && word_char(n)) else { break };
                // Commas and slashes join digits only ("220,000", "1/2"); "&" joins
                // capitals ("AT&T"); an apostrophe before "s " is a possessive.
                let joins = match d {
                    ',' | '/' => prev.is_ascii_digit() && next.is_ascii_digit(),
                    '&' => prev.is_uppercase() && next.is_uppercase(),
                    _ if is_apostrophe(d) => clitic_len(text, j).is_none(),
                    _ => true,
                };
                if !joins {
                    break;
                }
                j += d.len_utf8() + next.len_utf8();
                prev = next;
            }
            // "n't" belongs to its own token, as in the treebank ("does" + "n't").
            let word = text.get(start..j).unwrap_or("");
            let mut end = j;
            if let Some(stem) = word.strip_suffix("n't").or_else(|| word.strip_suffix("n’t")) {
                if !stem.is_empty() {
                    end = start + stem.len();
                }
            }
            // A trailing period belongs to abbreviations and initialisms ("Mr.", "U.S.", "J.").
            // "No. 5": "No" is an abbreviation only before a number.
            if end == j && at(j) == Some('.') {
                let numbered = matches!(word, "No" | "no" | "Nos" | "nos")
                    && at(j + 1).is_some_and(|w| w.is_whitespace() && at(j + 1 + w.len_utf8()).is_some_and(|d| d.is_ascii_digit()));
                // "wrote on X.": a platform named by one letter ends the sentence; an initial
                // follows a name or a verb, not "on" ("said on J. Smith's show" is rare).
                let platform = word.len() == 1 && tokens.last().is_some_and(|t: &Token| matches!(t.text(text), "on" | "via"));
                if (keeps_period(word) && !platform) || numbered {
                    end = j + 1;
                }
            }
            let kind = if c.is_numeric() { TokenKind::Number } else { TokenKind::Word };
            tokens.push(Token { span: Span::new(start, end), kind });
            i = end;
            continue;
        }
        if is_apostrophe(c) {
            // Possessive or contraction: "'s", "'re", "’90s".
            if let Some(len) = clitic_len(text, i).filter(|_| char_before(text, i).is_some_and(word_char)) {
                tokens.push(Token { span: Span::new(i, i + len), kind: TokenKind::Word });
                i += len;
                continue;
            }
            if at(after).is_some_and(|d| d.is_ascii_digit()) && at(after + 1).is_some_and(|d| d.is_ascii_digit()) {
                let mut j = after;
                while let Some(d) = at(j).filter(|&d| word_char(d)) {
                    j += d.len_utf8();
                }
                tokens.push(Token { span: Span::new(i, j), kind: TokenKind::Number });
                i = j;
                continue;
            }
        }
        if is_quote_char(c) {
            let side = quote_side(c, char_before(text, i), at(after));
            // Doubled ASCII marks `` and '' are one quote mark.
            let end = if (c == '`' || c == '\'') && at(after) == Some(c) { after + 1 } else { after };
            tokens.push(Token { span: Span::new(i, end), kind: TokenKind::Quote(side) });
            i = end;
            continue;
        }
        // Other punctuation: runs of the same char are one token ("...", "--", "!!").
        let mut j = after;
        while at(j) == Some(c) && !c.is_alphanumeric() {
            j += c.len_utf8();
        }
        tokens.push(Token { span: Span::new(i, j), kind: TokenKind::Punct });
        i = j;
    }
    tokens
}

/// The length in bytes of the clitic ("'s", "'re", "'ve", "'ll", "'d", "'m") that the
/// apostrophe at byte `j` starts, when it ends at a non-word character.
fn clitic_len(text: &str, j: usize) -> Option<usize> {
    let apostrophe = char_at(text, j)?.len_utf8();
    let letters = j + apostrophe;
    let rest = |k: usize| char_at(text, letters + k).map(|c| c.to_ascii_lowercase());
    // The clitic's letters are ASCII, one byte each.
    let ends = |k: usize| !char_at(text, letters + k).is_some_and(word_char);
    match (rest(0), rest(1)) {
        (Some('s' | 'd' | 'm'), _) if ends(1) => Some(apostrophe + 1),
        (Some('r'), Some('e')) | (Some('v'), Some('e')) | (Some('l'), Some('l')) if ends(2) => Some(apostrophe + 2),
        _ => None,
    }
}

fn keeps_period(word: &str) -> bool {
    let mut letters = 0;
    let initialism = word.split('.').all(|part| {
        letters += 1;
        part.chars().count() == 1 && part.chars().all(char::is_alphabetic)
    });
    (initialism && letters >= 1 && word.chars().next().is_some_and(char::is_uppercase)) || takes_period(word)
}

fn quote_side(c: char, before: Option<char>, after: Option<char>) -> QuoteSide {
    match c {
        '“' | '„' | '‟' | '‘' | '‚' | '`' => return QuoteSide::Open,
        '”' | '’' => return QuoteSide::Close,
        _ => {}
    }
    let space_before = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | '{' | '—' | '–'));
    let space_after = after.is_none_or(|a| a.is_whitespace() || matches!(a, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '—' | '–'));
    match c {
        // Guillemets point the other way in some languages; the neighbours decide.
        '«' | '‹' | '»' | '›' | '"' | '\'' | '＂' => match (space_before, space_after) {
            (true, false) => QuoteSide::Open,
            (false, true) => QuoteSide::Close,
            _ if c == '«' || c == '‹' => QuoteSide::Open,
            _ if c == '»' || c == '›' => QuoteSide::Close,
            _ => QuoteSide::Either,
        },
        _ => QuoteSide::Either,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            words("Jean-Luc Crucke paid $3.5bn (220,000 sq. m) in the U.S. today."),
            ["Jean-Luc", "Crucke", "paid", "$", "3.5bn", "(", "220,000", "sq.", "m", ")", "in", "the", "U.S.", "today", "."]
        );
    }

    #[test]
    fn possessives_and_contractions() {
        assert_eq!(words("Belgium’s minister doesn't"), ["Belgium", "’s", "minister", "does", "n't"]);
        assert_eq!(words("O'Brien’s ’90s"), ["O'Brien", "’s", "’90s"]);
    }

    #[test]
    fn a_one_letter_platform_leaves_its_period() {
        assert_eq!(words("he wrote on X. Then"), ["he", "wrote", "on", "X", ".", "Then"]);
        assert_eq!(words("posted via X."), ["posted", "via", "X", "."]);
        assert_eq!(words("by J. Smith"), ["by", "J.", "Smith"]);
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(words("Mr. J. Smith, Inc."), ["Mr.", "J.", "Smith", ",", "Inc."]);
    }

    #[test]
    fn quote_marks_and_sides() {
        let text = "He said “yes” and \"no\" and «oui».";
        let quotes: Vec<_> = tokenize(text)
            .into_iter()
            .filter_map(|t| match t.kind {
                TokenKind::Quote(s) => Some((t.text(text), s)),
                _ => None,
            })
            .collect();
        use QuoteSide::*;
        assert_eq!(quotes, [("“", Open), ("”", Close), ("\"", Open), ("\"", Close), ("«", Open), ("»", Close)]);
    }

    #[test]
    fn spans_are_ordered_and_on_boundaries() {
        let text = "a😀é中b \u{0301}x \"\" ’";
        let mut last = 0;
        for t in tokenize(text) {
            assert!(t.span.start >= last && t.span.end > t.span.start);
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            last = t.span.end;
        }
    }
}
