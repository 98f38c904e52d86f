//! DATE, as OntoNotes (and so spaCy) marks it: calendar dates ("26 November 2026", "Nov. 26",
//! "Monday"), months and years with their modifiers ("early May", "mid-May", "late 2018"),
//! decades and centuries with their article ("the 1990s", "the 19th century"), relative dates
//! ("last week", "this year", "two years ago", "the past five years", "recent years"),
//! durations in days to centuries ("three months", "a three-day visit"), holidays, seasons
//! with a year or a modifier, quarters of a year.
//!
//! Bare month names that are also common words ("May", "March") and bare years count only
//! where the neighbours make a date likely; "2018 people" is a count, not a date.

use super::numbers::{amount, integer, split_digits};
use super::Found;
use crate::entities::calendar::{months, weekdays};
use crate::entities::phrases::Phrases;
use crate::lexicon::embedded_list;
use crate::entities::words::Words;
use crate::entities::Label;

embedded_list! {
    fn holidays() -> Phrases = Phrases::new, "holidays.txt";
}

/// Words before a bare year or an ambiguous month name that make it a date ("in May").
fn date_context(word: &str) -> bool {
    matches!(
        word,
        "in" | "since" | "until" | "till" | "by" | "from" | "of" | "during" | "before" | "after" | "through"
            | "between" | "and" | "to" | "or" | "early" | "late" | "mid" | "last" | "next" | "this" | "year"
            | "fiscal" | "throughout" | "-" | "–" | "around" | "circa" | "spring" | "summer" | "autumn" | "winter"
    )
}

/// Words after a bare year that leave it a year ("in 2018 the company...", "2018, when").
fn function_word(word: &str) -> bool {
    matches!(
        word,
        "and" | "or" | "to" | "when" | "the" | "a" | "as" | "that" | "which" | "was" | "were" | "is" | "had"
            | "has" | "in" | "on" | "at" | "for" | "with" | "but" | "after" | "before" | "while" | "until"
            | "saw" | "marked" | "brought"
    )
}

fn calendar_unit(word: &str) -> bool {
    matches!(
        word,
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "decade" | "decades"
            | "century" | "centuries" | "weekend" | "weekends" | "fortnight" | "quarter"
    )
}

fn season(word: &str) -> bool {
    matches!(word, "spring" | "summer" | "autumn" | "fall" | "winter")
}

/// A month name at `i` (capitalised; abbreviations with their period or before a day number).
/// The flag says whether the name is also a common word ("May", "March").
pub(super) fn month_at(w: &Words, i: usize) -> Option<bool> {
    if !w.is_capitalised(i) {
        return None;
    }
    let raw = w.raw(i);
    let lower = w.lower(i);
    let name = lower.strip_suffix('.').unwrap_or(lower);
    if !months().contains(name) {
        return None;
    }
    let full = name.len() >= 5 || matches!(name, "may" | "june" | "july");
    if !full && !raw.ends_with('.') && day_at(w, i + 1).is_none() {
        return None;
    }
    Some(matches!(name, "may" | "march"))
}

/// A weekday name at `i`, capitalised; abbreviations only with their period.
pub(super) fn weekday_at(w: &Words, i: usize) -> bool {
    let lower = w.lower(i);
    let name = lower.strip_suffix('.').unwrap_or(lower);
    w.is_capitalised(i) && weekdays().contains(name) && (name.len() >= 6 || w.raw(i).ends_with('.'))
}

/// A day of the month at `i`: "26", "26th", "1st".
fn day_at(w: &Words, i: usize) -> Option<u32> {
    if !w.is_number(i) {
        return None;
    }
    let (digits, suffix) = split_digits(w.raw(i))?;
    let day = integer(digits)?;
    ((1..=31).contains(&day) && matches!(suffix, "" | "st" | "nd" | "rd" | "th")).then_some(day)
}

