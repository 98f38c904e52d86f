//! `presslens eval claims DATA.jsonl`: claims (quotes and attributions) against PolNeAR-style
//! gold, scored exactly as the project's reference scorer (`score_claims.py`) scores them:
//!
//! - tokens are runs of word characters (`\w+`); a span's tokens are those overlapping any of
//!   its fragments; items whose content has no token are dropped;
//! - per document, gold and predicted claims are paired one to one, greedily by content
//!   token-overlap F1, best first (ties by gold then prediction order), only pairs sharing a
//!   token; "detected" = paired with F1 ≥ 0.5;
//! - content exact / match / overlap (token-weighted), source and cue exact / overlap, overall
//!   and over detected pairs only; every figure for all, direct and indirect attributions.
//!
//! Offsets are code points, as in the data. Scare quotes are left out (they attribute nothing).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use presslens::{Analyzer, Claim, ClaimKind, OffsetMap, OffsetUnit};
use serde_json::Value;

#[derive(clap::Args)]
pub struct Args {
    /// PolNeAR-style JSONL: {"id", "text", "attributions": [{"source", "cue", "content"}]}.
    data: PathBuf,
    /// Also score the documents grouped by this field of each line (e.g. `annotator`,
    /// `publisher`): one line of headline F1s per value.
    #[arg(long, value_name = "FIELD")]
    by: Option<String>,
}

/// Fragments of one role, in code points, end exclusive.
pub type Frags = Vec<(usize, usize)>;

/// One attribution or predicted claim, by role.
#[derive(Clone, Debug, Default)]
pub struct Item {
    pub content: Frags,
    pub source: Frags,
    pub cue: Frags,
}

pub struct GoldDoc {
    pub text: String,
    pub attributions: Vec<Item>,
    /// The whole line, for grouping by any of its fields.
    pub fields: Value,
}

/// Reads the gold documents of a PolNeAR-style JSONL file.
pub fn read_gold(path: &Path) -> Result<Vec<GoldDoc>, String> {
    let mut docs = Vec::new();
    crate::gold::each_document(path, |v, text, _| {
        let frags = |a: &Value, role: &str| -> Frags {
            a[role].as_array().into_iter().flatten().filter_map(|f| Some((f.get(0)?.as_u64()? as usize, f.get(1)?.as_u64()? as usize))).collect()
        };
        let attributions = v["attributions"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|a| Item { content: frags(a, "content"), source: frags(a, "source"), cue: frags(a, "cue") })
            .collect();
        let mut fields = v.clone();
        if let Some(o) = fields.as_object_mut() {
            // Keep the metadata only: text and annotations are held above.
            o.remove("text");
            o.remove("attributions");
        }
        docs.push(GoldDoc { text, attributions, fields });
        Ok(())
    })?;
    Ok(docs)
}

/// The claims of one analysis as scorer items, in code points; scare quotes left out.
pub fn items_of(claims: &[Claim], text: &str) -> Vec<Item> {
    let map = OffsetMap::new(text);
    let at = |b: usize| map.convert(b, OffsetUnit::Chars);
    claims
        .iter()
        .filter(|c| c.kind != ClaimKind::ScareQuote)
        .map(|c| Item {
            content: c.content.iter().map(|s| (at(s.start), at(s.end))).collect(),
            cue: c.cue.iter().map(|s| (at(s.start), at(s.end))).collect(),
            source: c.source.iter().map(|s| (at(s.span.start), at(s.span.end))).collect(),
        })
        .collect()
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let docs = read_gold(&args.data)?;
    let analyzer = Analyzer::new();
    let preds: Vec<Vec<Item>> = docs.iter().map(|d| items_of(&analyzer.analyze(&d.text).claims, &d.text)).collect();
    let scores = score(&docs, &preds);
    print!("{}", table("presslens", &scores));
    if let Some(field) = &args.by {
        print!("{}", by_field(field, &docs, &preds));
    }
    Ok(ExitCode::SUCCESS)
}

