//! "USA Today", "Psychology Today", "India Today": a capitalised "Today" right after a name,
//! inside a sentence, ends the title of a publication or programme, not a date. The tagger
//! stops before it (and the date patterns take it for a DATE), so the name takes it in and is
//! an organisation. A sentence-initial "Today" stays a date, and so does one in a headline in
//! title case ("Leaders Meet Xi Today"), where a capitalised word comes before the name.

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Takes a "Today" after a name into it (names in text order, not overlapping; they stay so).
pub fn with_today_title(w: &Words, names: &mut Vec<Name>) {
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for name in std::mem::take(names) {
        // "Today" tagged as a name of its own, already taken in by the name before.
        if let Some(prev) = out.last_mut().filter(|p| name.tokens.start < p.tokens.end) {
            prev.tokens.end = prev.tokens.end.max(name.tokens.end);
            continue;
        }
        out.push(name);
        let Some(name) = out.last_mut() else { continue };
        let (start, end) = (name.tokens.start, name.tokens.end);
        let headline = start > 0 && !w.starts_sentence(start) && w.is_capitalised(start - 1);
        let today = |i: usize| w.raw(i) == "Today" && !w.starts_sentence(i);
        if headline {
            continue;
        }
        if today(end) {
            name.tokens.end = end + 1;
            name.coarse = Coarse::Org;
        } else if end - start >= 2 && today(end - 1) {
            // "Psychology Today" tagged whole, as a person's name.
            name.coarse = Coarse::Org;
        }
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named};
    use super::*;

    fn titled(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, with_today_title)
    }


    #[test]
    fn today_after_a_name_ends_a_title() {
        let text = "A reporter for USA Today spotted her.";
        assert_eq!(titled(text, &[("USA", Coarse::Loc)]), [named("USA Today", Coarse::Org)]);
        let text = "She wrote for Psychology Today and India Today.";
        assert_eq!(titled(text, &[("Psychology Today", Coarse::Per), ("India", Coarse::Loc)]), [named("Psychology Today", Coarse::Org), named("India Today", Coarse::Org)]);
        let text = "USA Today reported it.";
        assert_eq!(titled(text, &[("USA", Coarse::Loc), ("Today", Coarse::Org)]), [named("USA Today", Coarse::Org)]);
    }

    #[test]
    fn other_todays_are_left_alone() {
        // Sentence-initial, lower case, in capitals, after a punctuation mark, in a headline.
        let text = "He met Merkel. Today he flies home.";
        assert_eq!(titled(text, &[("Merkel", Coarse::Per)]), [named("Merkel", Coarse::Per)]);
        let text = "He met Merkel today.";
        assert_eq!(titled(text, &[("Merkel", Coarse::Per)]), [named("Merkel", Coarse::Per)]);
        let text = "RESULTS FROM BELGIUM TODAY";
        assert_eq!(titled(text, &[("BELGIUM", Coarse::Loc)]), [named("BELGIUM", Coarse::Loc)]);
        let text = "He met Merkel, Today said.";
        assert_eq!(titled(text, &[("Merkel", Coarse::Per)]), [named("Merkel", Coarse::Per)]);
        let text = "Leaders Meet Xi Today";
        assert_eq!(titled(text, &[("Xi", Coarse::Per)]), [named("Xi", Coarse::Per)]);
        let text = "Leaders Meet Xi Jinping Today";
        assert_eq!(titled(text, &[("Xi Jinping Today", Coarse::Per)]), [named("Xi Jinping Today", Coarse::Per)]);
    }
}
