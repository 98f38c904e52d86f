//! ORG, for stock-market indices a list names ("the S&P 500", "the FTSE 100", "the Nikkei"):
//! the tagger, trained on 1996 news, splits them ("S&P") or misses them.

use super::Found;
use crate::entities::phrases::Phrases;
use crate::entities::words::Words;
use crate::entities::Label;
use crate::lexicon::embedded_list;

embedded_list! {
    fn indices() -> Phrases = Phrases::new, "market-indices.txt";
}

/// The index named from token `h`, which must be capitalised.
pub fn index(w: &Words, h: usize) -> Option<(usize, Found)> {
    if !w.is_capitalised(h) {
        return None;
    }
    let len = indices().match_at(w, h)?;
    Some((h, Found::new(h + len, Label::Org, 0.9)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextLayer;

    fn named(text: &str) -> Vec<&str> {
        let layer = TextLayer::new(text);
        let w = Words::new(text, &layer);
        (0..w.len()).filter_map(|h| index(&w, h)).map(|(s, f)| w.span(s, f.end).text(text)).collect()
    }

    #[test]
    fn listed_indices_are_whole_names() {
        assert_eq!(named("The S&P 500 rose and the FTSE 100 fell; the Nikkei 225 was flat."), ["S&P 500", "FTSE 100", "Nikkei 225"]);
        assert!(named("the dax of the nikkei").is_empty());
    }
}
