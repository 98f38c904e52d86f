//! "..., who asked not to be named", "requested anonymity", "declined to be identified": a
//! source's request not to be named says nothing about the story. The cue model, trained on
//! PolNeAR (which annotates such requests as attributions), finds them; presslens shows who
//! said what, and drops them.

use super::attribution::Attribution;
use super::doc::Doc;

/// Whether the attribution's content is a request for anonymity.
pub fn is_anonymity_request(doc: &Doc, a: &Attribution) -> bool {
    let Some(first) = a.content.first() else { return false };
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
    fn other_contents_stay() {
        assert!(!request("He asked not to be blamed for the delay.", "asked", "not"));
        assert!(!request("She said the names were not to be released.", "said", "the"));
    }
}
