//! Token features for the attribution tagger, one paragraph at a time.
//!
//! Each token gets hashed binary features: its word and neighbours, shape and suffix; the
//! cue list (inside a cue, next to one, the nearest cue's word and distance on each side in
//! the sentence); the quotation state (opening or closing mark, inside, the quotation's
//! length); its place in the sentence; and the role the rules give it (stacking: the model
//! learns when to trust them).

use std::ops::Range;

use super::attribution::{is_verb_helper as is_helper, Attribution};
use super::doc::Doc;
use crate::learn::{Features, Fnv};
use crate::text::{QuoteSide, TokenKind};

/// Buckets in the feature table: `2^BITS`.
pub const BITS: u32 = 18;

/// Each token's role in the rule attributions: 0 none, 1 source, 2 cue, 3 content; and
/// whether it begins its span.
pub fn rule_roles(n: usize, rules: &[Attribution]) -> Vec<(u8, bool)> {
    let mut roles = vec![(0u8, false); n];
    for a in rules {
        let spans = a.source.iter().map(|r| (1u8, r)).chain(a.cue.iter().map(|r| (2u8, r))).chain(a.content.iter().map(|r| (3u8, r)));
        for (role, r) in spans {
            for i in r.clone() {
                if let Some(slot) = roles.get_mut(i) {
                    *slot = (role, i == r.start);
                }
            }
        }
    }
    roles
}

fn shape(word: &str) -> &'static str {
    let mut chars = word.chars();
    let Some(first) = chars.next() else { return "" };
    if first.is_numeric() {
        "d"
    } else if first.is_uppercase() {
        if word.chars().all(|c| !c.is_lowercase()) && word.chars().count() > 1 {
            "XX"
        } else {
            "Xx"
        }
    } else if first.is_alphabetic() {
        "x"
    } else {
        "p"
    }
}

fn bucket(d: usize) -> u8 {
    match d {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        _ => 6,
    }
}

/// The nearest cue token before and after each token within its sentence: (cue start, distance).
fn nearest_cues(doc: &Doc, para: &Range<usize>) -> (Vec<Option<(usize, usize)>>, Vec<Option<(usize, usize)>>) {
    let n = para.len();
    let mut left = vec![None; n];
    let mut right = vec![None; n];
    let mut last: Option<usize> = None;
    for i in para.clone() {
        if doc.sentence.get(i).is_some_and(|s| s.start == i) {
            last = None;
        }
        left[i - para.start] = last.map(|c| (c, i - c));
        if let Some(k) = doc.cue_of.get(i).copied().flatten() {
            if doc.quote_of.get(i).copied().flatten().is_none() {
                last = doc.cues.get(k).map(|m| m.tokens.start);
            }
        }
    }
    let mut next: Option<usize> = None;
    for i in para.clone().rev() {
        if let Some(k) = doc.cue_of.get(i).copied().flatten() {
            if doc.quote_of.get(i).copied().flatten().is_none() {
                next = doc.cues.get(k).map(|m| m.tokens.start);
            }
        }
        right[i - para.start] = next.filter(|&c| c > i).map(|c| (c, c - i));
        if doc.sentence.get(i).is_some_and(|s| s.start == i) {
            next = None;
        }
    }
    (left, right)
}

/// A crude stem that joins a verb's forms ("says", "said" stay apart; "adds", "added", "adding" meet).
fn stem(word: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(st) = word.strip_suffix(suffix) {
            if st.chars().count() >= 3 {
                return st;
            }
        }
    }
    word
}

