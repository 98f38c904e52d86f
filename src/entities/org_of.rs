//! Organisation names with a complement: "the Council on Foreign Relations", "the Committee to
//! Protect Journalists", "the Organization for Security and Cooperation in Europe". The tagger,
//! trained on Reuters names, often stops at the head word ("Council") and takes the rest for
//! another name ("Protect Journalists" a person, "Presidential Debates" a place). A tagged
//! organisation whose last word is an organisation's head, followed by a lower-case connector
//! and a run of capitalised words, takes the run in, and any names tagged inside it.
//!
//! The run stops at punctuation, a possessive, a date word, a title before a person's name,
//! and a lower-case word other than an inner connector. After a connector other than "of", a
//! place, a person's name or a single word the tagger took for a name of its own is a topic,
//! not part of the name ("the Commission to France", "the Council on Iran", "the Committee
//! on Trump").

use super::calendar::{months, weekdays};
use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;


/// Longest complement, in tokens.
const MAX_RUN: usize = 12;

/// Connectors between the head and its complement.
fn leading_connector(word: &str) -> bool {
    matches!(word, "of" | "on" | "for" | "to" | "against")
}

/// Connectors between two capitalised words inside the complement.
fn inner_connector(word: &str) -> bool {
    matches!(word, "and" | "for" | "of" | "in" | "&")
}

/// Takes complements into the organisation names of `names` (in text order, not overlapping;
/// they stay so).
pub fn with_org_complements(w: &Words, names: &mut Vec<Name>) {
    let ranges: Vec<(usize, usize)> = names.iter().map(|n| (n.tokens.start, n.tokens.end)).collect();
    let mut taken_to = 0;
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for (i, mut name) in std::mem::take(names).into_iter().enumerate() {
        if name.tokens.start < taken_to {
            continue;
        }
        if let Some(end) = complement_end(w, &name, &ranges[i + 1..]) {
            name.tokens.end = end;
        }
        taken_to = name.tokens.end;
        out.push(name);
    }
    *names = out;
}

/// The end (exclusive) of `name` with its complement, when it has one; `later` are the token
/// ranges of the names tagged after it, in order.
fn complement_end(w: &Words, name: &Name, later: &[(usize, usize)]) -> Option<usize> {
    let gaz = Gazetteer::get();
    let head = name.tokens.end.checked_sub(1)?;
    if name.coarse != Coarse::Org || !w.is_capitalised(head) || gaz.classes_of(w.raw(head)) & Class::OrgWord.bit() == 0 {
        return None;
    }
    let c = head + 1;
    if !leading_connector(w.raw(c)) {
        return None;
    }
    let end = run_end(w, c)?;
    let inside = &later[..later.partition_point(|&(s, _)| s < end)];
    // A tagged name going on past the run is conflicting evidence: left as tagged.
    if inside.iter().any(|&(s, e)| e > end || s <= c) {
        return None;
    }
    accepted(w, name.tokens.start, c, end, inside).then_some(end)
}

/// The end of the run of capitalised words after the connector at `c`.
fn run_end(w: &Words, c: usize) -> Option<usize> {
    let limit = c + 1 + MAX_RUN;
    let mut k = c + 1;
    if w.raw(k) == "the" && name_word(w, k + 1) {
        k += 1;
    }
    let mut end = None;
    while k < limit {
        if name_word(w, k) {
            k += 1;
            end = Some(k);
            // "the Commission on Presidential Debates’s threshold": the name ends at the word.
            if w.is_possessive(k) {
                break;
            }
        } else if end.is_some() && inner_connector(w.raw(k)) {
            let next = if w.raw(k + 1) == "the" { k + 2 } else { k + 1 };
            // "in" with a city or country after it says where, not what: "... in Geneva".
            let place = Class::Country.bit() | Class::City.bit();
            if next >= limit || !name_word(w, next) || (w.raw(k) == "in" && Gazetteer::get().classes_of(w.raw(next)) & place != 0) {
                break;
            }
            k = next;
        } else {
            break;
        }
    }
    // A nationality at the end qualifies a lower-case noun: "the Committee on Greek debt".
    let mut end = end?;
    while end > c + 1 && is_nationality(w.raw(end - 1)) {
        end -= 1;
    }
    while end > c + 1 && !w.is_capitalised(end - 1) {
        end -= 1;
    }
    (end > c + 1).then_some(end)
}

