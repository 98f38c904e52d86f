//! "A 2014 study by Loyola Law School professor Justin Levitt found 31 incidents of voter
//! impersonation", "The study found that in the state's three largest counties ...": what a
//! study, report, survey or poll finds or shows is a claim, with or without "that". The cue
//! model, which learnt "find" and "show" as weak cues (often not reports: "found the body"),
//! skips two thirds of these on PolNeAR dev; a research noun as the subject settles it. So
//! does the headline's order, the finding first: "Coffee linked to lower risk of heart
//! failure, study finds", "..., a new report shows", "..., report says." And what a named body estimates,
//! forecasts or calculates, with a "that" clause ("Oxfam estimates that ..."). A finding the
//! cue model reads without a source takes the research subject.

use std::ops::Range;

use super::attribution::{left_np, trim, Attribution, UsedTokens};
use super::doc::Doc;
use super::source_grammar::can_take_a_stand;
use super::when_said::is_time_word;

/// The most tokens between the research noun and the verb ("a 2014 study by Harvard and the
/// University of California at Berkeley found").
const MAX_SUBJECT_TAIL: usize = 12;

/// Nouns for a piece of research or its authors.
fn is_research_noun(word: &str) -> bool {
    matches!(
        word,
        "study" | "studies" | "report" | "reports" | "survey" | "surveys" | "poll" | "polls" | "research" | "analysis" | "analyses" | "review"
            | "audit" | "investigation" | "inquiry" | "researchers" | "scientists" | "authors" | "data" | "census" | "experiment" | "trial"
            | "polling" | "figures" | "statistics" | "results"
    )
}

/// Adds the findings of research that no attribution has yet (in no particular order).
pub fn add_findings(doc: &Doc, found: &mut Vec<Attribution>) {
    // The model's findings without a source take the research subject before the verb
    // ("Polling by YouGov published on Tuesday found that ...").
    for a in found.iter_mut().filter(|a| a.source.is_none()) {
        let Some(verb) = a.cue.as_ref().filter(|c| c.len() == 1).map(|c| c.start) else { continue };
        if !matches!(doc.word(verb), "found" | "finds" | "showed" | "shows") {
            continue;
        }
        let Some(sent) = doc.sentence.get(verb).cloned() else { continue };
        let subject = research_subject(doc, verb, sent.start);
        // "..., results showed on Friday, putting ...": a time after the verb is no finding.
        let timed = a.content.first().is_some_and(|c| c.start == verb + 1 && is_time_phrase(doc, c.start));
        if let Some(source) = subject.filter(|s| !timed && a.content.iter().all(|c| c.start >= s.end || c.end <= s.start)) {
            a.source = Some(source);
        }
    }
    let mut used = UsedTokens::of(doc, found);
    for verb in 0..doc.len() {
        if !matches!(doc.word(verb), "found" | "finds" | "showed" | "shows" | "shown") {
            continue;
        }
        let Some(sent) = doc.sentence.get(verb).cloned() else { continue };
        let Some(source) = research_subject(doc, verb, sent.start) else { continue };
        let start = verb + 1;
        let Some(content) = trim(doc, start..sent.end) else { continue };
        if doc.words_in(content.clone()) < 3 || doc.quote_of.get(start).copied().flatten().is_some() || is_time_phrase(doc, start) {
            continue;
        }
        used.add_if_free(Attribution { content: vec![content], cue: Some(verb..verb + 1), source: Some(source) }, found);
    }
    // Estimates and findings that end their sentence, in one pass (their verbs differ).
    for verb in 0..doc.len() {
        let finding = || {
            let verbs = matches!(doc.word(verb), "finds" | "found" | "shows" | "showed" | "suggests" | "suggested" | "says" | "said" | "warns" | "claims");
            verbs.then(|| final_finding(doc, verb)).flatten()
        };
        if let Some(a) = estimate(doc, verb) {
            used.add_if_free(a, found);
        } else if let Some(a) = finding() {
            // "Arctic warming is predicted to be ..., the report said.": the model's sourceless
            // passive inside the content is the report's prediction; the finding replaces it.
            let content = a.content[0].clone();
            let inside = |b: &Attribution| is_sourceless_passive(doc, b) && b.ranges().all(|r| r.start >= content.start && r.end <= content.end);
            if found.iter().any(inside) {
                let kept: Vec<Attribution> = found.iter().filter(|b| !inside(b)).cloned().collect();
                let free = UsedTokens::of(doc, &kept);
                if a.ranges().all(|r| free.free(r)) {
                    *found = kept;
                    used = free;
                }
            }
            used.add_if_free(a, found);
        }
    }
}

/// An attribution without a source whose cue is a passive ("is expected", "are predicted").
fn is_sourceless_passive(doc: &Doc, a: &Attribution) -> bool {
    a.source.is_none() && a.cue.as_ref().is_some_and(|c| matches!(doc.word(c.start), "is" | "are" | "was" | "were" | "be" | "been"))
}

