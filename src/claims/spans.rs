//! The second tagging stage: given one cue, tag the source and content of *that* cue in a
//! window around it (BIO over SRC and CON). Features are relative to the cue: the side and
//! distance, the cue's word, the commas, sentence breaks and other cues in between, the
//! quotation state, and what the rules attribute to the same cue. This links spans to their
//! cue by construction, which the first stage (tagger.rs) can only guess at.

use std::ops::Range;
use std::sync::OnceLock;

use super::attribution::Attribution;
use super::doc::Doc;
use crate::learn::{Allowed, Features, Fnv};

/// The tag set of the span model, in model order.
pub const SPAN_TAGS: [&str; 5] = ["O", "B-SRC", "I-SRC", "B-CON", "I-CON"];

pub fn span_allowed() -> &'static Allowed {
    static ALLOWED: OnceLock<Allowed> = OnceLock::new();
    ALLOWED.get_or_init(|| Allowed::bio(&SPAN_TAGS))
}

/// Tokens looked at before and after a cue (within its paragraph).
const BEFORE: usize = 40;
const AFTER: usize = 160;

/// The windows of tokens tagged for each of `cues` (in text order): see [`window`]; each
/// window also stops at the next cue and the one before the previous one, so that all windows
/// together stay linear in the length of the text however many cues it has.
pub fn windows(doc: &Doc, cues: &[Range<usize>]) -> Vec<Range<usize>> {
    cues.iter()
        .enumerate()
        .map(|(k, cue)| {
            let w = window(doc, cue);
            // Back to the cue before the previous one: a source often stands before an earlier
            // cue of its own sentence ("Trump attacked her on Monday, saying ...").
            let lo = k.checked_sub(2).and_then(|p| cues.get(p)).map_or(w.start, |p| p.end.min(cue.start));
            let hi = cues.get(k + 1).map_or(w.end, |n| n.start.max(cue.end));
            w.start.max(lo)..w.end.min(hi)
        })
        .collect()
}

/// The window of tokens tagged for the cue `cue`: its paragraph, cut to BEFORE/AFTER tokens.
/// The window goes on into the next paragraph when the cue ends its own ("He said:") or a
/// quotation open at the paragraph's end continues there.
fn window(doc: &Doc, cue: &Range<usize>) -> Range<usize> {
    let p = doc.paragraph_of(cue.start);
    let para = doc.paragraphs.get(p).cloned().unwrap_or(cue.clone());
    let mut end = para.end;
    if para.end.saturating_sub(cue.end) <= 1 {
        end = doc.paragraphs.get(p + 1).map_or(end, |next| next.end);
    }
    let open_quote = end.checked_sub(1).and_then(|l| doc.quote_of.get(l).copied().flatten()).and_then(|q| doc.quotes.get(q));
    if let Some(q) = open_quote.filter(|q| q.tokens.end > end) {
        end = q.tokens.end;
    }
    cue.start.saturating_sub(BEFORE).max(para.start)..(cue.end + AFTER).min(end).max(cue.end)
}

fn bucket(d: usize) -> u8 {
    match d {
        0..=2 => d as u8,
        3..=4 => 3,
        5..=8 => 4,
        9..=16 => 5,
        17..=32 => 6,
        _ => 7,
    }
}

fn few(n: usize) -> u8 {
    n.min(2) as u8
}

/// The role (1 source, 3 content) the rules give each window token for this cue.
fn rule_roles_for(win: &Range<usize>, cue: &Range<usize>, rules: &[Attribution]) -> Vec<u8> {
    let mut roles = vec![0u8; win.len()];
    let k = rules.partition_point(|r| r.content.first().map_or(0, |c| c.end) < win.start);
    let mine = rules.iter().skip(k.saturating_sub(8)).take_while(|r| r.content.first().map_or(0, |c| c.start) < win.end + AFTER).find(|r| r.cue.as_ref().is_some_and(|c| c.start < cue.end && cue.start < c.end));
    if let Some(r) = mine {
        for (role, range) in r.source.iter().map(|s| (1u8, s)).chain(r.content.iter().map(|c| (3u8, c))) {
            for i in range.start.max(win.start)..range.end.min(win.end) {
                roles[i - win.start] = role;
            }
        }
    }
    roles
}

