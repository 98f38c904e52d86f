//! What `presslens train claims` needs from the library: training sequences (the tagger's
//! features with gold tags from annotated attributions) and a finder built on a given model.

use super::attribution::by_rules;
use super::cues::Cues;
use super::doc::Doc;
use super::features::{paragraph_features, rule_roles, BITS};
use super::spans::{cue_features, span_allowed, windows};
use super::tagger::{cue_tag, Tagger};
use super::Claim;
use crate::learn::{Allowed, Features, Model};
use crate::span::Span;
use crate::text::TextLayer;

pub use super::spans::SPAN_TAGS;
pub use super::ClaimFinder;
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
    /// Paragraphs with their cues tagged (the first stage).
    pub cues: Vec<(Features, Vec<u16>)>,
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
                Some(o) if o.1 == 2 => cue_tag(i == para.start || owner[i - 1] != Some(o)),
                Some(_) => 0,
            })
            .collect();
        out.cues.push((features, tags));
    }
    // Second stage: one window per annotated cue, and per listed cue no annotation uses.
    let token_range = |frags: &[Span]| -> Option<std::ops::Range<usize>> {
        let start = frags.iter().map(|f| doc.tokens.partition_point(|t| t.span.end <= f.start)).min()?;
        let end = frags.iter().map(|f| doc.tokens.partition_point(|t| t.span.start < f.end)).max()?;
        (start < end).then_some(start..end)
    };
    // Gold cues with their annotation, and listed cues no annotation uses (no annotation).
    let mut cues: Vec<(std::ops::Range<usize>, Option<&GoldAttribution>)> = gold.iter().filter_map(|g| Some((token_range(&g.cue)?, Some(g)))).collect();
    for m in &doc.cues {
        let unused = !cues.iter().any(|(c, g)| g.is_some() && c.start < m.tokens.end && m.tokens.start < c.end);
        if unused && doc.quote_of.get(m.tokens.start).copied().flatten().is_none() {
            cues.push((m.tokens.clone(), None));
        }
    }
    cues.sort_by_key(|(c, _)| (c.start, c.end));
    let ranges: Vec<std::ops::Range<usize>> = cues.iter().map(|(c, _)| c.clone()).collect();
    for ((cue, g), win) in cues.iter().zip(windows(&doc, &ranges)) {
        let mut tags = vec![0u16; win.len()];
        for (role, frags) in g.iter().flat_map(|g| [(1u16, &g.source), (3, &g.content)]) {
            for f in frags.iter() {
                let Some(r) = token_range(std::slice::from_ref(f)) else { continue };
                for i in r.start.max(win.start)..r.end.min(win.end) {
                    tags[i - win.start] = if i == r.start.max(win.start) { role } else { role + 1 };
                }
            }
        }
        let mut features = Features::new(BITS);
        cue_features(&doc, &win, cue, &rules, &mut features);
        out.spans.push((features, tags));
    }
}

/// A claim finder that tags with these models (None when a tag set is not the tagger's).
pub fn finder(cue_model: Model, span_model: Model) -> Option<ClaimFinder> {
    Some(ClaimFinder { tagger: Some(Tagger::new(cue_model, span_model)?), ..ClaimFinder::load() })
}

/// The claims `finder` finds in `text` (without entities) with each one's margin (None
/// for a claim without a cue), which confidence is calibrated from.
pub fn scored_claims(finder: &ClaimFinder, text: &str) -> Vec<(Claim, Option<f32>)> {
    let layer = TextLayer::new(text);
    finder.find_scored(text, &layer, &[], &[])
}

/// The claims `finder` finds in `text`, without entities (spans do not depend on them).
pub fn claims(finder: &ClaimFinder, text: &str) -> Vec<Claim> {
    let layer = TextLayer::new(text);
    finder.find(text, &layer, &[], &[])
}
