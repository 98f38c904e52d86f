//! The learned attribution tagger: each paragraph's tokens tagged as source, cue or content
//! (BIO) by an averaged perceptron (`crate::learn`), then the spans linked into attributions.
//!
//! Linking: every content span goes to the nearest cue span, preferring one in a sentence
//! the content covers; every source span to the nearest cue in its sentence. A cue keeps all
//! its contents (an interrupted quotation has two) and its nearest source; a cue without
//! content is dropped; a content without any cue in its paragraph continues the claim of a
//! quotation begun in an earlier paragraph, or goes to a content-less cue ending the previous
//! paragraph ("He said:" before a quoted paragraph), else stands alone.

use std::ops::Range;
use std::sync::OnceLock;

use super::attribution::{is_verb_helper, Attribution};
use super::doc::Doc;
use super::features::{paragraph_features, rule_roles};
use super::spans::{cue_features, read_window, span_allowed, windows, SPAN_TAGS};
use crate::learn::{Allowed, Decoder, Features, Model};

/// The tag set, in model order.
pub const TAGS: [&str; 7] = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

/// Roles as the tags number them: 1 source, 2 cue, 3 content (0 outside).
pub fn role_of_tag(tag: u16) -> u8 {
    match tag {
        1 | 2 => 1,
        3 | 4 => 2,
        5 | 6 => 3,
        _ => 0,
    }
}

/// The tag of a token with `role` that begins (or continues) its span.
pub fn tag_of(role: u8, begin: bool) -> u16 {
    match role {
        1..=3 => u16::from(role) * 2 - u16::from(begin),
        _ => 0,
    }
}

pub fn allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| Allowed::bio(&TAGS))
}

/// The two models: `roles` tags source, cue and content spans of whole paragraphs (its cues
/// are the ones used); `spans` tags the source and content of each of those cues.
#[derive(Debug)]
pub struct Tagger {
    roles: Model,
    spans: Model,
}

/// Two models in one file: the first one's length (u32, little-endian), then both.
pub fn pack(roles: &Model, spans: &Model) -> Vec<u8> {
    let a = roles.to_bytes();
    let mut out = (a.len() as u32).to_le_bytes().to_vec();
    out.extend(a);
    out.extend(spans.to_bytes());
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
    pub fn new(roles: Model, spans: Model) -> Option<Tagger> {
        let fits = roles.names().eq(TAGS.iter().copied()) && spans.names().eq(SPAN_TAGS.iter().copied());
        fits.then_some(Tagger { roles, spans })
    }

    /// The models shipped in `data/models/claims.bin`.
    pub fn embedded() -> Option<Tagger> {
        let (roles, spans) = unpack(include_bytes!("../../data/models/claims.bin"))?;
        Tagger::new(roles, spans)
    }

    /// Tags every token of the text with the first model (0 outside).
    pub fn tag(&self, doc: &Doc, rules: &[Attribution]) -> Vec<u16> {
        let roles = rule_roles(doc.len(), rules);
        let mut tags = vec![0u16; doc.len()];
        let mut features = Features::new(self.roles.bits());
        let mut decoder = Decoder::new();
        for para in &doc.paragraphs {
            paragraph_features(doc, para.clone(), &roles, &mut features);
            let path = self.roles.decode(&features, allowed(), &mut decoder);
            if let Some(out) = tags.get_mut(para.clone()) {
                out.iter_mut().zip(path).for_each(|(t, &p)| *t = p);
            }
        }
        tags
    }

    pub fn attributions(&self, doc: &Doc, rules: &[Attribution]) -> Vec<Attribution> {
        let tags = self.tag(doc, rules);
        // Contents the first stage found without any cue stand as they are; its sources
        // stand in where the second stage finds none.
        let linked = link(doc, &tags);
        let first_source = |cue: &Range<usize>| linked.iter().find(|a| a.cue.as_ref() == Some(cue)).and_then(|a| a.source.clone());
        let mut out: Vec<Attribution> = linked.iter().filter(|a| a.cue.is_none()).cloned().collect();
        let mut features = Features::new(self.spans.bits());
        let mut decoder = Decoder::new();
        let cues: Vec<Range<usize>> = segments(&tags, 0..doc.len()).into_iter().filter(|s| s.role == 2).map(|s| s.tokens).collect();
        for (cue, win) in cues.iter().zip(windows(doc, &cues)) {
            cue_features(doc, &win, cue, rules, &mut features);
            let path = self.spans.decode(&features, span_allowed(), &mut decoder);
            let mut a = read_window(&win, cue, path);
            if a.source.is_none() {
                a.source = first_source(cue);
            }
            attach_helpers(doc, &mut a);
            if !a.content.is_empty() {
                out.push(a);
            }
        }
        clip_contents(&mut out);
        add_rule_quotes(doc, &mut out, rules);
        out.sort_by_key(|a| a.content.first().map_or(0, |r| r.start));
        out
    }
}

