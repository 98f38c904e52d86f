//! The learned attribution tagger, in two stages over the `crate::learn` perceptron:
//!
//! 1. the cue model tags each paragraph's reporting cues (BIO), with word, shape, cue-list,
//!    quotation-state, sentence-position and nearest-cue features and the rules' reading
//!    (`features.rs`); a cue model alone finds cues better than one that also tags sources
//!    and contents (PolNeAR dev cue F1 62 against 58);
//! 2. the span model tags, for each cue, that cue's source and content in a window around it
//!    (`spans.rs`), which links them to the cue by construction.
//!
//! Then: helper words between source and cue join the cue; a content stops where another
//! attribution begins; long quotations nothing claims continue the attribution of a quotation
//! just before them in the paragraph, or stand alone; direct quotations the rules attribute
//! and the models missed are kept.

use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::addressee::{is_addressed_noun, is_possessive_determiner, with_subject_after_addressee, without_passive_addressee};
use super::as_expected::as_expected;
use super::anonymity::{is_anonymity_request, without_anonymity_request};
use super::marks_only::without_marks_only;
use super::naming::add_naming;
use super::relative_reports::add_relative_reports;
use super::paragraph_bound::within_cue_paragraph;
use super::that_clauses::join_that_clauses;
use super::when_said::{with_closing_time, without_when_it_was_said};
use super::attribution::{according_to, is_verb_helper, right_np, Attribution, RuleIndex, UsedTokens};
use super::datelines::without_dateline;
use super::doc::Doc;
use super::features::{paragraph_features, rule_roles};
use super::labels::{add_labels, is_answer_with_own_cue};
use super::closing_marks::with_closing_mark;
use super::headline_verbs::with_headline_verb;
use super::coordinated_cues::split_coordinated_cues;
use super::object_contents::clip_object_contents;
use super::findings::add_findings;
use super::beliefs::add_beliefs;
use super::inverted::{add_inverted, final_content, inverted_from_rules, is_speakers_noun};
use super::speaker_after_quotation::with_speaker_after_quotation;
use super::source_grammar::{coordinated_sources, is_time, shared_subject_sources, sources_from_rules, whole_shared_subjects, with_head_nouns, with_speaker_before_organisation};
use super::spans::{cue_features, read_window, span_allowed, windows, SPAN_TAGS};
use crate::learn::{Allowed, Decoder, Features, Model};
use crate::text::TokenKind;

/// The cue model's tag set, in model order.
pub const TAGS: [&str; 3] = ["O", "B-CUE", "I-CUE"];

/// The cue tag of a token that begins (or continues) a cue.
pub fn cue_tag(begin: bool) -> u16 {
    if begin {
        1
    } else {
        2
    }
}

pub fn allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| Allowed::bio(&TAGS))
}

/// The two models: `cue_model` tags the cues of whole paragraphs; `span_model` tags the
/// source and content of each of those cues.
#[derive(Debug)]
pub struct Tagger {
    cue_model: Model,
    span_model: Model,
}

/// Two models in one file: the first one's length (u32, little-endian), then both.
pub fn pack(cue_model: &Model, span_model: &Model) -> Vec<u8> {
    let a = cue_model.to_bytes();
    let mut out = (a.len() as u32).to_le_bytes().to_vec();
    out.extend(a);
    out.extend(span_model.to_bytes());
    out
}

fn unpack(bytes: &[u8]) -> Option<(Model, Model)> {
    let len = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let a = bytes.get(4..4usize.checked_add(len)?)?;
    let b = bytes.get(4 + len..)?;
    Some((Model::from_bytes(a).ok()?, Model::from_bytes(b).ok()?))
}

impl Tagger {
    /// None when a model's tag set is not the one this tagger reads.
    pub fn new(cue_model: Model, span_model: Model) -> Option<Tagger> {
        let fits = cue_model.names().eq(TAGS.iter().copied()) && span_model.names().eq(SPAN_TAGS.iter().copied());
        fits.then_some(Tagger { cue_model, span_model })
    }

    /// The models shipped in `data/models/claims.bin`.
    pub fn embedded() -> Option<Tagger> {
        let (cue_model, span_model) = unpack(include_bytes!("../../data/models/claims.bin"))?;
        Tagger::new(cue_model, span_model)
    }

    /// The cues the first model finds, in text order, and each token's cue margin: how much
    /// better the best tagging that makes it part of a cue scores than the best one that does
    /// not (positive on the cues found).
    pub fn cues(&self, doc: &Doc, rules: &[Attribution]) -> (Vec<Range<usize>>, Vec<f32>) {
        let roles = rule_roles(doc.len(), rules);
        let mut cues: Vec<Range<usize>> = Vec::new();
        let mut margins = vec![f32::NEG_INFINITY; doc.len()];
        let mut features = Features::new(self.cue_model.bits());
        let mut decoder = Decoder::new();
        for para in &doc.paragraphs {
            paragraph_features(doc, para.clone(), &roles, &mut features);
            let path = self.cue_model.decode(&features, allowed(), &mut decoder).to_vec();
            for (k, slot) in margins.get_mut(para.clone()).into_iter().flatten().enumerate() {
                let cue = decoder.max_marginal(k, 1).max(decoder.max_marginal(k, 2));
                *slot = cue - decoder.max_marginal(k, 0);
            }
            for (i, &tag) in (para.start..).zip(&path) {
                match (tag, cues.last_mut()) {
                    (2, Some(c)) if c.end == i => c.end = i + 1,
                    (1 | 2, _) => cues.push(i..i + 1),
                    _ => {}
                }
            }
        }
        (cues, margins)
    }

