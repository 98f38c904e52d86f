//! The reporting-cue list (`data/lexicons/cues.txt`): verbs and phrases that attribute
//! speech or thought ("said", "according to", "seem to believe"), matched on tokens.

use std::ops::Range;
use std::sync::OnceLock;

use super::phrases::PhraseSet;
use crate::lexicon::entries;
use crate::text::Token;

/// Cue phrases; each value says whether the cue is weak (reports speech in some uses only,
/// "show", "call": rules want more evidence).
#[derive(Debug, Default)]
pub struct Cues {
    phrases: PhraseSet<bool>,
}

/// A cue phrase found in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CueMatch {
    pub tokens: Range<usize>,
    pub weak: bool,
}

impl Cues {
    pub fn shared() -> &'static Cues {
        static CUES: OnceLock<Cues> = OnceLock::new();
        CUES.get_or_init(|| Cues::parse(include_str!("../../data/lexicons/cues.txt")))
    }

    /// Reads the list format described at the top of `cues.txt`.
    pub fn parse(list: &'static str) -> Cues {
        let mut phrases = PhraseSet::default();
        for line in entries(list) {
            let (weak, line) = match line.strip_prefix('~') {
                Some(l) => (true, l),
                None => (false, line),
            };
            let (phrase, forms) = match line.split_once('|') {
                Some((p, f)) => (p, Some(f)),
                None => (line, None),
            };
            let mut words = phrase.split_whitespace();
            let Some(first) = words.next() else { continue };
            let rest: Vec<&'static str> = words.collect();
            let mut firsts = vec![first.to_string()];
            match forms {
                Some(f) => firsts.extend(f.split_whitespace().map(str::to_string)),
                None => firsts.extend(regular_forms(first)),
            }
            for form in firsts {
                phrases.insert(form, rest.clone(), weak);
            }
        }
        Cues { phrases }
    }

    /// All cues of a text, left to right, not overlapping.
    pub fn find_all(&self, lower: &[String], tokens: &[Token]) -> Vec<CueMatch> {
        self.phrases.find_in(lower, tokens, 0..tokens.len()).into_iter().map(|(tokens, &weak)| CueMatch { tokens, weak }).collect()
    }
}

/// The -s, -ed and -ing forms of a regular English verb.
fn regular_forms(verb: &str) -> Vec<String> {
    let chars: Vec<char> = verb.chars().collect();
    let n = chars.len();
    let vowel = |c: char| "aeiou".contains(c);
    let last = chars.last().copied().unwrap_or(' ');
    let before = if n >= 2 { chars[n - 2] } else { ' ' };
    if last == 'e' {
        let stem = &verb[..verb.len() - 1];
        // "agree": agreeing; "note": noting.
        let ing = if before == 'e' { format!("{verb}ing") } else { format!("{stem}ing") };
        return vec![format!("{verb}s"), format!("{verb}d"), ing];
    }
    if last == 'y' && !vowel(before) {
        let stem = &verb[..verb.len() - 1];
        return vec![format!("{stem}ies"), format!("{stem}ied"), format!("{verb}ing")];
    }
    if verb.ends_with('s') || verb.ends_with("sh") || verb.ends_with("ch") || last == 'x' || last == 'z' {
        return vec![format!("{verb}es"), format!("{verb}ed"), format!("{verb}ing")];
    }
    // Short consonant-vowel-consonant verbs double their last letter ("slam": slammed).
    let cvc = n >= 3 && n <= 4 && !vowel(last) && !"wxy".contains(last) && vowel(before) && !vowel(chars[n - 3]);
    if cvc {
        return vec![format!("{verb}s"), format!("{verb}{last}ed"), format!("{verb}{last}ing")];
    }
    vec![format!("{verb}s"), format!("{verb}ed"), format!("{verb}ing")]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn cues(text: &str) -> Vec<String> {
        let tokens = tokenize(text);
        let lower: Vec<String> = tokens.iter().map(|t| t.text(text).to_lowercase()).collect();
        Cues::shared()
            .find_all(&lower, &tokens)
            .iter()
            .map(|m| {
                let s = tokens[m.tokens.start].span.cover(tokens[m.tokens.end - 1].span);
                s.text(text).to_string()
            })
            .collect()
    }

    #[test]
    fn inflections_and_phrases() {
        assert_eq!(cues("He said, she says, they added, we noted, it replied."), ["said", "says", "added", "noted", "replied"]);
        assert_eq!(cues("According to him, they seem to believe it."), ["According to", "seem to believe"]);
        assert_eq!(cues("She slammed it and stresses that."), ["slammed", "stresses"]);
    }

    #[test]
    fn regular_forms_follow_spelling_rules() {
        assert_eq!(regular_forms("note"), ["notes", "noted", "noting"]);
        assert_eq!(regular_forms("reply"), ["replies", "replied", "replying"]);
        assert_eq!(regular_forms("stress"), ["stresses", "stressed", "stressing"]);
        assert_eq!(regular_forms("agree"), ["agrees", "agreed", "agreeing"]);
        assert_eq!(regular_forms("add"), ["adds", "added", "adding"]);
    }
}
