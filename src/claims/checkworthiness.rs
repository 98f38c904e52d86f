//! Check-worthiness: how much a claim is worth checking, in [0, 1], after ClaimBuster's idea
//! (Hassan et al., KDD 2017) that factual, specific statements are worth checking and
//! opinions and vague statements are not. A transparent linear score, not a learned one:
//!
//! | feature | weight |
//! |---|---|
//! | base | 0.35 |
//! | the content asserts a number (MONEY/PERCENT/QUANTITY entity or number token) | +0.25 |
//! | named entities in the content (PERSON, ORG, places, NORP, LAW, EVENT), each | +0.08, at most +0.16 |
//! | a specific date (DATE entity, month or weekday name, a year) | +0.08 |
//! | a comparison ("more", "than", "record", "increased") | +0.08 |
//! | a factual verb ("is", "was", "paid", "voted", "requires") | +0.05 |
//! | hedges (see `hedges.rs`), each | −0.08, at most −0.16 |
//! | opinion or vague words ("think", "great", "should", "problem"), each | −0.08, at most −0.16 |
//! | first person ("I", "we", "our") | −0.05 |
//! | a question | −0.2 |
//! | under 5 words | −0.15 |
//!
//! The word classes are in `data/lexicons/checkworthiness.txt`.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::lexicon::entries;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Comparative,
    Factual,
    Opinion,
    FirstPerson,
    Date,
}

fn classes() -> &'static HashMap<&'static str, Class> {
    static MAP: OnceLock<HashMap<&'static str, Class>> = OnceLock::new();
    MAP.get_or_init(|| {
        entries(include_str!("../../data/lexicons/checkworthiness.txt"))
            .filter_map(|line| {
                let (class, word) = line.split_once(' ')?;
                let class = match class {
                    "comparative" => Class::Comparative,
                    "factual" => Class::Factual,
                    "opinion" => Class::Opinion,
                    "firstperson" => Class::FirstPerson,
                    "date" => Class::Date,
                    _ => return None,
                };
                Some((word.trim(), class))
            })
            .collect()
    })
}

/// What the claim-building step knows about a claim's content besides its words.
#[derive(Clone, Copy, Debug, Default)]
pub struct Facts {
    pub numeric: bool,
    /// Named-entity mentions inside the content.
    pub names: usize,
    /// A DATE entity inside the content.
    pub dated: bool,
    pub hedges: usize,
    pub question: bool,
}

/// The score of a content given its lower-cased word tokens and `facts`.
pub fn checkworthiness<'w>(words: impl IntoIterator<Item = &'w str>, facts: Facts) -> f32 {
    let (mut n, mut comparative, mut factual, mut opinion, mut first, mut date) = (0, false, false, 0usize, false, facts.dated);
    for w in words {
        n += 1;
        if w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit()) {
            date = true;
        }
        match classes().get(w) {
            Some(Class::Comparative) => comparative = true,
            Some(Class::Factual) => factual = true,
            Some(Class::Opinion) => opinion += 1,
            Some(Class::FirstPerson) => first = true,
            Some(Class::Date) => date = true,
            None => {}
        }
    }
    let mut s = 0.35;
    s += if facts.numeric { 0.25 } else { 0.0 };
    s += 0.08 * facts.names.min(2) as f32;
    s += if date { 0.08 } else { 0.0 };
    s += if comparative { 0.08 } else { 0.0 };
    s += if factual { 0.05 } else { 0.0 };
    s -= 0.08 * facts.hedges.min(2) as f32;
    s -= 0.08 * opinion.min(2) as f32;
    s -= if first { 0.05 } else { 0.0 };
    s -= if facts.question { 0.2 } else { 0.0 };
    s -= if n < 5 { 0.15 } else { 0.0 };
    s.clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(text: &str, facts: Facts) -> f32 {
        let lower = text.to_lowercase();
        checkworthiness(lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()), facts)
    }

    #[test]
    fn specific_numeric_claims_beat_opinions() {
        let fact = score("90 percent of the port was sold to the group in 2017", Facts { numeric: true, names: 1, ..Facts::default() });
        let opinion = score("I think this is a great problem and we should act", Facts::default());
        let hedged = score("the company may possibly be involved somehow in this", Facts { hedges: 2, ..Facts::default() });
        assert!(fact > 0.7, "{fact}");
        assert!(opinion < 0.3, "{opinion}");
        assert!(hedged < fact && hedged < 0.4, "{hedged}");
        assert!((0.0..=1.0).contains(&score("", Facts { question: true, ..Facts::default() })));
    }
}
