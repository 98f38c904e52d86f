//! Source resolution: the entity group a source mention refers to, tried in this order:
//!
//! - the source's head (the last word of its first noun phrase: "Quikenborn" in "Belgian
//!   Justice Minister Quikenborn", "Crucke" in "Crucke, the Walloon minister,") inside a
//!   PERSON or ORG mention → its group;
//! - "it" or "they" after the claim's content in its sentence → the organisation the content
//!   opens with ("Novo expects growth of 8%, it said");
//! - a pronoun ("He", "she", "they", "who") → the most recent compatible speaker: a resolved
//!   source, or a PERSON mention that opens a sentence (a subject); "he" skips a speaker known
//!   to be a woman and "she" one known to be a man ([`super::gender`]); an unnamed person who
//!   spoke last ("A neighbour told the BBC ... she said") leaves the pronoun unresolved;
//! - the person named in apposition after the head ("The mayor, Anna Verbeke"), or after the
//!   head and its complement ("Its head of online safety policy, Rani Govender"); an
//!   organisation in apposition to an organisation noun ("The NHS spending watchdog, NICE");
//! - a head that is a role noun ("the Belgian justice minister") → [`Roles::resolve`];
//! - "the Spaniard", "the 46-year-old" (a person by nationality or age) → the person who spoke
//!   last, in this sentence or the two before, when no other person opened a sentence since;
//!   so too a role no one was introduced with ("the chancellor"), from this sentence or the
//!   one before, unless the speaker was introduced with another role;
//! - a GPE or NORP mention that is the whole source, but for a determiner or possessive
//!   ("Belgium fears ...") → its group; one that only modifies the head ("the Belgian MP")
//!   says nothing about who;
//! - "the company" (a business descriptor) → a business that spoke by its name in this
//!   sentence or the one before ("Apple said it would appeal. In a statement, the company
//!   argued ..."), even when another was introduced as a company earlier;
//! - "the <descriptor>" ("the newspaper") → the one organisation introduced with that
//!   descriptor before it ("the French newspaper Le Monde"); none when two fit; when none was
//!   introduced so ("the electric-car maker"), the one organisation named in its sentence
//!   before it or in the sentence before ("Shares of Tesla fell after the electric-car maker
//!   warned ..."); none when two are, but a business descriptor ("the company") skips public
//!   bodies ("Meta was fined by the European Commission. The company said ...": Meta), and
//!   "the regulator" takes the one public body among several ("the Commission") or the one
//!   introduced as a regulator or watchdog; a dateline's agency ("(Reuters) -") is none;
//! - an ORG mention elsewhere in the source ("an article in Le Monde", "a spokesman for X"):
//!   organisations speak through their articles and staff; not one in the complement of a
//!   maker, owner, parent or rival ("the maker of Wegovy"), nor one the source joins to
//!   another name ("Clinton and the State Department"). A PERSON elsewhere does not ("the
//!   lawyer of X" is not X).

use std::collections::{HashMap, HashSet};

use super::gender;
use crate::entities::{Entity, Group, Label, Roles};
use crate::lexicon::{embedded_list, word_set};
use crate::span::Span;
use crate::text::{dateline_end, is_title, tokenize, TextLayer, TokenKind};

embedded_list! {
    /// Nouns that describe an organisation ("newspaper", "company", "agency").
    fn descriptors() -> HashSet<&'static str> = word_set, "org-descriptors.txt";
    /// Nouns for people who speak unnamed ("neighbour", "witness"), with the role nouns.
    fn person_nouns() -> HashSet<&'static str> = word_set, "person-nouns.txt";
    fn role_nouns() -> HashSet<&'static str> = word_set, "roles.txt";
    /// Nouns for bodies and documents that take a stand ("campaign", "committee", "lawsuit").
    fn speaking_bodies() -> HashSet<&'static str> = word_set, "speaking-bodies.txt";
}

/// A role noun of `roles.txt` ("minister", "candidate"), in lower case.
pub fn is_role_noun(word: &str) -> bool {
    role_nouns().contains(word)
}

/// Whether a lower-case noun names someone who can take a stand: a person ("nurse"), a role
/// ("senator"), an organisation ("company") or a body or document ("campaign", "lawsuit"),
/// singular or plural.
pub fn is_speaker_noun(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    [word, singular].iter().any(|w| person_nouns().contains(w) || role_nouns().contains(w) || descriptors().contains(w) || speaking_bodies().contains(w))
}

/// Words that end a source's first noun phrase: its head is the word before.
fn ends_phrase(word: &str) -> bool {
    matches!(word, "of" | "for" | "at" | "in" | "on" | "from" | "with" | "by" | "to" | "who" | "which" | "whose" | "said" | "says")
}

fn is_determiner(word: &str) -> bool {
    matches!(word, "the" | "a" | "an" | "this" | "that")
}

fn is_participle(word: &str) -> bool {
    word.chars().count() > 4 && (word.ends_with("ed") || word.ends_with("ing"))
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "'" | "’")
}

/// The byte span (in the text) of a source's head word; None when the source is a
/// coordination ("X and Y": no one head) or has no word.
fn head_of(text: &str, span: Span) -> Option<Span> {
    let s = span.text(text);
    let mut head: Option<Span> = None;
    let tokens = tokenize(s);
    // "the NHS spending watchdog", "the holding company": an -ing word before an
    // organisation noun is part of the name for it.
    let before_organisation_noun = |k: usize| {
        tokens.get(k + 1).is_some_and(|n| {
            let next = n.text(s);
            next.starts_with(char::is_lowercase) && (descriptors().contains(next) || is_public_descriptor(next))
        })
    };
    for (k, t) in tokens.iter().enumerate() {
        let word = t.text(s).to_lowercase();
        match t.kind {
            TokenKind::Word | TokenKind::Number if matches!(word.as_str(), "and" | "or") => return None,
            TokenKind::Word if ends_phrase(&word) => break,
            TokenKind::Word if is_possessive(&word) || is_determiner(&word) => {}
            // A participle after the noun modifies it: "an article published Monday", "officials
            // speaking on condition ..." (but "the newly elected mayor").
            TokenKind::Word if is_participle(&word) && t.text(s).starts_with(char::is_lowercase) && head.is_some_and(|h| !h.text(text).ends_with("ly")) && !before_organisation_noun(k) => break,
            TokenKind::Word | TokenKind::Number => head = Some(Span::new(span.start + t.span.start, span.start + t.span.end)),
            // "Crucke, the Walloon minister,", "Sanders (I-Vt.)", "Le Monde: ...".
            _ if head.is_some() => break,
            _ => {}
        }
    }
    head
}