/// A four-digit year at `i`, 1000 to 2099.
pub(super) fn year_at(w: &Words, i: usize) -> bool {
    w.is_number(i) && w.raw(i).len() == 4 && integer(w.raw(i)).is_some_and(|y| (1000..=2099).contains(&y))
}

/// A decade at `i`: "1990s", "’90s".
fn decade_at(w: &Words, i: usize) -> bool {
    if !w.is_number(i) {
        return false;
    }
    let raw = w.raw(i);
    let short = raw.trim_start_matches(['\'', '’']);
    if short.len() < raw.len() {
        return short.len() == 3 && short.ends_with("0s") && short.as_bytes()[0].is_ascii_digit();
    }
    matches!(split_digits(raw), Some((d, "s")) if d.len() == 4 && d.ends_with('0') && integer(d).is_some())
}

/// An ordinal century at `i`: "19th", "21st", "nineteenth".
fn century_ordinal(w: &Words, i: usize) -> bool {
    let lower = w.lower(i);
    match split_digits(lower) {
        Some((d, "st" | "nd" | "rd" | "th")) => integer(d).is_some_and(|n| (1..=22).contains(&n)),
        _ => lower.ends_with("teenth") || matches!(lower, "first" | "second" | "third" | "fifth" | "eighth" | "tenth" | "twentieth"),
    }
}

/// The date starting at token `i`: the longest form that fits.
pub fn date(w: &Words, i: usize) -> Option<Found> {
    [the_date, calendar, modified, relative, duration, numeric_date, named_day]
        .iter()
        .filter_map(|f| f(w, i))
        .max_by(|a, b| a.end.cmp(&b.end).then(a.confidence.total_cmp(&b.confidence)))
}

/// Month, day and year in either order, a weekday with its date, a bare month or year.
fn calendar(w: &Words, i: usize) -> Option<Found> {
    // "Monday, Nov. 26": the weekday with its date.
    // "The Sunday Telegraph", "the Monday Club": a weekday opening a name.
    let opens_name = w.is_capitalised(i + 1) && month_at(w, i + 1).is_none() && w.lower(i + 1) != ",";
    let after_the = i.checked_sub(1).is_some_and(|p| w.lower(p) == "the");
    if weekday_at(w, i) && !(opens_name && after_the) {
        let after = if w.lower(i + 1) == "," { i + 2 } else { i + 1 };
        let dated = month_day(w, after).filter(|f| f.end > after + 1);
        return Some(dated.map_or(Found::new(i + 1, Label::Date, 0.95), |f| Found::new(f.end, Label::Date, 0.97)));
    }
    // "26 November 2026", "1 May": day before the month.
    if day_at(w, i).is_some() && month_at(w, i + 1).is_some() {
        let end = if year_at(w, i + 2) { i + 3 } else { i + 2 };
        return Some(Found::new(end, Label::Date, 0.97));
    }
    // "the 26th of November".
    if w.lower(i) == "the" && day_at(w, i + 1).is_some() && w.lower(i + 2) == "of" && month_at(w, i + 3).is_some() {
        let end = if year_at(w, i + 4) { i + 5 } else { i + 4 };
        return Some(Found::new(end, Label::Date, 0.95));
    }
    if let Some(f) = month_day(w, i) {
        return Some(f);
    }
    bare_year(w, i)
}

/// A month with an optional day and year: "November 26, 2026", "Nov. 26", "May 2018", "May".
fn month_day(w: &Words, i: usize) -> Option<Found> {
    let ambiguous = month_at(w, i)?;
    if day_at(w, i + 1).is_some() {
        let year = if w.lower(i + 2) == "," && year_at(w, i + 3) {
            Some(i + 4)
        } else if year_at(w, i + 2) {
            Some(i + 3)
        } else {
            None
        };
        return Some(Found::new(year.unwrap_or(i + 2), Label::Date, 0.97));
    }
    if year_at(w, i + 1) {
        return Some(Found::new(i + 2, Label::Date, 0.96));
    }
    // A month alone; "April Smith" is a name, "May" a verb unless the neighbours say date.
    if w.is_capitalised(i + 1) && !month_at(w, i + 1).is_some() {
        return None;
    }
    let context = i.checked_sub(1).is_some_and(|p| date_context(w.lower(p)));
    match (ambiguous, context) {
        (false, _) => Some(Found::new(i + 1, Label::Date, if context { 0.93 } else { 0.85 })),
        (true, true) => Some(Found::new(i + 1, Label::Date, 0.85)),
        (true, false) => None,
    }
}

