//! Speaker labels: attributions that a punctuation mark makes, with no reporting verb.
//!
//! - `NAME: text` opening a paragraph (interview transcripts, "WALLACE: Let's start ...";
//!   headlines, "Pence: Flowers won't be at debate"): the name is the source, the colon the
//!   cue, the rest of the paragraph the content. The name is one to three capitalised words
//!   (all in capitals, or at most two in title case), not opened by a determiner ("The
//!   Latest: ...").
//! - `“...” ― NAME` (a dash after a quotation, then a name): the signature of a quotation.
//!
//! The cue tagger rarely learns these (few examples, no verb), so they are added where nothing
//! else claims their tokens.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::attribution::{Attribution, UsedTokens};
use super::doc::Doc;
use crate::lexicon::{embedded_list, word_set};
use crate::text::TokenKind;

embedded_list! {
    /// Words that tag a headline, a caption or a note ("LIVE", "Photo", "Source").
    fn page_labels() -> HashSet<&'static str> = word_set, "page-labels.txt";
}

/// Most words in a label's name.
const MAX_NAME: usize = 3;

fn is_dash(w: &str) -> bool {
    matches!(w, "―" | "—" | "--" | "–")
}

/// Whether token `i` is a word whose first letter is a capital; and whether it is all capitals.
fn capitalised(doc: &Doc, i: usize) -> Option<bool> {
    let t = doc.tokens.get(i).filter(|t| t.kind == TokenKind::Word)?;
    let w = t.text(doc.text);
    w.chars().next().filter(|c| c.is_uppercase())?;
    Some(w.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && w.chars().count() > 1)
}

/// The capitalised words from token `from` (at most MAX_NAME, before `limit`): their end and
/// whether all are in capitals.
fn name_from(doc: &Doc, from: usize, limit: usize) -> (usize, bool) {
    let mut end = from;
    let mut caps = true;
    while end < limit && end < from + MAX_NAME {
        match capitalised(doc, end) {
            Some(c) => caps &= c,
            None => break,
        }
        end += 1;
    }
    (end, caps)
}

/// "Q:" marks an interviewer's question: no claim ("A:", the answer, is the interviewee's).
fn is_interview_mark(doc: &Doc, name: &Range<usize>) -> bool {
    name.len() == 1 && doc.word(name.start) == "q" && doc.is_punct(name.end, ":")
}

/// "A: “...,” Rushdie said.": an interviewee's answer quoted and followed by a reporting verb
/// is that verb's claim; "A" is no speaker then. An answer in the interviewee's own words ("A:
/// I believe ...") stays the answer's.
pub fn is_answer_with_own_cue(doc: &Doc, a: &Attribution) -> bool {
    let Some(s) = a.source.as_ref().filter(|s| s.len() == 1 && doc.is_punct(s.end, ":")) else { return false };
    if doc.tokens.get(s.start).is_none_or(|t| t.text(doc.text) != "A") {
        return false;
    }
    let para_end = doc.paragraphs.get(doc.paragraph_of(s.start)).map_or(doc.len(), |p| p.end);
    doc.quote_opening_at(s.end + 1).is_some_and(|q| (q.tokens.end..para_end).any(|i| doc.is_strong_cue(i)))
}

/// "LIVE:", "Photo:", "Source:": a tag before a headline, a caption or a note names no speaker.
fn is_page_label(doc: &Doc, name: &Range<usize>) -> bool {
    name.len() == 1 && page_labels().contains(doc.word(name.start))
}

/// "NAME: text" at the start of each paragraph.
fn colon_labels(doc: &Doc, out: &mut Vec<Attribution>) {
    for para in &doc.paragraphs {
        let mut start = para.start;
        if doc.is_quote(start) {
            start += 1;
        }
        let (end, caps) = name_from(doc, start, para.end);
        let words = end - start;
        let fits = words > 0 && (caps || words <= 2) && !matches!(doc.word(start), "the" | "a" | "an") && !is_interview_mark(doc, &(start..end)) && !is_page_label(doc, &(start..end));
        if fits && doc.is_punct(end, ":") && end + 1 < para.end {
            out.push(Attribution { content: vec![end + 1..para.end], cue: Some(end..end + 1), source: Some(start..end) });
        }
    }
}