/// The words of a source without an opening determiner and a closing possessive or
/// punctuation: "the newspaper" → ["newspaper"].
fn core_words(text: &str, span: Span) -> Vec<String> {
    let s = span.text(text);
    let mut words: Vec<String> = tokenize(s).iter().filter(|t| t.is_word()).map(|t| t.text(s).to_lowercase()).collect();
    if words.first().is_some_and(|w| is_determiner(w)) {
        words.remove(0);
    }
    while words.last().is_some_and(|w| is_possessive(w)) {
        words.pop();
    }
    words
}

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
        "he" | "she" | "him" | "her" | "his" | "i" => Some(Pronoun::Person),
        "they" | "it" | "we" | "their" | "its" | "our" => Some(Pronoun::Collective),
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
    /// Organisations introduced with a descriptor noun: (byte start, descriptor, group), in
    /// text order ("the French newspaper Le Monde", "Le Monde, the French newspaper,").
    /// By descriptor: each introduction's (byte start, group, whether every introduction up
    /// to it is of the same group), in text order, so that "exactly one candidate" is a
    /// binary search.
    described: HashMap<String, Vec<(usize, usize, bool)>>,
    /// The group of each earlier resolved source by its common-noun head ("an article in Le
    /// Monde" → "article"), for "the article" later.
    by_head: HashMap<String, usize>,
    /// Persons who spoke or opened a sentence before the current source: (byte start, group),
    /// in text order; the next subject to add is `subjects[next_subject]`.
    people: Vec<(usize, usize)>,
    next_subject: usize,
    /// What is known of each group's gender ([`gender::FEMALE`], [`gender::MALE`] bits).
    genders: Vec<u8>,
    last_collective: Option<(usize, usize)>,
    /// The last source resolved to a person: (byte start, group).
    last_speaker: Option<(usize, usize)>,
    /// The last source that is an organisation by its name ("Apple said"): (byte start, group).
    last_named_org: Option<(usize, usize)>,
    /// Byte offsets where sentences start.
    sentence_starts: Vec<usize>,
    /// Datelines as byte spans, in text order.
    datelines: Vec<Span>,
}

/// How many earlier speakers a pronoun looks back over for one of its gender.
const LOOK_BACK: usize = 16;

