//! Names listed together are of one kind: in "Microsoft, Amazon and Meta" the tagger may read
//! "Amazon" as the river, but its neighbours say it is a company. In a list of three names or
//! more, separated only by commas and a final "and"/"or", a name whose type differs from that
//! of all the others (two at least) takes theirs. Two names after "in" are a pair of places:
//! in "schools in Cornwall and Devon" a one-word person beside a place, itself no listed given
//! name nor part of a person's full name in the text, is a place too. Elsewhere, a one-word
//! organisation or place the tagger was least sure of, joined by "and" or "or" to a one-word
//! person, is a person too ("Both Clinton and Trump", "Trump" read as an organisation), unless
//! a list knows it as a place, an organisation or a people ("Obama and NATO", "Merkel and
//! Germany") or the text writes it in lower case.

use std::collections::HashSet;

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Retypes the odd name of each list (names in text order).
pub fn with_list_types(w: &Words, names: &mut [Name]) {
    let mut start = 0;
    let mut full_names = None;
    let mut lower_case = None;
    while start < names.len() {
        // The list from `start`: names whose gaps hold only ",", "and", "or" (", and").
        let mut end = start + 1;
        while end < names.len() && is_list_gap(w, names[end - 1].tokens.end, names[end].tokens.start) {
            end += 1;
        }
        if end - start >= MIN_LIST {
            retype_odd_one(&mut names[start..end]);
        } else if end - start == 2 {
            let full_names = full_names.get_or_insert_with(|| full_person_names(w, names));
            if !place_pair(w, &mut names[start..end], full_names) {
                let lower_case = lower_case.get_or_insert_with(|| w.lower_case_words());
                person_pair(w, &mut names[start..end], lower_case);
            }
        }
        start = end;
    }
}

/// The fewest names that make a list.
const MIN_LIST: usize = 3;

/// Whether the tokens from `a` to `b` separate two names of a list.
fn is_list_gap(w: &Words, a: usize, b: usize) -> bool {
    let conjunction = |i: usize| matches!(w.lower(i), "and" | "or");
    match b.checked_sub(a) {
        Some(1) => w.lower(a) == "," || conjunction(a),
        Some(2) => w.lower(a) == "," && conjunction(a + 1),
        _ => false,
    }
}

/// Words before a pair of places ("in Cornwall and Devon").
fn is_place_preposition(word: &str) -> bool {
    matches!(word, "in" | "across" | "throughout" | "between")
}

/// The words of the document's person names of two words or more ("Emmanuel Macron").
fn full_person_names<'a>(w: &'a Words, names: &[Name]) -> HashSet<&'a str> {
    names.iter().filter(|n| n.coarse == Coarse::Per && n.tokens.len() > 1).flat_map(|n| n.tokens.clone().map(|i| w.raw(i))).collect()
}

/// "in Cornwall and Devon": a one-word person paired after a preposition of place with a
/// place is a place, unless it is a listed given name or part of a person's full name
/// elsewhere in the text ("arrived in Paris and Macron greeted her"). Whether the pair
/// follows such a preposition.
fn place_pair(w: &Words, pair: &mut [Name], full_names: &HashSet<&str>) -> bool {
    let [a, b] = pair else { return false };
    if a.tokens.start == 0 || !is_place_preposition(w.lower(a.tokens.start - 1)) {
        return false;
    }
    let gaz = Gazetteer::get();
    let lone_person = |n: &Name| {
        let word = w.raw(n.tokens.start);
        n.coarse == Coarse::Per && n.tokens.len() == 1 && gaz.classes_of(word) & Class::GivenName.bit() == 0 && !full_names.contains(word)
    };
    if a.coarse == Coarse::Loc && lone_person(b) {
        b.coarse = Coarse::Loc;
    } else if b.coarse == Coarse::Loc && lone_person(a) {
        a.coarse = Coarse::Loc;
    }
    true
}

/// Below this margin the tagger is least sure of a name (calibrated confidence 0.45, its
/// lowest bin).
const LOW_MARGIN: f32 = 9.7;

/// "Both Clinton and Trump": a one-word organisation or place joined to a one-word person by
/// "and" or "or", which the tagger was least sure of (and surer of the person), no list knows
/// and the text never writes in lower case ("State and Obama"), is a person.
fn person_pair(w: &Words, pair: &mut [Name], lower_case: &HashSet<&str>) {
    let [a, b] = pair else { return };
    // Joined by "and" or "or", not a comma alone ("Keep the Returns, Trump").
    if a.tokens.end + 1 != b.tokens.start || !matches!(w.lower(a.tokens.end), "and" | "or") {
        return;
    }
    let gaz = Gazetteer::get();
    let listed = Class::PLACES | Class::KnownOrg.bit() | Class::Nationality.bit();
    // Beside a person the tagger was surer of.
    let doubtful = |n: &Name, person: &Name| {
        let word = w.raw(n.tokens.start);
        let named = matches!(n.coarse, Coarse::Org | Coarse::Loc) && n.tokens.len() == 1 && !lower_case.contains(w.lower(n.tokens.start));
        named && n.margin < LOW_MARGIN && person.margin >= LOW_MARGIN && person.tokens.len() == 1 && gaz.classes_of(word) & listed == 0
    };
    if a.coarse == Coarse::Per && doubtful(b, a) {
        b.coarse = Coarse::Per;
    } else if b.coarse == Coarse::Per && doubtful(a, b) {
        a.coarse = Coarse::Per;
    }
}

