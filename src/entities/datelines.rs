//! A wire story's dateline ("GENEVA —", "NEW YORK (AP) —", "KYIV, Ukraine (Reuters) -") names
//! where the story was filed and, in brackets, the agency that filed it. In capitals the tagger
//! reads the place as an organisation about as often as a place ("NEW YORK", "GENEVA") and
//! misses the agency, or runs the place into the sentence ("GENEVA — Global"). The capitals
//! that open a dateline are a place; a capitalised word alone in brackets inside it is the
//! agency, an organisation; no name runs across its dash.

use super::names::{add_names, Name};
use super::tagger::Coarse;
use super::words::Words;
use crate::text::dateline_end;

/// Types the names of every dateline, and adds its place and agency when the tagger missed
/// them (names in text order, not overlapping; they stay so).
pub fn with_datelines(w: &Words, names: &mut Vec<Name>) {
    let mut added = Vec::new();
    for start in (0..w.len()).filter(|&i| w.starts_sentence(i)) {
        let Some(end) = dateline_end(w.text, w.tokens, start) else { continue };
        let dash = end - 1;
        // A name the tagger ran across the dash ("GENEVA — Global") is two: the dateline's and
        // the sentence's.
        // Names are in text order and do not overlap: the one that may cross the dash is the
        // last to start before it (a lookup, not a scan: a text may hold many datelines).
        let crossing = names.partition_point(|n| n.tokens.start < dash).checked_sub(1).filter(|&k| names[k].tokens.end > end);
        if let Some(k) = crossing {
            let after = Name { tokens: end..names[k].tokens.end, coarse: names[k].coarse, margin: names[k].margin };
            let mut cut = dash;
            while cut > names[k].tokens.start && !w.is_word(cut - 1) {
                cut -= 1;
            }
            // Cut in place, the rest added at the end (no insertion inside the list per dateline).
            names[k].tokens.end = cut;
            added.push(after);
        }
        let place_end = (start..dash).find(|&i| !w.is_all_caps(i)).unwrap_or(dash);
        let agency = (start + 1..dash.saturating_sub(1)).find(|&i| w.raw(i - 1) == "(" && w.raw(i + 1) == ")" && w.is_capitalised(i));
        for (range, coarse) in [(start..place_end, Coarse::Loc)].into_iter().chain(agency.map(|i| (i..i + 1, Coarse::Org))) {
            if range.is_empty() {
                continue;
            }
            let first = names.partition_point(|n| n.tokens.end <= range.start);
            let mut overlapping = (first..names.len()).take_while(|&k| names[k].tokens.start < range.end);
            match (overlapping.next(), overlapping.next()) {
                (None, _) => added.push(Name { tokens: range, coarse, margin: 0.0 }),
                (Some(k), None) if names[k].tokens == range => names[k].coarse = coarse,
                _ => {}
            }
        }
    }
    if !added.is_empty() {
        names.retain(|n| !n.tokens.is_empty());
        add_names(names, added);
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, org, place};
    use super::*;

    fn dated(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, with_datelines)
    }

    #[test]
    fn a_datelines_capitals_are_a_place_and_its_bracketed_word_the_agency() {
        let text = "NEW YORK (AP) — Stocks rallied on Friday.";
        assert_eq!(dated(text, &[("NEW YORK", Coarse::Org)]), [place("NEW YORK"), org("AP")]);
        let text = "GENEVA (Reuters) - World Health Organization officials warned on Tuesday.";
        assert_eq!(
            dated(text, &[("GENEVA", Coarse::Org), ("Reuters", Coarse::Org), ("World Health Organization", Coarse::Org)]),
            [place("GENEVA"), org("Reuters"), org("World Health Organization")]
        );
        // A name run across the dash is cut there.
        let text = "GENEVA — Global temperatures could rise.";
        assert_eq!(dated(text, &[("GENEVA — Global", Coarse::Org)]), [place("GENEVA"), org("Global")]);
        let text = "LAGOS, Nigeria — Floods have displaced thousands.";
        assert_eq!(dated(text, &[("Nigeria", Coarse::Loc)]), [place("LAGOS"), place("Nigeria")]);
    }

    #[test]
    fn capitals_that_are_no_dateline_are_left_alone() {
        // A section's name before a hyphen, an acronym opening a sentence, a name inside one.
        let text = "SOCCER - ROTOR FANS LOCKED OUT AFTER VOLGOGRAD VIOLENCE.";
        assert_eq!(dated(text, &[("ROTOR", Coarse::Org)]), [org("ROTOR")]);
        let text = "NATO said on Monday that troops — about 4,000 — would stay.";
        assert_eq!(dated(text, &[("NATO", Coarse::Org)]), [org("NATO")]);
        // Capitals inside a sentence are no dateline.
        let text = "He flew to GENEVA (Reuters) — on Monday.";
        assert_eq!(dated(text, &[("GENEVA", Coarse::Org)]), [org("GENEVA")]);
    }
}
