//! `presslens train ner`: trains the name tagger on gold JSONL (CoNLL-2003 style), prints
//! dev F1 per epoch, fits the confidence calibration on dev, and writes the quantised model.

use std::ops::Range;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use presslens::learn::{Features, Model, Rng, Trainer};
use presslens::tagger::{self, Calibration, Coarse, Document, Tagger};
use presslens::text::TextLayer;
use presslens::Span;

use crate::gold::{self, Doc};
use crate::score::Score;

#[derive(clap::Args)]
pub struct Args {
    /// Training documents (JSONL with "text" and "entities" in code points, labels PER/ORG/LOC/MISC).
    #[arg(long)]
    data: PathBuf,
    /// Held-out documents for per-epoch F1, choosing the epoch, and calibrating confidence.
    #[arg(long)]
    dev: PathBuf,
    /// More held-out sets to report core F1 on each epoch (not used for choices).
    #[arg(long)]
    also: Vec<PathBuf>,
    /// Where to write the model; the calibration goes beside it (`...-calibration.txt`).
    #[arg(long, default_value = "data/models/ner.bin")]
    out: PathBuf,
    #[arg(long, default_value_t = 12)]
    epochs: usize,
    /// Seed of the shuffling of training sentences.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The feature table has 2^bits buckets.
    #[arg(long, default_value_t = tagger::BITS)]
    bits: u32,
    /// Quantised weights below this level (of 127) are dropped from the model.
    #[arg(long, default_value_t = 8)]
    prune: u8,
    /// Percent of capitalised training tokens whose word-identity features are hidden at each
    /// visit (word dropout: the model also learns to tag a name from its shape, context and word
    /// lists, as it must for names it never saw).
    #[arg(long, default_value_t = 25)]
    word_dropout: u8,
}

struct Prepared {
    text: String,
    layer: TextLayer,
    gold: Vec<(Span, Coarse)>,
}

fn prepare(docs: Vec<Doc>) -> (Vec<Prepared>, usize) {
    let mut unknown = 0;
    let out = docs
        .into_iter()
        .map(|d| {
            let layer = TextLayer::new(&d.text);
            let gold = d
                .entities
                .iter()
                .filter_map(|(s, l)| {
                    let c = Coarse::parse(l);
                    unknown += usize::from(c.is_none());
                    Some((*s, c?))
                })
                .collect();
            Prepared { text: d.text, layer, gold }
        })
        .collect();
    (out, unknown)
}

/// Coarse-type scores of `model` on `docs`, and each found span's (margin, right).
fn evaluate(model: &Model, docs: &[Prepared]) -> Result<(Score, Vec<(f32, bool)>), String> {
    let tagger = Tagger::new(model.clone()).map_err(|e| e.to_string())?;
    let mut score = Score::default();
    let mut margins = Vec::new();
    for d in docs {
        let found = tagger.tag(&d.text, &d.layer);
        let pred: Vec<(Span, &str)> = found.iter().map(|f| (f.span, f.coarse.as_str())).collect();
        let gold: Vec<(Span, &str)> = d.gold.iter().map(|(s, c)| (*s, c.as_str())).collect();
        margins.extend(found.iter().zip(&pred).map(|(f, p)| (f.margin, gold.contains(p))));
        score.add(&gold, &pred);
    }
    Ok((score, margins))
}