impl<'a> Speakers<'a> {
    /// `layer` is the text's layer (its sentences and datelines).
    pub fn new(text: &'a str, entities: &'a [Entity], groups: &'a [Group], roles: &'a Roles, layer: &TextLayer) -> Speakers<'a> {
        let sentence_starts: Vec<usize> = layer.sentences.iter().map(|s| s.span.start).collect();
        // A wire story's datelines ("COPENHAGEN (Reuters) -"), as byte spans, in text order.
        let datelines = layer
            .sentences
            .iter()
            .filter_map(|s| {
                let end = dateline_end(text, &layer.tokens, s.tokens.start)?;
                Some(Span::new(s.span.start, layer.tokens.get(end.checked_sub(1)?)?.span.end))
            })
            .collect();
        // Where each sentence's first letter or digit is: a mention opens its sentence when it
        // starts there. Found once per sentence (checking the gap before every mention of a
        // long sentence that opens with marks would take time quadratic in its length).
        let first_word: Vec<usize> = sentence_starts
            .iter()
            .enumerate()
            .map(|(k, &start)| {
                let end = sentence_starts.get(k + 1).copied().unwrap_or(text.len());
                text.get(start..end).and_then(|s| s.find(char::is_alphanumeric)).map_or(end, |at| start + at)
            })
            .collect();
        let subjects = entities
            .iter()
            .filter(|e| e.label == Label::Person)
            .filter(|e| {
                let k = sentence_starts.partition_point(|&s| s <= e.span.start);
                k > 0 && first_word.get(k - 1).is_some_and(|&at| e.span.start <= at)
            })
            .map(|e| (e.span.start, e.group))
            .collect();
        let mut described: HashMap<String, Vec<(usize, usize, bool)>> = HashMap::new();
        for e in entities.iter().filter(|e| e.label == Label::Org) {
            if let Some(d) = descriptor_of(text, e.span) {
                let list = described.entry(d).or_default();
                let one = list.first().is_none_or(|f| f.1 == e.group) && list.last().is_none_or(|l| l.2);
                list.push((e.span.start, e.group, one));
            }
        }
        let genders = gender::of_groups(text, entities, groups);
        Speakers { text, entities, groups, roles, subjects, described, by_head: HashMap::new(), people: Vec::new(), next_subject: 0, genders, last_collective: None, last_speaker: None, last_named_org: None, sentence_starts, datelines }
    }

    /// The group of the source mention `span`, whose claim's content begins at `content`.
    /// Call in text order of the sources.
    pub fn resolve(&mut self, span: Span, content: Option<Span>) -> Option<usize> {
        // Sentence subjects before this source are speakers in waiting.
        while let Some(&(at, group)) = self.subjects.get(self.next_subject).filter(|(at, _)| *at < span.start) {
            self.add_person(at, group);
            self.next_subject += 1;
        }
        let head = head_of(self.text, span);
        // The source's words, once for the rules that read them.
        let words = core_words(self.text, span);
        let the = span.text(self.text).split_whitespace().next().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let named = head.and_then(|h| self.named_head(h));
        let found = named
            .or_else(|| self.by_pronoun(span, content))
            .or_else(|| head.and_then(|h| self.appositive(span, h)))
            .or_else(|| head.and_then(|h| self.roles.resolve(self.text, Span::new(span.start, h.end))))
            .or_else(|| self.by_epithet(span, &words))
            .or_else(|| self.place(span, &words))
            .or_else(|| self.by_business_speaking_before(span, &words, the))
            .or_else(|| self.by_descriptor(span, &words))
            .or_else(|| self.by_nearby_organisation(span, &words, the))
            .or_else(|| self.by_earlier_head(&words, the))
            .or_else(|| self.inside(span).find(|e| e.label == Label::Org).filter(|e| self.speaks_for(span, head, e)).map(|e| e.group));
        if let (Some(g), Some(h)) = (found, head) {
            let word = h.text(self.text);
            if word.chars().all(char::is_lowercase) {
                self.by_head.insert(word.to_string(), g);
            }
        }
        if found.is_none() {
            self.add_unnamed(span, head);
        }
        if let Some(g) = found {
            let label = self.groups.get(g).map(|g| g.label);
            if label == Some(Label::Person) {
                // A gendered role noun heading the source ("the spokeswoman") or pronoun.
                let said = head.map_or(0, |h| gender::of_word(h.text(self.text))) | gender::of_pronoun(span.text(self.text).trim());
                if let Some(known) = self.genders.get_mut(g).filter(|k| **k == 0) {
                    *known = said;
                }
                self.add_person(span.start, g);
                self.last_speaker = Some((span.start, g));
            } else if label.is_some() {
                self.last_collective = Some((span.start, g));
            }
            if named == Some(g) && label == Some(Label::Org) {
                self.last_named_org = Some((span.start, g));
            }
        }
        found
    }

    /// "A neighbour, who asked not to be named, told the BBC ... “…,” she said": an unnamed
    /// person who speaks is the one a later "she" refers to, though no group holds them. They
    /// join the speakers under an index past the groups' (with the gender their noun says), so
    /// that the pronoun resolves to nobody rather than to an earlier named person.
    fn add_unnamed(&mut self, span: Span, head: Option<Span>) {
        let Some(head) = head else { return };
        let word = head.text(self.text);
        let lower = word.to_lowercase();
        let person = word.starts_with(char::is_lowercase) && (person_nouns().contains(lower.as_str()) || role_nouns().contains(lower.as_str()));
        if person && pronoun(span.text(self.text).trim()).is_none() {
            self.genders.push(gender::of_word(word));
            self.add_person(span.start, self.genders.len() - 1);
        }
    }

    /// Adds a person who speaks (or opens a sentence) at byte `at`, after all those known.
    fn add_person(&mut self, at: usize, group: usize) {
        if self.people.last().is_none_or(|&(p, _)| p < at) {
            self.people.push((at, group));
        }
    }

    /// The most recent person who can be referred to by a pronoun of gender `g`.
    fn last_person(&self, g: u8) -> Option<usize> {
        let fits = |&&(_, group): &&(usize, usize)| gender::compatible(self.genders.get(group).copied().unwrap_or(0), g);
        // An unnamed speaker's index lies past the groups: nobody to resolve to.
        self.people.iter().rev().take(LOOK_BACK).find(fits).map(|&(_, group)| group).filter(|&group| group < self.groups.len())
    }

    fn inside(&self, span: Span) -> impl Iterator<Item = &'a Entity> {
        let first = self.entities.partition_point(|e| e.span.end <= span.start);
        self.entities[first.min(self.entities.len())..].iter().take_while(move |e| e.span.start < span.end).filter(move |e| span.contains(e.span))
    }

    /// The PERSON or ORG mention holding the head word.
    fn named_head(&self, head: Span) -> Option<usize> {
        let k = self.entities.partition_point(|e| e.span.end <= head.start);
        let e = self.entities.get(k)?;
        (e.span.contains(head) && matches!(e.label, Label::Person | Label::Org)).then_some(e.group)
    }

    /// The person named in apposition right after the head: "the mayor, Anna Verbeke", "the
    /// party's leader, Sir Ed Davey" (a title the name leaves out may come between); or the
    /// organisation after an organisation noun ("the spending watchdog, NICE").
    fn appositive(&self, span: Span, head: Span) -> Option<usize> {
        // The head's complement may come first, with a name of its own: "Its head of online
        // safety policy, Rani Govender", "The lawyer of Anna Berg, Jo Kim". The person ends the source.
        let last = self.inside(span).last().filter(|e| e.label == Label::Person && self.text.get(e.span.end..span.end).is_some_and(|rest| rest.trim().is_empty()));
        if let Some(e) = last {
            let between = self.text.get(head.end..e.span.start)?.trim();
            let complement = between.strip_suffix(',').filter(|c| !c.contains([',', ';', '(', ')'])).is_some_and(|c| matches!(c.split_whitespace().next(), Some("of" | "for" | "at")));
            if complement {
                return Some(e.group);
            }
        }
        let e = self.inside(span).find(|e| e.span.start >= head.end)?;
        let between = self.text.get(head.end..e.span.start)?.trim();
        let titles = between.strip_prefix(',').is_some_and(|rest| {
            rest.split_whitespace().all(|w| {
                let w = w.trim_end_matches('.');
                is_title(w) || matches!(w.to_lowercase().as_str(), "sir" | "dame" | "lord" | "lady" | "professor")
            })
        });
        // "the NHS spending watchdog, NICE": an organisation in apposition to an organisation noun.
        let organisation = || {
            let word = head.text(self.text).to_lowercase();
            e.label == Label::Org && between == "," && (descriptors().contains(word.as_str()) || is_public_descriptor(&word))
        };
        ((e.label == Label::Person && titles) || organisation()).then_some(e.group)
    }

    /// "the Spaniard", "the Dutchman", "the 46-year-old": a person the text has named, called
    /// by nationality or age, as sports and news writing does to vary the name: the person who
    /// spoke last, in this sentence or the two before ("the Dutchwoman" not a man). Likewise a
    /// role no one was introduced with ("the chancellor"), which [`Roles`] leaves open.
    fn by_epithet(&self, span: Span, words: &[String]) -> Option<usize> {
        let rest = span.text(self.text).trim().strip_prefix("the ").or_else(|| span.text(self.text).trim().strip_prefix("The "))?;
        let aged = rest.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        // One of a people, singular: a NORP mention that is the whole source, not "the French".
        let member = || match words {
            [word] => !word.ends_with('s') && is_one_person(word) && self.inside(span).any(|e| e.label == Label::Norp && core_words(self.text, e.span) == words),
            _ => false,
        };
        // A bare role no one was introduced with ("Reeves said ... “…,” the chancellor told the
        // BBC"): the speaker of this sentence or the one before only.
        let role = || matches!(words, [.., head] if words.len() <= 2 && is_role_noun(head));
        let sentences = if aged || member() {
            3
        } else if role() {
            2
        } else {
            return None;
        };
        // Only the person who spoke last, and lately: the one the writer goes on about. The last
        // name read (a subject, a photo credit, a name in a quotation) is often another's.
        let (at, group) = self.last_speaker?;
        let from = self.sentences_back(span.start, sentences);
        let g = if rest.ends_with("woman") { gender::FEMALE } else if rest.ends_with("man") { gender::MALE } else { 0 } | words.last().map_or(0, |w| gender::of_word(w));
        let fits = gender::compatible(self.genders.get(group).copied().unwrap_or(0), g);
        // Another person opening a sentence since leaves it open ("Martina Navratilova lost.
        // “I was tired,” the Czech said.").
        let since = self.people.iter().rev().take_while(|p| p.0 > at).any(|p| p.1 != group);
        // A speaker introduced with another role is not this one ("Democratic strategist Paul
        // Begala" is not "the former president").
        let other_role = sentences == 2 && words.last().is_some_and(|head| head != "leader" && self.roles.has_other_role(group, head));
        (at >= from && fits && !since && !other_role).then_some(group)
    }

    /// Where the sentence `n - 1` sentences before the one holding byte `at` starts (`n` = 1:
    /// its own).
    fn sentences_back(&self, at: usize, n: usize) -> usize {
        let k = self.sentence_starts.partition_point(|&s| s <= at);
        self.sentence_starts.get(k.saturating_sub(n)).copied().unwrap_or(0)
    }

    /// A GPE or NORP mention that is the whole source but for a determiner or possessive.
    fn place(&self, span: Span, words: &[String]) -> Option<usize> {
        self.inside(span)
            .filter(|e| matches!(e.label, Label::Gpe | Label::Norp))
            .find(|e| core_words(self.text, e.span) == words)
            .map(|e| e.group)
    }

    /// "the article" → the group of the last source headed by "article".
    fn by_earlier_head(&self, words: &[String], the: bool) -> Option<usize> {
        let [word] = words else { return None };
        the.then(|| self.by_head.get(word.as_str()).copied()).flatten()
    }

    /// "Apple said it would appeal. In a statement, the company argued ...": a business that
    /// spoke by its name in this sentence or the one before is what "the company" continues
    /// with, though another was introduced as a company earlier ("streaming company Spotify").
    fn by_business_speaking_before(&self, span: Span, words: &[String], the: bool) -> Option<usize> {
        if !the || words.len() > DESCRIBED_WORDS || !words.last().is_some_and(|w| is_business_descriptor(w)) {
            return None;
        }
        let (at, group) = self.last_named_org?;
        let from = self.sentences_back(span.start, 2);
        let public = self.groups.get(group).and_then(|g| g.name.split_whitespace().last()).is_some_and(is_public_body_head);
        (at >= from && !public).then_some(group)
    }

    /// "the newspaper" → the one organisation introduced as a newspaper before it.
    fn by_descriptor(&self, span: Span, words: &[String]) -> Option<usize> {
        let [word] = words else { return None };
        let determined = span.text(self.text).split_whitespace().next().is_some_and(|w| is_determiner(&w.to_lowercase()));
        if !determined || !descriptors().contains(word.as_str()) {
            return None;
        }
        let list = self.described.get(word.as_str())?;
        let before = list.partition_point(|d| d.0 < span.start);
        let last = list.get(before.checked_sub(1)?)?;
        last.2.then_some(last.1)
    }

    /// "the electric-car maker" (no organisation introduced as a maker) → the one organisation
    /// named before it in its sentence or in the sentence before.
    fn by_nearby_organisation(&self, span: Span, words: &[String], the: bool) -> Option<usize> {
        let public = words.last().is_some_and(|w| is_public_descriptor(w));
        words.last().filter(|w| (public || descriptors().contains(w.as_str())) && !self.described.contains_key(w.as_str()))?;
        if !the || words.len() > DESCRIBED_WORDS {
            return None;
        }
        let from = self.sentences_back(span.start, 2);
        // Entities are in text order: only those between the two sentence starts are scanned.
        let first = self.entities.partition_point(|e| e.span.start < from);
        let nearby = self.entities[first.min(self.entities.len())..].iter().take_while(|e| e.span.end <= span.start);
        // A business is no public body ("Meta was fined by the European Commission. The
        // company said ...": Meta).
        let business = words.last().is_some_and(|w| is_business_descriptor(w));
        let is_public = |e: &Entity| self.text.get(e.span.start..e.span.end).and_then(|n| n.split_whitespace().last()).is_some_and(is_public_body_head);
        let organisations: Vec<&Entity> = nearby.filter(|e| e.label == Label::Org && !(business && is_public(e)) && !self.is_wire_agency(e.span)).collect();
        // A regulator is a public body when one is named ("According to the Commission,
        // Spotify has ... Apple Music has about 25%, the regulator said": the Commission).
        // So is one introduced as a regulator or watchdog ("the media regulator Ofcom").
        let bodies = || {
            let introduced = |e: &Entity| descriptor_of(self.text, e.span).is_some_and(|d| is_public_descriptor(&d));
            the_one(organisations.iter().filter(|e| is_public(e) || introduced(e)).map(|e| e.group))
        };
        public.then(bodies).flatten().or_else(|| the_one(organisations.iter().map(|e| e.group)))
    }

    /// "Novo expects sales to grow 8%, it said": "it" after the content, in its sentence, is
    /// the organisation the content opens with.
    fn subject_before(&self, span: Span, content: Option<Span>) -> Option<usize> {
        let content = content.filter(|c| c.end <= span.start && c.start >= self.sentences_back(span.start, 1))?;
        if !matches!(span.text(self.text).trim().to_lowercase().as_str(), "it" | "they") {
            return None;
        }
        let k = self.entities.partition_point(|e| e.span.start < content.start);
        self.entities.get(k).filter(|e| e.span.start == content.start && e.label == Label::Org).map(|e| e.group)
    }

    /// Whether the organisation `e` inside the source speaks through it: not when the source
    /// joins it to another name ("Israel and Hamas", "Clinton and the State Department": it
    /// is half of the source; but "a Marist College poll for NBC News and The Wall Street
    /// Journal" is Marist's), nor when it is another organisation's complement
    /// ([`Self::is_other_organisation`]).
    fn speaks_for(&self, span: Span, head: Option<Span>, e: &Entity) -> bool {
        let names: Vec<&Entity> = self.inside(span).collect();
        let joined = names.windows(2).any(|pair| {
            let gap = self.text.get(pair[0].span.end..pair[1].span.start).map(|g| g.trim().to_lowercase());
            let with_e = pair[0].span == e.span || pair[1].span == e.span;
            with_e && gap.is_some_and(|g| matches!(g.as_str(), "and" | "and the" | "or" | "or the"))
        });
        !joined && !head.is_some_and(|h| self.is_other_organisation(h, e.span))
    }

    /// "the maker of Wegovy", "the owner of the Post", "a rival of Apple": an organisation's
    /// noun heads the source, and the organisation in its complement is another.
    fn is_other_organisation(&self, head: Span, organisation: Span) -> bool {
        let word = head.text(self.text).to_lowercase();
        let other = is_maker(&word) || matches!(word.as_str(), "owner" | "owners" | "parent" | "rival" | "rivals" | "competitor" | "competitors" | "subsidiary");
        other && organisation.start >= head.end
    }

    /// A name inside a dateline, its news agency ("COPENHAGEN (Reuters) - Novo Nordisk will
    /// ..."): it reports the story and takes no part in it.
    fn is_wire_agency(&self, name: Span) -> bool {
        let k = self.datelines.partition_point(|d| d.start <= name.start);
        k > 0 && self.datelines[k - 1].contains(name)
    }

    fn by_pronoun(&self, span: Span, content: Option<Span>) -> Option<usize> {
        let word = span.text(self.text).trim();
        match pronoun(word)? {
            Pronoun::Person => self.last_person(gender::of_pronoun(word)),
            Pronoun::Collective => self.subject_before(span, content).or_else(|| self.last_collective.map(|(_, g)| g)).or_else(|| self.last_person(0)),
            Pronoun::Relative => {
                // The mention that "who" follows: ", who said", or its appositive's end
                // ("John Smith, a spokesman for the city, who said").
                let k = self.entities.partition_point(|e| e.span.end <= span.start);
                let e = self.entities.get(k.checked_sub(1)?)?;
                let gap = self.text.get(e.span.end..span.start)?.trim();
                (gap == "," || gap.is_empty() || is_appositive_gap(gap)).then_some(e.group)
            }
        }
    }

}

