//! A phonetic key for names, after Lawrence Philips' Double Metaphone (primary code only),
//! so that spellings that sound alike share a key: "Crucke" and "Kruk" → "KRK".
//!
//! The subset implemented (on the folded, upper-cased word):
//! - vowels (and Y) count only at the start, as "A"; letters doubled collapse to one;
//! - silent starts: GN KN PN WR PS drop their first letter; X at the start is "S";
//! - B → P (M-B at the end is silent); C → X before H (K in CHR-), S before E I Y, else K
//!   (CK CC CQ give one K); D → J before GE GI GY, else T; G → J before E I Y, silent in
//!   GH not before a vowel and in GN, else K; H only between a non-"CSPTG" letter and a vowel;
//!   J K L M N R as themselves; P → F before H; Q → K; S → X before H, IO, IA; T → X before
//!   IO IA, "0" (theta) before H, silent before CH; V → F; W only before a vowel; X → KS;
//!   Z → S.
//!
//! Left out from the full algorithm: the alternate code and its language-specific rules
//! (Germanic, Slavic, Spanish, Chinese spellings), which matter less inside one article
//! where both spellings are of the same name.

use super::fold::fold;

/// Maximum length of a key: long enough to tell names apart, short enough to forgive endings.
const MAX_KEY: usize = 6;

/// The phonetic key of one word ("Crucke" → "KRK"). Empty for a word without letters.
pub fn phonetic_key(word: &str) -> String {
    let letters: Vec<u8> = fold(word).bytes().filter(u8::is_ascii_alphabetic).map(|b| b.to_ascii_uppercase()).collect();
    let at = |i: usize| letters.get(i).copied().unwrap_or(0);
    let vowel = |c: u8| matches!(c, b'A' | b'E' | b'I' | b'O' | b'U' | b'Y');
    let mut key = String::new();
    let mut i = 0;
    if matches!((at(0), at(1)), (b'G', b'N') | (b'K', b'N') | (b'P', b'N') | (b'W', b'R') | (b'P', b'S')) {
        i = 1;
    }
    if at(0) == b'X' {
        key.push('S');
        i = 1;
    }
    while i < letters.len() && key.len() < MAX_KEY {
        let c = at(i);
        let next = at(i + 1);
        let prev = if i == 0 { 0 } else { at(i - 1) };
        // A doubled letter sounds once (CC is handled with C).
        if c == prev && c != b'C' {
            i += 1;
            continue;
        }
        let mut skip = 1;
        let code: &str = match c {
            b'A' | b'E' | b'I' | b'O' | b'U' | b'Y' => {
                if i == 0 {
                    "A"
                } else {
                    ""
                }
            }
            b'B' => {
                if prev == b'M' && i + 1 == letters.len() {
                    ""
                } else {
                    "P"
                }
            }
            b'C' => {
                if next == b'H' {
                    skip = 2;
                    if at(i + 2) == b'R' {
                        "K"
                    } else {
                        "X"
                    }
                } else if matches!(next, b'E' | b'I' | b'Y') {
                    "S"
                } else {
                    if matches!(next, b'K' | b'C' | b'Q') {
                        skip = 2;
                    }
                    "K"
                }
            }
            b'D' => {
                if next == b'G' && matches!(at(i + 2), b'E' | b'I' | b'Y') {
                    skip = 2;
                    "J"
                } else {
                    "T"
                }
            }
            b'G' => {
                if next == b'H' && !vowel(at(i + 2)) {
                    skip = 2;
                    ""
                } else if next == b'N' {
                    ""
                } else if matches!(next, b'E' | b'I' | b'Y') {
                    "J"
                } else {
                    "K"
                }
            }
            b'H' => {
                if vowel(next) && !matches!(prev, b'C' | b'S' | b'P' | b'T' | b'G') {
                    "H"
                } else {
                    ""
                }
            }
            b'F' => "F",
            b'J' => "J",
            b'K' => "K",
            b'L' => "L",
            b'M' => "M",
            b'N' => "N",
            b'R' => "R",
            b'P' => {
                if next == b'H' {
                    skip = 2;
                    "F"
                } else {
                    "P"
                }
            }
            b'Q' => "K",
            b'S' => {
                if next == b'H' {
                    skip = 2;
                    "X"
                } else if next == b'I' && matches!(at(i + 2), b'O' | b'A') {
                    "X"
                } else {
                    "S"
                }
            }
            b'T' => {
                if next == b'I' && matches!(at(i + 2), b'O' | b'A') {
                    "X"
                } else if next == b'H' {
                    skip = 2;
                    "0"
                } else if next == b'C' && at(i + 2) == b'H' {
                    ""
                } else {
                    "T"
                }
            }
            b'V' => "F",
            b'W' => {
                if vowel(next) {
                    "W"
                } else {
                    ""
                }
            }
            b'X' => "KS",
            b'Z' => "S",
            _ => "",
        };
        // Two letters giving the same sound in a row ("CK" after "C") count once.
        if !(code.len() == 1 && key.ends_with(code) && !code.is_empty() && prev != 0 && !vowel(prev)) {
            key.push_str(code);
        }
        i += skip;
    }
    key.truncate(MAX_KEY);
    key
}

#[cfg(test)]
mod tests {
    use super::phonetic_key;

    #[test]
    fn alike_spellings_share_a_key() {
        assert_eq!(phonetic_key("Crucke"), "KRK");
        assert_eq!(phonetic_key("Kruk"), "KRK");
        assert_eq!(phonetic_key("Smith"), phonetic_key("Smyth"));
        assert_eq!(phonetic_key("Philips"), phonetic_key("Filips"));
        assert_eq!(phonetic_key("Knight"), phonetic_key("Nite"));
        assert_eq!(phonetic_key("Liège"), phonetic_key("Liege"));
    }

    #[test]
    fn different_names_differ() {
        assert_ne!(phonetic_key("Cogolati"), phonetic_key("Crucke"));
        assert_ne!(phonetic_key("Smith"), phonetic_key("Jones"));
        assert_ne!(phonetic_key("Kim"), phonetic_key("Lim"));
        assert_eq!(phonetic_key(""), "");
        assert_eq!(phonetic_key("123"), "");
    }
}
