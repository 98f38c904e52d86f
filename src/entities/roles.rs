//! Role nouns: "the Belgian justice minister" refers to the person last introduced with that
//! role ("Belgian Justice Minister Quikenborn").
//!
//! A person is introduced with a role by a title before the name ("Belgian Justice Minister
//! Quikenborn", "Minister of Justice Quikenborn", "Belgium's justice minister Quikenborn") or
//! by an appositive after it ("Jean-Luc Crucke, the Walloon minister in charge of ...",
//! "Crucke, the Walloon minister, said"). A role is a head noun from
//! `data/lexicons/roles.txt` ("minister", "prime minister", "MP") and the words before it
//! (modifiers: "belgian", "justice"). A role noun phrase refers to the last person introduced
//! before it with the same head and with every one of its modifiers.

use std::collections::HashMap;

use super::fold::fold;
use super::phrases::Phrases;
use super::{Entity, Group, Label};
use crate::span::Span;
use crate::text::{tokenize, TextLayer, Token, TokenKind};
use crate::lexicon::embedded_list;

embedded_list! {
    fn heads() -> Phrases = Phrases::new, "roles.txt";
}

/// The number of leading words of a person mention (folded) that are a role head
/// ("prime minister" in "prime minister john howard"); 0 when none.
pub fn role_words_at_start(words: &[String]) -> usize {
    let words: Vec<&str> = words.iter().take(MAX_HEAD).map(String::as_str).collect();
    (1..=words.len()).rev().find(|&n| heads().match_words_ending(&words[..n]) == Some(n)).unwrap_or(0)
}

/// Most words taken as a role's modifiers.
const MAX_MODIFIERS: usize = 5;

/// Longest role head, in words ("chief executive officer").
const MAX_HEAD: usize = 3;

/// Words that end a run of modifiers: articles, pronouns, prepositions, conjunctions and
/// the commonest verbs around names.
fn stop_word(word: &str) -> bool {
    matches!(
        word,
        "a" | "an" | "the" | "this" | "that" | "these" | "those" | "and" | "or" | "but" | "by" | "with" | "as" | "to"
            | "of" | "for" | "from" | "in" | "on" | "at" | "said" | "says" | "told" | "according" | "when" | "while"
            | "who" | "which" | "also" | "then" | "further" | "his" | "her" | "their" | "its" | "our" | "is" | "was"
            | "were" | "are" | "be" | "has" | "have" | "had" | "will" | "would" | "not" | "after" | "before" | "both"
            | "added" | "he" | "she" | "they" | "it" | "we" | "i" | "you" | "him" | "them" | "us" | "than" | "if"
    )
}

fn is_possessive(word: &str) -> bool {
    matches!(word, "'s" | "’s" | "ʼs")
}

/// The tokens of one text, read a few at a time (lower-cased on demand).
struct Tokens<'t> {
    text: &'t str,
    tokens: &'t [Token],
}

impl Tokens<'_> {
    fn lower(&self, i: usize) -> String {
        self.tokens.get(i).map_or(String::new(), |t| fold(t.text(self.text)))
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::is_word)
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.is_word(i) && self.tokens.get(i).is_some_and(|t| t.text(self.text).chars().next().is_some_and(char::is_uppercase))
    }

    /// The number of tokens of the longest role head ending at token `end` (inclusive).
    fn head_ending(&self, end: usize) -> Option<usize> {
        let from = end.saturating_sub(MAX_HEAD - 1);
        let words: Vec<String> = (from..=end).map(|i| self.lower(i)).collect();
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        heads().match_words_ending(&words).filter(|_| self.is_word(end))
    }

    /// The modifiers before token `head_start`, back to `floor`: (first token taken,
    /// modifiers, whether a determiner or a possessive opens the phrase).
    fn modifiers_before(&self, head_start: usize, floor: usize) -> (usize, Vec<String>, bool) {
        let mut k = head_start;
        let mut modifiers = Vec::new();
        let mut determined = false;
        while k > floor && modifiers.len() < MAX_MODIFIERS {
            let p = k - 1;
            let word = self.lower(p);
            if is_possessive(&word) && p > floor && self.is_capitalised(p - 1) {
                // "Belgium's justice minister": the possessor is a modifier and opens the phrase.
                modifiers.push(self.lower(p - 1));
                k = p - 1;
                determined = true;
                break;
            }
            if matches!(word.as_str(), "the" | "this" | "that") {
                k = p;
                determined = true;
                break;
            }
            if !self.is_word(p) || stop_word(&word) {
                break;
            }
            modifiers.push(word);
            k = p;
        }
        (k, modifiers, determined)
    }

    /// An "of" complement after token `i`: "of Justice", "of the Interior" → its words.
    fn complement_after(&self, i: usize, limit: usize) -> Vec<String> {
        let mut words = Vec::new();
        if self.lower(i + 1) != "of" {
            return words;
        }
        let mut k = i + 2;
        if self.lower(k) == "the" {
            k += 1;
        }
        while k < limit && words.len() < MAX_MODIFIERS && self.is_word(k) && !stop_word(&self.lower(k)) {
            words.push(self.lower(k));
            k += 1;
        }
        words
    }
}

