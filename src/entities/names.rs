//! Named entities (PERSON, ORG, places, NORP, EVENT, LAW): the learned tagger, then the word
//! lists for the fine types, and a confidence calibrated on held-out data.

use std::ops::Range;

use crate::learn::Calibration;
use super::coordinated::without_coordinated;
use super::datelines::with_datelines;
use super::facility_heads::with_facility_heads;
use super::fine::fine_label;
use super::kin::with_kin;
use super::leading_words::without_leading_words;
use super::numbered_stations::with_station_numbers;
use super::gazetteer::{Class, Gazetteer};
use super::headlines::without_headline_words;
use super::consistent_types::with_consistent_types;
use super::initialisms::{with_dotted_initialisms, with_initialisms};
use super::list_types::with_list_types;
use super::org_places::without_org_places;
use super::place_pairs::with_places_in_places;
use super::eponyms::without_eponyms;
use super::honorifics::{with_honorifics, with_titled_people};
use super::org_heads::type_by_head;
use super::org_contexts::with_company_contexts;
use super::org_of::with_org_complements;
use super::org_trades::with_trades;
use super::place_nouns::with_place_nouns;
use super::person_words::without_non_name_words;
use super::possessive_names::with_possessive_openers;
use super::speaker_names::with_speaker_names;
use super::surnames::{with_surnames_as_people, with_surnames_in_capitals};
use super::today_title::with_today_title;
use super::trailing_words::without_trailing_words;
use super::tagger::{Coarse, Tagger};
use super::words::Words;
use super::{Entity, Label};
use crate::learn::Model;
use crate::span::Span;
use crate::text::{TextLayer, Token, TokenKind};

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

    /// Named-entity mentions in text order, not overlapping; `group` is set later. `words` is
    /// the view of `layer`'s tokens the pattern matchers share.
    pub fn find(&self, text: &str, layer: &TextLayer, words: &Words) -> Vec<Entity> {
        let Some(tagger) = &self.tagger else { return Vec::new() };
        let mut names: Vec<Name> = tagger
            .tag(text, layer)
            .into_iter()
            .map(|f| {
                let (tokens, coarse) = without_role_tail(text, &layer.tokens, f.tokens, f.coarse);
                let coarse = type_by_head(text, &layer.tokens, &tokens, coarse);
                Name { tokens, coarse, margin: f.margin }
            })
            .collect();
        with_name_particles(text, &layer.tokens, &mut names);
        without_eponyms(words, &mut names);
        with_station_numbers(words, &mut names);
        without_leading_words(words, &mut names);
        without_non_name_words(words, &mut names);
        without_trailing_words(words, &mut names);
        without_coordinated(words, &mut names);
        without_org_places(words, &mut names);
        with_surnames_as_people(words, &mut names);
        with_company_contexts(words, &mut names);
        with_kin(words, &mut names);
        with_trades(words, &mut names);
        with_place_nouns(words, &mut names);
        with_facility_heads(words, &mut names);
        with_possessive_openers(words, &mut names);
        with_org_complements(words, &mut names);
        with_today_title(words, &mut names);
        without_headline_words(text, layer, &mut names);
        with_datelines(words, &mut names);
        with_list_types(words, &mut names);
        with_places_in_places(words, &mut names);
        with_initialisms(words, &mut names);
        with_dotted_initialisms(words, &mut names);
        with_consistent_types(words, &mut names);
        with_honorifics(words, &mut names);
        with_titled_people(words, &mut names);
        with_surnames_in_capitals(words, &mut names);
        with_speaker_names(words, &mut names);
        names
            .into_iter()
            .filter_map(|n| {
                let tokens = without_marks(layer.tokens.get(n.tokens)?);
                // A name has a capital or a digit: what is left of "’s" read as a name is not one.
                let written = |t: &Token| t.text(text).chars().any(|c| c.is_uppercase() || c.is_numeric());
                if !tokens.iter().any(written) {
                    return None;
                }
                let label = fine_label(text, tokens, n.coarse)?;
                // A people is never "The" anything ("The Dutchman" → "Dutchman").
                let tokens = match tokens {
                    [the, rest @ ..] if label == Label::Norp && !rest.is_empty() && the.text(text) == "The" => rest,
                    _ => tokens,
                };
                let span = Span::new(tokens.first()?.span.start, tokens.last()?.span.end);
                Some(Entity { span, label, group: 0, confidence: self.calibration.confidence(n.margin) })
            })
            .collect()
    }
}

/// A name's tokens without quote marks at either end: the tagger, trained on straight quotes
/// only, sometimes takes in a curly one ("“We").
fn without_marks(mut tokens: &[Token]) -> &[Token] {
    while let [first, rest @ ..] = tokens {
        if !matches!(first.kind, TokenKind::Quote(_)) {
            break;
        }
        tokens = rest;
    }
    while let [rest @ .., last] = tokens {
        if !matches!(last.kind, TokenKind::Quote(_)) {
            break;
        }
        tokens = rest;
    }
    tokens
}

