//! Attribution by rules: who said what around each reporting cue.
//!
//! For each cue ("said", "according to") outside quotations, the shape of its neighbourhood
//! decides where source and content are:
//! - `SOURCE CUE (that|:) CONTENT` — "He added, “...”", "X said (that) ...";
//! - `CONTENT, SOURCE CUE.` — "“...,” he said.";
//! - `CONTENT, CUE SOURCE` — inverted: "..., said Mr. X, the minister.";
//! - `NAME, APPOSITIVE, CUE` — "Crucke, the Walloon minister, said ...";
//! - `According to SOURCE, CONTENT` and `CONTENT, according to SOURCE`;
//! - an interrupted quotation `“A,” he said, “B.”` gives one attribution with two contents.
//!
//! Quotations that no cue claims but that follow an attributed quotation in the same paragraph
//! continue it (another content fragment). Everything works on token ranges of the [`Doc`].

use std::ops::Range;

use super::doc::Doc;
use crate::text::{is_party_tag, TokenKind};

/// An attribution as token ranges (end exclusive).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Attribution {
    pub content: Vec<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub source: Option<Range<usize>>,
}

impl Attribution {
    /// Its content, cue and source ranges.
    pub fn ranges(&self) -> impl Iterator<Item = &Range<usize>> {
        self.content.iter().chain(&self.cue).chain(&self.source)
    }

    /// Whether a content part shares a token with `r`.
    pub fn content_overlaps(&self, r: &Range<usize>) -> bool {
        self.content.iter().any(|c| c.start < r.end && r.start < c.end)
    }
}

/// For each of `len` tokens, whether one of `ranges` holds it.
pub fn token_marks<'r>(len: usize, ranges: impl IntoIterator<Item = &'r Range<usize>>) -> Vec<bool> {
    let mut marks = vec![false; len];
    for r in ranges {
        marks.get_mut(r.clone()).into_iter().flatten().for_each(|slot| *slot = true);
    }
    marks
}

/// The tokens the attributions found so far use (content, cue or source): one added after the
/// models keeps to free tokens.
pub struct UsedTokens(Vec<bool>);

impl UsedTokens {
    pub fn of(doc: &Doc, found: &[Attribution]) -> UsedTokens {
        UsedTokens(token_marks(doc.len(), found.iter().flat_map(Attribution::ranges)))
    }

    /// Whether no token of `r` is used (a token past the text counts as used).
    pub fn free(&self, r: &Range<usize>) -> bool {
        !r.clone().any(|i| self.0.get(i).copied().unwrap_or(true))
    }

    pub fn mark(&mut self, r: &Range<usize>) {
        self.0.get_mut(r.clone()).into_iter().flatten().for_each(|slot| *slot = true);
    }

    /// Adds `a` to `found` and marks its tokens when all of them are free.
    pub fn add_if_free(&mut self, a: Attribution, found: &mut Vec<Attribution>) {
        if a.ranges().all(|r| self.free(r)) {
            a.ranges().for_each(|r| self.mark(r));
            found.push(a);
        }
    }
}

/// The rules' attribution of each cue token, so that finding a cue's is not a scan of all.
pub struct RuleIndex<'r> {
    rules: &'r [Attribution],
    at: Vec<Option<usize>>,
}

impl<'r> RuleIndex<'r> {
    pub fn new(doc: &Doc, rules: &'r [Attribution]) -> RuleIndex<'r> {
        let mut at: Vec<Option<usize>> = vec![None; doc.len()];
        for (k, r) in rules.iter().enumerate() {
            for slot in r.cue.clone().and_then(|c| at.get_mut(c)).into_iter().flatten() {
                slot.get_or_insert(k);
            }
        }
        RuleIndex { rules, at }
    }

    /// The rules' attribution whose cue shares a token with `cue`.
    pub fn of(&self, cue: &Range<usize>) -> Option<&'r Attribution> {
        self.at.get(cue.clone())?.iter().find_map(|&k| k).and_then(|k| self.rules.get(k))
    }
}