/// One introduction of a person with a role.
#[derive(Debug, Clone)]
struct Introduction {
    /// Byte offset of the person's mention.
    at: usize,
    group: usize,
    modifiers: Vec<String>,
}

/// The roles each person group was introduced with, built once per text.
#[derive(Debug, Default)]
pub struct Roles {
    /// Introductions by role head ("minister", "prime minister"), in text order.
    by_head: HashMap<String, Vec<Introduction>>,
    /// The group of each folded word of a person's name ("cogolati"); `None` when the word
    /// names people of two groups.
    name_words: HashMap<String, Option<usize>>,
    /// The last words of the role heads each group was introduced with ("minister").
    heads_of: HashMap<usize, Vec<String>>,
}

impl Roles {
    /// Reads the titles and appositives around every PERSON mention. Linear in the number of
    /// mentions (a bounded number of tokens around each).
    pub fn new(text: &str, layer: &TextLayer, entities: &[Entity], _groups: &[Group]) -> Roles {
        let t = Tokens { text, tokens: &layer.tokens };
        let mut roles = Roles::default();
        for e in entities.iter().filter(|e| e.label == Label::Person) {
            for word in fold(e.span.text(text)).split_whitespace() {
                let entry = roles.name_words.entry(word.to_string()).or_insert(Some(e.group));
                if *entry != Some(e.group) {
                    *entry = None;
                }
            }
            let first = layer.tokens.partition_point(|tok| tok.span.start < e.span.start);
            let after = layer.tokens.partition_point(|tok| tok.span.start < e.span.end);
            let sentence = layer.sentences.get(layer.sentence_of(first));
            let (floor, limit) = sentence.map_or((0, layer.tokens.len()), |s| (s.tokens.start, s.tokens.end));
            for (head, modifiers) in [title_before(&t, first, after, floor), appositive_after(&t, after, limit)].into_iter().flatten() {
                let last = head.rsplit(' ').next().unwrap_or(&head).to_string();
                let heads = roles.heads_of.entry(e.group).or_default();
                if !heads.contains(&last) {
                    heads.push(last);
                }
                let intro = Introduction { at: e.span.start, group: e.group, modifiers };
                roles.by_head.entry(head).or_default().push(intro);
            }
        }
        for list in roles.by_head.values_mut() {
            list.sort_by_key(|i| i.at);
        }
        roles
    }

    /// Whether the group was introduced with a role whose last word is not `head` ("attorney
    /// Ben Brafman" is no judge).
    pub fn has_other_role(&self, group: usize, head: &str) -> bool {
        self.heads_of.get(&group).is_some_and(|heads| heads.iter().any(|h| h != head))
    }

    /// The group of the person that the role noun phrase `phrase` ("the justice minister",
    /// "the Walloon minister") refers to: the last one introduced with a matching role before
    /// the phrase. A person's name among the modifiers decides ("the Cogratti MP" → the group
    /// of that name). None when no person fits.
    pub fn resolve(&self, text: &str, phrase: Span) -> Option<usize> {
        let s = phrase.text(text);
        let tokens = tokenize(s);
        let mut words: Vec<String> = tokens.iter().filter(|t| t.kind == TokenKind::Word).map(|t| fold(t.text(s))).collect();
        while words.last().is_some_and(|w| is_possessive(w)) {
            words.pop();
        }
        let words: Vec<&str> = words.iter().map(String::as_str).filter(|w| !stop_word(w) && !is_possessive(w)).collect();
        let len = heads().match_words_ending(&words)?;
        let (modifiers, head) = words.split_at(words.len() - len);
        // A name among the modifiers says who: "the Cogratti MP".
        if let Some(group) = modifiers.iter().find_map(|m| self.name_words.get(*m).copied().flatten()) {
            return Some(group);
        }
        let intros = self.by_head.get(&head.join(" "))?;
        let before = intros.partition_point(|i| i.at < phrase.start);
        intros[..before]
            .iter()
            .rev()
            .find(|intro| modifiers.iter().all(|m| intro.modifiers.iter().any(|have| same_modifier(m, have))))
            .map(|intro| intro.group)
    }
}

