//! From the tagger's coarse types to the fine ones, with the word lists: a place is a GPE
//! (country, city, region), a LOC (continent, sea, mountains) or a FAC (airport, bridge); a
//! MISC name is NORP, EVENT or LAW when a list says so, and dropped otherwise. A name on the
//! list of well-known organisations, a seat of government named for the government ("the
//! White House said") or a journal ("The Lancet") is an ORG whatever the tagger's type. A
//! word that is never a name alone ("AI", "Photo") or a party tag ("R-Ohio") is dropped.

use super::gazetteer::{Class, Gazetteer};
use super::phrases::WordSet;
use crate::lexicon::{embedded_list, word_set};
use super::tagger::Coarse;
use super::Label;
use crate::text::{is_party_tag, Token};

embedded_list! {
    /// The words that start a storm's name ("Hurricane", "Typhoon").
    fn storm_words() -> WordSet = word_set, "storm-words.txt";
    /// Words that are never a name alone ("AI", "DNA", "Published", "Photo"), as written.
    fn not_names() -> WordSet = word_set, "not-names.txt";
    /// Seats of government named for the government ("the White House said"), lower case.
    fn seats_of_government() -> WordSet = word_set, "seats-of-government.txt";
    /// Scientific journals ("The Lancet"), lower case.
    fn journals() -> WordSet = word_set, "journals.txt";
}

/// Whether a word, as written, is never a name alone (`not-names.txt`).
pub(super) fn is_never_a_name(word: &str) -> bool {
    not_names().contains(word)
}

/// Whether a word names a nationality, people, religion or party: in the list itself, as a
/// plural of an entry ("Austrians"), as the first part of a compound ("German-Israeli",
/// "Surinamese-born"), or as a man or woman of a listed people ("Dutchman", "Englishwomen").
fn is_nationality(gaz: &Gazetteer, word: &str) -> bool {
    let listed = |w: &str| gaz.classes_of(w) & Class::Nationality.bit() != 0;
    listed(word)
        || word.strip_suffix('s').is_some_and(listed)
        || word.split_once(['-', '‐']).is_some_and(|(first, _)| !first.is_empty() && listed(first))
        || is_people_member(gaz, word)
}

/// "Dutchman", "Frenchwomen", "Scotsman": a man or woman of a listed people (the stem has four
/// letters or more: "Norman", "Roman", "Oman" are not).
fn is_people_member(gaz: &Gazetteer, word: &str) -> bool {
    ["man", "men", "woman", "women"]
        .iter()
        .any(|s| word.strip_suffix(s).is_some_and(|stem| stem.chars().count() >= 4 && gaz.classes_of(stem) & Class::Nationality.bit() != 0))
}

/// Whether a word names a people in the plural ("Zambians", "Kurds"), written as a name.
fn is_people(gaz: &Gazetteer, word: &str) -> bool {
    word.ends_with('s') && word.chars().any(char::is_lowercase) && gaz.classes_of(word) & Class::PLACES == 0 && is_nationality(gaz, word)
}

/// A seat of government named for the government, or a journal.
fn is_listed_org(name: &str) -> bool {
    seats_of_government().contains(name) || journals().contains(name)
}

/// "Tax Policy Center", "Science Media Centre", "Pew Research Center": a centre named for a
/// field of work is an institute (ORG), not a building like "Trade Center" or "Medical Centre".
fn is_institute_centre(text: &str, tokens: &[Token]) -> bool {
    let [.., field, head] = tokens else { return false };
    matches!(head.text(text), "Center" | "Centre")
        && matches!(
            field.text(text),
            "Policy" | "Research" | "Studies" | "Study" | "Justice" | "Law" | "Rights" | "Progress" | "Action" | "Democracy" | "Analysis"
                | "Security" | "Science" | "Media" | "Innovation" | "Economics" | "Integrity" | "Accountability" | "Ethics" | "Affairs"
        )
}