/// Writes the features of the window tokens for the cue `cue` into `out` (cleared first).
pub fn cue_features(doc: &Doc, win: &Range<usize>, cue: &Range<usize>, rules: &[Attribution], out: &mut Features) {
    out.clear();
    let rule = rule_roles_for(win, cue, rules);
    // Running counts over the window: commas, sentence starts, other cues' first tokens.
    let n = win.len();
    let (mut commas, mut breaks, mut cues) = (Vec::with_capacity(n + 1), Vec::with_capacity(n + 1), Vec::with_capacity(n + 1));
    let (mut c, mut b, mut q) = (0usize, 0usize, 0usize);
    for i in win.clone() {
        commas.push(c);
        breaks.push(b);
        cues.push(q);
        c += usize::from(doc.is_punct(i, ","));
        b += usize::from(doc.sentence.get(i).is_some_and(|s| s.start == i && i > win.start));
        let cue_start = doc.cue_of.get(i).copied().flatten().and_then(|k| doc.cues.get(k)).is_some_and(|m| m.tokens.start == i);
        q += usize::from(cue_start && !(cue.start..cue.end).contains(&i) && doc.quote_of.get(i).copied().flatten().is_none());
    }
    commas.push(c);
    breaks.push(b);
    cues.push(q);
    let count = |v: &[usize], a: usize, z: usize| -> usize {
        let at = |x: usize| v.get(x.clamp(win.start, win.end) - win.start).copied().unwrap_or(0);
        at(z.max(a)).saturating_sub(at(a.min(z)))
    };
    let cue_word = doc.word(cue.end.saturating_sub(1));
    let after_cue = doc.word(cue.end);
    let cue_sentence = doc.sentence.get(cue.start).cloned().unwrap_or(cue.clone());
    let w = |i: isize| -> &str {
        if i < win.start as isize || i >= win.end as isize {
            "<w>"
        } else {
            doc.word(i as usize)
        }
    };
    for i in win.clone() {
        let k = i - win.start;
        let ii = i as isize;
        let (side, dist, lo, hi) = if i < cue.start {
            (0u8, cue.start - i, i, cue.start)
        } else if i >= cue.end {
            (2u8, i + 1 - cue.end, cue.end, i)
        } else {
            (1u8, 0, i, i)
        };
        let d = bucket(dist);
        let same = cue_sentence.contains(&i);
        let between = (few(count(&commas, lo, hi)), few(count(&breaks, lo + 1, hi + 1)), few(count(&cues, lo, hi)));
        let h = |t: u8| Fnv::with(t).byte(side);
        let w0 = w(ii);
        let shape = doc.tokens.get(i).map_or("", |t| shape_of(t.text(doc.text)));
        let qi = doc.quote_of.get(i).copied().flatten();
        let qstate: u8 = match qi.and_then(|q| doc.quotes.get(q)) {
            None => 0,
            Some(q) if q.tokens.start == i => 1,
            Some(q) if q.tokens.end == i + 1 => 2,
            Some(_) => 3,
        };
        let qlen = qi.and_then(|q| doc.quotes.get(q)).map_or(0, |q| bucket(doc.words_in(q.tokens.clone())));
        // Whether this token's quotation touches the cue (within two tokens).
        let quote_near_cue = qi.and_then(|q| doc.quotes.get(q)).is_some_and(|q| q.tokens.end + 2 >= cue.start && q.tokens.start <= cue.end + 2);
        out.push(h(50).finish());
        out.push(h(51).byte(d).byte(same as u8).finish());
        out.push(h(52).str(w0).finish());
        out.push(h(53).str(w(ii - 1)).finish());
        out.push(h(54).str(w(ii + 1)).finish());
        out.push(h(55).str(shape).byte(d).finish());
        out.push(h(56).byte(qstate).byte(qlen).byte(quote_near_cue as u8).finish());
        out.push(h(57).str(cue_word).byte(d).finish());
        out.push(h(58).byte(between.0).byte(between.1).byte(between.2).finish());
        out.push(h(59).byte(between.1).byte(qstate).byte(quote_near_cue as u8).finish());
        out.push(h(60).str(after_cue).byte(d).finish());
        out.push(h(61).byte(rule[k]).byte(d).finish());
        out.push(h(62).byte(rule[k]).str(w0).finish());
        out.push(h(63).str(w0).byte(d).finish());
        out.push(h(64).str(w(ii - 1)).byte(0).str(w0).finish());
        out.push(h(65).str(w0).byte(0).str(w(ii + 1)).finish());
        out.push(h(66).byte(doc.sentence.get(i).is_some_and(|s| s.start == i) as u8).byte(between.1).finish());
        out.push(h(67).str(cue_word).str(w0).finish());
        out.push(h(68).byte(between.2).byte(between.0).byte(d).finish());
        let prev_rule = k.checked_sub(1).map_or(9, |p| rule[p]);
        out.push(h(69).byte(prev_rule).byte(rule[k]).byte(rule.get(k + 1).copied().unwrap_or(9)).finish());
        out.push(h(70).byte(doc.is_cue(i) as u8).byte(between.2).finish());
        out.push(h(71).str(shape).str(w(ii - 1)).finish());
        out.end_position();
    }
}

fn shape_of(word: &str) -> &'static str {
    let first = word.chars().next();
    match first {
        Some(c) if c.is_numeric() => "d",
        Some(c) if c.is_uppercase() => "X",
        Some(c) if c.is_alphabetic() => "x",
        Some(_) => "p",
        None => "",
    }
}

/// Reads a decoded window back: the source nearest the cue and every content span.
pub fn read_window(win: &Range<usize>, cue: &Range<usize>, path: &[u16]) -> Attribution {
    let mut a = Attribution { cue: Some(cue.clone()), ..Attribution::default() };
    let mut sources: Vec<Range<usize>> = Vec::new();
    for (k, &tag) in path.iter().enumerate() {
        let i = win.start + k;
        let spans = match tag {
            1 | 2 => &mut sources,
            3 | 4 => &mut a.content,
            _ => continue,
        };
        match spans.last_mut() {
            Some(r) if tag % 2 == 0 && r.end == i => r.end = i + 1,
            _ => spans.push(i..i + 1),
        }
    }
    let gap = |r: &Range<usize>| if r.end <= cue.start { cue.start - r.end } else { r.start.saturating_sub(cue.end) };
    a.source = sources.into_iter().min_by_key(gap);
    a
}
