//! Named entities (PERSON, ORG, places, NORP, EVENT, LAW): the learned tagger, then the word
//! lists for the fine types, and a confidence calibrated on held-out data.

use crate::learn::Calibration;
use super::fine::fine_label;
use super::tagger::Tagger;
use super::Entity;
use crate::learn::Model;
use crate::text::TextLayer;

/// The embedded model (`presslens train ner` writes it) and its calibration table.
const MODEL: &[u8] = include_bytes!("../../data/models/ner.bin");
const CALIBRATION: &str = include_str!("../../data/models/ner-calibration.txt");

/// Finds names; holds the embedded model and word lists, loaded once.
#[derive(Debug, Default)]
pub struct NameFinder {
    /// `None` only if the embedded model does not load (then no names are found).
    tagger: Option<Tagger>,
    calibration: Calibration,
}

impl NameFinder {
    pub fn load() -> NameFinder {
        let tagger = Model::from_bytes(MODEL).and_then(Tagger::new).ok();
        NameFinder { tagger, calibration: Calibration::parse(CALIBRATION) }
    }

    /// Named-entity mentions in text order, not overlapping; `group` is set later.
    pub fn find(&self, text: &str, layer: &TextLayer) -> Vec<Entity> {
        let Some(tagger) = &self.tagger else { return Vec::new() };
        tagger
            .tag(text, layer)
            .into_iter()
            .filter_map(|f| {
                let label = fine_label(text, layer.tokens.get(f.tokens.clone())?, f.coarse)?;
                Some(Entity { span: f.span, label, group: 0, confidence: self.calibration.confidence(f.margin) })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads() {
        assert!(NameFinder::load().tagger.is_some());
    }

    #[test]
    fn the_model_was_trained_with_the_word_lists_it_is_built_with() {
        // The lists are model features: after editing one, retrain (`presslens train ner`).
        let recorded = CALIBRATION.lines().find_map(|l| l.strip_prefix("# lists "));
        assert_eq!(recorded, Some(format!("{:016x}", super::super::tagger::lists_fingerprint()).as_str()));
    }

    #[test]
    fn odd_inputs_give_spans_on_char_boundaries() {
        let finder = NameFinder::load();
        for text in ["", " ", "\u{0}\u{1}", "😀 Émile Zola 😀", "«Ça» „Berlin“ ’s ’", "A.B.C.D.E.F.G.H", "Ab-Cd-Ef'Gh's", "\r\rParis\r"] {
            let layer = TextLayer::new(text);
            for e in finder.find(text, &layer) {
                assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end) && e.span.start < e.span.end);
                assert!((0.0..=1.0).contains(&e.confidence));
            }
        }
    }

    #[test]
    fn a_very_long_sentence_is_tagged_in_pieces() {
        // 600 tokens with no sentence end; a name at token 401 (past the 200-token pieces' edges).
        let text = format!("{} Angela Merkel spoke {}", "and the talks went on ".repeat(80), "and the talks went on ".repeat(40));
        let layer = TextLayer::new(&text);
        assert_eq!(layer.sentences.len(), 1);
        let found = NameFinder::load().find(&text, &layer);
        assert!(found.iter().any(|e| e.span.text(&text) == "Angela Merkel"), "{found:?}");
        assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
