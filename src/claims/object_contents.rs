//! What a verb of stance takes as its object ("Warren slammed [his proposal as too vague]")
//! ends where the sentence goes on about the subject: at "and"/"but" before a finite verb or
//! a new subject, or at a phrase of time or circumstance. The span model, which reads contents
//! up to the clause's end, often runs on.

use std::ops::Range;

use super::attribution::{is_personal_pronoun, Attribution};
use super::doc::Doc;
use crate::text::TokenKind;

/// "Warren slammed his proposal as too vague and called for ...", "Sanders has fired his data
/// director and is investigating ...": after a noun phrase that a verb of stance takes as its
/// content, "and" or "but" before a finite verb (or a new subject: ", but he has also ...")
/// coordinates with the cue, not inside the content; the content ends before it, as it does
/// before a phrase of time or circumstance ("criticized Bill Clinton [during a debate]"). Not after a
/// verb of saying, whose content is a clause even without "that" ("says he respects Clinton
/// and calls her ..."), nor in a content with a verb or a pronoun before the conjunction.
pub fn clip_object_contents(doc: &Doc, found: &mut [Attribution]) {
    for a in found.iter_mut() {
        let Some(cue) = a.cue.clone() else { continue };
        if cue.clone().any(|i| doc.is_strong_cue(i)) {
            continue;
        }
        let Some(r) = a.content.iter_mut().find(|r| r.start == cue.end) else { continue };
        if let Some(end) = noun_phrase_end(doc, r) {
            r.end = end;
        }
    }
}

/// Where a noun-phrase content `r` ends before a coordinated predicate, if it does.
fn noun_phrase_end(doc: &Doc, r: &Range<usize>) -> Option<usize> {
    let quoted = |i: usize| doc.is_quote(i) || doc.quote_of.get(i).copied().flatten().is_some();
    // A finite verb: an auxiliary, a past form, or a listed cue with "-s" or "-ed" ("calls");
    // not "-ing" ("speaking fees"), an adverb ("wildly inaccurate", "and even a little") nor a
    // compound adjective ("deep-seated").
    let finite = |k: usize| {
        let w = doc.word(k);
        let auxiliary = matches!(w, "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "could" | "can" | "may" | "might" | "should" | "did" | "does" | "do");
        let past = w.len() > 4 && w.ends_with("ed") && !w.contains('-');
        !doc.is_capitalised(k) && (auxiliary || past || (doc.is_cue(k) && (w.ends_with('s') || w.ends_with("ed"))))
    };
    if quoted(r.start) || matches!(doc.word(r.start), "that" | "whether" | "if" | "how" | "why" | "what" | "who" | "when" | "where") {
        return None;
    }
    // "did not want to remain in the hospital but was treated ...": an infinitive coordinates
    // only with base forms, so a finite verb after "and"/"but" is the cue's too; a phrase of
    // time may be the infinitive's ("to stay during the storm").
    let infinitive = doc.word(r.start) == "to";
    for i in r.clone() {
        // A verb or a pronoun before the conjunction makes the content a clause.
        if quoted(i) || finite(i) || is_personal_pronoun(doc.word(i)) || doc.word(i).ends_with("'s") && is_personal_pronoun(doc.word(i).trim_end_matches("'s")) {
            return None;
        }
        // "endorsed Clinton [during a rally]", "has criticised Trump [since they both ran]": a
        // phrase of time or circumstance after the object is the cue's, not the object's.
        if !infinitive && doc.words_in(r.start..i) >= 1 && matches!(doc.word(i), "during" | "since" | "while" | "despite" | "after" | "before" | "when" | "because") {
            // With its measure of time ("Obama [ever] since", "the chart, [just a day] after").
            let mut end = i;
            let quantity = |k: usize| matches!(doc.word(k), "a" | "an" | "one" | "two" | "three" | "few" | "several") || doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
            while end > r.start + 1 {
                let w = doc.word(end - 1);
                if matches!(w, "just" | "only" | "shortly" | "soon" | "long" | "ever" | "even" | "right" | "moments" | "until") {
                    end -= 1;
                } else if is_unit_of_time(w) && end > r.start + 2 && quantity(end - 2) {
                    end -= 2;
                } else {
                    break;
                }
            }
            return Some(if doc.is_punct(end - 1, ",") { end - 1 } else { end });
        }
        if !matches!(doc.word(i), "and" | "but") || doc.words_in(r.start..i) < 1 {
            continue;
        }
        let mut verb = i + 1;
        while matches!(doc.word(verb), "also" | "then" | "later" | "since") {
            verb += 1;
        }
        let new_subject = is_personal_pronoun(doc.word(verb)) && doc.word(verb) != "it" && finite(verb + 1);
        if verb < r.end && (finite(verb) || new_subject) {
            return Some(if doc.is_punct(i - 1, ",") { i - 1 } else { i });
        }
    }
    None
}

/// Units of a measure of time before "after" or "before" ("just [a day] after", "[three
/// weeks] before").
fn is_unit_of_time(word: &str) -> bool {
    matches!(word, "minute" | "minutes" | "hour" | "hours" | "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years")
}

#[cfg(test)]
mod tests {
    use super::super::cues::Cues;
    use super::*;
    use crate::text::TextLayer;

    /// The content after [`clip_object_contents`] (tokens from `content` to the end).
    fn object(text: &str, cue: &str, content: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let token = |s: &str| doc.tokens.iter().position(|t| t.text(text) == s).unwrap();
        let c = token(cue);
        let mut found = vec![Attribution { content: vec![token(content)..doc.len() - 1], cue: Some(c..c + 1), source: None }];
        clip_object_contents(&doc, &mut found);
        doc.text_of(&found[0].content[0]).to_string()
    }

    #[test]
    fn a_predicate_coordinated_after_a_noun_phrase_is_no_content() {
        assert_eq!(object("Warren slammed his proposal as too vague and called for a review.", "slammed", "his"), "his proposal as too vague");
        assert_eq!(object("Sanders fired his data director and is investigating others.", "fired", "his"), "his data director");
        assert_eq!(object("She praised the deal, but she has also warned of risks.", "praised", "the"), "the deal");
        assert_eq!(object("She plans to vote in the primary but is undecided.", "plans", "to"), "to vote in the primary");
        // An infinitive keeps a phrase of time and its own coordinated base form.
        assert_eq!(object("She plans to stay during the storm.", "plans", "to"), "to stay during the storm");
        assert_eq!(object("She plans to vote and campaign in the primary.", "plans", "to"), "to vote and campaign in the primary");
        // A phrase of time or circumstance after the object, with its measure of time.
        assert_eq!(object("Brown criticized Bill Clinton during a debate in 1992.", "criticized", "Bill"), "Bill Clinton");
        assert_eq!(object("Trump tweeted a chart of crime statistics, just a day after the rally.", "tweeted", "a"), "a chart of crime statistics");
        assert_eq!(object("Democrats have fought about Obama ever since he took office.", "about", "Obama"), "Obama");
        // Counter-examples: a verb of saying, a clause, an adjective, a compound adjective.
        for (text, cue, content) in [
            ("He said the plan failed and called for a review.", "said", "the"),
            ("He backed she is right and called for a review.", "backed", "she"),
            ("She decried the racist and wildly inaccurate chart.", "decried", "the"),
            ("She decried the anxiety and deep-seated anger of workers.", "decried", "the"),
        ] {
            let whole = &text[text.find(&format!(" {content} ")).unwrap() + 1..text.len() - 1];
            assert_eq!(object(text, cue, content), whole, "{text}");
        }
    }
}
