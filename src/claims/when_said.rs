//! "Powell said last month that inflation had come down": a time phrase between a cue and the
//! "that" of its content says when it was said. The span model sometimes starts the content
//! inside it ("month that inflation ..."); the content starts at "that" instead, and the time
//! phrase stays out of cue and content (as PolNeAR annotates it 67 times in 83 in training).

use super::attribution::Attribution;
use super::doc::Doc;
use super::source_grammar::is_time;

/// The most words of the content's opening that are searched for "that".
const OPENING: usize = 4;

pub fn without_when_it_was_said(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    let Some(first) = a.content.first_mut().filter(|c| c.start >= cue.end) else { return };
    let Some(that) = (first.start..first.end.min(first.start + OPENING)).find(|&i| doc.word(i) == "that") else { return };
    if that > first.start && is_time(doc, &(cue.end..that)) {
        first.start = that;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// The content after the rule, given the cue's words and the content's first word.
    fn content_after(text: &str, cue: &str, from: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let mut a = Attribution { content: vec![doc.first(from)..doc.len() - 1], cue: Some(c..c + 1), source: None };
        without_when_it_was_said(&doc, &mut a);
        let r = &a.content[0];
        doc.text_of(r).to_string()
    }

    #[test]
    fn a_time_before_that_is_no_content() {
        assert_eq!(content_after("Powell said last month that inflation fell.", "said", "month"), "that inflation fell");
        assert_eq!(content_after("Powell said on Tuesday that inflation fell.", "said", "tuesday"), "that inflation fell");
    }

    #[test]
    fn other_openings_stay() {
        // Not a time: "the report that ..." is what was said.
        assert_eq!(content_after("Powell denied the report that inflation fell.", "denied", "the"), "the report that inflation fell");
        // A time that is the content's own subject, with no "that" soon after.
        assert_eq!(content_after("Powell said this year will be hard.", "said", "this"), "this year will be hard");
    }
}
