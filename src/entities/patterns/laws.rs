//! LAW: capitalised names ending in a law word ("the Patriot Act", "the 2019 European
//! Regulation", "the First Amendment"), law words with a complement ("the Treaty of Lisbon",
//! "the Civil Rights Act of 1964"), articles of laws ("Article 5 of the GDPR", "Section 230",
//! "Title IX"), numbered bills ("House Bill 18", "H.R. 3684"), and a country's lower-case law ("China's national intelligence law").

use super::dates::year_at;
use super::heads::{complement_after, continues, run_before, with_article};
use super::Found;
use crate::entities::phrases::{Phrases, WordSet};
use crate::lexicon::{embedded_list, word_set};
use crate::entities::words::Words;
use crate::entities::Label;

embedded_list! {
    fn heads() -> WordSet = word_set, "law-heads.txt";
    fn heads_first() -> WordSet = word_set, "law-heads-first.txt";
    fn jurisdictions() -> Phrases = Phrases::new, "jurisdictions.txt";
}

/// Sure enough to win over a name tagger's ORG or MISC inside the same words.
const NAMED: f32 = 0.92;

/// The law whose key word is token `h`: (first token, found).
pub fn law(w: &Words, h: usize) -> Option<(usize, Found)> {
    article(w, h).or_else(|| bill(w, h)).or_else(|| possessive(w, h)).or_else(|| named(w, h))
}

/// A numbered bill of a legislature: "House Bill 18", "Senate Bill 4", "Assembly Bill 5", "H.R.
/// 3684" (its key word is the chamber's).
fn bill(w: &Words, h: usize) -> Option<(usize, Found)> {
    let digits = |k: usize| w.is_number(k) && w.raw(k).bytes().all(|b| b.is_ascii_digit());
    let end = match w.raw(h) {
        "House" | "Senate" | "Assembly" if w.raw(h + 1) == "Bill" && digits(h + 2) => h + 3,
        "H.R." if digits(h + 1) => h + 2,
        _ => return None,
    };
    Some((h, Found::new(end, Label::Law, NAMED)))
}

/// "the Patriot Act", "the Treaty of Lisbon", "the Civil Rights Act of 1964".
fn named(w: &Words, h: usize) -> Option<(usize, Found)> {
    let lower = w.lower(h);
    // "School of Law", "Faculty of Law", "the rule of law": a field, not a statute.
    let field = lower == "law" && h > 0 && w.lower(h - 1) == "of";
    if !w.is_capitalised(h) || !heads().contains(lower) || field {
        return None;
    }
    let before = run_before(w, h);
    let after = heads_first().contains(lower).then(|| complement_after(w, h)).flatten();
    let end = after.unwrap_or(h + 1);
    // The name ends at its head (or complement): "Law School", "Regulation Authority" go on.
    if (after.is_none() && continues(w, h + 1)) || (before.is_none() && after.is_none()) {
        return None;
    }
    let start = with_article(w, before.unwrap_or(h));
    // One word and the head, without "the": as likely a person ("Stuart Law"); an initial
    // is a person's ("S. Law"); "and" without "the" joins a list of names.
    let article = w.lower(start) == "the";
    let initial = (start..h).any(|k| w.raw(k).len() == 2 && w.raw(k).ends_with('.'));
    let listed = !article && (start..h).any(|k| w.lower(k) == "and");
    if (after.is_none() && start + 1 == h && !year_at(w, start)) || initial || listed {
        return None;
    }
    Some((start, Found::new(end, Label::Law, NAMED)))
}

/// "Article 5", "Article 5 of the GDPR", "Section 230", "Title IX".
fn article(w: &Words, h: usize) -> Option<(usize, Found)> {
    let raw = w.raw(h);
    let numbered = match raw {
        "Article" | "Section" => w.is_number(h + 1) && w.raw(h + 1).bytes().all(|b| b.is_ascii_digit()),
        "Title" => {
            let n = w.raw(h + 1);
            !n.is_empty() && n.len() <= 5 && n.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L'))
        }
        _ => false,
    };
    if !numbered {
        return None;
    }
    // "of the GDPR", "of the Geneva Convention": the law the article belongs to.
    let end = complement_after(w, h + 1).unwrap_or(h + 2);
    Some((h, Found::new(end, Label::Law, 0.88)))
}