    /// The attributions found, in text order, and the models' margins ([`Margins`]).
    pub fn attributions(&self, doc: &Doc, rules: &[Attribution]) -> (Vec<Attribution>, Margins) {
        let (cues, margins) = self.cues(doc, rules);
        let rule_index = RuleIndex::new(doc, rules);
        let mut content_margins = vec![0.0f32; doc.len()];
        let mut out: Vec<Attribution> = Vec::with_capacity(cues.len());
        let mut features = Features::new(self.span_model.bits());
        let mut decoder = Decoder::new();
        for (cue, win) in cues.iter().zip(windows(doc, &cues)) {
            cue_features(doc, &win, cue, rules, &mut features);
            let path = self.span_model.decode(&features, span_allowed(), &mut decoder).to_vec();
            let mut a = read_window(&win, cue, &path);
            if let Some(first) = a.content.first().map(|r| r.start) {
                let k = first - win.start;
                let best = decoder.best_score();
                let other = (0..SPAN_TAGS.len()).filter(|&t| t != 3).map(|t| decoder.max_marginal(k, t)).fold(f32::NEG_INFINITY, f32::max);
                let m = best - other;
                for r in &a.content {
                    for slot in content_margins.get_mut(r.clone()).into_iter().flatten() {
                        *slot = m;
                    }
                }
            }
            without_marks_only(doc, &mut a);
            according_to_object(doc, &mut a);
            inverted_from_rules(doc, &mut a, &rule_index);
            final_content(doc, &mut a);
            within_cue_paragraph(doc, &mut a, &rule_index);
            attach_helpers(doc, &mut a);
            without_trailing_symbol(doc, &mut a);
            without_amount_modifier(doc, &mut a);
            where_it_was_said(doc, &mut a);
            where_it_was_posted(doc, &mut a);
            how_it_was_said(doc, &mut a);
            after_the_quotation(doc, &mut a);
            with_subject_after_addressee(doc, &mut a);
            without_when_it_was_said(doc, &mut a);
            with_closing_time(doc, &mut a);
            with_speaker_after_quotation(doc, &mut a);
            without_anonymity_request(doc, &mut a);
            as_expected(doc, &mut a);
            if !a.content.is_empty() && !is_addressed_noun(doc, &a) && !is_anonymity_request(doc, &a) && !is_adding_a_thing(doc, &a) && !is_answer_with_own_cue(doc, &a) && !is_an_alias(doc, &a) && !is_rest_of_cue_phrase(doc, &a) {
                out.push(a);
            }
        }
        add_inverted(doc, &mut out, rules);
        sources_from_rules(doc, &mut out, &rule_index);
        // Again with the sources the rules gave.
        out.iter_mut().for_each(|a| final_content(doc, a));
        join_that_clauses(doc, &mut out);
        clip_contents(doc, &mut out);
        nested_according_to(doc, &mut out);
        share_overlaps(doc, &mut out);
        split_coordinated_cues(doc, &mut out);
        clip_object_contents(doc, &mut out);
        // After clipping: a borrowed source stands far from its cue and must not cut contents.
        shared_subject_sources(doc, &mut out);
        whole_shared_subjects(doc, &mut out);
        with_head_nouns(doc, &mut out);
        with_speaker_before_organisation(doc, &mut out);
        coordinated_sources(doc, &mut out);
        out.iter_mut().for_each(|a| without_passive_addressee(doc, a));
        add_labels(doc, &mut out);
        add_naming(doc, &mut out);
        add_relative_reports(doc, &mut out);
        add_quotations(doc, &mut out, rules);
        add_findings(doc, &mut out);
        add_beliefs(doc, &mut out);
        out.iter_mut().for_each(|a| without_dateline(doc, a));
        out.iter_mut().for_each(|a| with_closing_mark(doc, a));
        out.iter_mut().for_each(|a| with_headline_verb(doc, a));
        out.sort_by_key(|a| a.content.first().map_or(0, |r| r.start));
        (out, Margins { cue: margins, content: content_margins })
    }
}

/// The weight of the content margin against the cue margin (its scale is about five times
/// larger); chosen on PolNeAR dev for the widest spread of calibrated confidences (0.61 to
/// 0.97, against 0.66 to 0.95 from the cue margin alone).
const CONTENT_WEIGHT: f32 = 0.2;

/// How sure the models are, per token: the cue model that a token is part of a cue, the span
/// model that a content begins where it does (set on every token of that content).
#[derive(Debug, Default)]
pub struct Margins {
    cue: Vec<f32>,
    content: Vec<f32>,
}

impl Margins {
    /// The margin of an attribution: its cue's strongest token's (helper words joined to it,
    /// "also said", score low), plus [`CONTENT_WEIGHT`] times its content's; None without a cue
    /// or margins.
    pub fn of(&self, a: &Attribution) -> Option<f32> {
        let strongest = |v: &[f32], r: &Range<usize>| v.get(r.clone()).into_iter().flatten().copied().fold(f32::NEG_INFINITY, f32::max);
        let cue = strongest(&self.cue, a.cue.as_ref()?);
        let content = a.content.iter().map(|r| strongest(&self.content, r)).fold(f32::NEG_INFINITY, f32::max);
        cue.is_finite().then_some(cue + if content.is_finite() { CONTENT_WEIGHT * content } else { 0.0 })
    }
}

