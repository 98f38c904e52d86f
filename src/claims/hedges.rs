//! Hedges: the words and phrases that weaken a claim ("may", "reportedly", "seem to believe",
//! "only suspicions", "no formal evidence"), from `data/lexicons/hedges.txt`.

use std::ops::Range;
use std::sync::OnceLock;

use super::phrases::PhraseSet;
use crate::lexicon::entries;
use crate::text::Token;

/// The hedge phrases, each with whether it is also a noun (a hedge only as a verb).
fn list() -> &'static PhraseSet<bool> {
    static SET: OnceLock<PhraseSet<bool>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = PhraseSet::default();
        for line in entries(include_str!("../../data/lexicons/hedges.txt")) {
            let (noun, line) = line.strip_prefix('^').map_or((false, line), |rest| (true, rest));
            let mut words = line.split_whitespace();
            if let Some(first) = words.next() {
                set.insert(first.to_lowercase(), words.collect(), noun);
            }
        }
        set
    })
}

/// Words before a noun: "the suspect", "his suspects", "two suspects".
fn is_noun_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "its" | "their" | "our" | "two" | "three" | "four" | "several" | "both" | "other" | "main" | "key")
        || word.chars().all(|c| c.is_ascii_digit()) && !word.is_empty()
}

/// The hedges inside the token ranges `within` (a claim's contents and cue), as token ranges
/// in text order. `lower` holds the tokens' lower-cased text. A capitalised word after
/// another word is a name, not a hedge ("in early May").
pub fn hedges(text: &str, lower: &[String], tokens: &[Token], within: &[Range<usize>]) -> Vec<Range<usize>> {
    let name = |i: usize| {
        let capital = tokens.get(i).is_some_and(|t| t.text(text).chars().next().is_some_and(char::is_uppercase));
        capital && i.checked_sub(1).and_then(|p| tokens.get(p)).is_some_and(|t| t.is_word())
    };
    let noun = |i: usize| i.checked_sub(1).and_then(|p| lower.get(p)).is_some_and(|w| is_noun_determiner(w));
    let mut out: Vec<Range<usize>> = within
        .iter()
        .flat_map(|r| list().find_in(lower, tokens, r.clone()))
        .filter(|(r, _)| !name(r.start))
        .filter(|(r, &also_noun)| !(also_noun && noun(r.start)))
        .map(|(r, _)| r)
        .collect();
    out.sort_by_key(|r| r.start);
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn found(text: &str) -> Vec<&str> {
        let tokens = tokenize(text);
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        hedges(text, &lower, &tokens, &[0..tokens.len()])
            .iter()
            .map(|r| tokens[r.start].span.cover(tokens[r.end - 1].span).text(text))
            .collect()
    }

    #[test]
    fn words_and_longest_phrases() {
        assert_eq!(found("They had only suspicions in this regard, and no formal evidence."), ["only suspicions", "no formal evidence"]);
        assert_eq!(found("Both seem to believe it may reportedly happen."), ["seem to believe", "may", "reportedly"]);
        assert!(found("The company invested 100 million euros in early May.").is_empty());
        // A word that is also a noun hedges as a verb only.
        assert_eq!(found("We suspect the suspect and two suspects."), ["suspect"]);
        // "appear" hedges before "to" or "that", or after "it"; not when something appears.
        assert_eq!(found("It appears the drug appears to work."), ["It appears", "appears to"]);
        assert!(found("Symptoms appear later, and he appeared in court.").is_empty());
    }
}