/// Words that can stand between a subject and its reporting verb ("has also said"), given in
/// lower case: the listed ones and any word in "-ly". The rules and the models' features use
/// this reading (the models were trained with it); after the models, `Doc::is_helper` also
/// knows that a capitalised "-ly" word is a name ("Mrs. Schlafly said").
pub fn is_verb_helper(w: &str) -> bool {
    is_listed_helper(w) || is_ly_adverb(w)
}

pub fn is_listed_helper(w: &str) -> bool {
    matches!(
        w,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "be" | "been" | "being" | "will" | "would" | "could"
            | "can" | "may" | "might" | "should" | "did" | "does" | "do" | "also" | "further" | "later" | "then"
            | "again" | "once" | "often" | "still" | "already" | "even" | "never" | "not" | "n't" | "always"
            | "previously" | "repeatedly" | "recently" | "publicly" | "privately" | "reportedly" | "earlier"
    )
}

/// An adverb by its ending ("publicly", "bluntly"); written with a capital it is a name
/// ("Schlafly", "Connolly").
pub fn is_ly_adverb(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_alphabetic)
}

/// Words that end a noun phrase scanned leftwards from a cue (a clause starts after them).
fn is_clause_word(w: &str) -> bool {
    matches!(
        w,
        "that" | "and" | "but" | "or" | "while" | "because" | "when" | "as" | "after" | "before" | "if" | "although"
            | "though" | "since" | "where" | "whereas" | "so" | "said" | "says" | "than" | "until"
    )
}

/// "he", "she", "they", "it", "we", "I", "you" (lower-cased).
pub fn is_personal_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "they" | "it" | "we" | "i" | "you")
}

fn is_pronoun_subject(w: &str) -> bool {
    is_personal_pronoun(w) || matches!(w, "who" | "which")
}

/// The longest noun phrase a source can be, in tokens.
const MAX_SOURCE: usize = 12;

/// The longest reported content the rules take, in tokens (keeps pathological sentences linear).
const MAX_CONTENT: usize = 200;

/// Attributions found by rules, ordered by their first content token.
pub fn by_rules(doc: &Doc) -> Vec<Attribution> {
    let mut out: Vec<Attribution> = Vec::new();
    // Tokens already given a role, so that a cue inside an earlier content is not used again.
    let mut taken = vec![false; doc.len()];
    for m in &doc.cues {
        let cs = m.tokens.start;
        if doc.quote_of.get(cs).copied().flatten().is_some() || taken.get(cs).copied().unwrap_or(true) {
            continue;
        }
        let found = if doc.word(cs) == "according" { according_to(doc, m.tokens.clone()) } else { verb_cue(doc, m.tokens.clone(), m.weak) };
        let Some(a) = found else { continue };
        if a.content.is_empty() || a.content.iter().flat_map(Clone::clone).any(|i| taken[i]) {
            continue;
        }
        for r in a.content.iter().chain(&a.cue).chain(&a.source) {
            for slot in taken.get_mut(r.clone()).into_iter().flatten() {
                *slot = true;
            }
        }
        out.push(a);
    }
    continue_quotations(doc, &mut out, &taken);
    out.sort_by_key(|a| a.content.first().map_or(0, |r| r.start));
    out
}

