//! "..., who asked not to be named", "requested anonymity", "declined to be identified",
//! "speaking on condition of anonymity": a source's request not to be named says nothing
//! about the story. The cue model, trained on
//! PolNeAR (which annotates such requests as attributions), finds them; presslens shows who
//! said what, and drops them (a quotation in the same attribution stays).

use super::attribution::Attribution;
use super::doc::Doc;

/// Removes from the attribution's content a part that requests anonymity ("who requested
/// anonymity to speak freely … “the quotation”" keeps the quotation).
pub fn without_anonymity_request(doc: &Doc, a: &mut Attribution) {
    if a.content.len() > 1 && a.content.first().is_some_and(|r| is_request(doc, r)) {
        a.content.remove(0);
    }
}

/// Whether the attribution's content is only a request for anonymity.
pub fn is_anonymity_request(doc: &Doc, a: &Attribution) -> bool {
    matches!(a.content.as_slice(), [only] if is_request(doc, only))
}

/// "..., the people said, speaking on condition of anonymity because ...": why the source
/// spoke unnamed, in a participle phrase at token `i`, is no part of what was said.
pub fn is_speaking_anonymously(doc: &Doc, i: usize) -> bool {
    let words: Vec<&str> = (i..i + 6).map(|k| doc.word(k)).collect();
    matches!(words.as_slice(), ["speaking", "anonymously", ..] | ["speaking", "on", "condition", "of", "anonymity", ..] | ["speaking", "on", "the", "condition", "of", "anonymity"])
}

fn is_request(doc: &Doc, first: &std::ops::Range<usize>) -> bool {
    let words: Vec<&str> = (first.start..first.end.min(first.start + 5)).map(|i| doc.word(i)).collect();
    match words.as_slice() {
        ["anonymity", ..] | ["the", "condition", "of", "anonymity", ..] => true,
        ["not", "to", "be", w, ..] | ["to", "be", w, ..] => matches!(*w, "named" | "identified" | "quoted"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn request(text: &str, cue: &str, from: &str) -> bool {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let a = Attribution { content: vec![doc.first(from)..doc.len() - 1], cue: Some(c..c + 1), source: None };
        is_anonymity_request(&doc, &a)
    }

    #[test]
    fn requests_not_to_be_named() {
        assert!(request("Two officials, who asked not to be named, said so.", "asked", "not"));
        assert!(request("An aide, who requested anonymity to speak freely, said so.", "requested", "anonymity"));
        assert!(request("A spokesman declined to be identified.", "declined", "to"));
    }

    #[test]
    fn a_quotation_after_the_request_stays() {
        let text = "An aide, who requested anonymity to speak freely, said “We lost.”";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (c, q) = (doc.first("requested"), doc.first("we"));
        let mut a = Attribution { content: vec![c + 1..c + 5, q..q + 2], cue: Some(c..c + 1), source: None };
        without_anonymity_request(&doc, &mut a);
        assert_eq!(a.content.len(), 1);
        assert!(!is_anonymity_request(&doc, &a));
    }

    #[test]
    fn speaking_on_condition_of_anonymity() {
        let text = "It will fall, the people said, speaking on condition of anonymity because talks are private.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        assert!(is_speaking_anonymously(&doc, doc.first("speaking")));
        let text = "He was speaking on television.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        assert!(!is_speaking_anonymously(&doc, doc.first("speaking")));
    }

    #[test]
    fn other_contents_stay() {
        assert!(!request("He asked not to be blamed for the delay.", "asked", "not"));
        assert!(!request("She said the names were not to be released.", "said", "the"));
    }
}