/// "“...” ― NAME" after each closed quotation.
fn dash_signatures(doc: &Doc, out: &mut Vec<Attribution>) {
    for q in doc.quotes.iter().filter(|q| !q.nested && q.closed) {
        let dash = q.tokens.end;
        if !doc.tokens.get(dash).is_some_and(|t| t.kind == TokenKind::Punct) || !is_dash(doc.word(dash)) {
            continue;
        }
        let para_end = doc.paragraphs.get(doc.paragraph_of(dash)).map_or(doc.len(), |p| p.end);
        let (end, _) = name_from(doc, dash + 1, para_end);
        if end > dash + 1 {
            out.push(Attribution { content: vec![q.tokens.clone()], cue: Some(dash..dash + 1), source: Some(dash + 1..end) });
        }
    }
}

/// The label attributions of a text, in text order.
pub fn labels(doc: &Doc) -> Vec<Attribution> {
    let mut out = Vec::new();
    colon_labels(doc, &mut out);
    dash_signatures(doc, &mut out);
    out.sort_by_key(|a| a.content.first().map_or(0, |r| r.start));
    out
}

/// Adds each label attribution whose tokens no attribution in `found` uses. A found one with
/// the label's cue whose content stops short of the paragraph's end takes the rest when no
/// other attribution uses it ("ANDERSSON: I had no choice. The budget was cut ...": the span
/// model stopped at the first sentence).
pub fn add_labels(doc: &Doc, found: &mut Vec<Attribution>) {
    found.retain(|a| !a.source.as_ref().is_some_and(|s| is_interview_mark(doc, s)));
    let mut used = UsedTokens::of(doc, found);
    // The found attributions by their cue's first token (cues do not overlap): one lookup per
    // label, not a scan of all of them.
    let by_cue: HashMap<usize, usize> = found.iter().enumerate().filter_map(|(k, f)| Some((f.cue.as_ref()?.start, k))).collect();
    for a in labels(doc) {
        let Some(whole) = a.content.first().cloned() else { continue };
        let k = a.cue.as_ref().and_then(|c| by_cue.get(&c.start)).copied();
        let same = k.and_then(|k| found.get_mut(k)).filter(|f| f.cue == a.cue && f.content.len() == 1 && f.content[0].start == whole.start && f.content[0].end < whole.end);
        if let Some(f) = same {
            let rest = f.content[0].end..whole.end;
            if used.free(&rest) && doc.words_in(rest.clone()) > 0 {
                used.mark(&rest);
                f.content[0].end = whole.end;
            }
            continue;
        }
        used.add_if_free(a, found);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    fn read(text: &str) -> Vec<(String, String, String)> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        labels(&doc).iter().map(|a| doc.parts(a)).collect()
    }

    #[test]
    fn transcript_lines_and_headlines() {
        let text = "WALLACE: Let us start.\n\n\"PENCE: Well, look.\n\nPence: Flowers will not attend.\n\nThe Latest: votes cast.\n\nthe rest: none.\n\nQ: Why?\n\nLIVE: Storm batters UK\n\nBREAKING: Fire at port\n\nPhoto: Anna Berg speaks to reporters.\n\nSource: Met Office, 2 November\n\nImage caption: A tree\n\nCorrection: An earlier version said so.";
        let got = read(text);
        let sources: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(sources, ["WALLACE", "PENCE", "Pence"]);
        assert_eq!((got[0].1.as_str(), got[0].2.as_str()), (":", "Let us start."));
    }

    #[test]
    fn signatures_after_quotations() {
        let text = "“He scares me.” ― Anna Berg\n“Not a name” ― and more. “Fine” — Carl.";
        let got = read(text);
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!((got[0].0.as_str(), got[0].1.as_str(), got[0].2.as_str()), ("Anna Berg", "―", "“He scares me.”"));
        assert_eq!(got[1].0, "Carl");
    }
}