/// A capitalised word that can be part of the name: not a sentence's first, not a date word,
/// not a title before a person's name ("... Relations President Richard Haass").
fn name_word(w: &Words, i: usize) -> bool {
    if !w.is_capitalised(i) || w.starts_sentence(i) || (w.is_all_caps(i) && w.raw(i).len() >= 5) {
        return false;
    }
    let lower = w.lower(i);
    let bare = lower.strip_suffix('.').unwrap_or(lower);
    if months().contains(bare) || weekdays().contains(bare) {
        return false;
    }
    let gaz = Gazetteer::get();
    let classes = gaz.classes_of(w.raw(i));
    let title = classes & Class::Title.bit() != 0 && classes & Class::OrgWord.bit() == 0;
    let person_next = gaz.classes_of(w.raw(i + 1)) & (Class::GivenName.bit() | Class::Title.bit()) != 0;
    !(title && w.is_capitalised(i + 1) && person_next)
}

fn is_nationality(word: &str) -> bool {
    Gazetteer::get().classes_of(word) & Class::Nationality.bit() != 0
}

/// Whether the run `c + 1..end` after the connector at `c` belongs to the name that starts at
/// `start`.
fn accepted(w: &Words, start: usize, c: usize, end: usize, later: &[(usize, usize)]) -> bool {
    let gaz = Gazetteer::get();
    let first = if w.raw(c + 1) == "the" { c + 2 } else { c + 1 };
    let first_classes = gaz.classes_of(w.raw(first));
    // "the Institute of John Smith": a person's given name (that is not also a place's).
    if first_classes & Class::GivenName.bit() != 0 && first_classes & Class::PLACES == 0 {
        return false;
    }
    let run = w.span(first, end).text(w.text);
    let is_place = first_classes & Class::PLACES != 0 || gaz.classes_of(run) & Class::PLACES != 0;
    if w.raw(c) == "of" {
        // The tagger takes in "of" and a place after a name of several words ("Royal Bank of
        // Scotland"); where it stopped, the place says where the company is: "Kia Motor Corp
        // of South Korea". A bare head ("the Bank of England") is where it needs help.
        let bare = c - start == 1 || (c - start == 2 && w.lower(start) == "the");
        return bare || !is_place;
    }
    let single_name = end == first + 1 && later.iter().any(|&(s, e)| s == first && e == end);
    !is_place && !single_name
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, org};
    use super::*;

    fn joined(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_org_complements(w, n))
    }

    #[test]
    fn a_head_takes_in_its_complement() {
        let text = "She spoke to the Council on Foreign Relations on Monday.";
        assert_eq!(joined(text, &[("Council", Coarse::Org)]), [org("Council on Foreign Relations")]);
        let text = "The Committee to Protect Journalists said so.";
        assert_eq!(joined(text, &[("The Committee", Coarse::Org), ("Protect Journalists", Coarse::Per)]), [org("The Committee to Protect Journalists")]);
        let text = "Stein did not meet the Commission on Presidential Debates threshold.";
        assert_eq!(joined(text, &[("Commission", Coarse::Org), ("Presidential Debates", Coarse::Loc)]), [org("Commission on Presidential Debates")]);
        let text = "The Organization for Security and Cooperation in Europe sent observers.";
        assert_eq!(joined(text, &[("Organization", Coarse::Org), ("Europe", Coarse::Loc)]), [org("Organization for Security and Cooperation in Europe")]);
        let text = "He joined the Office of the United Nations High Commissioner in May.";
        assert_eq!(joined(text, &[("Office", Coarse::Org), ("United Nations", Coarse::Org)]), [org("Office of the United Nations High Commissioner")]);
        // Places after "of" belong to the name.
        let text = "The Bank of England held rates.";
        assert_eq!(joined(text, &[("The Bank", Coarse::Org), ("England", Coarse::Loc)]), [org("The Bank of England")]);
    }

    #[test]
    fn a_possessive_or_punctuation_ends_the_name() {
        let text = "She did not meet the Commission on Presidential Debates' threshold.";
        assert_eq!(joined(text, &[("Commission", Coarse::Org), ("Debates", Coarse::Per)]), [org("Commission on Presidential Debates")]);
        let text = "She did not meet the Commission on Presidential Debates’s threshold.";
        assert_eq!(joined(text, &[("Commission", Coarse::Org)]), [org("Commission on Presidential Debates")]);
        let text = "She wrote to the Council on Foreign Relations, Brookings and Chatham House.";
        assert_eq!(joined(text, &[("Council", Coarse::Org), ("Brookings", Coarse::Org)]), [org("Council on Foreign Relations"), org("Brookings")]);
    }

    #[test]
    fn counter_examples_are_left_alone() {
        let keep = |text: &str, tagged: &[(&str, Coarse)]| {
            let want: Vec<(String, Coarse)> = tagged.iter().map(|&(s, c)| (s.to_string(), c)).collect();
            assert_eq!(joined(text, tagged), want, "{text}");
        };
        // Dates, places after "to"/"in", topics, persons, lower-case words.
        keep("She spoke to the Council on Monday.", &[("Council", Coarse::Org)]);
        keep("They met the Commission on March 3.", &[("Commission", Coarse::Org)]);
        keep("They sent the Commission to France.", &[("Commission", Coarse::Org), ("France", Coarse::Loc)]);
        keep("They sent the Commission to New York officials.", &[("Commission", Coarse::Org), ("New York", Coarse::Loc)]);
        keep("The Council on Iran was split.", &[("Council", Coarse::Org), ("Iran", Coarse::Loc)]);
        keep("The Committee on Greek debt met.", &[("Committee", Coarse::Org), ("Greek", Coarse::Misc)]);
        keep("A letter from the Committee to Smith.", &[("Committee", Coarse::Org), ("Smith", Coarse::Per)]);
        keep("A letter from the Committee to John Smith.", &[("Committee", Coarse::Org), ("John Smith", Coarse::Per)]);
        keep("The Commission on human rights met.", &[("Commission", Coarse::Org)]);
        // A place after a company's name of several words says where it is.
        keep("It bought Daniels Pharmaceuticals Inc of St. Petersburg, Fla.", &[("Daniels Pharmaceuticals Inc", Coarse::Org), ("St. Petersburg", Coarse::Loc)]);
        keep("A car made by Kia Motor Corp of South Korea arrived.", &[("Kia Motor Corp", Coarse::Org), ("South Korea", Coarse::Loc)]);
        // Not an organisation, or not ending in a head word.
        keep("The Smith Council on Foreign Relations.", &[("The Smith", Coarse::Per)]);
        keep("Acme on Foreign Relations.", &[("Acme", Coarse::Org)]);
        // A tagged name going on past the run: conflicting evidence.
        keep("The Council on Foreign Relations President Richard Haass spoke.", &[("Council", Coarse::Org), ("Relations President", Coarse::Per)]);
        // In capitals (a headline), the connector is not lower case.
        keep("COUNCIL ON FOREIGN RELATIONS", &[("COUNCIL", Coarse::Org)]);
    }

    #[test]
    fn a_place_after_in_or_a_title_before_a_person_ends_the_complement() {
        let text = "The Commission on Human Rights in Geneva met.";
        assert_eq!(joined(text, &[("Commission", Coarse::Org), ("Geneva", Coarse::Loc)]), [org("Commission on Human Rights"), ("Geneva".to_string(), Coarse::Loc)]);
        let text = "The Council on Foreign Relations President Richard Haass spoke.";
        assert_eq!(joined(text, &[("Council", Coarse::Org), ("Richard Haass", Coarse::Per)]), [org("Council on Foreign Relations"), ("Richard Haass".to_string(), Coarse::Per)]);
        // "Justice" is a title, but not before a person's name.
        let text = "The Department of Justice said so.";
        assert_eq!(joined(text, &[("The Department", Coarse::Org)]), [org("The Department of Justice")]);
    }
}