/// The rules' reading of an "according to" cue, whatever other cues claim (the tagger reuses it).
pub fn according_to(doc: &Doc, cue: Range<usize>) -> Option<Attribution> {
    let sent = doc.sentence.get(cue.start)?.clone();
    let source = right_np(doc, cue.end, sent.end)?;
    let before = cue.start.checked_sub(1);
    let sentence_initial = cue.start == sent.start || before.is_some_and(|b| doc.is_quote(b) && b == sent.start);
    let after_source = source.end;
    let content = if sentence_initial || (doc.is_punct(after_source, ",") && sent.end.saturating_sub(after_source) > 3 && before.is_some_and(|b| !doc.is_punct(b, ",") || doc.word(b.saturating_sub(1)) == "that")) {
        // "According to X, CONTENT" or "that, according to X, CONTENT".
        let start = if doc.is_punct(after_source, ",") { after_source + 1 } else { after_source };
        trim(doc, start..sent.end)
    } else {
        // "CONTENT, according to X."
        let b = before?;
        if !doc.is_punct(b, ",") {
            return None;
        }
        content_before(doc, b, sent.start)
    }?;
    Some(Attribution { content: vec![content], cue: Some(cue), source: Some(source) })
}

fn verb_cue(doc: &Doc, cue: Range<usize>, weak: bool) -> Option<Attribution> {
    let sent = doc.sentence.get(cue.start)?.clone();
    // Helpers before the verb belong to the cue ("has also said").
    let mut cs = cue.start;
    while cs > sent.start && is_verb_helper(doc.word(cs - 1)) && doc.tokens.get(cs - 1).is_some_and(|t| t.is_word()) {
        cs -= 1;
    }
    let ce = cue.end;
    let cue = cs..ce;
    let next = doc.word(ce);
    let opens_quote = |i: usize| doc.quote_opening_at(i).is_some();
    let forward_marker = next == ":" || next == "that" || opens_quote(ce) || (next == "," && opens_quote(ce + 1));
    let at_end = ce >= sent.end || doc.is_terminal(ce) || next == "," || doc.is_quote(ce);
    let after_break = cs > sent.start && (doc.is_punct(cs - 1, ",") || doc.quote_closing_at(cs - 1).is_some());

    if after_break {
        if let Some(source) = appositive_source(doc, cs - 1, sent.start) {
            return forward_or_backward(doc, cue, source, sent, forward_marker, weak);
        }
        // Inverted: "“...,” said X" / "..., said the minister."
        let source = right_np(doc, ce, sent.end)?;
        let content = content_before(doc, cs - 1, sent.start)?;
        let mut a = Attribution { content: vec![content], cue: Some(cue), source: Some(source.clone()) };
        interrupted(doc, &mut a, source.end);
        return Some(a);
    }
    let source = left_np(doc, cs, sent.start)?;
    let quote_before = source.start.checked_sub(1).is_some_and(|b| {
        doc.quote_closing_at(b).is_some() || (doc.is_punct(b, ",") && b.checked_sub(1).is_some_and(|p| doc.quote_closing_at(p).is_some()))
    });
    if !quote_before && (forward_marker || !at_end) {
        return forward_or_backward(doc, cue, source, sent, forward_marker, weak);
    }
    // "CONTENT, SOURCE CUE."
    let b = source.start.checked_sub(1)?;
    if !(doc.is_punct(b, ",") || doc.quote_closing_at(b).is_some()) {
        return None;
    }
    let content = content_before(doc, b, sent.start)?;
    let mut a = Attribution { content: vec![content], cue: Some(cue), source: Some(source) };
    let end = a.cue.as_ref().map_or(0, |c| c.end);
    interrupted(doc, &mut a, end);
    Some(a)
}

fn forward_or_backward(doc: &Doc, cue: Range<usize>, source: Range<usize>, sent: Range<usize>, marker: bool, weak: bool) -> Option<Attribution> {
    if weak && !marker {
        return None;
    }
    let mut start = cue.end;
    while doc.is_punct(start, ":") || doc.is_punct(start, ",") {
        start += 1;
    }
    let content = if let Some(q) = doc.quote_opening_at(start) {
        q.tokens.clone()
    } else {
        let end = clause_end(doc, start, sent.end);
        trim(doc, start..end)?
    };
    Some(Attribution { content: vec![content], cue: Some(cue), source: Some(source) })
}

