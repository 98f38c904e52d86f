//! What `presslens train claims` needs from the library: training sequences (the tagger's
//! features with gold tags from annotated attributions) and a finder built on a given model.

use super::attribution::by_rules;
use super::cues::Cues;
use super::doc::Doc;
use super::features::{paragraph_features, rule_roles, BITS};
use super::spans::{cue_features, span_allowed, window};
use super::tagger::{tag_of, Tagger};
use super::{Claim, ClaimFinder};
use crate::learn::{Allowed, Features, Model};
use crate::span::Span;
use crate::text::TextLayer;

pub use super::spans::SPAN_TAGS;
pub use super::tagger::{pack, TAGS};

/// One annotated attribution, as byte spans into its text.
#[derive(Clone, Debug, Default)]
pub struct GoldAttribution {
    pub content: Vec<Span>,
    pub cue: Vec<Span>,
    pub source: Vec<Span>,
}

/// The feature-table size the tagger is trained with (`2^bits` buckets).
pub const FEATURE_BITS: u32 = BITS;

pub fn allowed() -> Allowed {
    Allowed::bio(&TAGS)
}

pub fn spans_allowed() -> Allowed {
    span_allowed().clone()
}

/// Training sequences of both stages.
#[derive(Default)]
pub struct Sequences {
    /// Paragraphs tagged with every role (the first stage).
    pub roles: Vec<(Features, Vec<u16>)>,
    /// Windows around each cue tagged with its source and content (the second stage); cues
    /// of the list that no annotation uses give all-outside windows.
    pub spans: Vec<(Features, Vec<u16>)>,
}

/// The training sequences of one text, added to `out`.
pub fn sequences(text: &str, gold: &[GoldAttribution], out: &mut Sequences) {
    let layer = TextLayer::new(text);
    let doc = Doc::new(text, &layer, Cues::shared());
    let rules = by_rules(&doc);
    let roles = rule_roles(doc.len(), &rules);
    // Per token: (attribution, role, fragment) of the gold span holding it.
    let mut owner: Vec<Option<(usize, u8, usize)>> = vec![None; doc.len()];
    for (a, g) in gold.iter().enumerate() {
        for (role, frags) in [(1u8, &g.source), (2, &g.cue), (3, &g.content)] {
            for (f, frag) in frags.iter().enumerate() {
                let first = doc.tokens.partition_point(|t| t.span.end <= frag.start);
                for i in first..doc.len() {
                    if doc.tokens[i].span.start >= frag.end {
                        break;
                    }
                    owner[i].get_or_insert((a, role, f));
                }
            }
        }
    }
    for para in &doc.paragraphs {
        let mut features = Features::new(BITS);
        paragraph_features(&doc, para.clone(), &roles, &mut features);
        let tags = para
            .clone()
            .map(|i| match owner[i] {
                None => 0,
                Some(o) => tag_of(o.1, i == para.start || owner[i - 1] != Some(o)),
            })
            .collect();
        out.roles.push((features, tags));
    }
    // Second stage: one window per annotated cue, and per listed cue no annotation uses.
    let token_range = |frags: &[Span]| -> Option<std::ops::Range<usize>> {
        let start = frags.iter().map(|f| doc.tokens.partition_point(|t| t.span.end <= f.start)).min()?;
        let end = frags.iter().map(|f| doc.tokens.partition_point(|t| t.span.start < f.end)).max()?;
        (start < end).then_some(start..end)
    };
    let mut gold_cues = Vec::new();
    for g in gold {
        let Some(cue) = token_range(&g.cue) else { continue };
        let win = window(&doc, &cue);
        let mut tags = vec![0u16; win.len()];
        for (role, frags) in [(1u16, &g.source), (3, &g.content)] {
            for f in frags.iter() {
                let Some(r) = token_range(std::slice::from_ref(f)) else { continue };
                for i in r.start.max(win.start)..r.end.min(win.end) {
                    tags[i - win.start] = if i == r.start.max(win.start) { role } else { role + 1 };
                }
            }
        }
        let mut features = Features::new(BITS);
        cue_features(&doc, &win, &cue, &rules, &mut features);
        out.spans.push((features, tags));
        gold_cues.push(cue);
    }
    for m in &doc.cues {
        let unused = !gold_cues.iter().any(|c| c.start < m.tokens.end && m.tokens.start < c.end);
        if unused && doc.quote_of.get(m.tokens.start).copied().flatten().is_none() {
            let win = window(&doc, &m.tokens);
            let mut features = Features::new(BITS);
            cue_features(&doc, &win, &m.tokens, &rules, &mut features);
            out.spans.push((features, vec![0; win.len()]));
        }
    }
}

/// A claim finder that tags with these models (None when a tag set is not the tagger's).
pub fn finder(roles: Model, spans: Model) -> Option<ClaimFinder> {
    Some(ClaimFinder { tagger: Some(Tagger::new(roles, spans)?), ..ClaimFinder::load() })
}

/// The claims `finder` finds in `text`, without entities (spans do not depend on them).
pub fn claims(finder: &ClaimFinder, text: &str) -> Vec<Claim> {
    let layer = TextLayer::new(text);
    finder.find(text, &layer, &[], &[])
}
