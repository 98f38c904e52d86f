//! Amounts: the number part of MONEY, PERCENT, QUANTITY and durations — digits ("220,000",
//! "3.5bn"), spelled-out numbers ("twenty-five"), magnitudes ("100 million"), ranges
//! ("5 to 10"), vague amounts ("hundreds of millions of"), and the words before an amount
//! that OntoNotes keeps in the entity ("about", "more than").

use crate::entities::phrases::{Phrases, WordSet};
use crate::lexicon::{embedded_list, word_set};
use crate::entities::words::Words;

embedded_list! {
    fn number_words() -> WordSet = word_set, "numbers.txt";
    fn magnitudes() -> WordSet = word_set, "magnitudes.txt";
    fn modifiers() -> Phrases = Phrases::new, "number-modifiers.txt";
}

/// A magnitude written as a word of its own ("million"); the one-letter suffixes ("m", "k")
/// only count when written onto the digits.
pub fn is_magnitude_word(word: &str) -> bool {
    word.len() > 2 && magnitudes().contains(word)
}

pub fn is_magnitude_suffix(suffix: &str) -> bool {
    magnitudes().contains(suffix)
}

/// Splits a number token into its digits ("3.5") and what is written onto them ("bn", "s",
/// "-19", "-kilometre"). None unless it starts with well-formed digits: commas and periods only
/// between digits.
pub fn split_digits(token: &str) -> Option<(&str, &str)> {
    let end = token.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(token.len());
    let mut core = &token[..end];
    // A period ending the token is not part of the number ("in 2018.").
    while core.ends_with('.') || core.ends_with(',') {
        core = &core[..core.len() - 1];
    }
    let valid = core.as_bytes().first().is_some_and(u8::is_ascii_digit)
        && !core.contains(",,")
        && !core.contains("..")
        && !core.contains(",.")
        && !core.contains(".,");
    valid.then(|| (core, &token[core.len()..]))
}

/// The value of a plain run of digits ("2018" → 2018); None with separators or over 9 digits.
pub fn integer(digits: &str) -> Option<u32> {
    (!digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok()).flatten()
}

/// A number phrase found at a token.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount<'t> {
    /// One past its last token.
    pub end: usize,
    /// Written with digits (else with words).
    pub digits: bool,
    /// Ends with a magnitude ("million", "3.5bn").
    pub magnitude: bool,
    /// What is written onto the last digit token after its number ("km", "-day", "%"), when
    /// that is not a magnitude.
    pub suffix: &'t str,
}

/// The amount starting at token `i`: digits or number words, an optional range, magnitudes.
pub fn amount<'t>(w: &Words<'t>, i: usize) -> Option<Amount<'t>> {
    if let Some(end) = vague_amount(w, i) {
        return Some(Amount { end, digits: false, magnitude: true, suffix: "" });
    }
    let first = core(w, i)?;
    let mut a = first;
    // A range of two amounts of the same kind: "5 to 10", "5-10" (one token), "between 5 and 10".
    if a.suffix.is_empty() && matches!(w.lower(a.end), "to" | "-" | "–" | "and" | "or") {
        if let Some(second) = core(w, a.end + 1).filter(|b| b.digits == a.digits) {
            a = second;
        }
    }
    if a.suffix.is_empty() {
        while is_magnitude_word(w.lower(a.end)) {
            a.end += 1;
            a.magnitude = true;
        }
    }
    Some(a)
}

/// One number: a digits token, or a run of number words ("twenty-five", "three hundred"),
/// or "a"/"several"/"a few" before a magnitude.
fn core<'t>(w: &Words<'t>, i: usize) -> Option<Amount<'t>> {
    if w.is_number(i) {
        let (_, suffix) = split_digits(w.raw(i))?;
        let magnitude = !suffix.is_empty() && is_magnitude_suffix(&suffix.to_ascii_lowercase());
        let suffix = if magnitude { "" } else { suffix };
        return Some(Amount { end: i + 1, digits: true, magnitude, suffix });
    }
    let lower = w.lower(i);
    let lead = match lower {
        "a" | "an" if w.lower(i + 1) == "few" => 2,
        "a" | "an" | "several" => 1,
        _ => 0,
    };
    if lead > 0 {
        let next = w.lower(i + lead);
        if is_magnitude_word(next) {
            return Some(Amount { end: i + lead, digits: false, magnitude: false, suffix: "" });
        }
        if !matches!(next, "hundred" | "dozen") {
            return None;
        }
    }
    let mut end = i + lead;
    while w.is_word(end) && is_number_word(w.lower(end)) {
        end += 1;
    }
    (end > i).then_some(Amount { end, digits: false, magnitude: false, suffix: "" })
}

/// A number word, also hyphenated ("twenty-five"), lower case.
pub fn is_number_word(word: &str) -> bool {
    word != "half" && word.split('-').all(|part| number_words().contains(part))
}

/// "millions of", "hundreds of millions of", "tens of thousands of": the end after the last "of".
fn vague_amount(w: &Words, i: usize) -> Option<usize> {
    let plural = |k: usize| {
        let word = w.lower(k);
        matches!(word, "tens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions" | "dozens")
    };
    if !(plural(i) && w.lower(i + 1) == "of") {
        return None;
    }
    let mut end = i + 2;
    if plural(end) && w.lower(end + 1) == "of" {
        end += 2;
    }
    Some(end)
}

/// Number of tokens of the words before an amount that belong to the entity ("more than").
pub fn modifier_len(w: &Words, i: usize) -> usize {
    modifiers().match_at(w, i).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextLayer;

    fn amount_text(text: &str) -> Option<String> {
        let layer = TextLayer::new(text);
        let w = Words::new(text, &layer);
        amount(&w, 0).map(|a| w.span(0, a.end).text(text).to_string())
    }

    #[test]
    fn digits_words_magnitudes_and_ranges() {
        assert_eq!(amount_text("220,000 square").as_deref(), Some("220,000"));
        assert_eq!(amount_text("100 million euros").as_deref(), Some("100 million"));
        assert_eq!(amount_text("3.5bn").as_deref(), Some("3.5bn"));
        assert_eq!(amount_text("twenty-five people").as_deref(), Some("twenty-five"));
        assert_eq!(amount_text("5 to 10 percent").as_deref(), Some("5 to 10"));
        assert_eq!(amount_text("hundreds of millions of dollars").as_deref(), Some("hundreds of millions of"));
        assert_eq!(amount_text("a few hundred").as_deref(), Some("a few hundred"));
        assert_eq!(amount_text("a million").as_deref(), Some("a million"));
        assert_eq!(amount_text("a day"), None);
        assert_eq!(amount_text("people"), None);
    }

    #[test]
    fn digit_splitting() {
        assert_eq!(split_digits("3.5bn"), Some(("3.5", "bn")));
        assert_eq!(split_digits("1990s"), Some(("1990", "s")));
        assert_eq!(split_digits("2018."), Some(("2018", ".")));
        assert_eq!(split_digits("1..2"), None);
        assert_eq!(integer("2018"), Some(2018));
        assert_eq!(integer("2,018"), None);
    }
}
