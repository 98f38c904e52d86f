//! "BBC Radio 4", "BBC Radio 5 Live", "Channel 4 News": a broadcaster's station or channel
//! named by a number. The tagger stops at the number ("[BBC Radio] 5 [Live that Channel 4
//! News]"), so the name takes in the number and the word of the station's name after it, and
//! a name the tagger began inside them starts after them.

use super::names::Name;
use super::tagger::Coarse;
use super::words::Words;

/// Words that a station's number follows.
fn is_station_word(word: &str) -> bool {
    matches!(word, "Radio" | "Channel")
}

/// Words of a station's name after its number ("Radio 5 Live", "Channel 4 News").
fn is_station_suffix(word: &str) -> bool {
    matches!(word, "Live" | "News" | "Extra" | "Xtra" | "Plus")
}

/// Extends the names that end in a station word over its number (names in text order, not
/// overlapping; they stay so).
pub fn with_station_numbers(w: &Words, names: &mut Vec<Name>) {
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for mut name in std::mem::take(names) {
        // A name begun inside the station's name before it starts after it.
        if let Some(prev) = out.last().filter(|p| name.tokens.start < p.tokens.end) {
            name.tokens.start = prev.tokens.end;
            if name.tokens.is_empty() {
                continue;
            }
        }
        let end = name.tokens.end;
        let number = w.is_number(end) && w.raw(end).len() <= 2 && w.raw(end).bytes().all(|b| b.is_ascii_digit());
        if is_station_word(w.raw(end - 1)) && number {
            name.tokens.end = if is_station_suffix(w.raw(end + 1)) { end + 2 } else { end + 1 };
            name.coarse = Coarse::Org;
        }
        out.push(name);
    }
    *names = out;
}

#[cfg(test)]
mod tests {
    use super::super::names::test_names::{after, named, org};
    use super::*;

    fn stations(text: &str, names: &[(&str, Coarse)]) -> Vec<(String, Coarse)> {
        after(text, names, with_station_numbers)
    }

    #[test]
    fn a_station_takes_its_number() {
        let names = [("BBC Radio", Coarse::Org), ("Live that Channel 4 News", Coarse::Org)];
        assert_eq!(stations("He said on BBC Radio 5 Live that Channel 4 News had it wrong.", &names), [org("BBC Radio 5 Live"), org("that Channel 4 News")]);
        assert_eq!(stations("She told Radio 4 on Monday.", &[("Radio", Coarse::Per)]), [org("Radio 4")]);
        // Not a year or a count after other names.
        assert_eq!(stations("Radio 2019 and Norvex 4 times", &[("Norvex", Coarse::Per)]), [named("Norvex", Coarse::Per)]);
    }
}