/// A content stops where another attribution's source or cue begins: the part on its own
/// cue's side is kept ("X said A. Y added B": A does not run on into "Y added B"). When there
/// is content before the cue too, a part after it in a later paragraph with another
/// attribution in it is that one's ("“A,” X says.¶“B,” he points out.": B is not X's; but
/// "X continued:¶“B ...”" is X's).
fn clip_contents(doc: &Doc, found: &mut Vec<Attribution>) {
    // Other attributions' sources and cues, sorted by start. Each apart: what lies between a
    // source and its cue is not that attribution's ("X, ... has called the plan “a gimmick”,
    // arguing that ...": the span model gives "arguing" X for its source, and "called" keeps
    // its content).
    let mut marks: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter(|(_, a)| a.cue.is_some())
        .flat_map(|(k, a)| a.cue.iter().chain(&a.source).map(move |r| (r.start, r.end, k)))
        .collect();
    marks.sort_unstable();
    let sourced: Vec<bool> = found.iter().map(|a| a.source.is_some()).collect();
    for (k, a) in found.iter_mut().enumerate() {
        let Some(cue) = a.cue.clone() else { continue };
        let said_before = a.content.iter().any(|r| r.end <= cue.start);
        for r in &mut a.content {
            let first = marks.partition_point(|m| m.1 <= r.start);
            let inside = marks.get(first..).into_iter().flatten().take_while(|m| m.0 < r.end).filter(|m| m.2 != k);
            if r.start >= cue.end {
                let later = said_before && doc.paragraph_of(r.start) > doc.paragraph_of(cue.start);
                let next = marks.get(marks.partition_point(|m| m.0 < r.start)..).into_iter().flatten().find(|m| m.2 != k);
                if later && next.is_some_and(|m| doc.paragraph_of(m.0) == doc.paragraph_of(r.start)) {
                    r.end = r.start;
                } else if let Some(m) = inside.clone().next() {
                    r.end = r.end.min(m.0.max(r.start));
                    // "..., while [officials] reported", "a new chatbot that [it] says can
                    // reason": the clause word before the other claim's source is its, not
                    // this content's.
                    while r.end > r.start + 1 && (matches!(doc.word(r.end - 1), "while" | "and" | "but" | "whereas" | "although" | "though" | "as") || doc.is_punct(r.end - 1, ",")) {
                        r.end -= 1;
                    }
                    // A relative word, with its preposition ("a story in which [Trump] ...").
                    if r.end > r.start + 1 && matches!(doc.word(r.end - 1), "that" | "which" | "who" | "whom") {
                        r.end -= 1;
                        if r.end > r.start + 1 && matches!(doc.word(r.end - 1), "in" | "to" | "of" | "for" | "with" | "on" | "at" | "by" | "from") {
                            r.end -= 1;
                        }
                    }
                }
            } else if let Some(m) = inside.last() {
                // "The bank cut the ratio, releasing ..., it said": a participle after a comma
                // that has no source of its own shares the subject; what it says is its own,
                // and the main clause before it stays this claim's.
                let participle = !sourced[m.2] && m.0 > r.start + 1 && doc.is_punct(m.0 - 1, ",") && doc.word(m.0).ends_with("ing");
                if participle {
                    r.end = m.0 - 1;
                } else {
                    r.start = r.start.max(m.1.min(r.end));
                }
            }
        }
        without_empty_fragments(doc, a);
    }
    found.retain(|a| !a.content.is_empty());
}

/// Drops a claim's empty content fragments, and its only one when that is a relative word
/// ("the things that [Trump] has said": the clipping and sharing of contents leave "that").
fn without_empty_fragments(doc: &Doc, a: &mut Attribution) {
    a.content.retain(|r| !r.is_empty());
    if let [only] = a.content.as_slice() {
        if only.len() == 1 && matches!(doc.word(only.start), "that" | "which" | "who" | "whom") {
            a.content.clear();
        }
    }
}