/// A content stops where another attribution's source or cue begins: the part on its own
/// cue's side is kept ("X said A. Y added B": A does not run on into "Y added B").
fn clip_contents(found: &mut Vec<Attribution>) {
    // Other attributions' source-and-cue extents, sorted by start.
    let mut marks: Vec<(usize, usize, usize)> = found
        .iter()
        .enumerate()
        .filter_map(|(k, a)| {
            let cue = a.cue.clone()?;
            let r = a.source.as_ref().map_or(cue.clone(), |s| s.start.min(cue.start)..s.end.max(cue.end));
            Some((r.start, r.end, k))
        })
        .collect();
    marks.sort_unstable();
    for (k, a) in found.iter_mut().enumerate() {
        let Some(cue) = a.cue.clone() else { continue };
        for r in &mut a.content {
            let first = marks.partition_point(|m| m.1 <= r.start);
            let inside = marks.get(first..).into_iter().flatten().take_while(|m| m.0 < r.end).filter(|m| m.2 != k);
            if r.start >= cue.end {
                if let Some(m) = inside.clone().next() {
                    r.end = r.end.min(m.0.max(r.start));
                }
            } else if let Some(m) = inside.last() {
                r.start = r.start.max(m.1.min(r.end));
            }
        }
        a.content.retain(|r| !r.is_empty());
    }
    found.retain(|a| !a.content.is_empty());
}

#[derive(Clone, Debug)]
struct Segment {
    role: u8,
    tokens: Range<usize>,
}

fn segments(tags: &[u16], para: Range<usize>) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    for i in para {
        let tag = tags.get(i).copied().unwrap_or(0);
        let role = role_of_tag(tag);
        if role == 0 {
            continue;
        }
        let begins = tag % 2 == 1;
        match out.last_mut() {
            Some(s) if !begins && s.role == role && s.tokens.end == i => s.tokens.end = i + 1,
            _ => out.push(Segment { role, tokens: i..i + 1 }),
        }
    }
    out
}

fn gap(a: &Range<usize>, b: &Range<usize>) -> usize {
    if a.end <= b.start {
        b.start - a.end
    } else if b.end <= a.start {
        a.start - b.end
    } else {
        0
    }
}

/// Whether the cue at `cue` is in one of the sentences that `r` touches.
fn same_sentences(doc: &Doc, r: &Range<usize>, cue: &Range<usize>) -> bool {
    let first = doc.sentence.get(r.start).map_or(r.start, |s| s.start);
    let last = r.end.checked_sub(1).and_then(|e| doc.sentence.get(e)).map_or(r.end, |s| s.end);
    first <= cue.start && cue.start < last
}

