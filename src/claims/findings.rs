//! "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter
//! impersonation", "The study found that in the state's three largest counties ...": what a
//! study, report, survey or poll finds or shows is a claim, with or without "that". The cue
//! model, which learnt "find" and "show" as weak cues (often not reports: "found the body"),
//! skips two thirds of these on PolNeAR dev; a research noun as the subject settles it. So
//! does the headline's order, the finding first: "Coffee linked to lower risk of heart
//! failure, study finds", "..., a new report shows."

use std::ops::Range;

use super::attribution::{left_np, trim, Attribution, UsedTokens};
use super::doc::Doc;

/// The most tokens between the research noun and the verb ("a 2014 study by Harvard and the
/// University of California at Berkeley found").
const MAX_SUBJECT_TAIL: usize = 12;

/// Nouns for a piece of research or its authors.
fn is_research_noun(word: &str) -> bool {
    matches!(
        word,
        "study" | "studies" | "report" | "reports" | "survey" | "surveys" | "poll" | "polls" | "research" | "analysis" | "analyses" | "review"
            | "audit" | "investigation" | "inquiry" | "researchers" | "scientists" | "authors" | "data" | "census" | "experiment" | "trial"
    )
}

/// Adds the findings of research that no attribution has yet (in no particular order).
pub fn add_findings(doc: &Doc, found: &mut Vec<Attribution>) {
    let mut used = UsedTokens::of(doc, found);
    for verb in 0..doc.len() {
        if !matches!(doc.word(verb), "found" | "finds" | "showed" | "shows" | "shown") {
            continue;
        }
        let Some(sent) = doc.sentence.get(verb).cloned() else { continue };
        let Some(source) = research_subject(doc, verb, sent.start) else { continue };
        let start = verb + 1;
        let Some(content) = trim(doc, start..sent.end) else { continue };
        if doc.words_in(content.clone()) < 3 || doc.quote_of.get(start).copied().flatten().is_some() {
            continue;
        }
        used.add_if_free(Attribution { content: vec![content], cue: Some(verb..verb + 1), source: Some(source) }, found);
    }
    for verb in 0..doc.len() {
        if matches!(doc.word(verb), "finds" | "found" | "shows" | "showed" | "suggests" | "suggested") {
            if let Some(a) = final_finding(doc, verb) {
                used.add_if_free(a, found);
            }
        }
    }
}

/// "CONTENT, (a new) study finds.": the verb ends its sentence, and a comma stands right before
/// the research subject.
fn final_finding(doc: &Doc, verb: usize) -> Option<Attribution> {
    let sent = doc.sentence.get(verb)?.clone();
    let last = (verb + 1..sent.end).all(|i| doc.is_terminal(i));
    let source = research_subject(doc, verb, sent.start)?;
    if !last || source.start < 2 || !doc.is_punct(source.start - 1, ",") {
        return None;
    }
    let content = trim(doc, sent.start..source.start - 1)?;
    (doc.words_in(content.clone()) >= 3).then(|| Attribution { content: vec![content], cue: Some(verb..verb + 1), source: Some(source) })
}

/// The subject before the verb at `verb` when a research noun heads it: from the noun phrase
/// that holds the noun to the verb, without a comma or a clause word between.
fn research_subject(doc: &Doc, verb: usize, sent_start: usize) -> Option<Range<usize>> {
    let floor = sent_start.max(verb.saturating_sub(MAX_SUBJECT_TAIL));
    let noun = (floor..verb).rev().take_while(|&i| !doc.is_punct(i, ",") && !matches!(doc.word(i), "that" | "which" | "who" | "and" | "but")).find(|&i| is_research_noun(doc.word(i)))?;
    let np = left_np(doc, noun + 1, sent_start)?;
    (np.end == noun + 1).then_some(np.start..verb)
}

#[cfg(test)]
mod tests {
    use super::super::cues::Cues;
    use super::*;
    use crate::text::TextLayer;

    fn findings(text: &str) -> Vec<(String, String, String)> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let mut found = Vec::new();
        add_findings(&doc, &mut found);
        found.iter().map(|a| doc.parts(a)).collect()
    }

    #[test]
    fn what_research_finds_is_a_claim() {
        let text = "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter impersonation.";
        assert_eq!(findings(text), [("A 2014 study by Loyola Law School professor Justin Levitt".into(), "found".into(), "31 incidents of voter impersonation".into())]);
        let text = "Researchers at Lund University found the test was 90% accurate.";
        assert_eq!(findings(text)[0].2, "the test was 90% accurate");
    }

    #[test]
    fn other_finders_and_short_objects_are_not() {
        assert!(findings("Police found the body in a river near the town.").is_empty());
        assert!(findings("The study found nothing.").is_empty());
        assert!(findings("He read the report and found it was wrong.").is_empty());
        assert!(findings("Nobody knew what it was, or what the study found.").is_empty());
    }

    #[test]
    fn a_finding_before_its_research_is_a_claim() {
        let text = "Coffee linked to lower risk of heart failure, study finds\n\nCoffee may lower the risk, a new study found.";
        let got = findings(text);
        assert_eq!(got[0], ("study".into(), "finds".into(), "Coffee linked to lower risk of heart failure".into()));
        assert_eq!(got[1], ("a new study".into(), "found".into(), "Coffee may lower the risk".into()));
    }
}
