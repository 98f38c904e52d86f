//! Title-case headlines: "Small Steps Toward College Savings", "Only 24 Percent Of Hillary
//! Clinton's Contributors Are Small Donors". Every word there is capitalised, so the tagger,
//! trained on Reuters text whose headlines are in capitals, takes runs of ordinary words for
//! names. In a headline a name is kept when a word list knows it ("Belgium", "NATO"), else cut
//! to its longest part that the body confirms (ending in a word the body writes with a capital:
//! "Hillary Clinton Speaks" → "Hillary Clinton" when the body has "Clinton"), else dropped.

use std::collections::{HashMap, HashSet};

use super::gazetteer::Gazetteer;
use super::names::Name;
use super::tagger::Coarse;
use crate::text::{TextLayer, TokenKind};

/// The fewest words of four letters or more a headline has, and the share of them capitalised.
const MIN_LONG_WORDS: usize = 3;
const CAPITALISED_SHARE: f32 = 0.8;

/// Drops the names in title-case headlines that nothing outside the headlines confirms.
pub fn without_headline_words(text: &str, layer: &TextLayer, names: &mut Vec<Name>) {
    let headline: Vec<bool> = layer.sentences.iter().map(|s| is_headline(text, layer, s)).collect();
    if !headline.contains(&true) {
        return;
    }
    // Capitalised words of the body, as written, but for a sentence's first (any word is
    // capitalised there).
    let mut body: HashSet<&str> = HashSet::new();
    for (s, _) in layer.sentences.iter().zip(&headline).filter(|(_, &h)| !h) {
        for t in layer.tokens.get(s.tokens.start + 1..s.tokens.end).into_iter().flatten() {
            let w = t.text(text);
            if t.kind == TokenKind::Word && w.starts_with(char::is_uppercase) {
                body.insert(w);
            }
        }
    }
    // The type of the body's names by their last word: a headline name cut to that word takes
    // it ("Pence Gives GOP", tagged as an organisation, is "Pence", a person in the body).
    let mut body_type: HashMap<&str, Coarse> = HashMap::new();
    for n in names.iter().filter(|n| !headline.get(layer.sentence_of(n.tokens.start)).copied().unwrap_or(false)) {
        if let Some(last) = n.tokens.end.checked_sub(1).and_then(|i| layer.tokens.get(i)) {
            body_type.entry(last.text(text)).or_insert(n.coarse);
        }
    }
    let gaz = Gazetteer::get();
    let known = |r: &std::ops::Range<usize>| {
        let (Some(first), Some(last)) = (layer.tokens.get(r.start), r.end.checked_sub(1).and_then(|i| layer.tokens.get(i))) else { return false };
        gaz.classes_of(first.span.cover(last.span).text(text)) != 0
    };
    names.retain_mut(|n| {
        if n.tokens.is_empty() || !headline.get(layer.sentence_of(n.tokens.start)).copied().unwrap_or(false) || known(&n.tokens) {
            return true;
        }
        // The longest part of the name that ends in a word of the body: "Hillary Clinton Speaks"
        // → "Hillary Clinton" when the body has "Clinton".
        let confirmed = (n.tokens.start + 1..=n.tokens.end).rev().find(|&end| layer.tokens.get(end - 1).is_some_and(|t| body.contains(t.text(text))));
        match confirmed {
            Some(end) => {
                if end < n.tokens.end {
                    n.tokens.end = end;
                    if let Some(&coarse) = layer.tokens.get(end - 1).and_then(|t| body_type.get(t.text(text))) {
                        n.coarse = coarse;
                    }
                }
                true
            }
            None => false,
        }
    });
}

/// Words that English capitalises only in a title-case headline (or at a sentence start);
/// not "The", which opens names ("The Oval", "The Hague"), nor "Will" ("Will Dunham").
fn is_title_case_function_word(w: &str) -> bool {
    matches!(
        w,
        "Of" | "To" | "In" | "For" | "On" | "At" | "With" | "By" | "From" | "And" | "Or" | "As"
            | "Is" | "Are" | "Was" | "Were" | "Be" | "Has" | "Have" | "Not" | "Into" | "Over"
            | "Toward" | "Towards" | "After" | "About" | "Against" | "Says" | "Say" | "Said"
    )
}

