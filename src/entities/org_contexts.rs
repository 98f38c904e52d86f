//! Contexts that only a company or a club has: "shares of Tesla", "a stake in Fiat", "Tesla's
//! shareholders", "Deportivo chairman Augusto Lendoiro", "Arsenal captain Martin Odegaard",
//! "analysts at Deloitte", "Chelsea have agreed". The tagger, meeting a company's name
//! it has never seen, may guess a place or a person from its shape; these contexts say
//! otherwise. Names a list knows as a place, a nationality, or starting with a given name, and
//! people's names of two words or more keep their type ("China's shares", "Tokyo's chairman",
//! "Elon Musk's board").

use std::collections::HashSet;

use super::gazetteer::{Class, Gazetteer};
use super::names::Name;
use super::surnames::full_name_surnames;
use super::tagger::Coarse;
use super::words::Words;
use crate::text::{QuoteSide, TokenKind};

/// Words after a name (or its possessive) that make it a company or club.
fn is_company_noun(word: &str) -> bool {
    matches!(word, "shareholders" | "shares" | "stock" | "ceo" | "chairman" | "chairwoman" | "board" | "profits" | "earnings" | "revenue" | "revenues")
}

/// A club's staff and players before one's name ("Arsenal captain Martin Odegaard", "Arsenal
/// boss Arteta"): the name before them is the club's.
fn is_club_role(word: &str) -> bool {
    matches!(
        word,
        "captain" | "skipper" | "defender" | "striker" | "midfielder" | "goalkeeper" | "keeper" | "forward" | "winger" | "full-back" | "centre-back"
            | "boss" | "manager" | "coach" | "counterpart"
    )
}

/// "a 1-1 draw by Chelsea", "a 3-0 win over Chelsea", "beat Chelsea 2-0": a name a match's score
/// goes with is a team's.
fn in_score_context(w: &Words, start: usize, end: usize) -> bool {
    let is_score = |i: usize| {
        let mut parts = w.raw(i).split(['-', '–']);
        let short = |p: Option<&str>| p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
        short(parts.next()) && short(parts.next()) && parts.next().is_none()
    };
    let result = start >= 3
        && is_score(start - 3)
        && matches!(w.lower(start - 2), "draw" | "win" | "victory" | "defeat" | "loss" | "lead")
        && matches!(w.lower(start - 1), "by" | "against" | "over" | "at" | "to" | "with" | "from");
    let beaten = start >= 1 && matches!(w.lower(start - 1), "beat" | "beats" | "beating" | "thrashed" | "edged") && is_score(end);
    result || beaten
}

/// People who work at a firm or an institution ("analysts at Deloitte", "researchers at
/// Stanford"); not "officials at Heathrow", who may work at a place.
fn is_staff_noun(word: &str) -> bool {
    matches!(word, "analysts" | "analyst" | "economists" | "economist" | "researchers" | "researcher" | "scientists" | "engineers" | "executives" | "employees" | "strategists" | "traders" | "bankers")
}

/// Retypes the names in a company's context as organisations.
pub fn with_company_contexts(w: &Words, names: &mut [Name]) {
    let gaz = Gazetteer::get();
    let listed = Class::PLACES | Class::Nationality.bit() | Class::GivenName.bit();
    let mut retyped: HashSet<&str> = HashSet::new();
    let people = full_name_surnames(w, names);
    for n in names.iter_mut().filter(|n| n.coarse != Coarse::Org) {
        let (start, end) = (n.tokens.start, n.tokens.end);
        let person = n.coarse == Coarse::Per;
        let in_percent = person && moves_in_percent(w, end);
        // A person's full name stays one ("Elon Musk's board").
        if person && end - start >= 2 && !in_percent {
            continue;
        }
        let text = w.span(start, end).text(w.text);
        let whole = gaz.classes_of(text);
        let listed_name = whole & listed != 0 || gaz.classes_of(w.raw(start)) & listed != 0;
        // A person's name that moves in percent is a listed company ("Rio Tinto gained 3.8%");
        // a place's is not retyped ("Japan rose 2%" is rare and a place).
        let shares = in_percent && whole & Class::PLACES == 0;
        // A person named in full in the text is no team ("Donald Trump ... Trump were").
        let team = person && is_plural_subject(w, start, end) && !people.contains(w.raw(start));
        // A given name may be a club's ("a 1-1 draw by Chelsea"); a place's name stays a place.
        let played = in_score_context(w, start, end) && whole & (Class::PLACES | Class::Nationality.bit()) == 0 && !people.contains(w.raw(start));
        if listed_name && !team && !shares && !played {
            continue;
        }
        // "shares of X", "a stake in X", "analysts at X".
        let before = start >= 2 && matches!(w.lower(start - 2), "shares" | "stake" | "stakes") && matches!(w.lower(start - 1), "of" | "in");
        let staff = start >= 2 && is_staff_noun(w.lower(start - 2)) && w.lower(start - 1) == "at";
        let before = before || staff;
        // "X's shareholders", "X chairman ..." (not "X shares its name": only with the possessive).
        let next = if w.is_possessive(end) { end + 1 } else { end };
        let noun = w.lower(next);
        let after = is_company_noun(noun) && (next > end || !matches!(noun, "shares" | "stock" | "board"));
        // "chief executive" after the possessive.
        let chief = next > end && noun == "chief" && w.lower(next + 1) == "executive";
        let club = person && next == end && is_club_role(noun) && w.is_capitalised(next + 1);
        if before || after || chief || club || team || shares || played {
            n.coarse = Coarse::Org;
            retyped.insert(text);
        }
    }
    // One sense per article: the other mentions of a retyped name are the company too
    // ("Chelsea agree £60m deal ... Chelsea have agreed ... Chelsea's spending").
    for n in names.iter_mut().filter(|n| n.coarse != Coarse::Org) {
        if retyped.contains(w.span(n.tokens.start, n.tokens.end).text(w.text)) {
            n.coarse = Coarse::Org;
        }
    }
}

