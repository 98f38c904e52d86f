//! "The bank kept rates unchanged on Friday, as expected, but signalled ...": "as" with a verb
//! of expectation says that the clause before it was expected; the cue is "as expected" (as
//! PolNeAR annotates it, 3 times in 3) and the content is that clause, not what follows the
//! comma after it. The span model, which mostly sees contents after their cue, read the next
//! clause ("but signalled it could ...").

use std::ops::Range;

use super::attribution::Attribution;
use super::doc::Doc;

fn is_expectation(word: &str) -> bool {
    matches!(word, "expected" | "predicted" | "anticipated" | "forecast" | "feared" | "hoped" | "planned" | "promised" | "projected")
}

/// Where the clause that ends before token `end` starts: after the last comma, semicolon,
/// colon or dash of its sentence, or at the sentence's start.
fn clause_before(doc: &Doc, end: usize) -> usize {
    let sentence_start = doc.sentence.get(end.saturating_sub(1)).map_or(0, |s| s.start);
    (sentence_start..end).rev().find(|&i| [",", ";", ":", "—", "–"].iter().any(|p| doc.is_punct(i, p))).map_or(sentence_start, |i| i + 1)
}

pub fn as_expected(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone().filter(|c| c.len() == 1 && c.start > 0) else { return };
    if a.source.is_some() || !is_expectation(doc.word(cue.start)) || doc.word(cue.start - 1) != "as" {
        return;
    }
    let as_ = cue.start - 1;
    // "..., as expected" closes its clause; "As expected, the bank ..." opens one, whose content
    // follows.
    let mut end = as_;
    if end > 0 && doc.is_punct(end - 1, ",") {
        end -= 1;
    }
    let start = clause_before(doc, end);
    let clause: Range<usize> = start..end;
    if doc.words_in(clause.clone()) == 0 {
        return;
    }
    a.cue = Some(as_..cue.end);
    a.content = vec![clause];
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn read(text: &str, cue: &str, content: &str) -> (String, String, String) {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let k = doc.first(content);
        let end = (k..doc.len()).find(|&i| doc.is_terminal(i)).unwrap_or(doc.len());
        let mut a = Attribution { cue: Some(c..c + 1), content: vec![k..end], source: None };
        as_expected(&doc, &mut a);
        doc.parts(&a)
    }

    #[test]
    fn the_clause_before_was_expected() {
        let got = read("The bank kept its rate unchanged on Friday, as expected, but signalled it could cut rates next year.", "expected", "but");
        assert_eq!((got.1.as_str(), got.2.as_str()), ("as expected", "The bank kept its rate unchanged on Friday"));
        let got = read("But in July 2012, Patriot failed as predicted.", "predicted", "predicted");
        assert_eq!((got.1.as_str(), got.2.as_str()), ("as predicted", "Patriot failed"));
    }

    #[test]
    fn an_opening_as_or_a_plain_cue_stays() {
        let got = read("As expected, the bank kept rates unchanged.", "expected", "the");
        assert_eq!((got.1.as_str(), got.2.as_str()), ("expected", "the bank kept rates unchanged"));
        let got = read("Economists expected a cut in February.", "expected", "a");
        assert_eq!((got.1.as_str(), got.2.as_str()), ("expected", "a cut in February"));
    }
}
