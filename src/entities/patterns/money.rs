//! MONEY: "$3.5bn", "€20", "US$ 5 million", "EUR 20", "100 million euros", "20 cents".

use super::numbers::amount;
use super::Found;
use crate::entities::gazetteer::{Class, Gazetteer};
use crate::entities::phrases::{Phrases, WordSet};
use crate::lexicon::{embedded_list, word_set};
use crate::entities::words::Words;
use crate::entities::Label;

embedded_list! {
    fn symbols() -> WordSet = word_set, "currency-symbols.txt";
    fn codes() -> WordSet = word_set, "currency-codes.txt";
    fn names() -> Phrases = Phrases::new, "currencies.txt";
}

/// Currency names that are also common words or units: less sure.
fn ambiguous(name: &str) -> bool {
    matches!(name, "pound" | "pounds" | "won" | "rand" | "lira" | "sterling")
}

/// The money amount starting at token `i` (after any modifier words).
pub fn money(w: &Words, i: usize) -> Option<Found> {
    // Symbol first: "$5", "US$ 5 million", "HK$3.5bn".
    let mut s = i;
    if w.is_all_caps(i) && w.raw(i).len() <= 3 && symbols().contains(w.raw(i + 1)) && w.joined(i + 1) {
        s = i + 1;
    }
    if symbols().contains(w.raw(s)) {
        let a = amount(w, s + 1).filter(|a| a.digits && a.suffix.is_empty())?;
        // "up to £18m or 10% of revenue": the range's second number is a percentage.
        let percent = matches!(w.lower(a.end), "%" | "percent" | "per");
        let end = if percent { (s + 2..a.end).find(|&k| matches!(w.lower(k), "to" | "or" | "and" | "-" | "–")).unwrap_or(a.end) } else { a.end };
        return Some(Found::new(end, Label::Money, 0.97));
    }
    // Code first: "EUR 20", "USD 5 million".
    if codes().contains(w.raw(i)) {
        let a = amount(w, i + 1).filter(|a| a.digits && a.suffix.is_empty())?;
        return Some(Found::new(a.end, Label::Money, 0.93));
    }
    // Amount first: "100 million euros", "20 cents", "5 million USD".
    let a = amount(w, i).filter(|a| a.suffix.is_empty())?;
    if codes().contains(w.raw(a.end)) {
        return Some(Found::new(a.end + 1, Label::Money, 0.93));
    }
    // "1,200 Kenyan shillings": a nationality before the currency's name.
    let national = || w.is_capitalised(a.end) && Gazetteer::get().classes_of(w.raw(a.end)) & Class::Nationality.bit() != 0;
    let (at, len) = match names().match_at(w, a.end) {
        Some(len) => (a.end, len),
        None => {
            let len = names().match_at(w, a.end + 1)?;
            if !national() {
                return None;
            }
            (a.end + 1, len)
        }
    };
    let end = at + len;
    let name = w.lower(end - 1);
    // "5 pounds of rice" is a weight.
    if name.starts_with("pound") && w.lower(end) == "of" {
        return None;
    }
    let confidence = if ambiguous(name) { 0.75 } else if a.digits { 0.96 } else { 0.92 };
    Some(Found::new(end, Label::Money, confidence))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found;
    use crate::entities::Label::{Money, Percent};

    #[test]
    fn symbols_codes_and_names() {
        assert_eq!(found("invest 100 million euros in"), [("100 million euros", Money)]);
        assert_eq!(found("paid $3.5bn for"), [("$3.5bn", Money)]);
        assert_eq!(found("a €20 fee"), [("€20", Money)]);
        assert_eq!(found("worth US$ 5 million."), [("US$ 5 million", Money)]);
        assert_eq!(found("£1.2 billion"), [("£1.2 billion", Money)]);
        assert_eq!(found("costs 20 cents"), [("20 cents", Money)]);
        assert_eq!(found("EUR 20, or 25 USD"), [("EUR 20", Money), ("25 USD", Money)]);
        assert_eq!(found("more than $100 million"), [("more than $100 million", Money)]);
        assert_eq!(found("five million U.S. dollars"), [("five million U.S. dollars", Money)]);
        assert_eq!(found("hundreds of millions of dollars"), [("hundreds of millions of dollars", Money)]);
        assert_eq!(found("paid 1,200 Kenyan shillings, or 380 kwacha"), [("1,200 Kenyan shillings", Money), ("380 kwacha", Money)]);
        // A range's second amount is money too; not a percentage after "or".
        assert_eq!(found("fines of £5m to 10m"), [("£5m to 10m", Money)]);
        assert_eq!(found("fine up to £18m or 10% of revenue"), [("up to £18m", Money), ("10%", Percent)]);
    }

    #[test]
    fn not_money() {
        assert_eq!(found("the dollar fell"), []);
        assert_eq!(found("5 pounds of rice"), []);
        assert_eq!(found("the team won 3 games"), []);
        assert_eq!(found("He paid $ and left"), []);
        assert_eq!(found("eur 20"), []);
        assert_eq!(found("sent 300 Kenyan troops"), []);
    }
}
