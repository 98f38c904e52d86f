//! Property tests: for any text, `analyze` returns (never panics) an analysis that satisfies
//! every invariant of `presslens::check_invariants` — spans in bounds, on char boundaries,
//! sorted, groups and claims that refer to what exists, JSON offsets that agree in bytes,
//! UTF-16 and code points. Two generators: arbitrary Unicode, and text built from the pieces
//! news articles are made of (names, quote marks of every kind, numbers, abbreviations, cues),
//! mixed with what breaks naive code (emoji, combining marks, CR/LF mixes, NUL and controls).
// proptest is a native dev-dependency; `wasm-pack test` builds every test file for wasm32.
#![cfg(not(target_arch = "wasm32"))]

use presslens::{analyze, check_invariants, Analyzer};
use proptest::prelude::*;

/// Fails with the broken invariant and the input that broke it.
fn holds(text: &str) -> Result<(), TestCaseError> {
    let analysis = analyze(text);
    check_invariants(text, &analysis).map_err(|broken| TestCaseError::fail(format!("{broken}\ninput: {text:?}")))
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(String::from_iter)
}

/// One piece of a news-like text.
fn piece() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,10}",
        "[A-Z][a-z]{1,10}",
        "[A-Z]{2,5}",
        "[A-Z][a-z]+-[A-Z][a-z]+",
        "[a-zàéèëïöüçñ]{1,8}",
        "[A-ZÉÖ][a-zàéèëïöüçñ]{1,8}",
    ];
    let fixed = prop::sample::select(vec![
        // Quote marks of every kind, and apostrophes.
        "\"", "'", "“", "”", "„", "‟", "«", "»", "‹", "›", "‘", "’", "‚", "`", "``", "''", "＂", "ʼ", "’s", "n't",
        // Sentence ends, brackets, dashes, separators.
        ".", ",", ";", ":", "!", "?", "...", "…", "(", ")", "[", "]", "{", "}", "-", "—", "–", "/", "&", "%", "$", "€", "£",
        // Words that trigger the pipeline's rules.
        "Mr.", "Mrs.", "Dr.", "U.S.", "Inc.", "Jan.", "No.", "St.", "J.", "said", "says", "told", "according to",
        "reportedly", "may", "the minister", "percent", "million", "euros", "km", "Monday", "mid-May", "early",
        // Unicode that breaks byte/UTF-16/char arithmetic.
        "😀", "👩‍👩‍👧", "🇧🇪", "❤️", "中文", "北京", "مرحبا", "שלום", "\u{200F}", "\u{200B}", "\u{FEFF}",
        "e\u{301}", "\u{301}", "\u{20DD}", "ß", "İ", "ﬁ", "Ⅻ", "٣", "²", "\u{10FFFF}", "\u{FFFD}",
        // Line breaks and spaces of every kind, NUL and control characters.
        " ", "  ", "\t", "\n", "\r", "\r\n", "\n\n", "\r\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{A0}", "\u{3000}",
        "\0", "\u{1}", "\u{7}", "\u{1B}", "\u{7F}", "\u{C}",
    ])
    .prop_map(str::to_string);
    let number = prop_oneof![
        "[0-9]{1,4}",
        "[0-9]{1,3}(,[0-9]{3}){1,2}",
        "[0-9]{1,3}\\.[0-9]{1,2}",
        "[0-9]{1,2}:[0-9]{2}",
        "\\$[0-9]\\.[0-9]bn",
        "[0-9]{1,2}%",
        "(19|20)[0-9]{2}",
    ];
    prop_oneof![4 => word, 4 => fixed, 1 => number]
}

/// Pieces joined by a space or by nothing, so that marks also touch words.
fn news_like_text() -> impl Strategy<Value = String> {
    prop::collection::vec((piece(), any::<bool>()), 0..80).prop_map(|pieces| {
        let mut text = String::new();
        for (p, spaced) in pieces {
            text.push_str(&p);
            if spaced {
                text.push(' ');
            }
        }
        text
    })
}

proptest! {
    #[test]
    fn invariants_hold_for_arbitrary_unicode(text in arbitrary_text()) {
        holds(&text)?;
    }

    #[test]
    fn invariants_hold_for_news_like_text(text in news_like_text()) {
        holds(&text)?;
    }

    /// A reused analyzer gives the same result as a fresh one: no state leaks between texts.
    #[test]
    fn analysis_is_deterministic(first in news_like_text(), second in news_like_text()) {
        let reused = Analyzer::new();
        let _ = reused.analyze(&first);
        prop_assert_eq!(reused.analyze(&second), analyze(&second));
    }

    /// Sentences cover every character that is not a space or a control character.
    #[test]
    fn sentences_cover_all_visible_text(text in news_like_text()) {
        let sentences = analyze(&text).sentences;
        for (i, c) in text.char_indices() {
            if c.is_whitespace() || c.is_control() {
                continue;
            }
            let k = sentences.partition_point(|s| s.end <= i);
            prop_assert!(
                sentences.get(k).is_some_and(|s| s.start <= i),
                "{:?} at byte {} is outside every sentence of {:?}", c, i, text
            );
        }
    }
}

/// Offsets agree in the three units when a character of 1, 2, 3 or 4 bytes (1 or 2 UTF-16
/// units), a combining sequence, a ZWJ sequence, CRLF or NUL sits right before every boundary.
#[test]
fn offsets_agree_after_multibyte_characters_of_every_width() {
    for prefix in ["a", "é", "中", "😀", "e\u{301}", "👩‍👩‍👧", "\r\n", "\0"] {
        let text = format!("{prefix}“{prefix}Hi{prefix},” said {prefix}Zoë on 5 May. {prefix}Mr. Li paid $3.5bn.{prefix}");
        let analysis = analyze(&text);
        assert_eq!(check_invariants(&text, &analysis), Ok(()), "{text:?}");
        assert!(!analysis.sentences.is_empty());
    }
}
