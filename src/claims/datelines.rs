//! A wire story's dateline ("LUSAKA, Zambia (AP) —", `crate::text::dateline_end`) opens the
//! sentence of its first claim; what is reported, and who reports it, start after it.

use super::attribution::Attribution;
use super::doc::Doc;
use crate::text::dateline_end;

/// Moves the start of each content part and of the source that opens its sentence with a
/// dateline past it.
pub fn without_dateline(doc: &Doc, a: &mut Attribution) {
    for r in a.content.iter_mut().chain(a.source.as_mut()) {
        let opens = doc.sentence.get(r.start).is_some_and(|s| s.start == r.start);
        if let Some(end) = opens.then(|| dateline_end(doc.text, doc.tokens, r.start)).flatten().filter(|&e| e < r.end) {
            r.start = end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    #[test]
    fn a_content_starts_after_the_dateline() {
        let text = "LUSAKA, Zambia (AP) — Prices rose, the board said.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (comma, said) = (doc.first("rose") + 1, doc.first("said"));
        let mut a = Attribution { content: vec![0..comma], cue: Some(said..said + 1), source: Some(comma + 1..said) };
        without_dateline(&doc, &mut a);
        assert_eq!(doc.text_of(&a.content[0]), "Prices rose");
        assert_eq!(doc.text_of(a.source.as_ref().unwrap()), "the board");
    }
}