/// Quotations nothing claims: a direct quotation the rules attribute (cue and quotation both
/// unclaimed) is added as the rules have it; another long one continues the attribution of a
/// quotation that ends just before it in the same paragraph, is the same speaker's when it
/// is a whole paragraph after one whose last claim is that speaker's quotation
/// ("“…,” Viguerie tells Breitbart News.¶“He's what we've waited for.”": a claim of its own
/// with that cue and source, as PolNeAR annotates it), or stands alone without cue.
fn add_quotations(doc: &Doc, found: &mut Vec<Attribution>, rules: &[Attribution]) {
    let mut used = UsedTokens::of(doc, found);
    for r in rules {
        let quoted = r.content.iter().all(|c| doc.quote_opening_at(c.start).is_some_and(|q| q.tokens == *c));
        if quoted && r.cue.is_some() && r.content.iter().chain(&r.cue).all(|c| used.free(c)) {
            r.ranges().for_each(|c| used.mark(c));
            found.push(r.clone());
        }
    }
    // Attributions by the end of their last content, to find the one just before a quotation.
    let mut ends: Vec<(usize, usize)> = found.iter().enumerate().filter_map(|(k, a)| Some((a.content.last()?.end, k))).collect();
    ends.sort_unstable();
    // The last quotation that went on with a speaker (its end, its attribution): quotations
    // come in text order, so it is the latest of those that end before the next one.
    let mut chained: Option<(usize, usize)> = None;
    for q in doc.quotes.iter().filter(|q| !q.nested) {
        // A title in title case ends in a stop too, American style: “Meet the Press.”
        let title = || {
            q.tokens.clone().filter(|&i| doc.tokens.get(i).is_some_and(|t| t.is_word())).all(|i| {
                doc.is_capitalised(i) || matches!(doc.word(i), "the" | "a" | "an" | "of" | "and" | "in" | "on" | "for" | "to" | "at" | "with")
            })
        };
        let words = doc.words_in(q.tokens.clone());
        let sentence = q.tokens.clone().any(|i| doc.is_terminal(i)) && words >= 2 && !title();
        let long = words >= LONG_QUOTATION || (sentence && words >= 4);
        if !(long || sentence) || !used.free(&q.tokens) {
            continue;
        }
        let para = doc.paragraph_of(q.tokens.start);
        let para_start = doc.paragraphs.get(para).map_or(0, |p| p.start);
        let k = ends.partition_point(|&(end, _)| end <= q.tokens.start);
        let listed = k.checked_sub(1).and_then(|k| ends.get(k)).copied();
        let before = match (listed, chained) {
            (l, Some((end, a))) if end <= q.tokens.start && l.is_none_or(|(l_end, _)| end > l_end) => Some(a),
            (l, _) => l.map(|(_, a)| a),
        };
        // Within a few words of the last quotation, or opening the sentence after the one that
        // names its speaker ("“...,” said Dr. Priya Raman, a climatologist at the university.
        // “...”", "“...,” Schumer said on the floor. “...”").
        let continues = before.and_then(|a| found.get(a)).is_some_and(|a| {
            let attribution_end = a.ranges().map(|r| r.end).max().unwrap_or(0);
            let speaker_after = a.cue.as_ref().is_some_and(|c| a.content.last().is_some_and(|last| c.start >= last.end));
            let next_sentence = attribution_end > 0 && doc.sentence.get(attribution_end - 1).is_some_and(|s| s.end == q.tokens.start);
            a.content.last().is_some_and(|last| {
                let near = q.tokens.start - last.end <= 12 || (speaker_after && next_sentence);
                last.start >= para_start && near && doc.quote_opening_at(last.start).is_some()
            })
        });
        // A paragraph that is a long quotation, after a paragraph whose last claim is a
        // speaker's quotation: the same speaker goes on (news names a new speaker at once; a
        // short one may be a subheading: "'All Bets Are Off.'").
        let whole_paragraph = doc.paragraphs.get(para).is_some_and(|p| (q.tokens.end..p.end).all(|i| doc.is_punct(i, ".") || doc.is_quote(i)));
        let speaker_goes_on = !continues
            && q.tokens.start == para_start
            && whole_paragraph
            && doc.words_in(q.tokens.clone()) >= LONG_QUOTATION
            && before.and_then(|a| found.get(a)).is_some_and(|a| {
                let last = a.content.last();
                let quoted = last.is_some_and(|last| doc.quote_opening_at(last.start).is_some());
                let just_before = last.is_some_and(|last| para.checked_sub(1) == Some(doc.paragraph_of(last.start)));
                let cue_before = a.cue.as_ref().is_some_and(|c| doc.paragraph_of(c.start) < para);
                quoted && just_before && cue_before && a.source.is_some()
            });
        match before.filter(|_| continues).and_then(|a| found.get_mut(a)) {
            Some(a) => a.content.push(q.tokens.clone()),
            // A short sentence goes on with a speaker only ("“...,” he told the BBC. “We were
            // lucky.”"); alone it may be a subheading.
            None if !long => continue,
            None => {
                let said = before.filter(|_| speaker_goes_on).and_then(|a| found.get(a));
                let (cue, source) = said.map_or((None, None), |a| (a.cue.clone(), a.source.clone()));
                // The next quotation may go on with this speaker.
                if cue.is_some() {
                    chained = Some((q.tokens.end, found.len()));
                }
                found.push(Attribution { content: vec![q.tokens.clone()], cue, source });
            }
        }
        used.mark(&q.tokens);
    }
}

/// The fewest words a quotation without a sentence end in it needs to be a claim by itself.
const LONG_QUOTATION: usize = 8;

