//! "Alzheimer's disease", "Down's syndrome", "Moore's law": a name before a possessive and a
//! lower-case word for a condition or a rule names that, not a person or an organisation; the
//! name is dropped (MISC). "The Alzheimer's Society" keeps its capitalised head.

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Lower-case heads that make a name before "'s" an eponym.
fn is_eponym_head(word: &str) -> bool {
    matches!(word, "disease" | "syndrome" | "palsy" | "sarcoma" | "lymphoma" | "disorder" | "law" | "paradox" | "theorem" | "principle")
}

/// Drops (as MISC) the names among `names` that open an eponym.
pub fn without_eponyms(w: &Words, names: &mut [Name]) {
    for n in names.iter_mut() {
        let end = n.tokens.end;
        if w.is_possessive(end) && w.is_word(end + 1) && !w.is_capitalised(end + 1) && is_eponym_head(w.lower(end + 1)) {
            n.coarse = Coarse::Misc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org, person};
    use super::*;

    #[test]
    fn a_name_before_a_condition_is_no_name() {
        let text = "Alzheimer's disease and Down's syndrome, said Alzheimer's Society and Anna Berg's lawyer.";
        let names = [("Alzheimer", Coarse::Per), ("Down", Coarse::Loc), ("Alzheimer's Society", Coarse::Org), ("Anna Berg", Coarse::Per)];
        let got = after(text, &names, |w, n| without_eponyms(w, n));
        assert_eq!(got, [named("Alzheimer", Coarse::Misc), named("Down", Coarse::Misc), org("Alzheimer's Society"), person("Anna Berg")]);
    }
}
