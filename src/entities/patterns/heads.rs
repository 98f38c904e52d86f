//! Capitalised names built around a head word, shared by LAW and EVENT: the run of
//! capitalised words (and years) before the head ("the 2019 European Regulation"), and the
//! "of"/"on" complement after it ("the Treaty of Lisbon").

use super::dates::year_at;
use crate::entities::words::Words;

/// Longest run of name words before a head, in tokens.
const MAX_RUN: usize = 8;

/// Function words, which a name of this kind never holds capitalised: they open a sentence
/// ("Under the Patriot Act") or a headline in capitals ("IN WORLD CUP").
fn sentence_function_word(word: &str) -> bool {
    matches!(
        word,
        "the" | "a" | "an" | "under" | "in" | "on" | "at" | "by" | "for" | "with" | "this" | "that" | "these"
            | "those" | "its" | "his" | "her" | "their" | "our" | "after" | "before" | "since" | "if" | "when"
            | "while" | "as" | "but" | "and" | "or" | "so" | "yet" | "from" | "to" | "of" | "without" | "despite"
    )
}

/// A word that can be part of a name: capitalised (not a sentence-opening function word),
/// a year, or an ordinal ("14th Amendment").
pub fn name_word(w: &Words, i: usize) -> bool {
    if w.is_capitalised(i) {
        // "IN" in an all-caps headline, "Under" opening a sentence; in a headline in
        // capitals, words of five letters or more are not a name's ("RESULTS OF ... GAMES").
        let headline = w.is_all_caps(i) && w.raw(i).chars().filter(|c| c.is_alphabetic()).count() >= 5;
        return !sentence_function_word(w.lower(i)) && !headline;
    }
    year_at(w, i) || (w.is_number(i) && matches!(w.lower(i).trim_start_matches(|c: char| c.is_ascii_digit()), "st" | "nd" | "rd" | "th"))
}

/// The first token of the name words before token `head` (exclusive of any "the"), when there
/// is at least one; "of", "and", "for", "on" may join two name words.
pub fn run_before(w: &Words, head: usize) -> Option<usize> {
    let mut start = head;
    let mut k = head;
    while k > 0 && head - k < MAX_RUN && !w.starts_sentence(k) {
        let p = k - 1;
        if name_word(w, p) && !w.is_possessive(p) {
            k = p;
            start = p;
        } else if matches!(w.lower(p), "of" | "and" | "for" | "on" | "&") && p > 0 && name_word(w, p - 1) {
            k = p;
        } else {
            break;
        }
    }
    (start < head).then_some(start)
}

/// The end (exclusive) of an "of"/"on" complement after token `head`: "of Lisbon", "on the
/// Rights of the Child", "of 1964".
pub fn complement_after(w: &Words, head: usize) -> Option<usize> {
    if !matches!(w.lower(head + 1), "of" | "on") {
        return None;
    }
    let mut k = head + 2;
    if w.lower(k) == "the" {
        k += 1;
    }
    let mut end = None;
    while k < head + 2 + 2 * MAX_RUN {
        if name_word(w, k) && !w.is_possessive(k) {
            k += 1;
            end = Some(k);
        } else if end.is_some() && matches!(w.lower(k), "of" | "the" | "and" | "on" | "for") && {
            let next = if w.lower(k + 1) == "the" { k + 2 } else { k + 1 };
            name_word(w, next)
        } {
            k += 1;
        } else {
            break;
        }
    }
    end
}

/// Whether the name goes on after token `end - 1`: a name word, or a connector and a name
/// word ("the State Law and Order Council", "Law School").
pub fn continues(w: &Words, end: usize) -> bool {
    name_word(w, end) || (matches!(w.lower(end), "and" | "of" | "for" | "&") && name_word(w, end + 1))
}

/// Includes a "the" just before `start`.
pub fn with_article(w: &Words, start: usize) -> usize {
    if start > 0 && w.lower(start - 1) == "the" {
        start - 1
    } else {
        start
    }
}
