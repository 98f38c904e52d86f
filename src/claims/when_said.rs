//! "Powell said last month that inflation had come down": a time phrase between a cue and the
//! "that" of its content says when it was said. The span model sometimes starts the content
//! inside it ("month that inflation ..."); the content starts at "that" instead, and the time
//! phrase stays out of cue and content (as PolNeAR annotates it 67 times in 83 in training).
//! So does a clause of circumstance before the speaker ("As temperatures rose, he spoke to us
//! about ...").

use super::attribution::Attribution;
use super::doc::Doc;
use std::ops::Range;

use super::source_grammar::is_time;
use crate::entities::calendar::months;

/// The most words of the content's opening that are searched for "that".
const OPENING: usize = 4;
/// The most tokens of a speaker between a comma and the cue.
const SPEAKER: usize = 10;

pub fn without_when_it_was_said(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    // "As temperatures reached 41C this week, he spoke to us about ...": a clause of
    // circumstance that ends at the comma before the speaker says when, when a content follows
    // the cue at once. After a speaker set off by commas, it is the content's opening ("While
    // confidence is high, he said, “this has done nothing ...”").
    if a.content.iter().any(|c| c.start == cue.end) && !doc.is_punct(cue.end, ",") {
        let speaker = a.source.as_ref().map_or(cue.start, |s| s.start.min(cue.start));
        let circumstance = |c: &Range<usize>| c.end < speaker && is_circumstance(doc.word(c.start)) && (c.end..speaker).all(|i| doc.is_punct(i, ","));
        a.content.retain(|c| !circumstance(c));
    }
    if let Some(before) = said_before(doc, a, &cue) {
        a.content = vec![before];
        return;
    }
    let Some(first) = a.content.first_mut().filter(|c| c.start >= cue.end) else { return };
    let Some(that) = (first.start..first.end.min(first.start + OPENING)).find(|&i| doc.word(i) == "that") else { return };
    if that > first.start && is_time(doc, &(cue.end..that)) {
        first.start = that;
    }
}

/// Words that open a clause of circumstance after "said Tuesday,".
fn is_circumstance(word: &str) -> bool {
    matches!(word, "as" | "after" | "when" | "while" | "before" | "amid" | "because" | "since" | "following" | "despite")
}

/// "Prices rose, the board said Tuesday, as the drought ...": what follows the time and its
/// comma is a circumstance, and what was said is the sentence's opening before the source
/// and its comma (the span model sometimes takes "Tuesday, as the drought ..." instead).
fn said_before(doc: &Doc, a: &Attribution, cue: &Range<usize>) -> Option<Range<usize>> {
    let first = a.content.first().filter(|c| c.start >= cue.end)?;
    let comma = (first.start..(first.start + OPENING).min(doc.len())).find(|&i| doc.is_punct(i, ","))?;
    if comma == cue.end || !is_time(doc, &(cue.end..comma)) || !is_circumstance(doc.word(comma + 1)) {
        return None;
    }
    let sentence = doc.sentence.get(cue.start)?;
    // The comma before the speaker (found later when the span model left it out: then the
    // last comma before the cue, at most a short noun phrase away).
    let before = match &a.source {
        Some(s) => s.start.checked_sub(1).filter(|&i| doc.is_punct(i, ","))?,
        None => (sentence.start.max(cue.start.saturating_sub(SPEAKER))..cue.start).rev().find(|&i| doc.is_punct(i, ","))?,
    };
    (doc.words_in(sentence.start..before) >= 3).then_some(sentence.start..before)
}

/// "He said the report would come in May.": a time phrase that ends the sentence right after a
/// content which follows its cue is the content's ("come in May"), as PolNeAR annotates it 212
/// times in 236 in training; the span model sometimes leaves it out, taking it for when it was
/// said.
pub fn with_closing_time(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = &a.cue else { return };
    let Some(last) = a.content.last_mut().filter(|c| c.start >= cue.end) else { return };
    let Some(sent) = doc.sentence.get(last.start) else { return };
    let end = last.end;
    // A quotation ends where its mark does ("tweeted “Thank you Indiana!” on Friday").
    if end == 0 || doc.is_quote(end - 1) {
        return;
    }
    if !matches!(doc.word(end), "on" | "in" | "by" | "until" | "from" | "before" | "after" | "next" | "this" | "last" | "early" | "late") {
        return;
    }
    let words = (end + 1..sent.end).take_while(|&i| is_time_word(doc, i)).count();
    let stop = end + 1 + words;
    let closes = doc.is_terminal(stop) && stop + 1 >= sent.end.min(doc.len()) || stop == sent.end;
    if words > 0 && words <= MAX_TIME_WORDS && closes && doc.quote_of.get(end).copied().flatten().is_none() {
        last.end = stop;
    }
}

/// The most words of a closing time phrase after its preposition ("on Monday, June 3" is three).
const MAX_TIME_WORDS: usize = 4;

