//! `presslens train pos`: trains the part-of-speech tagger on CoNLL-style column files (one
//! token a line, the Penn tag in the second column, a blank line between sentences) and writes
//! the quantised model (`data/models/pos.bin`). Deterministic for a given seed. Clitics are
//! joined to the word before ("did" + "n't" → "didn't", with the word's tag), because this
//! crate's tokeniser keeps them together.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use presslens::learn::{Allowed, Decoder, Features, Model, Rng, Trainer};
use presslens::text::pos::{coarse, sentence_features, BITS, TAGS};

#[derive(clap::Args)]
pub struct Args {
    /// Training data: CoNLL column format (token, Penn POS tag, ...), sentences separated by blank lines.
    #[arg(long)]
    data: PathBuf,
    /// Development data in the same format, scored after each epoch.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    #[arg(long, default_value_t = 8)]
    epochs: usize,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Quantised weights below this level (of 127) are dropped, to keep the file small.
    #[arg(long, default_value_t = 20)]
    prune: u8,
}

/// One sentence: tokens as written, lower-cased, and gold tag indices.
struct Sentence {
    raw: Vec<String>,
    lower: Vec<String>,
    tags: Vec<u16>,
}

fn is_clitic(token: &str) -> bool {
    let t = token.to_lowercase().replace('’', "'");
    matches!(t.as_str(), "n't" | "'s" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "'")
}

fn read(path: &Path) -> Result<Vec<Sentence>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut out = Vec::new();
    let mut cur = Sentence { raw: Vec::new(), lower: Vec::new(), tags: Vec::new() };
    let mut finish = |cur: &mut Sentence| {
        if !cur.raw.is_empty() {
            out.push(std::mem::replace(cur, Sentence { raw: Vec::new(), lower: Vec::new(), tags: Vec::new() }));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let mut cols = line.split_whitespace();
        let Some(token) = cols.next() else {
            finish(&mut cur);
            continue;
        };
        if token == "-DOCSTART-" {
            continue;
        }
        let penn = cols.next().ok_or_else(|| format!("{}:{}: no POS column", path.display(), n + 1))?;
        let tag = coarse(penn).ok_or_else(|| format!("{}:{}: empty POS tag", path.display(), n + 1))?;
        match cur.raw.last_mut() {
            Some(prev) if is_clitic(token) => prev.push_str(token),
            _ => {
                cur.raw.push(token.to_string());
                cur.tags.push(u16::from(tag.0));
            }
        }
    }
    finish(&mut cur);
    for s in &mut out {
        s.lower = s.raw.iter().map(|w| w.to_lowercase()).collect();
    }
    Ok(out)
}

fn features_of(s: &Sentence, out: &mut Features) {
    let raw: Vec<&str> = s.raw.iter().map(String::as_str).collect();
    sentence_features(&raw, &s.lower, out);
}

/// Token accuracy of `model` on `data`.
fn accuracy(model: &Model, data: &[Sentence], greedy: bool) -> f64 {
    let allowed = Allowed::all(TAGS.len());
    let mut features = Features::new(BITS);
    let mut decoder = Decoder::new();
    let (mut right, mut all) = (0usize, 0usize);
    for s in data {
        features_of(s, &mut features);
        let path = if greedy { model.decode_greedy(&features, &mut decoder) } else { model.decode(&features, &allowed, &mut decoder) };
        right += path.iter().zip(&s.tags).filter(|(p, g)| p == g).count();
        all += s.tags.len();
    }
    right as f64 / all.max(1) as f64
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let started = Instant::now();
    let train = read(&args.data)?;
    let dev = read(&args.dev)?;
    let tokens: usize = train.iter().map(|s| s.tags.len()).sum();
    eprintln!("train: {} sentences, {tokens} tokens; dev: {} sentences", train.len(), dev.len());
    let mut trainer = Trainer::new(&TAGS, BITS, Allowed::all(TAGS.len()));
    let mut rng = Rng::new(args.seed);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut features = Features::new(BITS);
    let mut best: Option<(f64, usize, Model)> = None;
    for epoch in 1..=args.epochs {
        let t = Instant::now();
        rng.shuffle(&mut order);
        let mut wrong = 0;
        for &i in &order {
            features_of(&train[i], &mut features);
            wrong += trainer.learn(&features, &train[i].tags);
        }
        let model = Model::quantize(&trainer.averaged(), args.prune);
        let acc = accuracy(&model, &dev, true);
        eprintln!(
            "epoch {epoch:>2}: train token errors {:.2}%, dev accuracy {:.2}% (Viterbi {:.2}%), {} weights, {:.1} s",
            100.0 * wrong as f64 / tokens.max(1) as f64,
            100.0 * acc,
            100.0 * accuracy(&model, &dev, false),
            model.nonzero(),
            t.elapsed().as_secs_f64()
        );
        if best.as_ref().map_or(true, |b| acc > b.0) {
            best = Some((acc, epoch, model));
        }
    }
    let Some((acc, epoch, model)) = best else { return Err("no epochs".into()) };
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    eprintln!(
        "kept epoch {epoch} (dev accuracy {:.2}%); wrote {} ({} bytes); total {:.1} s",
        100.0 * acc,
        args.out.display(),
        bytes.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
