//! `“…,” Michael McFaul, a senior fellow at Stanford, said.`: between a quotation and its cue
//! stands the speaker, with an appositive. The span model, which learnt that a comma before
//! "said" mostly ends the content, reads the speaker as the rest of the content and finds no
//! source. What follows a closed quotation's mark, up to the comma before the cue, is the
//! speaker when it opens like a noun phrase (a capital or a determiner) and holds a comma
//! (the appositive) or the model gave no source at all, and the cue is a verb of saying.

use super::attribution::Attribution;
use super::doc::Doc;

/// Most tokens in a speaker with its appositive.
const MAX_SPEAKER: usize = 30;

fn opens_noun_phrase(doc: &Doc, i: usize) -> bool {
    doc.is_capitalised(i) || matches!(doc.word(i), "the" | "a" | "an" | "one" | "another" | "his" | "her" | "their" | "its")
}

/// Moves the speaker the content ran into after its quotation to the source.
pub fn with_speaker_after_quotation(doc: &Doc, a: &mut Attribution) {
    // A verb of saying in a finite form: not "is considered", nor a participle that shares the
    // subject of the clause before it ("“…,” Ramos said, referring to ...").
    let Some(cue) = a.cue.clone().filter(|c| doc.is_strong_cue(c.start) && !doc.word(c.start).ends_with("ing")) else { return };
    let Some(r) = a.content.iter_mut().find(|r| r.end <= cue.start) else { return };
    let Some(q) = doc.quote_opening_at(r.start).filter(|q| q.closed && !q.nested && q.tokens.end < r.end) else { return };
    // The speaker: after the mark (and a comma outside it), before the comma before the cue.
    let start = q.tokens.end + usize::from(doc.is_punct(q.tokens.end, ","));
    let end = if cue.start > start && doc.is_punct(cue.start - 1, ",") { cue.start - 1 } else { return };
    if end <= start || end - start > MAX_SPEAKER || !opens_noun_phrase(doc, start) || doc.sentence.get(q.tokens.start) != doc.sentence.get(cue.start) {
        return;
    }
    if (start..end).any(|i| doc.quote_of.get(i).copied().flatten().is_some() || doc.is_terminal(i)) {
        return;
    }
    let source_inside = a.source.as_ref().is_none_or(|s| s.start >= start && s.end <= end);
    let appositive = (start..end).any(|i| doc.is_punct(i, ","));
    if source_inside && (appositive || a.source.is_none()) {
        r.end = q.tokens.end;
        a.source = Some(start..end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// (content, source) after the pass, the model having read content from `from` to `to`.
    fn read(text: &str, to: &str, source: Option<&str>) -> (String, Option<String>) {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let cue = doc.first("said");
        let source = source.map(|s| doc.first(&s.to_lowercase())..doc.first(&s.to_lowercase()) + 1);
        let mut a = Attribution { content: vec![0..doc.first(&to.to_lowercase()) + 1], cue: Some(cue..cue + 1), source };
        with_speaker_after_quotation(&doc, &mut a);
        (doc.text_of(&a.content[0]).to_string(), a.source.map(|s| doc.text_of(&s).to_string()))
    }

    #[test]
    fn the_speaker_with_an_appositive_after_a_quotation_is_the_source() {
        let text = "“Their strategy is very clear,” Michael McFaul, a senior fellow at Stanford, said.";
        assert_eq!(read(text, "Stanford", None), ("“Their strategy is very clear,”".into(), Some("Michael McFaul, a senior fellow at Stanford".into())));
        let text = "“It helps them,” the official, who asked not to be named, said.";
        assert_eq!(read(text, "official", Some("official")), ("“It helps them,”".into(), Some("the official, who asked not to be named".into())));
    }

    #[test]
    fn other_contents_stay() {
        // No quotation first.
        let text = "Prices rose, Michael McFaul, a fellow, said.";
        assert_eq!(read(text, "fellow", None).0, "Prices rose, Michael McFaul, a fellow");
        // What follows the quotation is a clause, not a noun phrase.
        let text = "“It helps,” and prices rose sharply, said.";
        assert_eq!(read(text, "sharply", None).0, "“It helps,” and prices rose sharply");
        // The model's source lies outside the words after the quotation.
        let text = "“It helps,” Anna Berg, a fellow, said Tom.";
        assert_eq!(read(text, "fellow", Some("Tom")).1.as_deref(), Some("Tom"));
    }
}