/// "according to X": X, the object of the cue, is its source and never its content. The span
/// model sometimes reads a possessive source with a role noun ("Denmark's central bank
/// governor") as content with no source; the noun phrase right after the cue (the model's own
/// source when it starts there) becomes the source and leaves the content. Such a content lies
/// on one side of the cue only ("According to X, A" or "A, according to X"), the side the rules'
/// reading of the cue has; a content left empty takes that reading's.
fn according_to_object(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    if doc.word(cue.start) != "according" || doc.word(cue.end.saturating_sub(1)) != "to" {
        return;
    }
    let sent_end = doc.sentence.get(cue.start).map_or(cue.end, |s| s.end);
    let Some(mut source) = a.source.clone().filter(|s| s.start == cue.end).or_else(|| right_np(doc, cue.end, sent_end)) else { return };
    // "according to figures released on Wednesday by the CDC": a participle's agent is the
    // source's too (the model and the noun phrase stop before "by").
    if doc.word(source.end) == "by" && source.clone().any(|i| doc.word(i).ends_with("ed")) {
        if let Some(agent) = right_np(doc, source.end + 1, sent_end) {
            source.end = agent.end;
        }
    }
    let comma = |i: usize| doc.is_punct(i, ",");
    // The parts of each fragment before the cue and after the source, without the commas
    // that set the source off.
    let carve = |content: Vec<Range<usize>>| -> Vec<Range<usize>> {
        let parts = content.into_iter().flat_map(|r| [r.start..r.end.min(cue.start), r.start.max(source.end)..r.end]);
        parts
            .map(|mut p| {
                while p.start < p.end && comma(p.start) {
                    p.start += 1;
                }
                while p.start < p.end && comma(p.end - 1) {
                    p.end -= 1;
                }
                p
            })
            .filter(|p| !p.is_empty())
            .collect()
    };
    let reading = according_to(doc, cue.clone());
    let mut content = carve(std::mem::take(&mut a.content));
    if let Some(after) = reading.as_ref().and_then(|r| r.content.first()).map(|c| c.start >= cue.end) {
        content.retain(|p| (p.start >= source.end) == after);
    }
    // "CONTENT, according to X.": the model now and then takes only the last of the clause's
    // comma-separated parts ("The model, called o1, scored 83% on ..., compared with 13% for
    // its predecessor, according to the company."); the rules' reading is the whole clause.
    let rule_content = reading.as_ref().and_then(|r| r.content.first()).filter(|c| c.end <= cue.start).cloned();
    if let (Some(whole), [part]) = (rule_content, content.as_slice()) {
        if part.end == whole.end && part.start > whole.start && comma(part.start - 1) {
            content = vec![whole];
        }
    }
    if content.is_empty() {
        content = carve(reading.map(|r| r.content).unwrap_or_default());
    }
    a.content = content;
    a.source = Some(source);
}

/// "Saka ... added a second from the penalty spot", "the index added 3%": "add" with an object
/// right after it adds a thing, not words (a report goes on with "that", a colon or a
/// quotation: "he added that ...", "she added: ...").
fn is_adding_a_thing(doc: &Doc, a: &Attribution) -> bool {
    let Some(cue) = &a.cue else { return false };
    let add = cue.len() == 1 && matches!(doc.word(cue.start), "add" | "adds" | "added" | "adding");
    let object = matches!(doc.word(cue.end), "a" | "an" | "another" | "his" | "her" | "their" | "its" | "two" | "three" | "more")
        || doc.tokens.get(cue.end).is_some_and(|t| t.kind == TokenKind::Number);
    add && object && a.content.first().is_some_and(|c| c.start == cue.end)
}

/// "The law, known as House Bill 18, ...", "The rule, also known as the Buffett rule, ...": a
/// name something goes by asserts nothing, and what the models read as its source is the thing
/// named (PolNeAR annotates 9 of 57 "known as"; the models found 13 on train and dev, 4 of them
/// annotated).
fn is_an_alias(doc: &Doc, a: &Attribution) -> bool {
    let Some(c) = &a.cue else { return false };
    // "the actress known to millions as the Dowager Countess": "known" may end the cue.
    let known_as = c.len() >= 2 && doc.word(c.end - 2) == "known" && doc.word(c.end - 1) == "as";
    let known = c.end > c.start && doc.word(c.end - 1) == "known" && (c.end..c.end + MAX_ALIAS_GAP).any(|i| doc.word(i) == "as");
    known_as || known
}

/// "... faster than officials appeared to believe.": a content that is only the rest of the
/// listed cue phrase its cue begins ("appear to believe") says nothing; the phrase is a
/// hedge on someone's belief, not a claim.
fn is_rest_of_cue_phrase(doc: &Doc, a: &Attribution) -> bool {
    let (Some(cue), [content]) = (&a.cue, a.content.as_slice()) else { return false };
    let phrase = doc.cue_of.get(cue.start).copied().flatten().and_then(|m| doc.cues.get(m));
    content.start == cue.end && phrase.is_some_and(|m| m.tokens.start == cue.start && m.tokens.end >= content.end)
}

/// The most words between "known" and "as" ("known to millions as").
const MAX_ALIAS_GAP: usize = 4;

/// "Chelsea agree £60m deal": a symbol is never the last token of a cue (a colon is: "said:");
/// it goes back to the content that follows it.
fn without_trailing_symbol(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.as_mut() else { return };
    let symbol = |i: usize| doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && !doc.is_punct(i, ":");
    while cue.len() > 1 && symbol(cue.end - 1) {
        cue.end -= 1;
        if let Some(first) = a.content.first_mut().filter(|c| c.start == cue.end + 1) {
            first.start = cue.end;
        }
    }
}