/// Where reported content starting at `start` ends: the sentence end, or the clause break
/// before another cue with its own subject in the same sentence ("X said A, and Y said B").
fn clause_end(doc: &Doc, start: usize, sent_end: usize) -> usize {
    let sent_end = sent_end.min(start + MAX_CONTENT);
    let mut last_break = None;
    for i in start..sent_end {
        if doc.quote_of.get(i).copied().flatten().is_none() {
            if doc.is_punct(i, ",") || doc.is_punct(i, ";") || matches!(doc.word(i), "but" | "while" | "and") {
                last_break = Some(i);
            } else if doc.is_cue(i) && i > start + 1 {
                if let Some(b) = last_break {
                    if i - b <= MAX_SOURCE && left_np(doc, i, b).is_some() {
                        return b;
                    }
                }
            }
        }
    }
    sent_end
}

/// "NAME, APPOSITIVE, CUE": the name and its appositive, when the token at `comma` closes
/// an appositive that starts with a determiner and follows a capitalised name.
fn appositive_source(doc: &Doc, comma: usize, sent_start: usize) -> Option<Range<usize>> {
    if !doc.is_punct(comma, ",") {
        return None;
    }
    let np = left_np(doc, comma, sent_start)?;
    if !matches!(doc.word(np.start), "the" | "a" | "an" | "his" | "her" | "its" | "their") {
        return None;
    }
    let c2 = np.start.checked_sub(1)?;
    if !doc.is_punct(c2, ",") {
        return None;
    }
    let name = left_np(doc, c2, sent_start)?;
    let capital = |i: usize| doc.is_capitalised(i);
    (name.clone().all(capital) && name.len() <= 4).then_some(name.start..np.end)
}

/// "SUBJECT, which/who ..., CUE": the subject before a relative clause or a participle phrase
/// that the comma at `comma` closes ("The Walloon government, which relies on the airport,
/// stressed that ...", "Officials in Texas, where the outbreak began, said ...", "The minister,
/// speaking on condition of anonymity, said ...", "The mayor, asked about the delay, said ..."). None when no such clause ends there.
pub fn relative_clause(doc: &Doc, comma: usize, sent_start: usize) -> Option<(Range<usize>, Range<usize>)> {
    if !doc.is_punct(comma, ",") {
        return None;
    }
    // The clause's opening comma: the nearest one before, followed by a relative pronoun or
    // a participle.
    let open = (sent_start..comma).rev().take(MAX_CONTENT).find(|&i| doc.is_punct(i, ","))?;
    let first = doc.word(open + 1);
    let relative = matches!(first, "which" | "who" | "whose" | "whom" | "where");
    let word = |i: usize| doc.tokens.get(i).is_some_and(|t| t.is_word());
    let participle = word(open + 1)
        && !doc.is_capitalised(open + 1)
        && ((first.len() > 4 && first.ends_with("ing"))
            || (first.len() > 3 && first.ends_with("ed") && matches!(doc.word(open + 2), "about" | "by" | "on" | "at" | "in" | "for" | "to" | "if" | "whether" | "why" | "what" | "how")));
    if !(relative || participle) || doc.quote_of.get(open).copied().flatten().is_some() {
        return None;
    }
    let subject = left_np(doc, open, sent_start)?;
    Some((subject, open..comma + 1))
}

/// [`left_np`], where a name keeps a tag in parentheses after it ("the Office for National
/// Statistics (ONS)", "Rick Scott (R)"). Not for the rules: their reading is a feature of the
/// claims model, which learnt it without tags.
pub fn left_np_tagged(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    if let Some(tag) = name_tag_before(doc, end).filter(|t| t.start > floor) {
        if let Some(np) = left_np(doc, tag.start, floor).filter(|np| doc.is_capitalised(np.end - 1)) {
            return Some(np.start..tag.end);
        }
    }
    left_np(doc, end, floor)
}

