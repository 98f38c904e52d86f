//! "Abernathy said the estimate was too low and that the council had ignored a cheaper option":
//! a second "that" clause joined by "and" continues what the first cue reports. The cue model
//! may read its verb as a cue of its own ("had ignored", with "the council" as its source),
//! which then cuts the first claim short at "and that". Such an attribution, when its cue is
//! no listed verb of saying, is part of the claim before it.

use super::attribution::Attribution;
use super::doc::Doc;

/// The first token of an attribution.
fn first_token(a: &Attribution) -> Option<usize> {
    a.ranges().map(|r| r.start).min()
}

/// Joins to the claim before them the attributions that open a coordinated "that" clause of
/// its content (the others keep their order; the joined ones are removed).
pub fn join_that_clauses(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_by_key(|&k| first_token(&found[k]).unwrap_or(0));
    let mut joined = vec![false; found.len()];
    let mut prev: Option<usize> = None;
    for &k in &order {
        let Some(p) = prev else {
            prev = Some(k);
            continue;
        };
        match continuation_end(doc, &found[p], &found[k]) {
            Some(end) => {
                if let Some(last) = found[p].content.last_mut() {
                    last.end = last.end.max(end);
                }
                joined[k] = true;
            }
            None => prev = Some(k),
        }
    }
    let mut k = 0;
    found.retain(|_| {
        k += 1;
        !joined[k - 1]
    });
}

/// Where `b`'s extent ends when `b` opens a coordinated "that" clause of `a`'s content.
fn continuation_end(doc: &Doc, a: &Attribution, b: &Attribution) -> Option<usize> {
    let start = first_token(b)?;
    let that = start.checked_sub(1).filter(|&i| doc.word(i) == "that")?;
    let and = that.checked_sub(1).filter(|&i| matches!(doc.word(i), "and" | "but"))?;
    let listed = b.cue.as_ref().is_some_and(|c| c.clone().any(|i| doc.is_cue(i)));
    let last = a.content.last()?;
    // The claim before reports from the same sentence and its content runs up to the "and
    // that" (a closing quotation mark may stand between) or on into the clause.
    let same_sentence = doc.sentence.get(start).zip(a.cue.as_ref().and_then(|c| doc.sentence.get(c.start))).is_some_and(|(x, y)| x == y);
    let reaches = last.start < and && (last.end > and || (last.end..and).all(|i| doc.is_quote(i) || doc.is_punct(i, ",")));
    let end = b.ranges().map(|r| r.end).max()?;
    (!listed && same_sentence && reaches && a.cue.as_ref().is_some_and(|c| c.end <= last.start)).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn joined(text: &str, second_cue: &str) -> Vec<String> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let said = doc.first("said");
        let that = (0..doc.len()).rev().find(|&i| doc.word(i) == "that").unwrap();
        let cue = (0..doc.len()).rev().find(|&i| doc.word(i) == second_cue).unwrap();
        let mut found = vec![
            Attribution { source: Some(0..said), cue: Some(said..said + 1), content: vec![said + 1..that - 1] },
            Attribution { source: Some(that + 1..cue), cue: Some(cue..cue + 1), content: vec![cue + 1..doc.len() - 1] },
        ];
        join_that_clauses(&doc, &mut found);
        found.iter().map(|a| a.content.iter().map(|r| doc.text_of(r)).collect::<Vec<_>>().join(" | ")).collect()
    }

    #[test]
    fn a_second_that_clause_continues_the_claim() {
        let text = "Abernathy said the estimate was low and that the council ignored a cheaper option.";
        assert_eq!(joined(text, "ignored"), ["the estimate was low and that the council ignored a cheaper option"]);
        // The first content may stop at a closing quotation mark, or run on into the clause.
        let text = "Abernathy said the estimate was “too low” and that the council ignored a cheaper option.";
        assert_eq!(joined(text, "ignored"), ["the estimate was “too low” and that the council ignored a cheaper option"]);
    }

    #[test]
    fn a_content_running_on_is_joined_too() {
        let text = "Abernathy said the estimate was low and that the council ignored a cheaper option.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (said, cue) = (doc.first("said"), doc.first("ignored"));
        let mut found = vec![
            Attribution { source: Some(0..said), cue: Some(said..said + 1), content: vec![said + 1..cue + 1] },
            Attribution { source: Some(cue - 2..cue), cue: Some(cue..cue + 1), content: vec![cue + 1..doc.len() - 1] },
        ];
        join_that_clauses(&doc, &mut found);
        assert_eq!(found.len(), 1);
        assert_eq!(doc.text_of(&found[0].content[0]), "the estimate was low and that the council ignored a cheaper option");
    }

    #[test]
    fn a_verb_of_saying_after_and_that_keeps_its_claim() {
        let text = "Abernathy said the estimate was low and that the mayor said nothing.";
        assert_eq!(joined(text, "said").len(), 2);
        let text = "Abernathy said the estimate was low and that the mayor claimed otherwise.";
        assert_eq!(joined(text, "claimed").len(), 2);
    }
}