/// Two modifiers that say the same: equal, or a place and its adjective ("belgium" /
/// "belgian", "china" / "chinese"): a common beginning of at least four letters, at most
/// three letters short of the shorter word. A heuristic: it also pairs "interior" and
/// "internal".
fn same_modifier(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= 4 && common + 3 >= shorter
}

/// A title before the name ("Belgian Justice Minister X", "Minister of Justice X"), or at
/// the start of a mention that includes it: (head, modifiers).
fn title_before(t: &Tokens, first: usize, after: usize, floor: usize) -> Option<(String, Vec<String>)> {
    // A title inside the mention: the last head before the last name word.
    let mut name_start = first;
    for h in first..after.saturating_sub(1) {
        if t.head_ending(h).is_some() {
            name_start = h + 1;
        }
    }
    let h = name_start.checked_sub(1).filter(|&h| h >= floor)?;
    // "Minister of Justice X": a complement between the head and the name (tried first, as
    // the complement may itself look like a role: "Justice").
    let complement_form = (h.saturating_sub(4).max(floor)..h).rev().find(|&k| t.lower(k) == "of").and_then(|of| {
        let head_end = of.checked_sub(1)?;
        t.head_ending(head_end)?;
        let complement = t.complement_after(head_end, name_start);
        let covered = of + 1 + usize::from(t.lower(of + 1) == "the") + complement.len();
        (covered == name_start && !complement.is_empty()).then_some((head_end, complement))
    });
    let (head_end, complement) = match complement_form {
        Some(form) => form,
        None => (h, Vec::new()),
    };
    let len = t.head_ending(head_end)?;
    let head_start = head_end + 1 - len;
    let head = (head_start..=head_end).map(|k| t.lower(k)).collect::<Vec<_>>().join(" ");
    let (_, mut modifiers, _) = t.modifiers_before(head_start, floor);
    modifiers.extend(complement);
    Some((head, modifiers))
}