/// A name as tagged, then adjusted: its tokens, coarse type and score margin.
pub(super) struct Name {
    pub tokens: Range<usize>,
    pub coarse: Coarse,
    pub margin: f32,
}

/// Which of the text's `len` tokens the names cover.
pub(super) fn covered_tokens(len: usize, names: &[Name]) -> Vec<bool> {
    let mut covered = vec![false; len];
    for n in names {
        for slot in covered.get_mut(n.tokens.clone()).into_iter().flatten() {
            *slot = true;
        }
    }
    covered
}

/// Adds `added` to `names`, keeping them in text order.
pub(super) fn add_names(names: &mut Vec<Name>, added: Vec<Name>) {
    if !added.is_empty() {
        names.extend(added);
        names.sort_by_key(|n| n.tokens.start);
    }
}

/// Lower-case words inside Arabic names ("Osama bin Laden", "Ali Hassan al-Majid").
pub(super) fn is_particle(word: &str) -> bool {
    matches!(word, "bin" | "ibn" | "bint" | "al" | "el" | "abu")
}

/// "al-Majid", "el-Din": a lower-case particle joined to a capitalised name.
fn is_particle_name(word: &str) -> bool {
    word.split_once(['-', '‐']).is_some_and(|(p, rest)| matches!(p, "al" | "el" | "ad" | "ar" | "as" | "ash" | "at" | "az" | "an") && rest.chars().next().is_some_and(char::is_uppercase))
}

/// The tagger, trained on texts with few Arabic names, often stops a person's name at a
/// lower-case particle: "Ali Hassan [al-Majid]", "[bin] Laden", "Osama [bin] Laden". A person's
/// name takes in such a particle (and the capitalised word after it), joining the next name
/// when that word starts one. Names stay in order and do not overlap.
fn with_name_particles(text: &str, tokens: &[Token], names: &mut Vec<Name>) {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.text(text));
    let mut out: Vec<Name> = Vec::with_capacity(names.len());
    for mut name in names.drain(..) {
        // "Osama" + "bin" + "Laden": joined to the person's name before.
        if let Some(prev) = out.last_mut() {
            let e = prev.tokens.end;
            if prev.coarse == Coarse::Per && name.tokens.start == e + 1 && is_particle(word(e)) {
                prev.tokens.end = name.tokens.end;
                prev.margin = prev.margin.min(name.margin);
                continue;
            }
        }
        let free_from = out.last().map_or(0, |p| p.tokens.end);
        if name.coarse == Coarse::Per {
            let s = name.tokens.start;
            // "bin Laden": a particle right before, not part of another name.
            if s >= 1 && s - 1 >= free_from && is_particle(word(s - 1)) {
                name.tokens.start = s - 1;
            }
        }
        out.push(name);
    }
    // "Ali Hassan" + "al-Majid" not tagged: taken in.
    let starts: Vec<usize> = out.iter().skip(1).map(|n| n.tokens.start).chain([usize::MAX]).collect();
    for (name, next) in out.iter_mut().zip(starts) {
        let e = name.tokens.end;
        if name.coarse == Coarse::Per && e < next && is_particle_name(word(e)) {
            name.tokens.end = e + 1;
        }
    }
    *names = out;
}

/// A role noun is not part of the name before it: "the Smithson MP" or "the Acme Corp
/// spokesman" name "Smithson" and "Acme Corp". The tagger, seeing two capitalised words, may
/// take both for one organisation; the role is cut off, and a lone word left before a role
/// that no list knows is taken for a person's name (as in "the Smithson MP").
fn without_role_tail(text: &str, tokens: &[Token], range: Range<usize>, coarse: Coarse) -> (Range<usize>, Coarse) {
    let gaz = Gazetteer::get();
    let classes = |i: usize| tokens.get(i).map_or(0, |t| gaz.classes_of(t.text(text)));
    let capitalised = |i: usize| tokens.get(i).and_then(|t| t.text(text).chars().next()).is_some_and(char::is_uppercase);
    let last = range.end.saturating_sub(1);
    let is_role = classes(last) & Class::Title.bit() != 0 && classes(last) & Class::OrgWord.bit() == 0;
    if coarse == Coarse::Per || range.len() < 2 || !is_role || !capitalised(last - 1) {
        return (range, coarse);
    }
    let kept = range.start..last;
    let coarse = if kept.len() == 1 && coarse == Coarse::Org && classes(kept.start) == 0 { Coarse::Per } else { coarse };
    (kept, coarse)
}

/// Names as a rule after the tagger sees them, for the rules' tests.
#[cfg(test)]
pub(super) mod test_names {
    use super::{Coarse, Name};
    use crate::entities::words::Words;
    use crate::span::Span;
    use crate::text::TextLayer;