/// A sentence that is a whole line, with at least [`MIN_LONG_WORDS`] words of four letters or
/// more, nearly all capitalised, a function word capitalised after its first word ("Of",
/// "Are": a list of names or a results line has none) and not all in capitals (those the
/// tagger knows from Reuters).
fn is_headline(text: &str, layer: &TextLayer, s: &crate::text::Sentence) -> bool {
    let line = layer.paragraphs.partition_point(|p| p.end <= s.span.start);
    let whole_line = layer.paragraphs.get(line).is_some_and(|p| p.start == s.span.start && s.span.end >= p.end);
    if !whole_line {
        return false;
    }
    let (mut long, mut capitalised, mut upper) = (0usize, 0usize, 0usize);
    let mut function_word = false;
    let tokens = layer.tokens.get(s.tokens.clone()).unwrap_or_default();
    for (k, t) in tokens.iter().enumerate().filter(|(_, t)| t.kind == TokenKind::Word) {
        let w = t.text(text);
        // Inside a phrase: not the first word, nor one after a colon ("PENCE: And that's why").
        let inside = k > 0 && tokens[k - 1].kind == TokenKind::Word;
        function_word |= inside && is_title_case_function_word(w);
        if w.chars().filter(|c| c.is_alphabetic()).count() < 4 {
            continue;
        }
        long += 1;
        capitalised += usize::from(w.starts_with(char::is_uppercase));
        upper += usize::from(!w.chars().any(char::is_lowercase));
    }
    function_word && long >= MIN_LONG_WORDS && upper < long && capitalised as f32 >= CAPITALISED_SHARE * long as f32
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{shown, tagged};
    use super::*;

    /// The names left of `found` (tagged as organisations) in `text`.
    fn kept(text: &str, found: &[&str]) -> Vec<String> {
        let layer = TextLayer::new(text);
        let found: Vec<(&str, Coarse)> = found.iter().map(|&n| (n, Coarse::Org)).collect();
        let mut names = tagged(text, &layer, &found);
        without_headline_words(text, &layer, &mut names);
        shown(text, &layer, &names).into_iter().map(|(n, _)| n).collect()
    }

    #[test]
    fn headline_names_are_cut_to_what_the_body_confirms() {
        let text = "Hillary Clinton Speaks To Voters In Ohio\n\nOn Monday Clinton spoke. But she left.";
        assert_eq!(kept(text, &["Hillary Clinton Speaks"]), ["Hillary Clinton"]);
        // A sentence's first word is capitalised whatever it is: no confirmation.
        let text = "Voters Say No But Stay Home In Ohio\n\nBut they voted.";
        assert_eq!(kept(text, &["Say No But"]), Vec::<String>::new());
    }

    #[test]
    fn headline_names_need_the_body_or_a_list() {
        let text = "Only 24 Percent Of Hillary Clinton's Contributors Are Small Donors\n\nIn May, Clinton raised money in Belgium.";
        assert_eq!(kept(text, &["Hillary Clinton", "Contributors Are Small Donors"]), ["Hillary Clinton"]);
        let text = "Small Steps Toward College Savings In Belgium\n\nParents save.";
        assert_eq!(kept(text, &["Small Steps Toward College Savings", "Belgium"]), ["Belgium"]);
    }

    #[test]
    fn body_text_and_capitals_headlines_are_left_alone() {
        // A sentence of the body, even full of names, is no headline; nor is a line in capitals.
        let text = "Then Justice Minister Vincent Quikenborn Visited Brussels Airport. He left.";
        assert_eq!(kept(text, &["Vincent Quikenborn"]), ["Vincent Quikenborn"]);
        let text = "Belgian Justice Minister Quikenborn said Alibaba must comply with the rules.";
        assert_eq!(kept(text, &["Quikenborn"]), ["Quikenborn"]);
        let text = "SOCCER - LEEDS UNITED BEAT CHELSEA\n\nThey won.";
        assert_eq!(kept(text, &["LEEDS UNITED"]), ["LEEDS UNITED"]);
        // A results line or a list of names has no capitalised function word.
        let text = "Borussia Dortmund 2 Bayer Leverkusen 1\n\nThey won.";
        assert_eq!(kept(text, &["Borussia Dortmund", "Bayer Leverkusen"]), ["Borussia Dortmund", "Bayer Leverkusen"]);
        // A capitalised word after a colon opens a phrase; "Will" is a given name.
        let text = "PENCE: And that is why Donald Trump heads to the White House.\n\nHe spoke.";
        assert_eq!(kept(text, &["Donald Trump"]), ["Donald Trump"]);
        let text = "(Reporting by Valerie Volcovici; Editing by Will Dunham.)\n\nThe end.";
        assert_eq!(kept(text, &["Valerie Volcovici", "Will Dunham"]), ["Valerie Volcovici", "Will Dunham"]);
    }
}
