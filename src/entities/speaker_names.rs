//! "Trump said the deal was dead.": a lone capitalised word that opens a sentence, or follows a
//! quotation, before a verb of saying (or before a phrase set off by commas and then that verb:
//! "Macron, speaking in Berlin, said") names the speaker. The tagger, trained on 1996 Reuters
//! text, knows few of today's surnames and trusts a sentence's first capital little; in an
//! article the full name given first fixes later mentions (`surnames.rs`), but a pasted
//! paragraph may open with the surname alone. Such a word is a person's name, and so are its
//! other capitalised mentions the tagger left untagged, unless the sentence goes on with "it"
//! or "its" (a company: "Pfizer said it would ..."), or the word is something else: a pronoun,
//! determiner or adverb, a word the text also writes in lower case ("Police said ... the
//! police"), a plural ("Officials", "Critics"), a listed place, organisation or people, a
//! weekday or month, a brand's inner capital ("PolitiFact"), or a word that is never a name
//! alone.

use std::collections::HashSet;

use super::calendar::{months, weekdays};
use super::fine::is_never_a_name;
use super::gazetteer::{Class, Gazetteer};
use super::leading_words::is_opener;
use super::names::{add_names, covered_tokens, Name};
use super::tagger::Coarse;
use super::words::Words;
use crate::text::{QuoteSide, TokenKind};

/// Verbs of saying that follow their speaker.
fn is_saying(word: &str) -> bool {
    matches!(
        word,
        "said" | "says" | "told" | "tells" | "added" | "adds" | "wrote" | "writes" | "argued" | "argues" | "insisted" | "insists"
            | "warned" | "warns" | "tweeted" | "claimed" | "stressed" | "noted" | "explained" | "replied" | "declared"
            | "acknowledged" | "admitted" | "recalled" | "commented" | "responded"
    )
}

/// Whether a verb of saying is word `i`, or follows it when that is a helper or an adverb
/// ("Trump has said", "Putin had repeatedly warned", "Sunak also said", "Putin has not commented").
fn says_next(w: &Words, i: usize) -> bool {
    let helper = matches!(w.lower(i), "has" | "had" | "also" | "later" | "previously" | "then" | "again" | "once" | "publicly" | "repeatedly");
    is_saying(w.lower(i)) || helper && (is_saying(w.lower(i + 1)) || matches!(w.lower(i + 1), "also" | "repeatedly" | "publicly" | "not" | "never") && is_saying(w.lower(i + 2)))
}

/// Words that open a sentence before a verb of saying without naming anyone, besides the
/// conjunctions, adverbs and quantifiers that open one before a name (`leading_words.rs`).
fn is_function_word(word: &str) -> bool {
    is_opener(word)
        || matches!(
            word,
            "he" | "she" | "it" | "they" | "we" | "i" | "you" | "this" | "that" | "these" | "those" | "who" | "what" | "which" | "there"
                | "here" | "one" | "another" | "each" | "either" | "neither" | "everyone" | "everybody" | "someone" | "somebody"
                | "nobody" | "anyone" | "anybody" | "none" | "all" | "such" | "indeed" | "moreover" | "furthermore" | "nevertheless"
                | "separately" | "earlier" | "later" | "today" | "yesterday" | "tomorrow" | "now" | "again" | "mine" | "ours"
                | "yours" | "hers" | "theirs" | "police" | "government" | "management" | "staff" | "security" | "intelligence"
                | "research" | "data" | "science"
        )
}

/// The score margin of a name found only as a speaker: the tagger's least sure (calibrated
/// confidence 0.45).
const SPEAKER_MARGIN: f32 = 3.0;

/// Adds the speakers' names (and their other mentions) to `names`, keeping text order.
pub fn with_speaker_names(w: &Words, names: &mut Vec<Name>) {
    let gaz = Gazetteer::get();
    let listed = Class::PLACES | Class::KnownOrg.bit() | Class::Nationality.bit();
    let covered = covered_tokens(w.len(), names);
    let mut speakers: HashSet<&str> = HashSet::new();
    let mut lower_case: Option<HashSet<&str>> = None;
    let mut company_ahead: Option<Vec<bool>> = None;
    for i in 0..w.len().saturating_sub(1) {
        if covered[i] || !(w.opens_sentence(i) || after_quotation(w, i)) || !w.is_capitalised(i) || w.is_all_caps(i) || !(says_next(w, i + 1) || says_after_apposition(w, i)) {
            continue;
        }
        let (raw, lower) = (w.raw(i), w.lower(i));
        let plural = lower.ends_with('s') && !lower.ends_with("ss");
        if plural || raw.chars().count() < 2 || !raw.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’')) {
            continue;
        }
        let calendar = weekdays().contains(lower) || months().contains(lower);
        if is_function_word(lower) || calendar || is_camel_case(raw) || is_never_a_name(raw) || gaz.classes_of(raw) & listed != 0 {
            continue;
        }
        let lower_case = lower_case.get_or_insert_with(|| w.lower_case_words());
        let company = company_ahead.get_or_insert_with(|| company_pronouns_ahead(w)).get(i + 2).is_some_and(|&c| c && !w.starts_sentence(i + 2));
        if lower_case.contains(lower) || company {
            continue;
        }
        speakers.insert(raw);
    }
    if speakers.is_empty() {
        return;
    }
    let added = (0..w.len())
        .filter(|&i| !covered[i] && speakers.contains(w.raw(i)))
        .map(|i| Name { tokens: i..i + 1, coarse: Coarse::Per, margin: SPEAKER_MARGIN })
        .collect();
    add_names(names, added);
}

