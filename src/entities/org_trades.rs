//! Names described by their trade (`org-trades.txt`). "Norvex, the carmaker, said ...": a name
//! in apposition to "the <...> carmaker" is an ORG, and one the tagger left out at a sentence's
//! start (where every word is capitalised) is added. A kind of organisation (`org-kinds.txt`)
//! retypes a name found: "Manos Limpias, an anti-corruption group with links to ...", "the
//! journal Nature Medicine", "farmers' association Coldiretti". "Carmaker Norvex said ...": the trade noun
//! that opens a sentence is no part of the name.

use super::gazetteer::{Class, Gazetteer};
use super::names::{add_names, Name};
use super::phrases::WordSet;
use super::tagger::Coarse;
use super::words::Words;
use crate::lexicon::{embedded_list, word_set};

embedded_list! {
    fn trades() -> WordSet = word_set, "org-trades.txt";
    fn kinds() -> WordSet = word_set, "org-kinds.txt";
}

/// The most words between the article and the trade noun ("the Detroit-based carmaker").
const MAX_MODIFIERS: usize = 3;
/// The most words of a name added before such an appositive.
const MAX_NAME_WORDS: usize = 4;

/// Whether an appositive "the|a <...> <trade>," starts at token `i` (the comma before it is
/// `i - 1`), closed by a comma: "…in Tianjin, the newspaper said" is an attribution.
fn trade_appositive(w: &Words, i: usize) -> bool {
    appositive_head_end(w, i, |word| trades().contains(word)).is_some_and(|end| w.raw(end) == ",")
}

/// Whether an appositive "the|a <...> <trade or kind of organisation>" that describes the
/// name before it starts at token `i`: closed by a comma, the sentence's end, or a phrase or
/// clause about it ("Manos Limpias, an anti-corruption group with links to the far right.");
/// only for a name already found, which the shape of a sentence-initial run does not give.
fn org_appositive(w: &Words, i: usize) -> bool {
    let end = appositive_head_end(w, i, |word| trades().contains(word) || kinds().contains(word));
    end.is_some_and(|end| matches!(w.raw(end), "," | "." | ";") || matches!(w.lower(end), "with" | "that" | "which" | "whose" | "based" | "founded" | "formed" | "known" | "led" | "backed" | "run" | "owned" | "controlled" | "headed" | "chaired"))
}

/// The token after the head noun of an appositive "the|a|an <at most three words> <head>"
/// opening at `i`.
fn appositive_head_end(w: &Words, i: usize, is_head: impl Fn(&str) -> bool) -> Option<usize> {
    if !matches!(w.lower(i), "the" | "a" | "an") {
        return None;
    }
    let end = (i + 1..=i + 1 + MAX_MODIFIERS).find(|&k| is_head(w.lower(k)))? + 1;
    (i + 1..end).all(|k| w.is_word(k)).then_some(end)
}

/// Words that open a sentence before a comma without being a name ("However, the company, ...").
fn is_sentence_adverb(word: &str) -> bool {
    word.ends_with("ly")
        || matches!(
            word,
            "however" | "meanwhile" | "yesterday" | "today" | "tomorrow" | "instead" | "still" | "earlier" | "later" | "now" | "also" | "then"
                | "overall" | "last" | "first" | "indeed" | "nevertheless" | "moreover" | "furthermore" | "elsewhere" | "here" | "there"
                | "thus" | "so" | "but" | "and" | "yet" | "since" | "separately" | "again" | "otherwise" | "therefore" | "besides"
                | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        )
}