/// "Oxfam estimates that two million people ...", "The bank forecast that rates would fall":
/// a verb of estimating with its "that" clause, after a name or a speaker noun. The cue model
/// reads "estimates" after a name as the noun ("Oxfam estimates show") and skips it; "that"
/// and a clause settle it ("the estimates that were published" is the noun, with a relative
/// clause).
fn estimate(doc: &Doc, verb: usize) -> Option<Attribution> {
    let estimating = matches!(
        doc.word(verb),
        "estimates" | "estimated" | "predicts" | "predicted" | "forecasts" | "forecast" | "calculates" | "calculated" | "projects" | "projected"
            | "ruled"
    );
    if !estimating {
        return None;
    }
    // "had ruled in March that": a time may come first.
    let that = (verb + 1..=verb + 1 + MAX_WHEN_WORDS).find(|&i| !is_when(doc, i))?;
    if doc.word(that) != "that" || is_verb_after_relative(doc.word(that + 1)) {
        return None;
    }
    let sent = doc.sentence.get(verb)?.clone();
    // "had ruled": a perfect's helper joins the cue.
    let helper = verb.checked_sub(1).filter(|&h| h > sent.start && matches!(doc.word(h), "has" | "have" | "had"));
    let cue = helper.unwrap_or(verb)..verb + 1;
    let source = left_np(doc, cue.start, sent.start)?;
    let head = source.end - 1;
    let speaker = can_take_a_stand(doc, head) || is_research_noun(doc.word(head));
    let after_determiner = source.start < head || !matches!(doc.word(head), "the" | "a" | "an" | "its" | "their");
    let content = trim(doc, that..sent.end)?;
    (speaker && after_determiner && doc.words_in(content.clone()) >= 4).then(|| Attribution { content: vec![content], cue: Some(cue), source: Some(source) })
}

/// The most words of a time between a verb and its "that" ("in March", "last week").
const MAX_WHEN_WORDS: usize = 3;

/// A word of a short phrase of time: "in March", "on Friday", "last week", "in 2019".
fn is_when(doc: &Doc, i: usize) -> bool {
    is_time_word(doc, i) || matches!(doc.word(i), "in" | "late" | "early")
}

/// A phrase of time opening at `i` with its preposition ("on Friday", "last week"), not a
/// number ("found 31 incidents").
fn is_time_phrase(doc: &Doc, i: usize) -> bool {
    matches!(doc.word(i), "on" | "in" | "last" | "this" | "late" | "early" | "earlier") && is_when(doc, i + 1)
}

/// A verb or helper right after "that", which makes it a relative pronoun ("the estimates that
/// were published", "forecasts that show").
fn is_verb_after_relative(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "have" | "has" | "had" | "show" | "shows" | "showed" | "suggest" | "suggests" | "suggested" | "will" | "would" | "could"
            | "can" | "may" | "might" | "put" | "puts" | "include" | "included" | "assume" | "assumed"
    )
}

/// "CONTENT, (a new) study finds.": the verb ends its sentence, and a comma stands right before
/// the research subject.
fn final_finding(doc: &Doc, verb: usize) -> Option<Attribution> {
    let sent = doc.sentence.get(verb)?.clone();
    // "..., official figures showed on Wednesday.", "..., results showed on Friday, putting ...":
    // a time may follow the verb, and a participle clause after a comma.
    let when = (verb + 1..sent.end).take_while(|&i| is_when(doc, i)).count();
    let after = verb + 1 + when;
    let participle = doc.is_punct(after, ",") && doc.word(after + 1).ends_with("ing");
    let last = when <= MAX_WHEN_WORDS + 1 && (participle || (after..sent.end).all(|i| doc.is_terminal(i)));
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
    // The words before the noun, which may itself be a cue word ("report").
    let start = left_np(doc, noun, sent_start).map_or(noun, |np| np.start);
    Some(start..verb)
}

#[cfg(test)]
mod tests {
    use super::super::doc::added_by;
    use super::*;

    fn findings(text: &str) -> Vec<(String, String, String)> {
        added_by(text, add_findings)
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
    fn what_a_named_body_estimates_is_a_claim() {
        let text = "The charity Age UK estimates that two million pensioners live just above the threshold.";
        assert_eq!(findings(text), [("The charity Age UK".into(), "estimates".into(), "that two million pensioners live just above the threshold".into())]);
        let text = "The Labor Department calculates that 4.2 million workers will become eligible.";
        assert_eq!(findings(text)[0].0, "The Labor Department");
        // The noun, with a relative clause; and no "that" clause.
        assert!(findings("The official estimates that were published show a fall of two million.").is_empty());
        assert!(findings("Oxfam estimates show a fall of two million in the number of pensioners.").is_empty());
    }

    #[test]
    fn what_a_court_ruled_is_a_claim_after_a_time() {
        let text = "Judge Edward Chen had ruled in March that the agency's action was unlawful.";
        assert_eq!(findings(text), [("Judge Edward Chen".into(), "had ruled".into(), "that the agency's action was unlawful".into())]);
        let text = "The Treasury estimated last year that four million households would pay more.";
        assert_eq!(findings(text)[0].2, "that four million households would pay more");
        // "ruled out", "ruled the country": no "that" clause.
        assert!(findings("Judge Edward Chen ruled out a delay in March that nobody expected.").is_empty());
    }

    #[test]
    fn a_finding_before_its_figures_may_have_a_time_after_it() {
        let text = "Inflation rose to 3.8% in July, official figures showed on Wednesday.";
        assert_eq!(findings(text), [("official figures".into(), "showed".into(), "Inflation rose to 3.8% in July".into())]);
        let text = "The centrist party narrowly won the election, final results showed on Friday, putting its leader in line to govern.";
        assert_eq!(findings(text), [("final results".into(), "showed".into(), "The centrist party narrowly won the election".into())]);
    }

    #[test]
    fn a_finding_before_its_research_is_a_claim() {
        let text = "Coffee linked to lower risk of heart failure, study finds\n\nCoffee may lower the risk, a new study found.";
        let got = findings(text);
        assert_eq!(got[0], ("study".into(), "finds".into(), "Coffee linked to lower risk of heart failure".into()));
        assert_eq!(got[1], ("a new study".into(), "found".into(), "Coffee may lower the risk".into()));
        // "report" is also a cue word; "says" too.
        let text = "Wildfire smoke linked to deaths in Europe, report says\n\nSmoke may have caused deaths.";
        assert_eq!(findings(text), [("report".into(), "says".into(), "Wildfire smoke linked to deaths in Europe".into())]);
    }
}