/// A nationality (or party) noun that names one person ("Spaniard", "Dutchman", "Briton",
/// "American", "Republican"), not the people or its language ("French", "Dutch", "Chinese").
fn is_one_person(word: &str) -> bool {
    let ends = |s: &str| word.ends_with(s);
    ends("man") || ends("woman") || ends("an") || ends("ard") || ends("on") || ends("i") || ends("ite") || ends("er") || matches!(word, "scot" | "swede" | "dane" | "finn" | "pole" | "turk" | "greek" | "czech" | "slovak" | "serb" | "croat" | "thai" | "swiss" | "kiwi" | "democrat" | "tory")
}

/// Descriptors of a business ("the company", "the tech giant").
fn is_business_descriptor(word: &str) -> bool {
    is_maker(word)
        || matches!(word, "company" | "firm" | "giant" | "conglomerate" | "manufacturer" | "retailer" | "startup" | "start-up" | "lender" | "insurer" | "airline" | "chain" | "operator" | "supplier" | "producer")
}

/// A maker of goods ("the phone maker", "the drugmaker"); a lawmaker or a filmmaker is a person.
fn is_maker(word: &str) -> bool {
    matches!(word, "maker" | "makers" | "carmaker" | "automaker" | "drugmaker" | "chipmaker" | "steelmaker" | "planemaker" | "toymaker" | "automakers" | "carmakers" | "drugmakers" | "chipmakers")
}

