//! The inputs both benchmarks measure: real articles (the golden article, and the shared
//! samples and dev sets when they are present) and pathological texts built at any scale.

use std::path::{Path, PathBuf};

/// The sample article the project was given, kept in the repository as a golden input.
pub const ARTICLE: &str = include_str!("../../tests/golden/belgium-alibaba.txt");

/// Bytes of a pathological input at scale 1; scales 10 and 100 reach 100 kB and 1 MB.
pub const BASE_BYTES: usize = 10_000;

/// A named set of documents, analysed one by one.
pub struct Corpus {
    pub name: String,
    pub documents: Vec<String>,
}

impl Corpus {
    pub fn bytes(&self) -> usize {
        self.documents.iter().map(String::len).sum()
    }

    #[allow(dead_code)] // the table reports chars/s; criterion reports bytes/s
    pub fn chars(&self) -> usize {
        self.documents.iter().map(|d| d.chars().count()).sum()
    }
}

/// The `shared/` folder beside the crate (`../shared`) or beside one of its ancestors, which
/// holds the samples and data sets the project may use for evaluation but never ships.
fn shared_dir() -> Option<PathBuf> {
    Path::new(env!("CARGO_MANIFEST_DIR")).ancestors().skip(1).map(|a| a.join("shared")).find(|p| p.join("data").is_dir())
}

/// The golden article, then each `shared/samples/*.txt` and each `shared/data/*/dev.jsonl`
/// (one corpus per data set) when present; says on stderr what it skips.
pub fn articles() -> Vec<Corpus> {
    let mut out = vec![Corpus { name: "golden article".into(), documents: vec![ARTICLE.to_string()] }];
    let Some(shared) = shared_dir() else {
        eprintln!("note: no ../shared/data beside the crate: benchmarking the golden article only");
        return out;
    };
    let mut samples: Vec<PathBuf> = read_dir(&shared.join("samples")).into_iter().filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    samples.sort();
    for path in samples {
        if let Ok(text) = std::fs::read_to_string(&path) {
            if text != ARTICLE {
                out.push(Corpus { name: format!("sample {}", file_name(&path)), documents: vec![text] });
            }
        }
    }
    let mut sets = read_dir(&shared.join("data"));
    sets.sort();
    for set in sets {
        let path = set.join("dev.jsonl");
        let Ok(lines) = std::fs::read_to_string(&path) else { continue };
        let documents: Vec<String> = lines
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .collect();
        if !documents.is_empty() {
            out.push(Corpus { name: format!("{} dev ({} docs)", file_name(&set), documents.len()), documents });
        }
    }
    out
}

fn read_dir(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default()
}

fn file_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// `text` cut to at most `bytes` bytes, at a char boundary.
fn cut(mut text: String, bytes: usize) -> String {
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// `unit` repeated to `bytes` bytes (less the end of a cut char).
fn fill(unit: &str, bytes: usize) -> String {
    cut(unit.repeat(bytes.div_ceil(unit.len().max(1)).max(1)), bytes)
}

/// The article with every line break replaced by `breaks` in turn.
fn with_line_breaks(breaks: &[&str], bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + ARTICLE.len());
    let mut k = 0;
    while out.len() < bytes {
        for (i, line) in ARTICLE.split('\n').enumerate() {
            if i > 0 {
                out.push_str(breaks[k % breaks.len()]);
                k += 1;
            }
            out.push_str(line);
        }
    }
    cut(out, bytes)
}

