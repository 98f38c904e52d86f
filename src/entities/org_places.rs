//! "Radhika Rao, senior economist at DBS Bank in Singapore": the tagger runs an organisation's
//! name on through "in" and the place where it is. After a head word that ends organisation
//! names ("Bank", "Group", "University"), "in" and one or two capitalised words are a place of
//! their own. Names whose word before "in" is no such head stay whole: "Organisation for
//! Security and Cooperation in Europe", "Human Rights in China", "al Qaida in Iraq".

use super::names::Name;
use super::org_heads::is_org_head;
use super::tagger::Coarse;
use super::words::Words;

/// The most words of the place after "in".
const MAX_PLACE_WORDS: usize = 2;

/// Splits each organisation's name "HEAD in PLACE" into the organisation and the place (names
/// in text order; they stay so).
pub fn without_org_places(w: &Words, names: &mut Vec<Name>) {
    if !names.iter().any(|n| n.coarse == Coarse::Org && n.tokens.clone().any(|i| w.raw(i) == "in")) {
        return;
    }
    let mut out = Vec::with_capacity(names.len() + 1);
    for n in names.drain(..) {
        let (start, end) = (n.tokens.start, n.tokens.end);
        let capitalised = |i: usize| w.raw(i).chars().next().is_some_and(char::is_uppercase);
        let place_after = |k: usize| is_org_head(w.raw(k - 1)) && end - k - 1 <= MAX_PLACE_WORDS && (k + 1..end).all(capitalised);
        let split = (start + 1..end.saturating_sub(1)).find(|&k| w.raw(k) == "in").filter(|&k| n.coarse == Coarse::Org && place_after(k));
        match split {
            Some(k) => {
                out.push(Name { tokens: start..k, coarse: Coarse::Org, margin: n.margin });
                out.push(Name { tokens: k + 1..end, coarse: Coarse::Loc, margin: n.margin });
            }
            None => out.push(n),
        }
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, org, place};
    use super::*;

    fn split(text: &str, name: &str) -> Vec<(String, Coarse)> {
        after(text, &[(name, Coarse::Org)], without_org_places)
    }

    #[test]
    fn a_place_after_an_organisations_head_is_a_place() {
        assert_eq!(split("said Rao of DBS Bank in Singapore.", "DBS Bank in Singapore"), [org("DBS Bank"), place("Singapore")]);
        assert_eq!(split("at the Norvale Group in New York.", "Norvale Group in New York"), [org("Norvale Group"), place("New York")]);
    }

    #[test]
    fn names_with_in_stay_whole() {
        for name in ["Organisation for Security and Cooperation in Europe", "Human Rights in China", "U.N. Interim Force in Lebanon", "al Qaida in Iraq"] {
            assert_eq!(split(&format!("The {name} said."), name), [org(name)]);
        }
    }
}