/// Descriptors of a public body that its name need not say ("the regulator").
fn is_public_descriptor(word: &str) -> bool {
    matches!(word, "regulator" | "watchdog")
}

/// The last word of a public body's name ("European Commission", "Justice Department").
fn is_public_body_head(word: &str) -> bool {
    matches!(
        word.to_lowercase().as_str(),
        "commission" | "ministry" | "department" | "council" | "agency" | "court" | "parliament" | "government" | "committee" | "senate"
            | "congress" | "assembly" | "police" | "army" | "authority" | "bureau" | "union" | "nations" | "office" | "tribunal" | "administration"
    )
}

/// The group all of `groups` are, if there is one and only one.
fn the_one(mut groups: impl Iterator<Item = usize>) -> Option<usize> {
    let first = groups.next()?;
    groups.all(|g| g == first).then_some(first)
}

/// ", a spokesman for the city,": an appositive set off by commas, opening with an article,
/// short and without another comma.
fn is_appositive_gap(gap: &str) -> bool {
    let Some(inner) = gap.strip_prefix(',').and_then(|g| g.strip_suffix(',')) else { return false };
    let words: Vec<&str> = inner.split_whitespace().collect();
    matches!(words.first(), Some(&("a" | "an" | "the"))) && words.len() <= APPOSITIVE_WORDS && !inner.contains([',', ';', '.'])
}

/// The most words of "the <...> <descriptor>" without its determiner ("electric-car maker").
const DESCRIBED_WORDS: usize = 5;

/// The most words an appositive between a name and "who" may have.
const APPOSITIVE_WORDS: usize = 8;

