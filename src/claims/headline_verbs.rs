//! "Met Office issues red warning for Cornwall": in a headline (a one-sentence paragraph that
//! ends with a word), the words between a name and a noun cue ("warning for") hold the headline's verb,
//! in the present ("issues", "sounds"): they belong to the cue, as "has issued a rare red
//! warning for" does in the story's own sentence, and the source is the name alone.

use super::attribution::Attribution;
use super::doc::Doc;

/// The most words between the name and the cue.
const MAX_VERB_PHRASE: usize = 3;

pub fn with_headline_verb(doc: &Doc, a: &mut Attribution) {
    let (Some(source), Some(cue)) = (a.source.clone(), a.cue.clone()) else { return };
    if source.end != cue.start || !is_headline(doc, cue.start) {
        return;
    }
    // The name: the source's capitalised words from its start.
    let name_end = (source.start..source.end).find(|&i| !doc.is_capitalised(i)).unwrap_or(source.end);
    let verb_phrase = name_end..source.end;
    let verb = doc.word(name_end);
    let letters = verb.chars().all(char::is_alphabetic);
    let present = letters && verb.chars().count() > 3 && verb.ends_with('s') && !verb.ends_with("ss");
    let plain = verb_phrase.clone().all(|i| doc.tokens.get(i).is_some_and(|t| t.is_word()) && !doc.is_capitalised(i));
    if name_end > source.start && !verb_phrase.is_empty() && verb_phrase.len() <= MAX_VERB_PHRASE && present && plain {
        a.source = Some(source.start..name_end);
        a.cue = Some(name_end..cue.end);
    }
}

/// Whether token `i` is in a one-sentence paragraph that ends with a word (a headline).
fn is_headline(doc: &Doc, i: usize) -> bool {
    let Some(para) = doc.paragraphs.get(doc.paragraph_of(i)) else { return false };
    let ends_with_word = para.end.checked_sub(1).and_then(|last| doc.tokens.get(last)).is_some_and(|t| t.is_word());
    doc.sentence.get(i).is_some_and(|s| s.start == para.start && s.end == para.end) && ends_with_word
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn read(text: &str, source: &str, cue: &str) -> (String, String) {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (s, c) = (doc.first(source), doc.first(cue));
        let mut a = Attribution { content: vec![c + 2..doc.len()], cue: Some(c..c + 2), source: Some(s..c) };
        with_headline_verb(&doc, &mut a);
        let (source, cue, _) = doc.parts(&a);
        (source, cue)
    }

    #[test]
    fn a_headlines_verb_joins_the_noun_cue() {
        assert_eq!(read("Met Office issues red warning for Cornwall", "met", "warning"), ("Met Office".into(), "issues red warning for".into()));
    }

    #[test]
    fn a_sentence_or_a_noun_phrase_stays() {
        assert_eq!(read("Met Office issues red warning for Cornwall.", "met", "warning"), ("Met Office issues red".into(), "warning for".into()));
        assert_eq!(read("Senate Democrats warning for Trump", "senate", "warning"), ("Senate Democrats".into(), "warning for".into()));
    }
}