/// A tag in parentheses that ends a name just before `end`: a party and state ("(R)",
/// "(D-Calif.)", "(R-Pa.)"), the name's abbreviation ("(ONS)") or its quoted short names.
pub fn name_tag_before(doc: &Doc, end: usize) -> Option<Range<usize>> {
    let close = end.checked_sub(1).filter(|&c| doc.is_punct(c, ")"))?;
    let Some(open) = (close.saturating_sub(MAX_TAG_TOKENS)..close).rev().find(|&i| doc.is_punct(i, "(")) else {
        return defined_term_before(doc, close);
    };
    let inside = open + 1..close;
    let first = doc.tokens.get(open + 1).map_or("", |t| t.text(doc.text));
    let party = matches!(first, "R" | "D" | "I") || is_party_tag(first);
    let plain = inside.clone().all(|i| doc.is_capitalised(i) || doc.is_punct(i, "-") || doc.is_punct(i, "."));
    let abbreviation = inside.len() == 1 && first.chars().count() >= 2 && first.chars().all(|c| c.is_ascii_uppercase() || c == '&');
    ((party && plain || abbreviation) && !inside.is_empty()).then_some(open..close + 1).or_else(|| defined_term_before(doc, close))
}

/// "Acme Robotics Ltd (“Acme” or “the Company”)": the short names a text defines for a name,
/// quoted in the brackets that close at `close`.
fn defined_term_before(doc: &Doc, close: usize) -> Option<Range<usize>> {
    let open = (close.saturating_sub(MAX_DEFINED_TOKENS)..close).rev().find(|&i| doc.is_punct(i, "("))?;
    let inside = open + 1..close;
    let quoted = doc.quote_opening_at(open + 1).is_some() && doc.quote_closing_at(close - 1).is_some();
    let fits = inside.clone().all(|i| doc.is_quote(i) || doc.is_capitalised(i) || matches!(doc.word(i), "or" | "the" | ","));
    (quoted && fits).then_some(open..close + 1)
}

/// The most tokens of quoted short names in brackets, the opening bracket included.
pub const MAX_DEFINED_TOKENS: usize = 12;

/// The most tokens of a name's tag in parentheses, its opening mark included.
const MAX_TAG_TOKENS: usize = 6;

/// The noun phrase that ends just before `end`, scanned leftwards to a clause boundary.
pub fn left_np(doc: &Doc, end: usize, floor: usize) -> Option<Range<usize>> {
    let mut start = end;
    while start > floor && end - start < MAX_SOURCE {
        let i = start - 1;
        let t = doc.tokens.get(i)?;
        let w = doc.word(i);
        let boundary = match t.kind {
            TokenKind::Quote(_) => true,
            TokenKind::Punct => !matches!(w, "." | "-" | "&" | "'s" | "’s"),
            _ => is_clause_word(w) || doc.is_cue(i),
        };
        if boundary {
            break;
        }
        start = i;
        if is_pronoun_subject(w) {
            break;
        }
    }
    // A pronoun before others ("he also") is the subject alone.
    (start < end).then(|| start..end)
}

/// The noun phrase from `start` rightwards to the next clause break or the sentence end.
pub fn right_np(doc: &Doc, start: usize, sent_end: usize) -> Option<Range<usize>> {
    let mut end = start;
    while end < sent_end && end - start < MAX_SOURCE + 3 {
        let t = doc.tokens.get(end)?;
        let stop = match t.kind {
            TokenKind::Quote(_) => true,
            TokenKind::Punct => !matches!(doc.word(end), "-" | "&" | "'s" | "’s"),
            _ => matches!(doc.word(end), "that" | "who" | "which" | "in" | "on" | "at" | "during" | "when" | "while"),
        };
        if stop {
            break;
        }
        end += 1;
    }
    (end > start).then(|| start..end)
}

