//! "Born in Ilford, Essex, in 1934": after a preposition, a place, a comma and a one- or
//! two-word organisation closed by a comma, a sentence end or a preposition is the region
//! the place lies in, though the tagger, which meets "Essex" mostly as a cricket club in its
//! Reuters sports pages, may read it as an organisation. Not after an opening phrase ("In
//! Paris, Renault, the carmaker, ...": the comma ends the phrase), nor in a list ("Yorkshire,
//! Essex and Kent": the neighbours decide).

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Retypes as a place each short organisation's name that follows a place and a comma after a
/// preposition, and closes its phrase.
pub fn with_places_in_places(w: &Words, names: &mut [Name]) {
    for k in 1..names.len() {
        let (before, rest) = names.split_at_mut(k);
        let (prev, n) = (&before[k - 1], &mut rest[0]);
        let p = prev.tokens.start;
        // "born in Ilford": a preposition inside the sentence, not one that opens it.
        let placed = p >= 2 && matches!(w.lower(p - 1), "in" | "from" | "near" | "of" | "at") && !w.starts_sentence(p - 1);
        let after_place = prev.coarse == Coarse::Loc && prev.tokens.end + 1 == n.tokens.start && w.raw(prev.tokens.end) == ",";
        let closed = matches!(w.raw(n.tokens.end), "," | "." | ";") || matches!(w.lower(n.tokens.end), "in" | "on" | "at");
        let short = n.tokens.len() <= 2;
        if n.coarse == Coarse::Org && placed && after_place && closed && short && w.one_sentence(p, n.tokens.end) {
            n.coarse = Coarse::Loc;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, place};
    use super::*;

    #[test]
    fn a_listed_place_after_a_place_is_a_place() {
        let text = "Born in Ilford, Essex, in 1934, she acted.";
        assert_eq!(after(text, &[("Ilford", Coarse::Loc), ("Essex", Coarse::Org)], |w, n| with_places_in_places(w, n)), [place("Ilford"), place("Essex")]);
    }

    #[test]
    fn a_list_or_an_opening_phrase_stays() {
        let text = "Teams from Yorkshire, Essex and Kent won. In Paris, Renault, the carmaker, hired.";
        let names = [("Yorkshire", Coarse::Loc), ("Essex", Coarse::Org), ("Kent", Coarse::Org), ("Paris", Coarse::Loc), ("Renault", Coarse::Org)];
        let got = after(text, &names, |w, n| with_places_in_places(w, n));
        assert_eq!(got[1], named("Essex", Coarse::Org));
        assert_eq!(got[4], named("Renault", Coarse::Org));
    }
}