/// A year on its own: sure after "in", "since"...; not when a noun follows ("2018 people").
fn bare_year(w: &Words, i: usize) -> Option<Found> {
    if !year_at(w, i) {
        // "2018-19", "2009/10": a span of years.
        let (digits, suffix) = split_digits(w.raw(i)).filter(|_| w.is_number(i))?;
        let second = suffix.strip_prefix(['-', '/', '–'])?;
        let first_ok = digits.len() == 4 && integer(digits).is_some_and(|y| (1000..=2099).contains(&y));
        let second_ok = (second.len() == 2 || second.len() == 4) && integer(second).is_some();
        return (first_ok && second_ok).then(|| Found::new(i + 1, Label::Date, 0.9));
    }
    let before = i.checked_sub(1).map_or("", |p| w.lower(p));
    if date_context(before) {
        return Some(Found::new(i + 1, Label::Date, 0.92));
    }
    // "the 2018 election", "Belgium's 2018 budget": a year as a modifier.
    if matches!(before, "the" | "a" | "its" | "their" | "his" | "her") || (i > 0 && w.is_possessive(i - 1)) {
        return Some(Found::new(i + 1, Label::Date, 0.85));
    }
    let next = w.lower(i + 1);
    let word_follows = w.is_word(i + 1) && !w.is_capitalised(i + 1) && !function_word(next);
    (!word_follows && !w.is_number(i + 1)).then(|| Found::new(i + 1, Label::Date, 0.75))
}

/// "early May", "mid-May", "late 2018", "mid-1990s", "the early 1990s", and their dates.
fn modified(w: &Words, i: usize) -> Option<Found> {
    let lower = w.lower(i);
    if let Some(rest) = lower.strip_prefix("mid-") {
        let ok = months().contains(rest)
            || (rest.len() == 4 && integer(rest).is_some_and(|y| (1000..=2099).contains(&y)))
            || (rest.len() == 5 && rest.ends_with("0s") && integer(&rest[..4]).is_some());
        return ok.then(|| Found::new(i + 1, Label::Date, 0.95));
    }
    if !matches!(lower, "early" | "mid" | "late") {
        return None;
    }
    let j = i + 1;
    if let Some(f) = month_day(w, j).filter(|_| w.is_capitalised(j)) {
        return Some(Found::new(f.end, Label::Date, 0.95));
    }
    if year_at(w, j) || decade_at(w, j) {
        return Some(Found::new(j + 1, Label::Date, 0.93));
    }
    None
}