    /// A name for each (words, type), at the first place `text` has those words.
    pub fn tagged(text: &str, layer: &TextLayer, names: &[(&str, Coarse)]) -> Vec<Name> {
        let t = &layer.tokens;
        names
            .iter()
            .map(|&(s, coarse)| {
                let at = text.find(s).unwrap();
                let first = t.iter().position(|x| x.span.start == at).unwrap();
                let last = t.iter().position(|x| x.span.end == at + s.len()).unwrap();
                Name { tokens: first..last + 1, coarse, margin: 1.0 }
            })
            .collect()
    }

    /// The names as (words, type).
    pub fn shown(text: &str, layer: &TextLayer, names: &[Name]) -> Vec<(String, Coarse)> {
        let t = &layer.tokens;
        names.iter().map(|n| (Span::new(t[n.tokens.start].span.start, t[n.tokens.end - 1].span.end).text(text).to_string(), n.coarse)).collect()
    }

    /// The names of `text` after `rule`, given the tagged names (words, type).
    pub fn after(text: &str, names: &[(&str, Coarse)], rule: impl FnOnce(&Words, &mut Vec<Name>)) -> Vec<(String, Coarse)> {
        let layer = TextLayer::new(text);
        let mut found = tagged(text, &layer, names);
        rule(&Words::new(text, &layer), &mut found);
        shown(text, &layer, &found)
    }

    /// A name as `after` shows it.
    pub fn named(s: &str, coarse: Coarse) -> (String, Coarse) {
        (s.to_string(), coarse)
    }

    pub fn org(s: &str) -> (String, Coarse) {
        named(s, Coarse::Org)
    }

    pub fn place(s: &str) -> (String, Coarse) {
        named(s, Coarse::Loc)
    }

    pub fn person(s: &str) -> (String, Coarse) {
        named(s, Coarse::Per)
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
    fn a_role_noun_after_a_name_is_not_part_of_it() {
        let text = "In his reply to the Vandermolen MP, the minister said no.";
        let layer = TextLayer::new(text);
        let tokens = &layer.tokens;
        let at = |w: &str| tokens.iter().position(|t| t.text(text) == w).unwrap();
        let (name, mp) = (at("Vandermolen"), at("MP"));
        assert_eq!(without_role_tail(text, tokens, name..mp + 1, Coarse::Org), (name..mp, Coarse::Per));
        // A known word before the role keeps its type; a name without a role is left alone.
        let text = "the Belgian MP and the Vandermolen party";
        let layer = TextLayer::new(text);
        let t = &layer.tokens;
        assert_eq!(without_role_tail(text, t, 1..3, Coarse::Misc), (1..2, Coarse::Misc));
        assert_eq!(without_role_tail(text, t, 5..7, Coarse::Org), (5..7, Coarse::Org));
    }

    #[test]
    fn arabic_name_particles_join_the_name() {
        let text = "Ali Hassan al-Majid met Osama bin Laden. Later bin Laden left. The al-Qaida group.";
        let layer = TextLayer::new(text);
        let t = &layer.tokens;
        let at = |w: &str| t.iter().position(|x| x.text(text) == w).unwrap();
        let name = |r: Range<usize>| Name { tokens: r, coarse: Coarse::Per, margin: 1.0 };
        let laden2 = t.iter().rposition(|x| x.text(text) == "Laden").unwrap();
        let mut names = vec![name(0..2), name(at("Osama")..at("Osama") + 1), name(at("Laden")..at("Laden") + 1), name(laden2..laden2 + 1)];
        with_name_particles(text, t, &mut names);
        let got: Vec<&str> = names.iter().map(|n| Span::new(t[n.tokens.start].span.start, t[n.tokens.end - 1].span.end).text(text)).collect();
        assert_eq!(got, ["Ali Hassan al-Majid", "Osama bin Laden", "bin Laden"]);
        // Not a person: left alone.
        let mut org = vec![Name { tokens: at("The") + 1..at("group"), coarse: Coarse::Org, margin: 1.0 }];
        with_name_particles(text, t, &mut org);
        assert_eq!(org[0].tokens, at("The") + 1..at("group"));
    }

    #[test]
    fn odd_inputs_give_spans_on_char_boundaries() {
        let finder = NameFinder::load();
        for text in ["", " ", "\u{0}\u{1}", "😀 Émile Zola 😀", "«Ça» „Berlin“ ’s ’", "A.B.C.D.E.F.G.H", "Ab-Cd-Ef'Gh's", "\r\rParis\r"] {
            let layer = TextLayer::new(text);
            for e in finder.find(text, &layer, &Words::new(text, &layer)) {
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
        let found = NameFinder::load().find(&text, &layer, &Words::new(&text, &layer));
        assert!(found.iter().any(|e| e.span.text(&text) == "Angela Merkel"), "{found:?}");
        assert!(found.windows(2).all(|w| w[0].span.end <= w[1].span.start));
    }
}
