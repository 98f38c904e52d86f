//! A reporting word used as a noun after a possessive, then "to" and an addressee: "In his
//! reply to the MP, the minister also referred to ...". What follows "to" is whom the words
//! went to, not what they said; the span model, which learnt "replied to the critics that ..."
//! from verbs, reads the addressee and the clause after it as the content. Such a claim says
//! nothing of its own and is dropped (the main clause's cue, when found, has its own claim).
//! After a verb of telling and its addressee, the content's subject is content, not addressee
//! ("told MPs the government had inherited ..."); and before a passive one, the subject is the
//! addressee, not the source ("The BBC has been told that ...").

use super::attribution::Attribution;
use super::doc::Doc;
use super::relative_reports::opens_predicate;

pub fn is_possessive_determiner(word: &str) -> bool {
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

/// "Reeves told MPs the government had inherited ...": after a verb of telling and its
/// addressee, the span model may start the content at the clause's verb and leave its subject
/// out (it learnt "told reporters Tuesday" as cue and circumstance). A content that starts
/// with a finite helper takes in the noun phrase before it, up to the addressee: from its
/// determiner or pronoun, or the capitalised name that ends there.
pub fn with_subject_after_addressee(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    let telling = matches!(doc.word(cue.end - 1), "told" | "tell" | "tells" | "telling" | "assured" | "assures" | "reminded" | "reminds" | "informed" | "informs");
    let Some(first) = a.content.first_mut() else { return };
    let helper = opens_predicate(doc.word(first.start)) || matches!(doc.word(first.start), "did" | "does" | "do");
    // The addressee takes at least the word after the cue.
    if !telling || !helper || first.start < cue.end + 2 {
        return;
    }
    let gap = cue.end + 1..first.start;
    if gap.clone().any(|i| !doc.tokens.get(i).is_some_and(|t| t.is_word()) || matches!(doc.word(i), "that" | "and" | "about" | "of")) {
        return;
    }
    let opener = gap.clone().rev().find(|&i| matches!(doc.word(i), "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "these" | "he" | "she" | "they" | "it" | "we" | "i"));
    let name = || {
        let start = gap.clone().rev().take_while(|&i| doc.is_capitalised(i)).last()?;
        (first.start - start <= MAX_NAME_WORDS).then_some(start)
    };
    if let Some(start) = opener.or_else(name) {
        first.start = start;
    }
}

/// The most words of a name taken in as a subject.
const MAX_NAME_WORDS: usize = 4;

/// "The BBC has been told that the minister will resign": the subject of a passive verb of
/// telling is whom it was told to, not the source: that goes unnamed, or follows "by"
/// ("Reporters were told by a spokesman that ...").
pub fn without_passive_addressee(doc: &Doc, a: &mut Attribution) {
    let (Some(cue), Some(source)) = (a.cue.clone(), a.source.clone()) else { return };
    let passive = cue.clone().any(|i| matches!(doc.word(i), "was" | "were" | "been" | "being" | "is" | "are" | "be"));
    let telling = cue.clone().any(|i| matches!(doc.word(i), "told" | "informed" | "briefed" | "reminded" | "advised"));
    if !(passive && telling && source.end <= cue.start) {
        return;
    }
    let content_start = a.content.first().map_or(cue.end, |c| c.start);
    let agent = cue.end + 1..content_start;
    let by_agent = doc.word(cue.end) == "by" && !agent.is_empty() && agent.len() <= MAX_AGENT_TOKENS && !agent.clone().any(|i| doc.is_punct(i, ","));
    a.source = by_agent.then_some(agent);
}

/// The most tokens of the agent after "by" ("by a senior government official").
const MAX_AGENT_TOKENS: usize = 8;

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

    /// The content of the attribution (cue words, content's first word) of `text`, mended.
    fn mended(text: &str, cue: &str, content_from: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let first = doc.first(cue);
        let mut a = Attribution { content: vec![doc.first(content_from)..doc.len() - 1], cue: Some(first..first + 1), source: None };
        with_subject_after_addressee(&doc, &mut a);
        let r = a.content[0].clone();
        text[doc.tokens[r.start].span.start..doc.tokens[r.end - 1].span.end].to_string()
    }

    #[test]
    fn the_subject_after_an_addressee_is_content() {
        let text = "Reeves told MPs the government had inherited a black hole.";
        assert_eq!(mended(text, "told", "had"), "the government had inherited a black hole");
        let text = "He told reporters Anna Berg would resign.";
        assert_eq!(mended(text, "told", "would"), "Anna Berg would resign");
        // Counter-examples: a content that starts with its subject, or a verb that tells nobody.
        let text = "Reeves told MPs the government had inherited a black hole.";
        assert_eq!(mended(text, "told", "the"), "the government had inherited a black hole");
        let text = "Reeves said the government had inherited a black hole.";
        assert_eq!(mended(text, "said", "had"), "had inherited a black hole");
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
