//! A reporting word used as a noun after a possessive, then "to" and an addressee: "In his
//! reply to the MP, the minister also referred to ...". What follows "to" is whom the words
//! went to, not what they said; the span model, which learnt "replied to the critics that ..."
//! from verbs, reads the addressee and the clause after it as the content. Such a claim says
//! nothing of its own and is dropped (the main clause's cue, when found, has its own claim).

use super::attribution::Attribution;
use super::doc::Doc;

fn is_possessive_determiner(word: &str) -> bool {
    matches!(word, "his" | "her" | "their" | "its" | "my" | "our" | "your")
}

/// Whether the attribution's cue is a noun after a possessive whose content starts with the
/// addressee after "to" (in the cue or right after it).
pub fn is_addressed_noun(doc: &Doc, a: &Attribution) -> bool {
    let Some(cue) = &a.cue else { return false };
    let after_possessive = cue.start.checked_sub(1).is_some_and(|p| is_possessive_determiner(doc.word(p)));
    let to = if cue.len() >= 2 && doc.word(cue.end - 1) == "to" {
        cue.end - 1
    } else if doc.word(cue.end) == "to" {
        cue.end
    } else {
        return false;
    };
    after_possessive && a.content.first().is_some_and(|c| c.start == to + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// Whether the attribution (cue words, content's first word) of `text` is dropped.
    fn dropped(text: &str, cue: &str, content_from: &str) -> bool {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let first = doc.first(cue.split(' ').next().unwrap());
        let cue = first..first + cue.split(' ').count();
        let a = Attribution { content: vec![doc.first(content_from)..doc.len() - 1], cue: Some(cue), source: None };
        is_addressed_noun(&doc, &a)
    }

    #[test]
    fn a_noun_and_its_addressee_make_no_claim() {
        assert!(dropped("In his reply to the MP, the minister also referred to the law.", "reply to", "the"));
        assert!(dropped("In her answer to critics, she pointed to the figures.", "answer", "critics"));
    }

    #[test]
    fn verbs_and_contents_after_that_stay() {
        // A verb, not a noun after a possessive.
        assert!(!dropped("He replied to critics that the figures were right.", "replied to", "critics"));
        // The content is not the addressee.
        assert!(!dropped("In his reply to the MP, he said that the law was old.", "reply to", "that"));
        // No "to".
        assert!(!dropped("His claim that the law was old is wrong.", "claim", "that"));
    }
}
