//! Source resolution: the entity group a source mention refers to.
//!
//! - a PERSON or ORG (then GPE, NORP) mention inside the source span → its group;
//! - a pronoun ("He", "she", "they", "who") → the most recent compatible speaker: the last
//!   resolved source, or a PERSON mention that opens a sentence (a subject);
//! - a role noun phrase ("the Belgian justice minister") → [`Roles::resolve`].

use crate::entities::{Entity, Group, Label, Roles};
use crate::span::Span;

/// What a pronoun can refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pronoun {
    Person,
    /// "they", "it", "we": an organisation or a place first, else a person.
    Collective,
    /// "who": the mention just before it.
    Relative,
}

fn pronoun(word: &str) -> Option<Pronoun> {
    match word.to_lowercase().as_str() {
        "he" | "she" | "him" | "her" | "i" => Some(Pronoun::Person),
        "they" | "it" | "we" => Some(Pronoun::Collective),
        "who" | "which" => Some(Pronoun::Relative),
        _ => None,
    }
}

/// Resolves sources in text order, remembering the last speakers.
pub struct Speakers<'a> {
    text: &'a str,
    entities: &'a [Entity],
    groups: &'a [Group],
    roles: &'a Roles,
    /// Sentence-initial PERSON mentions (byte start, group), in text order.
    subjects: Vec<(usize, usize)>,
    last_person: Option<(usize, usize)>,
    last_collective: Option<(usize, usize)>,
}

impl<'a> Speakers<'a> {
    /// `sentence_starts` are the byte offsets where sentences start.
    pub fn new(text: &'a str, entities: &'a [Entity], groups: &'a [Group], roles: &'a Roles, sentence_starts: &[usize]) -> Speakers<'a> {
        let subjects = entities
            .iter()
            .filter(|e| e.label == Label::Person)
            .filter(|e| {
                let k = sentence_starts.partition_point(|&s| s <= e.span.start);
                k > 0 && text.get(sentence_starts[k - 1]..e.span.start).is_some_and(|gap| gap.chars().all(|c| !c.is_alphanumeric()))
            })
            .map(|e| (e.span.start, e.group))
            .collect();
        Speakers { text, entities, groups, roles, subjects, last_person: None, last_collective: None }
    }

    /// The group of the source mention `span`. Call in text order of the sources.
    pub fn resolve(&mut self, span: Span) -> Option<usize> {
        // Sentence subjects before this source are speakers in waiting.
        let k = self.subjects.partition_point(|&(s, _)| s < span.start);
        if let Some(&(at, group)) = k.checked_sub(1).and_then(|k| self.subjects.get(k)) {
            if self.last_person.is_none_or(|(p, _)| p < at) {
                self.last_person = Some((at, group));
            }
        }
        let found = self.named(span).or_else(|| self.by_pronoun(span)).or_else(|| self.by_role(span));
        if let Some(g) = found {
            let label = self.groups.get(g).map(|g| g.label);
            if label == Some(Label::Person) {
                self.last_person = Some((span.start, g));
            } else if label.is_some() {
                self.last_collective = Some((span.start, g));
            }
        }
        found
    }

    fn inside(&self, span: Span) -> impl Iterator<Item = &'a Entity> {
        let first = self.entities.partition_point(|e| e.span.end <= span.start);
        self.entities[first.min(self.entities.len())..].iter().take_while(move |e| e.span.start < span.end).filter(move |e| span.contains(e.span))
    }

    fn named(&self, span: Span) -> Option<usize> {
        [Label::Person, Label::Org, Label::Gpe, Label::Norp]
            .into_iter()
            .find_map(|label| self.inside(span).find(|e| e.label == label))
            .map(|e| e.group)
    }

    fn by_pronoun(&self, span: Span) -> Option<usize> {
        let word = span.text(self.text).trim();
        match pronoun(word)? {
            Pronoun::Person => self.last_person.map(|(_, g)| g),
            Pronoun::Collective => self.last_collective.or(self.last_person).map(|(_, g)| g),
            Pronoun::Relative => {
                // The mention that "who" follows: ", who said".
                let k = self.entities.partition_point(|e| e.span.end <= span.start);
                let e = self.entities.get(k.checked_sub(1)?)?;
                let gap = self.text.get(e.span.end..span.start)?;
                (gap.trim() == "," || gap.trim().is_empty()).then_some(e.group)
            }
        }
    }

    fn by_role(&self, span: Span) -> Option<usize> {
        self.roles.resolve(self.text, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::TextLayer;

    fn person(text: &str, name: &str, group: usize) -> Entity {
        let start = text.find(name).unwrap();
        Entity { span: Span::new(start, start + name.len()), label: Label::Person, group, confidence: 1.0 }
    }

    fn group(label: Label, name: &str) -> Group {
        Group { label, name: name.into(), mentions: vec![] }
    }

    fn span_of(text: &str, s: &str, from: usize) -> Span {
        let start = from + text[from..].find(s).unwrap();
        Span::new(start, start + s.len())
    }

    #[test]
    fn names_then_pronouns_resolve_to_the_last_speaker() {
        let text = "Anna Berg said it. Carl Dahl agreed. He added more. She left.";
        let entities = vec![person(text, "Anna Berg", 0), person(text, "Carl Dahl", 1)];
        let groups = vec![group(Label::Person, "Anna Berg"), group(Label::Person, "Carl Dahl")];
        let roles = Roles::new(text, &TextLayer::new(text), &entities, &groups);
        let starts: Vec<usize> = [0, 19, 37, 52].to_vec();
        let mut s = Speakers::new(text, &entities, &groups, &roles, &starts);
        assert_eq!(s.resolve(span_of(text, "Anna Berg", 0)), Some(0));
        // "Carl Dahl" opened a sentence without being a source: still the last speaker for "He".
        assert_eq!(s.resolve(span_of(text, "He", 0)), Some(1));
    }

    #[test]
    fn relative_pronoun_and_organisations() {
        let text = "The Agency, which said so. Ben Ek, who spoke. They said no.";
        let agency = Entity { span: Span::new(4, 10), label: Label::Org, group: 0, confidence: 1.0 };
        let entities = vec![agency, person(text, "Ben Ek", 1)];
        let groups = vec![group(Label::Org, "Agency"), group(Label::Person, "Ben Ek")];
        let roles = Roles::new(text, &TextLayer::new(text), &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &[0, 27, 45]);
        assert_eq!(s.resolve(span_of(text, "The Agency", 0)), Some(0));
        assert_eq!(s.resolve(span_of(text, "who", 0)), Some(1));
        assert_eq!(s.resolve(span_of(text, "They", 0)), Some(0));
    }
}