/// The content that ends at the break token `b` (a comma or a closing quote mark): the
/// quotation closing there, or the clause from the sentence start.
fn content_before(doc: &Doc, b: usize, sent_start: usize) -> Option<Range<usize>> {
    if let Some(q) = doc.quote_closing_at(b) {
        return Some(q.tokens.clone());
    }
    if doc.is_punct(b, ",") {
        if let Some(q) = b.checked_sub(1).and_then(|p| doc.quote_closing_at(p)) {
            return Some(q.tokens.clone());
        }
    }
    // A sentence that starts inside a quotation begun earlier: the content is that quotation.
    let mut start = sent_start;
    if let Some(q) = doc.quote_of.get(start).copied().flatten().and_then(|q| doc.quotes.get(q)) {
        start = q.tokens.start.min(start);
    }
    trim(doc, start..b)
}

/// "“A,” he said, “B.”": the quotation after `after` (past a comma) is a second content.
fn interrupted(doc: &Doc, a: &mut Attribution, after: usize) {
    let mut i = after;
    if doc.is_punct(i, ",") || doc.is_punct(i, ":") {
        i += 1;
    }
    if let Some(q) = doc.quote_opening_at(i) {
        if a.content.first().is_some_and(|c| c.end <= q.tokens.start) {
            a.content.push(q.tokens.clone());
        }
    }
}

/// Drops sentence-final punctuation outside quotations; None when nothing is left.
pub fn trim(doc: &Doc, r: Range<usize>) -> Option<Range<usize>> {
    let mut end = r.end;
    while end > r.start && (doc.is_terminal(end - 1) || doc.is_punct(end - 1, ",")) && doc.quote_of.get(end - 1).copied().flatten().is_none() {
        end -= 1;
    }
    (end > r.start).then(|| r.start..end)
}

/// Quotations no cue claimed that follow an attributed quotation in the same paragraph
/// continue it: "“A,” he said. “B.”". Quotations and attributions are both in text order,
/// so one pass over each.
fn continue_quotations(doc: &Doc, out: &mut [Attribution], taken: &[bool]) {
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&k| out[k].content.last().map_or(0, |c| c.end));
    let mut next = 0;
    let mut prev: Option<usize> = None;
    for q in doc.quotes.iter().filter(|q| !q.nested) {
        while let Some(&k) = order.get(next) {
            if out[k].content.last().map_or(0, |c| c.end) > q.tokens.start {
                break;
            }
            prev = Some(k);
            next += 1;
        }
        let Some(a) = prev.and_then(|k| out.get_mut(k)) else { continue };
        let Some(last) = a.content.last().cloned() else { continue };
        let para = doc.paragraph_of(q.tokens.start);
        let same_para = doc.paragraphs.get(para).is_some_and(|p| p.start <= last.start);
        let near = q.tokens.start.saturating_sub(last.end) <= MAX_SOURCE;
        if !same_para || !near || doc.quote_opening_at(last.start).is_none() || doc.words_in(q.tokens.clone()) < 4 {
            continue;
        }
        let is_taken = |i: usize| taken.get(i).copied().unwrap_or(true);
        let between_free = (last.end..q.tokens.start).all(|i| is_taken(i) || !doc.tokens.get(i).is_some_and(|t| t.is_word()));
        if between_free && !is_taken(q.tokens.start) && !q.tokens.clone().any(is_taken) {
            a.content.push(q.tokens.clone());
        }
    }
}