/// "PolitiFact", "BuzzFeed": a capital inside a word marks a brand, except after a surname's
/// prefix ("McFaul", "MacArthur", "O'Brien").
fn is_camel_case(word: &str) -> bool {
    let rest = ["Mc", "Mac", "O'", "O’", "D'", "D’"].iter().find_map(|p| word.strip_prefix(p)).unwrap_or(word);
    rest.chars().skip(1).any(char::is_uppercase)
}

/// The most tokens of an appositive or participle phrase between a speaker and the verb.
const MAX_APPOSITION: usize = 16;

/// "Macron, speaking alongside Scholz in Berlin, said ...": word `i`, a comma, a phrase without
/// a quotation, then a comma and a verb of saying, in one sentence.
fn says_after_apposition(w: &Words, i: usize) -> bool {
    // An adverb opening the sentence is set off by a comma too ("Similarly, the minister ...").
    if w.raw(i + 1) != "," || w.lower(i).ends_with("ly") {
        return false;
    }
    let end = (i + 2 + MAX_APPOSITION).min(w.len());
    for j in i + 2..end {
        if w.starts_sentence(j) || matches!(w.kind(j), Some(TokenKind::Quote(_))) {
            return false;
        }
        if j > i + 2 && w.raw(j - 1) == "," && is_saying(w.lower(j)) {
            return true;
        }
    }
    false
}

/// Whether word `i` follows a quotation's closing mark ("“…,” Sunak said").
fn after_quotation(w: &Words, i: usize) -> bool {
    let close = |j: usize| matches!(w.kind(j), Some(TokenKind::Quote(QuoteSide::Close)));
    (i >= 1 && close(i - 1)) || (i >= 2 && w.raw(i - 1) == "," && close(i - 2))
}

/// For each token, whether "it" or "its" comes before "he", "she", "his", "her" or "him" from
/// there to the end of its sentence (one backward pass, so that each speaker's check is O(1)).
fn company_pronouns_ahead(w: &Words) -> Vec<bool> {
    let mut ahead = vec![false; w.len() + 1];
    for i in (0..w.len()).rev() {
        ahead[i] = match w.lower(i) {
            "it" | "its" => true,
            "he" | "she" | "his" | "her" | "him" => false,
            _ => !w.starts_sentence(i + 1) && ahead[i + 1],
        };
    }
    ahead
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::after;
    use super::*;

    fn speakers(text: &str) -> Vec<(String, Coarse)> {
        after(text, &[], with_speaker_names)
    }

    #[test]
    fn a_lone_surname_before_a_verb_of_saying_is_a_person() {
        assert_eq!(speakers("Trump said the deal was dead."), [("Trump".to_string(), Coarse::Per)]);
        assert_eq!(speakers("McFaul told reporters the deal was dead."), [("McFaul".to_string(), Coarse::Per)]);
        assert_eq!(speakers("Putin has repeatedly warned the West."), [("Putin".to_string(), Coarse::Per)]);
        assert_eq!(speakers("Macron, speaking alongside the chancellor, said Europe must act."), [("Macron".to_string(), Coarse::Per)]);
        assert_eq!(speakers("“It was dead,” Sunak said. Sunak told MPs he would stay. Critics blamed Sunak."), [
            ("Sunak".to_string(), Coarse::Per),
            ("Sunak".to_string(), Coarse::Per),
            ("Sunak".to_string(), Coarse::Per)
        ]);
    }

    #[test]
    fn other_sentence_subjects_are_no_names() {
        for text in [
            "He said the deal was dead.",
            "Officials said the deal was dead.",
            "Police said the man had fled. He was seen by police.",
            "Pfizer said it would cut prices.",
            "Everyone said the deal was dead.",
            "Monday told reporters the deal was dead.",
            "It has said the deal was dead.",
            "However, the minister, who was tired, said the deal was dead.",
            "Similarly, the minister, who was tired, said the deal was dead.",
            "Smith, the minister, “said” nothing.",
            "“It was dead,” PolitiFact said.",
            "It was late. Then Trump said the deal was dead.",
        ] {
            assert_eq!(speakers(text), [], "{text}");
        }
    }
}