/// A word of a date: a weekday, a month, a year or a day's number, "week", "month", "year" ...
pub(super) fn is_time_word(doc: &Doc, i: usize) -> bool {
    let w = doc.word(i);
    is_time(doc, &(i..i + 1))
        || months().contains(w)
        || matches!(w, "spring" | "summer" | "autumn" | "fall" | "winter" | "the" | "end" | "of" | "decade" | "quarter")
        || (w.len() <= 4 && !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// The content after the rule, given the cue's words and the content's first word.
    fn content_after(text: &str, cue: &str, from: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let mut a = Attribution { content: vec![doc.first(from)..doc.len() - 1], cue: Some(c..c + 1), source: None };
        without_when_it_was_said(&doc, &mut a);
        let r = &a.content[0];
        doc.text_of(r).to_string()
    }

    #[test]
    fn a_time_before_that_is_no_content() {
        assert_eq!(content_after("Powell said last month that inflation fell.", "said", "month"), "that inflation fell");
        assert_eq!(content_after("Powell said on Tuesday that inflation fell.", "said", "tuesday"), "that inflation fell");
    }

    #[test]
    fn a_circumstance_after_the_time_is_no_content() {
        let text = "Prices climbed to a record, the board said Tuesday, as the drought spread.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (s, c) = (doc.first("the"), doc.first("said"));
        let mut a = Attribution { content: vec![doc.first("tuesday")..doc.len() - 1], cue: Some(c..c + 1), source: Some(s..c) };
        without_when_it_was_said(&doc, &mut a);
        assert_eq!(doc.text_of(&a.content[0]), "Prices climbed to a record");
        // The speaker not found yet: the last comma before the cue.
        let mut a = Attribution { content: vec![doc.first("tuesday")..doc.len() - 1], cue: Some(c..c + 1), source: None };
        without_when_it_was_said(&doc, &mut a);
        assert_eq!(doc.text_of(&a.content[0]), "Prices climbed to a record");
        // Without the comma before the speaker, the content stays.
        let text = "The board said Tuesday, as the drought spread, that prices climbed.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first("said");
        let mut a = Attribution { content: vec![doc.first("tuesday")..doc.len() - 1], cue: Some(c..c + 1), source: Some(0..c) };
        without_when_it_was_said(&doc, &mut a);
        assert_eq!(doc.text_of(&a.content[0]), "Tuesday, as the drought spread, that prices climbed");
    }

    #[test]
    fn a_circumstance_before_the_speaker_is_no_content() {
        let text = "As temperatures reached 41C, he spoke to us about shade.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (he, c) = (doc.first("he"), doc.first("spoke"));
        let both = vec![0..doc.first(","), c + 2..doc.len() - 1];
        let mut a = Attribution { content: both.clone(), cue: Some(c..c + 2), source: Some(he..he + 1) };
        without_when_it_was_said(&doc, &mut a);
        assert_eq!(a.content.iter().map(|r| doc.text_of(r)).collect::<Vec<_>>(), ["us about shade"]);
        // Counter-example: a speaker set off by commas interrupts the content.
        let text = "While confidence is high, he said, nothing has changed.";
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let (he, c) = (doc.first("he"), doc.first("said"));
        let mut a = Attribution { content: vec![0..doc.first(","), c + 2..doc.len() - 1], cue: Some(c..c + 1), source: Some(he..he + 1) };
        without_when_it_was_said(&doc, &mut a);
        assert_eq!(a.content.len(), 2);
    }

    /// The content after [`with_closing_time`], given the cue's word and the content's words.
    fn with_time(text: &str, cue: &str, from: &str, to: &str) -> String {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let c = doc.first(cue);
        let mut a = Attribution { content: vec![doc.first(from)..doc.first(to) + 1], cue: Some(c..c + 1), source: None };
        with_closing_time(&doc, &mut a);
        doc.text_of(&a.content[0]).to_string()
    }

    #[test]
    fn a_closing_time_is_the_contents() {
        assert_eq!(with_time("He said the report would come in May.", "said", "the", "come"), "the report would come in May");
        assert_eq!(with_time("He said it would be ready by the end of March.", "said", "it", "ready"), "it would be ready by the end of March");
        // Counter-examples: a phrase that goes on past the time, a place, a quotation's end.
        assert_eq!(with_time("He said it would come on Monday after the vote.", "said", "it", "come"), "it would come");
        assert_eq!(with_time("He said it would come in London.", "said", "it", "come"), "it would come");
        assert_eq!(with_time("He tweeted “Thank you Indiana!” on Friday.", "tweeted", "“", "”"), "“Thank you Indiana!”");
    }

    #[test]
    fn other_openings_stay() {
        // Not a time: "the report that ..." is what was said.
        assert_eq!(content_after("Powell denied the report that inflation fell.", "denied", "the"), "the report that inflation fell");
        // A time that is the content's own subject, with no "that" soon after.
        assert_eq!(content_after("Powell said this year will be hard.", "said", "this"), "this year will be hard");
    }
}
