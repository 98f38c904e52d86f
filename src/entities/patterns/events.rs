//! EVENT, where a pattern is reliable: names complete in themselves ("World War II", "the
//! Olympics", with a year: "the 2016 Olympics"), capitalised names ending in an event word
//! ("the Vietnam War", "the French Revolution"), and "the G20 summit".

use super::heads::{continues, run_before, with_article};
use super::Found;
use crate::entities::phrases::Phrases;
use crate::entities::words::Words;
use crate::entities::Label;
use crate::lexicon::embedded_list;

embedded_list! {
    fn names() -> Phrases = Phrases::new, "event-names.txt";
    fn heads() -> Phrases = Phrases::new, "event-heads.txt";
}

/// The event starting (for names) or ending (for headed names) at token `h`.
pub fn event(w: &Words, h: usize) -> Option<(usize, Found)> {
    named(w, h).or_else(|| headed(w, h)).or_else(|| summit(w, h))
}

/// "World War II", "the Olympics", "the 2016 Olympics".
fn named(w: &Words, h: usize) -> Option<(usize, Found)> {
    if !w.is_capitalised(h) {
        return None;
    }
    let len = names().match_at(w, h)?;
    // "the 2016 Olympics", "the Beijing Olympics", "the 2012 Summer Olympics".
    let start = run_before(w, h).unwrap_or(h);
    Some((with_article(w, start), Found::new(h + len, Label::Event, 0.9)))
}

/// "the Vietnam War", "the French Revolution", "the Lisbon Summit": a capitalised modifier
/// and an event word that ends the name.
fn headed(w: &Words, h: usize) -> Option<(usize, Found)> {
    let len = heads().match_ending(w, h)?;
    let first = h + 1 - len;
    if !(first..=h).all(|k| w.is_capitalised(k)) || continues(w, h + 1) {
        return None;
    }
    let start = run_before(w, first)?;
    Some((with_article(w, start), Found::new(h + 1, Label::Event, 0.85)))
}

/// "the G20 summit", "the NATO summit": an acronym and a lower-case "summit".
fn summit(w: &Words, h: usize) -> Option<(usize, Found)> {
    if w.raw(h) != "summit" || h == 0 || !w.is_all_caps(h - 1) || w.raw(h - 1).len() > 6 {
        return None;
    }
    Some((with_article(w, h - 1), Found::new(h + 1, Label::Event, 0.8)))
}

#[cfg(test)]
mod tests {
    use super::super::tests::found_of;
    use crate::entities::Label::Event;

    fn events(text: &str) -> Vec<&str> {
        found_of(text, Event)
    }

    #[test]
    fn events_by_name_and_head() {
        assert_eq!(events("after World War II ended"), ["World War II"]);
        assert_eq!(events("at the 2016 Olympics in"), ["the 2016 Olympics"]);
        assert_eq!(events("at the Beijing Olympics"), ["the Beijing Olympics"]);
        assert_eq!(events("during the Vietnam War"), ["the Vietnam War"]);
        assert_eq!(events("the French Revolution"), ["the French Revolution"]);
        assert_eq!(events("at the G20 summit"), ["the G20 summit"]);
        assert_eq!(events("since the Second World War"), ["the Second World War"]);
    }

    #[test]
    fn not_events() {
        assert_eq!(events("the war in Iraq"), Vec::<&str>::new());
        assert_eq!(events("the Vietnam War Memorial"), Vec::<&str>::new());
        assert_eq!(events("War broke out"), Vec::<&str>::new());
        assert_eq!(events("a summit in Lisbon"), Vec::<&str>::new());
        assert_eq!(events("the International Crisis Group"), Vec::<&str>::new());
        assert_eq!(events("WALES BEAT SAN MARINO IN WORLD CUP QUALIFIER"), ["WORLD CUP"]);
        assert_eq!(events("RESULTS OF SOUTH KOREAN PRO-SOCCER GAMES"), Vec::<&str>::new());
        assert_eq!(events("Results at Berlin\nGrand Prix meeting"), Vec::<&str>::new());
    }
}
