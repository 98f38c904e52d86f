//! A courtesy title is part of a person's name as the article writes it: "Mr. Bush", "Ms
//! Merkel", "Dr. Besigye", "Miss Smith". Newspapers that use them name people so on every
//! later mention, and claim sources are written the same way ("Mr. Bush said"), so the
//! person's mention covers it. A title of office or rank is not a courtesy title and stays
//! out ("President [Bush]", "Gen. [Petraeus]", "Prof. [Brook]"): it says what the person
//! is, not what they are called. Groups drop the courtesy title when they compare names.
//!
//! The tagger, trained on texts that almost never use courtesy titles, leaves them out (and
//! the name trimming cuts any it takes in), so they are added back here, last; and a title
//! before capitalised words it left untagged ("Mr. King", a surname that is also a word)
//! names a person.

use super::names::{add_names, covered_tokens, Name};
use super::tagger::Coarse;
use super::words::Words;

/// Whether `word` (lower case, without its period) is a courtesy title.
pub fn is_honorific(word: &str) -> bool {
    matches!(word, "mr" | "mrs" | "ms" | "mx" | "miss" | "dr" | "mme" | "mlle")
}

/// Extends each person's name (names in text order, not overlapping; they stay so) over the
/// courtesy title right before it, in the same sentence with only a space between.
pub fn with_honorifics(w: &Words, names: &mut [Name]) {
    let mut free_from = 0;
    for name in names.iter_mut() {
        let start = name.tokens.start;
        if name.coarse == Coarse::Per && start > free_from {
            // "Mr." is one token; "Mr" and a separate "." are two.
            let title = if w.raw(start - 1) == "." && start >= free_from + 2 && w.joined(start - 1) { start - 2 } else { start - 1 };
            let gap = w.text.get(w.span(start - 1, start).end..w.span(start, start + 1).start).unwrap_or("");
            let spaced = !gap.is_empty() && gap.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r');
            if spaced && w.one_sentence(title, start + 1) && w.is_capitalised(title) && is_honorific(w.lower(title).trim_end_matches('.')) {
                name.tokens.start = title;
            }
        }
        free_from = name.tokens.end;
    }
}

/// "Mr. King said": a courtesy title before capitalised words the tagger left untagged (a
/// surname that is also a word: "King", "Bishop", "Price") names a person, unless the words
/// are an office the title addresses ("Mr. President", "Madam Speaker"). Added to `names`
/// (in text order; they stay so) with a low margin.
pub fn with_titled_people(w: &Words, names: &mut Vec<Name>) {
    let covered = covered_tokens(w.len(), names);
    let mut added = Vec::new();
    let mut i = 0;
    while i < w.len() {
        let title = i;
        let first = if w.raw(i + 1) == "." && w.joined(i + 1) { i + 2 } else { i + 1 };
        let gap = w.text.get(w.span(first - 1, first).end..w.span(first, first + 1).start).unwrap_or("");
        let spaced = !gap.is_empty() && gap.chars().all(|c| c.is_whitespace() && c != '\n' && c != '\r');
        let titled = w.is_capitalised(title) && is_honorific(w.lower(title).trim_end_matches('.')) && spaced && !covered[title];
        let mut end = first;
        while titled && end < w.len() && end - first < MAX_SURNAME_WORDS && w.is_capitalised(end) && !covered[end] && w.one_sentence(title, end + 1) && !w.is_all_caps(end) {
            end += 1;
        }
        if end > first && !is_addressed_office(w.lower(first)) {
            added.push(Name { tokens: title..end, coarse: Coarse::Per, margin: TITLED_MARGIN });
            i = end;
        } else {
            i += 1;
        }
    }
    add_names(names, added);
}

/// Offices a courtesy title addresses ("Mr. President", "Madam Speaker").
fn is_addressed_office(word: &str) -> bool {
    matches!(word, "president" | "speaker" | "chairman" | "chairwoman" | "chair" | "secretary" | "mayor" | "minister" | "prime" | "deputy" | "vice" | "justice")
}

/// The most capitalised words after a courtesy title read as the name ("Mr. King Jr" has two).
const MAX_SURNAME_WORDS: usize = 3;

/// The score margin of a name found only by its courtesy title (calibrated to about 0.85).
const TITLED_MARGIN: f32 = 18.0;

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, person};
    use super::*;

    fn titled(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, |w, n| with_honorifics(w, n))
    }

    #[test]
    fn a_courtesy_title_is_part_of_the_name() {
        let text = "Mr. Bush met Ms Merkel and Dr. Ada Brook. Miss Smith agreed.";
        let names = [("Bush", Coarse::Per), ("Merkel", Coarse::Per), ("Ada Brook", Coarse::Per), ("Smith", Coarse::Per)];
        assert_eq!(titled(text, &names), [person("Mr. Bush"), person("Ms Merkel"), person("Dr. Ada Brook"), person("Miss Smith")]);
    }

    #[test]
    fn titles_of_office_other_types_and_other_words_stay_out() {
        let text = "President Bush, Gen. Petraeus and Prof. Brook met at Mr. Lee Group.";
        let names = [("Bush", Coarse::Per), ("Petraeus", Coarse::Per), ("Brook", Coarse::Per), ("Lee Group", Coarse::Org)];
        assert_eq!(titled(text, &names), names.map(|(s, c)| named(s, c)));
        // A verb in lower case, or a title across a line break.
        let text = "They will miss Smith.\nMr.\nJones left.";
        let names = [("Smith", Coarse::Per), ("Jones", Coarse::Per)];
        assert_eq!(titled(text, &names), names.map(|(s, c)| named(s, c)));
    }

    #[test]
    fn a_title_before_untagged_capitals_names_a_person() {
        let text = "Mr. King said no to Ms Price, Mr. Bush and Mr. President.";
        let found = after(text, &[("Bush", Coarse::Per)], |w, n| {
            with_honorifics(w, n);
            with_titled_people(w, n);
        });
        assert_eq!(found, [person("Mr. King"), person("Ms Price"), person("Mr. Bush")]);
    }
}
