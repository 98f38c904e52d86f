//! What `presslens train claims` needs from the library: training sequences (the tagger's
//! features with gold tags from annotated attributions) and a finder built on a given model.

use super::attribution::by_rules;
use super::cues::Cues;
use super::doc::Doc;
use super::features::{paragraph_features, rule_roles, BITS};
use super::tagger::{tag_of, Tagger};
use super::{Claim, ClaimFinder};
use crate::learn::{Allowed, Features, Model};
use crate::span::Span;
use crate::text::TextLayer;

pub use super::tagger::TAGS;

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

/// The training sequences of one text: per paragraph, its features and gold tags.
pub fn sequences(text: &str, gold: &[GoldAttribution]) -> Vec<(Features, Vec<u16>)> {
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
    let mut out = Vec::with_capacity(doc.paragraphs.len());
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
        out.push((features, tags));
    }
    out
}

/// A claim finder that tags with `model` (None when the model's tag set is not the tagger's).
pub fn finder(model: Model) -> Option<ClaimFinder> {
    Some(ClaimFinder { tagger: Some(Tagger::new(model)?), ..ClaimFinder::load() })
}

/// The claims `finder` finds in `text`, without entities (spans do not depend on them).
pub fn claims(finder: &ClaimFinder, text: &str) -> Vec<Claim> {
    let layer = TextLayer::new(text);
    finder.find(text, &layer, &[], &[])
}
