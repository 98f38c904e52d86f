//! Entities found by patterns over the tokens: DATE, TIME, MONEY, PERCENT, QUANTITY as whole
//! phrases, LAW and EVENT where a pattern is reliable, and listed stock-market indices (ORG).
//!
//! Each matcher looks at a bounded number of tokens from where it starts, so the whole pass
//! is linear in the number of tokens.

mod dates;
mod events;
mod heads;
mod indices;
mod laws;
mod money;
mod numbers;
mod quantities;
mod times;

pub use numbers::{is_magnitude_word, is_number_word};

use super::words::Words;
use super::{Entity, Label};

/// What a matcher found: the token after its last one, the label and how sure it is.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Found {
    end: usize,
    label: Label,
    confidence: f32,
}

impl Found {
    fn new(end: usize, label: Label, confidence: f32) -> Found {
        Found { end, label, confidence }
    }
}

/// Finds dates, times, amounts of money, percentages, quantities, laws and events, as
/// whole phrases ("100 million euros", "mid-May", "the 2019 European Regulation"), in text
/// order and not overlapping; `group` is set later.
pub fn pattern_entities(w: &Words) -> Vec<Entity> {
    let n = w.len();
    let mut taken = vec![false; n];
    let mut hits: Vec<(usize, Found)> = Vec::new();

    // Names first: a year inside "the 2019 European Regulation" belongs to the law.
    let mut names: Vec<(usize, Found)> = (0..n).filter_map(|h| laws::law(&w, h).or_else(|| events::event(&w, h)).or_else(|| indices::index(&w, h))).collect();
    names.sort_by(|a, b| (b.1.end - b.0).cmp(&(a.1.end - a.0)).then(a.0.cmp(&b.0)));
    for (start, f) in names {
        if f.end <= n && start < f.end && w.one_sentence(start, f.end) && !taken[start..f.end].iter().any(|&t| t) {
            taken[start..f.end].iter_mut().for_each(|t| *t = true);
            hits.push((start, f));
        }
    }

    let mut i = 0;
    while i < n {
        let free = |f: &Found| f.end <= n && w.one_sentence(i, f.end) && !taken[i..f.end].iter().any(|&t| t);
        match number_like(&w, i).filter(free) {
            Some(f) => {
                hits.push((i, f));
                i = f.end;
            }
            None => i += 1,
        }
    }

    hits.sort_by_key(|(start, _)| *start);
    hits.into_iter()
        .map(|(start, f)| Entity { span: w.span(start, f.end), label: f.label, group: 0, confidence: f.confidence })
        .collect()
}

/// The longest number-like entity starting at token `i`; MONEY, PERCENT and QUANTITY may
/// start with modifier words ("more than", "about").
fn number_like(w: &Words, i: usize) -> Option<Found> {
    let m = numbers::modifier_len(w, i);
    let amount_at = |k: usize| [money::money, quantities::percent, quantities::quantity].iter().filter_map(|f| f(w, k)).max_by_key(|f| f.end);
    let modified = (m > 0).then(|| amount_at(i + m)).flatten().map(|mut f| {
        // "between $180 million and $220 million" is one range, not "between $180 million".
        if w.lower(i) == "between" && w.lower(f.end) == "and" {
            if let Some(upper) = amount_at(f.end + 1).filter(|u| u.label == f.label) {
                f.end = upper.end;
            }
        }
        f
    });
    modified.or_else(|| {
        [money::money, quantities::percent, quantities::quantity, times::time, dates::date]
            .iter()
            .filter_map(|f| f(w, i))
            .max_by(|a, b| a.end.cmp(&b.end).then(a.confidence.total_cmp(&b.confidence)))
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::text::TextLayer;

    /// The texts and labels of the pattern entities of `text`.
    pub fn found(text: &str) -> Vec<(&str, Label)> {
        let layer = TextLayer::new(text);
        pattern_entities(&Words::new(text, &layer)).into_iter().map(|e| (e.span.text(text), e.label)).collect()
    }

    /// The texts of the pattern entities of `text` that have `label`.
    pub fn found_of(text: &str, label: Label) -> Vec<&str> {
        found(text).into_iter().filter(|(_, l)| *l == label).map(|(s, _)| s).collect()
    }

    #[test]
    fn whole_sentences() {
        assert_eq!(
            found("Alibaba is expected to invest 100 million euros in the area, which covers 220,000 square meters."),
            [("100 million euros", Label::Money), ("220,000 square meters", Label::Quantity)]
        );
        assert_eq!(
            found("In mid-May, 90 percent of the port was sold under the 2019 European Regulation."),
            [("mid-May", Label::Date), ("90 percent", Label::Percent), ("the 2019 European Regulation", Label::Law)]
        );
    }

    #[test]
    fn a_range_between_two_amounts_is_one() {
        assert_eq!(found("It will cost between $180 million and $220 million."), [("between $180 million and $220 million", Label::Money)]);
        assert_eq!(found("Sales rose between 5% and 7% a year."), [("between 5% and 7%", Label::Percent)]);
        // Two amounts of different kinds stay apart.
        assert_eq!(found("between 5% and $7 million"), [("between 5%", Label::Percent), ("$7 million", Label::Money)]);
    }

    #[test]
    fn spans_never_overlap_and_stay_in_bounds() {
        for text in ["$", "the", "Article", "mid-", "10:", "’90s", "5 per", "the end of", "$5 $", "1990s-2000s 2018-"] {
            let layer = TextLayer::new(text);
            let mut last = 0;
            for e in pattern_entities(&Words::new(text, &layer)) {
                assert!(e.span.start >= last && e.span.end <= text.len() && !e.span.is_empty(), "{text}");
                last = e.span.end;
            }
        }
    }
}