/// The descriptor noun an organisation's mention is introduced with: the word just before it
/// ("newspaper Le Monde", "e-commerce giant Alibaba") or the last word of an appositive right
/// after it ("Le Monde, the French newspaper,").
fn descriptor_of(text: &str, mention: Span) -> Option<String> {
    let before = text.get(..mention.start)?;
    let last = before.trim_end().rsplit(|c: char| !(c.is_alphanumeric() || c == '-')).next().unwrap_or("");
    let lower = last.to_lowercase();
    let descriptor = |w: &str| descriptors().contains(w) || is_public_descriptor(w);
    if before.ends_with(char::is_whitespace) && descriptor(lower.as_str()) {
        return Some(lower);
    }
    // ", the French newspaper," : at most four words after the determiner.
    let after = text.get(mention.end..)?.strip_prefix(", ")?;
    let end = after.find([',', '.', ';', '\n']).filter(|&e| e <= 60)?;
    let words: Vec<String> = after[..end].split_whitespace().map(str::to_lowercase).collect();
    let (first, rest) = words.split_first()?;
    let last = rest.last()?;
    (is_determiner(first) && rest.len() <= 4 && descriptor(last.as_str())).then(|| last.clone())
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
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &layer);
        assert_eq!(s.resolve(span_of(text, "Anna Berg", 0), None), Some(0));
        // "Carl Dahl" opened a sentence without being a source: still the last speaker for "He".
        assert_eq!(s.resolve(span_of(text, "He", 0), None), Some(1));
        // "She" skips him ("Carl" is a man's name) for the woman before.
        assert_eq!(s.resolve(span_of(text, "She", 0), None), Some(0));
        // A possessive pronoun ("his reply to ...") too.
        let text2 = "Carl Dahl said it. In his reply, he agreed.";
        let entities2 = [person(text2, "Carl Dahl", 1)];
        let mut s2 = Speakers::new(text2, &entities2, &groups, &roles, &TextLayer::new(text2));
        assert_eq!(s2.resolve(span_of(text2, "Carl Dahl", 0), None), Some(1));
        assert_eq!(s2.resolve(span_of(text2, "his", 0), None), Some(1));
    }

    #[test]
    fn an_earlier_pronoun_says_a_speaker_s_gender() {
        // Neither given name is on a list: "he" takes the last speaker and ties him to "he";
        // "she" then skips him. Unknown genders stay compatible with both.
        let text = "Robin Vale said it. Kit Moreno agreed. He added more. She left.";
        let entities = vec![person(text, "Robin Vale", 0), person(text, "Kit Moreno", 1)];
        let groups = vec![group(Label::Person, "Robin Vale"), group(Label::Person, "Kit Moreno")];
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &layer);
        assert_eq!(s.resolve(span_of(text, "Robin Vale", 0), None), Some(0));
        assert_eq!(s.resolve(span_of(text, "He", 0), None), Some(1));
        assert_eq!(s.resolve(span_of(text, "She", 0), None), Some(0));
    }

    #[test]
    fn relative_pronoun_and_organisations() {
        let text = "The Agency, which said so. Ben Ek, who spoke. They said no.";
        let agency = Entity { span: Span::new(4, 10), label: Label::Org, group: 0, confidence: 1.0 };
        let entities = vec![agency, person(text, "Ben Ek", 1)];
        let groups = vec![group(Label::Org, "Agency"), group(Label::Person, "Ben Ek")];
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &layer);
        assert_eq!(s.resolve(span_of(text, "The Agency", 0), None), Some(0));
        assert_eq!(s.resolve(span_of(text, "who", 0), None), Some(1));
        assert_eq!(s.resolve(span_of(text, "They", 0), None), Some(0));
    }

    #[test]
    fn it_after_a_content_is_the_organisation_the_content_opens_with() {
        let text = "Prices fell, according to Kessel Data. Norvex expects sales to grow, it said. It also said more.";
        let entities = vec![entity(text, "Kessel Data", 0, Label::Org, 0), entity(text, "Norvex", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Kessel Data"), group(Label::Org, "Norvex")];
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &layer);
        assert_eq!(s.resolve(span_of(text, "Kessel Data", 0), None), Some(0));
        let content = span_of(text, "Norvex expects sales to grow", 0);
        assert_eq!(s.resolve(span_of(text, "it", 39), Some(content)), Some(1));
        // Without a named opener, "it" is the last organisation that spoke.
        let content = span_of(text, "also", 0);
        assert_eq!(s.resolve(span_of(text, "It", 78), Some(content)), Some(1));
    }

    #[test]
    fn who_after_an_appositive_is_the_name_before_it() {
        let text = "It failed, said Ben Ek, a spokesman for the city, who added more. Ben Ek met the farmers, who said no.";
        let entities = vec![person(text, "Ben Ek", 0), entity(text, "Ben Ek", 1, Label::Person, 0)];
        let groups = vec![group(Label::Person, "Ben Ek")];
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, &entities, &groups);
        let mut s = Speakers::new(text, &entities, &groups, &roles, &layer);
        assert_eq!(s.resolve(span_of(text, "who", 0), None), Some(0));
        // "who" after a clause is not the clause's subject: the farmers said no, not Ek.
        assert_eq!(s.resolve(span_of(text, "who", 70), None), None);
    }

    fn entity(text: &str, name: &str, nth: usize, label: Label, group: usize) -> Entity {
        let start = text.match_indices(name).nth(nth).unwrap().0;
        Entity { span: Span::new(start, start + name.len()), label, group, confidence: 1.0 }
    }

    /// Resolves each of `sources` (each the first occurrence after the previous) in order.
    fn resolve_all(text: &str, entities: &[Entity], groups: &[Group], sources: &[&str]) -> Vec<Option<usize>> {
        let layer = TextLayer::new(text);
        let roles = Roles::new(text, &layer, entities, groups);
        let mut s = Speakers::new(text, entities, groups, &roles, &layer);
        let mut from = 0;
        sources
            .iter()
            .map(|src| {
                let span = span_of(text, src, from);
                from = span.end;
                s.resolve(span, None)
            })
            .collect()
    }

    #[test]
    fn a_name_in_apposition_is_the_speaker() {
        let text = "The mayor, Anna Verbeke, said so. The lawyer of Anna Verbeke said no.";
        let entities = vec![entity(text, "Anna Verbeke", 0, Label::Person, 0), entity(text, "Anna Verbeke", 1, Label::Person, 0)];
        let groups = vec![group(Label::Person, "Anna Verbeke")];
        let found = resolve_all(text, &entities, &groups, &["The mayor, Anna Verbeke", "The lawyer of Anna Verbeke"]);
        assert_eq!(found, [Some(0), None]);
        // The role's complement before the comma, with or without a name: the name after it.
        let text = "Its head of online safety policy, Anna Verbeke, said so. The lawyer of Anna Verbeke, Jo Kim, said no.";
        let entities = vec![entity(text, "Anna Verbeke", 0, Label::Person, 0), entity(text, "Anna Verbeke", 1, Label::Person, 0), entity(text, "Jo Kim", 0, Label::Person, 1)];
        let groups = vec![group(Label::Person, "Anna Verbeke"), group(Label::Person, "Jo Kim")];
        let found = resolve_all(text, &entities, &groups, &["Its head of online safety policy, Anna Verbeke", "The lawyer of Anna Verbeke, Jo Kim"]);
        assert_eq!(found, [Some(0), Some(1)]);
    }

    #[test]
    fn a_place_modifier_does_not_make_the_speaker() {
        let text = "Belgian Justice Minister Tom Lind spoke. The Belgian justice minister said so. \
            The Belgian MP said no. Belgium fears the worst. The Belgian government said more.";
        let entities = vec![
            entity(text, "Belgian", 0, Label::Norp, 0),
            entity(text, "Tom Lind", 0, Label::Person, 1),
            entity(text, "Belgian", 1, Label::Norp, 0),
            entity(text, "Belgian", 2, Label::Norp, 0),
            entity(text, "Belgium", 0, Label::Gpe, 2),
            entity(text, "Belgian", 3, Label::Norp, 0),
        ];
        let groups = vec![group(Label::Norp, "Belgian"), group(Label::Person, "Tom Lind"), group(Label::Gpe, "Belgium")];
        let got = resolve_all(text, &entities, &groups, &["The Belgian justice minister", "The Belgian MP", "Belgium", "The Belgian government"]);
        // No MP was introduced, and "government" is no role: neither is "Belgian".
        assert_eq!(got, [Some(1), None, Some(2), None]);
    }

    #[test]
    fn the_head_decides_between_names() {
        let text = "Crucke, the minister, said so. The lawyer of Anna Berg said no. \
            A spokesman for Acme Corp said yes. Berg and Crucke said both.";
        let entities = vec![
            entity(text, "Crucke", 0, Label::Person, 0),
            entity(text, "Anna Berg", 0, Label::Person, 1),
            entity(text, "Acme Corp", 0, Label::Org, 2),
            entity(text, "Berg", 1, Label::Person, 1),
            entity(text, "Crucke", 1, Label::Person, 0),
        ];
        let groups = vec![group(Label::Person, "Crucke"), group(Label::Person, "Anna Berg"), group(Label::Org, "Acme Corp")];
        let sources = ["Crucke, the minister,", "The lawyer of Anna Berg", "A spokesman for Acme Corp", "Berg and Crucke"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [Some(0), None, Some(2), None]);
    }

    #[test]
    fn the_descriptor_refers_to_the_one_organisation_introduced_with_it() {
        let text = "An article in the French newspaper Le Monde said so. The newspaper wrote more. \
            The article added that. The company said no.";
        let entities = vec![entity(text, "French", 0, Label::Norp, 0), entity(text, "Le Monde", 0, Label::Org, 1)];
        let groups = vec![group(Label::Norp, "French"), group(Label::Org, "Le Monde")];
        let sources = ["An article in the French newspaper Le Monde", "The newspaper", "The article", "The company"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [Some(1), Some(1), Some(1), None]);
        // Two newspapers: "the newspaper" is not resolved.
        let text = "Le Soir, the Brussels newspaper, and Le Monde, the Paris newspaper, agree. The newspaper said so.";
        let entities = vec![entity(text, "Le Soir", 0, Label::Org, 0), entity(text, "Le Monde", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Le Soir"), group(Label::Org, "Le Monde")];
        assert_eq!(resolve_all(text, &entities, &groups, &["The newspaper"]), [None]);
        assert_eq!(resolve_all(text, &entities[1..], &groups, &["The newspaper"]), [Some(1)]);
    }

    #[test]
    fn a_pronoun_after_an_unnamed_speaker_resolves_to_nobody() {
        let text = "Inspector Sarah Holt said it was organised. A neighbour told the BBC about the smell. She said nothing happened. \
            Holt added more. She said so.";
        let entities = vec![entity(text, "Sarah Holt", 0, Label::Person, 0), entity(text, "Holt", 1, Label::Person, 0)];
        let groups = vec![group(Label::Person, "Sarah Holt")];
        let got = resolve_all(text, &entities, &groups, &["Inspector Sarah Holt", "A neighbour", "She", "Holt", "She"]);
        // The neighbour, not Holt, then Holt again once she speaks last.
        assert_eq!(got, [Some(0), None, None, Some(0), Some(0)]);
        // A source that is no person ("A report") does not stand in the way.
        let text = "Sarah Holt said it was organised. A report said more. She said nothing happened.";
        let entities = vec![entity(text, "Sarah Holt", 0, Label::Person, 0)];
        assert_eq!(resolve_all(text, &entities, &groups, &["Sarah Holt", "A report", "She"]), [Some(0), None, Some(0)]);
    }

    #[test]
    fn a_descriptor_no_organisation_was_introduced_with_refers_to_the_one_nearby() {
        let text = "Shares of Norvex fell after the electric-car maker warned. Sales were weak. The company said no.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0)];
        let groups = vec![group(Label::Org, "Norvex")];
        // In its sentence; two sentences later, too far.
        assert_eq!(resolve_all(text, &entities, &groups, &["the electric-car maker", "The company"]), [Some(0), None]);
        // Two organisations nearby: none.
        let text = "Norvex sued Kessel Holdings. The company said the claim was baseless.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "Kessel Holdings", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel Holdings")];
        assert_eq!(resolve_all(text, &entities, &groups, &["The company"]), [None]);
        // A dateline's agency reports the story and is no candidate; any maker is a business.
        let text = "OSLO (Reuters) - Norvex will cut 900 jobs, the Norwegian drugmaker said.";
        let entities = vec![entity(text, "Reuters", 0, Label::Org, 0), entity(text, "Norvex", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Reuters"), group(Label::Org, "Norvex")];
        assert_eq!(resolve_all(text, &entities, &groups, &["the Norwegian drugmaker"]), [Some(1)]);
        // Of two joined names, neither alone; one name with "and" in it, or a role with it, stays.
        let text = "Norvex and Kessel Gel said no. Procter and Gamble said yes. Acme chairman and chief executive Jo Kim said so.";
        let entities = vec![
            entity(text, "Norvex", 0, Label::Org, 0),
            entity(text, "Kessel Gel", 0, Label::Org, 1),
            entity(text, "Procter and Gamble", 0, Label::Org, 2),
            entity(text, "Acme", 0, Label::Org, 3),
            entity(text, "Jo Kim", 0, Label::Person, 4),
        ];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel Gel"), group(Label::Org, "Procter and Gamble"), group(Label::Org, "Acme"), group(Label::Person, "Jo Kim")];
        let sources = ["Norvex and Kessel Gel", "Procter and Gamble", "Acme chairman and chief executive Jo Kim"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [None, Some(2), Some(3)]);
        // The maker of a product named like a company is not that company; a lawmaker is no business.
        let text = "Norvex said no. The lawmaker said yes. The maker of Kessel Gel said more.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "Kessel Gel", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel Gel")];
        assert_eq!(resolve_all(text, &entities, &groups, &["Norvex", "The lawmaker", "The maker of Kessel Gel"]), [Some(0), None, None]);
        // But a company is no public body.
        let text = "Norvex was fined by the European Commission. The company said the fine was unfair.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "European Commission", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "European Commission")];
        assert_eq!(resolve_all(text, &entities, &groups, &["The company"]), [Some(0)]);
        // A regulator is the public body when one is named nearby.
        let text = "According to the Commission, Norvex has half the market. Kessel Holdings has a quarter, the regulator said.";
        let entities = vec![entity(text, "Commission", 0, Label::Org, 0), entity(text, "Norvex", 0, Label::Org, 1), entity(text, "Kessel Holdings", 0, Label::Org, 2)];
        let groups = vec![group(Label::Org, "Commission"), group(Label::Org, "Norvex"), group(Label::Org, "Kessel Holdings")];
        assert_eq!(resolve_all(text, &entities, &groups, &["the Commission", "the regulator"]), [Some(0), Some(0)]);
        // Or the one introduced as a regulator or watchdog, under either noun.
        let text = "The media regulator Norvex has fined Kessel Holdings. The watchdog said the firm had failed.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "Kessel Holdings", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel Holdings")];
        assert_eq!(resolve_all(text, &entities, &groups, &["The watchdog"]), [Some(0)]);
    }

    #[test]
    fn an_organisation_in_apposition_to_an_organisation_noun_is_the_source() {
        // The first organisation names the watchdog's field, not the watchdog.
        let text = "The Acme spending watchdog, Norvex, has approved the drug. The Acme holding company, Kessel, said no.";
        let entities = vec![
            entity(text, "Acme", 0, Label::Org, 2),
            entity(text, "Norvex", 0, Label::Org, 0),
            entity(text, "Acme", 1, Label::Org, 2),
            entity(text, "Kessel", 0, Label::Org, 1),
        ];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel"), group(Label::Org, "Acme")];
        let sources = ["The Acme spending watchdog, Norvex", "The Acme holding company, Kessel"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [Some(0), Some(1)]);
    }

    #[test]
    fn a_nationality_or_an_age_is_the_person_who_spoke_last() {
        let text = "Anna Berg said the team would recover. “We have done it before,” the Swede told reporters. \
            Carl Dahl agreed. “It is only February,” the 46-year-old said. Eva Lind lost. “I was tired,” the Dane said.";
        let entities = vec![
            person(text, "Anna Berg", 0),
            entity(text, "Swede", 0, Label::Norp, 1),
            person(text, "Carl Dahl", 2),
            person(text, "Eva Lind", 3),
            entity(text, "Dane", 0, Label::Norp, 4),
        ];
        let groups = vec![group(Label::Person, "Anna Berg"), group(Label::Norp, "Swede"), group(Label::Person, "Carl Dahl"), group(Label::Person, "Eva Lind"), group(Label::Norp, "Dane")];
        // Eva Lind, who did not speak, came between the last speaker and "the Dane": not resolved to a person.
        let sources = ["Anna Berg", "the Swede", "Carl Dahl", "the 46-year-old", "the Dane"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [Some(0), Some(0), Some(2), Some(2), Some(4)]);
    }

    #[test]
    fn a_bare_role_is_the_person_who_spoke_just_before() {
        let text = "Anna Berg said the cut was needed. “I will not apologise,” the chancellor told the BBC. \
            Strategist Carl Dahl said it was wrong. The president thanked him. The weather was bad. Nobody came. The chancellor said no.";
        let entities = vec![person(text, "Anna Berg", 0), person(text, "Carl Dahl", 1)];
        let groups = vec![group(Label::Person, "Anna Berg"), group(Label::Person, "Carl Dahl")];
        // Dahl was introduced as a strategist: no president. Later, "the chancellor" is still
        // the one it was.
        let sources = ["Anna Berg", "the chancellor", "Strategist Carl Dahl", "The president", "The chancellor"];
        assert_eq!(resolve_all(text, &entities, &groups, &sources), [Some(0), Some(0), Some(1), None, Some(0)]);
        // Three sentences on, too far.
        let text = "Anna Berg said the cut was needed. The weather was bad. Nobody came. The chancellor said no.";
        assert_eq!(resolve_all(text, &entities[..1], &groups, &["Anna Berg", "The chancellor"]), [Some(0), None]);
    }

    #[test]
    fn the_company_continues_a_business_that_spoke_by_name_just_before() {
        let text = "The complaint came from streaming company Norvex. Kessel said it would appeal. In a statement, the company argued more. \
            The analysts agreed. Prices rose. The company said no.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "Kessel", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "Kessel")];
        // Kessel spoke in the sentence before; three sentences on, the one introduced as a company.
        assert_eq!(resolve_all(text, &entities, &groups, &["Kessel", "the company", "The company"]), [Some(1), Some(1), Some(0)]);
        // A public body that spoke is no company.
        let text = "The complaint came from streaming company Norvex. The European Commission said it would act. The company said no.";
        let entities = vec![entity(text, "Norvex", 0, Label::Org, 0), entity(text, "European Commission", 0, Label::Org, 1)];
        let groups = vec![group(Label::Org, "Norvex"), group(Label::Org, "European Commission")];
        assert_eq!(resolve_all(text, &entities, &groups, &["The European Commission", "The company"]), [Some(1), Some(0)]);
    }
}