/// Headline F1s (content overlap, source exact, cue exact; all attributions) of the documents
/// grouped by the value of `field`, largest group first.
fn by_field(field: &str, docs: &[GoldDoc], preds: &[Vec<Item>]) -> String {
    let mut groups: std::collections::BTreeMap<String, Vec<usize>> = Default::default();
    for (k, d) in docs.iter().enumerate() {
        let value = match &d.fields[field] {
            Value::String(s) => s.clone(),
            Value::Null => "(none)".to_string(),
            other => other.to_string(),
        };
        groups.entry(value).or_default().push(k);
    }
    let mut groups: Vec<(String, Vec<usize>)> = groups.into_iter().collect();
    groups.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then_with(|| a.0.cmp(&b.0)));
    let mut out = format!("by {field}: documents, attributions, F1 content overlap / source exact / cue exact (all)\n");
    for (value, ks) in groups {
        let scores = score_pairs(ks.iter().filter_map(|&k| Some((docs.get(k)?, preds.get(k)?))));
        let (content, source, cue) = headline(&scores[0]);
        let n: usize = ks.iter().filter_map(|&k| docs.get(k)).map(|g| g.attributions.len()).sum();
        out += &format!("  {value:<16} {:>4} {n:>6}   {content:5.1} / {source:5.1} / {cue:5.1}\n", ks.len());
    }
    out
}

/// Word-token offsets of one text (code points), as `\w+` finds them.
struct Tokens {
    starts: Vec<usize>,
    ends: Vec<usize>,
}