/// Retypes, adds and trims names by their trade (names in text order; they stay so).
pub fn with_trades(w: &Words, names: &mut Vec<Name>) {
    // "Carmaker Norvex": the trade word opening the sentence.
    for n in names.iter_mut() {
        let s = n.tokens.start;
        if n.tokens.len() >= 2 && w.starts_sentence(s) && trades().contains(w.lower(s)) && w.is_capitalised(s + 1) {
            n.tokens.start = s + 1;
            n.coarse = Coarse::Org;
        }
    }
    // "the journal Nature Medicine", "the group Hamas", "farmers' association Coldiretti": the
    // kind, in lower case, right before the name.
    let gaz = Gazetteer::get();
    for n in names.iter_mut().filter(|n| n.coarse == Coarse::Per) {
        let s = n.tokens.start;
        let kind = s >= 1 && !w.is_capitalised(s - 1) && (trades().contains(w.lower(s - 1)) || kinds().contains(w.lower(s - 1)));
        if kind && gaz.classes_of(w.raw(s)) & Class::GivenName.bit() == 0 {
            n.coarse = Coarse::Org;
        }
    }
    let mut added: Vec<Name> = Vec::new();
    for comma in 1..w.len() {
        if w.raw(comma) != "," || !org_appositive(w, comma + 1) {
            continue;
        }
        // Names are in text order and do not overlap: the one ending at the comma, if any, is
        // the last that starts before it.
        let before = names.partition_point(|n| n.tokens.start < comma);
        if let Some(n) = before.checked_sub(1).and_then(|k| names.get_mut(k)).filter(|n| n.tokens.end == comma) {
            // A place a list knows keeps its type ("in Tianjin, the newspaper, ...").
            if Gazetteer::get().classes_of(w.span(n.tokens.start, n.tokens.end).text(w.text)) & Class::PLACES == 0 {
                n.coarse = Coarse::Org;
            }
            continue;
        }
        if !trade_appositive(w, comma + 1) {
            continue;
        }
        // A capitalised run from the sentence's start ("Norvex, the carmaker, said").
        let start = (comma.saturating_sub(MAX_NAME_WORDS)..comma).rev().take_while(|&k| w.is_capitalised(k) || w.is_all_caps(k)).last();
        let free = |s: usize| before.checked_sub(1).and_then(|k| names.get(k)).is_none_or(|n| n.tokens.end <= s);
        if let Some(start) = start.filter(|&s| w.starts_sentence(s) && free(s) && !is_sentence_adverb(w.lower(s))) {
            added.push(Name { tokens: start..comma, coarse: Coarse::Org, margin: 0.0 });
        }
    }
    add_names(names, added);
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn with(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, with_trades)
    }

    #[test]
    fn a_trade_makes_an_organisation() {
        assert_eq!(with("Norvex, the carmaker, said sales fell.", &[]), [org("Norvex")]);
        assert_eq!(with("Sales fell at Norvex, the Detroit-based carmaker, on Monday.", &[("Norvex", Coarse::Loc)]), [org("Norvex")]);
        assert_eq!(with("Carmaker Norvex said sales fell.", &[("Carmaker Norvex", Coarse::Org)]), [org("Norvex")]);
        assert_eq!(with("Kessel Marten, a small supplier, said prices rose.", &[]), [org("Kessel Marten")]);
        // A kind of organisation, and an appositive closed by a phrase about it.
        let text = "It followed a complaint by Manos Limpias, an anti-corruption group with links to the far right.";
        assert_eq!(with(text, &[("Manos Limpias", Coarse::Per)]), [org("Manos Limpias")]);
        assert_eq!(with("Shares of Kessel Marten, a supplier based in Ohio, fell.", &[("Kessel Marten", Coarse::Per)]), [org("Kessel Marten")]);
        assert_eq!(with("Berkshire Hathaway, the conglomerate run by Warren Buffett, gained.", &[("Berkshire Hathaway", Coarse::Per)]), [org("Berkshire Hathaway")]);
        // The kind right before the name.
        assert_eq!(with("It was published in the journal Nature Medicine.", &[("Nature Medicine", Coarse::Per)]), [org("Nature Medicine")]);
        assert_eq!(with("Farmers' association Coldiretti put the damage at 100 million euros.", &[("Coldiretti", Coarse::Per)]), [org("Coldiretti")]);
    }

    #[test]
    fn other_appositives_and_names_stay() {
        // A person's role, a trade noun not before a comma or the verb, mid-sentence words.
        assert_eq!(with("Anna Berg, the minister, said no.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(with("Anna Berg, the company's founder, said no.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(with("Anna Berg, a party member, said no.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(with("It was the group Anna Berg led.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        // A kind of organisation does not add a sentence-initial run as a trade does.
        assert!(with("Kessel Marten, a small group, said prices rose.", &[]).is_empty());
        // Sentence adverbs and an appositive not closed by a comma add nothing.
        assert!(with("Meanwhile, the company, which makes cars, said no.", &[]).is_empty());
        assert!(with("Yesterday, the company, a carmaker, said no.", &[]).is_empty());
        assert!(with("Berg Motors, the company said, will close.", &[]).is_empty());
        let text = "It opened a plant in Tianjin, the newspaper said.";
        assert_eq!(with(text, &[("Tianjin", Coarse::Loc)]), [named("Tianjin", Coarse::Loc)]);
    }
}
