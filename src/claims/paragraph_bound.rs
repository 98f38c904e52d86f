//! "Daily coffee linked to lower risk of heart failure, study suggests¶Drinking two to three
//! cups ...": a cue that ends its paragraph (a headline, a closing attribution) whose content
//! the span model found only in the next paragraph. Reported content does not run on across
//! a paragraph break after its cue (a quotation does, announced with a colon or not: "X
//! said:¶“…”"),
//! so the rules' reading of the cue, inside its paragraph, is kept; without one, no content.

use super::attribution::{Attribution, RuleIndex};
use super::doc::Doc;

pub fn within_cue_paragraph(doc: &Doc, a: &mut Attribution, rules: &RuleIndex) {
    let Some(cue) = a.cue.clone() else { return };
    let here = doc.paragraph_of(cue.start);
    let Some(own) = doc.paragraphs.get(here) else { return };
    // The cue ends its paragraph but for punctuation, and announces nothing with a colon.
    let colon = (cue.start..own.end).any(|i| doc.is_punct(i, ":"));
    let ends_paragraph = (cue.end..own.end).all(|i| doc.tokens.get(i).is_some_and(|t| !t.is_word()));
    let quotation = a.content.first().is_some_and(|c| doc.quote_opening_at(c.start).is_some());
    if colon || quotation || !ends_paragraph || a.content.is_empty() || !a.content.iter().all(|c| doc.paragraph_of(c.start) > here) {
        return;
    }
    let rule = rules.of(&cue).filter(|r| !r.content.is_empty() && r.content.iter().all(|c| doc.paragraph_of(c.start) == here));
    a.content = rule.map_or(Vec::new(), |r| r.content.clone());
    if let Some(r) = rule {
        a.source = a.source.clone().or_else(|| r.source.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// The content of the attribution (cue word, content from word `from` to the end) after
    /// the rule, with no rules' reading to fall back on.
    fn kept(text: &str, cue: &str, from: &str) -> Vec<String> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let mut a = Attribution { content: vec![doc.first(from)..doc.len()], cue: Some(c..c + 1), source: None };
        within_cue_paragraph(&doc, &mut a, &RuleIndex::new(&doc, &[]));
        a.content.iter().map(|r| doc.text_of(r).to_string()).collect()
    }

    #[test]
    fn reported_content_does_not_start_in_the_next_paragraph() {
        assert!(kept("Coffee is good, study suggests\n\nDrinking coffee helps.", "suggests", "drinking").is_empty());
    }

    #[test]
    fn quotations_colons_and_the_same_paragraph_stay() {
        let text = "He said\n\n“Drinking coffee helps.”";
        assert_eq!(kept(text, "said", "“"), ["“Drinking coffee helps.”"]);
        assert_eq!(kept("He said:\n\nDrinking coffee helps.", "said", "drinking"), ["Drinking coffee helps."]);
        assert_eq!(kept("He said drinking coffee helps.", "said", "drinking"), ["drinking coffee helps."]);
    }
}