/// "releasing about 1.16 trillion rupees": a word that qualifies an amount ("about", "nearly")
/// belongs to the amount, never to the cue before it (the cue model reads "releasing about" as
/// it reads "talking about").
fn without_amount_modifier(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.as_mut().filter(|c| c.len() > 1) else { return };
    let last = cue.end - 1;
    let modifier = matches!(doc.word(last), "about" | "around" | "nearly" | "almost" | "roughly" | "approximately" | "some");
    let kind_at = |i: usize| doc.tokens.get(i).map(|t| t.kind);
    // A number, or a currency sign and a number ("about $13 billion").
    let amount = kind_at(cue.end) == Some(TokenKind::Number) || (kind_at(cue.end) == Some(TokenKind::Punct) && kind_at(cue.end + 1) == Some(TokenKind::Number));
    // "Made Prediction About 2016 Presidency": a headline's capitalised noun takes "About".
    if modifier && amount && !doc.is_capitalised(last - 1) {
        cue.end = last;
        if let Some(first) = a.content.first_mut().filter(|c| c.start == last + 1) {
            first.start = last;
        }
    }
}

/// Helper words between a source and its cue belong to the cue ("Kruk also said": the cue is
/// "also said"), as the annotation has it; a name the cue took in for an adverb ("Mrs.
/// [Schlafly replied]"), the noun after a possessive ("his [family said]") and one right after
/// the source ("a Downing Street [spokesperson said]") go back to the source.
fn attach_helpers(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.as_mut() else { return };
    // Capitalised inside a sentence before a word in lower case, a helper word is a name's
    // ("Theresa May said", "George Will described"; not a title-case headline's "Will Say").
    let name_word = |i: usize| doc.is_capitalised(i) && doc.sentence.get(i).is_some_and(|s| s.start < i) && doc.tokens.get(i + 1).is_some_and(|t| t.text(doc.text).starts_with(char::is_lowercase));
    let helper = |i: usize| doc.is_helper(i) && !name_word(i);
    // "his [family said]": the words after a possessive are the speaker's.
    let possessive = cue.start.checked_sub(1).filter(|&p| is_possessive_determiner(doc.word(p)));
    if let Some(p) = possessive.filter(|&p| a.source.as_ref().is_none_or(|s| s.end == p + 1)) {
        let mut start = cue.start;
        while start + 1 < cue.end && !doc.is_cue(start) && !helper(start) && doc.tokens.get(start).is_some_and(|t| t.is_word()) {
            start += 1;
        }
        // A noun or two, then a verb of saying: not "their [chants of]", "his [time-honored
        // tradition of tweeting about]".
        if start > cue.start && start - cue.start <= 2 && doc.is_cue(start) {
            let from = a.source.as_ref().map_or(p, |s| s.start);
            a.source = Some(from..start);
            cue.start = start;
        }
    }
    // "A Downing Street [spokesperson said]:": a noun or two right after the source, then a
    // verb of saying, are the speaker's too (the cue model knows "spokesman" better).
    if let Some(src) = a.source.as_mut().filter(|s| s.end == cue.start) {
        let noun = |i: usize| {
            let w = doc.word(i);
            !doc.is_cue(i) && (is_speakers_noun(w) || w.ends_with("person") || w.ends_with("spokesman") || w.ends_with("spokeswoman") || matches!(w, "official" | "source" | "aide" | "representative" | "adviser" | "advisor" | "spokespeople"))
        };
        let verb = (cue.start..cue.end.min(cue.start + 3)).find(|&i| !noun(i));
        if let Some(v) = verb.filter(|&v| v > cue.start && doc.is_cue(v)) {
            src.end = v;
            cue.start = v;
        }
    }
    while cue.len() > 1 && doc.is_capitalised(cue.start) && !helper(cue.start) && is_verb_helper(doc.word(cue.start)) {
        if let Some(src) = a.source.as_mut().filter(|s| s.end == cue.start) {
            src.end += 1;
        }
        cue.start += 1;
    }
    if let Some(src) = a.source.as_mut().filter(|s| s.end == cue.start) {
        while src.end > src.start + 1 && helper(src.end - 1) {
            src.end -= 1;
        }
    }
    let floor = a.source.as_ref().filter(|s| s.end <= cue.start).map_or(cue.start.saturating_sub(3), |s| s.end);
    while cue.start > floor && helper(cue.start - 1) {
        cue.start -= 1;
    }
}

/// "“Q,” Perez said Sunday on NBC's “Meet the Press.”": after a quotation and its cue, a
/// phrase the cue's preposition opens says where it was said, not what: the span model takes
/// it for more content. It joins the cue instead (as the annotation has it), and the content is
/// the quotation; a fragment after the cue that opens a quotation ("“Q,” he said, “R.”") stays.
fn where_it_was_said(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    let [first, after @ ..] = a.content.as_slice() else { return };
    let quoted = doc.quote_opening_at(first.start).is_some_and(|q| q.tokens.end <= cue.start && q.tokens.end >= first.end);
    let preposition = matches!(doc.word(cue.end - 1), "on" | "in" | "at" | "to" | "during");
    let Some(next) = after.first().filter(|n| n.start == cue.end) else { return };
    if !quoted || !preposition || doc.quote_opening_at(next.start).is_some() || after.len() > 1 {
        return;
    }
    let mut end = next.end;
    while end > next.start + 1 && (doc.is_terminal(end - 1) || doc.is_punct(end - 1, ",") || doc.is_quote(end - 1)) {
        end -= 1;
    }
    // A title in quote marks keeps its closing mark ("on NBC's “Meet the Press.”").
    if let Some(q) = doc.quote_of.get(end - 1).copied().flatten().and_then(|k| doc.quotes.get(k)) {
        if q.tokens.start >= cue.end && q.tokens.end <= next.end {
            end = end.max(q.tokens.end);
        }
    }
    a.cue = Some(cue.start..end);
    a.content.truncate(1);
}