/// Forms that take their article: "the 1990s", "the early 1990s", "the 19th century",
/// "the end of May", "the first quarter of 2019".
fn the_date(w: &Words, i: usize) -> Option<Found> {
    let (j, the) = if w.lower(i) == "the" { (i + 1, true) } else { (i, false) };
    if decade_at(w, j) {
        return Some(Found::new(j + 1, Label::Date, 0.93));
    }
    if the && matches!(w.lower(j), "early" | "mid" | "late") && decade_at(w, j + 1) {
        return Some(Found::new(j + 2, Label::Date, 0.93));
    }
    if the && w.lower(j).starts_with("mid-") && modified(w, j).is_some() {
        return Some(Found::new(j + 1, Label::Date, 0.93));
    }
    if century_ordinal(w, j) && w.lower(j + 1) == "century" {
        return Some(Found::new(j + 2, Label::Date, 0.92));
    }
    if the && matches!(w.lower(j), "early" | "mid" | "late") && century_ordinal(w, j + 1) && w.lower(j + 2) == "century" {
        return Some(Found::new(j + 3, Label::Date, 0.92));
    }
    if !the {
        return None;
    }
    // "the end of May", "the beginning of the year".
    if matches!(w.lower(j), "end" | "beginning" | "start" | "middle") && w.lower(j + 1) == "of" {
        let k = j + 2;
        if let Some(f) = [calendar, modified, relative, the_date].iter().filter_map(|f| f(w, k)).max_by_key(|f| f.end) {
            return Some(Found::new(f.end, Label::Date, f.confidence.min(0.9)));
        }
        if w.lower(k) == "the" && calendar_unit(w.lower(k + 1)) && !w.lower(k + 1).ends_with('s') {
            return Some(Found::new(k + 2, Label::Date, 0.85));
        }
    }
    // "the first quarter of 2019", "the second half of this year".
    let ordinal = matches!(w.lower(j), "first" | "second" | "third" | "fourth" | "final" | "last");
    // "the first quarter": in the news, a period of the year; "the first half" only with "of".
    if ordinal && w.lower(j + 1) == "quarter" && w.lower(j + 2) != "of" {
        return Some(Found::new(j + 2, Label::Date, 0.8));
    }
    if ordinal && matches!(w.lower(j + 1), "quarter" | "half") && w.lower(j + 2) == "of" {
        let k = j + 3;
        if year_at(w, k) {
            return Some(Found::new(k + 1, Label::Date, 0.92));
        }
        if matches!(w.lower(k), "this" | "last" | "next" | "the") && w.lower(k + 1) == "year" {
            return Some(Found::new(k + 2, Label::Date, 0.88));
        }
    }
    // "the summer of 2018".
    if season(w.lower(j)) && w.lower(j + 1) == "of" && year_at(w, j + 2) {
        return Some(Found::new(j + 3, Label::Date, 0.9));
    }
    None
}

/// "today", "last week", "this year", "next Monday", "earlier this month", "the past five
/// years", "the coming weeks", "recent years".
fn relative(w: &Words, i: usize) -> Option<Found> {
    let lower = w.lower(i);
    match lower {
        // "Radio 4's Today programme": a programme's title, not a date.
        "today" if w.raw(i) == "Today" && matches!(w.lower(i + 1), "programme" | "program" | "show") => return None,
        "today" | "yesterday" | "tomorrow" => {
            return Some(Found::new(i + 1, Label::Date, if lower == "today" { 0.85 } else { 0.93 }));
        }
        "earlier" | "later" if matches!(w.lower(i + 1), "this" | "last" | "next") => {
            let inner = relative(w, i + 1)?;
            return Some(Found::new(inner.end, Label::Date, inner.confidence));
        }
        "recent" if calendar_unit(w.lower(i + 1)) && w.lower(i + 1).ends_with('s') => {
            return Some(Found::new(i + 2, Label::Date, 0.85));
        }
        "this" | "last" | "next" | "past" | "coming" => {
            let j = i + 1;
            let unit = calendar_unit(w.lower(j)) || season(w.lower(j)) || weekday_at(w, j) || month_at(w, j).is_some();
            // "last year", but not "the last days of" (handled with "the").
            return (unit && !w.lower(j).ends_with('s')).then(|| Found::new(j + 1, Label::Date, 0.9));
        }
        "the" => {}
        _ => return None,
    }
    let j = i + 1;
    if !matches!(w.lower(j), "past" | "last" | "next" | "coming" | "previous" | "following" | "first") {
        return None;
    }
    let k = j + 1;
    if let Some(c) = count(w, k) {
        let unit = w.lower(c);
        if calendar_unit(unit) && unit.ends_with('s') {
            return Some(Found::new(c + 1, Label::Date, 0.9));
        }
    }
    let unit = w.lower(k);
    // Without a count, only "the coming weeks" is plural ("the last days of" is not a date).
    let plural_ok = w.lower(j) == "coming";
    (calendar_unit(unit) && (plural_ok || !unit.ends_with('s')) && w.lower(j) != "first")
        .then(|| Found::new(k + 1, Label::Date, 0.86))
}