/// Sentences naming people, companies and places never named before: each name is a number
/// spelt in syllables ("Kalomi Tenvor met Sulda Holdings in Bremar ..."), so that grouping
/// meets as many distinct names, sharing initials, as the text can hold.
fn distinct_names(bytes: usize) -> String {
    const SYLLABLES: [&str; 16] = ["ka", "lo", "mi", "ra", "ten", "vor", "sul", "dan", "bre", "qui", "ost", "mar", "fel", "zin", "hal", "per"];
    let name = |n: usize| {
        let word: String = [n % 16, n / 16 % 16, n / 256 % 16].iter().map(|&k| SYLLABLES[k]).collect();
        let mut chars = word.chars();
        chars.next().map_or(String::new(), |c| c.to_uppercase().chain(chars).collect())
    };
    let mut out = String::with_capacity(bytes + 200);
    let mut n = 0;
    while out.len() < bytes {
        let [a, b, c, d, e, f] = [n, n + 1, n + 2, n + 3, n + 4, n + 5].map(|k| name(k * 7919 % 4096));
        out.push_str(&format!("{a} {b} met {c} Holdings in {d} on Monday. {e} said the {f} Agency agreed.\n\n"));
        n += 6;
    }
    cut(out, bytes)
}

/// Builds an input at a scale.
pub type Build = fn(usize) -> String;

/// Kinds of input that break naive text code, each built at `scale` × [`BASE_BYTES`]
/// (nested brackets: 100 × `scale` levels deep, so 10,000 at scale 100).
pub const PATHOLOGICAL: [(&str, Build); 17] = [
    ("ordinary text", |s| fill(ARTICLE, BASE_BYTES * s)),
    ("quote marks", |s| fill("\"“”'‘’«»„‹›`", BASE_BYTES * s)),
    ("one token, no spaces", |s| fill("Abcdefghij", BASE_BYTES * s)),
    ("capitalised words", |s| fill("Belgian Justice Minister Security Agency Liege Airport Network ", BASE_BYTES * s)),
    ("nested brackets", |s| {
        let depth = 100 * s;
        let padding = fill("Word ", BASE_BYTES * s / 2);
        format!("{}{padding}{}", "([{«“".repeat(depth / 5), "”»}])".repeat(depth / 5))
    }),
    ("unclosed quotes", |s| fill("“It is a real danger, said the minister in Brussels ", BASE_BYTES * s)),
    ("emoji", |s| fill("😀👩‍👩‍👧🇧🇪👍🏽❤️🙂", BASE_BYTES * s)),
    ("NUL and control chars", |s| fill("A\0b\u{1}C\u{7}d\u{1b}[0mE\u{7f}\u{85}F\u{c}\u{b}", BASE_BYTES * s)),
    ("one long sentence", |s| fill("the minister said that the agency, which the company disputes, ", BASE_BYTES * s)),
    // A name before a verb of saying, then no sentence end: the speaker-name rule's scan of the
    // rest of the sentence for "it" was quadratic here.
    ("speaker, one long sentence", |s| format!("Trump said {}", fill("the deal and the plan and the talks ", BASE_BYTES * s))),
    ("one long line", |s| with_line_breaks(&[" "], BASE_BYTES * s)),
    ("CR-only line ends", |s| with_line_breaks(&["\r"], BASE_BYTES * s)),
    ("mixed line ends", |s| with_line_breaks(&["\n", "\r\n", "\r", "\u{2028}", "\n\r", "\r\n\r\n"], BASE_BYTES * s)),
    ("numbers", |s| fill("On 26 Nov. 2026 at 9:30, $3.5bn (12.5%) bought 220,000 square meters, 1996-08-30 ", BASE_BYTES * s)),
    // One paragraph dense with claims whose sources the grammar rules look for.
    ("claims in one paragraph", |s| {
        fill("Ann Lee refused to comment, adding that the plan failed. The board, which met, stressed that “costs rose,” according to Bob Dahl. And he said Sunday that both the bank and the agency agreed. ", BASE_BYTES * s)
    }),
    // The same names again and again, one-word and two-word organisations among them: the
    // grouping of short forms ("Reagan" against "Breitbart News") was quadratic here.
    ("repeated names", |s| {
        fill("“He is the best since Reagan, and I mean it,” Viguerie tells Breitbart News.\n\nHe is what we have waited for ever since Reagan. He checks all our boxes.\n\n", BASE_BYTES * s)
    }),
    // Names never seen before, thousands sharing initials: abbreviation matching scanned every
    // listed name with the same initials.
    ("distinct names", |s| distinct_names(BASE_BYTES * s)),
];