/// Words before "law" that say which law without naming it.
fn generic(word: &str) -> bool {
    matches!(word, "new" | "own" | "current" | "existing" | "latest" | "recent" | "proposed" | "old" | "first" | "draft")
}

/// "China's national intelligence law": a jurisdiction's possessive, lower-case words, "law".
fn possessive(w: &Words, h: usize) -> Option<(usize, Found)> {
    if !w.is_capitalised(h) {
        return None;
    }
    let len = jurisdictions().match_at(w, h)?;
    let s = h + len;
    if !w.is_possessive(s) {
        return None;
    }
    let mut k = s + 1;
    let mut specific = false;
    while k < s + 6 && w.lower(k) != "law" {
        let word = w.lower(k);
        if !w.is_word(k) || !word.chars().all(|c| c.is_lowercase() || c == '-') {
            return None;
        }
        specific |= !generic(word);
        k += 1;
    }
    (w.lower(k) == "law" && specific).then(|| (h, Found::new(k + 1, Label::Law, 0.85)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found_of;
    use crate::entities::Label::Law;

    fn laws(text: &str) -> Vec<&str> {
        found_of(text, Law)
    }

    #[test]
    fn named_laws() {
        assert_eq!(laws("provided for in the 2019 European Regulation."), ["the 2019 European Regulation"]);
        assert_eq!(laws("under the Patriot Act,"), ["the Patriot Act"]);
        assert_eq!(laws("The Clean Air Act was"), ["The Clean Air Act"]);
        assert_eq!(laws("the Trades Disputes Act"), ["the Trades Disputes Act"]);
        assert_eq!(laws("the First Amendment"), ["the First Amendment"]);
        assert_eq!(laws("the Treaty of Lisbon"), ["the Treaty of Lisbon"]);
        assert_eq!(laws("the Civil Rights Act of 1964"), ["the Civil Rights Act of 1964"]);
        assert_eq!(laws("the Convention on the Rights of the Child"), ["the Convention on the Rights of the Child"]);
    }

    #[test]
    fn articles_and_titles() {
        assert_eq!(laws("Article 5 of the GDPR says"), ["Article 5 of the GDPR"]);
        assert_eq!(laws("under Section 230"), ["Section 230"]);
        assert_eq!(laws("The law, known as House Bill 18, was signed"), ["House Bill 18"]);
        assert_eq!(laws("as did H.R. 3684 and Senate Bill 4."), ["H.R. 3684", "Senate Bill 4"]);
        // Law as a field of study is no law.
        assert_eq!(laws("a professor at the UCLA School of Law who"), Vec::<&str>::new());
        // A chamber's bill without a number is no name of one law.
        assert_eq!(laws("the House bill passed"), Vec::<&str>::new());
        assert_eq!(laws("Title IX"), ["Title IX"]);
    }

    #[test]
    fn a_countrys_law() {
        assert_eq!(laws("under China’s national intelligence law, companies"), ["China’s national intelligence law"]);
        assert_eq!(laws("Hungary's media law"), ["Hungary's media law"]);
    }

    #[test]
    fn not_laws() {
        assert_eq!(laws("at Harvard Law School"), Vec::<&str>::new());
        assert_eq!(laws("the State Law and Order Restoration Council"), Vec::<&str>::new());
        assert_eq!(laws("Slater, Stuart Law, McGrath and S. Law"), Vec::<&str>::new());
        assert_eq!(laws("the Act"), Vec::<&str>::new());
        assert_eq!(laws("Under Regulation, it"), Vec::<&str>::new());
        assert_eq!(laws("Senator Bill Nelson"), Vec::<&str>::new());
        assert_eq!(laws("a Chinese law on cyber security"), Vec::<&str>::new());
        assert_eq!(laws("China's new law"), Vec::<&str>::new());
        assert_eq!(laws("John's law"), Vec::<&str>::new());
        assert_eq!(laws("the article 5 of"), Vec::<&str>::new());
    }
}