/// A small count before a unit of time: digits or number words without magnitude,
/// "several", "a few", "a couple of". Returns the index after it.
pub(super) fn count(w: &Words, i: usize) -> Option<usize> {
    match (w.lower(i), w.lower(i + 1), w.lower(i + 2)) {
        ("several", ..) => return Some(i + 1),
        ("a", "few", _) => return Some(i + 2),
        ("a", "couple", "of") => return Some(i + 3),
        _ => {}
    }
    let a = amount(w, i).filter(|a| !a.magnitude && a.suffix.is_empty())?;
    Some(a.end)
}

/// "two years", "10 days ago", "a year ago", "a three-day visit", "a 10-year plan".
fn duration(w: &Words, i: usize) -> Option<Found> {
    // A unit written onto the number: "three-day", "10-year", "five-year-old".
    let lower = w.lower(i);
    if let Some((number, unit)) = lower.split_once('-') {
        let unit = unit.strip_suffix("-old").unwrap_or(unit);
        let numeric = match split_digits(number) {
            Some((d, "")) => integer(d).is_some(),
            _ => number.split('-').all(|n| amount_word(n)),
        };
        if numeric && calendar_unit(unit) && !unit.ends_with('s') {
            return Some(Found::new(i + 1, Label::Date, 0.75));
        }
        return None;
    }
    if matches!(lower, "a" | "an") {
        let ago = matches!(w.lower(i + 2), "ago" | "earlier" | "later");
        return (calendar_unit(w.lower(i + 1)) && ago).then(|| Found::new(i + 3, Label::Date, 0.9));
    }
    let c = count(w, i)?;
    let unit = w.lower(c);
    if !calendar_unit(unit) || year_at(w, i) {
        return None;
    }
    let end = c + 1;
    if matches!(w.lower(end), "ago" | "earlier" | "later" | "old") {
        return Some(Found::new(end + 1, Label::Date, 0.92));
    }
    Some(Found::new(end, Label::Date, 0.8))
}

fn amount_word(word: &str) -> bool {
    matches!(
        word,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten" | "eleven" | "twelve"
            | "fifteen" | "twenty" | "thirty" | "forty" | "fifty" | "hundred"
    )
}

/// "2026-11-26", "26/11/2026", "11/26/2026".
fn numeric_date(w: &Words, i: usize) -> Option<Found> {
    if !w.is_number(i) {
        return None;
    }
    let raw = w.raw(i);
    let parts: Vec<&str> = raw.split(['-', '/']).collect();
    let [a, b, c] = parts[..] else { return None };
    let n = |s: &str| integer(s);
    let ok = match (a.len(), c.len()) {
        (4, 2) => n(a).is_some_and(|y| (1000..=2099).contains(&y)) && n(b).is_some_and(|m| (1..=12).contains(&m)) && n(c).is_some_and(|d| (1..=31).contains(&d)),
        (1 | 2, 4) => n(c).is_some_and(|y| (1000..=2099).contains(&y)) && n(a).is_some_and(|x| (1..=31).contains(&x)) && n(b).is_some_and(|x| (1..=31).contains(&x)) && b.len() <= 2,
        _ => false,
    };
    ok.then(|| Found::new(i + 1, Label::Date, 0.95))
}