/// Writes the features of the paragraph's tokens `para` into `out` (cleared first).
pub fn paragraph_features(doc: &Doc, para: Range<usize>, roles: &[(u8, bool)], out: &mut Features) {
    out.clear();
    let (left, right) = nearest_cues(doc, &para);
    // Running counts of commas and quote marks, so that "is there one between" is O(1).
    let mut commas = Vec::with_capacity(para.len() + 1);
    let mut marks = Vec::with_capacity(para.len() + 1);
    let (mut c, mut m) = (0usize, 0usize);
    for i in para.clone() {
        commas.push(c);
        marks.push(m);
        c += usize::from(doc.is_punct(i, ","));
        m += usize::from(doc.is_quote(i));
    }
    commas.push(c);
    marks.push(m);
    // Count in [a, b) of paragraph tokens, from running counts.
    let between = |counts: &[usize], a: usize, b: usize| -> usize {
        let at = |x: usize| counts.get(x.clamp(para.start, para.end) - para.start).copied().unwrap_or(0);
        at(b).saturating_sub(at(a))
    };
    let w = |i: isize| -> &str {
        if i < para.start as isize {
            "<p>"
        } else if i >= para.end as isize {
            "</p>"
        } else {
            doc.word(i as usize)
        }
    };
    // The word's last three characters, last first; one buffer for all tokens.
    let mut suffix = String::new();
    for i in para.clone() {
        let k = i - para.start;
        let ii = i as isize;
        let h = |t: u8| Fnv::with(t);
        let w0 = w(ii);
        let tok = doc.tokens.get(i);
        out.push(h(0).finish());
        out.push(h(1).str(w0).finish());
        out.push(h(2).str(w(ii - 1)).finish());
        out.push(h(3).str(w(ii + 1)).finish());
        out.push(h(4).str(w(ii - 2)).finish());
        out.push(h(5).str(w(ii + 2)).finish());
        out.push(h(6).str(w(ii - 1)).byte(0).str(w0).finish());
        out.push(h(7).str(w0).byte(0).str(w(ii + 1)).finish());
        let raw = tok.map_or("", |t| t.text(doc.text));
        let sh = shape(raw);
        out.push(h(8).str(sh).finish());
        suffix.clear();
        suffix.extend(w0.chars().rev().take(3));
        out.push(h(9).str(&suffix).finish());
        out.push(h(10).str(shape(doc.tokens.get(i.wrapping_sub(1)).map_or("", |t| t.text(doc.text)))).str(sh).finish());

        // Sentence position.
        let sent = doc.sentence.get(i).cloned().unwrap_or(i..i + 1);
        let first = i == sent.start;
        let last = i + 1 == sent.end;
        out.push(h(11).byte(first as u8).byte(last as u8).finish());
        out.push(h(12).byte(bucket(i - sent.start)).byte(bucket(sent.end - i - 1)).finish());
        if first {
            out.push(h(13).str(w0).finish());
        }

        // Cues.
        let cue = doc.cue_of.get(i).copied().flatten().and_then(|c| doc.cues.get(c));
        let in_cue = cue.map_or(0u8, |m| if m.tokens.start == i { 1 } else { 2 });
        let weak = cue.is_some_and(|m| m.weak);
        out.push(h(14).byte(in_cue).byte(weak as u8).finish());
        let cue_word = |c: usize| doc.word(c);
        match left[k] {
            Some((c, d)) => {
                out.push(h(15).byte(bucket(d)).finish());
                out.push(h(16).str(cue_word(c)).byte(bucket(d)).finish());
            }
            None => out.push(h(15).byte(9).finish()),
        }
        match right[k] {
            Some((c, d)) => {
                out.push(h(17).byte(bucket(d)).finish());
                out.push(h(18).str(cue_word(c)).byte(bucket(d)).finish());
            }
            None => out.push(h(17).byte(9).finish()),
        }
        out.push(h(19).byte(left[k].is_some() as u8).byte(right[k].is_some() as u8).str(sh).finish());
        let next_cue = doc.is_cue(i + 1);
        let prev_cue = i > 0 && doc.is_cue(i - 1);
        out.push(h(20).byte(prev_cue as u8).byte(next_cue as u8).finish());

        // Quotations.
        let q = doc.quote_of.get(i).copied().flatten().and_then(|q| doc.quotes.get(q));
        let qstate: u8 = match q {
            None => 0,
            Some(q) if q.tokens.start == i => 1,
            Some(q) if q.tokens.end == i + 1 => 2,
            Some(_) => 3,
        };
        let qlen = q.map_or(0, |q| bucket(doc.words_in(q.tokens.clone())));
        out.push(h(21).byte(qstate).byte(qlen).finish());
        out.push(h(22).byte(qstate).str(w0).finish());
        out.push(h(23).byte(qstate).byte(q.is_some_and(|q| q.closed) as u8).byte(left[k].is_some() as u8).byte(right[k].is_some() as u8).finish());
        if let Some(TokenKind::Quote(side)) = tok.map(|t| t.kind) {
            out.push(h(24).byte(matches!(side, QuoteSide::Open) as u8).finish());
        }
        let prev_q = i.checked_sub(1).and_then(|p| doc.quote_of.get(p).copied().flatten()).is_some();
        let next_q = doc.quote_of.get(i + 1).copied().flatten().is_some();
        out.push(h(25).byte(prev_q as u8).byte(next_q as u8).byte(qstate).finish());

        // The rules' reading.
        let (role, begin) = roles.get(i).copied().unwrap_or((0, false));
        out.push(h(26).byte(role).byte(begin as u8).finish());
        out.push(h(27).byte(role).str(w0).finish());
        let prev_role = i.checked_sub(1).and_then(|p| roles.get(p)).map_or(9, |r| r.0);
        let next_role = roles.get(i + 1).map_or(9, |r| r.0);
        out.push(h(28).byte(prev_role).byte(role).byte(next_role).finish());

        // Conjunctions of the strongest cues.
        out.push(h(29).byte(qstate).byte(role).byte(in_cue).finish());
        out.push(h(30).str(w0).byte(left[k].map_or(9, |(_, d)| bucket(d))).finish());
        out.push(h(31).str(w0).byte(right[k].map_or(9, |(_, d)| bucket(d))).finish());

        // Wider context and word-form generalisation.
        let prev_shape = i.checked_sub(1).and_then(|p| doc.tokens.get(p)).map_or("<s>", |t| shape(t.text(doc.text)));
        out.push(h(32).str(prev_shape).str(w0).finish());
        out.push(h(33).str(stem(w0)).finish());
        out.push(h(34).str(w(ii - 1)).byte(0).str(w(ii + 1)).finish());
        out.push(h(35).str(w(ii - 3)).finish());
        out.push(h(36).str(w(ii + 3)).finish());
        let quote_side = u8::from(between(&marks, sent.start, i) > 0) | u8::from(between(&marks, i + 1, sent.end) > 0) << 1;
        out.push(h(37).byte(quote_side).str(stem(w0)).finish());
        let comma_since_cue = left[k].is_some_and(|(c, _)| between(&commas, c, i) > 0);
        out.push(h(38).byte(comma_since_cue as u8).byte(left[k].is_some() as u8).byte(qstate).finish());
        out.push(h(39).str(stem(w0)).byte(role).finish());
        // The clause the word takes ("that", "to", ":", a quotation) and what stands before it.
        let next = w(ii + 1);
        let takes: u8 = match next {
            "that" => 1,
            "to" => 2,
            ":" => 3,
            "," => 4,
            "about" | "on" | "of" | "for" | "against" => 5,
            _ if next_q => 6,
            _ => 0,
        };
        out.push(h(40).byte(takes).str(&suffix).finish());
        out.push(h(41).byte(takes).str(stem(w0)).finish());
        out.push(h(42).byte(takes).str(prev_shape).byte(is_helper(w(ii - 1)) as u8).finish());
        out.end_position();
    }
}
