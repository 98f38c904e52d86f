//! Words the tagger runs into the start of an organisation's or a place's name: a
//! conjunction, adverb, quantifier, preposition or helper verb that opens the sentence or a
//! quotation ("[If the] Council expands", "[Many] African-Americans", "[Is] Trump right?",
//! "[Meantime] Center for Constitutional Rights"), lower-case words ("the [state-run] Herald") and a
//! compound modifier ending in "-based", "-run", "-backed"... ("the [New York-based] Committee
//! to Protect Journalists") or a stance ("the [pro-Russian] Socialist Party"). They are cut
//! off; from a person's name, only the opener ("[If] Anna Berg wins": `person_words.rs` trims
//! the rest). Lower-case words inside a name stay
//! ("Bank of Canada"), and so does a capitalised "The" ("The Hague"), except at a sentence's
//! start before a descriptive name ("[The] Office for Budget Responsibility").

use super::names::{self, Name};
use super::tagger::Coarse;
use super::words::Words;

/// Words that open a sentence, are capitalised only for that, and never start a name.
pub(super) fn is_opener(word: &str) -> bool {
    matches!(
        word,
        "if" | "when" | "while" | "as" | "after" | "before" | "because" | "although" | "though" | "since" | "once" | "until" | "unless"
            | "whether" | "meantime" | "meanwhile" | "however" | "but" | "and" | "or" | "so" | "then" | "yet" | "also" | "still"
            | "instead" | "thus" | "hence" | "where" | "whereas" | "unlike" | "despite" | "amid" | "many" | "most" | "some" | "few"
            | "several" | "both" | "is" | "are" | "was" | "were" | "do" | "does" | "did" | "has" | "have" | "had" | "having" | "could" | "should"
            | "would" | "must"
    )
}

/// The participles that make a compound modifier of a name: "New York-based", "state-run".
pub(super) fn is_compound_modifier(word: &str) -> bool {
    word.rsplit_once(['-', '‐']).is_some_and(|(head, tail)| {
        !head.is_empty()
            && matches!(
                tail,
                "based" | "run" | "owned" | "backed" | "led" | "funded" | "controlled" | "sponsored" | "allied" | "linked" | "affiliated"
                    | "held" | "dominated" | "supported" | "aligned" | "born"
            )
    })
}

/// A stance modifier: "the [pro-Russian] Socialist Party", "[anti-Kremlin] Yabloko". A name
/// spelt with a capital keeps it ("Pro-Life Alliance").
fn is_stance_modifier(word: &str) -> bool {
    ["pro-", "anti-", "pro‐", "anti‐"].iter().any(|p| word.len() > p.len() && word.starts_with(p))
}

/// A word with no capital letter that is no name particle ("al-Qaida" and "eBay" have one).
fn is_lower_word(w: &Words, i: usize) -> bool {
    w.is_word(i) && !w.raw(i).chars().any(char::is_uppercase) && !names::is_particle(w.lower(i))
}

/// Trims the names among `names` (in text order; they stay so).
pub fn without_leading_words(w: &Words, names: &mut [Name]) {
    for n in names.iter_mut().filter(|n| n.coarse != Coarse::Misc) {
        let (mut start, end) = (n.tokens.start, n.tokens.end);
        if end - start >= 2 && w.opens_sentence(start) && is_opener(w.lower(start)) {
            start += 1;
        }
        if n.coarse == Coarse::Per {
            n.tokens.start = start;
            continue;
        }
        // "The" opening the sentence before lower-case words ("The state-run Herald"), or
        // before a descriptive name with "of" or "for" in it ("The Office for Budget
        // Responsibility"; not "The New York Times").
        let descriptive = (start + 2..end).any(|i| matches!(w.lower(i), "of" | "for"));
        if end - start >= 3 && w.opens_sentence(start) && w.lower(start) == "the" && (is_lower_word(w, start + 1) || descriptive) {
            start += 1;
        }
        while end - start >= 2 && is_lower_word(w, start) {
            start += 1;
        }
        if let Some(k) = (start..end - 1).rev().find(|&k| is_compound_modifier(w.raw(k)) || is_stance_modifier(w.raw(k))) {
            start = k + 1;
        }
        n.tokens.start = start;
    }
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn trimmed(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| without_leading_words(w, n))
    }

    #[test]
    fn words_before_the_name_are_cut() {
        assert_eq!(trimmed("If the Council expands, it will grow.", &[("If the Council", Coarse::Org)]), [org("Council")]);
        assert_eq!(trimmed("Meantime Center for Rights said no.", &[("Meantime Center for Rights", Coarse::Org)]), [org("Center for Rights")]);
        assert_eq!(trimmed("The state-run Herald says so.", &[("The state-run Herald", Coarse::Org)]), [org("Herald")]);
        assert_eq!(trimmed("The Office for Budget Responsibility said.", &[("The Office for Budget Responsibility", Coarse::Org)]), [org("Office for Budget Responsibility")]);
        assert_eq!(trimmed("It cited the state-run Herald.", &[("state-run Herald", Coarse::Org)]), [org("Herald")]);
        assert_eq!(trimmed("He leads the pro-Russian Socialist Party.", &[("pro-Russian Socialist Party", Coarse::Org)]), [org("Socialist Party")]);
        assert_eq!(trimmed("She joined the Pro-Life Alliance.", &[("Pro-Life Alliance", Coarse::Org)]), [org("Pro-Life Alliance")]);
        // Quantifiers and prepositions open sentences too; so does a quotation's first word.
        assert_eq!(trimmed("Many African-Americans agree.", &[("Many African-Americans", Coarse::Per)]), [named("African-Americans", Coarse::Per)]);
        assert_eq!(trimmed("Unlike Patriot Coal, it grew.", &[("Unlike Patriot Coal", Coarse::Org)]), [org("Patriot Coal")]);
        assert_eq!(trimmed("Is Anna Berg right?", &[("Is Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
        assert_eq!(trimmed("He said: “If the Council expands, fine.”", &[("If the Council", Coarse::Org)]), [org("Council")]);
        let text = "The New York-based Committee to Protect Journalists said.";
        assert_eq!(trimmed(text, &[("The New York-based Committee to Protect Journalists", Coarse::Org)]), [org("Committee to Protect Journalists")]);
    }

    #[test]
    fn names_keep_their_own_words() {
        assert_eq!(trimmed("The Hague ruled.", &[("The Hague", Coarse::Loc)]), [named("The Hague", Coarse::Loc)]);
        assert_eq!(trimmed("The New York Times said.", &[("The New York Times", Coarse::Org)]), [org("The New York Times")]);
        assert_eq!(trimmed("Bank of Canada rates rose.", &[("Bank of Canada", Coarse::Org)]), [org("Bank of Canada")]);
        assert_eq!(trimmed("He joined al-Qaida in Iraq.", &[("al-Qaida", Coarse::Org)]), [org("al-Qaida")]);
        // Not at a sentence's start, or one word: an opener may be the name ("Once Upon").
        assert_eq!(trimmed("It named Once Upon Films.", &[("Once Upon Films", Coarse::Org)]), [org("Once Upon Films")]);
        // A person loses only the opener.
        assert_eq!(trimmed("If Anna Berg wins, fine.", &[("If Anna Berg", Coarse::Per)]), [named("Anna Berg", Coarse::Per)]);
    }
}