/// Python's `\w`: alphanumeric (letters and numbers of any script) or the underscore.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Tokens {
    fn new(chars: &[char]) -> Tokens {
        let (mut starts, mut ends) = (Vec::new(), Vec::new());
        let mut i = 0;
        while i < chars.len() {
            if is_word_char(chars[i]) {
                let s = i;
                while i < chars.len() && is_word_char(chars[i]) {
                    i += 1;
                }
                starts.push(s);
                ends.push(i);
            } else {
                i += 1;
            }
        }
        Tokens { starts, ends }
    }

    fn of(&self, frags: &Frags) -> Vec<usize> {
        let mut out = Vec::new();
        for &(s, e) in frags {
            let mut i = self.ends.partition_point(|&end| end <= s);
            while i < self.starts.len() && self.starts[i] < e {
                out.push(i);
                i += 1;
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// One item as token sets (sorted, deduplicated) and its direct/indirect class.
struct Sets {
    content: Vec<usize>,
    source: Vec<usize>,
    cue: Vec<usize>,
    direct: bool,
}

const OPEN_QUOTES: &str = "\"“‘'«„`";
const CLOSE_QUOTES: &str = "\"”’'»“";
const MATCH_F1: f64 = 0.5;

/// Fragments as the scorer keeps them: non-empty, inside the text, sorted.
fn clean(frags: &Frags, n: usize) -> Frags {
    let mut out: Frags = frags.iter().copied().filter(|&(s, e)| e > s && e <= n).collect();
    out.sort_unstable();
    out
}

fn is_direct(chars: &[char], frags: &Frags) -> bool {
    let (Some(first), Some(last)) = (frags.first(), frags.last()) else { return false };
    let slice = chars.get(first.0..last.1.max(first.0)).unwrap_or(&[]);
    let t: &[char] = trim_by(slice, char::is_whitespace);
    let mut end = t.len();
    while end > 0 && matches!(t[end - 1], '.' | ',' | ';' | ':' | '!' | '?' | ' ') {
        end -= 1;
    }
    end >= 2 && OPEN_QUOTES.contains(t[0]) && CLOSE_QUOTES.contains(t[end - 1])
}

fn trim_by(s: &[char], f: impl Fn(char) -> bool) -> &[char] {
    let start = s.iter().position(|&c| !f(c)).unwrap_or(s.len());
    let end = s.iter().rposition(|&c| !f(c)).map_or(start, |e| e + 1);
    &s[start..end.max(start)]
}

fn sets_of(chars: &[char], toks: &Tokens, items: &[Item]) -> (Vec<Sets>, usize) {
    let mut out = Vec::new();
    let mut dropped = 0;
    for it in items {
        let content = clean(&it.content, chars.len());
        let sets = Sets {
            content: toks.of(&content),
            source: toks.of(&clean(&it.source, chars.len())),
            cue: toks.of(&clean(&it.cue, chars.len())),
            direct: is_direct(chars, &content),
        };
        if sets.content.is_empty() {
            dropped += 1;
        } else {
            out.push(sets);
        }
    }
    (out, dropped)
}

fn common(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn pair(gold: &[Sets], pred: &[Sets]) -> Vec<(usize, usize, f64)> {
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        for (pi, p) in pred.iter().enumerate() {
            let ov = common(&g.content, &p.content);
            if ov > 0 {
                cands.push((-2.0 * ov as f64 / (g.content.len() + p.content.len()) as f64, gi, pi));
            }
        }
    }
    cands.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred.len()]);
    let mut pairs = Vec::new();
    for (negf, gi, pi) in cands {
        if used_g[gi] || used_p[pi] {
            continue;
        }
        used_g[gi] = true;
        used_p[pi] = true;
        pairs.push((gi, pi, -negf));
    }
    pairs
}

#[derive(Clone, Debug, Default)]
pub struct RoleCounts {
    gold: usize,
    pred: usize,
    exact_tp: usize,
    overlap: usize,
    gold_tokens: usize,
    pred_tokens: usize,
    m_gold: usize,
    m_pred: usize,
    m_gold_tokens: usize,
    m_pred_tokens: usize,
}

#[derive(Clone, Debug, Default)]
pub struct Counts {
    gold: usize,
    pred: usize,
    pairs: usize,
    detected: usize,
    content_exact_tp: usize,
    content_overlap: usize,
    content_gold_tokens: usize,
    content_pred_tokens: usize,
    source: RoleCounts,
    cue: RoleCounts,
}

/// Counts for all, direct and indirect attributions.
pub type Scores = [Counts; 3];
const SUBSETS: [&str; 3] = ["all", "direct", "indirect"];

fn role(s: &Sets, r: usize) -> &[usize] {
    if r == 0 {
        &s.source
    } else {
        &s.cue
    }
}

fn add_doc(counts: &mut Scores, gold: &[Sets], pred: &[Sets]) {
    let pairs = pair(gold, pred);
    let gold_direct: Vec<bool> = gold.iter().map(|g| g.direct).collect();
    let mut pred_direct: Vec<bool> = pred.iter().map(|p| p.direct).collect();
    for &(gi, pi, _) in &pairs {
        pred_direct[pi] = gold_direct[gi];
    }
    for (sub, c) in counts.iter_mut().enumerate() {
        let keep = |direct: bool| sub == 0 || (sub == 1) == direct;
        let gsel: Vec<&Sets> = gold.iter().zip(&gold_direct).filter(|(_, &d)| keep(d)).map(|(g, _)| g).collect();
        let psel: Vec<&Sets> = pred.iter().zip(&pred_direct).filter(|(_, &d)| keep(d)).map(|(p, _)| p).collect();
        c.gold += gsel.len();
        c.pred += psel.len();
        c.content_gold_tokens += gsel.iter().map(|g| g.content.len()).sum::<usize>();
        c.content_pred_tokens += psel.iter().map(|p| p.content.len()).sum::<usize>();
        for r in 0..2 {
            let rc = if r == 0 { &mut c.source } else { &mut c.cue };
            rc.gold += gsel.iter().filter(|g| !role(g, r).is_empty()).count();
            rc.pred += psel.iter().filter(|p| !role(p, r).is_empty()).count();
            rc.gold_tokens += gsel.iter().map(|g| role(g, r).len()).sum::<usize>();
            rc.pred_tokens += psel.iter().map(|p| role(p, r).len()).sum::<usize>();
        }
        for &(gi, pi, f) in &pairs {
            if !keep(gold_direct[gi]) {
                continue;
            }
            let (g, p) = (&gold[gi], &pred[pi]);
            c.pairs += 1;
            c.content_exact_tp += usize::from(g.content == p.content);
            c.content_overlap += common(&g.content, &p.content);
            if f < MATCH_F1 {
                continue;
            }
            c.detected += 1;
            for r in 0..2 {
                let (gr, pr) = (role(g, r), role(p, r));
                let rc = if r == 0 { &mut c.source } else { &mut c.cue };
                rc.exact_tp += usize::from(!gr.is_empty() && gr == pr);
                rc.overlap += common(gr, pr);
                rc.m_gold += usize::from(!gr.is_empty());
                rc.m_pred += usize::from(!pr.is_empty());
                rc.m_gold_tokens += gr.len();
                rc.m_pred_tokens += pr.len();
            }
        }
    }
}

/// For each predicted item of one document, whether the scorer pairs it with an annotated
/// attribution at content overlap F1 ≥ 0.5 (detects it).
pub fn detected(doc: &GoldDoc, pred: &[Item]) -> Vec<bool> {
    let chars: Vec<char> = doc.text.chars().collect();
    let toks = Tokens::new(&chars);
    let (gold, _) = sets_of(&chars, &toks, &doc.attributions);
    // Items without content tokens are dropped by the scorer: remember where the rest came from.
    let mut index = Vec::new();
    let mut kept = Vec::new();
    for (k, it) in pred.iter().enumerate() {
        let (mut sets, _) = sets_of(&chars, &toks, std::slice::from_ref(it));
        if let Some(s) = sets.pop() {
            index.push(k);
            kept.push(s);
        }
    }
    let mut out = vec![false; pred.len()];
    for (_, pi, f) in pair(&gold, &kept) {
        if f >= MATCH_F1 {
            out[index[pi]] = true;
        }
    }
    out
}

/// Scores predictions (one list per gold document, in the same order) against the gold.
pub fn score(docs: &[GoldDoc], preds: &[Vec<Item>]) -> Scores {
    score_pairs(docs.iter().zip(preds))
}

/// Scores (gold document, its predictions) pairs.
fn score_pairs<'a>(pairs: impl Iterator<Item = (&'a GoldDoc, &'a Vec<Item>)>) -> Scores {
    let mut counts: Scores = Default::default();
    for (d, p) in pairs {
        let chars: Vec<char> = d.text.chars().collect();
        let toks = Tokens::new(&chars);
        let (gold, _) = sets_of(&chars, &toks, &d.attributions);
        let (pred, _) = sets_of(&chars, &toks, p);
        add_doc(&mut counts, &gold, &pred);
    }
    counts
}

