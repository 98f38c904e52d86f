//! Folding names for comparison: lower case, Latin-1 and Latin Extended-A letters without
//! their diacritics ("Liège" → "liege"), combining marks dropped, curly apostrophes
//! straightened. A small table instead of a Unicode normalisation crate: news names outside
//! these blocks compare as written, lower-cased.

/// Latin-1 Supplement letters U+00C0..=U+00FF, folded (lower case, no diacritic).
const LATIN1: [&str; 64] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "×", "o", "u", "u", "u", "u", "y", "th", "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "÷", "o", "u", "u", "u", "u", "y", "th", "y", // F0-FF
];

/// Latin Extended-A U+0100..=U+017F in runs of the same base letter: (first, last, base).
const EXTENDED_A: [(u32, u32, &str); 24] = [
    (0x100, 0x105, "a"),
    (0x106, 0x10D, "c"),
    (0x10E, 0x111, "d"),
    (0x112, 0x11B, "e"),
    (0x11C, 0x123, "g"),
    (0x124, 0x127, "h"),
    (0x128, 0x131, "i"),
    (0x132, 0x133, "ij"),
    (0x134, 0x135, "j"),
    (0x136, 0x138, "k"),
    (0x139, 0x142, "l"),
    (0x143, 0x148, "n"),
    (0x149, 0x149, "n"),
    (0x14A, 0x14B, "ng"),
    (0x14C, 0x151, "o"),
    (0x152, 0x153, "oe"),
    (0x154, 0x159, "r"),
    (0x15A, 0x161, "s"),
    (0x162, 0x167, "t"),
    (0x168, 0x173, "u"),
    (0x174, 0x175, "w"),
    (0x176, 0x178, "y"),
    (0x179, 0x17E, "z"),
    (0x17F, 0x17F, "s"),
];

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

/// Appends the folded form of `c` to `out`.
pub fn fold_char(c: char, out: &mut String) {
    let code = c as u32;
    match code {
        0xC0..=0xFF => out.push_str(LATIN1[(code - 0xC0) as usize]),
        0x100..=0x17F => {
            let base = EXTENDED_A.iter().find(|(a, b, _)| (*a..=*b).contains(&code)).map_or("", |r| r.2);
            out.push_str(base);
        }
        _ if is_combining(c) => {}
        _ if matches!(c, '’' | 'ʼ' | '‘' | '`') => out.push('\''),
        _ if matches!(c, '‐' | '‑' | '–') => out.push('-'),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Lower case without diacritics: "Liège Airport" → "liege airport".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// The comparison key of a mention: folded, without a possessive ("Airport's"), a leading
/// "the", or punctuation around words, words separated by single spaces.
pub fn mention_key(s: &str) -> String {
    let folded = fold(s);
    let mut words: Vec<&str> = folded.split_whitespace().collect();
    if words.len() > 1 && words.first() == Some(&"the") {
        words.remove(0);
    }
    if let Some(last) = words.last_mut() {
        *last = last.strip_suffix("'s").or_else(|| last.strip_suffix('\'')).unwrap_or(last);
        if last.is_empty() {
            words.pop();
        }
    }
    let trimmed: Vec<&str> = words.iter().map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | ':' | '"' | '(' | ')'))).filter(|w| !w.is_empty()).collect();
    trimmed.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_diacritics_and_case() {
        assert_eq!(fold("Liège Airport"), "liege airport");
        assert_eq!(fold("Łódź Straße ÆØ"), "lodz strasse aeo");
        assert_eq!(fold("Crucke"), "crucke");
        // Decomposed "é" (e + combining acute).
        assert_eq!(fold("Lie\u{0300}ge"), "liege");
    }

    #[test]
    fn keys_drop_possessives_and_articles() {
        assert_eq!(mention_key("Liege Airport's"), "liege airport");
        assert_eq!(mention_key("Liège airport"), "liege airport");
        assert_eq!(mention_key("Liege Airport’s"), "liege airport");
        assert_eq!(mention_key("the 2019 European Regulation"), "2019 european regulation");
        assert_eq!(mention_key("the"), "the");
        assert_ne!(mention_key("Liege"), mention_key("Liege Airport"));
    }
}
