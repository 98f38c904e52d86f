//! "a project that officials say will cost 40 million euros", "which Democrats say could be
//! aiding Mr. Sanders": a verb of saying inside a relative clause, its subject before it and
//! the clause's verb after it, reports the clause. PolNeAR annotates the relative pronoun and
//! the predicate as the content; the cue model finds about half of these. Added after the
//! models, where no attribution uses the tokens.

use std::ops::Range;

use super::attribution::{Attribution, UsedTokens};
use super::doc::Doc;

/// The most words of the subject between the relative pronoun and the verb.
const MAX_SUBJECT_WORDS: usize = 4;
/// The most tokens of the reported predicate.
const MAX_PREDICATE_TOKENS: usize = 40;

fn is_saying(word: &str) -> bool {
    matches!(word, "say" | "says" | "said" | "believe" | "believes" | "believed" | "claim" | "claims" | "claimed" | "estimate" | "estimates" | "estimated")
}

/// Words that open a finite predicate right after the verb of saying ("officials say will
/// cost"), or a clause whose subject is missing ("told MPs [the government] had inherited").
pub fn opens_predicate(word: &str) -> bool {
    matches!(
        word,
        "will" | "would" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "could" | "can" | "may" | "might" | "should" | "must"
    )
}

/// The reported relative clause whose verb of saying is token `cue`, if the words around it
/// read so: "that|which <subject> say <auxiliary> ...".
fn relative_report(doc: &Doc, cue: usize) -> Option<Attribution> {
    if !is_saying(doc.word(cue)) || !opens_predicate(doc.word(cue + 1)) {
        return None;
    }
    let sentence = doc.sentence.get(cue)?.clone();
    let floor = cue.saturating_sub(MAX_SUBJECT_WORDS + 1).max(sentence.start);
    let relative = (floor..cue).rev().find(|&i| matches!(doc.word(i), "that" | "which"))?;
    let subject = relative + 1..cue;
    // A noun phrase: words, no auxiliary, no conjunction ("which he favors but says would ...").
    let words = |r: &Range<usize>| {
        r.clone().all(|i| {
            doc.tokens.get(i).is_some_and(|t| t.is_word())
                && !opens_predicate(doc.word(i))
                && !matches!(doc.word(i), "but" | "and" | "or" | "not" | "as" | "if" | "when" | "who" | "which" | "that" | "what")
        })
    };
    if subject.is_empty() || !words(&subject) {
        return None;
    }
    // The predicate runs to the clause's end: a comma, a semicolon, a dash or the sentence end.
    let stop = |i: usize| doc.is_terminal(i) || [",", ";", "—", "–", "("].iter().any(|p| doc.is_punct(i, p)) || doc.is_quote(i);
    let end = (cue + 1..sentence.end.min(cue + 1 + MAX_PREDICATE_TOKENS)).find(|&i| stop(i)).unwrap_or(sentence.end.min(cue + 1 + MAX_PREDICATE_TOKENS));
    (end > cue + 2).then(|| Attribution { content: vec![relative..relative + 1, cue + 1..end], cue: Some(cue..cue + 1), source: Some(subject) })
}

/// Adds the reported relative clauses no attribution uses.
pub fn add_relative_reports(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut used = UsedTokens::of(doc, found);
    for cue in 1..doc.len() {
        if let Some(a) = relative_report(doc, cue) {
            used.add_if_free(a, found);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::doc::added_by;
    use super::*;

    fn reports(text: &str) -> Vec<(String, String, String)> {
        added_by(text, add_relative_reports)
    }

    #[test]
    fn a_verb_of_saying_in_a_relative_clause() {
        assert_eq!(
            reports("They voted for a barrier, a project that officials say will cost 40 million euros and take years."),
            [("officials".into(), "say".into(), "that … will cost 40 million euros and take years".into())]
        );
        assert_eq!(
            reports("The rules, which officials said will go into effect soon, are strict."),
            [("officials".into(), "said".into(), "which … will go into effect soon".into())]
        );
    }

    #[test]
    fn other_clauses_are_no_reports() {
        // No auxiliary after the verb; "that" opening the content of a main verb.
        assert!(reports("It is a plan that officials say they like.").is_empty());
        assert!(reports("a plan which he favors but says would never pass").is_empty());
        assert!(reports("He said that officials say so.").is_empty());
        assert!(reports("the claims that officials said were false").len() == 1);
    }
}