/// (precision, recall, F1) as the scorer computes them; None where undefined.
type Prf = (Option<f64>, Option<f64>, Option<f64>);

fn prf(tp: usize, fp: usize, fn_: usize) -> Prf {
    let p = (tp + fp > 0).then(|| tp as f64 / (tp + fp) as f64);
    let r = (tp + fn_ > 0).then(|| tp as f64 / (tp + fn_) as f64);
    let f = match (p, r) {
        (Some(p), Some(r)) if p + r > 0.0 => Some(2.0 * p * r / (p + r)),
        _ => (tp + fn_ > 0).then_some(0.0),
    };
    (p, r, f)
}

fn overlap_prf(ov: usize, pred_tokens: usize, gold_tokens: usize) -> Prf {
    let p = (pred_tokens > 0).then(|| ov as f64 / pred_tokens as f64);
    let r = (gold_tokens > 0).then(|| ov as f64 / gold_tokens as f64);
    let f = match (p, r) {
        (Some(p), Some(r)) => Some(if p + r > 0.0 { 2.0 * p * r / (p + r) } else { 0.0 }),
        _ => (gold_tokens > 0).then_some(0.0),
    };
    (p, r, f)
}

/// The headline F1s (in %) of one subset: content overlap, source exact, cue exact.
pub fn headline(c: &Counts) -> (f64, f64, f64) {
    let f = |x: Prf| 100.0 * x.2.unwrap_or(0.0);
    (
        f(overlap_prf(c.content_overlap, c.content_pred_tokens, c.content_gold_tokens)),
        f(prf(c.source.exact_tp, c.source.pred - c.source.exact_tp, c.source.gold - c.source.exact_tp)),
        f(prf(c.cue.exact_tp, c.cue.pred - c.cue.exact_tp, c.cue.gold - c.cue.exact_tp)),
    )
}