/// "“No,” he said eventually. “But I am not here to blame Paris.”": between quotations, an
/// adverb after the cue says how it was said, not what; the span model reads it as a content
/// fragment. It joins the cue ("said then", as the annotation has it).
fn how_it_was_said(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    let Some(k) = a.content.iter().position(|f| f.start == cue.end) else { return };
    let quoted = |i: usize| doc.quote_opening_at(i).is_some();
    if k == 0 || !a.content.get(k - 1).is_some_and(|r| quoted(r.start)) {
        return;
    }
    let adverb = |i: usize| doc.is_helper(i) || matches!(doc.word(i), "eventually" | "finally" | "then" | "later" | "again" | "simply");
    let f = a.content[k].clone();
    let words = (f.start..f.end).take_while(|&i| adverb(i)).count();
    let mut next = f.start + words;
    while next < f.end && (doc.is_punct(next, ".") || doc.is_punct(next, ",")) {
        next += 1;
    }
    if words == 0 || words > 2 {
        return;
    }
    if next == f.end && a.content.get(k + 1).is_some_and(|r| quoted(r.start)) {
        a.content.remove(k);
    } else if next < f.end && quoted(next) {
        a.content[k].start = next;
    } else {
        return;
    }
    a.cue = Some(cue.start..f.start + words);
}

/// "“You winning?” she said, but Kevin was drifting off": once a quotation has opened the
/// sentence and its cue follows it, what comes after the cue is the writer's, not the
/// speaker's; the span model reads it as more content. A fragment there keeps only what
/// reopens a quotation ("“A,” he said Friday. “B.”", "“A,” he said, referring to X, “B.”",
/// "“A,” he said, but “B.”").
fn after_the_quotation(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    let Some(first) = a.content.first().cloned() else { return };
    let Some(q) = doc.quote_opening_at(first.start) else { return };
    let same_sentence = q.tokens.end.checked_sub(1).and_then(|i| doc.sentence.get(i)) == doc.sentence.get(cue.start);
    if q.tokens.end > cue.start || q.tokens.end < first.end || !same_sentence {
        return;
    }
    // A quotation that opens a sentence or a clause goes on with the speaker's words; one inside
    // the writer's clause ("as Trump went on about “how the system is rigged,”") is not theirs.
    let separator = |i: usize| doc.is_terminal(i) || [",", ":", ";", "—", "–", "--"].iter().any(|p| doc.is_punct(i, p));
    let reopens = |i: usize| {
        i == 0 || separator(i - 1) || (matches!(doc.word(i - 1), "but" | "and") && i >= 2 && separator(i - 2))
    };
    let mut kept = vec![first];
    for f in a.content.iter().skip(1) {
        if f.start < cue.end {
            kept.push(f.clone());
        } else if let Some(p) = (f.start..f.end).find(|&i| doc.quote_opening_at(i).is_some() && reopens(i)) {
            kept.push(p..f.end);
        }
    }
    a.content = kept;
}

/// "Musk posted on X that the deal was off": a name between a cue's preposition and the "that"
/// of its clause is where it was said and joins the cue ("said on Twitter"), as the model has
/// it for names it knows; for one it does not, it reads "X" as content or leaves it out. So
/// too a name ending the sentence after a quotation and its speaker.
fn where_it_was_posted(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.clone() else { return };
    // "said in court filings that ...": the model's cue stops inside the phrase of place ("said
    // in court"); the words left before "that" are that phrase's and join the cue.
    let inside_phrase = (cue.start + 1..cue.end).any(|i| matches!(doc.word(i), "in" | "on" | "at")) && !matches!(doc.word(cue.end - 1), "in" | "on" | "at");
    if let Some(first) = a.content.first().filter(|c| inside_phrase && c.start > cue.end && c.start <= cue.end + MAX_PLATFORM_WORDS && doc.word(c.start) == "that") {
        if (cue.end..first.start).all(|i| doc.tokens.get(i).is_some_and(|t| t.is_word()) && !doc.is_capitalised(i) && doc.word(i) != "that") {
            a.cue = Some(cue.start..first.start);
            return;
        }
    }
    if !matches!(doc.word(cue.end - 1), "on" | "in" | "at" | "to") {
        return;
    }
    let name_end = (cue.end..cue.end + MAX_PLATFORM_WORDS + 1).find(|&i| !doc.is_capitalised(i)).unwrap_or(cue.end);
    // "“… nowhere!” Trump wrote in a post on Truth Social.": after a quotation that ends its own
    // sentence, the model reads the name at the end as the content. The quotation is what was
    // posted, right before its speaker.
    let quotation = a.source.as_ref().filter(|s| s.end == cue.start).and_then(|s| doc.quote_closing_at(s.start.checked_sub(1)?)).filter(|q| q.closed);
    if let (Some(q), [only]) = (quotation, a.content.as_slice()) {
        let ends_sentence = doc.is_terminal(name_end) || name_end >= doc.len();
        if name_end > cue.end && only.start == cue.end && only.end <= name_end + 1 && ends_sentence {
            a.cue = Some(cue.start..name_end);
            a.content = vec![q.tokens.clone()];
            return;
        }
    }
    // "wrote on Truth Social late Monday that ...": a time may stand before "that"; it is
    // neither cue nor content.
    let is_when = |i: usize| is_time(doc, &(i..i + 1)) || matches!(doc.word(i), "late" | "early");
    let that = (name_end..name_end + MAX_POSTED_TIME_WORDS + 1).take_while(|&i| doc.word(i) == "that" || is_when(i)).find(|&i| doc.word(i) == "that");
    let Some(that) = that.filter(|_| name_end > cue.end) else { return };
    a.cue = Some(cue.start..name_end);
    for r in &mut a.content {
        if r.start >= cue.end && r.start < that {
            r.start = that.min(r.end);
        }
    }
    a.content.retain(|r| !r.is_empty());
}