pub fn run(args: Args) -> Result<ExitCode, String> {
    let started = Instant::now();
    let (train, unknown) = prepare(gold::read(&args.data)?);
    let (dev, _) = prepare(gold::read(&args.dev)?);
    let also = args.also.iter().map(|p| Ok(prepare(gold::read(p)?).0)).collect::<Result<Vec<_>, String>>()?;
    if unknown > 0 {
        eprintln!("{unknown} training spans with labels other than PER/ORG/LOC/MISC ignored");
    }
    // The training documents with their gold tags.
    let mut docs: Vec<(Document, Vec<u16>)> = Vec::new();
    let (mut spans, mut misaligned) = (0, Vec::new());
    for d in &train {
        let (tags, bad) = tagger::gold_tags(&d.layer, &d.gold);
        spans += d.gold.len();
        let context = |s: Span| d.text.get(s.start.saturating_sub(15)..(s.end + 15).min(d.text.len())).unwrap_or("").to_string();
        misaligned.extend(bad.into_iter().map(|s| (context(s), s.text(&d.text).to_string())));
        docs.push((Document::new(&d.text, &d.layer), tags));
    }
    let tokens: usize = docs.iter().map(|d| d.1.len()).sum();
    let n_sentences: usize = docs.iter().map(|d| d.0.sentences().len()).sum();
    eprintln!(
        "train: {} documents, {} sentences, {tokens} tokens, {spans} gold spans, {} not on token boundaries ({:.2}%); features in {:.1} s",
        train.len(),
        n_sentences,
        misaligned.len(),
        100.0 * misaligned.len() as f64 / spans.max(1) as f64,
        started.elapsed().as_secs_f64()
    );
    for (context, name) in misaligned.iter().take(8) {
        eprintln!("  not aligned: {name:?} in {context:?}");
    }
    let mut trainer = Trainer::new(&tagger::TAGS, args.bits, tagger::allowed());
    let mut rng = Rng::new(args.seed);
    let mut drop_rng = Rng::new(args.seed ^ 0x5eed);
    let mut order: Vec<usize> = (0..docs.len()).collect();
    let mut features = Features::new(args.bits);
    let mut best: Option<(f64, usize, Model)> = None;
    for epoch in 1..=args.epochs {
        let t = Instant::now();
        rng.shuffle(&mut order);
        // Documents in random order, each one's sentences in text order (see `Document`).
        let mut wrong = 0;
        for &i in &order {
            let (doc, gold) = &mut docs[i];
            doc.forget();
            for s in 0..doc.sentences().len() {
                let range: Range<usize> = doc.sentences()[s].clone();
                let (text, tokens) = (&train[i].text, &train[i].layer.tokens);
                doc.features_hiding(s, &mut features, |k| {
                    args.word_dropout > 0
                        && tokens.get(range.start + k).and_then(|t| t.text(text).chars().next()).is_some_and(char::is_uppercase)
                        && drop_rng.below(100) < usize::from(args.word_dropout)
                });
                wrong += trainer.learn(&features, gold.get(range).unwrap_or(&[]));
                doc.record(s, trainer.last_path());
            }
        }
        let model = Model::quantize(&trainer.averaged(), args.prune);
        let (score, _) = evaluate(&model, &dev)?;
        let core = score.micro(&["PER", "ORG", "LOC"]);
        let all4 = score.micro(&["PER", "ORG", "LOC", "MISC"]);
        let mut others = String::new();
        for set in &also {
            others += &format!(", other core {:.2}", evaluate(&model, set)?.0.micro(&["PER", "ORG", "LOC"]).f1());
        }
        eprintln!(
            "epoch {epoch:>2}: train token errors {:.2}%, dev F1 core {:.2} all4 {:.2}{others}, {} weights, {:.1} s",
            100.0 * wrong as f64 / tokens.max(1) as f64,
            core.f1(),
            all4.f1(),
            model.nonzero(),
            t.elapsed().as_secs_f64()
        );
        if best.as_ref().map_or(true, |b| core.f1() > b.0) {
            best = Some((core.f1(), epoch, model));
        }
    }
    let Some((_, epoch, model)) = best else { return Err("no epochs".into()) };
    let (score, mut margins) = evaluate(&model, &dev)?;
    eprintln!("kept epoch {epoch}; dev, coarse types:\n{}", score.table());
    let (calibration, bins) = Calibration::fit(&mut margins, 20);
    eprintln!("calibration on dev (margin from, spans, share right):");
    for b in &bins {
        eprintln!("  {:>9.3} {:>6} {:>7.3}", b.from, b.count, b.accuracy());
    }
    let sure: Vec<_> = margins.iter().filter(|(m, _)| calibration.confidence(*m) >= 0.9).collect();
    eprintln!(
        "  confidence >= 0.9: {} spans, {:.1}% right",
        sure.len(),
        100.0 * sure.iter().filter(|p| p.1).count() as f64 / sure.len().max(1) as f64
    );
    let bytes = model.to_bytes();
    std::fs::write(&args.out, &bytes).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    let cal_path = args.out.with_file_name(format!("{}-calibration.txt", args.out.file_stem().and_then(|s| s.to_str()).unwrap_or("model")));
    let header = format!(
        "# Score margin -> share of right spans (name and type), fitted on {} by `presslens train ner`.\n# lists {:016x}\n",
        args.dev.file_name().and_then(|s| s.to_str()).unwrap_or("dev"),
        tagger::lists_fingerprint()
    );
    std::fs::write(&cal_path, header + &calibration.to_text()).map_err(|e| format!("cannot write {}: {e}", cal_path.display()))?;
    // Tagging speed on the dev texts (text layer included), with the kept model.
    let tagger = Tagger::new(model).map_err(|e| e.to_string())?;
    let t = Instant::now();
    let mut chars = 0usize;
    for d in &dev {
        let layer = TextLayer::new(&d.text);
        std::hint::black_box(tagger.tag(&d.text, &layer));
        chars += d.text.chars().count();
    }
    eprintln!(
        "wrote {} ({} bytes) and {}; tagging speed on dev {:.0} chars/s; total {:.1} s",
        args.out.display(),
        bytes.len(),
        cal_path.display(),
        chars as f64 / t.elapsed().as_secs_f64().max(1e-9),
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}
