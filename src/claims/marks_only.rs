//! Contents of punctuation alone. At the end of a long quotation the span model sometimes
//! takes only the closing marks for the content ("… in 2000,” he points out": content `,”`).
//! Such a fragment stands for the quotation its mark closes, which becomes the content; other
//! fragments without a word are dropped.

use std::ops::Range;

use super::attribution::Attribution;
use super::doc::Doc;

pub fn without_marks_only(doc: &Doc, a: &mut Attribution) {
    let mut content: Vec<Range<usize>> = Vec::with_capacity(a.content.len());
    for r in a.content.drain(..) {
        if doc.words_in(r.clone()) > 0 {
            content.push(r);
        } else if let Some(q) = r.clone().find_map(|i| doc.quote_closing_at(i)).filter(|q| q.closed) {
            content.push(q.tokens.clone());
        }
    }
    content.sort_by_key(|r| r.start);
    content.dedup_by(|b, a| b.start < a.end);
    a.content = content;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn shown(doc: &Doc, a: &Attribution) -> Vec<String> {
        a.content.iter().map(|r| doc.text_of(r).to_string()).collect()
    }

    #[test]
    fn a_closing_mark_stands_for_its_quotation() {
        let text = "“Voters reject them. Bush got fewer votes in 2000,” he points out.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (comma, points) = (doc.first(","), doc.first("points"));
        let mut a = Attribution { content: vec![comma..comma + 2], cue: Some(points..points + 2), source: Some(points - 1..points) };
        without_marks_only(&doc, &mut a);
        assert_eq!(shown(&doc, &a), ["“Voters reject them. Bush got fewer votes in 2000,”"]);
    }

    #[test]
    fn other_wordless_fragments_go_and_words_stay() {
        let text = "He said, - that it rained.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let mut a = Attribution { content: vec![2..4, 4..doc.len() - 1], cue: Some(1..2), source: Some(0..1) };
        without_marks_only(&doc, &mut a);
        assert_eq!(shown(&doc, &a), ["that it rained"]);
    }
}