/// The number of word and number tokens in a range.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::claims::cues::Cues;
    use crate::text::TextLayer;

    /// (content fragments, cue, source) as text.
    fn rules(text: &str) -> Vec<(Vec<String>, String, String)> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let s = |r: &Range<usize>| doc.text_of(r).to_string();
        by_rules(&doc)
            .iter()
            .map(|a| (a.content.iter().map(s).collect(), a.cue.as_ref().map(s).unwrap_or_default(), a.source.as_ref().map(s).unwrap_or_default()))
            .collect()
    }

    fn one(content: &[&str], cue: &str, source: &str) -> (Vec<String>, String, String) {
        (content.iter().map(|c| c.to_string()).collect(), cue.to_string(), source.to_string())
    }

    #[test]
    fn source_cue_then_quote() {
        assert_eq!(rules("He added, “We will not comply.”"), [one(&["“We will not comply.”"], "added", "He")]);
    }

    #[test]
    fn reported_speech_with_and_without_that() {
        assert_eq!(
            rules("The minister also explained that companies are required to cooperate."),
            [one(&["that companies are required to cooperate"], "also explained", "The minister")]
        );
        assert_eq!(rules("Kevin Sullivan says he instructed staff Monday."), [one(&["he instructed staff Monday"], "says", "Kevin Sullivan")]);
    }

    #[test]
    fn quote_then_source_and_inverted_order() {
        assert_eq!(rules("“We will win,” he said."), [one(&["“We will win,”"], "said", "he")]);
        assert_eq!(rules("“We will win,” said Mr. Smith, the chairman."), [one(&["“We will win,”"], "said", "Mr. Smith")]);
        assert_eq!(rules("Taxes will rise, the senator warned."), [one(&["Taxes will rise"], "warned", "the senator")]);
    }

    #[test]
    fn interrupted_quote_is_one_claim_with_two_contents() {
        assert_eq!(
            rules("“We will not pay,” she said, “because the rules are clear.”"),
            [one(&["“We will not pay,”", "“because the rules are clear.”"], "said", "she")]
        );
    }

    #[test]
    fn according_to_before_and_after() {
        assert_eq!(rules("According to the agency, the risk is real."), [one(&["the risk is real"], "According to", "the agency")]);
        assert_eq!(rules("The risk is real, according to the agency."), [one(&["The risk is real"], "according to", "the agency")]);
    }

    #[test]
    fn appositive_source() {
        assert_eq!(
            rules("Smith, the regional minister, said, “Prices will fall next year.”"),
            [one(&["“Prices will fall next year.”"], "said", "Smith, the regional minister")]
        );
    }

    #[test]
    fn a_following_quotation_continues_the_claim() {
        assert_eq!(
            rules("“We will win,” he said. “Nobody can stop us now.”"),
            [one(&["“We will win,”", "“Nobody can stop us now.”"], "said", "he")]
        );
    }

    /// The subject and the clause before the comma that ends at the cue "said".
    fn subject_of_clause(text: &str) -> Option<(String, String)> {
        let layer = TextLayer::new(text);
        let doc = Doc::new(text, &layer, Cues::shared());
        let s = |r: Range<usize>| doc.text_of(&r).to_string();
        let said = (0..doc.len()).find(|&i| doc.word(i) == "said")?;
        relative_clause(&doc, said - 1, 0).map(|(subject, clause)| (s(subject), s(clause)))
    }

    #[test]
    fn relative_clauses_and_participle_phrases_before_a_cue() {
        let got = |t: &str| subject_of_clause(t).map(|(s, _)| s);
        assert_eq!(got("The union, which represents nurses, said it would strike."), Some("The union".into()));
        assert_eq!(got("The minister, speaking on condition of anonymity, said no."), Some("The minister".into()));
        assert_eq!(got("The mayor, asked about the delay, said no."), Some("The mayor".into()));
        assert_eq!(got("Officials in Texas, where the outbreak began, said no."), Some("Officials in Texas".into()));
        // "when" may follow a time or a place ("in 2008, when she campaigned"): not read.
        assert_eq!(got("The mayor, when the vote came, said no."), None);
        // Not a clause about the subject: an appositive, a capitalised word, a past tense verb.
        assert_eq!(got("Smith, the regional minister, said no."), None);
        assert_eq!(got("In Reading, Berg said no."), None);
        assert_eq!(got("The plan failed, the minister agreed, said Berg."), None);
    }

    #[test]
    fn cue_words_inside_quotations_are_not_cues() {
        assert_eq!(rules("She said, “They said no to everything we asked.”").len(), 1);
    }
}
