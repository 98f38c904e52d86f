//! A content that opens a quotation ends at its closing mark when only sentence punctuation
//! stands between ("described the charges as “overblown.”"): the span model sometimes stops
//! before the period, which leaves the quotation unclosed in the highlighted claim.

use super::attribution::Attribution;
use super::doc::Doc;

/// Extends each content fragment whose last quotation closes just after it, past punctuation only.
pub fn with_closing_mark(doc: &Doc, a: &mut Attribution) {
    for r in &mut a.content {
        let Some(q) = (r.start..r.end).rev().find_map(|i| doc.quote_opening_at(i)).filter(|q| q.closed && !q.nested) else { continue };
        let rest = r.end..q.tokens.end.saturating_sub(1);
        let only_stops = q.tokens.end > r.end && rest.clone().all(|i| doc.is_terminal(i) || doc.is_punct(i, ","));
        if only_stops {
            r.end = q.tokens.end;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn closed(text: &str, from: &str, to: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (start, end) = (doc.first(from), doc.first(to) + 1);
        let mut a = Attribution { content: vec![start..end], cue: None, source: None };
        with_closing_mark(&doc, &mut a);
        doc.text_of(&a.content[0]).to_string()
    }

    #[test]
    fn a_content_ends_at_its_quotations_closing_mark() {
        assert_eq!(closed("She described the charges as “overblown.” He left.", "the", "overblown"), "the charges as “overblown.”");
        assert_eq!(closed("She called it “a farce,” he said.", "it", "farce"), "it “a farce,”");
    }

    #[test]
    fn words_before_the_mark_or_an_unclosed_quotation_stay_out() {
        assert_eq!(closed("She called it “a farce and a sham.” He left.", "it", "farce"), "it “a farce");
        assert_eq!(closed("She called it “a farce. He left.", "it", "farce"), "it “a farce");
    }
}