/// Joins tagged spans into attributions (see the module comment).
pub fn link(doc: &Doc, tags: &[u16]) -> Vec<Attribution> {
    const OTHER_SENTENCE: usize = 1000;
    let mut out: Vec<Attribution> = Vec::new();
    // The previous paragraph's last cue, when it found no content.
    let mut waiting: Option<usize> = None;
    for para in &doc.paragraphs {
        let segs = segments(tags, para.clone());
        let cues: Vec<&Segment> = segs.iter().filter(|s| s.role == 2).collect();
        let mut found: Vec<Attribution> = cues.iter().map(|c| Attribution { cue: Some(c.tokens.clone()), ..Attribution::default() }).collect();
        let mut source_gap = vec![usize::MAX; cues.len()];
        let mut alone: Vec<Range<usize>> = Vec::new();
        for s in segs.iter().filter(|s| s.role != 2) {
            // The nearest cues on either side are the only candidates (cues are in order).
            let k = cues.partition_point(|c| c.tokens.start < s.tokens.start);
            let best = cues
                .iter()
                .enumerate()
                .skip(k.saturating_sub(1))
                .take(2)
                .map(|(k, c)| {
                    let same = if s.role == 3 { same_sentences(doc, &s.tokens, &c.tokens) } else { doc.sentence.get(s.tokens.start) == doc.sentence.get(c.tokens.start) };
                    (gap(&s.tokens, &c.tokens) + if same { 0 } else { OTHER_SENTENCE }, k)
                })
                .min();
            match (s.role, best) {
                (3, Some((_, k))) => found[k].content.push(s.tokens.clone()),
                (3, None) => alone.push(s.tokens.clone()),
                (1, Some((d, k))) if d < OTHER_SENTENCE && d < source_gap[k] => {
                    source_gap[k] = d;
                    found[k].source = Some(s.tokens.clone());
                }
                _ => {}
            }
        }
        for content in alone {
            // A paragraph of a quotation begun in an earlier paragraph continues its claim.
            let begun = doc.quote_of.get(content.start).copied().flatten().and_then(|q| doc.quotes.get(q)).map(|q| q.tokens.start).filter(|&s| s < para.start);
            if let Some(a) = begun.and_then(|s| out.iter_mut().rev().find(|a| a.content.iter().any(|c| c.contains(&s)))) {
                a.content.push(content);
                continue;
            }
            match waiting.and_then(|w| out.get_mut(w)) {
                Some(a) if a.content.is_empty() || a.content.last().is_some_and(|c| c.end <= content.start) => a.content.push(content),
                _ => out.push(Attribution { content: vec![content], cue: None, source: None }),
            }
        }
        waiting = None;
        for a in found {
            let ends_para = a.cue.as_ref().is_some_and(|c| para.end.saturating_sub(c.end) <= 2);
            if a.content.is_empty() && ends_para {
                waiting = Some(out.len());
                out.push(a);
            } else if !a.content.is_empty() {
                out.push(a);
            }
        }
    }
    out.retain(|a| !a.content.is_empty());
    out.sort_by_key(|a| a.content.first().map_or(0, |r| r.start));
    out
}

/// Direct quotations the rules attribute and the models missed entirely (neither the cue nor
/// the quotation is in any found attribution) are added: rules are precise on those.
fn add_rule_quotes(doc: &Doc, found: &mut Vec<Attribution>, rules: &[Attribution]) {
    let mut used = vec![false; doc.len()];
    for a in found.iter() {
        for r in a.content.iter().chain(&a.cue) {
            for slot in used.get_mut(r.clone()).into_iter().flatten() {
                *slot = true;
            }
        }
    }
    for r in rules {
        let quoted = r.content.iter().all(|c| doc.quote_opening_at(c.start).is_some_and(|q| q.tokens == *c));
        let free = r.content.iter().chain(&r.cue).all(|c| !c.clone().any(|i| used.get(i).copied().unwrap_or(true)));
        if quoted && free && r.cue.is_some() {
            found.push(r.clone());
        }
    }
}

/// Helper words between a source and its cue belong to the cue ("Kruk also said": the cue is
/// "also said"), as the annotation has it.
fn attach_helpers(doc: &Doc, a: &mut Attribution) {
    let Some(cue) = a.cue.as_mut() else { return };
    let helper = |i: usize| doc.tokens.get(i).is_some_and(|t| t.is_word()) && is_verb_helper(doc.word(i));
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