/// An appositive after the name: ", the Walloon minister in charge of ...", ", Belgium's
/// justice minister," → (head, modifiers).
fn appositive_after(t: &Tokens, after: usize, limit: usize) -> Option<(String, Vec<String>)> {
    if t.lower(after) != "," {
        return None;
    }
    let mut k = after + 1;
    let mut modifiers = Vec::new();
    if matches!(t.lower(k).as_str(), "the" | "a" | "an") {
        k += 1;
    } else if t.is_capitalised(k) && is_possessive(&t.lower(k + 1)) {
        modifiers.push(t.lower(k));
        k += 2;
    }
    // The run of words after the determiner; the head is the last role noun in it.
    let start = k;
    while k < limit && k < start + MAX_MODIFIERS + MAX_HEAD && t.is_word(k) && !stop_word(&t.lower(k)) {
        k += 1;
    }
    let head_end = (start..k).rev().find(|&e| t.head_ending(e).is_some_and(|len| e + 1 - len >= start))?;
    let len = t.head_ending(head_end)?;
    let head_start = head_end + 1 - len;
    modifiers.extend((start..head_start).map(|m| t.lower(m)));
    modifiers.extend(t.complement_after(head_end, limit));
    let head = (head_start..=head_end).map(|m| t.lower(m)).collect::<Vec<_>>().join(" ");
    Some((head, modifiers))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::group_mentions;

    /// Roles over `text` with PERSON entities at the given names (each its first occurrence
    /// after the previous), grouped as the group rules say.
    fn roles(text: &str, people: &[&str]) -> (Roles, Vec<Entity>, TextLayer) {
        let mut from = 0;
        let mut entities: Vec<Entity> = people
            .iter()
            .map(|p| {
                let start = from + text[from..].find(p).expect("name in text");
                from = start + p.len();
                Entity { span: Span::new(start, from), label: Label::Person, group: 0, confidence: 0.9 }
            })
            .collect();
        let layer = TextLayer::new(text);
        let groups = group_mentions(text, &layer, &mut entities);
        (Roles::new(text, &layer, &entities, &groups), entities, layer)
    }

    /// The group that the `nth` occurrence of `phrase` resolves to, as its first mention's text.
    fn resolve<'t>(text: &'t str, r: &(Roles, Vec<Entity>, TextLayer), phrase: &str, nth: usize) -> Option<&'t str> {
        let start = text.match_indices(phrase).nth(nth)?.0;
        let group = r.0.resolve(text, Span::new(start, start + phrase.len()))?;
        r.1.iter().find(|e| e.group == group).map(|e| e.span.text(text))
    }

    const TEXT: &str = "Belgian Environment Party MP Samuel Cogolati asked questions. Belgian Justice \
        Minister Quikenborn replied. The Belgian justice minister also explained the law. Jean-Luc \
        Crucke, the Walloon minister in charge of the airport, was uneasy. Crucke, the Walloon \
        minister, said so. The justice minister answered the MP. The Walloon minister and the \
        Belgian MP left.";

    #[test]
    fn titles_and_appositives() {
        let r = roles(TEXT, &["Samuel Cogolati", "Quikenborn", "Jean-Luc Crucke", "Crucke"]);
        assert_eq!(resolve(TEXT, &r, "Belgian justice minister", 0), Some("Quikenborn"));
        assert_eq!(resolve(TEXT, &r, "justice minister", 1), Some("Quikenborn"));
        assert_eq!(resolve(TEXT, &r, "the MP", 0), Some("Samuel Cogolati"));
        assert_eq!(resolve(TEXT, &r, "Walloon minister", 2), Some("Jean-Luc Crucke"));
        assert_eq!(resolve(TEXT, &r, "the Belgian MP", 0), Some("Samuel Cogolati"));
    }

    #[test]
    fn no_match_without_an_earlier_fitting_role() {
        // Before anyone was introduced as a minister.
        let text = "The justice minister spoke. Belgian Justice Minister Quikenborn replied.";
        let r2 = roles(text, &["Quikenborn"]);
        assert_eq!(resolve(text, &r2, "The justice minister", 0), None);
        // Modifiers the introduction does not have.
        let text2 = format!("{TEXT} The French minister left. The mayor left.");
        let r3 = roles(&text2, &["Samuel Cogolati", "Quikenborn", "Jean-Luc Crucke", "Crucke"]);
        assert_eq!(resolve(&text2, &r3, "The French minister", 0), None);
        assert_eq!(resolve(&text2, &r3, "The mayor", 0), None);
    }

    #[test]
    fn the_last_introduced_wins() {
        let text = "Finance Minister Anna Berg spoke. Justice Minister Tom Lind spoke. The minister left. \
            The finance minister stayed.";
        let r = roles(text, &["Anna Berg", "Tom Lind"]);
        assert_eq!(resolve(text, &r, "The minister", 0), Some("Tom Lind"));
        assert_eq!(resolve(text, &r, "The finance minister", 0), Some("Anna Berg"));
    }

    #[test]
    fn a_name_in_the_phrase_decides() {
        let text = "MP Anna Berg and MP Tom Lind spoke. The Berg MP left. The MP stayed.";
        let r = roles(text, &["Anna Berg", "Tom Lind"]);
        assert_eq!(resolve(text, &r, "The Berg MP", 0), Some("Anna Berg"));
        // Without the name, the last MP introduced.
        assert_eq!(resolve(text, &r, "The MP", 0), Some("Tom Lind"));
    }

    #[test]
    fn head_first_titles_and_possessives() {
        let text = "Minister of Justice Tom Lind spoke. Belgium's foreign minister Anna Berg spoke. \
            The justice minister left. The Belgian foreign minister stayed.";
        let r = roles(text, &["Tom Lind", "Anna Berg"]);
        assert_eq!(resolve(text, &r, "The justice minister", 0), Some("Tom Lind"));
        assert_eq!(resolve(text, &r, "The Belgian foreign minister", 0), Some("Anna Berg"));
    }

}