fn retype_odd_one(list: &mut [Name]) {
    let mut counts = [0usize; 4];
    for n in list.iter() {
        counts[n.coarse as usize] += 1;
    }
    // All but one of one type, and that one alone of its own.
    let Some(common) = (0..counts.len()).find(|&k| counts[k] + 1 == list.len()) else { return };
    if let Some(odd) = list.iter_mut().find(|n| n.coarse as usize != common) {
        odd.coarse = Coarse::ALL[common];
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, shown, tagged};
    use super::*;

    #[test]
    fn the_odd_name_of_a_list_takes_the_others_type() {
        let text = "Customers including Microsoft, Amazon and Meta buy them.";
        let names = [("Microsoft", Coarse::Org), ("Amazon", Coarse::Loc), ("Meta", Coarse::Org)];
        assert_eq!(after(text, &names, |w, n| with_list_types(w, n)), [named("Microsoft", Coarse::Org), named("Amazon", Coarse::Org), named("Meta", Coarse::Org)]);
    }

    #[test]
    fn a_person_paired_with_a_place_after_in_is_a_place() {
        let text = "Schools in Cornwall and Devon closed. Emmanuel Macron arrived in Paris and Macron spoke. In Rome and Maria won. Lunch with Paris and Devon.";
        let names = [("Cornwall", Coarse::Loc), ("Devon", Coarse::Per), ("Emmanuel Macron", Coarse::Per), ("Paris", Coarse::Loc), ("Macron", Coarse::Per), ("Rome", Coarse::Loc), ("Maria", Coarse::Per), ("Paris", Coarse::Loc), ("Devon", Coarse::Per)];
        let got = after(text, &names, |w, n| with_list_types(w, n));
        assert_eq!(got[1], named("Devon", Coarse::Loc));
        // Part of a full name, a given name, or no preposition of place: unchanged.
        assert_eq!(got[4], named("Macron", Coarse::Per));
        assert_eq!(got[6], named("Maria", Coarse::Per));
        assert_eq!(got[8], named("Devon", Coarse::Per));
    }

    #[test]
    fn a_doubtful_name_beside_a_person_is_a_person() {
        let text = "Both Clinton and Trump spoke. Obama and NATO clashed. Merkel or Germany. Keep the Returns, Biden. Morning Consult and Rasmussen.";
        let layer = crate::text::TextLayer::new(text);
        let mut names = tagged(text, &layer, &[
            ("Clinton", Coarse::Per), ("Trump", Coarse::Org), ("Obama", Coarse::Per), ("NATO", Coarse::Org), ("Merkel", Coarse::Per),
            ("Germany", Coarse::Loc), ("Returns", Coarse::Org), ("Biden", Coarse::Per), ("Morning Consult", Coarse::Per), ("Rasmussen", Coarse::Org),
        ]);
        // The tagger was sure of the people, except "Morning Consult", and unsure of the rest.
        for n in &mut names {
            n.margin = if n.coarse == Coarse::Per { 20.0 } else { 1.0 };
        }
        names[8].margin = 1.0;
        with_list_types(&Words::new(text, &layer), &mut names);
        let got = shown(text, &layer, &names);
        assert_eq!(got[1], named("Trump", Coarse::Per));
        // Listed as an organisation or a place, joined by a comma alone, or beside a doubtful
        // person: unchanged.
        assert_eq!(got[3], named("NATO", Coarse::Org));
        assert_eq!(got[5], named("Germany", Coarse::Loc));
        assert_eq!(got[6], named("Returns", Coarse::Org));
        assert_eq!(got[9], named("Rasmussen", Coarse::Org));
    }

    #[test]
    fn two_names_or_a_mixed_list_stay() {
        let text = "Microsoft and Amazon met. Paris, Berlin and Siemens and Bosch met.";
        let names = [("Microsoft", Coarse::Org), ("Amazon", Coarse::Loc), ("Paris", Coarse::Loc), ("Berlin", Coarse::Loc), ("Siemens", Coarse::Org), ("Bosch", Coarse::Org)];
        let got = after(text, &names, |w, n| with_list_types(w, n));
        assert_eq!(got[1], named("Amazon", Coarse::Loc));
        assert_eq!(got[2..], [named("Paris", Coarse::Loc), named("Berlin", Coarse::Loc), named("Siemens", Coarse::Org), named("Bosch", Coarse::Org)]);
    }
}