/// "Rio Tinto gained 3.8%", "Anglo American added 4.5%": a name that rises or falls by a
/// percentage is a listed company or an index, not a person (people's figures move in votes
/// or points: "Smith gained 3 points").
fn moves_in_percent(w: &Words, end: usize) -> bool {
    let verb = matches!(
        w.lower(end),
        "rose" | "fell" | "gained" | "added" | "lost" | "jumped" | "slid" | "dropped" | "climbed" | "slipped" | "surged" | "tumbled" | "sank" | "rallied" | "dipped"
            | "soared" | "plunged" | "edged" | "shed"
    );
    // The amount right after the verb or after "up"/"down"/"by": "gained 3.8%", "rose by 2 percent".
    let at = if matches!(w.lower(end + 1), "up" | "down" | "by" | "higher" | "lower") { end + 2 } else { end + 1 };
    let percent = w.is_number(at) && (w.raw(at).ends_with('%') || matches!(w.lower(at + 1), "%" | "percent" | "per"));
    verb && percent
}

/// "Chelsea have agreed a fee", "But Deportivo were unable to ...", "“Villa are a top side”":
/// a one-word name that opens its clause (or a quotation) and takes a plural verb is a team or
/// a company (British usage), not one person. Not after a title, a noun or an article ("Mr. Olmert", "his wife Jill", "a Marine"),
/// nor one of several subjects ("Smith and Jones have"), nor after a word that inverts the verb
/// ("Should Anna have won"). A list's given name may be a club's name ("Chelsea"), so it is
/// retyped too.
fn is_plural_subject(w: &Words, start: usize, end: usize) -> bool {
    let one_word = end - start == 1 && !w.lower(start).ends_with('s');
    // "if Trump were a woman": a subjunctive, not a plural.
    let subjunctive = w.lower(end) == "were" && start.checked_sub(1).is_some_and(|p| w.lower(p) == "if");
    let plural_verb = matches!(w.lower(end), "have" | "are" | "were") && w.is_word(end + 1) && !subjunctive;
    let opens_clause = w.starts_sentence(start)
        || start.checked_sub(1).is_some_and(|p| {
            matches!(w.lower(p), "but" | "yet" | "so" | "then" | "now" | "while" | "as" | "after" | "when" | "because" | "although" | "though" | "since" | "that" | "if")
                || matches!(w.kind(p), Some(TokenKind::Quote(QuoteSide::Open | QuoteSide::Either)))
        });
    one_word && plural_verb && opens_clause
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn retyped(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_company_contexts(w, n))
    }

    #[test]
    fn a_company_context_makes_an_organisation() {
        assert_eq!(retyped("Shares of Tesla fell 4%.", &[("Tesla", Coarse::Loc)]), [org("Tesla")]);
        assert_eq!(retyped("Fiat bought a stake in Chrysler.", &[("Chrysler", Coarse::Per)]), [org("Chrysler")]);
        assert_eq!(retyped("Norvex's shareholders voted.", &[("Norvex", Coarse::Loc)]), [org("Norvex")]);
        assert_eq!(retyped("Deportivo chairman Augusto Lendoiro said no.", &[("Deportivo", Coarse::Per)]), [org("Deportivo")]);
        assert_eq!(retyped("Former Norvex defender Martin Keown said so.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        assert_eq!(retyped("Norvex boss Arteta agreed.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        // A place keeps its type: the country's team is the country.
        assert_eq!(retyped("U.S. captain Billie Jean King said so.", &[("U.S.", Coarse::Loc)]), [named("U.S.", Coarse::Loc)]);
        assert_eq!(retyped("Norvex's chief executive resigned.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        assert_eq!(retyped("Analysts at Deloitte warned.", &[("Deloitte", Coarse::Loc)]), [org("Deloitte")]);
        assert_eq!(retyped("Chelsea have agreed a fee.", &[("Chelsea", Coarse::Per)]), [org("Chelsea")]);
        assert_eq!(retyped("“Villa are a top side,” he said.", &[("Villa", Coarse::Per)]), [org("Villa")]);
        assert_eq!(retyped("He said that Norvex were ready.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        assert_eq!(retyped("Rio Tinto gained 3.8% on Tuesday.", &[("Rio Tinto", Coarse::Per)]), [org("Rio Tinto")]);
        assert_eq!(retyped("Norvex fell by 2 percent.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
    }

    #[test]
    fn a_name_with_a_score_is_a_team() {
        // A given name too ("Chelsea"), and its other mentions.
        let names = [("Arsenal", Coarse::Org), ("Chelsea", Coarse::Per), ("Chelsea", Coarse::Per)];
        assert_eq!(retyped("Arsenal were held to a 1-1 draw by Chelsea. Chelsea went ahead.", &names), [org("Arsenal"), org("Chelsea"), org("Chelsea")]);
        assert_eq!(retyped("Liverpool beat Norvex 2-0 on Saturday.", &[("Norvex", Coarse::Per)]), [org("Norvex")]);
        // Not a place (a country's team is the country), nor a person named in full.
        assert_eq!(retyped("a 2-1 win over France", &[("France", Coarse::Loc)]), [named("France", Coarse::Loc)]);
        let names = [("Kim Chelsea", Coarse::Per), ("Chelsea", Coarse::Per)];
        assert_eq!(retyped("Kim Chelsea won. It was a 6-2 win over Chelsea.", &names), [named("Kim Chelsea", Coarse::Per), named("Chelsea", Coarse::Per)]);
    }

    #[test]
    fn people_with_a_plural_verb_stay() {
        assert_eq!(retyped("Smith and Jones have agreed.", &[("Smith", Coarse::Per), ("Jones", Coarse::Per)]), [named("Smith", Coarse::Per), named("Jones", Coarse::Per)]);
        assert_eq!(retyped("Should Anna have won?", &[("Anna", Coarse::Per)]), [named("Anna", Coarse::Per)]);
        assert_eq!(retyped("Mr. Abbas and Mr. Olmert have met.", &[("Olmert", Coarse::Per)]), [named("Olmert", Coarse::Per)]);
        assert_eq!(retyped("Anna Berg gained 3 points in the poll.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(retyped("Biden and his wife Jill are due.", &[("Jill", Coarse::Per)]), [named("Jill", Coarse::Per)]);
        assert_eq!(retyped("Anna Berg have agreed.", &[("Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(retyped("Imagine if Berg were a woman.", &[("Berg", Coarse::Per)]), [named("Berg", Coarse::Per)]);
        let names = [("Anna Berg", Coarse::Per), ("Berg", Coarse::Per)];
        assert_eq!(retyped("Anna Berg spoke. “Berg are ready,” he said.", &names), names.map(|(s, c)| named(s, c)));
        assert_eq!(retyped("The Smiths have agreed.", &[("Smiths", Coarse::Per)]), [named("Smiths", Coarse::Per)]);
        // A country in sport is a place for CoNLL-2003 ("England have won"): only people change.
        assert_eq!(retyped("England have won.", &[("England", Coarse::Loc)]), [named("England", Coarse::Loc)]);
    }

    #[test]
    fn places_people_and_verbs_stay() {
        assert_eq!(retyped("China's shareholders sold.", &[("China", Coarse::Loc)]), [named("China", Coarse::Loc)]);
        assert_eq!(retyped("Elon Musk's board met.", &[("Elon Musk", Coarse::Per)]), [named("Elon Musk", Coarse::Per)]);
        assert_eq!(retyped("Macedon shares its name with a region.", &[("Macedon", Coarse::Loc)]), [named("Macedon", Coarse::Loc)]);
        assert_eq!(retyped("Smith chief of staff", &[("Smith", Coarse::Per)]), [named("Smith", Coarse::Per)]);
        assert_eq!(retyped("Analysts at Frankfurt banks warned.", &[("Frankfurt", Coarse::Loc)]), [named("Frankfurt", Coarse::Loc)]);
        assert_eq!(retyped("Officials at Heathrow said.", &[("Heathrow", Coarse::Loc)]), [named("Heathrow", Coarse::Loc)]);
    }
}
