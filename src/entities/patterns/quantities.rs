//! PERCENT ("90 percent", "12.5%", "5 per cent") and QUANTITY ("220,000 square meters",
//! "5 km", "3 tonnes", "a 5-kilometre road"). A number without a unit is neither.

use super::numbers::{amount, Amount};
use super::Found;
use crate::entities::phrases::Phrases;
use crate::entities::words::Words;
use crate::entities::Label;
use crate::lexicon::embedded_list;

embedded_list! {
    fn units() -> Phrases = Phrases::new, "units.txt";
}

/// The percentage starting at token `i` (after any modifier words).
pub fn percent(w: &Words, i: usize) -> Option<Found> {
    let a = amount(w, i)?;
    let suffix = a.suffix.to_ascii_lowercase();
    // "a 90-percent stake", "12.5%" written onto the number.
    if matches!(suffix.as_str(), "-percent" | "-per-cent" | "%") {
        return Some(Found::new(a.end, Label::Percent, 0.95));
    }
    if !a.suffix.is_empty() {
        return None;
    }
    let j = a.end;
    let len = match (w.lower(j), w.lower(j + 1)) {
        ("%", _) | ("percent", _) | ("pct", _) | ("pct.", _) => 1,
        ("per", "cent") => 2,
        ("percentage", "point" | "points") => 2,
        _ => return None,
    };
    let confidence = if a.digits { 0.97 } else { 0.93 };
    Some(Found::new(j + len, Label::Percent, confidence))
}

/// The quantity starting at token `i` (after any modifier words).
pub fn quantity(w: &Words, i: usize) -> Option<Found> {
    let a: Amount = amount(w, i)?;
    if !a.suffix.is_empty() {
        // "5km", "5-kilometre": the unit written onto the digits.
        let unit = a.suffix.trim_start_matches('-').to_lowercase();
        let known = units().contains_word(&unit);
        return known.then(|| Found::new(a.end, Label::Quantity, if a.suffix.starts_with('-') { 0.85 } else { 0.93 }));
    }
    let len = units().match_at(w, a.end)?;
    Some(Found::new(a.end + len, Label::Quantity, if a.digits { 0.94 } else { 0.9 }))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use crate::entities::Label::{Percent, Quantity};

    #[test]
    fn percentages() {
        assert_eq!(found("where 90 percent of the port"), [("90 percent", Percent)]);
        assert_eq!(found("rose 12.5% in"), [("12.5%", Percent)]);
        assert_eq!(found("by 5 per cent."), [("5 per cent", Percent)]);
        assert_eq!(found("a 90-percent stake"), [("90-percent", Percent)]);
        assert_eq!(found("ten percent"), [("ten percent", Percent)]);
        assert_eq!(found("about 2 percentage points"), [("about 2 percentage points", Percent)]);
        assert_eq!(found("between 5 and 10 percent"), [("between 5 and 10 percent", Percent)]);
    }

    #[test]
    fn quantities() {
        assert_eq!(found("covers 220,000 square meters."), [("220,000 square meters", Quantity)]);
        assert_eq!(found("a 5 km road"), [("5 km", Quantity)]);
        assert_eq!(found("a 5km road"), [("5km", Quantity)]);
        assert_eq!(found("3 tonnes of rice"), [("3 tonnes", Quantity)]);
        assert_eq!(found("walked 10 miles"), [("10 miles", Quantity)]);
        assert_eq!(found("a 5-kilometre stretch"), [("5-kilometre", Quantity)]);
        assert_eq!(found("up to 2 million barrels per day"), [("up to 2 million barrels per day", Quantity)]);
        assert_eq!(found("at 30 degrees Celsius"), [("30 degrees Celsius", Quantity)]);
    }

    #[test]
    fn a_plain_number_is_no_quantity() {
        assert_eq!(found("220,000 people live there"), []);
        assert_eq!(found("He counted 12 in all"), []);
        assert_eq!(found("percent"), []);
        assert_eq!(found("a 5-member board"), []);
    }
}