fn fmt(x: Option<f64>) -> String {
    x.map_or("  n/a".to_string(), |x| format!("{:5.1}", 100.0 * x))
}

/// The score table, line for line as the reference scorer prints it.
pub fn table(system: &str, scores: &Scores) -> String {
    let mut out = format!("{system}: P / R / F1 in %\n");
    for (sub, c) in SUBSETS.iter().zip(scores) {
        out += &format!("  [{sub}] gold {}, predicted {}, paired {}, detected {}\n", c.gold, c.pred, c.pairs, c.detected);
        let mut rows: Vec<(String, Prf)> = vec![
            ("content exact".into(), prf(c.content_exact_tp, c.pred - c.content_exact_tp, c.gold - c.content_exact_tp)),
            ("content match>=0.5".into(), prf(c.detected, c.pred - c.detected, c.gold - c.detected)),
            ("content overlap".into(), overlap_prf(c.content_overlap, c.content_pred_tokens, c.content_gold_tokens)),
        ];
        for (name, r) in [("source", &c.source), ("cue", &c.cue)] {
            rows.push((format!("{name} exact"), prf(r.exact_tp, r.pred - r.exact_tp, r.gold - r.exact_tp)));
            rows.push((format!("{name} overlap"), overlap_prf(r.overlap, r.pred_tokens, r.gold_tokens)));
            rows.push((format!("{name} exact_matched"), prf(r.exact_tp, r.m_pred - r.exact_tp, r.m_gold - r.exact_tp)));
            rows.push((format!("{name} overlap_matched"), overlap_prf(r.overlap, r.m_pred_tokens, r.m_gold_tokens)));
        }
        for (name, (p, r, f)) in rows {
            out += &format!("    {name:24} {} {} {}\n", fmt(p), fmt(r), fmt(f));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str, gold: Vec<Item>) -> GoldDoc {
        GoldDoc { text: text.into(), attributions: gold, fields: Value::Null }
    }

    fn item(content: Frags, source: Frags, cue: Frags) -> Item {
        Item { content, source, cue }
    }

    #[test]
    fn exact_prediction_scores_full_marks_and_direct_is_classed() {
        let text = "He said, “We win.” Then Bo said we lose.";
        let gold = vec![item(vec![(9, 18)], vec![(0, 2)], vec![(3, 7)]), item(vec![(32, 39)], vec![(24, 26)], vec![(27, 31)])];
        let docs = [doc(text, gold.clone())];
        let s = score(&docs, &[gold]);
        assert_eq!((s[1].gold, s[2].gold), (1, 1));
        assert_eq!(headline(&s[0]), (100.0, 100.0, 100.0));
    }

    #[test]
    fn greedy_pairing_and_partial_overlap() {
        let text = "aa bb cc dd ee ff";
        let gold = vec![item(vec![(0, 8)], vec![], vec![])];
        // The better-overlapping prediction takes the gold; the other is a false positive.
        let preds = vec![item(vec![(3, 17)], vec![], vec![]), item(vec![(0, 5)], vec![], vec![])];
        let s = score(&[doc(text, gold)], &[preds]);
        assert_eq!((s[0].pairs, s[0].detected), (1, 1));
        // Pair (aa bb cc) ~ (aa bb): overlap 2 of 3 gold tokens; 5 + 2 predicted tokens in all.
        assert_eq!((s[0].content_overlap, s[0].content_pred_tokens, s[0].content_gold_tokens), (2, 7, 3));
    }
}