/// "... of Law": the field, not a statute.
fn is_field_of_law(text: &str, tokens: &[Token]) -> bool {
    matches!(tokens, [.., of, law] if of.text(text) == "of" && law.text(text).eq_ignore_ascii_case("law"))
}

/// The fine label of a name of type `coarse` made of `tokens`, or `None` to drop it.
pub fn fine_label(text: &str, tokens: &[Token], coarse: Coarse) -> Option<Label> {
    let gaz = Gazetteer::get();
    let (first, last) = (tokens.first()?, tokens.last()?);
    let whole = gaz.classes_of(text.get(first.span.start..last.span.end)?);
    let head = gaz.classes_of(last.text(text));
    let has = |bits: u16, c: Class| bits & c.bit() != 0;
    let storm = tokens.len() > 1 && storm_words().contains(first.text(text).to_lowercase().as_str());
    match coarse {
        _ if tokens.len() == 1 && is_never_a_name(first.text(text)) => None,
        // "Chuck Schumer, D-N.Y., said": the party tag, with its period, is no name.
        _ if is_party_tag(first.text(text)) && tokens[1..].iter().all(|t| t.text(text) == ".") => None,
        _ if storm => Some(Label::Event),
        _ if has(whole, Class::KnownOrg) => Some(Label::Org),
        _ if text.get(first.span.start..last.span.end).is_some_and(|name| is_listed_org(&name.to_lowercase())) => Some(Label::Org),
        // A country's name taken for a person's ("Canada scored twice") is the country,
        // unless it is also a given name ("Jordan").
        Coarse::Per if has(whole, Class::Country) && !has(whole, Class::GivenName) => Some(Label::Gpe),
        // "The Dutchman, 54, leaves": a man of a people, not a person's name.
        _ if is_people_member(gaz, last.text(text)) && (tokens.len() == 1 || (tokens.len() == 2 && first.text(text) == "The")) => Some(Label::Norp),
        // A people read as a name of another kind ("Zambians need food"); not a team in a
        // headline's capitals ("RANGERS BEAT INDIANS").
        _ if tokens.len() == 1 && coarse != Coarse::Misc && is_people(gaz, first.text(text)) => Some(Label::Norp),
        Coarse::Per => Some(Label::Person),
        Coarse::Org => Some(Label::Org),
        Coarse::Loc if whole & Class::GPE != 0 => Some(Label::Gpe),
        Coarse::Loc if has(whole, Class::Geographic) => Some(Label::Loc),
        Coarse::Loc if tokens.len() > 1 && is_institute_centre(text, tokens) => Some(Label::Org),
        Coarse::Loc if tokens.len() > 1 && has(head, Class::FacilityHead) => Some(Label::Fac),
        Coarse::Loc if tokens.len() > 1 && has(head, Class::GeographicHead) => Some(Label::Loc),
        Coarse::Loc => Some(Label::Gpe),
        Coarse::Misc if has(whole, Class::Nationality) => Some(Label::Norp),
        Coarse::Misc if is_nationality(gaz, last.text(text)) => Some(Label::Norp),
        Coarse::Misc if has(head, Class::EventHead) => Some(Label::Event),
        // "the Rule of Law": law as a principle or a field ("School of Law") is none.
        Coarse::Misc if tokens.len() > 1 && has(head, Class::LawHead) && !is_field_of_law(text, tokens) => Some(Label::Law),
        Coarse::Misc => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn label(name: &str, coarse: Coarse) -> Option<Label> {
        fine_label(name, &tokenize(name), coarse)
    }

    #[test]
    fn places() {
        assert_eq!(label("Belgium", Coarse::Loc), Some(Label::Gpe));
        assert_eq!(label("BRUSSELS", Coarse::Loc), Some(Label::Gpe));
        assert_eq!(label("Zeebrugge", Coarse::Loc), Some(Label::Gpe));
        assert_eq!(label("Europe", Coarse::Loc), Some(Label::Loc));
        assert_eq!(label("the Alps", Coarse::Loc), Some(Label::Loc));
        assert_eq!(label("North Sea", Coarse::Loc), Some(Label::Loc));
        assert_eq!(label("Liege Airport", Coarse::Loc), Some(Label::Fac));
        assert_eq!(label("Someplace", Coarse::Loc), Some(Label::Gpe));
        assert_eq!(label("Canada", Coarse::Per), Some(Label::Gpe));
        assert_eq!(label("Paris Hilton", Coarse::Per), Some(Label::Person));
        assert_eq!(label("Jordan", Coarse::Per), Some(Label::Person));
    }

    #[test]
    fn misc_only_when_a_list_says_so() {
        assert_eq!(label("Belgian", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Uighur", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Bosnian Serb", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Austrians", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("German-Israeli", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Dutch-born", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Dutchman", Coarse::Per), Some(Label::Norp));
        assert_eq!(label("The Dutchman", Coarse::Per), Some(Label::Norp));
        assert_eq!(label("Englishwomen", Coarse::Misc), Some(Label::Norp));
        assert_eq!(label("Norman", Coarse::Per), Some(Label::Person));
        assert_eq!(label("Greg Norman", Coarse::Per), Some(Label::Person));
        // A people read as a name of another kind; not a team in capitals, a region, a party.
        assert_eq!(label("Zambians", Coarse::Org), Some(Label::Norp));
        assert_eq!(label("Kurds", Coarse::Per), Some(Label::Norp));
        assert_eq!(label("INDIANS", Coarse::Org), Some(Label::Org));
        assert_eq!(label("Balkans", Coarse::Loc), Some(Label::Loc));
        assert_eq!(label("Labour", Coarse::Org), Some(Label::Org));
        assert_eq!(label("Open-air", Coarse::Misc), None);
        assert_eq!(label("World Cup", Coarse::Misc), Some(Label::Event));
        assert_eq!(label("Patriot Act", Coarse::Misc), Some(Label::Law));
        assert_eq!(label("Rule of Law", Coarse::Misc), None);
        assert_eq!(label("Hurricane Katrina", Coarse::Per), Some(Label::Event));
        assert_eq!(label("Storm Ciara", Coarse::Per), Some(Label::Event));
        assert_eq!(label("Hurricane", Coarse::Org), Some(Label::Org));
        assert_eq!(label("Windows", Coarse::Misc), None);
        // Acronyms of common nouns are no names; others and other cases are.
        assert_eq!(label("AI", Coarse::Org), None);
        assert_eq!(label("HIV", Coarse::Org), None);
        assert_eq!(label("PR", Coarse::Org), None);
        assert_eq!(label("Company", Coarse::Loc), None);
        assert_eq!(label("East India Company", Coarse::Org), Some(Label::Org));
        assert_eq!(label("GPUs", Coarse::Org), None);
        assert_eq!(label("NSA", Coarse::Org), Some(Label::Org));
        assert_eq!(label("Ai", Coarse::Per), Some(Label::Person));
        assert_eq!(label("Updated", Coarse::Org), None);
        assert_eq!(label("Photo", Coarse::Org), None);
        // A pronoun opening a quotation is no person; the country in capitals is a place.
        assert_eq!(label("You", Coarse::Per), None);
        assert_eq!(label("Us", Coarse::Per), None);
        assert_eq!(label("US", Coarse::Loc), Some(Label::Gpe));
        // A party tag is no organisation; a hyphenated name is ("R-Ohio" against "Al-Ahly").
        assert_eq!(label("R-Ohio", Coarse::Org), None);
        assert_eq!(label("D-N.Y.", Coarse::Per), None);
        assert_eq!(label("D-Calif.", Coarse::Per), None);
        assert_eq!(label("Al-Ahly", Coarse::Org), Some(Label::Org));
        assert_eq!(label("Reuters", Coarse::Org), Some(Label::Org));
        // A well-known organisation is one whatever type the tagger guessed.
        assert_eq!(label("Taliban", Coarse::Misc), Some(Label::Org));
        assert_eq!(label("Hezbollah", Coarse::Loc), Some(Label::Org));
    }
}
