//! TIME, as OntoNotes marks it: clock times ("3 p.m.", "10:30", "15:00 GMT", "5 o'clock"),
//! parts of a day ("Monday morning", "last night", "tonight"), "noon", and durations under a
//! day ("two hours", "30 minutes").

use super::dates::{count, weekday_at};
use super::numbers::{integer, split_digits};
use super::Found;
use crate::entities::words::Words;
use crate::entities::Label;

fn part_of_day(word: &str) -> bool {
    matches!(word, "morning" | "afternoon" | "evening" | "night")
}

fn clock_unit(word: &str) -> bool {
    matches!(word, "hour" | "hours" | "minute" | "minutes" | "second" | "seconds")
}

fn am_pm(word: &str) -> bool {
    matches!(word, "am" | "pm" | "a.m" | "p.m" | "a.m." | "p.m.")
}

fn time_zone(word: &str) -> bool {
    matches!(word, "gmt" | "utc" | "est" | "edt" | "cet" | "cest" | "bst" | "pst" | "pdt" | "cst" | "cdt" | "et" | "pt")
}

/// The time starting at token `i`.
pub fn time(w: &Words, i: usize) -> Option<Found> {
    [clock, day_part, duration].iter().filter_map(|f| f(w, i)).max_by_key(|f| f.end)
}

/// "3 p.m.", "3pm", "10:30", "10.30am", "15:00 GMT", "5 o'clock", "noon".
fn clock(w: &Words, i: usize) -> Option<Found> {
    if matches!(w.lower(i), "noon" | "midnight" | "midday") {
        return Some(Found::new(i + 1, Label::Time, 0.85));
    }
    if !w.is_number(i) {
        return None;
    }
    let (digits, suffix) = split_digits(w.raw(i))?;
    let (hours, mut minutes) = match digits.split_once('.') {
        Some((h, m)) if m.len() == 2 => (integer(h)?, integer(m)),
        Some(_) => return None,
        None => (integer(digits)?, None),
    };
    let mut end = i + 1;
    let mut suffix = suffix.to_ascii_lowercase();
    // "10:30": the colon and the minutes, written without spaces.
    if suffix.is_empty() && minutes.is_none() && w.raw(end) == ":" && w.joined(end) && w.joined(end + 1) {
        let (m, rest) = split_digits(w.raw(end + 1)).filter(|(m, _)| m.len() == 2)?;
        minutes = integer(m);
        suffix = rest.to_ascii_lowercase();
        end += 2;
    }
    if hours > 24 || minutes.is_some_and(|m| m > 59) {
        return None;
    }
    let mut marked = am_pm(&suffix);
    if !marked && !suffix.is_empty() {
        return None;
    }
    if !marked && am_pm(w.lower(end)) {
        marked = true;
        end += 1;
    }
    // "a.m" and its period, when the tokenizer left the period apart.
    if marked && matches!(w.lower(end - 1), "a.m" | "p.m") && w.raw(end) == "." && w.joined(end) {
        end += 1;
    }
    if w.lower(end) == "o'clock" || w.lower(end) == "o’clock" {
        return Some(Found::new(end + 1, Label::Time, 0.93));
    }
    if !marked && minutes.is_none() {
        return None;
    }
    // "1.24" and "2.43" are decimals unless a.m. or p.m. follows.
    if !marked && digits.contains('.') {
        return None;
    }
    if marked && hours > 12 {
        return None;
    }
    let zoned = if time_zone(w.lower(end)) && w.is_all_caps(end) {
        end += 1;
        true
    } else if w.lower(end) == "local" && w.lower(end + 1) == "time" {
        end += 2;
        true
    } else {
        false
    };
    // "10:30" alone is a clock time after "at", "by", "until"...; in a results table "1:34"
    // is a race time or a score.
    let introduced = i.checked_sub(1).is_some_and(|p| {
        matches!(w.lower(p), "at" | "by" | "until" | "till" | "from" | "to" | "before" | "after" | "around" | "since" | "about")
    });
    if !marked && !zoned && !introduced {
        return None;
    }
    Some(Found::new(end, Label::Time, if marked || zoned { 0.95 } else { 0.85 }))
}

/// "Monday morning", "this morning", "last night", "yesterday afternoon", "tonight".
fn day_part(w: &Words, i: usize) -> Option<Found> {
    let lower = w.lower(i);
    if lower == "tonight" {
        return Some(Found::new(i + 1, Label::Time, 0.9));
    }
    let lead = weekday_at(w, i) || matches!(lower, "this" | "last" | "yesterday" | "tomorrow" | "early" | "late");
    let part = w.lower(i + 1);
    let ok = lead && (part_of_day(part) || (lower == "last" && part == "night"));
    // "late night" is not a time; "early morning" is.
    (ok && !(lower == "late" && part == "night")).then(|| Found::new(i + 2, Label::Time, 0.9))
}

/// "two hours", "30 minutes ago", "a few hours".
fn duration(w: &Words, i: usize) -> Option<Found> {
    let c = if matches!(w.lower(i), "an" | "a") && clock_unit(w.lower(i + 1)) { i + 1 } else { count(w, i)? };
    if !clock_unit(w.lower(c)) {
        return None;
    }
    let end = c + 1;
    if matches!(w.lower(end), "ago" | "earlier" | "later") {
        return Some(Found::new(end + 1, Label::Time, 0.9));
    }
    // "an hour" alone is too vague a mention to mark.
    (c > i + 1 || !matches!(w.lower(i), "a" | "an")).then(|| Found::new(end, Label::Time, 0.82))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found_of;
    use crate::entities::Label::Time;

    fn times(text: &str) -> Vec<&str> {
        found_of(text, Time)
    }

    #[test]
    fn clock_times() {
        assert_eq!(times("at 3 p.m. on"), ["3 p.m."]);
        assert_eq!(times("at 3pm and at 10:30 and 15:00 GMT"), ["3pm", "10:30", "15:00 GMT"]);
        assert_eq!(times("at 10.30am"), ["10.30am"]);
        assert_eq!(times("at 10:30 a.m. local time"), ["10:30 a.m. local time"]);
        assert_eq!(times("by 5 o'clock"), ["5 o'clock"]);
        assert_eq!(times("at noon"), ["noon"]);
    }

    #[test]
    fn parts_of_days_and_durations() {
        assert_eq!(times("on Monday morning"), ["Monday morning"]);
        assert_eq!(times("last night and this morning"), ["last night", "this morning"]);
        assert_eq!(times("for two hours"), ["two hours"]);
        assert_eq!(times("30 minutes ago"), ["30 minutes ago"]);
        assert_eq!(times("a few hours"), ["a few hours"]);
    }

    #[test]
    fn not_times() {
        assert_eq!(times("won 3:1"), Vec::<&str>::new());
        assert_eq!(times("9. Andersson 1:34 10. Skibby 1:45"), Vec::<&str>::new());
        assert_eq!(times("third overall, 1.24 behind, and 2.43 million"), Vec::<&str>::new());
        assert_eq!(times("chapter 3 and 25:99"), Vec::<&str>::new());
        assert_eq!(times("an hour"), Vec::<&str>::new());
        assert_eq!(times("late night talk"), Vec::<&str>::new());
    }
}
