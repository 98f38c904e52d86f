//! "whose son Matan", "his wife Jordan", "her daughter Florence": a name right after a
//! relative's noun and a possessive is a person's, though a list knows it as a place (the
//! tagger, seeing a place's name, reads one).

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Nouns for a relative or partner, singular.
fn is_kin_noun(word: &str) -> bool {
    matches!(
        word,
        "son" | "daughter" | "wife" | "husband" | "brother" | "sister" | "mother" | "father" | "grandson" | "granddaughter" | "grandmother"
            | "grandfather" | "partner" | "fiancée" | "fiancee" | "fiancé" | "fiance" | "widow" | "widower" | "nephew" | "niece" | "cousin"
            | "stepson" | "stepdaughter" | "girlfriend" | "boyfriend"
    )
}

/// Retypes the one-word names after a possessive and a relative's noun as people.
pub fn with_kin(w: &Words, names: &mut [Name]) {
    // Not a people or a party ("his wife Democratic presidential front-runner Hillary Clinton").
    for n in names.iter_mut().filter(|n| matches!(n.coarse, Coarse::Org | Coarse::Loc) && n.tokens.len() == 1) {
        let start = n.tokens.start;
        let Some(noun) = start.checked_sub(1).filter(|&k| is_kin_noun(w.lower(k))) else { continue };
        let owner = noun.checked_sub(1).is_some_and(|k| matches!(w.lower(k), "his" | "her" | "their" | "whose" | "my" | "our" | "your") || w.is_possessive(k));
        if owner {
            n.coarse = Coarse::Per;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, person};
    use super::*;

    fn kin(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_kin(w, n))
    }

    #[test]
    fn a_name_after_a_relative_is_a_person() {
        assert_eq!(kin("Anna Berg, whose son Matan is held in Gaza, spoke.", &[("Anna Berg", Coarse::Per), ("Matan", Coarse::Loc), ("Gaza", Coarse::Loc)]), [person("Anna Berg"), person("Matan"), named("Gaza", Coarse::Loc)]);
        assert_eq!(kin("His wife Jordan said no.", &[("Jordan", Coarse::Loc)]), [person("Jordan")]);
        assert_eq!(kin("Berg's daughter Florence came.", &[("Berg", Coarse::Per), ("Florence", Coarse::Loc)]), [person("Berg"), person("Florence")]);
        // Not without the possessive ("a son Jordan" is rare; "the sister city Florence").
        assert_eq!(kin("its sister city Florence", &[("Florence", Coarse::Loc)]), [named("Florence", Coarse::Loc)]);
        assert_eq!(kin("for his wife Democratic front-runner Hillary", &[("Democratic", Coarse::Misc)]), [named("Democratic", Coarse::Misc)]);
    }
}
