//! "Economists believe the Bank may now hold off on rate cuts", "Ada Fisher believes Donald
//! Trump will do well": what a named or described speaker believes or thinks, with a clause
//! after the verb ("that" or none), is a claim. The cue model finds about three in five of
//! these on PolNeAR (most without "that" are missed: the verb also takes "in", "so", "about").

use super::attribution::{is_verb_helper, left_np, trim, Attribution, UsedTokens};
use super::doc::Doc;
use super::inverted::is_speakers_noun;
use super::speakers::is_speaker_noun;

fn is_belief_verb(word: &str) -> bool {
    matches!(word, "believe" | "believes" | "believed" | "think" | "thinks" | "thought")
}

/// Words that open a clause's subject.
fn opens_clause(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i), "the" | "a" | "an" | "this" | "these" | "those" | "he" | "she" | "it" | "they" | "we" | "i" | "you" | "there")
        || doc.is_capitalised(i)
        || doc.tokens.get(i).is_some_and(|t| t.kind == crate::text::TokenKind::Number)
}

/// A finite verb or auxiliary, which makes the words after the verb a clause.
fn is_finite(word: &str) -> bool {
    matches!(
        word,
        "will" | "would" | "may" | "might" | "could" | "can" | "should" | "must" | "is" | "are" | "was" | "were" | "has" | "have" | "had" | "does" | "do" | "did" | "won't" | "wo"
    )
}

/// Adds the beliefs no attribution has yet.
pub fn add_beliefs(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut used = UsedTokens::of(doc, found);
    for verb in 0..doc.len() {
        // Lower case: "Rubio Thinks Joe Biden Was ..." is a headline in title case, its subject unclear.
        if !is_belief_verb(doc.word(verb)) || doc.is_capitalised(verb) {
            continue;
        }
        let Some(sent) = doc.sentence.get(verb).cloned() else { continue };
        // "apparently thinks", "truly believed": adverbs join the cue.
        let mut cue_start = verb;
        while cue_start > sent.start && is_verb_helper(doc.word(cue_start - 1)) && !is_finite(doc.word(cue_start - 1)) {
            cue_start -= 1;
        }
        let Some(source) = left_np(doc, cue_start, sent.start) else { continue };
        let head = source.end - 1;
        let speaker = doc.is_capitalised(head) || is_speaker_noun(doc.word(head)) || is_speakers_noun(doc.word(head)) || matches!(doc.word(head), "he" | "she" | "they" | "we" | "i");
        let start = if doc.word(verb + 1) == "that" { verb + 2 } else { verb + 1 };
        if !speaker || !opens_clause(doc, start) || doc.quote_of.get(verb).copied().flatten().is_some() {
            continue;
        }
        let Some(content) = trim(doc, if start == verb + 2 { verb + 1 } else { start }..sent.end) else { continue };
        let finite = (start + 1..content.end.min(start + 8)).any(|i| is_finite(doc.word(i)) || doc.word(i).ends_with("ed"));
        if finite && doc.words_in(content.clone()) >= 4 {
            used.add_if_free(Attribution { content: vec![content], cue: Some(cue_start..verb + 1), source: Some(source) }, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::added_by;
    use super::*;

    fn beliefs(text: &str) -> Vec<(String, String, String)> {
        added_by(text, add_beliefs)
    }

    #[test]
    fn what_a_speaker_believes_is_a_claim() {
        let text = "Economists believe the Bank may now hold off on further rate cuts.";
        assert_eq!(beliefs(text), [("Economists".into(), "believe".into(), "the Bank may now hold off on further rate cuts".into())]);
        let text = "He apparently believed that the polls were right.";
        assert_eq!(beliefs(text), [("He".into(), "apparently believed".into(), "that the polls were right".into())]);
    }

    #[test]
    fn a_belief_needs_a_clause_and_a_speaker() {
        assert!(beliefs("I believe in the good sense of the American people.").is_empty());
        assert!(beliefs("We thought about it for a long time.").is_empty());
        assert!(beliefs("The thought of the Bank raising rates was alarming.").is_empty());
        assert!(beliefs("Rubio Thinks Joe Biden Was A Really Effective Senator").is_empty());
    }
}
