//! One name, one type in an article: "Wolves" read as a place once ("from Wolves") and as an
//! organisation three times is an organisation each time. The tagger reads each mention in
//! its own context, and a context that says little ("from X") lets it guess apart from the
//! rest; the type most mentions of the same words have wins, when it has more of them than
//! the mention's own (a tie changes nothing).

use std::collections::HashMap;

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Retypes each name to the type most names of the same words have in the article.
pub fn with_consistent_types(w: &Words, names: &mut [Name]) {
    let keys: Vec<Vec<&str>> = names.iter().map(|n| n.tokens.clone().map(|i| w.raw(i)).collect()).collect();
    let mut votes: HashMap<&[&str], [usize; 4]> = HashMap::new();
    for (n, key) in names.iter().zip(&keys) {
        votes.entry(key.as_slice()).or_default()[n.coarse as usize] += 1;
    }
    for (n, key) in names.iter_mut().zip(&keys) {
        let Some(counts) = votes.get(key.as_slice()) else { continue };
        let own = counts[n.coarse as usize];
        let best = (0..Coarse::ALL.len()).max_by_key(|&k| counts[k]).unwrap_or(0);
        if counts[best] > own {
            n.coarse = Coarse::ALL[best];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named};
    use super::*;

    #[test]
    fn the_type_most_mentions_have_wins() {
        let text = "He joined from Wolves. Wolves said no. Wolves will appeal, and Wolves fans agree.";
        let names = [("Wolves", Coarse::Loc), ("Wolves", Coarse::Org), ("Wolves", Coarse::Org), ("Wolves", Coarse::Org)];
        assert_eq!(after(text, &names, |w, n| with_consistent_types(w, n)), vec![named("Wolves", Coarse::Org); 4]);
    }

    #[test]
    fn a_tie_or_other_words_change_nothing() {
        let text = "Jordan met Jordan in Amman.";
        let names = [("Jordan", Coarse::Per), ("Jordan", Coarse::Loc), ("Amman", Coarse::Loc)];
        assert_eq!(after(text, &names, |w, n| with_consistent_types(w, n)), [named("Jordan", Coarse::Per), named("Jordan", Coarse::Loc), named("Amman", Coarse::Loc)]);
    }
}