/// The most words of a place of posting ("on Truth Social").
const MAX_PLATFORM_WORDS: usize = 3;

/// The most words of a time between a place of posting and "that" ("late Monday").
const MAX_POSTED_TIME_WORDS: usize = 3;

/// Whether the attribution's cue is "according to".
fn is_according_to(doc: &Doc, a: &Attribution) -> bool {
    a.cue.as_ref().is_some_and(|c| doc.word(c.start) == "according")
}

/// "The newspaper noted that P, according to the minister": the "according to" sources what
/// the other claim reports, so its content is that claim's content P, which ends at the cue
/// (its own reading, back from the cue, stops at a comma inside P).
fn nested_according_to(doc: &Doc, found: &mut [Attribution]) {
    // Content fragments of the other claims by the token they end before.
    let mut ending: HashMap<usize, Range<usize>> = HashMap::new();
    for a in found.iter().filter(|a| !is_according_to(doc, a)) {
        for r in &a.content {
            let end = if r.end > r.start + 1 && doc.is_punct(r.end - 1, ",") { r.end - 1 } else { r.end };
            ending.insert(end, r.start..end);
        }
    }
    for a in found.iter_mut().filter(|a| is_according_to(doc, a)) {
        let Some(cue) = a.cue.clone() else { continue };
        let before = if cue.start > 0 && doc.is_punct(cue.start - 1, ",") { cue.start - 1 } else { cue.start };
        let Some(reported) = ending.get(&before) else { continue };
        if a.content.iter().all(|c| c.end <= cue.start) && a.content.first().is_some_and(|c| c.start >= reported.start) {
            a.content = vec![reported.clone()];
        }
    }
}

/// Two attributions' contents never share tokens: the tokens go to the one whose cue is
/// nearer, or that has them as a whole quotation the other runs into; the other fragment keeps
/// the rest (or goes). But "according to" sources what
/// another claim reports ("The newspaper noted that X, according to the minister"): both keep
/// X, one attribution nested in the other.
fn share_overlaps(doc: &Doc, found: &mut Vec<Attribution>) {
    let cue_gap = |a: &Attribution, r: &Range<usize>| {
        a.cue.as_ref().map_or(usize::MAX, |c| if r.end <= c.start { c.start - r.end } else { r.start.saturating_sub(c.end) })
    };
    // (start, attribution, fragment) in text order.
    let mut frags: Vec<(usize, usize, usize)> =
        found.iter().enumerate().flat_map(|(k, a)| a.content.iter().enumerate().map(move |(f, r)| (r.start, k, f))).collect();
    frags.sort_unstable();
    let mut last: Option<(usize, usize)> = None;
    for &(_, k, f) in &frags {
        let Some(cur) = found.get(k).and_then(|a| a.content.get(f)).cloned() else { continue };
        let Some((pk, pf)) = last.filter(|&(pk, _)| pk != k) else {
            last = Some((k, f));
            continue;
        };
        let prev = found[pk].content[pf].clone();
        if prev.end <= cur.start || is_according_to(doc, &found[pk]) != is_according_to(doc, &found[k]) {
            last = Some((k, f));
            continue;
        }
        // A content that runs into a whole quotation another claim has, and ends inside it or
        // with it, stops before it ("X said A. “B,” he said.": not "A. “B" for X and "”" for
        // him; "X cautioned that A. “B,” said Y.": B is Y's).
        let whole_quotation = doc.quote_opening_at(cur.start).is_some_and(|q| q.tokens == cur);
        // Ending with it: only when the quotation opens a sentence of its own and its cue follows
        // it, the other's precedes the content.
        let ends_with_it = || {
            let next_sentence = (prev.start..cur.start).any(|i| doc.is_terminal(i));
            let cue_after = found[k].cue.as_ref().is_some_and(|c| c.start >= cur.end);
            let cue_before = found[pk].cue.as_ref().is_some_and(|c| c.end <= prev.start);
            prev.end == cur.end && next_sentence && cue_after && cue_before
        };
        let runs_into_quotation = whole_quotation && (prev.end < cur.end || ends_with_it());
        if runs_into_quotation || cue_gap(&found[k], &cur) < cue_gap(&found[pk], &prev) {
            found[pk].content[pf].end = cur.start.max(prev.start);
            last = Some((k, f));
        } else {
            found[k].content[f].start = prev.end.min(cur.end);
            if prev.end < cur.end {
                last = Some((k, f));
            }
        }
    }
    for a in found.iter_mut() {
        without_empty_fragments(doc, a);
    }
    found.retain(|a| !a.content.is_empty());
}