/// Holidays ("Christmas", "New Year's Day") and seasons with a year ("summer 2018").
fn named_day(w: &Words, i: usize) -> Option<Found> {
    if season(w.lower(i)) && year_at(w, i + 1) {
        return Some(Found::new(i + 2, Label::Date, 0.9));
    }
    if !w.is_capitalised(i) {
        return None;
    }
    let len = holidays().match_at(w, i)?;
    // "Christmas Island" is a place.
    (!w.is_capitalised(i + len)).then(|| Found::new(i + len, Label::Date, 0.8))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found_of;
    use crate::entities::Label::Date;

    fn dates(text: &str) -> Vec<&str> {
        found_of(text, Date)
    }

    #[test]
    fn calendar_dates() {
        assert_eq!(dates("published Monday in Le Monde"), ["Monday"]);
        assert_eq!(dates("on 26 November 2026 and on Nov. 26, 2026."), ["26 November 2026", "Nov. 26, 2026"]);
        assert_eq!(dates("On Monday, Nov. 26, he left"), ["Monday, Nov. 26"]);
        assert_eq!(dates("in November 2026"), ["November 2026"]);
        assert_eq!(dates("the 26th of November"), ["the 26th of November"]);
        assert_eq!(dates("It was 2026-11-26 or 26/11/2026"), ["2026-11-26", "26/11/2026"]);
        assert_eq!(dates("in April."), ["April"]);
    }

    #[test]
    fn modified_months_and_years() {
        assert_eq!(dates("in early May over"), ["early May"]);
        assert_eq!(dates("replied in mid-May that"), ["mid-May"]);
        assert_eq!(dates("by late 2018 and mid-2019"), ["late 2018", "mid-2019"]);
        assert_eq!(dates("in the 1990s and the early 1980s"), ["the 1990s", "the early 1980s"]);
        assert_eq!(dates("the 19th century"), ["the 19th century"]);
        assert_eq!(dates("in the late 19th century"), ["the late 19th century"]);
        assert_eq!(dates("by the end of May"), ["the end of May"]);
        assert_eq!(dates("in the first quarter of 2019"), ["the first quarter of 2019"]);
        assert_eq!(dates("profits in the third quarter rose"), ["the third quarter"]);
        assert_eq!(dates("in the first half the team"), Vec::<&str>::new());
    }

    #[test]
    fn years() {
        assert_eq!(dates("entered the airport in 2018, is"), ["2018"]);
        assert_eq!(dates("the 2018 election"), ["2018"]);
        assert_eq!(dates("the 2009-10 season"), ["2009-10"]);
    }

    #[test]
    fn relative_dates_and_durations() {
        assert_eq!(dates("last week, this year and next Monday"), ["last week", "this year", "next Monday"]);
        assert_eq!(dates("earlier this month"), ["earlier this month"]);
        assert_eq!(dates("over the past five years"), ["the past five years"]);
        assert_eq!(dates("in recent years"), ["recent years"]);
        assert_eq!(dates("two years ago"), ["two years ago"]);
        assert_eq!(dates("a year ago"), ["a year ago"]);
        assert_eq!(dates("for three months"), ["three months"]);
        assert_eq!(dates("a three-day visit"), ["three-day"]);
        assert_eq!(dates("yesterday"), ["yesterday"]);
        assert_eq!(dates("at Christmas and in summer 2018"), ["Christmas", "summer 2018"]);
    }

    #[test]
    fn not_dates() {
        assert_eq!(dates("Alibaba May invest"), Vec::<&str>::new());
        assert_eq!(dates("Prices may rise"), Vec::<&str>::new());
        assert_eq!(dates("There were 2018 people"), Vec::<&str>::new());
        assert_eq!(dates("April Smith said"), Vec::<&str>::new());
        assert_eq!(dates("on Christmas Island"), Vec::<&str>::new());
        assert_eq!(dates("The Sunday Telegraph reported"), Vec::<&str>::new());
        assert_eq!(dates("a day to remember"), Vec::<&str>::new());
        assert_eq!(dates("the last days of"), Vec::<&str>::new());
        assert_eq!(dates("He counted 12345 votes"), Vec::<&str>::new());
        assert_eq!(dates("told Radio 4's Today programme"), Vec::<&str>::new());
    }
}
